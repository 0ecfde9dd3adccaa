/**
 * The paragraphs, runs and cells of the document: the {@link Composer} the header, title,
 * "Kính gửi" and signature are composed with (core/docx/compose.ts), and what the body, the
 * content tables and the indicator tables are made of.
 */
import {
  BorderStyle,
  Paragraph,
  Table,
  type TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
  ParagraphProperties,
  RunProperties,
  type FileChild,
  type IBorderOptions,
  type IParagraphOptions,
  type ITableCellOptions,
  type XmlComponent,
} from 'docx'
import { STYLE, type DocumentStyles, type LayoutProfile, type ResolvedLayout, type RunFormat } from '../../layout'
import { NO_MARKS, type TextMarks } from '../../model/lexical'
import type { Composer, ParagraphChange } from '../compose'
import { BLACK, indentOf, NO_BORDER, NO_BORDERS, spacingOf, ZERO_MARGINS, type Children } from './properties'
import { PlainRun, SharedCell, SharedXml, StyledParagraph } from './xml'

/** The look of a paragraph: its properties without its content. */
export type ParagraphLook = { -readonly [K in keyof Omit<IParagraphOptions, 'children' | 'text'>]: IParagraphOptions[K] }

/** The look of a table cell: its width and span, its part in a vertical merge, bordered (content) or not (page layout). */
export interface CellLook {
  width: number
  span: number
  merge: 'restart' | 'continue' | null
  bordered: boolean
}

/**
 * The paragraphs and runs of the document: each paragraph refers to its style (core/layout
 * styles.ts) and carries only what the clerk set — alignment, indent level; each run only what the
 * editor set beyond its paragraph's style — bold, italic, underline, strike, sub/superscript.
 */
export class Typesetter implements Composer<StyledParagraph, Table> {
  /** Run, paragraph and cell properties by look, shared by the runs, paragraphs and cells of this export. */
  private readonly sharedRuns = new Map<string, SharedXml>()
  private readonly sharedParagraphs = new Map<string, SharedXml>()
  private readonly sharedCells = new Map<string, SharedXml>()

  constructor(
    readonly layout: ResolvedLayout,
    readonly styles: DocumentStyles,
  ) {}

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
}

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
