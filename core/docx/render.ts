/**
 * Stage two of the exporter: a report and its blocks → a `.docx` file, laid out by the format
 * profile of core/layout. Page 1 carries the two-column header, "BÁO CÁO" and the trích yếu; the
 * body follows with literal heading numbers; the signature and "Nơi nhận" sit side by side at the
 * end; indicator tables go into appendix sections (landscape when too wide for portrait).
 *
 * Every size, mark, separator and spacing comes from the profile (core/layout/profiles.ts).
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
  BaseXmlComponent,
  ParagraphProperties,
  RunProperties,
  type SectionProperties,
  type IContext,
  type IParagraphOptions,
  type IRunPropertiesOptions,
  type IXmlableObject,
} from 'docx'
import type { IndicatorTable, Meta, Report, Section } from '../model/schema'
import { formatDateLong, formatDocNumber, headingLabel, issuerInSentence, periodText, upperVi, vietnameseAlpha } from '../format'
import { computeIndicator, EVALUATION_TEXT } from '../indicators'
import { formatNumber, formatPercent } from '../format/numbers'
import {
  balanceLines,
  dateLineLines,
  drafterLine,
  fitIndicatorColumns,
  fitIndicatorContent,
  headerColumns,
  indicatorColumnLayout,
  indicatorColumnsTooWide,
  issuerRuleTwips,
  mmToTwips,
  nationalRuleTwips,
  recipientLines,
  resolveLayout,
  signatureLines,
  textWidthTwips,
  titleRuleTwips,
  type IndicatorColumnLayout,
  type LayoutProfile,
  type ResolvedLayout,
  type TextStyle,
} from '../layout'
import { toBlocks, type Align, type Block, type Inline, type BlockOptions, type TableBlock, type TableCellBlock } from './blocks'
import { toRoman } from '../format/numbering'

export interface RenderOptions {
  /** A draft: blanks allowed, the profile's draft mark printed above the header. */
  draft?: boolean
  /** Throw on unknown editor node types (tests); otherwise keep their text and report them. */
  strict?: boolean
  /** Called for each unknown node type met outside strict mode. */
  onUnknown?: (type: string) => void
}

type Children = (Paragraph | Table)[]
type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType]
type Spacing = { before: number; after: number; line: number; lineRule: (typeof LineRuleType)[keyof typeof LineRuleType] }

const BLACK = '000000'
const NO_BORDER: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' }
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER }
const ZERO_MARGINS = { top: 0, bottom: 0, left: 0, right: 0 }
const SINGLE: Spacing = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO }
const pt = (points: number): number => Math.round(points * 20)

/** What a run holds besides text of one style. */
interface RunExtra {
  strike?: boolean
  sub?: boolean
  sup?: boolean
  break?: number
  tab?: boolean
  pageNumber?: boolean
}

/**
 * One look's run (or paragraph) properties, turned into XML once and shared by every run with that look: docx
 * would otherwise build and walk the same dozen objects (four font slots, size, language, colour…)
 * for each of the thousands of runs of a long report — most of an export's time.
 */
class SharedXml extends BaseXmlComponent {
  private xml: IXmlableObject | undefined

  constructor(
    private readonly source: BaseXmlComponent,
    rootKey: 'w:rPr' | 'w:pPr',
  ) {
    super(rootKey)
  }

  prepForXml(context: IContext): IXmlableObject | undefined {
    this.xml ??= this.source.prepForXml(context)
    return this.xml
  }
}

/** A run of plain text whose properties are {@link SharedXml}: the same XML as a TextRun. */
class SharedRun extends TextRun {
  constructor(text: string, properties: SharedXml) {
    super(text)
    this.root[0] = properties
  }
}

/** The look of a paragraph: its properties without its content. */
type ParagraphLook = Omit<IParagraphOptions, 'children' | 'text'>

/** A paragraph whose properties are {@link SharedXml}: the same XML as `new Paragraph({ ...look, children })`. */
class SharedParagraph extends Paragraph {
  private own: ParagraphProperties | null = null

  constructor(
    private readonly look: ParagraphLook,
    properties: SharedXml,
    children: ParagraphChild[],
  ) {
    // The alignment is what a table copies into the cells it adds below a cell merged down rows.
    super({ ...(look.alignment ? { alignment: look.alignment } : {}), children })
    this.root[0] = properties
  }

