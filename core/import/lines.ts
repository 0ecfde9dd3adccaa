/**
 * Blocks read as lines, for recognising the parts of a report laid out in several columns (the
 * header, the signature and "Nơi nhận"): a table cell is its own column, and in a paragraph
 * a tab starts the next column, as clerks type "ỦY BAN NHÂN DÂN⇥CỘNG HÒA XÃ HỘI…".
 */
import type { SourceAlign, SourceBlock, SourceInline, SourceParagraph } from './source'
import { cleanSpaces } from './text'

export interface Line {
  text: string
  /** Every visible character is bold. */
  bold: boolean
  italic: boolean
  align: SourceAlign | null
  /** 0 for the left column (or a paragraph's text before any tab), 1 for the next, … */
  column: number
  /** Index of the top-level block the line comes from. */
  block: number
}

function lineOf(inlines: readonly SourceInline[], align: SourceAlign | null, column: number, block: number): Line {
  let text = ''
  let bold = true
  let italic = true
  let seen = false
  for (const inline of inlines) {
    if (inline.kind !== 'text') continue
    text += inline.text
    if (inline.text.trim() === '') continue
    seen = true
    bold &&= inline.bold
    italic &&= inline.italic
  }
  return { text: cleanSpaces(text.normalize('NFC')), bold: seen && bold, italic: seen && italic, align, column, block }
}

/** The lines of a paragraph: split at line breaks, then at tabs into columns. */
export function paragraphLines(paragraph: SourceParagraph, block: number, column = 0): Line[] {
  const lines: Line[] = []
  let segments: SourceInline[][] = [[]]
  const flush = (): void => {
    const cut = segments.map((inlines) => lineOf(inlines, paragraph.align, column, block))
    // Text after a tab, or pushed right by leading tabs, belongs to the next column.
    const first = cut.findIndex((l) => l.text !== '')
    if (first < 0) lines.push(lineOf([], paragraph.align, column, block))
    else
      cut.forEach((line, k) => {
        if (line.text !== '') lines.push({ ...line, column: column + (k === 0 ? 0 : 1) })
      })
    segments = [[]]
  }
  for (const inline of paragraph.inlines) {
    if (inline.kind === 'break') flush()
    else if (inline.kind === 'tab') segments.push([])
    else segments.at(-1)?.push(inline)
  }
  flush()
  return lines
}

/** The lines of a block; in a table each cell is a column, read row by row. */
export function blockLines(block: SourceBlock, index: number): Line[] {
  if (block.kind === 'paragraph') return paragraphLines(block, index)
  const out: Line[] = []
  for (const row of block.rows) {
    row.cells.forEach((cell, column) => {
      for (const inner of cell.blocks) {
        if (inner.kind === 'paragraph') out.push(...paragraphLines(inner, index, column))
        else out.push(...blockLines(inner, index).map((l) => ({ ...l, column })))
      }
    })
  }
  return out
}
