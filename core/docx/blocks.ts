/**
 * Stage one of the exporter: Lexical's serialized editor state → plain blocks.
 *
 * The walk goes through a table keyed by node `type` (see {@link NODE_HANDLERS}); every type the
 * section editors can produce (renderer/editor/nodes.ts) has an entry. A type without one is an
 * error in strict mode — so a new editor node cannot silently vanish from the Word file — and,
 * outside strict mode, its text is kept as a plain paragraph and reported.
 */
import type { SerializedContent } from '../model/schema'
import { marksOf, type TextMarks } from '../model/text-marks'

export interface TextInline extends TextMarks {
  kind: 'text'
  text: string
}
export type Inline = TextInline | { kind: 'break' } | { kind: 'tab' }

export type Align = 'left' | 'center' | 'right' | 'justify'

export interface ParagraphBlock {
  kind: 'paragraph'
  /** null: the profile's default (justified body text). */
  align: Align | null
  /** Lexical indent level (Tab / "Tăng lề"). */
  indent: number
  inlines: Inline[]
}

export interface ListItemBlock {
  kind: 'listItem'
  list: 'bullet' | 'number'
  /** 0 for a top-level item, 1 inside a nested list, … */
  depth: number
  /** How many lists of the same kind enclose this one: picks "-" or "+", "1." or "a)". */
  level: number
  /** 1-based position in its own list (honours the list's `start`). */
  ordinal: number
  align: Align | null
  inlines: Inline[]
}

export interface TableCellBlock {
  /** A header cell of either kind (printed bold). */
  header: boolean
  /** A cell of a header row (the row repeats on every page when all its cells are). */
  headerRow: boolean
  colSpan: number
  rowSpan: number
  blocks: Block[]
}

export interface TableBlock {
  kind: 'table'
  /** Relative column widths from the editor, or null for equal columns. */
  colWidths: number[] | null
  rows: TableCellBlock[][]
}

export type Block = ParagraphBlock | ListItemBlock | TableBlock

/** Thrown in strict mode for a node type the exporter does not know. */
export class UnknownNodeError extends Error {
  constructor(readonly nodeType: string) {
    super(`Unknown Lexical node type "${nodeType}" in section content`)
    this.name = 'UnknownNodeError'
  }
}

export interface BlockOptions {
  /** Throw on an unknown node type instead of keeping its text. */
  strict?: boolean
  /** Called with each unknown type met outside strict mode. */
  onUnknown?: (type: string) => void
}

type Node = Record<string, unknown>

// @lexical/table's TableCellHeaderStates.ROW.
const HEADER_ROW = 1

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function childrenOf(node: Node): Node[] {
  return Array.isArray(node.children) ? node.children.filter(isNode) : []
}

function typeOf(node: Node): string {
  return typeof node.type === 'string' ? node.type : '?'
}

function alignOf(node: Node): Align | null {
  switch (node.format) {
    case 'left':
    case 'start':
      return 'left'
    case 'center':
      return 'center'
    case 'right':
    case 'end':
      return 'right'
    case 'justify':
      return 'justify'
    default:
      return null
  }
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback
}

function textInline(text: string, format: number): TextInline {
  return { kind: 'text', text: text.normalize('NFC'), ...marksOf(format) }
}

class Walker {
  constructor(private readonly options: BlockOptions) {}

  unknown(node: Node): void {
    const type = typeOf(node)
    if (this.options.strict) throw new UnknownNodeError(type)
    this.options.onUnknown?.(type)
  }

  /** Inline content of a paragraph-like node. */
  inlines(nodes: readonly Node[]): Inline[] {
    const out: Inline[] = []
    for (const node of nodes) {
      const handler = INLINE_HANDLERS[typeOf(node)]
      if (handler) {
        out.push(...handler(node, this))
      } else {
        this.unknown(node)
        out.push(...this.inlines(childrenOf(node)))
      }
    }
    return out
  }

  blocks(nodes: readonly Node[], depth = 0): Block[] {
    const out: Block[] = []
    for (const node of nodes) {
      const handler = NODE_HANDLERS[typeOf(node)]
      if (handler) {
        out.push(...handler(node, this, depth))
      } else {
        this.unknown(node)
        const inlines = this.inlines(childrenOf(node))
        if (inlines.length > 0) out.push({ kind: 'paragraph', align: null, indent: 0, inlines })
      }
    }
    return out
  }