  // docx writes a section's properties into the paragraph that ends the section: that paragraph
  // gets properties of its own.
  override addSectionProperties(section: SectionProperties): void {
    this.own = new ParagraphProperties(this.look)
    this.own.addSectionProperties(section)
    this.root[0] = this.own
  }

  override removeSectionProperties(section: SectionProperties): void {
    this.own?.removeSectionProperties(section)
  }
}

/** Everything a run needs: the four font slots, size, Vietnamese language, black. */
class Typesetter {
  /** Run and paragraph properties by look, shared by the runs and paragraphs of this export. */
  private readonly shared = new Map<string, SharedXml>()
  private readonly sharedParagraphs = new Map<string, SharedXml>()
  readonly font: { ascii: string; hAnsi: string; eastAsia: string; cs: string }
  readonly language: { value: string; eastAsia: string; bidirectional: string }

  constructor(readonly layout: ResolvedLayout) {
    const name = layout.profile.font
    this.font = { ascii: name, hAnsi: name, eastAsia: name, cs: name }
    this.language = { value: layout.profile.language, eastAsia: layout.profile.language, bidirectional: layout.profile.language }
  }

  get profile(): LayoutProfile {
    return this.layout.profile
  }

  run(text: string, style: TextStyle, extra: RunExtra = {}): TextRun {
    const content = extra.tab ? { children: [new Tab()] } : extra.pageNumber ? { children: [PageNumber.CURRENT] } : null
    if (content === null && !extra.break) {
      const key = JSON.stringify([style.size, style.bold ?? false, style.italic ?? false, style.underline ?? false, extra.strike ?? false, extra.sub ?? false, extra.sup ?? false])
      let properties = this.shared.get(key)
      if (!properties) {
        properties = new SharedXml(new RunProperties(this.runProperties(style, extra)), 'w:rPr')
        this.shared.set(key, properties)
      }
      return new SharedRun(text, properties)
    }
    return new TextRun({ ...(content ?? { text }), ...(extra.break ? { break: extra.break } : {}), ...this.runProperties(style, extra) })
  }

  /** A paragraph of the body or a table cell, its properties shared with those of the same look. */
  paragraph(look: ParagraphLook, children: ParagraphChild[]): Paragraph {
    const key = JSON.stringify(look)
    let properties = this.sharedParagraphs.get(key)
    if (!properties) {
      properties = new SharedXml(new ParagraphProperties(look), 'w:pPr')
      this.sharedParagraphs.set(key, properties)
    }
    return new SharedParagraph(look, properties, children)
  }

  private runProperties(style: TextStyle, extra: RunExtra): IRunPropertiesOptions {
    return {
      font: this.font,
      size: style.size * 2,
      sizeComplexScript: style.size * 2,
      // Off is the default: only what is on is written (half the properties of most runs).
      ...(style.bold ? { bold: true, boldComplexScript: true } : {}),
      ...(style.italic ? { italics: true, italicsComplexScript: true } : {}),
      ...(style.underline ? { underline: {} } : {}),
      ...(extra.strike ? { strike: true } : {}),
      ...(extra.sub ? { subScript: true } : {}),
      ...(extra.sup ? { superScript: true } : {}),
      color: BLACK,
      language: this.language,
    }
  }

  /** A paragraph of one style, single spaced; "\n" in `text` becomes a line break. */
  lines(text: string, style: TextStyle, options: { align?: Alignment; after?: number; before?: number; keepNext?: boolean } = {}): Paragraph {
    const runs: TextRun[] = []
    text.split('\n').forEach((line, i) => {
      if (i > 0) runs.push(this.run('', style, { break: 1 }))
      runs.push(this.run(line, style))
    })
    return new Paragraph({
      alignment: options.align ?? AlignmentType.CENTER,
      spacing: { ...SINGLE, before: pt(options.before ?? 0), after: pt(options.after ?? 0) },
      ...(options.keepNext ? { keepNext: true } : {}),
      keepLines: true,
      children: runs,
    })
  }

  /** A centred rule `width` twips long inside a box `boxWidth` wide: a paragraph border, not underscores. */
  rule(width: number, boxWidth: number, after = 0, keepNext = false): Paragraph {
    const side = Math.max(0, Math.round((boxWidth - width) / 2))
    return new Paragraph({
      indent: { left: side, right: side },
      // A 4 pt line whose bottom border is the rule: clear of the descenders above it.
      spacing: { before: 0, after: pt(after), line: 80, lineRule: LineRuleType.EXACT },
      border: { bottom: { style: BorderStyle.SINGLE, size: this.profile.ruleSize, color: BLACK, space: 0 } },
      ...(keepNext ? { keepNext: true } : {}),
      children: [this.run('', { size: 1 })],
    })
  }

