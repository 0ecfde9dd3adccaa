/**
 * What a report prints, in reading order, and the decisions about it that do not depend on the
 * output format: the numbered headings and the blocks of each section, the end mark, list
 * markers, where each paragraph's text starts, the grid and column widths of a content table, and
 * the indicator tables of the appendix with their orientation. The Word renderer (render/) and
 * the page layout of the preview and the PDF (core/pages) both start from {@link printedForm} and
 * print from these, so that they print — and leave out — the same thing.
 */
import type { IndicatorTable, Meta, NumberingStyle, Report, Section } from '../model/schema'
import { formatDateLong, formatDocNumber, headingLabel, nameInSentence, upperVi, vietnameseAlpha } from '../format'
import { toRoman } from '../format/numbering'
import { figureStyleOf, indicatorCells, type FigureStyle } from '../indicators'
import {
  fitIndicatorContent,
  guidanceDate,
  indicatorColumnLayout,
  indicatorColumnsTooWide,
  listItemStyle,
  resolveLayout,
  STYLE,
  type DocumentStyles,
  type IndicatorColumnLayout,
  type LayoutProfile,
  type ResolvedLayout,
  type TextAlign,
} from '../layout'
import { toBlocks, type Block, type BlockOptions, type Inline, type ListItemBlock, type ParagraphBlock, type TableBlock } from './blocks'
import { printedReport } from './printed-content'

// ---- the report as printed ---------------------------------------------------------------------

/**
 * Where every output starts: the report as it prints — a final copy without the sections,
 * indicator rows and tables that have no content, numbered as printed (printed-content.ts); a
 * draft whole — and the layout of the guidance in force on its date.
 */
export function printedForm(report: Report, options: { draft?: boolean | undefined }): { report: Report; layout: ResolvedLayout } {
  const printed = printedReport(report, { draft: options.draft ?? false }).report
  return { report: printed, layout: resolveLayout(printed.profile, printed.layout, guidanceDate(printed.meta)) }
}

// ---- the body ----------------------------------------------------------------------------------

/** The body in reading order: numbered headings and the blocks of each section's content. */
export type BodyItem = { kind: 'heading'; section: Section; depth: number; index: number } | { kind: 'blocks'; blocks: Block[] }

function sectionItems(options: BlockOptions, sections: readonly Section[], depth: number): BodyItem[] {
  const out: BodyItem[] = []
  let index = 0
  for (const section of sections) {
    // An unnumbered section (the opening paragraph) prints its content without a heading.
    if (section.numbered) out.push({ kind: 'heading', section, depth, index: ++index })
    const blocks = toBlocks(section.content, options)
    if (blocks.length > 0) out.push({ kind: 'blocks', blocks })
    out.push(...sectionItems(options, section.children, section.numbered ? depth + 1 : depth))
  }
  return out
}

function plainText(text: string): Inline {
  return { kind: 'text', text, bold: false, italic: false, underline: false, strike: false, sub: false, sup: false }
}

/**
 * The profile's end mark ("./.") after the last paragraph of the content; its full stop doubles
 * as the sentence's own ("… năm 2026./."). After a table or a heading it gets a line of its own.
 */
function withEndMark(items: BodyItem[], mark: string): BodyItem[] {
  if (mark === '') return items
  const last = items.at(-1)
  const block = last?.kind === 'blocks' ? last.blocks.at(-1) : undefined
  if (last?.kind !== 'blocks' || block === undefined || block.kind === 'table') {
    return [...items, { kind: 'blocks', blocks: [{ kind: 'paragraph', align: null, indent: 0, inlines: [plainText(mark)] }] }]
  }
  const inlines = [...block.inlines]
  const tail = inlines.at(-1)
  if (tail?.kind === 'text' && mark.startsWith('.')) {
    const trimmed = tail.text.trimEnd()
    inlines[inlines.length - 1] = { ...tail, text: trimmed.endsWith('.') ? trimmed.slice(0, -1) : trimmed }
  }
  inlines.push(plainText(mark))
  return [...items.slice(0, -1), { kind: 'blocks', blocks: [...last.blocks.slice(0, -1), { ...block, inlines }] }]
}

