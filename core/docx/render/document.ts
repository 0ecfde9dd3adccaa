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
  UnderlineType,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
  type IBorderOptions,
  type IIndentAttributesProperties,
  type IParagraphStyleOptions,
  type IPropertiesOptions,
  type ISectionOptions,
  type ISpacingProperties,
  BaseXmlComponent,
  FileChild,
  ParagraphProperties,
  RunProperties,
  XmlAttributeComponent,
  XmlComponent,
  type ITableCellOptions,
  type IContext,
  type IParagraphOptions,
  type IXmlableObject,
} from 'docx'
import type { Report, Section } from '../../model/schema'
import { periodText } from '../../format'
import {
  balanceLines,
  documentStyles,
  fitIndicatorColumns,
  headingStyle,
  mmToTwips,
  NORMAL_STYLE,
  ownFormat,
  STYLE,
  type DocumentStyle,
  type DocumentStyles,
  type LayoutProfile,
  type OwnFormat,
  type ParagraphFormat,
  type ResolvedLayout,
  type RunFormat,
  type StyleFormat,
} from '../../layout'
import type { Align, Block, Inline, BlockOptions, TableBlock } from '../blocks'
import { headerBlock, kinhGuiBlock, signatureBlock, titleBlock, type Composer, type ParagraphChange } from '../compose'
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
import { NO_MARKS, type TextMarks } from '../../model/lexical'

export interface RenderOptions {
  /** A draft: blanks allowed, the profile's draft mark printed above the header. */
  draft?: boolean
  /** Throw on unknown editor node types (tests); otherwise keep their text and report them. */
  strict?: boolean
  /** Called for each unknown node type met outside strict mode. */
  onUnknown?: (type: string) => void
}

type Children = FileChild[]
type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType]

const BLACK = '000000'
const NO_BORDER: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' }
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER }
const ZERO_MARGINS = { top: 0, bottom: 0, left: 0, right: 0 }
const pt = (points: number): number => Math.round(points * 20)

/**
 * The XML of a component, made by docx once and shared by every element with that look: the
 * properties of runs, paragraphs and table cells of one look, `xml:space="preserve"`. docx would
 * otherwise build and walk the same objects again for each of the thousands of runs, paragraphs
 * and cells of a long report.
 */
class SharedXml extends BaseXmlComponent {
  private xml: IXmlableObject | undefined

  constructor(
    private readonly source: BaseXmlComponent,
    rootKey: 'w:rPr' | 'w:pPr' | 'w:tcPr' | '_attr',
  ) {
    super(rootKey)
  }

  prepForXml(context: IContext): IXmlableObject | undefined {
    this.xml ??= this.source.prepForXml(context)
    return this.xml
  }
}

/** `xml:space="preserve"`: the spaces of the text are all kept. */
class SpaceAttribute extends XmlAttributeComponent<{ readonly space: 'preserve' }> {
  protected override readonly xmlKeys = { space: 'xml:space' } as const
}

const PRESERVE_SPACE = new SharedXml(new SpaceAttribute({ space: 'preserve' }), '_attr')

// Text whose white space a reader may drop without xml:space="preserve": at either end, repeated, tabs, line feeds.
const FRAGILE_SPACE = /^\s|\s$|\s\s|[\t\n\r]/u

/** Characters XML 1.0 cannot hold (control characters, U+FFFE/U+FFFF, lone surrogates): Word refuses a file with one. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/** Text as a Word file can hold it: what XML cannot carry is left out (it never prints anyway). */
export const xmlText = (text: string): string => text.replace(NOT_XML, '')

/**
 * The text of a run, as Word writes it: xml:space="preserve" where the text has spaces to keep
 * (docx's own text element writes it on every run: some 14 % of the markup of a long report).
 */
class TextElement extends XmlComponent {
  constructor(raw: string) {
    super('w:t')
    const text = xmlText(raw)
    if (FRAGILE_SPACE.test(text)) this.root.push(PRESERVE_SPACE)
    this.root.push(text)
  }
}

/**
 * A run of text, with the shared properties of its look if it has any: the XML of a docx
 * TextRun of that text (but for xml:space, see {@link TextElement}), without the options of
 * TextRun it has no use for (fields, breaks, children), which are most of a TextRun's cost.
 */
