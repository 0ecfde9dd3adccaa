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

/** What the font says, unless the run is already Unicode Vietnamese typed in an old font. */
function encodingByFont(run: LegacyRun): FontEncoding | null {
  const byFont = fontEncoding(run.font)
  if (!byFont || hasUnicodeVietnamese(run.text)) return null
  return byFont
}

/**
 * Convert the runs of one paragraph. A run in a legacy font is converted by that font; the runs
 * with no such font are judged together, by their characters, and converted only when they are
 * plainly in a legacy encoding. A run counts as converted when its text changed.
 */
export function convertParagraphRuns(runs: readonly LegacyRun[]): ConvertedRun[] {
  const unknown = runs.filter((run) => fontEncoding(run.font) === null)
  const detected = unknown.length > 0 ? detectEncoding(unknown.map((r) => r.text).join('')) : null
  return runs.map((run) => {
    const byFont = encodingByFont(run)
    const encoding = byFont?.encoding ?? (fontEncoding(run.font) === null ? detected : null)
    if (encoding === null) return { text: run.text, encoding: null }
    const text = decodeLegacy(run.text, encoding, byFont?.capitals ?? false)
    return { text, encoding: text === run.text ? null : encoding }
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
