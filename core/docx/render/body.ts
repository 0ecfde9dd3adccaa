/**
 * The body of the report: headings with their literal numbers, paragraphs and list items of the
 * clerk's styles and marks, content tables (merged cells, repeated header rows), in the body or
 * inside a table's cell.
 */
import { Tab, Table, TableRow, TextRun, WidthType, TableLayoutType, type XmlComponent } from 'docx'
import type { Report, Section } from '../../model/schema'
import { balanceLines, headingStyle, STYLE, type RunFormat } from '../../layout'
import type { Block, Inline, TableBlock } from '../blocks'
import {
  blockLook,
  cellStyle,
  contentColumnWidths,
  headingParts,
  listMarker,
  repeatedHeaderRows,
  tableGrid,
  type BodyItem,
  type Place,
} from '../printed'
import { ALIGN, indentOf, type Children } from './properties'
import type { CellLook, ParagraphLook, Typesetter } from './typesetter'

function inlineRuns(t: Typesetter, inlines: readonly Inline[], base: RunFormat): XmlComponent[] {
  return inlines.map((inline) => {
    if (inline.kind === 'break') return new TextRun({ text: '', break: 1 })
    if (inline.kind === 'tab') return new TextRun({ children: [new Tab()] })
    return t.run(inline.text, base, inline)
  })
}

function contentTable(t: Typesetter, block: TableBlock, width: number): Table {
  const grid = tableGrid(block)
  const widths = contentColumnWidths(block, grid.columns, width)
  const { cellMargins } = t.profile.table
  const repeated = repeatedHeaderRows(block)
  // The cells a merge down rows covers, by row: at which grid column, how wide, how many columns.
  const covered: { start: number; width: number; span: number }[][] = block.rows.map(() => [])
  const rows = block.rows.map((cells, rowIndex) => {
    const placed = cells.map((cell, i) => {
      const start = grid.starts[rowIndex]?.[i] ?? 0
      const cellWidth = widths.slice(start, start + cell.colSpan).reduce((a, b) => a + b, 0)
      const rowSpan = Math.min(cell.rowSpan, block.rows.length - rowIndex)
      for (let below = 1; below < rowSpan; below++) covered[rowIndex + below]?.push({ start, width: cellWidth, span: cell.colSpan })
      const style = cellStyle(cell)
      const look: CellLook = { width: cellWidth, span: cell.colSpan, merge: rowSpan > 1 ? 'restart' : null, bordered: true }
      return { start, cell: t.cell(look, blockParagraphs(t, cell.blocks, { in: 'cell', style }, cellWidth)) }
    })
    const continued = (covered[rowIndex] ?? []).map(({ start, width: cellWidth, span }) => ({
      start,
      cell: t.cell({ width: cellWidth, span, merge: 'continue', bordered: true }, []),
    }))
    const children = continued.length === 0 ? placed : [...placed, ...continued].sort((a, b) => a.start - b.start)
    return new TableRow({ ...(rowIndex < repeated ? { tableHeader: true } : {}), children: children.map((c) => c.cell) })
  })
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: t.tableBorders(),
    margins: cellMargins,
    rows,
  })
}

/**
 * Paragraphs (and tables) of a list of blocks, in the body or inside a table cell: each paragraph
 * of its style, with the alignment and indent the clerk gave it. `keepLastWithNext` keeps the
 * last one on the page of what follows.
 */
function blockParagraphs(t: Typesetter, blocks: readonly Block[], place: Place, width: number, keepLastWithNext = false): Children {
  const out: Children = []
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block
    const keepNext = keepLastWithNext && i === blocks.length - 1
    if (block.kind === 'table') {
      out.push(contentTable(t, block, width))
      // A paragraph between a table and what follows keeps Word from merging adjacent tables.
      out.push(t.paragraph(keepNext ? { style: STYLE.afterTable, keepNext } : { style: STYLE.afterTable }, []))
      continue
    }
    const printed = blockLook(block, place, t.styles, t.profile)
    const { style } = printed
    const format = t.styles.get(style).format
    const own = format.paragraph
    const look: ParagraphLook & { style: string } = { style }
    if (ALIGN[printed.align] !== ALIGN[own.align]) look.alignment = ALIGN[printed.align]
    if (printed.left !== own.left || printed.firstLine !== own.firstLine) look.indent = indentOf(printed)
    if (keepNext) look.keepNext = true
    const runs = inlineRuns(t, block.inlines, format.run)
    if (block.kind === 'listItem') runs.unshift(t.run(`${listMarker(t.profile, block.list, block.level, block.ordinal)} `, format.run))
    out.push(t.paragraph(look, runs))
  }
  return out
}

function headingParagraphs(t: Typesetter, section: Section, depth: number, index: number, report: Report): Children {
  const { style, label, text } = headingParts(report, t.profile, section, depth, index)
  if (style === 'phan') {
    // "Phần I" on its own line; the title, upper case, on the next; both centred.
    const title = t.format(STYLE.phanTitle)
    return [
      t.text(STYLE.phanLabel, label),
      t.text(STYLE.phanTitle, balanceLines(text, { size: title.size, bold: title.bold }, t.layout.textWidth)),
    ]
  }
  const id = headingStyle(style)
  return [t.paragraph({ style: id }, [t.run(`${label} ${text}`, t.format(id))])]
}

export function bodyChildren(t: Typesetter, report: Report, items: readonly BodyItem[]): Children {
  return items.flatMap((item, i) =>
    item.kind === 'heading'
      ? headingParagraphs(t, item.section, item.depth, item.index, report)
      : // The last paragraph goes with the signature so that the signature never stands alone on a page.
        blockParagraphs(t, item.blocks, { in: 'body' }, t.layout.textWidth, i === items.length - 1),
  )
}
