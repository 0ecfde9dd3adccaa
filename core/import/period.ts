/** The kind and period of an imported report, read from its trích yếu (or its file name). */
import type { Period, ReportKind } from '../model/schema'
import { foldVi } from './text'

export interface KindAndPeriod {
  reportKind: ReportKind
  period: Period
  /** False when nothing in the text said which period it is (the year is a guess). */
  certain: boolean
}

const HALF = /\b(?:6|sau) thang (dau|cuoi) nam (\d{4})\b/u
const YEAR = /\bnam (\d{4})\b/u

/**
 * "… 6 tháng đầu năm 2026 …" → mid-year review of the first half of 2026; "… năm 2025; phương
 * hướng, nhiệm vụ năm 2026" → year-end report of 2025 (the first year named is the one reported
 * on). `texts` are tried in order (title, then file name); `fallbackYear` is used when none
 * names a year.
 */
export function kindAndPeriod(texts: readonly string[], fallbackYear: number): KindAndPeriod {
  for (const raw of texts) {
    const text = foldVi(raw).replace(/[^\p{L}\p{N}]+/gu, ' ')
    const half = HALF.exec(text)
    if (half)
      return {
        reportKind: 'so-ket-6-thang',
        period: { kind: 'half', year: Number(half[2]), half: half[1] === 'dau' ? 1 : 2 },
        certain: true,
      }
    const midYear = /\bso ket\b/u.test(text)
    const year = YEAR.exec(text) ?? /\b(20\d{2})\b/u.exec(text)
    if (year) {
      const y = Number(year[1])
      return midYear
        ? { reportKind: 'so-ket-6-thang', period: { kind: 'half', year: y, half: 1 }, certain: true }
        : { reportKind: 'tong-ket-nam', period: { kind: 'year', year: y }, certain: true }
    }
  }
  return { reportKind: 'tong-ket-nam', period: { kind: 'year', year: fallbackYear }, certain: false }
}
