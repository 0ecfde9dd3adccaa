/**
 * Small operations on section content (Lexical serialized JSON) used by carry-over and merging:
 * appending, a bold heading line, a bulleted list, and the text items of a content.
 */
import type { SerializedContent } from '../model/schema'
import {
  childrenOf,
  contentOf,
  listItemNode,
  listNode,
  NO_MARKS,
  paragraphNode,
  textNode,
  topNodes,
  typeOf,
  type JsonNode,
} from '../model/lexical'
import { contentText, nodeText } from '../nodes/plain-text'

/** A paragraph node of one run of text; `bold` for a heading line inside a section. */
export function paragraphOf(value: string, bold = false): JsonNode {
  const marks = { ...NO_MARKS, bold }
  return paragraphNode(value === '' ? [] : [textNode(value, marks)], { textMarks: marks })
}

/** A bulleted list node with one item per string. */
export function bulletListNode(items: readonly string[]): JsonNode {
  return listNode(
    'bullet',
    items.map((item, i) => listItemNode([textNode(item)], i + 1)),
  )
}

/** The top-level nodes of content; none for null or for content with no text at all. */
export function blocksOf(content: SerializedContent | null): JsonNode[] {
  if (content === null || contentText(content).trim() === '') return []
  return structuredClone(topNodes(content))
}

/** `addition` after what `existing` holds (nothing of `existing` is replaced); null when both are empty. */
export function appendContent(existing: SerializedContent | null, addition: readonly JsonNode[]): SerializedContent | null {
  const nodes = [...blocksOf(existing), ...addition]
  return nodes.length === 0 ? existing : contentOf(nodes)
}

/**
 * The items of a content as lines of text: each paragraph, each list item (nested ones too),
 * each table row (cells joined by "; "). Empty lines are left out; typed dashes are dropped.
 */
export function contentItems(content: SerializedContent | null): string[] {
  const out: string[] = []
  const push = (value: string): void => {
    const clean = value
      .replace(/\s+/gu, ' ')
      .trim()
      .replace(/^[-–+•]\s+/u, '')
    if (clean !== '') out.push(clean.normalize('NFC'))
  }
  const visit = (node: JsonNode): void => {
    switch (typeOf(node)) {
      case 'list':
        for (const item of childrenOf(node)) {
          push(
            childrenOf(item)
              .filter((c) => typeOf(c) !== 'list')
              .map(nodeText)
              .join(''),
          )
          for (const nested of childrenOf(item).filter((c) => typeOf(c) === 'list')) visit(nested)
        }
        return
      case 'table':
        for (const row of childrenOf(node))
          push(
            childrenOf(row)
              .map(nodeText)
              .filter((t) => t.trim() !== '')
              .join('; '),
          )
        return
      default:
        push(nodeText(node))
    }
  }
  for (const node of topNodes(content)) visit(node)
  return out
}