class PlainRun extends XmlComponent {
  constructor(text: string, properties: SharedXml | null) {
    super('w:r')
    if (properties) this.root.push(properties)
    this.root.push(new TextElement(text))
  }
}

/** The look of a paragraph: its properties without its content. */
type ParagraphLook = { -readonly [K in keyof Omit<IParagraphOptions, 'children' | 'text'>]: IParagraphOptions[K] }

/**
 * A paragraph of a style, its properties shared with the paragraphs of the same look: the XML of
 * `new Paragraph({ ...look, children })`, without the option handling a docx Paragraph does for
 * each of them. A section never ends at one (each section ends with a table here, after which
 * docx writes a paragraph of its own for the section's properties).
 */
class StyledParagraph extends FileChild {
  constructor(properties: SharedXml, children: readonly XmlComponent[]) {
    super('w:p')
    this.root.push(properties, ...children)
  }
}

/**
 * A table cell whose properties are shared with the cells of the same look: those of the first
 * such cell, or `shared`. Its width is in those properties; vertical merges are written out as
 * `verticalMerge` cells, never left to docx's `rowSpan`, which builds the cells below from the
 * options of this one.
 */
class SharedCell extends TableCell {
  readonly shared: SharedXml

  constructor(options: ITableCellOptions, shared?: SharedXml, children: readonly FileChild[] = []) {
    super(options)
    this.shared = shared ?? new SharedXml(this.root[0] as BaseXmlComponent, 'w:tcPr')
    this.root[0] = this.shared
    this.root.push(...children)
  }

  override setColumnWidth(): void {
    // The width is in the shared properties already.
  }
}

/** The look of a table cell: its width and span, its part in a vertical merge, bordered (content) or not (page layout). */
interface CellLook {
  width: number
  span: number
  merge: 'restart' | 'continue' | null
  bordered: boolean
}

const ALIGN: Record<Align, Alignment> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
}

function spacingOf(format: Pick<ParagraphFormat, 'before' | 'after' | 'line'>): ISpacingProperties {
  const { line } = format
  return {
    before: pt(format.before),
    after: pt(format.after),
    ...(line.rule === 'exact'
      ? { line: pt(line.points), lineRule: LineRuleType.EXACT }
      : { line: Math.round(line.lines * 240), lineRule: LineRuleType.AUTO }),
  }
}

function indentOf(format: Pick<ParagraphFormat, 'left' | 'right' | 'firstLine'>): IIndentAttributesProperties {
  return {
    left: format.left,
    right: format.right,
    ...(format.firstLine < 0 ? { hanging: -format.firstLine } : { firstLine: format.firstLine }),
  }
}

/**
 * The paragraphs and runs of the document: each paragraph refers to its style (core/layout
 * styles.ts) and carries only what the clerk set — alignment, indent level; each run only what the
 * editor set beyond its paragraph's style — bold, italic, underline, strike, sub/superscript.
 */
class Typesetter implements Composer<StyledParagraph, Table> {
  /** Run, paragraph and cell properties by look, shared by the runs, paragraphs and cells of this export. */
  private readonly sharedRuns = new Map<string, SharedXml>()
  private readonly sharedParagraphs = new Map<string, SharedXml>()
  private readonly sharedCells = new Map<string, SharedXml>()
  private readonly fonts: { ascii: string; hAnsi: string; eastAsia: string; cs: string }
  private readonly language: { value: string; eastAsia: string; bidirectional: string }

  constructor(
    readonly layout: ResolvedLayout,
    readonly styles: DocumentStyles,
  ) {
    const name = layout.profile.font
    this.fonts = { ascii: name, hAnsi: name, eastAsia: name, cs: name }
    const language = layout.profile.language
    this.language = { value: language, eastAsia: language, bidirectional: language }
  }

  get profile(): LayoutProfile {
    return this.layout.profile
  }

  /** The text format of a style, for the runs of its paragraphs. */
  format(style: string): RunFormat {
    return this.styles.get(style).format.run
  }

