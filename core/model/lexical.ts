/**
 * Lexical's serialized editor state as section content holds it: the one module that knows its
 * shape. Guards and readers turn untrusted JSON into typed values; builders write exactly what
 * Lexical 0.52 writes, so that the editor loads what the import, the templates and the
 * carry-over produce without rewriting it; the text marks decode the `format` bit field.
 *
 * Nothing here imports Lexical: the checks, the exporter and the import only read and write the
 * JSON. What each node type means in every direction (export, view, plain text) is in core/nodes.
 */
import type { SerializedContent } from './schema'

/** A serialized node: any JSON object; its `type` says which. */
export type JsonNode = Record<string, unknown>

export function isNode(value: unknown): value is JsonNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The node's children that are nodes (none for a leaf). */
export function childrenOf(node: JsonNode): JsonNode[] {
  return Array.isArray(node.children) ? node.children.filter(isNode) : []
}

/** The node's children as stored, non-nodes included, for walks that keep child positions as paths. */
export function childSlots(node: JsonNode): readonly unknown[] {
  return Array.isArray(node.children) ? node.children : []
}

/** True when the node holds a `children` array (an element, known or not). */
export function isElement(node: JsonNode): boolean {
  return Array.isArray(node.children)
}

/** The node's `type`, or "?" when it has none. */
export function typeOf(node: JsonNode): string {
  return typeof node.type === 'string' ? node.type : '?'
}

/** The top-level nodes of content (the root's children); none for null. */
export function topNodes(content: SerializedContent | null): JsonNode[] {
  return content === null ? [] : content.root.children.filter(isNode)
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback
}

// ---- text marks ---------------------------------------------------------------------------------

/**
 * The marks the section editors can put on text — bold, italic, underline, strikethrough,
 * subscript, superscript — decoded from Lexical's `format` bit field (lexical/LexicalConstants).
 */
export interface TextMarks {
  bold: boolean
  italic: boolean
  underline: boolean
  strike: boolean
  sub: boolean
  sup: boolean
}

export const NO_MARKS: TextMarks = { bold: false, italic: false, underline: false, strike: false, sub: false, sup: false }

const MARK_BITS: Readonly<Record<keyof TextMarks, number>> = {
  bold: 1,
  italic: 1 << 1,
  strike: 1 << 2,
  underline: 1 << 3,
  sub: 1 << 5,
  sup: 1 << 6,
}

/** The marks of a Lexical text node's `format`; bits the exporter does not print are ignored. */
export function marksOf(format: number): TextMarks {
  return {
    bold: (format & MARK_BITS.bold) !== 0,
    italic: (format & MARK_BITS.italic) !== 0,
    underline: (format & MARK_BITS.underline) !== 0,
    strike: (format & MARK_BITS.strike) !== 0,
    sub: (format & MARK_BITS.sub) !== 0,
    sup: (format & MARK_BITS.sup) !== 0,
  }
}

/** The Lexical `format` of a set of marks. */
export function formatOf(marks: TextMarks): number {
  let format = 0
  for (const key of Object.keys(MARK_BITS) as (keyof TextMarks)[]) if (marks[key]) format |= MARK_BITS[key]
  return format
}

// ---- readers ------------------------------------------------------------------------------------

/** Paragraph alignment as the export and the view use it. */
export type Align = 'left' | 'center' | 'right' | 'justify'