  /** `levels` counts the enclosing lists of each kind. */
  list(node: Node, depth: number, levels: { bullet: number; number: number } = { bullet: 0, number: 0 }): Block[] {
    // A check list (not offered by the toolbar, but pasteable) prints as a bulleted one.
    const list = node.listType === 'number' ? 'number' : 'bullet'
    const level = levels[list]
    const inner = { ...levels, [list]: level + 1 }
    let ordinal = numberOr(node.start, 1) - 1
    const out: Block[] = []
    for (const item of childrenOf(node)) {
      if (typeOf(item) !== 'listitem') {
        out.push(...this.blocks([item], depth))
        continue
      }
      const children = childrenOf(item)
      const nested = children.filter((c) => typeOf(c) === 'list')
      const inline = children.filter((c) => typeOf(c) !== 'list')
      // Lexical keeps a nested list in an item of its own, which prints no marker.
      if (inline.length > 0 || nested.length === 0) {
        ordinal += 1
        out.push({ kind: 'listItem', list, depth, level, ordinal, align: alignOf(item), inlines: this.inlines(inline) })
      }
      for (const sub of nested) out.push(...this.list(sub, depth + 1, inner))
    }
    return out
  }

  table(node: Node): Block[] {
    const rows = childrenOf(node)
      .filter((row) => {
        if (typeOf(row) === 'tablerow') return true
        this.unknown(row)
        return false
      })
      .map((row) =>
        childrenOf(row).map((cell): TableCellBlock => {
          if (typeOf(cell) !== 'tablecell') this.unknown(cell)
          const headerState = numberOr(cell.headerState, 0)
          return {
            header: headerState !== 0,
            headerRow: (headerState & HEADER_ROW) !== 0,
            colSpan: Math.max(1, Math.floor(numberOr(cell.colSpan, 1))),
            rowSpan: Math.max(1, Math.floor(numberOr(cell.rowSpan, 1))),
            blocks: this.blocks(childrenOf(cell)),
          }
        }),
      )
      .filter((cells) => cells.length > 0)
    if (rows.length === 0) return []
    const widths = Array.isArray(node.colWidths) ? node.colWidths.filter((w): w is number => typeof w === 'number' && w > 0) : []
    return [{ kind: 'table', colWidths: widths.length > 0 ? widths : null, rows }]
  }
}

type InlineHandler = (node: Node, walker: Walker) => Inline[]
type BlockHandler = (node: Node, walker: Walker, depth: number) => Block[]

const INLINE_HANDLERS: Record<string, InlineHandler> = {
  text: (node) => (typeof node.text === 'string' && node.text !== '' ? [textInline(node.text, numberOr(node.format, 0))] : []),
  linebreak: () => [{ kind: 'break' }],
  tab: () => [{ kind: 'tab' }],
}

/** One handler per block node type the section editors register. */
export const NODE_HANDLERS: Record<string, BlockHandler> = {
  paragraph: (node, walker) => [
    { kind: 'paragraph', align: alignOf(node), indent: Math.max(0, numberOr(node.indent, 0)), inlines: walker.inlines(childrenOf(node)) },
  ],
  list: (node, walker, depth) => walker.list(node, depth),
  // A list item outside a list (not produced by Lexical) still prints as a paragraph.
  listitem: (node, walker) => [
    { kind: 'paragraph', align: alignOf(node), indent: 0, inlines: walker.inlines(childrenOf(node).filter((c) => typeOf(c) !== 'list')) },
  ],
  table: (node, walker) => walker.table(node),
}

/** Node types {@link toBlocks} knows: the block handlers, the inline handlers, the root and the parts of lists and tables. */
export const EXPORTED_NODE_TYPES: readonly string[] = [
  ...new Set(['root', ...Object.keys(NODE_HANDLERS), ...Object.keys(INLINE_HANDLERS), 'listitem', 'tablerow', 'tablecell']),
]

/**
 * The node types in `content` the exporter does not know, each once, in document order: their
 * text is kept but their formatting may be lost, so the checks warn about them.
 */
export function unknownNodeTypes(content: SerializedContent | null): string[] {
  if (content === null) return []
  const known = new Set(EXPORTED_NODE_TYPES)
  const found = new Set<string>()
  const visit = (node: Node): void => {
    const type = typeOf(node)
    if (!known.has(type)) found.add(type)
    childrenOf(node).forEach(visit)
  }
  content.root.children.filter(isNode).forEach(visit)
  return [...found]
}

function isEmptyParagraph(block: Block): boolean {
  return block.kind === 'paragraph' && block.inlines.every((i) => i.kind === 'text' && i.text.trim() === '')
}

/**
 * The blocks of one section's content. Empty paragraphs at the start and the end are dropped
 * (paragraph spacing comes from the profile); those between paragraphs are kept.
 */
export function toBlocks(content: SerializedContent | null, options: BlockOptions = {}): Block[] {
  if (content === null) return []
  const blocks = new Walker(options).blocks(content.root.children.filter(isNode))
  let start = 0
  let end = blocks.length
  while (start < end && isEmptyParagraph(blocks[start] as Block)) start++
  while (end > start && isEmptyParagraph(blocks[end - 1] as Block)) end--
  return blocks.slice(start, end)
}