  /** Body spacing and line height of the profile. */
  bodySpacing(): Spacing {
    const rule = this.profile.body.lineSpacing
    const after = pt(this.profile.body.spacingAfter)
    if (rule.mode === 'exact') return { before: 0, after, line: pt(this.layout.lineSpacing), lineRule: LineRuleType.EXACT }
    return { before: 0, after, line: Math.round(this.layout.lineSpacing * 240), lineRule: LineRuleType.AUTO }
  }

  tableBorders(): Record<'top' | 'bottom' | 'left' | 'right' | 'insideHorizontal' | 'insideVertical', IBorderOptions> {
    const line: IBorderOptions = { style: BorderStyle.SINGLE, size: this.profile.table.border, color: BLACK }
    return { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line }
  }
}

const ALIGN: Record<Align, Alignment> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
}

/** A table without borders whose columns and cells carry absolute widths in twips. */
function borderlessTable(widths: number[], rows: Children[][]): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { ...NO_BORDERS, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
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

// ---- page 1: header, title, Kính gửi ------------------------------------------------------------

function headerTable(t: Typesetter, meta: Meta): Table {
  const p = t.profile
  const [leftWidth, rightWidth] = headerColumns(t.layout, meta)
  const left: Children = []
  if (meta.parent.trim() !== '') left.push(t.lines(balanceLines(upperVi(meta.parent.trim()), p.header.parent, leftWidth), p.header.parent))
  const issuer = balanceLines(upperVi(meta.issuer.trim()), p.header.issuer, leftWidth)
  left.push(t.lines(issuer, p.header.issuer))
  const separator = p.header.issuerSeparator
  if (separator.kind === 'rule') left.push(t.rule(issuerRuleTwips(p, issuer, leftWidth, separator.share), leftWidth))
  else left.push(t.lines(separator.text, separator.style))

  const right: Children = [t.lines(p.header.nationalTitle.text, p.header.nationalTitle.style)]
  if (p.header.motto) right.push(t.lines(p.header.motto.text, p.header.motto.style))
  right.push(t.rule(nationalRuleTwips(p, rightWidth), rightWidth))

  const number = t.lines(formatDocNumber(p.id, meta.number, meta.symbol), p.header.number, { before: p.header.rowGap })
  const date = t.lines(dateLineLines(p, meta, rightWidth), p.header.date, { before: p.header.rowGap })
  return borderlessTable([leftWidth, rightWidth], [[left, right], [[number], [date]]])
}

function titleBlock(t: Typesetter, meta: Meta): Children {
  const p = t.profile
  const width = t.layout.textWidth
  const title = balanceLines(meta.title.trim(), p.title.summary, width)
  const out: Children = [t.lines(p.title.kind.text, p.title.kind.style, { before: p.title.spaceBefore, keepNext: true })]
  out.push(t.lines(title, p.title.summary, { keepNext: true }))
  const separator = p.title.separator
  if (separator.kind === 'rule') {
    out.push(t.rule(titleRuleTwips(p, title, width, separator.share), width, p.title.spaceAfter))
  } else {
    out.push(t.lines(separator.text, separator.style, { after: p.title.spaceAfter }))
  }
  return out
}

function kinhGuiBlock(t: Typesetter, meta: Meta): Children {
  const recipients = meta.kinhGui.map((r) => r.trim()).filter((r) => r !== '')
  if (recipients.length === 0) return []
  const style = t.profile.kinhGui
  const { label, indentShare, spaceAfter } = t.profile.kinhGuiLayout
  if (recipients.length === 1) return [t.lines(`${label} ${recipients[0]}`, style, { after: spaceAfter })]
  // Several recipients: one per line, the dashes aligned under each other after the label.
  const labelWidth = textWidthTwips(`${label} `, style.size, style.bold ?? false)
  const left = Math.round(t.layout.textWidth * indentShare)
  return recipients.map(
    (r, i) =>
      new Paragraph({
        indent: { left: left + labelWidth, hanging: i === 0 ? labelWidth : 0 },
        spacing: { ...SINGLE, after: i === recipients.length - 1 ? pt(spaceAfter) : 0 },
        ...(i < recipients.length - 1 ? { keepNext: true } : {}),
        children: [t.run(`${i === 0 ? `${label} ` : ''}- ${r}${i === recipients.length - 1 ? '.' : ';'}`, style)],
      }),
  )
}

// ---- body --------------------------------------------------------------------------------------

function inlineRuns(t: Typesetter, inlines: readonly Inline[], base: TextStyle): ParagraphChild[] {
  return inlines.map((inline) => {
    if (inline.kind === 'break') return t.run('', base, { break: 1 })
    if (inline.kind === 'tab') return t.run('', base, { tab: true })
    return t.run(
      inline.text,
      { size: base.size, bold: (base.bold ?? false) || inline.bold, italic: (base.italic ?? false) || inline.italic, underline: (base.underline ?? false) || inline.underline },
      { strike: inline.strike, sub: inline.sub, sup: inline.sup },
    )
  })
}

function listMarker(p: LayoutProfile, list: 'bullet' | 'number', level: number, ordinal: number): string {
  if (list === 'bullet') return p.bullets[Math.min(level, p.bullets.length - 1)] ?? '-'
  const numbering = p.listNumbering[level % p.listNumbering.length] ?? { style: 'arabic', suffix: '.' }
  return `${numbering.style === 'alpha' ? vietnameseAlpha(ordinal) : String(ordinal)}${numbering.suffix}`
}

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
function contentColumnWidths(block: TableBlock, count: number, width: number): number[] {
  const relative = block.colWidths && block.colWidths.length === count ? block.colWidths : Array.from({ length: count }, () => 1)
  const total = relative.reduce((a, b) => a + b, 0)
  const widths = relative.map((w) => Math.floor((w / total) * width))
  widths[widths.length - 1] = (widths.at(-1) ?? 0) + width - widths.reduce((a, b) => a + b, 0)
  return widths
}

function contentTable(t: Typesetter, block: TableBlock, width: number): Table {
  const grid = tableGrid(block)
  const widths = contentColumnWidths(block, grid.columns, width)
  const { size, headerBold, cellMargins } = t.profile.table
  const borders = t.tableBorders()
  const headerRows = block.rows.findIndex((cells) => !cells.every((c) => c.headerRow))
  const repeated = headerRows < 0 ? 0 : headerRows
  const cellOf = (cell: TableCellBlock, start: number, rowsLeft: number): TableCell => {
    const cellWidth = widths.slice(start, start + cell.colSpan).reduce((a, b) => a + b, 0)
    // Header cells the clerk did not align are centred, as in the indicator tables.
    const paragraphs = blockParagraphs(t, cell.blocks, { size, bold: cell.header && headerBold }, cellWidth, 'cell', false, cell.headerRow)
    const rowSpan = Math.min(cell.rowSpan, rowsLeft)
    return new TableCell({
      width: { size: cellWidth, type: WidthType.DXA },
      ...(cell.colSpan > 1 ? { columnSpan: cell.colSpan } : {}),
      ...(rowSpan > 1 ? { rowSpan } : {}),
      verticalAlign: VerticalAlignTable.CENTER,
      children: paragraphs.length > 0 ? paragraphs : [new Paragraph({})],
    })
  }
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders,
    margins: cellMargins,
    rows: block.rows.map(
      (cells, rowIndex) =>
        new TableRow({
          ...(rowIndex < repeated ? { tableHeader: true } : {}),
          children: cells.map((cell, i) => cellOf(cell, grid.starts[rowIndex]?.[i] ?? 0, block.rows.length - rowIndex)),
        }),
    ),
  })
}

