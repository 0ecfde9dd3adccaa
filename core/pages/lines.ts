/**
 * A paragraph set into lines: first fit, as Word and LibreOffice do (no hyphenation), at the break
 * opportunities of breaks.ts, with Tinos's advance widths. A word longer than a line is broken
 * between letters. Justified lines get their spare width spread over their spaces; the last line
 * and a line ended by a line break (Shift+Enter) keep normal spacing.
 */
import { advanceUnits, FONT_UNITS, fontFace, singleLineHeight, type FontFace } from '../layout'
import { breakOpportunities } from './breaks'
import type { ParaSpec, Run, Span } from './types'

/** A line of a paragraph, relative to the paragraph's text area. */
export interface SetLine {
  /** From the left edge of the paragraph's area (its left indent included). */
  x: number
  /** The width the line is set in: natural, or the whole line when justified. */
  width: number
  height: number
  /**
   * The height the line needs at the foot of a page: its single height; the extra space of
   * multiple line spacing, which LibreOffice puts under the line, may hang below the margin.
   */
  fit: number
  wordSpacing: number
  runs: Run[]
}

// Superscript and subscript are set smaller, as LibreOffice sets them (58 %).
const SCRIPT_SCALE = 0.58
// Word's default tab stops, every 1.27 cm.
const TAB_STOP = 36
// Widths are whole dots (see DOTS_PER_POINT): one dot too many does not fit. This only absorbs
// the rounding of sums of fractions.
const EPSILON = 1e-6

interface Glyph {
  char: string
  span: number
  width: number
  /** Room an italic glyph leaves at the end of the line for its slant. */
  slant: number
}

/**
 * LibreOffice keeps an italic run a twelfth of its line height (in whole twips) clear of the end
 * of the line, for the slant of its last letter (sw/source/core/text/guess.cxx).
 */
function slantRoom(span: Span): number {
  return span.italic ? Math.floor(Math.round(singleLineHeight(span.size) * 20) / 12) / 20 : 0
}

/** From `position` to the next default tab stop. */
function tabAdvance(position: number): number {
  return TAB_STOP - (position % TAB_STOP)
}

/**
 * LibreOffice lays out a Word document on a reference device of 8,640 dots per inch (six to the
 * twip), each glyph's advance a whole number of dots: 120 dots to the point. Summing the rounded
 * advances decides the lines that end within a fraction of a point of the margin as it does.
 */
const DOTS_PER_POINT = 120

function glyphsOf(spans: readonly Span[]): Glyph[] {
  const glyphs: Glyph[] = []
  spans.forEach((span, index) => {
    const face: FontFace = fontFace(span.bold, span.italic)
    const dotsPerUnit = ((span.sub || span.sup ? SCRIPT_SCALE : 1) * span.size * DOTS_PER_POINT) / FONT_UNITS.perEm
    const slant = slantRoom(span)
    for (const char of span.text) {
      const code = char.codePointAt(0) ?? 0x20
      const width = char === '\t' || char === '\n' ? 0 : Math.round(advanceUnits(code, face) * dotsPerUnit) / DOTS_PER_POINT
      glyphs.push({ char, span: index, width, slant })
    }
  })
  return glyphs
}

/**
 * The height of a line: exactly so many points, or a multiple of the single line of its largest
 * text, as LibreOffice works it out in whole twips: the single line rounded, the multiple a whole
 * percentage (Word's 240ths of a line), the product cut to the twip.
 */
function lineHeight(spec: ParaSpec, spans: readonly Span[], used: ReadonlySet<number>): { height: number; fit: number } {
  if (spec.line.rule === 'exact') return { height: spec.line.points, fit: spec.line.points }
  let size = used.size === 0 ? spec.size : 0
  for (const index of used) size = Math.max(size, spans[index]?.size ?? spec.size)
  const single = Math.round(singleLineHeight(size) * 20)
  const percent = Math.floor((Math.round(spec.line.lines * 240) * 100) / 240)
  return { height: Math.floor((single * percent) / 100) / 20, fit: Math.min(single, Math.floor((single * percent) / 100)) / 20 }
}

