/**
 * Small operations on section content (Lexical serialized JSON) used by carry-over and merging:
 * copying, appending, a bold heading line, a bulleted list, and the text items of a content.
 */
import type { SerializedContent } from '../model/schema'
import { contentText } from '../model/content'

type JsonNode = Record<string, unknown>

function isNode(value: unknown): value is JsonNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function childrenOf(node: JsonNode): JsonNode[] {
  return Array.isArray(node.children) ? node.children.filter(isNode) : []
}

function text(value: string, format = 0): JsonNode {
  return { type: 'text', version: 1, text: value.normalize('NFC'), format, style: '', mode: 'normal', detail: 0 }
}

/** A paragraph node of one run of text; `bold` for a heading line inside a section. */
export function paragraphNode(value: string, bold = false): JsonNode {
  return {
    type: 'paragraph',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    textFormat: bold ? 1 : 0,
    textStyle: '',
    children: value === '' ? [] : [text(value, bold ? 1 : 0)],
  }
}

/** A bulleted list node with one item per string. */
export function bulletListNode(items: readonly string[]): JsonNode {
  return {
    type: 'list',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    listType: 'bullet',
    start: 1,
    tag: 'ul',
    children: items.map((item, i) => ({
      type: 'listitem',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      value: i + 1,
      children: [text(item)],
    })),
  }
}

/** Content made of the given block nodes. */
export function contentOf(nodes: readonly JsonNode[]): SerializedContent {
  return { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [...nodes] } }
}

/** A deep copy, so that two sections never share one content object. */
export function copyContent(content: SerializedContent): SerializedContent {
  return JSON.parse(JSON.stringify(content)) as SerializedContent
}

/** The top-level nodes of content; none for null or for content with no text at all. */
export function blocksOf(content: SerializedContent | null): JsonNode[] {
  if (content === null || contentText(content).trim() === '') return []
  return (JSON.parse(JSON.stringify(content.root.children)) as unknown[]).filter(isNode)
}

/** `addition` after what `existing` holds (nothing of `existing` is replaced); null when both are empty. */
export function appendContent(existing: SerializedContent | null, addition: readonly JsonNode[]): SerializedContent | null {
  const nodes = [...blocksOf(existing), ...addition]
  return nodes.length === 0 ? existing : contentOf(nodes)
}

function nodeText(node: JsonNode): string {
  if (node.type === 'text') return typeof node.text === 'string' ? node.text : ''
  if (node.type === 'linebreak') return ' '
  if (node.type === 'tab') return ' '
  return childrenOf(node).map(nodeText).join('')
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
    switch (node.type) {
      case 'list':
        for (const item of childrenOf(node)) {
          push(
            childrenOf(item)
              .filter((c) => c.type !== 'list')
              .map(nodeText)
              .join(''),
          )
          for (const nested of childrenOf(item).filter((c) => c.type === 'list')) visit(nested)
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
  if (content) for (const node of content.root.children.filter(isNode)) visit(node)
  return out
}
