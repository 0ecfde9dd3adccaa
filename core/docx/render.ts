/**
 * Stage two of the exporter: a report and its blocks → a `.docx` file, laid out by the format
 * profile of core/layout. Page 1 carries the two-column header, "BÁO CÁO" and the trích yếu; the
 * body follows with literal heading numbers; the signature and "Nơi nhận" sit side by side at the
 * end; indicator tables go into appendix sections (landscape when too wide for portrait).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
  type ISectionOptions,
  type ParagraphChild,
} from 'docx'
import type { IndicatorTable, Meta, Report, Section } from '../model/schema'
import { formatDateLine, formatDocNumber, headingLabel, issuerInSentence, periodText, upperVi, vietnameseAlpha } from '../format'
import { formatDateShort } from '../format/dates'
import { computeIndicator, EVALUATION_TEXT } from '../indicators'
import { formatNumber, formatPercent } from '../format/numbers'
import { drafterLine, mmToTwips, recipientLines, resolveLayout, signatureLines, textWidthTwips, type LayoutProfile, type ResolvedLayout, type TextStyle } from '../layout'
import { toBlocks, type Align, type Block, type Inline, type BlockOptions, type TableBlock } from './blocks'
import { toRoman } from '../format/numbering'

export interface RenderOptions {
  /** A draft: blanks allowed, "DỰ THẢO" printed above the header. */
  draft?: boolean
  /** Throw on unknown editor node types (tests); otherwise keep their text and report them. */
  strict?: boolean
  /** Called for each unknown node type met outside strict mode. */
  onUnknown?: (type: string) => void
}

type Children = (Paragraph | Table)[]

const BLACK = '000000'
const NO_BORDER: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' }
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER }
const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: BLACK, space: 1 }
const CELL_BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE }
const ZERO_MARGINS = { top: 0, bottom: 0, left: 0, right: 0 }

/** Everything a run needs: the four font slots, size, Vietnamese language, black. */
class Typesetter {
  private readonly font: { ascii: string; hAnsi: string; eastAsia: string; cs: string }
  private readonly language: { value: string; eastAsia: string; bidirectional: string }

  constructor(readonly layout: ResolvedLayout) {
    const name = layout.profile.font
    this.font = { ascii: name, hAnsi: name, eastAsia: name, cs: name }
    this.language = { value: layout.profile.language, eastAsia: layout.profile.language, bidirectional: layout.profile.language }
  }

  get profile(): LayoutProfile {
    return this.layout.profile
  }

  run(text: string, style: TextStyle, extra: { strike?: boolean; sub?: boolean; sup?: boolean; break?: number; tab?: boolean } = {}): TextRun {
    return new TextRun({
      ...(extra.tab ? { children: [new Tab()] } : { text }),
      ...(extra.break ? { break: extra.break } : {}),
      font: this.font,
      size: style.size * 2,
      sizeComplexScript: style.size * 2,
      bold: style.bold ?? false,
      boldComplexScript: style.bold ?? false,
      italics: style.italic ?? false,
      italicsComplexScript: style.italic ?? false,
      ...(style.underline ? { underline: {} } : {}),
      ...(extra.strike ? { strike: true } : {}),
      ...(extra.sub ? { subScript: true } : {}),
      ...(extra.sup ? { superScript: true } : {}),
      color: BLACK,
      language: this.language,
    })
  }

  /** A paragraph of one style; "\n" in `text` becomes a line break. */
  lines(text: string, style: TextStyle, options: { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; after?: number; before?: number; keepNext?: boolean } = {}): Paragraph {
    const runs: TextRun[] = []
    text.split('\n').forEach((line, i) => {
      if (i > 0) runs.push(this.run('', style, { break: 1 }))
      runs.push(this.run(line, style))
    })
    return new Paragraph({
      alignment: options.align ?? AlignmentType.CENTER,
      spacing: { before: (options.before ?? 0) * 20, after: (options.after ?? 0) * 20, line: 240, lineRule: LineRuleType.AUTO },
      keepNext: options.keepNext ?? false,
      children: runs,
    })
  }

  /** A centred rule `width` twips long inside a box `boxWidth` wide: a paragraph border, not underscores. */
  rule(width: number, boxWidth: number, after = 0): Paragraph {
    const side = Math.max(0, Math.round((boxWidth - width) / 2))
    return new Paragraph({
      indent: { left: side, right: side },
      // A 4 pt line whose bottom border is the rule: clear of the descenders above it.
      spacing: { before: 0, after: after * 20, line: 80, lineRule: LineRuleType.EXACT },
      border: { bottom: { ...LINE, space: 0 } },
      children: [this.run('', { size: 1 })],
    })
  }