  /** A run of `text` in a paragraph whose style prints `base`: it carries only the marks `base` lacks. */
  run(text: string, base: RunFormat, marks: TextMarks = NO_MARKS): XmlComponent {
    const own = {
      bold: marks.bold && !base.bold,
      italic: marks.italic && !base.italic,
      underline: marks.underline && !base.underline,
      strike: marks.strike,
      sub: marks.sub,
      sup: marks.sup,
    }
    if (!own.bold && !own.italic && !own.underline && !own.strike && !own.sub && !own.sup) return new PlainRun(text, null)
    const key = `${+own.bold}${+own.italic}${+own.underline}${+own.strike}${+own.sub}${+own.sup}`
    let properties = this.sharedRuns.get(key)
    if (!properties) {
      properties = new SharedXml(
        new RunProperties({
          ...(own.bold ? { bold: true, boldComplexScript: true } : {}),
          ...(own.italic ? { italics: true, italicsComplexScript: true } : {}),
          ...(own.underline ? { underline: {} } : {}),
          ...(own.strike ? { strike: true } : {}),
          ...(own.sub ? { subScript: true } : {}),
          ...(own.sup ? { superScript: true } : {}),
        }),
        'w:rPr',
      )
      this.sharedRuns.set(key, properties)
    }
    return new PlainRun(text, properties)
  }

  /** A paragraph of a style, and what the clerk set on it, its properties shared with those of the same look. */
  paragraph(look: ParagraphLook & { style: string }, children: readonly XmlComponent[]): StyledParagraph {
    const key = Object.keys(look).length === 1 ? look.style : JSON.stringify(look)
    let properties = this.sharedParagraphs.get(key)
    if (!properties) {
      properties = new SharedXml(new ParagraphProperties(look), 'w:pPr')
      this.sharedParagraphs.set(key, properties)
    }
    return new StyledParagraph(properties, children)
  }

  /**
   * A table cell, its properties shared with the cells of the same look; an empty cell gets an
   * empty paragraph. Bordered cells (the content and indicator tables) centre their text
   * vertically; the cells of the page's layout tables have neither borders nor margins.
   */
  cell(look: CellLook, children: readonly FileChild[]): TableCell {
    const key = `${look.bordered ? 'b' : 'n'}|${look.width}|${look.span}|${look.merge ?? ''}`
    let shared = this.sharedCells.get(key)
    if (!shared) {
      const options: ITableCellOptions = {
        children: [],
        width: { size: look.width, type: WidthType.DXA },
        ...(look.span > 1 ? { columnSpan: look.span } : {}),
        ...(look.merge ? { verticalMerge: look.merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}),
        ...(look.bordered ? { verticalAlign: VerticalAlignTable.CENTER } : { borders: NO_BORDERS, margins: ZERO_MARGINS }),
      }
      shared = new SharedCell(options).shared
      this.sharedCells.set(key, shared)
    }
    // docx reads the span of each cell to place the cells of a row on the grid.
    return new SharedCell(
      { children: [], ...(look.span > 1 ? { columnSpan: look.span } : {}) },
      shared,
      children.length > 0 ? children : [new Paragraph({})],
    )
  }

  /** A paragraph of style `style` holding `text`, with what `change` sets; "\n" in `text` becomes a line break. */
  text(style: string, text: string, change: ParagraphChange = {}): StyledParagraph {
    const { run: base, paragraph: format } = this.styles.get(style).format
    const runs: XmlComponent[] = []
    text.split('\n').forEach((line, i) => {
      if (i > 0) runs.push(new TextRun({ text: '', break: 1 }))
      runs.push(this.run(line, base))
    })
    const look: ParagraphLook & { style: string } = { style }
    if (change.firstLine !== undefined) look.indent = indentOf({ ...format, firstLine: change.firstLine })
    if (change.keepNext !== undefined) look.keepNext = change.keepNext
    if (change.after !== undefined) look.spacing = spacingOf({ ...format, after: change.after })
    return this.paragraph(look, runs)
  }

  layoutTable(widths: number[], rows: StyledParagraph[][][]): Table {
    return borderlessTable(this, widths, rows)
  }

  /** A centred rule `width` twips long inside a box `boxWidth` wide: the bottom border of a paragraph of style `style`. */
  rule(width: number, boxWidth: number, style: string = STYLE.rule): StyledParagraph {
    const side = Math.max(0, Math.round((boxWidth - width) / 2))
    return this.paragraph({ style, indent: { left: side, right: side } }, [new PlainRun('', null)])
  }