/** The body of a report as printed: headings and blocks, with the profile's end mark. */
export function bodyItems(report: Report, profile: LayoutProfile, options: BlockOptions = {}): BodyItem[] {
  return withEndMark(sectionItems(options, report.sections, 0), profile.body.endMark)
}

/** The deepest nesting of the body's list items (0 when there are none or all are top level). */
export function listDepth(items: readonly BodyItem[]): number {
  let depth = 0
  for (const item of items)
    if (item.kind === 'blocks') for (const block of item.blocks) if (block.kind === 'listItem') depth = Math.max(depth, block.depth)
  return depth
}

/** A numbered heading as printed: its numbering style, its label ("I.", "1-", "Phần I") and its text. */
export function headingParts(
  report: Report,
  profile: LayoutProfile,
  section: Section,
  depth: number,
  index: number,
): { style: NumberingStyle; label: string; text: string } {
  const style = report.numbering[Math.min(depth, report.numbering.length - 1)] ?? 'arabic'
  const text = profile.headings[style].upper ? upperVi(section.title.trim()) : section.title.trim()
  return { style, label: headingLabel(style, index, report.profile), text }
}

/** The marker of a list item: "-", "+", "1.", "a)". */
export function listMarker(p: LayoutProfile, list: 'bullet' | 'number', level: number, ordinal: number): string {
  if (list === 'bullet') return p.bullets[Math.min(level, p.bullets.length - 1)] ?? '-'
  const numbering = p.listNumbering[level % p.listNumbering.length] ?? { style: 'arabic', suffix: '.' }
  return `${numbering.style === 'alpha' ? vietnameseAlpha(ordinal) : String(ordinal)}${numbering.suffix}`
}

/** Where blocks are printed: the body, or a table cell whose paragraphs have style `style`. */
export type Place = { in: 'body' } | { in: 'cell'; style: string }

/** How a paragraph or list item is set: its style, alignment and indents (twips). */
export interface BlockLook {
  style: string
  align: TextAlign
  left: number
  right: number
  firstLine: number
}

/**
 * The style of a paragraph or list item and what the clerk set on it: alignment, and an indent
 * level (one first-line indent per Tab). Centred and right-aligned text has no first-line indent;
 * a list item's nesting in a cell is an indent of its own (in the body its style has it).
 */
export function blockLook(block: ParagraphBlock | ListItemBlock, place: Place, styles: DocumentStyles, profile: LayoutProfile): BlockLook {
  const style = place.in === 'cell' ? place.style : block.kind === 'listItem' ? listItemStyle(block.depth) : STYLE.body
  const own = styles.get(style).format.paragraph
  const centred = block.align === 'center' || block.align === 'right'
  const nesting = block.kind === 'listItem' && place.in === 'cell' ? block.depth * profile.listIndent : 0
  return {
    style,
    align: block.align ?? own.align,
    left: block.kind === 'paragraph' ? block.indent * profile.body.firstLineIndent : 0,
    right: own.right,
    firstLine: centred ? 0 : own.firstLine + nesting,
  }
}

// ---- content tables ----------------------------------------------------------------------------

/** Where each cell of a content table sits on the grid, cells covered by a row span from above skipped. */
export function tableGrid(block: TableBlock): { columns: number; starts: number[][] } {
  let covered: number[] = []
  let columns = 0
  const starts = block.rows.map((cells, rowIndex) => {
    const next = covered.map((n) => Math.max(0, n - 1))
    let column = 0
    const row = cells.map((cell) => {
      while ((covered[column] ?? 0) > 0) column++
      const start = column
      const rowSpan = Math.min(cell.rowSpan, block.rows.length - rowIndex)
      for (let k = start; k < start + cell.colSpan; k++) next[k] = rowSpan - 1
      column += cell.colSpan
      columns = Math.max(columns, column)
      return start
    })
    covered = next
    return row
  })
  return { columns: Math.max(columns, covered.length), starts }
}

/** Column widths in twips for a content table: the editor's proportions scaled to `width`. */
export function contentColumnWidths(block: TableBlock, count: number, width: number): number[] {
  const relative = block.colWidths && block.colWidths.length === count ? block.colWidths : Array.from({ length: count }, () => 1)
  const total = relative.reduce((a, b) => a + b, 0)
  const widths = relative.map((w) => Math.floor((w / total) * width))
  widths[widths.length - 1] = (widths.at(-1) ?? 0) + width - widths.reduce((a, b) => a + b, 0)
  return widths
}