  /** Body spacing and line height of the profile. */
  bodySpacing(): { before: number; after: number; line: number; lineRule: (typeof LineRuleType)[keyof typeof LineRuleType] } {
    const rule = this.profile.body.lineSpacing
    const after = this.profile.body.spacingAfter * 20
    if (rule.mode === 'exact') return { before: 0, after, line: Math.round(this.layout.lineSpacing * 20), lineRule: LineRuleType.EXACT }
    return { before: 0, after, line: Math.round(this.layout.lineSpacing * 240), lineRule: LineRuleType.AUTO }
  }
}

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
}

function borderlessTable(widths: number[], rows: Children[][], indent = 0): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    ...(indent !== 0 ? { indent: { size: indent, type: WidthType.DXA } } : {}),
    margins: ZERO_MARGINS,
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map(
            (children, i) =>
              new TableCell({
                width: { size: widths[i] ?? 0, type: WidthType.DXA },
                borders: NO_BORDERS,
                margins: ZERO_MARGINS,
                children: children.length > 0 ? children : [new Paragraph({})],
              }),
          ),
        }),
    ),
  })
}

/** Split the text width between the two columns of the header and the signature row. */
function columns(layout: ResolvedLayout): [number, number] {
  const left = Math.round(layout.textWidth * layout.profile.header.leftShare)
  return [left, layout.textWidth - left]
}

function longestLineWidth(text: string, style: TextStyle): number {
  return Math.max(0, ...text.split('\n').map((line) => textWidthTwips(line.trim(), style.size, style.bold ?? false)))
}

// ---- page 1: header, title, Kính gửi ------------------------------------------------------------

function headerTable(t: Typesetter, meta: Meta): Table {
  const p = t.profile
  const [leftWidth, rightWidth] = columns(t.layout)
  const left: Children = []
  if (meta.parent.trim() !== '') left.push(t.lines(upperVi(meta.parent.trim()), p.header.parent))
  left.push(t.lines(upperVi(meta.issuer.trim()), p.header.issuer))
  const separator = p.header.issuerSeparator
  if (separator.kind === 'rule') {
    const issuerWidth = Math.min(longestLineWidth(upperVi(meta.issuer), p.header.issuer), leftWidth)
    left.push(t.rule(Math.round(issuerWidth * separator.share), leftWidth))
  } else {
    left.push(t.lines(separator.text, separator.style))
  }

  const right: Children = [t.lines(p.header.nationalTitle.text, p.header.nationalTitle.style)]
  if (p.header.motto) {
    right.push(t.lines(p.header.motto.text, p.header.motto.style))
    right.push(t.rule(Math.min(textWidthTwips(p.header.motto.text, p.header.motto.style.size, true), rightWidth), rightWidth))
  } else {
    const title = p.header.nationalTitle
    right.push(t.rule(Math.min(textWidthTwips(title.text, title.style.size, title.style.bold ?? false), rightWidth), rightWidth))
  }

  const number = t.lines(formatDocNumber(p.id, meta.number, meta.symbol), p.header.number, { before: 6 })
  const date = t.lines(formatDateLine(meta.place, meta.date, meta.period.year), p.header.date, { before: 6 })
  return borderlessTable([leftWidth, rightWidth], [[left, right], [[number], [date]]])
}

function titleBlock(t: Typesetter, meta: Meta): Children {
  const p = t.profile
  const out: Children = [t.lines(p.title.kind.text, p.title.kind.style, { before: 18, keepNext: true })]
  out.push(t.lines(meta.title.trim(), p.title.summary, { keepNext: true }))
  const separator = p.title.separator
  if (separator.kind === 'rule') {
    const width = Math.min(longestLineWidth(meta.title, p.title.summary), t.layout.textWidth)
    out.push(t.rule(Math.round(Math.max(width * separator.share, mmToTwips(25))), t.layout.textWidth, 12))
  } else {
    out.push(t.lines(separator.text, separator.style, { after: 12 }))
  }
  return out
}

