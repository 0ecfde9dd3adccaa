/**
 * Section content as plain blocks — a paragraph's or list item's text, or a table's cell texts —
 * walked straight from Lexical's JSON, independently of core/docx, for the `docx` floor, the
 * HTML given to LibreOffice and the plain contenteditable page.
 */
import type { SerializedContent } from '../../core/model/schema'

export type Inline = { text: string; bold: boolean; italic: boolean } | { text: '\n'; bold: false; italic: false }

export type PlainBlock =
  | { kind: 'text'; text: string; inlines?: Inline[] }
  | { kind: 'item'; list: 'bullet' | 'number'; text: string; inlines: Inline[] }
  | { kind: 'table'; rows: string[][] }

type Node = Record<string, unknown>

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value)
const kids = (node: Node): Node[] => (Array.isArray(node.children) ? node.children.filter(isNode) : [])

function inlinesOf(node: Node): Inline[] {
  return kids(node).flatMap((child): Inline[] => {
    if (child.type === 'linebreak') return [{ text: '\n', bold: false, italic: false }]
    if (child.type === 'text' && typeof child.text === 'string') {
      const format = typeof child.format === 'number' ? child.format : 0
      return [{ text: child.text, bold: (format & 1) !== 0, italic: (format & 2) !== 0 }]
    }
    return inlinesOf(child)
  })
}

const textOf = (inlines: readonly Inline[]): string => inlines.map((i) => i.text).join('')

function blocksOf(nodes: readonly Node[]): PlainBlock[] {
  return nodes.flatMap((node): PlainBlock[] => {
    switch (node.type) {
      case 'list':
        return kids(node).flatMap((item) => {
          const inlines = inlinesOf({ children: kids(item).filter((c) => c.type !== 'list') })
          const nested = kids(item).filter((c) => c.type === 'list')
          const own: PlainBlock[] =
            inlines.length > 0
              ? [{ kind: 'item', list: node.listType === 'number' ? 'number' : 'bullet', text: textOf(inlines), inlines }]
              : []
          return [...own, ...blocksOf(nested)]
        })
      case 'table':
        return [{ kind: 'table', rows: kids(node).map((row) => kids(row).map((cell) => textOf(inlinesOf(cell)))) }]
      default: {
        const inlines = inlinesOf(node)
        return [{ kind: 'text', text: textOf(inlines), inlines }]
      }
    }
  })
}

export function plainBlocks(content: SerializedContent | null): PlainBlock[] {
  return content ? blocksOf(content.root.children.filter(isNode)) : []
}
