/**
 * "Bắt đầu từ" in the new-report wizard: an empty template, or a report of an earlier period
 * from the library ("Tạo từ báo cáo kỳ trước"), the likeliest first (see earlier-reports.ts).
 */
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { earlierReports, type DatedSummary } from '../app/earlier-reports'
import { periodLabel } from '../app/period-label'
import type { IssuerKind, Period, ReportKind } from '../../core/model/schema'
import { useDocumentList } from '../app/use-document-list'

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
  const docs = useDocumentList()
  const [picked, setPicked] = useState<string | null>(null)

  const candidates = useMemo(() => (docs ? earlierReports(docs, issuer, period) : []), [docs, issuer, period])
  const chosen = candidates.find((c) => c.name === picked)?.name ?? candidates[0]?.name ?? null

  useEffect(() => {
    // A choice that no longer fits the kind, issuer or period falls back to the empty template.
    if (value !== null && !candidates.some((c) => c.name === value)) onChange(null)
  }, [candidates, value, onChange])

  const label = (doc: DatedSummary): string =>
    `${t(`home.kinds.${doc.reportKind ?? kind}`)} ${periodLabel(doc.period)} — ${doc.title || doc.name}`

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
      {value !== null && (
        <p className="muted small">
          {t(
            kind === 'tong-ket-nam' && candidates.find((c) => c.name === value)?.period.kind === 'half'
              ? 'import.carryReview'
              : 'import.carryPrevious',
          )}
        </p>
      )}
    </fieldset>
  )
}
