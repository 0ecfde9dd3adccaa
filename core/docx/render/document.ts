/**
 * Stage two of the exporter: a report and its blocks → a `.docx` file, laid out by the format
 * profile of core/layout. Page 1 carries the two-column header, "BÁO CÁO" and the trích yếu; the
 * body follows with literal heading numbers; the signature and "Nơi nhận" sit side by side at the
 * end; indicator tables go into appendix sections (landscape when too wide for portrait).
 *
 * Every size, mark, separator and spacing comes from the profile (core/layout/profiles.ts) and the
 * clerk's layout choices, through the document's paragraph styles (core/layout/styles.ts): each
 * paragraph names its style and carries only what the clerk set, each run only the editor's marks.
 */
import {
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Tab,
  Table,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
  type TableCell,
  type XmlComponent,
} from 'docx'
import type { Report, Section } from '../../model/schema'
import { periodText } from '../../format'
import { balanceLines, documentStyles, fitIndicatorColumns, headingStyle, mmToTwips, STYLE, type RunFormat } from '../../layout'
import type { Block, Inline, BlockOptions, TableBlock } from '../blocks'
import { headerBlock, kinhGuiBlock, signatureBlock, titleBlock } from '../compose'
import {
  appendices,
  blockLook,
  bodyItems,
  cellStyle,
  contentColumnWidths,
  headingParts,
  listDepth,
  listMarker,
  printedForm,
  repeatedHeaderRows,
  tableGrid,
  type BodyItem,
  type IndicatorContent,
  type Place,
} from '../printed'
import { ALIGN, indentOf, type Children } from './properties'
import { styleOptions } from './styles'
import { Typesetter, type CellLook, type ParagraphLook } from './typesetter'
import { xmlText } from './xml'

export interface RenderOptions {
  /** A draft: blanks allowed, the profile's draft mark printed above the header. */
  draft?: boolean
  /** Throw on unknown editor node types (tests); otherwise keep their text and report them. */
  strict?: boolean
  /** Called for each unknown node type met outside strict mode. */
  onUnknown?: (type: string) => void
}

// ---- body --------------------------------------------------------------------------------------

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

function bodyChildren(t: Typesetter, report: Report, items: readonly BodyItem[]): Children {
  return items.flatMap((item, i) =>
    item.kind === 'heading'
      ? headingParagraphs(t, item.section, item.depth, item.index, report)
      : // The last paragraph goes with the signature so that the signature never stands alone on a page.
        blockParagraphs(t, item.blocks, { in: 'body' }, t.layout.textWidth, i === items.length - 1),
  )
}

// ---- appendix: indicator tables ----------------------------------------------------------------

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

function appendixSections(
  t: Typesetter,
  report: Report,
  pageSetup: (landscape: boolean) => ISectionOptions['properties'],
): ISectionOptions[] {
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

// ---- the document ------------------------------------------------------------------------------

/** The page number centred in the top margin of every page but the first of each section. */
function pageHeaders(): ISectionOptions['headers'] {
  return {
    first: new Header({ children: [new Paragraph({ children: [] })] }),
    default: new Header({
      children: [new Paragraph({ style: STYLE.pageNumber, children: [new TextRun({ children: [PageNumber.CURRENT] })] })],
    }),
  }
}

/** Build the Word document for a report; resolves to the bytes of the `.docx` file. */
export async function renderDocx(report: Report, options: RenderOptions = {}): Promise<Uint8Array> {
  // Everything but the document itself is garbage by the time docx writes it.
  const buffer = await Packer.toArrayBuffer(reportDocument(report, options))
  return new Uint8Array(buffer)
}

function reportDocument(whole: Report, options: RenderOptions): Document {
  const { report, layout } = printedForm(whole, options)
  const blockOptions: BlockOptions = { strict: options.strict ?? false, ...(options.onUnknown ? { onUnknown: options.onUnknown } : {}) }
  const items = bodyItems(report, layout.profile, blockOptions)
  const t = new Typesetter(layout, documentStyles(layout, report.numbering, listDepth(items)))
  const margins = layout.margins
  const pageSetup = (landscape: boolean): ISectionOptions['properties'] => ({
    titlePage: true,
    page: {
      size: {
        width: layout.profile.page.width,
        height: layout.profile.page.height,
        orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
      },
      margin: {
        top: mmToTwips(margins.top),
        bottom: mmToTwips(margins.bottom),
        left: mmToTwips(margins.left),
        right: mmToTwips(margins.right),
        header: mmToTwips(layout.profile.headerDistanceMm),
        footer: mmToTwips(layout.profile.headerDistanceMm),
      },
      pageNumbers: { start: 1 },
    },
  })

  const p = layout.profile
  const main: Children = [
    ...(options.draft ? [t.text(STYLE.draftMark, p.draftMark.text)] : []),
    headerBlock(t, layout, report.meta),
    ...titleBlock(t, layout, report.meta),
    ...kinhGuiBlock(t, layout, report.meta),
    ...bodyChildren(t, report, items),
    signatureBlock(t, layout, report.meta),
  ]

  return new Document({
    creator: 'Soạn Báo Cáo',
    title: xmlText(report.meta.title),
    description: `${p.title.kind.text} ${periodText(report.meta.period)} (${p.guidance.short})`,
    // A justified line ending in a line break (Shift+Enter) keeps its normal word spacing.
    compatibility: { doNotExpandShiftReturn: true },
    styles: styleOptions(layout.profile, t.styles),
    sections: [{ properties: pageSetup(false), headers: pageHeaders(), children: main }, ...appendixSections(t, report, pageSetup)],
  })
}