  tableBorders(): Record<'top' | 'bottom' | 'left' | 'right' | 'insideHorizontal' | 'insideVertical', IBorderOptions> {
    const line: IBorderOptions = { style: BorderStyle.SINGLE, size: this.profile.table.border, color: BLACK }
    return { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line }
  }

  /** The document defaults (Word's "Normal") and the paragraph styles, as docx options. */
  documentStyles(): NonNullable<IPropertiesOptions['styles']> {
    const { defaults, styles } = this.styles
    const parentOf = (id: string): StyleFormat => (id === NORMAL_STYLE ? defaults : this.styles.get(id).format)
    // docx's own Title, Heading 1–6, Strong and List Paragraph, which this document does not use:
    // out of Word's style gallery (no w:qFormat at all: the schema knows no w:val="false" for it),
    // and without docx's blue, so the gallery shows the report's styles.
    const unused = { quickFormat: undefined, run: {} }
    return {
      default: {
        document: {
          run: { font: this.fonts, size: defaults.run.size * 2, language: this.language, color: BLACK },
          paragraph: { spacing: spacingOf(defaults.paragraph) },
        },
        title: unused,
        heading1: unused,
        heading2: unused,
        heading3: unused,
        heading4: unused,
        heading5: unused,
        heading6: unused,
        strong: { quickFormat: undefined },
        listParagraph: { quickFormat: undefined },
      },
      paragraphStyles: styles.map((style) => this.styleOptions(style, ownFormat(style.format, parentOf(style.basedOn)))),
    }
  }

  private styleOptions(style: DocumentStyle, own: OwnFormat): IParagraphStyleOptions {
    const { run, paragraph } = own
    return {
      id: style.id,
      name: style.name,
      basedOn: style.basedOn,
      next: style.next,
      ...(style.gallery ? { quickFormat: true } : {}),
      // Word reads a style's text reliably only with all four font slots and the language given.
      run: {
        font: this.fonts,
        size: run.size * 2,
        ...(run.bold !== undefined ? { bold: run.bold, boldComplexScript: run.bold } : {}),
        ...(run.italic !== undefined ? { italics: run.italic, italicsComplexScript: run.italic } : {}),
        ...(run.underline !== undefined ? { underline: run.underline ? {} : { type: UnderlineType.NONE } } : {}),
        ...(run.caps !== undefined ? { allCaps: run.caps } : {}),
        language: this.language,
      },
      paragraph: {
        ...(paragraph.align !== undefined ? { alignment: ALIGN[paragraph.align] } : {}),
        ...(paragraph.left !== undefined && paragraph.right !== undefined && paragraph.firstLine !== undefined
          ? { indent: indentOf({ left: paragraph.left, right: paragraph.right, firstLine: paragraph.firstLine }) }
          : {}),
        ...(paragraph.before !== undefined && paragraph.after !== undefined && paragraph.line !== undefined
          ? { spacing: spacingOf({ before: paragraph.before, after: paragraph.after, line: paragraph.line }) }
          : {}),
        ...(paragraph.keepNext !== undefined ? { keepNext: paragraph.keepNext } : {}),
        ...(paragraph.keepLines !== undefined ? { keepLines: paragraph.keepLines } : {}),
        ...(paragraph.rule !== undefined
          ? {
              border: {
                bottom: paragraph.rule > 0 ? { style: BorderStyle.SINGLE, size: paragraph.rule, color: BLACK, space: 0 } : NO_BORDER,
              },
            }
          : {}),
        ...(paragraph.outlineLevel !== undefined ? { outlineLevel: paragraph.outlineLevel ?? BODY_TEXT_LEVEL } : {}),
      },
    }
  }
}

// Word's outline level of body text.
const BODY_TEXT_LEVEL = 9

/** A table without borders whose columns and cells carry absolute widths in twips. */
function borderlessTable(t: Typesetter, widths: number[], rows: Children[][]): Table {
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
          children: cells.map((children, i) => t.cell({ width: widths[i] ?? 0, span: 1, merge: null, bordered: false }, children)),
        }),
    ),
  })
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
    styles: t.documentStyles(),
    sections: [{ properties: pageSetup(false), headers: pageHeaders(), children: main }, ...appendixSections(t, report, pageSetup)],
  })
}
