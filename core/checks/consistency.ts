/**
 * Checks of what the clerk typed against itself: a rate written next to a count that gives
 * another rate ("02/16 chi bộ … (tỷ lệ 15%)" where 2/16 is 12,5%), a date in the future, a date
 * that does not fit the reporting period, and a trích yếu whose first letter does not follow the
 * side's rule.
 */
import type { Meta, Period, ProfileId } from '../model/schema'
import { parseIsoDate, type CalendarDate } from '../format/dates'
import { formatPercent, formatRatio, parseViNumber } from '../format/numbers'

/** A count out of a total, followed in the same clause by the rate it claims. */
const RATIO_WITH_RATE =
  /(?<![\p{L}\p{N}.,])(\d{1,3}(?:\.\d{3})*|\d+)\s*\/\s*(\d{1,3}(?:\.\d{3})*|\d+)(?![\p{N}])([^.;:!?\n]{0,80}?)(?<!\p{L})(tỷ lệ|chiếm|đạt|bằng)\s*(\d+(?:,\d+)?)\s*%/gu

export interface RateMismatch {
  /** "02/16 … 15%". */
  excerpt: string
  typed: string
  computed: string
}

/**
 * Rates that contradict their own count: the typed rate differs from count / total × 100 by more
 * than the rounding of the digits it was typed with.
 */
export function findRateMismatches(text: string): RateMismatch[] {
  const out: RateMismatch[] = []
  for (const match of text.normalize('NFC').matchAll(RATIO_WITH_RATE)) {
    const count = parseViNumber(match[1] ?? '')
    const total = parseViNumber(match[2] ?? '')
    const typedText = match[5] ?? ''
    const typed = parseViNumber(typedText)
    if (count === null || total === null || typed === null || total === 0 || count > total * 10) continue
    const computed = (count / total) * 100
    const decimals = typedText.includes(',') ? (typedText.split(',')[1]?.length ?? 0) : 0
    const tolerance = 0.5 * 10 ** -decimals + 1e-9
    if (Math.abs(computed - typed) > tolerance) {
      out.push({ excerpt: `${formatRatio(count, total)} … ${typedText}%`, typed: `${typedText}%`, computed: formatPercent(computed) })
    }
  }
  return out
}

function toDate(d: CalendarDate): number {
  return Date.UTC(d.year, d.month - 1, d.day)
}

/** The window in which a report on `period` is normally dated: from late in the period to three months after it. */
export function plausibleDates(period: Period): { from: CalendarDate; to: CalendarDate } {
  if (period.kind === 'year') return { from: { year: period.year, month: 6, day: 1 }, to: { year: period.year + 1, month: 3, day: 31 } }
  return period.half === 1
    ? { from: { year: period.year, month: 4, day: 1 }, to: { year: period.year, month: 9, day: 30 } }
    : { from: { year: period.year, month: 10, day: 1 }, to: { year: period.year + 1, month: 3, day: 31 } }
}

/** True when the date lies outside the window of {@link plausibleDates}. */
export function dateOutsidePeriod(iso: string, period: Period): boolean {
  const date = toDate(parseIsoDate(iso))
  const { from, to } = plausibleDates(period)
  return date < toDate(from) || date > toDate(to)
}

/** True when the date is after `today` (both as calendar days). */
export function dateInFuture(iso: string, today: Date): boolean {
  const date = parseIsoDate(iso)
  return toDate(date) > Date.UTC(today.getFullYear(), today.getMonth(), today.getDate())
}

/** The trích yếu should start with a capital on the state side and a lower-case letter on the Party side. */
export function titleCaseWrong(meta: Pick<Meta, 'title'>, profile: ProfileId): boolean {
  const first = meta.title.trim().charAt(0)
  if (first === '' || first.toLocaleLowerCase('vi') === first.toLocaleUpperCase('vi')) return false
  const isUpper = first === first.toLocaleUpperCase('vi')
  return profile === 'party' ? isUpper : !isUpper
}
