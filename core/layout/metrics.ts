/**
 * Widths of text set in Times New Roman, for the decisions the exporter takes before Word or
 * LibreOffice lays the page out (how long the rule under the tiêu ngữ is, whether a table fits a
 * portrait page) and for the page preview, which breaks lines and pages itself.
 *
 * The widths are Tinos's own (font-widths.ts, generated from the font files): Tinos is
 * metric-compatible with Times New Roman, the app draws its pages with it, and LibreOffice's
 * substitute, Liberation Serif, has the same advances. Neither Word nor LibreOffice kerns the
 * report's text, so a line is the sum of its characters.
 */
import { FONT_UNITS, FONT_WIDTHS } from './font-widths'

export { FONT_UNITS }

/** Bold, italic, both or neither. */
export type FontFace = 'regular' | 'bold' | 'italic' | 'boldItalic'

export function fontFace(bold: boolean, italic: boolean): FontFace {
  return bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular'
}

// Combining marks have no advance of their own; any other character the table lacks is set in a
// fallback font by the renderer: half an em is as good a guess as any.
const COMBINING = /\p{M}/u
const FALLBACK_UNITS = FONT_UNITS.perEm / 2

/** Advance widths by code point, in font units, for the code points of the table; -1 where the font has none. */
function decode(ranges: readonly (readonly [number, string])[]): Int16Array {
  const last = Math.max(...ranges.map(([start, widths]) => start + widths.length / 3))
  const table = new Int16Array(last).fill(-1)
  for (const [start, widths] of ranges) {
    for (let i = 0; i < widths.length / 3; i++) {
      const units = parseInt(widths.slice(i * 3, i * 3 + 3), 36)
      table[start + i] = units === 0 && !COMBINING.test(String.fromCodePoint(start + i)) ? -1 : units
    }
  }
  return table
}

const TABLES: Record<FontFace, Int16Array> = {
  regular: decode(FONT_WIDTHS.regular),
  bold: decode(FONT_WIDTHS.bold),
  italic: decode(FONT_WIDTHS.italic),
  boldItalic: decode(FONT_WIDTHS.boldItalic),
}

/** Advance of one code point in font units ({@link FONT_UNITS}.perEm to the em). */
export function advanceUnits(codePoint: number, face: FontFace): number {
  const units = TABLES[face][codePoint] ?? -1
  if (units >= 0) return units
  return COMBINING.test(String.fromCodePoint(codePoint)) ? 0 : FALLBACK_UNITS
}

/** Width in font units of NFC text (no normalization: the caller's text is NFC already). */
export function textUnits(text: string, face: FontFace): number {
  const table = TABLES[face]
  let units = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const known = table[code] ?? -1
    if (known >= 0) {
      units += known
      continue
    }
    const point = text.codePointAt(i) ?? code
    if (point > 0xffff) i++
    units += advanceUnits(point, face)
  }
  return units
}

/** Width in points of `text` at `size` points. */
export function textWidthPt(text: string, size: number, bold = false, italic = false): number {
  return (textUnits(text.normalize('NFC'), fontFace(bold, italic)) / FONT_UNITS.perEm) * size
}

/**
 * Height in points of a single-spaced line of text at `size` points: the font's ascender,
 * descender and line gap, as LibreOffice and Word space Times New Roman (1.15 em).
 */
export function singleLineHeight(size: number): number {
  return ((FONT_UNITS.ascender + FONT_UNITS.descender + FONT_UNITS.lineGap) / FONT_UNITS.perEm) * size
}

/** Height above the baseline of text at `size` points, in points. */
export function fontAscent(size: number): number {
  return (FONT_UNITS.ascender / FONT_UNITS.perEm) * size
}

export const TWIPS_PER_PT = 20
export const TWIPS_PER_MM = 1440 / 25.4

export function mmToTwips(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM)
}

/** Width in twips of `text`, see {@link textWidthPt}. */
export function textWidthTwips(text: string, size: number, bold = false, italic = false): number {
  return Math.round(textWidthPt(text, size, bold, italic) * TWIPS_PER_PT)
}

/** Width in twips of `text` printed in `style` (size, bold, italic). */
export function styledWidthTwips(text: string, style: { size: number; bold?: boolean; italic?: boolean }): number {
  return textWidthTwips(text, style.size, style.bold ?? false, style.italic ?? false)
}