/** How many rows at the top of a content table are header rows, repeated on every page it runs onto. */
export function repeatedHeaderRows(block: TableBlock): number {
  const first = block.rows.findIndex((cells) => !cells.every((c) => c.headerRow))
  return first < 0 ? 0 : first
}

/** The style of a content table cell's paragraphs: header cells bold, those of a header row centred. */
export function cellStyle(cell: { header: boolean; headerRow: boolean }): string {
  return cell.headerRow ? STYLE.tableHeader : cell.header ? STYLE.tableHeaderColumn : STYLE.tableText
}

// ---- appendix: indicator tables ----------------------------------------------------------------

/** The cells of an indicator table's rows as the grid shows them (core/indicators), numbered. */
function indicatorCellTexts(table: IndicatorTable, withNote: boolean, style: FigureStyle): string[][] {
  return table.rows.map((row, i) => {
    const c = indicatorCells(row, style)
    const cells =
      table.columns === 'state'
        ? [String(i + 1), row.name, row.unit, c.plan, c.actual, c.ratePlan, c.previous, c.ratePrevious, c.evaluation]
        : [String(i + 1), row.name, row.unit, c.plan, c.actual, c.ratePlan, c.evaluation]
    return withNote ? [...cells, row.note] : cells
  })
}

const hasNotes = (table: IndicatorTable): boolean => table.rows.some((r) => r.note.trim() !== '')

/** The columns of an indicator table and its rows as printed. */
export interface IndicatorContent {
  cols: IndicatorColumnLayout[]
  rows: string[][]
}

function indicatorContent(table: IndicatorTable, report: Report, profile: LayoutProfile): IndicatorContent {
  const withNote = hasNotes(table)
  const rows = indicatorCellTexts(table, withNote, figureStyleOf(report))
  return { cols: fitIndicatorContent(indicatorColumnLayout(table.columns, report.meta.period, withNote), rows, profile.table), rows }
}

/** Whether an indicator table needs a landscape page. */
export function needsLandscape(table: IndicatorTable, report: Report, layout: ResolvedLayout): boolean {
  return indicatorColumnsTooWide(indicatorContent(table, report, layout.profile).cols, layout.textWidth)
}

/** "(Kèm theo Báo cáo số 05/BC-UBND ngày 15 tháng 12 năm 2025 của Ủy ban nhân dân phường Phú Xuân)". */
export function appendixNote(profile: LayoutProfile, meta: Meta): string {
  const number = formatDocNumber(profile.id, meta.number, meta.symbol).replace(/^Số:?/u, '').trim()
  let date: string
  try {
    date = formatDateLong(meta.date, meta.period.year)
  } catch {
    date = formatDateLong(null, meta.period.year)
  }
  const { noteKind, noteDateComma } = profile.appendix
  return `(Kèm theo ${noteKind} số ${number}${noteDateComma ? ',' : ''} ${date} của ${nameInSentence(meta.issuer)})`
}

/** One appendix: a section of its own (a new page, landscape when the table is too wide) holding one indicator table. */
export interface Appendix {
  /** "Phụ lục", "Phụ lục I", "Phụ lục II"… */
  label: string
  /** The table's title in capitals. */
  title: string
  note: string
  content: IndicatorContent
  landscape: boolean
  /** The text width of its page, in twips. */
  width: number
}

/** The appendices of a report: one per indicator table with rows, none when the clerk chose no appendix. */
export function appendices(report: Report, layout: ResolvedLayout): Appendix[] {
  const tables = report.indicators.filter((table) => table.rows.length > 0)
  if (layout.indicatorsPlacement === 'none' || tables.length === 0) return []
  const p = layout.profile
  return tables.map((table, i) => {
    const content = indicatorContent(table, report, p)
    const landscape = indicatorColumnsTooWide(content.cols, layout.textWidth)
    return {
      label: tables.length > 1 ? `${p.appendix.labelText} ${toRoman(i + 1)}` : p.appendix.labelText,
      title: upperVi(table.title.trim()),
      note: appendixNote(p, report.meta),
      content,
      landscape,
      width: landscape ? layout.landscapeTextWidth : layout.textWidth,
    }
  })
}