function kinhGuiBlock(t: Typesetter, meta: Meta): Children {
  const recipients = meta.kinhGui.map((r) => r.trim()).filter((r) => r !== '')
  if (recipients.length === 0) return []
  const style = t.profile.kinhGui
  const label = 'Kính gửi:'
  if (recipients.length === 1) return [t.lines(`${label} ${recipients[0]}`, style, { after: 12 })]
  // Several recipients: one per line, the dashes aligned under the text after the colon.
  const labelWidth = textWidthTwips(`${label} `, style.size)
  const left = Math.round(t.layout.textWidth * 0.25)
  return recipients.map(
    (r, i) =>
      new Paragraph({
        indent: { left: left + labelWidth, hanging: i === 0 ? labelWidth : 0 },
        spacing: { after: i === recipients.length - 1 ? 240 : 0 },
        children: [t.run(`${i === 0 ? `${label} ` : ''}- ${r}${i === recipients.length - 1 ? '.' : ';'}`, style)],
      }),
  )
}

// ---- body --------------------------------------------------------------------------------------

function inlineRuns(t: Typesetter, inlines: readonly Inline[], size: number, base: TextStyle = { size }): ParagraphChild[] {
  return inlines.map((inline) => {
    if (inline.kind === 'break') return t.run('', base, { break: 1 })
    if (inline.kind === 'tab') return t.run('', base, { tab: true })
    return t.run(
      inline.text,
      { size, bold: (base.bold ?? false) || inline.bold, italic: (base.italic ?? false) || inline.italic, underline: (base.underline ?? false) || inline.underline },
      { strike: inline.strike, sub: inline.sub, sup: inline.sup },
    )
  })
}

function listMarker(t: Typesetter, list: 'bullet' | 'number', depth: number, ordinal: number): string {
  if (list === 'bullet') return t.profile.bullets[Math.min(depth, t.profile.bullets.length - 1)] ?? '-'
  return depth % 2 === 1 ? `${vietnameseAlpha(ordinal)})` : `${ordinal}.`
}

/** Column widths in twips for a content table: the editor's proportions scaled to `width`. */
function contentColumnWidths(block: TableBlock, width: number): number[] {
  const count = Math.max(...block.rows.map((cells) => cells.reduce((n, c) => n + c.colSpan, 0)))
  const relative = block.colWidths && block.colWidths.length === count ? block.colWidths : Array.from({ length: count }, () => 1)
  const total = relative.reduce((a, b) => a + b, 0)
  const widths = relative.map((w) => Math.floor((w / total) * width))
  widths[widths.length - 1] = (widths.at(-1) ?? 0) + width - widths.reduce((a, b) => a + b, 0)
  return widths
}

function contentTable(t: Typesetter, block: TableBlock, width: number): Table {
  const widths = contentColumnWidths(block, width)
  const size = t.profile.table.size
  const headerRows = block.rows.findIndex((cells) => !cells.every((c) => c.header))
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: CELL_BORDERS,
    rows: block.rows.map((cells, rowIndex) => {
      let column = 0
      return new TableRow({
        tableHeader: rowIndex < (headerRows < 0 ? 0 : headerRows),
        children: cells.map((cell) => {
          const cellWidth = widths.slice(column, column + cell.colSpan).reduce((a, b) => a + b, 0)
          column += cell.colSpan
          const paragraphs = blockParagraphs(t, cell.blocks, { size, bold: cell.header && t.profile.table.headerBold }, cellWidth, 'cell')
          return new TableCell({
            width: { size: cellWidth, type: WidthType.DXA },
            ...(cell.colSpan > 1 ? { columnSpan: cell.colSpan } : {}),
            ...(cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
            borders: CELL_BORDERS,
            margins: { top: 40, bottom: 40, left: 80, right: 80 },
            verticalAlign: VerticalAlignTable.CENTER,
            children: paragraphs.length > 0 ? paragraphs : [new Paragraph({})],
          })
        }),
      })
    }),
  })
}

