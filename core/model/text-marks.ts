/**
 * The marks the section editors can put on text — bold, italic, underline, strikethrough,
 * subscript, superscript — and their encoding in Lexical's serialized `format` bit field
 * (lexical/LexicalConstants). Shared by the exporter, which reads them, and the Word import,
 * which writes them.
 */

export interface TextMarks {
  bold: boolean
  italic: boolean
  underline: boolean
  strike: boolean
  sub: boolean
  sup: boolean
}

export const NO_MARKS: TextMarks = { bold: false, italic: false, underline: false, strike: false, sub: false, sup: false }

const BITS: Readonly<Record<keyof TextMarks, number>> = {
  bold: 1,
  italic: 1 << 1,
  strike: 1 << 2,
  underline: 1 << 3,
  sub: 1 << 5,
  sup: 1 << 6,
}

/** The marks of a Lexical text node's `format`; bits the exporter does not print are ignored. */
export function marksOf(format: number): TextMarks {
  return {
    bold: (format & BITS.bold) !== 0,
    italic: (format & BITS.italic) !== 0,
    underline: (format & BITS.underline) !== 0,
    strike: (format & BITS.strike) !== 0,
    sub: (format & BITS.sub) !== 0,
    sup: (format & BITS.sup) !== 0,
  }
}

/** The Lexical `format` of a set of marks. */
export function formatOf(marks: TextMarks): number {
  let format = 0
  for (const key of Object.keys(BITS) as (keyof TextMarks)[]) if (marks[key]) format |= BITS[key]
  return format
}
