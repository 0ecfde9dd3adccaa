/**
 * Dates as ND30 writes them: a leading zero for days 1–9 and for months 1 and 2 only
 * ("ngày 05 tháng 01 năm 2026", "ngày 29 tháng 6 năm 2019"), spec §2.4 and §6.
 */

/** A calendar date read from "YYYY-MM-DD". */
export interface CalendarDate {
  year: number
  month: number
  day: number
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0
}

/**
 * Read an ISO date "YYYY-MM-DD" and check that the day exists on the calendar.
 *
 * The schema only checks the shape, so "2025-02-30" can reach the exporter; failing loudly here
 * beats printing a date that does not exist on an official document.
 *
 * @throws RangeError when the text is not "YYYY-MM-DD" or names a day that does not exist.
 */
export function parseIsoDate(iso: string): CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!match) throw new RangeError(`Not an ISO date (YYYY-MM-DD): "${iso}"`)
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`No such date: "${iso}"`)
  }
  return { year, month, day }
}

const pad2 = (n: number): string => String(n).padStart(2, '0')

/** Months 1 and 2 take a zero so "tháng 01" cannot be misread as the start of "tháng 10"–"12". */
const monthText = (month: number): string => (month <= 2 ? pad2(month) : String(month))

// Six spaces leave room to write the day and month by hand after signing (spec §2.4).
const BLANK = '      '

/**
 * The long date of the header: "ngày 05 tháng 01 năm 2026", "ngày 15 tháng 12 năm 2025".
 *
 * With no date yet (left for the văn thư), gives the blank form "ngày      tháng      năm 2025" for
 * `fallbackYear`. The year is never grouped ("2026", not "2.026").
 *
 * @throws RangeError for an invalid ISO date, see {@link parseIsoDate}.
 */
export function formatDateLong(iso: string | null, fallbackYear: number): string {
  if (iso === null) return `ngày${BLANK}tháng${BLANK}năm ${fallbackYear}`
  const { year, month, day } = parseIsoDate(iso)
  return `ngày ${pad2(day)} tháng ${monthText(month)} năm ${year}`
}

/**
 * The date line under the national motto: "Phú Xuân, ngày 05 tháng 01 năm 2026".
 *
 * Without a place the line starts with the date, so it is capitalised: "Ngày 05 tháng 01 năm 2026".
 *
 * @throws RangeError for an invalid ISO date, see {@link parseIsoDate}.
 */
export function formatDateLine(place: string, iso: string | null, fallbackYear: number): string {
  const date = formatDateLong(iso, fallbackYear)
  const trimmed = place.normalize('NFC').trim()
  return trimmed === '' ? `N${date.slice(1)}` : `${trimmed}, ${date}`
}

/**
 * A short date for the body text, with the same zero rule: "05/3/2020", "20/01/2025", "14/6/2024".
 *
 * @throws RangeError for an invalid ISO date, see {@link parseIsoDate}.
 */
export function formatDateShort(iso: string): string {
  const { year, month, day } = parseIsoDate(iso)
  return `${pad2(day)}/${monthText(month)}/${year}`
}

/** True when `iso` is "YYYY-MM-DD" and names a day that exists. */
export function isIsoDate(iso: string): boolean {
  try {
    parseIsoDate(iso)
    return true
  } catch {
    return false
  }
}

const toIso = ({ year, month, day }: CalendarDate): string => `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`

/**
 * Read a date typed the Vietnamese way, day first, whatever the computer's locale:
 * "2/12/2026", "02/12/2026", "02-12-2026", "2.12.2026" and "02122026" are all 2 December 2026.
 * An ISO date ("2026-12-02", pasted from elsewhere) is read too.
 *
 * @returns the ISO date "YYYY-MM-DD", or null when the text is not a date that exists
 *   ("31/02/2026", "02/12/20233", "abc").
 */
export function parseViDate(text: string): string | null {
  const trimmed = text.trim()
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed)
  const dayFirst = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(trimmed) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(trimmed)
  const parts = iso
    ? { year: iso[1], month: iso[2], day: iso[3] }
    : dayFirst
      ? { day: dayFirst[1], month: dayFirst[2], year: dayFirst[3] }
      : null
  if (!parts) return null
  const date = { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) }
  if (date.year < 1000) return null
  const candidate = toIso(date)
  return isIsoDate(candidate) ? candidate : null
}

/** A date as a date field shows it: "02/12/2026" (day and month always on two digits). */
export function formatDateInput(iso: string): string {
  const { year, month, day } = parseIsoDate(iso)
  return `${pad2(day)}/${pad2(month)}/${year}`
}