/** Paragraphs (and tables) of a list of blocks, in the body or inside a table cell. */
function blockParagraphs(t: Typesetter, blocks: readonly Block[], base: TextStyle, width: number, where: 'body' | 'cell', keepLastWithNext = false, centreUnaligned = false): Children {
  const out: Children = []
  const body = where === 'body'
  const indent = body ? t.profile.body.firstLineIndent : 0
  const spacing = body ? t.bodySpacing() : SINGLE
  blocks.forEach((block, i) => {
    const keepNext = keepLastWithNext && i === blocks.length - 1
    if (block.kind === 'table') {
      out.push(contentTable(t, block, width))
      // A paragraph between a table and what follows keeps Word from merging adjacent tables.
      out.push(new Paragraph({ spacing: { ...SINGLE, line: 120, lineRule: LineRuleType.EXACT }, ...(keepNext ? { keepNext: true } : {}), children: [] }))
      return
    }
    const align = block.align ? ALIGN[block.align] : body ? AlignmentType.JUSTIFIED : centreUnaligned ? AlignmentType.CENTER : AlignmentType.LEFT
    const centred = block.align === 'center' || block.align === 'right'
    if (block.kind === 'paragraph') {
      out.push(
        t.paragraph(
          { alignment: align, indent: { firstLine: centred ? 0 : indent, left: block.indent * indentStep(t) }, spacing, ...(keepNext ? { keepNext: true } : {}) },
          inlineRuns(t, block.inlines, base),
        ),
      )
    } else {
      const marker = listMarker(t.profile, block.list, block.level, block.ordinal)
      out.push(
        t.paragraph({ alignment: align, indent: { firstLine: centred ? 0 : indent + block.depth * t.profile.listIndent }, spacing, ...(keepNext ? { keepNext: true } : {}) }, [
          t.run(`${marker} `, base),
          ...inlineRuns(t, block.inlines, base),
        ]),
      )
    }
  })
  return out
}

