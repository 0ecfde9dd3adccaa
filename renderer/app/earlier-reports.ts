/**
 * Which library reports can start a new report ("Tạo từ báo cáo kỳ trước"), likeliest first: the
 * same year's mid-year review for a year-end report, then the same period last year, then the
 * most recent earlier period. Only reports of the same side (state or Party) qualify.
 */
import type { DocumentSummary } from '../../core/contract'
import type { IssuerKind, Period } from '../../core/model/schema'
import { ISSUER_DEFAULTS } from '../../core/templates/issuers'

/** Periods in time order: first half, second half, then the whole year. */
function order(period: Period): number {
  return period.year * 4 + (period.kind === 'half' ? period.half : 3)
}

function preference(candidate: Period, target: Period): number {
  if (target.kind === 'year' && candidate.kind === 'half' && candidate.year === target.year) return 0
  const lastYear =
    candidate.year === target.year - 1 &&
    candidate.kind === target.kind &&
    (candidate.kind === 'year' || (target.kind === 'half' && candidate.half === target.half))
  return lastYear ? 1 : 2
}

/** A library report with a known period. */
export type DatedSummary = DocumentSummary & { period: Period }

/** Library reports that can start a report of `period` for `issuer`, likeliest first. */
export function earlierReports(docs: readonly DocumentSummary[], issuer: IssuerKind, period: Period): DatedSummary[] {
  const profile = ISSUER_DEFAULTS[issuer].profile
  return docs
    .filter((d): d is DatedSummary => d.error === null && d.period !== null && d.profile === profile && order(d.period) < order(period))
    .sort(
      (a, b) =>
        preference(a.period, period) - preference(b.period, period) ||
        order(b.period) - order(a.period) ||
        b.savedAt.localeCompare(a.savedAt),
    )
}