/** Paragraphs (and tables) of a list of blocks, in the body or inside a table cell. */
function blockParagraphs(t: Typesetter, blocks: readonly Block[], base: TextStyle, width: number, where: 'body' | 'cell'): Children {
  const out: Children = []
  const body = where === 'body'
  const indent = body ? t.profile.body.firstLineIndent : 0
  const spacing = body ? t.bodySpacing() : { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO }
  for (const block of blocks) {
    if (block.kind === 'table') {
      out.push(contentTable(t, block, width))
      // A paragraph between consecutive tables keeps Word from merging them.
      out.push(new Paragraph({ spacing: { before: 0, after: 0 }, children: [] }))
      continue
    }
    const align = block.align ? ALIGN[block.align] : body ? AlignmentType.JUSTIFIED : AlignmentType.LEFT
    if (block.kind === 'paragraph') {
      out.push(
        new Paragraph({
          alignment: align,
          indent: { firstLine: block.align === 'center' || block.align === 'right' ? 0 : indent, left: block.indent * 567 },
          spacing,
          children: inlineRuns(t, block.inlines, base.size, base),
        }),
      )
    } else {
      const marker = listMarker(t, block.list, block.depth, block.ordinal)
      out.push(
        new Paragraph({
          alignment: align,
          indent: { firstLine: indent + block.depth * 360 },
          spacing,
          children: [t.run(`${marker} `, base), ...inlineRuns(t, block.inlines, base.size, base)],
        }),
      )
    }
  }
  return out
}

interface HeadingContext {
  report: Report
  t: Typesetter
  options: BlockOptions
}

function headingParagraphs(t: Typesetter, section: Section, depth: number, index: number, report: Report): Children {
  const style = report.numbering[Math.min(depth, report.numbering.length - 1)] ?? 'arabic'
  const look = t.profile.headings[style]
  const size = t.layout.bodySize
  const text = look.upper ? upperVi(section.title.trim()) : section.title.trim()
  const label = headingLabel(style, index, report.profile)
  const runStyle: TextStyle = { size, bold: look.bold, italic: look.italic }
  if (style === 'phan') {
    // "Phần I" on its own line; the title, upper case, on the next; both centred.
    return [
      t.lines(label, { size, bold: true }, { before: 6, keepNext: true }),
      t.lines(text, runStyle, { after: t.profile.body.spacingAfter, keepNext: true }),
    ]
  }
  return [
    new Paragraph({
      alignment: look.centered ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
      indent: { firstLine: look.centered ? 0 : t.profile.body.firstLineIndent },
      spacing: t.bodySpacing(),
      keepNext: true,
      keepLines: true,
      children: [t.run(`${label} ${text}`, runStyle)],
    }),
  ]
}

/** The body in reading order: numbered headings and the blocks of each section's content. */
type BodyItem = { kind: 'heading'; section: Section; depth: number; index: number } | { kind: 'blocks'; blocks: Block[] }