/** An element's alignment (`format`: "start" and "end" read as left and right); null when unset. */
export function alignOf(node: JsonNode): Align | null {
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

/** An element's indent level (Tab / "Tăng lề"), never negative. */
export function indentOf(node: JsonNode): number {
  return Math.max(0, numberOr(node.indent, 0))
}

/** A text node's text ("" when it has none). */
export function textOf(node: JsonNode): string {
  return typeof node.text === 'string' ? node.text : ''
}

/** A text node's marks. */
export function textMarksOf(node: JsonNode): TextMarks {
  return marksOf(numberOr(node.format, 0))
}

/** A list's kind (a check list, which the toolbar does not offer, reads as bulleted) and first number. */
export function readList(node: JsonNode): { list: 'bullet' | 'number'; start: number } {
  return { list: node.listType === 'number' ? 'number' : 'bullet', start: numberOr(node.start, 1) }
}

// @lexical/table's TableCellHeaderStates.ROW.
const HEADER_ROW = 1

/** A table cell's header state and spans (at least 1). */
export function readCell(node: JsonNode): { header: boolean; headerRow: boolean; colSpan: number; rowSpan: number } {
  const headerState = numberOr(node.headerState, 0)
  return {
    header: headerState !== 0,
    headerRow: (headerState & HEADER_ROW) !== 0,
    colSpan: Math.max(1, Math.floor(numberOr(node.colSpan, 1))),
    rowSpan: Math.max(1, Math.floor(numberOr(node.rowSpan, 1))),
  }
}

/** A table's relative column widths from the editor, or null for equal columns. */
export function readColWidths(node: JsonNode): number[] | null {
  const widths = Array.isArray(node.colWidths) ? node.colWidths.filter((w): w is number => typeof w === 'number' && w > 0) : []
  return widths.length > 0 ? widths : null
}

// ---- builders -----------------------------------------------------------------------------------

const ELEMENT = { version: 1, direction: null, format: '', indent: 0 } as const

/** A text node (NFC) with the given marks. */
export function textNode(text: string, marks: TextMarks = NO_MARKS): JsonNode {
  return { type: 'text', version: 1, text: text.normalize('NFC'), format: formatOf(marks), style: '', mode: 'normal', detail: 0 }
}

export function lineBreakNode(): JsonNode {
  return { type: 'linebreak', version: 1 }
}

export function tabNode(): JsonNode {
  return { type: 'tab', version: 1 }
}

export interface ParagraphOptions {
  align?: 'center' | 'right' | null
  indent?: number
  /** The marks Lexical records for text typed next in an empty paragraph. */
  textMarks?: TextMarks
}

export function paragraphNode(children: readonly JsonNode[], options: ParagraphOptions = {}): JsonNode {
  return {
    type: 'paragraph',
    ...ELEMENT,
    format: options.align ?? '',
    indent: options.indent ?? 0,
    textFormat: formatOf(options.textMarks ?? NO_MARKS),
    textStyle: '',
    children: [...children],
  }
}

export function listNode(list: 'bullet' | 'number', items: readonly JsonNode[]): JsonNode {
  return { type: 'list', ...ELEMENT, listType: list, start: 1, tag: list === 'number' ? 'ol' : 'ul', children: [...items] }
}

/** A list item; `value` is its 1-based number, `depth` how deep its list is nested. */
export function listItemNode(children: readonly JsonNode[], value: number, depth = 0): JsonNode {
  return { type: 'listitem', ...ELEMENT, indent: depth, value, children: [...children] }
}

export function tableNode(rows: readonly JsonNode[]): JsonNode {
  return { type: 'table', ...ELEMENT, children: [...rows] }
}

export function tableRowNode(cells: readonly JsonNode[]): JsonNode {
  return { type: 'tablerow', ...ELEMENT, children: [...cells] }
}

export function tableCellNode(
  children: readonly JsonNode[],
  cell: { header?: boolean; colSpan?: number; rowSpan?: number } = {},
): JsonNode {
  return {
    type: 'tablecell',
    ...ELEMENT,
    backgroundColor: null,
    colSpan: cell.colSpan ?? 1,
    rowSpan: cell.rowSpan ?? 1,
    headerState: cell.header ? HEADER_ROW : 0,
    children: [...children],
  }
}

/** Content whose root holds the given block nodes. */
export function contentOf(children: readonly JsonNode[]): SerializedContent {
  return { root: { type: 'root', ...ELEMENT, children: [...children] } }
}

/** A paragraph of one string, where "\n" becomes a line break. */
function linesParagraph(text: string): JsonNode {
  const children: JsonNode[] = []
  text
    .normalize('NFC')
    .split('\n')
    .forEach((line, i) => {
      if (i > 0) children.push(lineBreakNode())
      if (line !== '') children.push(textNode(line))
    })
  return paragraphNode(children)
}

/**
 * Content with one paragraph per string. An empty string gives an empty paragraph; a "\n" inside
 * a string becomes a line break within its paragraph. An empty list gives {@link emptyContent},
 * because the editor expects at least one paragraph to put the caret in.
 */
export function contentFromParagraphs(paragraphs: readonly string[]): SerializedContent {
  return contentOf((paragraphs.length === 0 ? [''] : paragraphs).map(linesParagraph))
}

/** Content holding a single empty paragraph, as Lexical saves an empty editor. */
export function emptyContent(): SerializedContent {
  return contentFromParagraphs([''])
}

/** A deep copy, so that two sections never share one content object. */
export function copyContent(content: SerializedContent): SerializedContent {
  return structuredClone(content)
}

// ---- walkers ------------------------------------------------------------------------------------

/** Every text node under `node`, in document order (the nodes themselves, for find and replace). */
export function forEachTextNode(node: JsonNode, visit: (text: JsonNode) => void): void {
  if (node.type === 'text' && typeof node.text === 'string') visit(node)
  for (const child of childrenOf(node)) forEachTextNode(child, visit)
}

/** Replace a text node's text in place. */
export function setText(node: JsonNode, text: string): void {
  node.text = text
}
