/**
 * Section content as plain text, for find, the word count, the checks and the proofreader.
 *
 * Text nodes give their text, line breaks "\n", tabs "\t", and blocks (paragraphs, lists and
 * their items, tables, rows and cells) are separated by "\n". Unknown elements (links, marks,
 * nodes added later) are read through, since they still hold the clerk's text; unknown leaves
 * (images, rules) give nothing. `null` (a section never edited) gives "".
 *
 * {@link plainText} also gives the span of every leaf in the text, with the path of child indexes
 * from the root to it, so that an offset in the text leads back to a text node and an offset in
 * it (the proofreader underlines there; Lexical's live nodes follow the same child order).
 */
import { childSlots, isElement, isNode, type JsonNode } from '../model/lexical'
import type { Section, SerializedContent } from '../model/schema'
import { descriptorOf } from './index'

/** Where a leaf's text lies in the plain text: `[start, end)`, and the leaf's path from the root. */
export interface TextSpan {
  start: number
  end: number
  /** Child indexes from the root's children down to the leaf. */
  path: readonly number[]
  /** The leaf's node type: "text" for the nodes an edit can change, "linebreak", "tab". */
  type: string
}

export interface PlainText {
  text: string
  /** Every leaf that gives text, in order; the gaps between them are block separators ("\n"). */
  spans: TextSpan[]
}

class TextWriter {
  text = ''
  readonly spans: TextSpan[] | null

  constructor(withSpans: boolean) {
    this.spans = withSpans ? [] : null
  }

  /** `asBlocks` is set for the root, whose children Lexical requires to be blocks, known or not. */
  children(nodes: readonly unknown[], asBlocks: boolean, path: number[]): void {
    let previousWasBlock = false
    let first = true
    nodes.forEach((child, index) => {
      if (!isNode(child)) return
      const role = descriptorOf(child)?.plainText
      // Leaves of unknown types (images, rules, junk) hold no text and must not add a line either.
      if (role?.kind !== 'leaf' && !isElement(child)) return
      const block = asBlocks || role?.kind === 'block'
      // A block starts and ends a line, so it is separated from any neighbour, block or inline.
      if (!first && (block || previousWasBlock)) this.text += '\n'
      path.push(index)
      if (role?.kind === 'leaf') this.leaf(child, role.text(child), path)
      else this.children(childSlots(child), false, path)
      path.pop()
      previousWasBlock = block
      first = false
    })
  }

  private leaf(node: JsonNode, text: string, path: readonly number[]): void {
    const start = this.text.length
    this.text += text
    this.spans?.push({ start, end: this.text.length, path: [...path], type: String(node.type) })
  }
}

function write(content: SerializedContent | null, withSpans: boolean): TextWriter {
  const writer = new TextWriter(withSpans)
  if (content !== null) writer.children(content.root.children, true, [])
  return writer
}

/**
 * Texts already written, by content. Serialized content is never changed in place (an edit makes
 * a new one), so a report's untouched sections are not walked again at every save of another.
 */
const texts = new WeakMap<SerializedContent, string>()

/** The plain text of serialized content. */
export function contentText(content: SerializedContent | null): string {
  if (content === null) return ''
  const known = texts.get(content)
  if (known !== undefined) return known
  const text = write(content, false).text
  texts.set(content, text)
  return text
}

/** The plain text with the span of every leaf, for mapping offsets back into text nodes. */
export function plainText(content: SerializedContent | null): PlainText {
  const writer = write(content, true)
  return { text: writer.text, spans: writer.spans ?? [] }
}

/** The plain text of one node (a paragraph, a list item, a table row) as its own block. */
export function nodeText(node: JsonNode): string {
  const writer = new TextWriter(false)
  writer.children([node], true, [])
  return writer.text
}

/** Words as the status bar counts them: runs of letters and digits, "8.948", "12,5%" and "02/16" counting as one. */
export function countWords(text: string): number {
  const words = text.match(/[\p{L}\p{N}]+(?:[.,/%-][\p{L}\p{N}]+)*/gu)
  return words ? words.length : 0
}

/** True when the content has no text other than whitespace. */
export function isContentEmpty(content: SerializedContent | null): boolean {
  return contentText(content).trim() === ''
}

/** True when a section or any section under it has text: a final copy prints it. */
export function sectionHasText(section: Section): boolean {
  return !isContentEmpty(section.content) || section.children.some(sectionHasText)
}

/** The span holding the character at `offset` (the leaf it belongs to), or undefined between blocks. */
export function spanAt(text: PlainText, offset: number): TextSpan | undefined {
  let low = 0
  let high = text.spans.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const span = text.spans[middle] as TextSpan
    if (offset < span.start) high = middle - 1
    else if (offset >= span.end) low = middle + 1
    else return span
  }
  return undefined
}

/** The leaf at a span's path in the content (the same content the span was measured on). */
export function nodeAt(content: SerializedContent, path: readonly number[]): JsonNode | undefined {
  let nodes: readonly unknown[] = content.root.children
  let node: JsonNode | undefined
  for (const index of path) {
    const next = nodes[index]
    if (!isNode(next)) return undefined
    node = next
    nodes = childSlots(next)
  }
  return node
}
