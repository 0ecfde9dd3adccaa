/**
 * A report as the page layout sets it: the same paragraphs, styles, tables and sections as the
 * Word export (core/docx: printed.ts and compose.ts decide what is printed; core/layout how), as
 * paragraphs and tables measured in points.
 */
import type { Report } from '../model/schema'
import {
  balanceLines,
  documentStyles,
  fitIndicatorColumns,
  headingStyle,
  mmToTwips,
  NORMAL_STYLE,
  STYLE,
  type DocumentStyles,
  type ResolvedLayout,
  type RunFormat,
  type StyleFormat,
} from '../layout'
import type { Block, BlockOptions, Inline, TableBlock } from '../docx/blocks'
import { headerBlock, kinhGuiBlock, signatureBlock, titleBlock, type Composer, type ParagraphChange } from '../docx/compose'
import {
  appendices,
  blockLook,
  bodyItems,
  cellStyle,
  contentColumnWidths,
  headingParts,
  listDepth,
  listMarker,
  repeatedHeaderRows,
  tableGrid,
  type Appendix,
  type BodyItem,
  type Place,
  printedForm,
} from '../docx/printed'
import type { CellSpec, FlowBlock, PageGeometry, ParaSpec, RowSpec, SectionSpec, Span, TableSpec, TextLook } from './types'

export interface FlowOptions extends BlockOptions {
  /** A draft: the profile's draft mark above the header. */
  draft?: boolean
}

export interface ReportFlow {
  geometry: PageGeometry
  sections: SectionSpec[]
}

const pt = (twips: number): number => twips / 20

function look(run: RunFormat, marks: Partial<TextLook> = {}): TextLook {
  return {
    size: run.size,
    bold: run.bold || (marks.bold ?? false),
    italic: run.italic || (marks.italic ?? false),
    underline: run.underline || (marks.underline ?? false),
    strike: marks.strike ?? false,
    sub: marks.sub ?? false,
    sup: marks.sup ?? false,
  }
}

/** Paragraphs and tables of the page layout, from the document's styles. */
class FlowComposer implements Composer<ParaSpec, TableSpec> {
  constructor(
    readonly layout: ResolvedLayout,
    readonly styles: DocumentStyles,
  ) {}

  /** A paragraph of `style` with `spans`, and what the clerk or the layout set on it (twips for indents). */
  para(style: string, spans: Span[], change: ParagraphChange & { align?: ParaSpec['align']; left?: number } = {}): ParaSpec {
    const { run, paragraph } = this.format(style)
    return {
      kind: 'para',
      spans,
      size: run.size,
      align: change.align ?? paragraph.align,
      left: pt(change.left ?? paragraph.left),
      right: pt(paragraph.right),
      firstLine: pt(change.firstLine ?? paragraph.firstLine),
      before: paragraph.before,
      after: change.after ?? paragraph.after,
      line: paragraph.line,
      keepNext: change.keepNext ?? paragraph.keepNext,
      keepLines: paragraph.keepLines,
      rule: paragraph.rule / 8,
    }
  }

  /** The format of a style; Word's "Normal" holds the document defaults (an empty table cell's paragraph). */
  format(style: string): StyleFormat {
    return style === NORMAL_STYLE ? this.styles.defaults : this.styles.get(style).format
  }

  text(style: string, text: string, change: ParagraphChange = {}): ParaSpec {
    return this.para(style, text === '' ? [] : [{ ...look(this.format(style).run), text }], change)
  }

  rule(width: number, boxWidth: number, style: string = STYLE.rule): ParaSpec {
    const side = Math.max(0, Math.round((boxWidth - width) / 2))
    return { ...this.para(style, []), left: pt(side), right: pt(side) }
  }

  layoutTable(widths: number[], rows: ParaSpec[][][]): TableSpec {
    return {
      kind: 'table',
      columns: widths.map(pt),
      rows: rows.map((cells) => ({ cantSplit: true, cells: cells.map((content, i) => cellOf(i, 1, 'top', content)) })),
      headerRows: 0,
      border: 0,
      padding: { top: 0, bottom: 0, left: 0, right: 0 },
    }
  }
}

function cellOf(column: number, span: number, valign: CellSpec['valign'], content: ParaSpec[], rowSpan = 1, continued = false): CellSpec {
  return { column, span, continued, rowSpan, valign, content }
}

/** The paragraphs of a block: itself, or those of a table's cells in reading order. */
function paragraphsOf(block: FlowBlock): ParaSpec[] {
  return block.kind === 'para' ? [block] : block.rows.flatMap((row) => row.cells.flatMap((cell) => cell.content))
}

function spansOf(inlines: readonly Inline[], run: RunFormat): Span[] {
  return inlines.map((inline) => {
    if (inline.kind === 'break') return { ...look(run), text: '\n' }
    if (inline.kind === 'tab') return { ...look(run), text: '\t' }
    return { ...look(run, inline), text: inline.text }
  })
}

function borderedTable(c: FlowComposer, columns: number[], rows: RowSpec[], headerRows: number): TableSpec {
  const { cellMargins, border } = c.layout.profile.table
  return {
    kind: 'table',
    columns: columns.map(pt),
    rows,
    headerRows,
    border: border / 8,
    padding: { top: pt(cellMargins.top), bottom: pt(cellMargins.bottom), left: pt(cellMargins.left), right: pt(cellMargins.right) },
  }
}

