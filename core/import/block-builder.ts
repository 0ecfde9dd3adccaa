/**
 * Paragraphs and tables built as a reader walks a file character by character (the .doc, RTF and
 * HTML readers): runs of the same formatting are joined, each paragraph's runs typed in TCVN3,
 * VNI or VIQR become Unicode (by their font, or by their characters), and paragraphs marked as
 * inside a table are gathered into cells and rows. A table inside a table is flattened into its
 * cell and counted as lost.
 */
import { decideRuns, decodeLegacy, ConversionTally } from './legacy-encoding'
import { LostCounter, type SourceAlign, type SourceBlock, type SourceCell, type SourceParagraph, type SourceRow } from './source'
import { NO_MARKS, type TextMarks } from '../model/lexical'

/** A run's formatting as a reader sees it: the editor's marks, all capitals, and the font's name. */
export interface RunFormat extends TextMarks {
  caps: boolean
  font: string | null
}

export const PLAIN_RUN: RunFormat = { ...NO_MARKS, caps: false, font: null }

/** A paragraph's properties as a reader sees them. */
export interface ParagraphFormat {
  align: SourceAlign | null
  list: SourceParagraph['list']
  headingLevel: number | null
  /** 0 outside tables, 1 in a table, 2 and more in a table inside a table. */
  depth: number
}

export const PLAIN_PARAGRAPH: ParagraphFormat = { align: null, list: null, headingLevel: null, depth: 0 }

/** How a paragraph ends: a plain paragraph mark, the end of a table cell, or the end of a row. */
export type ParagraphEnd = 'paragraph' | 'cell' | 'row'

function sameMarks(a: TextMarks, b: TextMarks): boolean {
  return (
    a.bold === b.bold && a.italic === b.italic && a.underline === b.underline && a.strike === b.strike && a.sup === b.sup && a.sub === b.sub
  )
}

function sameFormat(a: RunFormat, b: RunFormat): boolean {
  return sameMarks(a, b) && a.caps === b.caps && a.font === b.font
}

export class BlockBuilder {
  readonly lost = new LostCounter()
  readonly tally = new ConversionTally()
  private readonly blocks: SourceBlock[] = []
  private runs: { format: RunFormat; text: string }[] = []
  private inlines: SourceParagraph['inlines'] = []
  private cell: SourceBlock[] = []
  private row: SourceCell[] = []
  private rows: SourceRow[] = []

  text(text: string, format: RunFormat): void {
    if (text === '') return
    const last = this.runs[this.runs.length - 1]
    if (last && sameFormat(last.format, format)) last.text += text
    else {
      const { bold, italic, underline, strike, sub, sup, caps, font } = format
      this.runs.push({ format: { bold, italic, underline, strike, sub, sup, caps, font }, text })
    }
  }

  inline(kind: 'break' | 'tab'): void {
    this.flushRuns()
    this.inlines.push({ kind })
  }

  /** True when the paragraph being built has nothing yet. */
  get empty(): boolean {
    return this.runs.length === 0 && this.inlines.length === 0
  }

  /** End the paragraph being built (and a cell or a row, as `end` says). */
  paragraph(format: ParagraphFormat, end: ParagraphEnd = 'paragraph'): void {
    this.flushRuns()
    const paragraph: SourceParagraph = {
      kind: 'paragraph',
      inlines: this.inlines,
      align: format.align,
      list: format.list,
      headingLevel: format.headingLevel,
      indent: null,
    }
    this.inlines = []
    if (format.depth <= 0) {
      this.closeTable()
      this.blocks.push(paragraph)
      return
    }
    if (format.depth > 1 && end === 'row') this.lost.add('nestedTable')
    if (end === 'row' && format.depth === 1) {
      this.endRow()
      return
    }
    if (end === 'row') return
    if (paragraph.inlines.length > 0 || end === 'paragraph') this.cell.push(paragraph)
    if (end === 'cell' && format.depth === 1) {
      this.row.push(cellOf(this.cell))
      this.cell = []
    }
  }

  /** End a table row whose last cell was already ended. */
  endRow(): void {
    if (this.cell.length > 0) this.row.push(cellOf(this.cell))
    this.cell = []
    if (this.row.length > 0) this.rows.push({ header: false, cells: this.row })
    this.row = []
  }

  /** End the table being built, if any. */
  closeTable(): void {
    this.endRow()
    if (this.rows.length > 0) this.blocks.push({ kind: 'table', rows: this.rows })
    this.rows = []
  }

  finish(): SourceBlock[] {
    if (!this.empty) this.paragraph(PLAIN_PARAGRAPH)
    this.closeTable()
    return this.blocks
  }

  /** The paragraph's runs as text inlines, legacy encodings converted. */
  private flushRuns(): void {
    if (this.runs.length === 0) return
    const runs = this.runs
    this.runs = []
    const decisions = decideRuns(runs.map((r) => ({ text: r.text, font: r.format.font })))
    runs.forEach((run, i) => {
      const decision = decisions[i]
      let text = run.text
      if (decision) {
        const converted = decodeLegacy(text, decision.encoding, decision.capitals)
        if (converted !== text) this.tally.add(decision.encoding)
        text = converted
      }
      // An optional hyphen left over (not the "ư" of a TCVN3 run) is not printed.
      text = text.replace(/\u00AD/gu, '').normalize('NFC')
      if (text === '') return
      const { caps, font: _font, ...marks } = run.format
      const last = this.inlines[this.inlines.length - 1]
      const value = caps ? text.toUpperCase() : text
      // Runs that differed only by their font are one run once converted.
      if (last?.kind === 'text' && sameMarks(last, marks)) this.inlines[this.inlines.length - 1] = { ...last, text: last.text + value }
      else this.inlines.push({ kind: 'text', text: value, ...marks })
    })
  }
}

function cellOf(blocks: SourceBlock[]): SourceCell {
  return { colSpan: 1, rowSpan: 1, blocks }
}
