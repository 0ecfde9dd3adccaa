/**
 * Section content as plain blocks — a paragraph's or list item's text, or a table's cell texts —
 * walked straight from Lexical's JSON, independently of core/docx, for the `docx` floor, the
 * HTML given to LibreOffice and the plain contenteditable page.
 */
import type { SerializedContent } from '../../core/model/schema'
import { childrenOf as kids, readList, textMarksOf, textOf, topNodes, typeOf, type JsonNode as Node } from '../../core/model/lexical'

export type Inline = { text: string; bold: boolean; italic: boolean } | { text: '\n'; bold: false; italic: false }

export type PlainBlock =
  | { kind: 'text'; text: string; inlines?: Inline[] }
  | { kind: 'item'; list: 'bullet' | 'number'; text: string; inlines: Inline[] }
  | { kind: 'table'; rows: string[][] }

function inlinesOf(node: Node): Inline[] {
  return kids(node).flatMap((child): Inline[] => {
    if (typeOf(child) === 'linebreak') return [{ text: '\n', bold: false, italic: false }]
    if (typeOf(child) === 'text') {
      const { bold, italic } = textMarksOf(child)
      return [{ text: textOf(child), bold, italic }]
    }
    return inlinesOf(child)
  })
}

const joined = (inlines: readonly Inline[]): string => inlines.map((i) => i.text).join('')

function blocksOf(nodes: readonly Node[]): PlainBlock[] {
  return nodes.flatMap((node): PlainBlock[] => {
    switch (typeOf(node)) {
      case 'list':
        return kids(node).flatMap((item) => {
          const inlines = inlinesOf({ children: kids(item).filter((c) => typeOf(c) !== 'list') })
          const nested = kids(item).filter((c) => typeOf(c) === 'list')
          const own: PlainBlock[] = inlines.length > 0 ? [{ kind: 'item', list: readList(node).list, text: joined(inlines), inlines }] : []
          return [...own, ...blocksOf(nested)]
        })
      case 'table':
        return [{ kind: 'table', rows: kids(node).map((row) => kids(row).map((cell) => joined(inlinesOf(cell)))) }]
      default: {
        const inlines = inlinesOf(node)
        return [{ kind: 'text', text: joined(inlines), inlines }]
      }
    }
  })
}

export function plainBlocks(content: SerializedContent | null): PlainBlock[] {
  return blocksOf(topNodes(content))
}