function contentTable(c: FlowComposer, block: TableBlock, width: number): TableSpec {
  const grid = tableGrid(block)
  const widths = contentColumnWidths(block, grid.columns, width)
  const rows: RowSpec[] = block.rows.map(() => ({ cantSplit: false, cells: [] }))
  block.rows.forEach((cells, rowIndex) => {
    cells.forEach((cell, i) => {
      const start = grid.starts[rowIndex]?.[i] ?? 0
      const cellWidth = widths.slice(start, start + cell.colSpan).reduce((a, b) => a + b, 0)
      const rowSpan = Math.min(cell.rowSpan, block.rows.length - rowIndex)
      const content = blockFlow(c, cell.blocks, { in: 'cell', style: cellStyle(cell) }, cellWidth).flatMap(paragraphsOf)
      rows[rowIndex]?.cells.push(cellOf(start, cell.colSpan, 'center', content.length > 0 ? content : [c.text(NORMAL_STYLE, '')], rowSpan))
      for (let below = 1; below < rowSpan; below++) rows[rowIndex + below]?.cells.push(cellOf(start, cell.colSpan, 'center', [], 1, true))
    })
  })
  for (const row of rows) row.cells.sort((a, b) => a.column - b.column)
  return borderedTable(c, widths, rows, repeatedHeaderRows(block))
}

/** The paragraphs and tables of a list of blocks; `keepLastWithNext` keeps the last one on the page of what follows. */
function blockFlow(c: FlowComposer, blocks: readonly Block[], place: Place, width: number, keepLastWithNext = false): FlowBlock[] {
  const out: FlowBlock[] = []
  blocks.forEach((block, i) => {
    const keepNext = keepLastWithNext && i === blocks.length - 1
    if (block.kind === 'table') {
      out.push(contentTable(c, block, width), c.para(STYLE.afterTable, [], keepNext ? { keepNext } : {}))
      return
    }
    const printed = blockLook(block, place, c.styles, c.layout.profile)
    const run = c.format(printed.style).run
    const spans = spansOf(block.inlines, run)
    if (block.kind === 'listItem')
      spans.unshift({ ...look(run), text: `${listMarker(c.layout.profile, block.list, block.level, block.ordinal)} ` })
    out.push(
      c.para(printed.style, spans, {
        align: printed.align,
        left: printed.left,
        firstLine: printed.firstLine,
        ...(keepNext ? { keepNext } : {}),
      }),
    )
  })
  return out
}

function bodyFlow(c: FlowComposer, report: Report, items: readonly BodyItem[]): FlowBlock[] {
  return items.flatMap((item, i): FlowBlock[] => {
    if (item.kind === 'blocks') return blockFlow(c, item.blocks, { in: 'body' }, c.layout.textWidth, i === items.length - 1)
    const { style, label, text } = headingParts(report, c.layout.profile, item.section, item.depth, item.index)
    if (style === 'phan') {
      const title = c.format(STYLE.phanTitle).run
      return [
        c.text(STYLE.phanLabel, label),
        c.text(STYLE.phanTitle, balanceLines(text, { size: title.size, bold: title.bold }, c.layout.textWidth)),
      ]
    }
    return [c.text(headingStyle(style), `${label} ${text}`)]
  })
}

function indicatorTable(c: FlowComposer, appendix: Appendix): TableSpec {
  const { cols, rows } = appendix.content
  const widths = fitIndicatorColumns(cols, appendix.width)
  const DATA_STYLE = { left: STYLE.tableText, center: STYLE.tableCentre, right: STYLE.tableFigure } as const
  const row = (texts: readonly string[], style: (i: number) => string): RowSpec => ({
    cantSplit: true,
    cells: texts.map((text, i) => cellOf(i, 1, 'center', [c.text(style(i), text)])),
  })
  return borderedTable(
    c,
    widths,
    [
      row(
        cols.map((col) => col.header),
        () => STYLE.tableHeader,
      ),
      row(
        cols.map((_, i) => `(${i + 1})`),
        () => STYLE.tableIndex,
      ),
      ...rows.map((cells) => row(cells, (i) => DATA_STYLE[cols[i]?.align ?? 'left'])),
    ],
    2,
  )
}

/** The page geometry and the sections of a report, ready to be set. */
export function reportFlow(whole: Report, options: FlowOptions = {}): ReportFlow {
  const { report, layout } = printedForm(whole, options)
  const p = layout.profile
  const items = bodyItems(report, p, options)
  const c = new FlowComposer(layout, documentStyles(layout, report.numbering, listDepth(items)))
  const { margins } = layout
  const main: FlowBlock[] = [
    ...(options.draft ? [c.text(STYLE.draftMark, p.draftMark.text)] : []),
    headerBlock(c, layout, report.meta),
    ...titleBlock(c, layout, report.meta),
    ...kinhGuiBlock(c, layout, report.meta),
    ...bodyFlow(c, report, items),
    signatureBlock(c, layout, report.meta),
  ]
  const appendixSections = appendices(report, layout).map((appendix): SectionSpec => ({
    landscape: appendix.landscape,
    blocks: [
      c.text(STYLE.appendixLabel, appendix.label),
      c.text(STYLE.appendixTitle, appendix.title),
      c.text(STYLE.appendixNote, appendix.note),
      indicatorTable(c, appendix),
    ],
  }))
  return {
    geometry: {
      width: pt(p.page.width),
      height: pt(p.page.height),
      margins: {
        top: pt(mmToTwips(margins.top)),
        bottom: pt(mmToTwips(margins.bottom)),
        left: pt(mmToTwips(margins.left)),
        right: pt(mmToTwips(margins.right)),
      },
      headerDistance: pt(mmToTwips(p.headerDistanceMm)),
      pageNumber: look(c.format(STYLE.pageNumber).run),
    },
    sections: [{ landscape: false, blocks: main }, ...appendixSections],
  }
}
