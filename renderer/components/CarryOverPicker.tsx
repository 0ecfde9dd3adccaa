/**
 * "Bắt đầu từ" in the new-report wizard: an empty template, or a report of an earlier period
 * from the library ("Tạo từ báo cáo kỳ trước"). The likeliest earlier report comes first: the
 * same year's mid-year review for a year-end report, then the same period last year, then the
 * period just before.
 */
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DocumentSummary } from '../../core/contract'
import { periodText } from '../../core/format'
import type { IssuerKind, Period, ReportKind } from '../../core/model/schema'
import { ISSUER_DEFAULTS } from '../../core/templates/issuers'
import { callOrToast } from '../app/actions'

/** Periods in time order: first half, second half, then the whole year. */
function order(period: Period): number {
  return period.year * 4 + (period.kind === 'half' ? period.half : 3)
}

function preference(candidate: Period, target: Period): number {
  if (target.kind === 'year' && candidate.kind === 'half' && candidate.year === target.year) return 0
  const lastYear = candidate.year === target.year - 1 && candidate.kind === target.kind && (candidate.kind === 'year' || (target.kind === 'half' && candidate.half === target.half))
  return lastYear ? 1 : 2
}

/** A library report with a known period. */
export type DatedSummary = DocumentSummary & { period: Period }

/** Library reports that can start a report of `period` for `issuer`, likeliest first. */
export function earlierReports(docs: readonly DocumentSummary[], issuer: IssuerKind, period: Period): DatedSummary[] {
  const profile = ISSUER_DEFAULTS[issuer].profile
  return docs
    .filter((d): d is DatedSummary => d.error === null && d.period !== null && d.profile === profile && order(d.period) < order(period))
    .sort((a, b) => preference(a.period, period) - preference(b.period, period) || order(b.period) - order(a.period) || b.savedAt.localeCompare(a.savedAt))
}

export interface CarryOverPickerProps {
  kind: ReportKind
  issuer: IssuerKind
  period: Period
  /** Library name of the chosen report; null for an empty template. */
  value: string | null
  onChange: (name: string | null) => void
}

export function CarryOverPicker({ kind, issuer, period, value, onChange }: CarryOverPickerProps): React.JSX.Element {
  const { t } = useTranslation()
  const [docs, setDocs] = useState<DocumentSummary[] | null>(null)
  const [picked, setPicked] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    void callOrToast('documents.list', {}).then((list) => {
      if (live) setDocs(list ?? [])
    })
    return () => {
      live = false
    }
  }, [])

  const candidates = useMemo(() => (docs ? earlierReports(docs, issuer, period) : []), [docs, issuer, period])
  const chosen = candidates.find((c) => c.name === picked)?.name ?? candidates[0]?.name ?? null

  useEffect(() => {
    // A choice that no longer fits the kind, issuer or period falls back to the empty template.
    if (value !== null && !candidates.some((c) => c.name === value)) onChange(null)
  }, [candidates, value, onChange])

  const label = (doc: DatedSummary): string => `${t(`home.kinds.${doc.reportKind ?? kind}`)} ${periodText(doc.period)} — ${doc.title || doc.name}`

  return (
    <fieldset className="choice-group">
      <legend>{t('import.startFrom')}</legend>
      <div className="carry-over">
        <label className="inline-choice">
          <input type="radio" name="start-from" checked={value === null} onChange={() => onChange(null)} />
          {t('import.startEmpty')}
        </label>
        <label className="inline-choice">
          <input type="radio" name="start-from" checked={value !== null} disabled={chosen === null} onChange={() => onChange(chosen)} />
          {t('import.startPrevious')}
        </label>
        {candidates.length > 0 && (
          <label className="field">
            <span>{t('import.previousReport')}</span>
            <select
              value={value ?? chosen ?? ''}
              onChange={(e) => {
                setPicked(e.target.value)
                onChange(e.target.value)
              }}
            >
              {candidates.map((doc) => (
                <option key={doc.name} value={doc.name}>
                  {label(doc)}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {docs !== null && candidates.length === 0 && <p className="muted small">{t('import.noPrevious')}</p>}
      {value !== null && <p className="muted small">{t(kind === 'tong-ket-nam' && candidates.find((c) => c.name === value)?.period.kind === 'half' ? 'import.carryReview' : 'import.carryPrevious')}</p>}
    </fieldset>
  )
}