/** The runs of glyphs `from`…`to`−1: consecutive glyphs of one span make one run. */
function runsOf(spans: readonly Span[], glyphs: readonly Glyph[], from: number, to: number): Run[] {
  const runs: Run[] = []
  let current: Run | null = null
  let currentSpan = -1
  for (let i = from; i < to; i++) {
    const glyph = glyphs[i] as Glyph
    if (glyph.char === '\n') continue
    if (current && glyph.span === currentSpan) {
      current.text += glyph.char
      continue
    }
    const { text: _text, ...look } = spans[glyph.span] as Span
    current = { ...look, text: glyph.char }
    currentSpan = glyph.span
    runs.push(current)
  }
  return runs
}

/** A single-spaced paragraph of `spans` without indents, spacing or keeps (the page number's). */
export function plainParagraph(spans: Span[], size: number, align: ParaSpec['align']): ParaSpec {
  return {
    kind: 'para',
    spans,
    size,
    align,
    left: 0,
    right: 0,
    firstLine: 0,
    before: 0,
    after: 0,
    line: { rule: 'multiple', lines: 1 },
    keepNext: false,
    keepLines: false,
    rule: 0,
  }
}

/** Set a paragraph into lines `width` points wide (its indents are taken off here). */
export function setParagraph(spec: ParaSpec, width: number): SetLine[] {
  const glyphs = glyphsOf(spec.spans)
  const breaks = breakOpportunities(glyphs.map((g) => g.char).join(''))
  const area = width - spec.left - spec.right
  const lines: SetLine[] = []

  let start = 0
  while (start <= glyphs.length) {
    const first = lines.length === 0
    const offset = spec.left + (first ? spec.firstLine : 0)
    const available = area - (first ? spec.firstLine : 0)
    // Take glyphs while the line's text (its trailing spaces aside) fits.
    let used = 0
    let end = start
    let lastBreak = -1
    let reaching: { at: number; reach: number } | null = null
    let forced = false
    for (let i = start; i < glyphs.length; i++) {
      const glyph = glyphs[i] as Glyph
      if (glyph.char === '\n') {
        end = i + 1
        forced = true
        break
      }
      const kind = breaks[i]
      if (i > start && kind === true) lastBreak = i
      else if (i > start && typeof kind === 'number') reaching = { at: i, reach: kind }
      const advance = glyph.char === '\t' ? tabAdvance(offset + used) : glyph.width
      if (glyph.char !== ' ' && used + advance > available - glyph.slant + EPSILON && i > start) {
        const weak = reaching !== null && reaching.at > lastBreak && i <= reaching.reach ? reaching.at : -1
        end = Math.max(weak, lastBreak) > start ? Math.max(weak, lastBreak) : i
        break
      }
      used += advance
      end = i + 1
    }
    const last = end >= glyphs.length && !forced
    // The line's content: its trailing spaces (and line break) hang in the margin.
    let contentEnd = end
    while (contentEnd > start && (glyphs[contentEnd - 1]?.char === ' ' || glyphs[contentEnd - 1]?.char === '\n')) contentEnd--
    lines.push(lineOf(spec, glyphs, start, contentEnd, offset, available, !last && !forced))
    if (last) break
    start = end
  }
  return lines
}

function lineOf(
  spec: ParaSpec,
  glyphs: readonly Glyph[],
  from: number,
  to: number,
  offset: number,
  available: number,
  justify: boolean,
): SetLine {
  let natural = 0
  let spaces = 0
  const used = new Set<number>()
  for (let i = from; i < to; i++) {
    const glyph = glyphs[i] as Glyph
    natural += glyph.char === '\t' ? tabAdvance(offset + natural) : glyph.width
    if (glyph.char === ' ') spaces++
    used.add(glyph.span)
  }
  const { height, fit } = lineHeight(spec, spec.spans, used)
  const runs = runsOf(spec.spans, glyphs, from, to)
  const spare = Math.max(0, available - natural)
  if (spec.align === 'justify' && justify && spaces > 0) {
    return { x: offset, width: available, height, fit, wordSpacing: spare / spaces, runs }
  }
  const shift = spec.align === 'center' ? spare / 2 : spec.align === 'right' ? spare : 0
  return { x: offset + shift, width: natural, height, fit, wordSpacing: 0, runs }
}