function bodyItems(ctx: HeadingContext, sections: readonly Section[], depth: number): BodyItem[] {
  const out: BodyItem[] = []
  let index = 0
  for (const section of sections) {
    // An unnumbered section (the opening paragraph) prints its content without a heading.
    if (section.numbered) out.push({ kind: 'heading', section, depth, index: ++index })
    const blocks = toBlocks(section.content, ctx.options)
    if (blocks.length > 0) out.push({ kind: 'blocks', blocks })
    out.push(...bodyItems(ctx, section.children, section.numbered ? depth + 1 : depth))
  }
  return out
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

function plainText(text: string): Inline {
  return { kind: 'text', text, bold: false, italic: false, underline: false, strike: false, sub: false, sup: false }
}

function bodyChildren(ctx: HeadingContext): Children {
  const { t, report } = ctx
  const items = withEndMark(bodyItems(ctx, report.sections, 0), t.profile.body.endMark)
  return items.flatMap((item) =>
    item.kind === 'heading'
      ? headingParagraphs(t, item.section, item.depth, item.index, report)
      : blockParagraphs(t, item.blocks, { size: t.layout.bodySize }, t.layout.textWidth, 'body'),
  )
}

// ---- signature and Nơi nhận -------------------------------------------------------------------

function signatureTable(t: Typesetter, meta: Meta): Table {
  const p = t.profile
  const [leftWidth, rightWidth] = columns(t.layout)
  const left: Children = [new Paragraph({ spacing: { before: 240 }, children: [t.run(p.recipients.label.text, p.recipients.label.style)] })]
  for (const line of recipientLines(p, meta)) {
    left.push(new Paragraph({ alignment: AlignmentType.LEFT, children: [t.run(line, p.recipients.item)] }))
  }
  const drafter = drafterLine(meta)
  if (drafter !== '') left.push(new Paragraph({ spacing: { before: 120 }, children: [t.run(drafter, p.drafter)] }))

  const right: Children = []
  const lines = signatureLines(p, meta.signer)
  lines.forEach((line, i) => {
    const style = line.authority ? p.signature.authority : p.signature.title
    right.push(t.lines(line.text, style, { before: i === 0 ? 12 : 0, keepNext: true }))
  })
  for (let i = 0; i < p.signature.gapLines; i++) right.push(t.lines('', p.signature.name, { keepNext: true }))
  right.push(t.lines(meta.signer.name.trim(), p.signature.name))
  return borderlessTable([leftWidth, rightWidth], [[left, right]])
}

// ---- appendix: indicator tables ----------------------------------------------------------------

interface IndicatorColumn {
  header: string
  /** Minimum width in twips that keeps the column readable. */
  min: number
  align: 'left' | 'center' | 'right'
}

function indicatorColumns(table: IndicatorTable, report: Report, withNote: boolean): IndicatorColumn[] {
  const period = periodText(report.meta.period)
  const year = report.meta.period.year
  const base: IndicatorColumn[] =
    table.columns === 'state'
      ? [
          { header: 'STT', min: 720, align: 'center' },
          { header: 'Chỉ tiêu', min: 3000, align: 'left' },
          { header: 'Đơn vị tính', min: 1000, align: 'center' },
          { header: `Kế hoạch năm ${year}`, min: 1300, align: 'right' },
          { header: `Thực hiện ${period}`, min: 1300, align: 'right' },
          { header: 'Tỷ lệ % so kế hoạch', min: 1200, align: 'right' },
          { header: 'Cùng kỳ năm trước', min: 1300, align: 'right' },
          { header: 'So cùng kỳ (%)', min: 1200, align: 'right' },
          { header: 'Đánh giá', min: 1150, align: 'center' },
        ]
      : [
          { header: 'STT', min: 720, align: 'center' },
          { header: 'Chỉ tiêu', min: 2800, align: 'left' },
          { header: 'Đơn vị tính', min: 1000, align: 'center' },
          { header: 'Chỉ tiêu Nghị quyết', min: 1200, align: 'right' },
          { header: 'Kết quả', min: 1200, align: 'right' },
          { header: 'Tỷ lệ (%)', min: 1050, align: 'right' },
          { header: 'Đánh giá', min: 1150, align: 'center' },
        ]
  return withNote ? [...base, { header: 'Ghi chú', min: 1500, align: 'left' }] : base
}

const figure = (value: number | null): string => (value === null ? '' : formatNumber(value))
const percent = (value: number | null): string => (value === null ? '' : formatPercent(value))

function indicatorCells(table: IndicatorTable, withNote: boolean): string[][] {
  return table.rows.map((row, i) => {
    const computed = computeIndicator(row)
    const evaluation = computed.evaluation ? EVALUATION_TEXT[computed.evaluation] : ''
    const cells =
      table.columns === 'state'
        ? [String(i + 1), row.name, row.unit, figure(row.plan), figure(row.actual), percent(computed.ratePlan), figure(row.previous), percent(computed.ratePrevious), evaluation]
        : [String(i + 1), row.name, row.unit, figure(row.plan), figure(row.actual), percent(computed.ratePlan), evaluation]
    return withNote ? [...cells, row.note] : cells
  })
}

/** Widths that fill `width`: each column its minimum, the rest given to the "Chỉ tiêu" column. */
function fitColumns(cols: readonly IndicatorColumn[], width: number): number[] {
  const widths = cols.map((c) => c.min)
  const spare = width - widths.reduce((a, b) => a + b, 0)
  widths[1] = (widths[1] ?? 0) + Math.max(0, spare)
  return widths
}

/** Whether an indicator table needs a landscape page. */
export function needsLandscape(table: IndicatorTable, report: Report, layout: ResolvedLayout): boolean {
  const withNote = table.rows.some((r) => r.note.trim() !== '')
  return indicatorColumns(table, report, withNote).reduce((sum, c) => sum + c.min, 0) > layout.textWidth
}

function indicatorTable(t: Typesetter, table: IndicatorTable, report: Report, width: number): Table {
  const withNote = table.rows.some((r) => r.note.trim() !== '')
  const cols = indicatorColumns(table, report, withNote)
  const widths = fitColumns(cols, width)
  const size = t.profile.table.size
  const cell = (text: string, i: number, header: boolean): TableCell =>
    new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      borders: CELL_BORDERS,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      verticalAlign: VerticalAlignTable.CENTER,
      children: [
        new Paragraph({
          alignment: header ? AlignmentType.CENTER : ALIGN[cols[i]?.align ?? 'left'],
          children: [t.run(text, { size, bold: header })],
        }),
      ],
    })
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: CELL_BORDERS,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: cols.map((c, i) => cell(c.header, i, true)) }),
      new TableRow({ tableHeader: true, cantSplit: true, children: cols.map((_, i) => cell(`(${i + 1})`, i, false)) }),
      ...indicatorCells(table, withNote).map((cells) => new TableRow({ cantSplit: true, children: cells.map((text, i) => cell(text, i, false)) })),
    ],
  })
}

