/**
 * Stage one of the exporter: Lexical's serialized editor state → plain blocks.
 *
 * The walk goes through the node descriptors of core/nodes, keyed by node `type`; every type the
 * section editors register has one (a test checks it). A type without one is an error in strict
 * mode — so a new editor node cannot silently vanish from the Word file — and, outside strict
 * mode, its text is kept as a plain paragraph and reported.
 */
import type { SerializedContent } from '../model/schema'
import { childrenOf, topNodes, typeOf, type Align, type JsonNode, type TextMarks } from '../model/lexical'
import { descriptorOf, type ExportContext } from '../nodes'

export interface TextInline extends TextMarks {
  kind: 'text'
  text: string
}
export type Inline = TextInline | { kind: 'break' } | { kind: 'tab' }

export type { Align }

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

class Walker implements ExportContext {
  constructor(private readonly options: BlockOptions) {}

  unknown(node: JsonNode): void {
    const type = typeOf(node)
    if (this.options.strict) throw new UnknownNodeError(type)
    this.options.onUnknown?.(type)
  }

  inlines(nodes: readonly JsonNode[]): Inline[] {
    const out: Inline[] = []
    for (const node of nodes) {
      const descriptor = descriptorOf(node)
      if (descriptor?.role === 'inline') out.push(...descriptor.toInlines(node, this))
      else {
        if (!descriptor) this.unknown(node)
        out.push(...this.inlines(childrenOf(node)))
      }
    }
    return out
  }

  blocks(nodes: readonly JsonNode[], depth: number): Block[] {
    const out: Block[] = []
    for (const node of nodes) {
      const descriptor = descriptorOf(node)
      if (descriptor?.role === 'block') out.push(...descriptor.toBlocks(node, this, depth))
      else {
        if (!descriptor) this.unknown(node)
        // Inline content where a block belongs (or an unknown block) prints as a paragraph.
        const inlines = descriptor ? descriptor.toInlines(node, this) : this.inlines(childrenOf(node))
        if (inlines.length > 0) out.push({ kind: 'paragraph', align: null, indent: 0, inlines })
      }
    }
    return out
  }
}

/**
 * The node types in `content` the exporter does not know, each once, in document order: their
 * text is kept but their formatting may be lost, so the checks warn about them.
 */
export function unknownNodeTypes(content: SerializedContent | null): string[] {
  const found = new Set<string>()
  const visit = (node: JsonNode): void => {
    if (!descriptorOf(node)) found.add(typeOf(node))
    childrenOf(node).forEach(visit)
  }
  topNodes(content).forEach(visit)
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
  const blocks = new Walker(options).blocks(topNodes(content), 0)
  let start = 0
  let end = blocks.length
  while (start < end && isEmptyParagraph(blocks[start] as Block)) start++
  while (end > start && isEmptyParagraph(blocks[end - 1] as Block)) end--
  return blocks.slice(start, end)
}
