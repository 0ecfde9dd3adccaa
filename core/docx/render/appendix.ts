/**
 * The appendices: each indicator table (chỉ tiêu) in a section of its own, after its label, title
 * and note, landscape when too wide for portrait; its header row and the row of column numbers
 * repeat on every page.
 */
import { Table, TableRow, TableLayoutType, WidthType, type ISectionOptions, type TableCell } from 'docx'
import type { Report } from '../../model/schema'
import { fitIndicatorColumns, STYLE } from '../../layout'
import { appendices, type IndicatorContent } from '../printed'
import { pageHeaders, type PageSetup } from './page'
import type { Typesetter } from './typesetter'

function indicatorTable(t: Typesetter, { cols, rows }: IndicatorContent, width: number): Table {
  const widths = fitIndicatorColumns(cols, width)
  const { cellMargins } = t.profile.table
  const borders = t.tableBorders()
  const DATA_STYLE = { left: STYLE.tableText, center: STYLE.tableCentre, right: STYLE.tableFigure } as const
  const cell = (text: string, i: number, kind: 'header' | 'index' | 'data'): TableCell =>
    t.cell({ width: widths[i] ?? 0, span: 1, merge: null, bordered: true }, [
      t.text(kind === 'header' ? STYLE.tableHeader : kind === 'index' ? STYLE.tableIndex : DATA_STYLE[cols[i]?.align ?? 'left'], text),
    ])
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders,
    margins: cellMargins,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: cols.map((c, i) => cell(c.header, i, 'header')) }),
      new TableRow({ tableHeader: true, cantSplit: true, children: cols.map((_, i) => cell(`(${i + 1})`, i, 'index')) }),
      ...rows.map((cells) => new TableRow({ cantSplit: true, children: cells.map((text, i) => cell(text, i, 'data')) })),
    ],
  })
}

export function appendixSections(t: Typesetter, report: Report, pageSetup: PageSetup): ISectionOptions[] {
  return appendices(report, t.layout).map((appendix) => ({
    properties: pageSetup(appendix.landscape),
    headers: pageHeaders(),
    children: [
      t.text(STYLE.appendixLabel, appendix.label),
      t.text(STYLE.appendixTitle, appendix.title),
      t.text(STYLE.appendixNote, appendix.note),
      indicatorTable(t, appendix.content, appendix.width),
    ],
  }))
}