function appendixNote(meta: Meta): string {
  const number = formatDocNumber('state', meta.number, meta.symbol).replace(/^Số:\s*/u, '')
  const date = meta.date ? `ngày ${formatDateShort(meta.date)}` : `ngày    /    /${meta.period.year}`
  return `(Kèm theo Báo cáo số ${number.trim()} ${date} của ${issuerInSentence(meta.issuer)})`
}

function appendixSections(t: Typesetter, report: Report, pageSetup: (landscape: boolean) => ISectionOptions['properties']): ISectionOptions[] {
  const tables = report.indicators.filter((table) => table.rows.length > 0)
  if (t.layout.indicatorsPlacement === 'none' || tables.length === 0) return []
  const p = t.profile
  return tables.map((table, i) => {
    const landscape = needsLandscape(table, report, t.layout)
    const width = landscape ? t.layout.landscapeTextWidth : t.layout.textWidth
    const label = tables.length > 1 ? `Phụ lục ${toRoman(i + 1)}` : 'Phụ lục'
    return {
      properties: pageSetup(landscape),
      headers: pageHeaders(t),
      children: [
        t.lines(label, p.appendix.label),
        t.lines(upperVi(table.title.trim()), p.appendix.title),
        t.lines(appendixNote(report.meta), p.appendix.note, { after: 12 }),
        indicatorTable(t, table, report, width),
      ],
    }
  })
}

// ---- the document ------------------------------------------------------------------------------

function pageHeaders(t: Typesetter): ISectionOptions['headers'] {
  return {
    first: new Header({ children: [new Paragraph({ children: [] })] }),
    default: new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new TextRun({
              children: [PageNumber.CURRENT],
              font: { ascii: t.profile.font, hAnsi: t.profile.font, eastAsia: t.profile.font, cs: t.profile.font },
              size: t.profile.pageNumber.size * 2,
              color: BLACK,
            }),
          ],
        }),
      ],
    }),
  }
}

function draftMark(t: Typesetter): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.RIGHT,
    spacing: { after: 120 },
    children: [t.run('DỰ THẢO', { size: 13, bold: true })],
  })
}

/** Build the Word document for a report; resolves to the bytes of the `.docx` file. */
export async function renderDocx(report: Report, options: RenderOptions = {}): Promise<Uint8Array> {
  const layout = resolveLayout(report.profile, report.layout)
  const t = new Typesetter(layout)
  const margins = layout.margins
  const pageSetup = (landscape: boolean): ISectionOptions['properties'] => ({
    titlePage: true,
    page: {
      size: { width: layout.profile.page.width, height: layout.profile.page.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
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

  const blockOptions: BlockOptions = { strict: options.strict ?? false, ...(options.onUnknown ? { onUnknown: options.onUnknown } : {}) }
  const body = bodyChildren({ report, t, options: blockOptions })
  const main: Children = [
    ...(options.draft ? [draftMark(t)] : []),
    headerTable(t, report.meta),
    ...titleBlock(t, report.meta),
    ...kinhGuiBlock(t, report.meta),
    ...body,
    signatureTable(t, report.meta),
  ]

  const document = new Document({
    creator: 'Soạn Báo Cáo',
    title: report.meta.title,
    description: `Báo cáo ${periodText(report.meta.period)}`,
    styles: {
      default: {
        document: {
          run: {
            font: { ascii: layout.profile.font, hAnsi: layout.profile.font, eastAsia: layout.profile.font, cs: layout.profile.font },
            size: layout.bodySize * 2,
            language: { value: layout.profile.language, eastAsia: layout.profile.language, bidirectional: layout.profile.language },
            color: BLACK,
          },
        },
      },
    },
    sections: [{ properties: pageSetup(false), headers: pageHeaders(t), children: main }, ...appendixSections(t, report, pageSetup)],
  })
  const buffer = await Packer.toArrayBuffer(document)
  return new Uint8Array(buffer)
}
