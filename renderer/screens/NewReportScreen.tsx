/**
 * "Tạo báo cáo mới": a short wizard on one screen — kind, issuer, period — then straight into the
 * editor, with the header prefilled from the office profile.
 */
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { IssuerKind, ReportKind } from '../../core/model/schema'
import type { TemplateSummary } from '../../core/contract'
import { ISSUER_DEFAULTS } from '../../core/templates/issuers'
import { nextPeriod } from '../../core/format'
import { periodLabel } from '../app/period-label'
import { createDocument, goHome } from '../app/document-actions'
import { loadTemplates } from '../app/template-actions'
import { useAppStore } from '../app/store'
import { createFromPrevious } from '../app/import-actions'
import { CarryOverPicker } from '../components/CarryOverPicker'

const KINDS: readonly ReportKind[] = ['tong-ket-nam', 'so-ket-6-thang']
const ISSUERS: readonly IssuerKind[] = ['ubnd-phuong', 'hdnd-phuong', 'phong-ubnd', 'dang-uy-phuong', 'chi-bo']

/** The period a clerk most likely writes about today. */
export function suggestedPeriod(kind: ReportKind, today: Date): { year: number; half: 1 | 2 } {
  const month = today.getMonth() + 1
  const year = today.getFullYear()
  if (kind === 'tong-ket-nam') return { year: month >= 9 ? year : year - 1, half: 1 }
  if (month >= 5 && month <= 10) return { year, half: 1 }
  return month > 10 ? { year, half: 2 } : { year: year - 1, half: 2 }
}

/** Templates for a kind and an issuer; the built-in one made for that issuer first. */
export function templatesFor(templates: readonly TemplateSummary[], kind: ReportKind, issuer: IssuerKind): TemplateSummary[] {
  return templates
    .filter((t) => t.reportKind === kind && t.issuerKinds.includes(issuer))
    .sort(
      (a, b) =>
        Number(b.issuerKind === issuer) - Number(a.issuerKind === issuer) || Number(a.source === 'user') - Number(b.source === 'user'),
    )
}

