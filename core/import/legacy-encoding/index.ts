/**
 * Text typed in the legacy Vietnamese encodings (TCVN3, VNI, VIQR) → Unicode NFC, decided run by
 * run: by the run's font when it names one, otherwise by the characters of its paragraph. Text
 * that is Unicode already is never touched.
 */
import { z } from 'zod'
import { decodeLegacy, type LegacyEncoding } from './decode'
import { detectEncoding, fontEncoding, hasUnicodeVietnamese, type FontEncoding } from './detect'

export { decodeLegacy, decodeTcvn3, decodeVni, decodeViqr, type LegacyEncoding } from './decode'
export { detectEncoding, fontEncoding, hasUnicodeVietnamese, isVietnameseSyllable, type FontEncoding } from './detect'

/** How many runs of text were converted from one encoding, for the import summary. */
export const Conversion = z.object({ encoding: z.enum(['tcvn3', 'vni', 'viqr']), runs: z.number().int().min(1) })
export type Conversion = z.infer<typeof Conversion>

/** Counts of converted runs by encoding; `list()` gives them in a stable order. */
export class ConversionTally {
  private readonly counts = new Map<LegacyEncoding, number>()

  add(encoding: LegacyEncoding, runs = 1): void {
    if (runs > 0) this.counts.set(encoding, (this.counts.get(encoding) ?? 0) + runs)
  }

  addAll(conversions: readonly Conversion[]): void {
    for (const c of conversions) this.add(c.encoding, c.runs)
  }

  list(): Conversion[] {
    return (['tcvn3', 'vni', 'viqr'] as const).flatMap((encoding) => {
      const runs = this.counts.get(encoding)
      return runs ? [{ encoding, runs }] : []
    })
  }
}

/** A run of text and the font it is in (null when the file names none). */
export interface LegacyRun {
  text: string
  font: string | null
}

/** A converted run: its new text, and the encoding it came from (null when left as it was). */
export interface ConvertedRun {
  text: string
  encoding: LegacyEncoding | null
}

/**
 * How each run of one paragraph is to be read: by its font when the font is a legacy one (unless
 * the run is Unicode Vietnamese already, typed in an old font), and the runs with no such font
 * judged together, by their characters. null: leave the run as it is.
 */
export function decideRuns(runs: readonly LegacyRun[]): (FontEncoding | null)[] {
  const unknown = runs.filter((run) => fontEncoding(run.font) === null)
  const detected = unknown.length > 0 ? detectEncoding(unknown.map((r) => r.text).join('')) : null
  return runs.map((run) => {
    const byFont = fontEncoding(run.font)
    if (byFont) return hasUnicodeVietnamese(run.text) ? null : byFont
    return detected ? { encoding: detected, capitals: false } : null
  })
}

/** Convert the runs of one paragraph (see {@link decideRuns}); a run counts as converted when its text changed. */
export function convertParagraphRuns(runs: readonly LegacyRun[]): ConvertedRun[] {
  const decisions = decideRuns(runs)
  return runs.map((run, i) => {
    const decision = decisions[i]
    if (!decision) return { text: run.text, encoding: null }
    const text = decodeLegacy(run.text, decision.encoding, decision.capitals)
    return { text, encoding: text === run.text ? null : decision.encoding }
  })
}

/** Plain text (a paste, a line of a .doc) in a legacy encoding → Unicode, paragraph by paragraph. */
export function convertPlainText(text: string, tally?: ConversionTally): string {
  return text
    .split(/(\r\n|\r|\n)/u)
    .map((part) => {
      if (/^(?:\r\n|\r|\n)$/u.test(part) || part === '') return part
      const [converted] = convertParagraphRuns([{ text: part, font: null }])
      if (converted?.encoding) tally?.add(converted.encoding)
      return converted?.text ?? part
    })
    .join('')
}
