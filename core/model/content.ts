/**
 * Helpers over section content, which is Lexical's serialized editor state (plain JSON).
 *
 * Nothing here imports Lexical: the checks and the exporter only need to read the JSON, and the
 * builders emit exactly what Lexical 0.52 writes, so the editor can load it unchanged.
 */
import type { SerializedContent, Section } from './schema'

/** Node types whose text stands on its own line. */
const BLOCK_TYPES: ReadonlySet<string> = new Set(['paragraph', 'heading', 'quote', 'listitem', 'tablecell', 'tablerow', 'list', 'table'])

interface NodeLike {
  type?: unknown
  text?: unknown
  children?: unknown
}

function isNode(value: unknown): value is NodeLike {
  return typeof value === 'object' && value !== null
}

function childrenOf(node: NodeLike): unknown[] {
  return Array.isArray(node.children) ? (node.children as unknown[]) : []
}

function isKnownOrElement(node: NodeLike): boolean {
  return node.type === 'text' || node.type === 'linebreak' || node.type === 'tab' || Array.isArray(node.children)
}

/** `asBlocks` is set for the root, whose children Lexical requires to be blocks, known or not. */
function textOfChildren(children: readonly unknown[], asBlocks: boolean): string {
  let out = ''
  let previousWasBlock = false
  let first = true
  for (const child of children) {
    // Leaves of unknown types (images, rules, junk) hold no text and must not add a line either.
    if (!isNode(child) || !isKnownOrElement(child)) continue
    const block = asBlocks || (typeof child.type === 'string' && BLOCK_TYPES.has(child.type))
    // A block starts and ends a line, so it is separated from any neighbour, block or inline.
    if (!first && (block || previousWasBlock)) out += '\n'
    out += textOfNode(child)
    previousWasBlock = block
    first = false
  }
  return out
}

function textOfNode(node: NodeLike): string {
  switch (node.type) {
    case 'text':
      return typeof node.text === 'string' ? node.text : ''
    case 'linebreak':
      return '\n'
    case 'tab':
      return '\t'
    default:
      // Unknown elements (links, marks, nodes added later) still hold the clerk's text.
      return textOfChildren(childrenOf(node), false)
  }
}

/**
 * The plain text of serialized content: text nodes give their text, line breaks "\n", tabs "\t",
 * and blocks (paragraphs, headings, quotes, lists and their items, tables, rows and cells) are
 * separated by "\n". Unknown nodes with children are walked; unknown leaves give nothing.
 * `null` (a section never edited) gives "".
 */
export function contentText(content: SerializedContent | null): string {
  if (content === null) return ''
  return textOfChildren(content.root.children, true)
}

/** True when the content has no text other than whitespace. */
export function isContentEmpty(content: SerializedContent | null): boolean {
  return contentText(content).trim() === ''
}

/** True when a section or any section under it has text: a final copy prints it. */
export function sectionHasText(section: Section): boolean {
  return !isContentEmpty(section.content) || section.children.some(sectionHasText)
}

function textNode(text: string): Record<string, unknown> {
  return { type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 }
}

function paragraphNode(text: string): Record<string, unknown> {
  const children: Record<string, unknown>[] = []
  text
    .normalize('NFC')
    .split('\n')
    .forEach((line, i) => {
      if (i > 0) children.push({ type: 'linebreak', version: 1 })
      if (line !== '') children.push(textNode(line))
    })
  return { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children }
}

/**
 * Content with one paragraph per string, in Lexical 0.52's serialized form.
 *
 * An empty string gives an empty paragraph; a "\n" inside a string becomes a line break within
 * its paragraph. An empty list gives {@link emptyContent}, because the editor expects at least
 * one paragraph to put the caret in.
 */
export function contentFromParagraphs(paragraphs: readonly string[]): SerializedContent {
  const list = paragraphs.length === 0 ? [''] : paragraphs
  return {
    root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: list.map(paragraphNode) },
  }
}

/** Content holding a single empty paragraph, as Lexical saves an empty editor. */
export function emptyContent(): SerializedContent {
  return contentFromParagraphs([''])
}