/** The left indent of one Lexical indent level (Tab / "Tăng lề"): the first-line indent. */
function indentStep(t: Typesetter): number {
  return t.profile.body.firstLineIndent
}

interface BodyContext {
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
      t.lines(label, { size, bold: look.bold, italic: look.italic }, { before: t.profile.body.spacingAfter, keepNext: true }),
      t.lines(balanceLines(text, runStyle, t.layout.textWidth), runStyle, { after: t.profile.body.spacingAfter, keepNext: true }),
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

function bodyItems(ctx: BodyContext, sections: readonly Section[], depth: number): BodyItem[] {
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

function bodyChildren(ctx: BodyContext): Children {
  const { t, report } = ctx
  const items = withEndMark(bodyItems(ctx, report.sections, 0), t.profile.body.endMark)
  return items.flatMap((item, i) =>
    item.kind === 'heading'
      ? headingParagraphs(t, item.section, item.depth, item.index, report)
      : // The last paragraph goes with the signature so that the signature never stands alone on a page.
        blockParagraphs(t, item.blocks, { size: t.layout.bodySize }, t.layout.textWidth, 'body', i === items.length - 1),
  )
}

// ---- signature and Nơi nhận -------------------------------------------------------------------

function signatureTable(t: Typesetter, meta: Meta): Table {
  const p = t.profile
  const leftWidth = Math.round(t.layout.textWidth * p.signature.leftShare)
  const rightWidth = t.layout.textWidth - leftWidth
  const left: Children = [
    new Paragraph({ spacing: { ...SINGLE, before: pt(p.signature.spaceBefore) }, keepNext: true, children: [t.run(p.recipients.label.text, p.recipients.label.style)] }),
  ]
  // A recipient longer than the column continues under its text, not under the dash.
  const dash = textWidthTwips('- ', p.recipients.item.size, p.recipients.item.bold ?? false)
  for (const line of recipientLines(p, meta)) {
    left.push(new Paragraph({ alignment: AlignmentType.LEFT, spacing: SINGLE, indent: { left: dash, hanging: dash }, children: [t.run(line, p.recipients.item)] }))
  }
  const drafter = drafterLine(meta)
  if (drafter !== '') left.push(new Paragraph({ spacing: { ...SINGLE, before: pt(p.drafterSpaceBefore) }, children: [t.run(drafter, p.drafter)] }))

  const right: Children = []
  signatureLines(p, meta.signer).forEach((line, i) => {
    const style = line.authority ? p.signature.authority : p.signature.title
    right.push(t.lines(line.text, style, { before: i === 0 ? p.signature.spaceBefore : 0, keepNext: true }))
  })
  for (let i = 0; i < p.signature.gapLines; i++) right.push(t.lines('', p.signature.name, { keepNext: true }))
  right.push(t.lines(meta.signer.name.trim(), p.signature.name))
  return borderlessTable([leftWidth, rightWidth], [[left, right]])
}

// ---- appendix: indicator tables ----------------------------------------------------------------

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

const hasNotes = (table: IndicatorTable): boolean => table.rows.some((r) => r.note.trim() !== '')

/** The columns of an indicator table and its rows as printed. */
function indicatorContent(table: IndicatorTable, report: Report, profile: LayoutProfile): { cols: IndicatorColumnLayout[]; rows: string[][] } {
  const withNote = hasNotes(table)
  const rows = indicatorCells(table, withNote)
  return { cols: fitIndicatorContent(indicatorColumnLayout(table.columns, report.meta.period, withNote), rows, profile.table), rows }
}

/** Whether an indicator table needs a landscape page. */
export function needsLandscape(table: IndicatorTable, report: Report, layout: ResolvedLayout): boolean {
  return indicatorColumnsTooWide(indicatorContent(table, report, layout.profile).cols, layout.textWidth)
}

function indicatorTable(t: Typesetter, table: IndicatorTable, report: Report, width: number): Table {
  const { cols, rows } = indicatorContent(table, report, t.profile)
  const widths = fitIndicatorColumns(cols, width)
  const { size, cellMargins } = t.profile.table
  const borders = t.tableBorders()
  const cell = (text: string, i: number, kind: 'header' | 'index' | 'data'): TableCell =>
    new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      children: [
        new Paragraph({
          alignment: kind === 'data' ? ALIGN[cols[i]?.align ?? 'left'] : AlignmentType.CENTER,
          spacing: SINGLE,
          children: [t.run(text, { size, bold: kind === 'header' && t.profile.table.headerBold, italic: kind === 'index' })],
        }),
      ],
    })
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
  return `(Kèm theo ${noteKind} số ${number}${noteDateComma ? ',' : ''} ${date} của ${issuerInSentence(meta.issuer)})`
}

