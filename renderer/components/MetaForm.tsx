/**
 * "Thông tin văn bản": every header and signature field of the report, with the choices of its
 * profile (issuer kinds of the same side, the side's authority marks), and the layout choices
 * within the legal ranges. The page view shows the result live.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AuthorityMark, IssuerKind, LayoutChoices, Meta, Period } from '../../core/model/schema'
import { AuthorityMark as AuthorityMarks } from '../../core/model/schema'
import { ISSUER_DEFAULTS, issuerKindsFor, suggestedTitle, withPeriod } from '../../core/templates'
import { profileFor, layoutIssues } from '../../core/layout'
import { formatNumber } from '../../core/format'
import { collectEditors } from '../app/autosave-actions'
import { layoutChanged, metaChanged, reportReplaced } from '../app/report-history'
import { linesOf } from '../app/report-edit'
import { DateInput } from './DateInput'
import { TypedNumberInput } from './TypedNumberInput'
import { GuidanceNote, KinhGuiSuggestion } from './MetaNotes'
import { useAppStore } from '../app/store'
import type { StepLabel } from '../app/history'

/** The label of each signer field in meta.fields. */
const SIGNER_LABELS: Readonly<Record<string, string>> = {
  authority: 'authority',
  body: 'body',
  headTitle: 'headTitle',
  title: 'signerTitle',
  name: 'signerName',
}

function Field({ id, label, help, children }: { id: string; label: string; help?: string; children: React.ReactNode }): React.JSX.Element {
  return (
    <div className="field">
      <label htmlFor={`field-${id}`}>{label}</label>
      {children}
      {help && (
        <p className="field-help" id={`help-${id}`}>
          {help}
        </p>
      )}
    </div>
  )
}

/** A multi-line field whose value is a list of lines; blank lines are kept while typing. */
function LinesField({
  id,
  value,
  onChange,
  rows = 4,
  disabled,
}: {
  id: string
  value: string[]
  onChange: (lines: string[]) => void
  rows?: number
  disabled: boolean
}): React.JSX.Element {
  const [text, setText] = useState(value.join('\n'))
  const [shown, setShown] = useState(value)
  // Lines changed elsewhere (another issuer chosen) replace the text; the clerk's own blank lines stay.
  if (value !== shown) {
    setShown(value)
    if (linesOf(text).join('\n') !== value.join('\n')) setText(value.join('\n'))
  }
  return (
    <textarea
      id={`field-${id}`}
      rows={rows}
      value={text}
      disabled={disabled}
      onChange={(e) => {
        setText(e.target.value)
        onChange(linesOf(e.target.value))
      }}
    />
  )
}

