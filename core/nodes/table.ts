/** Tables, their rows and cells: header rows, spans and the editor's column widths. */
import type { Block, TableCellBlock } from '../docx/blocks'
import { childrenOf, readCell, readColWidths, tableCellNode, tableNode, tableRowNode, typeOf, type JsonNode } from '../model/lexical'
import type { BlockNodeDescriptor, ExportContext } from './types'

function cellBlock(cell: JsonNode, context: ExportContext): TableCellBlock {
  if (typeOf(cell) !== 'tablecell') context.unknown(cell)
  return { ...readCell(cell), blocks: context.blocks(childrenOf(cell), 0) }
}

export const table = {
  type: 'table',
  role: 'block',
  toBlocks: (node, context) => {
    const rows = childrenOf(node)
      .filter((row) => {
        if (typeOf(row) === 'tablerow') return true
        context.unknown(row)
        return false
      })
      .map((row) => childrenOf(row).map((cell) => cellBlock(cell, context)))
      .filter((cells) => cells.length > 0)
    return rows.length === 0 ? [] : [{ kind: 'table', colWidths: readColWidths(node), rows }]
  },
  build: tableNode,
  view: () => ({ kind: 'element', tag: 'table', theme: 'table', body: true }),
  plainText: { kind: 'block' },
} satisfies BlockNodeDescriptor

/** A row or a cell outside a table (not produced by Lexical) prints what its cells hold. */
function contentBlocks(node: JsonNode, context: ExportContext, depth: number): Block[] {
  return context.blocks(childrenOf(node), depth)
}

export const tablerow = {
  type: 'tablerow',
  role: 'block',
  toBlocks: contentBlocks,
  build: tableRowNode,
  view: () => ({ kind: 'element', tag: 'tr', theme: 'tableRow' }),
  plainText: { kind: 'block' },
} satisfies BlockNodeDescriptor

export const tablecell = {
  type: 'tablecell',
  role: 'block',
  toBlocks: contentBlocks,
  build: tableCellNode,
  view: (node) => {
    const { header, colSpan, rowSpan } = readCell(node)
    return header
      ? { kind: 'element', tag: 'th', theme: 'tableCellHeader', colSpan, rowSpan }
      : { kind: 'element', tag: 'td', theme: 'tableCell', colSpan, rowSpan }
  },
  plainText: { kind: 'block' },
} satisfies BlockNodeDescriptor