function appendixSections(t: Typesetter, report: Report, pageSetup: (landscape: boolean) => ISectionOptions['properties']): ISectionOptions[] {
  const tables = report.indicators.filter((table) => table.rows.length > 0)
  if (t.layout.indicatorsPlacement === 'none' || tables.length === 0) return []
  const p = t.profile
  return tables.map((table, i) => {
    const landscape = needsLandscape(table, report, t.layout)
    const width = landscape ? t.layout.landscapeTextWidth : t.layout.textWidth
    const label = tables.length > 1 ? `${p.appendix.labelText} ${toRoman(i + 1)}` : p.appendix.labelText
    return {
      properties: pageSetup(landscape),
      headers: pageHeaders(t),
      children: [
        t.lines(label, p.appendix.label, { keepNext: true }),
        t.lines(upperVi(table.title.trim()), p.appendix.title, { keepNext: true }),
        t.lines(appendixNote(p, report.meta), p.appendix.note, { after: p.title.spaceAfter, keepNext: true }),
        indicatorTable(t, table, report, width),
      ],
    }
  })
}

// ---- the document ------------------------------------------------------------------------------

/** The page number centred in the top margin of every page but the first of each section. */
function pageHeaders(t: Typesetter): ISectionOptions['headers'] {
  return {
    first: new Header({ children: [new Paragraph({ children: [] })] }),
    default: new Header({
      children: [new Paragraph({ alignment: AlignmentType.CENTER, spacing: SINGLE, children: [t.run('', t.profile.pageNumber, { pageNumber: true })] })],
    }),
  }
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
  const p = layout.profile
  const main: Children = [
    ...(options.draft ? [t.lines(p.draftMark.text, p.draftMark.style, { align: AlignmentType.RIGHT, after: 6 })] : []),
    headerTable(t, report.meta),
    ...titleBlock(t, report.meta),
    ...kinhGuiBlock(t, report.meta),
    ...bodyChildren({ report, t, options: blockOptions }),
    signatureTable(t, report.meta),
  ]

  const document = new Document({
    creator: 'Soạn Báo Cáo',
    title: report.meta.title,
    description: `${p.title.kind.text} ${periodText(report.meta.period)}`,
    // A justified line ending in a line break (Shift+Enter) keeps its normal word spacing.
    compatibility: { doNotExpandShiftReturn: true },
    styles: {
      default: {
        document: {
          run: { font: t.font, size: layout.bodySize * 2, language: t.language, color: BLACK },
        },
      },
    },
    sections: [{ properties: pageSetup(false), headers: pageHeaders(t), children: main }, ...appendixSections(t, report, pageSetup)],
  })
  const buffer = await Packer.toArrayBuffer(document)
  return new Uint8Array(buffer)
}