export function MetaForm(): React.JSX.Element | null {
  const { t } = useTranslation()
  const report = useAppStore((s) => s.doc?.report)
  const readOnly = useAppStore((s) => s.readOnly)
  if (!report) return null
  const { meta } = report
  const profile = profileFor(report.profile)
  // Each field is one step of the undo history while it is typed into; its label names the field.
  const fieldLabel = (labelKey: string): StepLabel => ({ key: 'history.meta', params: { field: t(`meta.fields.${labelKey}`) } })
  const set = (change: Partial<Meta>): void => {
    const field = Object.keys(change)[0] ?? null
    metaChanged(() => change, field, field ? fieldLabel(field) : undefined)
  }
  const setSigner = (change: Partial<Meta['signer']>): void => {
    const field = Object.keys(change)[0] ?? ''
    metaChanged((m) => ({ signer: { ...m.signer, ...change } }), `signer.${field}`, fieldLabel(SIGNER_LABELS[field] ?? field))
  }
  const text = (key: 'parent' | 'place' | 'number' | 'symbol' | 'archive' | 'drafter', label: string, help?: string): React.JSX.Element => (
    <Field id={key} label={label} {...(help ? { help } : {})}>
      <input
        id={`field-${key}`}
        type="text"
        value={meta[key]}
        disabled={readOnly}
        onChange={(e) => set({ [key]: e.target.value })}
        aria-describedby={help ? `help-${key}` : undefined}
      />
    </Field>
  )

  function changeIssuerKind(kind: IssuerKind): void {
    const office = useAppStore.getState().settings?.office.issuers[kind]
    const defaults = ISSUER_DEFAULTS[kind]
    metaChanged(
      () => ({
        issuerKind: kind,
        parent: office?.parent ?? defaults.parent,
        issuer: office?.issuer || defaults.issuer,
        symbol: office?.symbol || defaults.symbol,
        signer: office?.signer ? { ...office.signer } : { ...defaults.signer, name: meta.signer.name },
        archive: office?.archive || defaults.archive,
      }),
      'issuerKind',
      fieldLabel('issuerKind'),
    )
  }

  function changePeriod(period: Period): void {
    if (!report) return
    collectEditors()
    const current = useAppStore.getState().doc?.report ?? report
    reportReplaced(withPeriod(current, period), { key: 'history.period' })
  }

  const year = meta.period.year
  return (
    <form className="panel meta-form" onSubmit={(e) => e.preventDefault()}>
      <h2>{t('meta.heading')}</h2>
      <p className="muted small">{t('meta.intro')}</p>

      <GuidanceNote report={report} />

      <fieldset>
        <legend>{t('meta.groups.header')}</legend>
        <Field id="issuerKind" label={t('meta.fields.issuerKind')}>
          <select
            id="field-issuerKind"
            value={meta.issuerKind}
            disabled={readOnly}
            onChange={(e) => changeIssuerKind(e.target.value as IssuerKind)}
          >
            {issuerKindsFor(report.profile).map((k) => (
              <option key={k} value={k}>
                {t(`issuers.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        {text('parent', t('meta.fields.parent'), t('meta.help.parent'))}
        <Field id="issuer" label={t('meta.fields.issuer')} help={t('meta.help.issuer')}>
          <textarea id="field-issuer" rows={2} value={meta.issuer} disabled={readOnly} onChange={(e) => set({ issuer: e.target.value })} />
        </Field>
        <div className="field-row">
          {text('number', t('meta.fields.number'), t('meta.help.number'))}
          {text('symbol', t('meta.fields.symbol'))}
        </div>
        {text('place', t('meta.fields.place'), t('meta.help.place'))}
        <Field id="date" label={t('meta.fields.date')} help={t('meta.help.date')}>
          <DateInput
            id="field-date"
            value={meta.date}
            disabled={readOnly}
            fallbackYear={year}
            describedBy="help-date"
            onChange={(date) => set({ date })}
          />
        </Field>
        <div className="field-row">
          <Field id="year" label={t('meta.fields.year')}>
            <input
              id="field-year"
              type="number"
              min={2000}
              max={2100}
              value={year}
              disabled={readOnly}
              onChange={(e) => {
                const next = Number(e.target.value)
                if (Number.isInteger(next) && next >= 2000 && next <= 2100) changePeriod({ ...meta.period, year: next })
              }}
            />
          </Field>
          {meta.period.kind === 'half' && (
            <Field id="half" label={t('meta.fields.half')}>
              <select
                id="field-half"
                value={meta.period.half}
                disabled={readOnly}
                onChange={(e) => changePeriod({ kind: 'half', year, half: e.target.value === '2' ? 2 : 1 })}
              >
                <option value="1">{t('newReport.halves.first')}</option>
                <option value="2">{t('newReport.halves.second')}</option>
              </select>
            </Field>
          )}
        </div>
        <Field
          id="title"
          label={t('meta.fields.title')}
          help={t(report.profile === 'party' ? 'meta.help.titleParty' : 'meta.help.titleState')}
        >
          <textarea id="field-title" rows={3} value={meta.title} disabled={readOnly} onChange={(e) => set({ title: e.target.value })} />
        </Field>
        <button
          type="button"
          className="link-btn small"
          disabled={readOnly}
          onClick={() => set({ title: suggestedTitle(meta.reportKind, report.profile, meta.period) })}
        >
          {t('meta.regenerateTitle')}
        </button>
        <Field id="kinhGui" label={t('meta.fields.kinhGui')}>
          <LinesField id="kinhGui" value={meta.kinhGui} rows={2} disabled={readOnly} onChange={(kinhGui) => set({ kinhGui })} />
        </Field>
        <KinhGuiSuggestion
          meta={meta}
          readOnly={readOnly}
          onAdd={(name) => set({ kinhGui: [...meta.kinhGui.filter((r) => r.trim() !== ''), name] })}
        />
      </fieldset>

      <fieldset>
        <legend>{t('meta.groups.signature')}</legend>
        <Field id="signer.authority" label={t('meta.fields.authority')}>
          <select
            id="field-signer.authority"
            value={meta.signer.authority}
            disabled={readOnly}
            onChange={(e) => setSigner({ authority: e.target.value as AuthorityMark })}
          >
            {AuthorityMarks.options
              .filter((mark) => !(report.profile === 'party' && mark === 'TUQ'))
              .map((mark) => (
                <option key={mark} value={mark}>
                  {mark === 'none' ? t('meta.authority.none') : `${profile.signature.marks[mark]} — ${t(`meta.authority.${mark}`)}`}
                </option>
              ))}
          </select>
        </Field>
        {(meta.signer.authority === 'TM' || meta.signer.authority === 'KT' || meta.signer.authority === 'Q') && (
          <Field id="signer.body" label={t('meta.fields.body')}>
            <input
              id="field-signer.body"
              type="text"
              value={meta.signer.body}
              disabled={readOnly}
              onChange={(e) => setSigner({ body: e.target.value })}
            />
          </Field>
        )}
        {(meta.signer.authority === 'KT' || meta.signer.authority === 'TL' || meta.signer.authority === 'TUQ') && (
          <Field id="signer.headTitle" label={t('meta.fields.headTitle')}>
            <input
              id="field-signer.headTitle"
              type="text"
              value={meta.signer.headTitle}
              disabled={readOnly}
              onChange={(e) => setSigner({ headTitle: e.target.value })}
            />
          </Field>
        )}
        <Field id="signer.title" label={t('meta.fields.signerTitle')}>
          <input
            id="field-signer.title"
            type="text"
            value={meta.signer.title}
            disabled={readOnly}
            onChange={(e) => setSigner({ title: e.target.value })}
          />
        </Field>
        <Field id="signer.name" label={t('meta.fields.signerName')}>
          <input
            id="field-signer.name"
            type="text"
            value={meta.signer.name}
            disabled={readOnly}
            onChange={(e) => setSigner({ name: e.target.value })}
          />
        </Field>
      </fieldset>

      <fieldset>
        <legend>{t('meta.groups.recipients')}</legend>
        <Field id="recipients" label={t('meta.fields.recipients')} help={t('meta.help.recipients')}>
          <LinesField id="recipients" value={meta.recipients} disabled={readOnly} onChange={(recipients) => set({ recipients })} />
        </Field>
        {text('archive', t('meta.fields.archive'), t(report.profile === 'party' ? 'meta.help.archiveParty' : 'meta.help.archive'))}
        <div className="field-row">
          {text('drafter', t('meta.fields.drafter'))}
          <Field id="copies" label={t('meta.fields.copies')}>
            <TypedNumberInput id="field-copies" value={meta.copies} disabled={readOnly} onChange={(copies) => set({ copies })} />
          </Field>
        </div>
      </fieldset>

      <LayoutFields choices={report.layout} profileId={report.profile} readOnly={readOnly} />
    </form>
  )
}

/** Body size, line spacing and margins, each limited to its legal range. */
export function LayoutFields({
  choices,
  profileId,
  readOnly,
  onChange,
}: {
  choices: LayoutChoices
  profileId: 'state' | 'party'
  readOnly: boolean
  onChange?: (choices: LayoutChoices) => void
}): React.JSX.Element {
  const { t } = useTranslation()
  const profile = profileFor(profileId)
  const apply = onChange ?? layoutChanged
  const spacing = profile.body.lineSpacing
  const margins = choices.margins ?? profile.margins.default
  const issues = layoutIssues(profileId, choices)
  const [sizeMin, sizeMax] = profile.body.size.range
  const sizes = Array.from({ length: sizeMax - sizeMin + 1 }, (_, i) => sizeMin + i)
  const spacingOptions: number[] = []
  for (let v = spacing.range[0]; v <= spacing.range[1] + 1e-9; v += spacing.mode === 'exact' ? 1 : 0.1)
    spacingOptions.push(Math.round(v * 100) / 100)
  return (
    <fieldset>
      <legend>{t('meta.groups.layout')}</legend>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`layout-size-${profileId}`}>{t('meta.layout.bodySize')}</label>
          <select
            id={`layout-size-${profileId}`}
            value={choices.bodySize ?? profile.body.size.default}
            disabled={readOnly}
            onChange={(e) => apply({ ...choices, bodySize: Number(e.target.value) })}
          >
            {sizes.map((s) => (
              <option key={s} value={s}>
                {s} pt
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`layout-spacing-${profileId}`}>
            {t(spacing.mode === 'exact' ? 'meta.layout.lineExact' : 'meta.layout.lineMultiple')}
          </label>
          <select
            id={`layout-spacing-${profileId}`}
            value={choices.lineSpacing ?? spacing.default}
            disabled={readOnly}
            onChange={(e) => apply({ ...choices, lineSpacing: Number(e.target.value) })}
          >
            {spacingOptions.map((v) => (
              <option key={v} value={v}>
                {spacing.mode === 'exact' ? `${formatNumber(v)} pt` : formatNumber(v)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field-row field-row-4">
        {(['top', 'bottom', 'left', 'right'] as const).map((side) => {
          const [min, max] = profile.margins.range[side]
          return (
            <div className="field" key={side}>
              <label htmlFor={`layout-margin-${side}-${profileId}`}>{t(`meta.layout.margins.${side}`)}</label>
              <input
                id={`layout-margin-${side}-${profileId}`}
                type="number"
                min={min}
                max={max}
                step={1}
                value={margins[side]}
                disabled={readOnly}
                onChange={(e) => {
                  // An empty or absurd entry ("1e400") is not a margin: the field keeps the last one.
                  const next = e.target.valueAsNumber
                  if (Number.isFinite(next)) apply({ ...choices, margins: { ...margins, [side]: next } })
                }}
              />
            </div>
          )
        })}
      </div>
      <p className="field-help">
        {t('meta.layout.ranges', {
          top: profile.margins.range.top.join('–'),
          left: profile.margins.range.left.join('–'),
          right: profile.margins.range.right.join('–'),
        })}
      </p>
      {issues.map((issue) => (
        <p key={issue.field} className="error-text" role="alert">
          {t('meta.layout.outOfRange', {
            field: t(`meta.layout.fields.${issue.field}`),
            min: formatNumber(issue.range[0]),
            max: formatNumber(issue.range[1]),
          })}
        </p>
      ))}
    </fieldset>
  )
}