export function NewReportScreen(): React.JSX.Element {
  const { t } = useTranslation()
  const templates = useAppStore((s) => s.templates)
  const office = useAppStore((s) => s.settings?.office)
  const [kind, setKind] = useState<ReportKind>('tong-ket-nam')
  const [issuer, setIssuer] = useState<IssuerKind>(() =>
    office ? ((Object.keys(office.issuers)[0] as IssuerKind | undefined) ?? 'ubnd-phuong') : 'ubnd-phuong',
  )
  const initial = suggestedPeriod('tong-ket-nam', new Date())
  const [yearText, setYearText] = useState(String(initial.year))
  const [half, setHalf] = useState<1 | 2>(initial.half)
  const [templateId, setTemplateId] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [sourceName, setSourceName] = useState<string | null>(null)

  useEffect(() => {
    // Read afresh each time: a template added or changed meanwhile is offered at once.
    void loadTemplates()
  }, [])

  const candidates = useMemo(() => (templates ? templatesFor(templates, kind, issuer) : []), [templates, kind, issuer])
  const chosen = candidates.find((c) => c.id === templateId) ?? candidates[0]
  const year = Number(yearText)
  const yearValid = /^\d{4}$/.test(yearText.trim()) && year >= 2000 && year <= 2100
  const period = kind === 'tong-ket-nam' ? ({ kind: 'year', year } as const) : ({ kind: 'half', year, half } as const)

  function chooseKind(next: ReportKind): void {
    setKind(next)
    const suggestion = suggestedPeriod(next, new Date())
    setYearText(String(suggestion.year))
    setHalf(suggestion.half)
    setTemplateId(null)
  }

  async function create(event: React.FormEvent): Promise<void> {
    event.preventDefault()
    if (!chosen || !yearValid || busy) return
    setBusy(true)
    const request = { templateId: chosen.id, year, ...(kind === 'so-ket-6-thang' ? { half } : {}), issuerKind: issuer }
    const ok = sourceName ? await createFromPrevious({ ...request, sourceName }) : await createDocument(request)
    if (!ok) setBusy(false)
  }

  return (
    <>
      <header className="topbar">
        <button type="button" className="btn btn-ghost" onClick={() => void goHome()}>
          ← {t('common.back')}
        </button>
        <h1 className="topbar-title">{t('newReport.heading')}</h1>
        <span />
      </header>
      <main id="main" className="wizard">
        <p className="intro">{t('newReport.intro')}</p>
        <form onSubmit={(e) => void create(e)}>
          <fieldset className="choice-group">
            <legend>{t('newReport.kind')}</legend>
            <div className="choices">
              {KINDS.map((k) => (
                <label key={k} className={`choice${kind === k ? ' choice-on' : ''}`}>
                  <input
                    type="radio"
                    name="kind"
                    value={k}
                    checked={kind === k}
                    aria-label={t(`newReport.kinds.${k}`)}
                    aria-describedby={`kind-${k}-desc`}
                    onChange={() => chooseKind(k)}
                  />
                  <span className="choice-title">{t(`newReport.kinds.${k}`)}</span>
                  <span className="choice-desc" id={`kind-${k}-desc`}>
                    {t(`newReport.kindHelp.${k}`)}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>

          <fieldset className="choice-group">
            <legend>{t('newReport.issuer')}</legend>
            <div className="choices choices-5">
              {ISSUERS.map((k) => (
                <label key={k} className={`choice${issuer === k ? ' choice-on' : ''}`}>
                  <input
                    type="radio"
                    name="issuer"
                    value={k}
                    checked={issuer === k}
                    aria-label={t(`issuers.${k}`)}
                    aria-describedby={`issuer-${k}-desc`}
                    onChange={() => {
                      setIssuer(k)
                      setTemplateId(null)
                    }}
                  />
                  <span className="choice-title">{t(`issuers.${k}`)}</span>
                  <span className="choice-desc" id={`issuer-${k}-desc`}>
                    {t(`newReport.profiles.${ISSUER_DEFAULTS[k].profile}`)}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>

          <fieldset className="choice-group">
            <legend>{t('newReport.period')}</legend>
            <div className="period-row">
              <label className="field">
                <span>{t('newReport.year')}</span>
                <input
                  type="number"
                  inputMode="numeric"
                  min={2000}
                  max={2100}
                  value={yearText}
                  aria-invalid={!yearValid}
                  aria-describedby={yearValid ? undefined : 'year-error'}
                  onChange={(e) => setYearText(e.target.value)}
                />
              </label>
              {kind === 'so-ket-6-thang' && (
                <div className="half-choice" role="radiogroup" aria-label={t('newReport.half')}>
                  {([1, 2] as const).map((h) => (
                    <label key={h} className="inline-choice">
                      <input type="radio" name="half" checked={half === h} onChange={() => setHalf(h)} />
                      {t(h === 1 ? 'newReport.halves.first' : 'newReport.halves.second')}
                    </label>
                  ))}
                </div>
              )}
            </div>
            {!yearValid && (
              <p id="year-error" className="error-text">
                {t('newReport.yearInvalid')}
              </p>
            )}
            {yearValid && (
              <p className="muted">
                {t('newReport.periodPreview', { period: periodLabel(period), next: periodLabel(nextPeriod(period)) })}
              </p>
            )}
          </fieldset>

          {yearValid && <CarryOverPicker kind={kind} issuer={issuer} period={period} value={sourceName} onChange={setSourceName} />}

          {candidates.length > 1 && (
            <label className="field">
              <span>{t('newReport.template')}</span>
              <select value={chosen?.id ?? ''} onChange={(e) => setTemplateId(e.target.value)}>
                {candidates.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                    {c.source === 'user' ? ` (${t('newReport.userTemplate')})` : ''}
                  </option>
                ))}
              </select>
            </label>
          )}
          {templates !== null && candidates.length === 0 && <p className="error-text">{t('newReport.noTemplates')}</p>}
          {chosen && <p className="muted template-desc">{chosen.description}</p>}

          <div className="wizard-actions">
            <button type="button" className="btn" onClick={() => void goHome()}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="btn btn-primary" disabled={!chosen || !yearValid || busy}>
              {busy ? t('newReport.creating') : t('newReport.create')}
            </button>
          </div>
        </form>
      </main>
    </>
  )
}
