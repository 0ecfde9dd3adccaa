/**
 * Settings: the office profile (entered once, prefilled into every new report), the language,
 * the library folder and the export defaults. Existing reports are never rewritten.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SettingsValue } from '../../core/contract'
import type { AuthorityMark, IssuerKind } from '../../core/model/schema'
import { AuthorityMark as AuthorityMarks } from '../../core/model/schema'
import type { OfficeIssuer } from '../../core/model/office'
import { ISSUER_DEFAULTS } from '../../core/templates/issuers'
import { profileFor } from '../../core/layout'
import { goHome } from '../app/document-actions'
import { saveSettings } from '../app/settings-actions'
import { openTemplates } from '../app/template-actions'
import { linesOf } from '../app/report-edit'
import { useAppStore } from '../app/store'
import { i18n } from '../i18n'
import { LayoutFields } from '../components/MetaForm'
import { ProofSettings } from '../components/ProofSettings'

const ISSUERS: readonly IssuerKind[] = ['ubnd-phuong', 'hdnd-phuong', 'phong-ubnd', 'dang-uy-phuong', 'chi-bo']

function issuerDraft(kind: IssuerKind, saved: OfficeIssuer | undefined): OfficeIssuer {
  const d = ISSUER_DEFAULTS[kind]
  return (
    saved ?? {
      parent: d.parent,
      issuer: d.issuer,
      symbol: d.symbol,
      signer: { ...d.signer, name: '' },
      recipients: [],
      archive: d.archive,
      drafter: '',
      copies: null,
    }
  )
}

function IssuerForm({
  kind,
  value,
  onChange,
}: {
  kind: IssuerKind
  value: OfficeIssuer
  onChange: (value: OfficeIssuer) => void
}): React.JSX.Element {
  const { t } = useTranslation()
  const profile = profileFor(ISSUER_DEFAULTS[kind].profile)
  const signer = value.signer ?? { ...ISSUER_DEFAULTS[kind].signer, name: '' }
  const [recipients, setRecipients] = useState(value.recipients.join('\n'))
  const id = (field: string): string => `office-${kind}-${field}`
  const input = (field: 'parent' | 'symbol' | 'archive' | 'drafter', label: string): React.JSX.Element => (
    <div className="field">
      <label htmlFor={id(field)}>{label}</label>
      <input id={id(field)} type="text" value={value[field]} onChange={(e) => onChange({ ...value, [field]: e.target.value })} />
    </div>
  )
  const signerInput = (field: 'body' | 'headTitle' | 'title' | 'name', label: string): React.JSX.Element => (
    <div className="field">
      <label htmlFor={id(`signer-${field}`)}>{label}</label>
      <input
        id={id(`signer-${field}`)}
        type="text"
        value={signer[field]}
        onChange={(e) => onChange({ ...value, signer: { ...signer, [field]: e.target.value } })}
      />
    </div>
  )
  return (
    <div className="office-issuer">
      {input('parent', t('meta.fields.parent'))}
      <div className="field">
        <label htmlFor={id('issuer')}>{t('meta.fields.issuer')}</label>
        <textarea id={id('issuer')} rows={2} value={value.issuer} onChange={(e) => onChange({ ...value, issuer: e.target.value })} />
        <p className="field-help">{t('meta.help.issuer')}</p>
      </div>
      <div className="field-row">
        {input('symbol', t('meta.fields.symbol'))}
        {input('archive', t('meta.fields.archive'))}
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={id('authority')}>{t('meta.fields.authority')}</label>
          <select
            id={id('authority')}
            value={signer.authority}
            onChange={(e) => onChange({ ...value, signer: { ...signer, authority: e.target.value as AuthorityMark } })}
          >
            {AuthorityMarks.options
              .filter((mark) => !(profile.id === 'party' && mark === 'TUQ'))
              .map((mark) => (
                <option key={mark} value={mark}>
                  {mark === 'none' ? t('meta.authority.none') : `${profile.signature.marks[mark]} — ${t(`meta.authority.${mark}`)}`}
                </option>
              ))}
          </select>
        </div>
        {signerInput('body', t('meta.fields.body'))}
      </div>
      <div className="field-row">
        {signerInput('headTitle', t('meta.fields.headTitle'))}
        {signerInput('title', t('meta.fields.signerTitle'))}
      </div>
      {signerInput('name', t('meta.fields.signerName'))}
      <div className="field">
        <label htmlFor={id('recipients')}>{t('meta.fields.recipients')}</label>
        <textarea
          id={id('recipients')}
          rows={4}
          value={recipients}
          onChange={(e) => {
            setRecipients(e.target.value)
            onChange({ ...value, recipients: linesOf(e.target.value) })
          }}
        />
      </div>
      <div className="field-row">
        {input('drafter', t('meta.fields.drafter'))}
        <div className="field">
          <label htmlFor={id('copies')}>{t('meta.fields.copies')}</label>
          <input
            id={id('copies')}
            type="number"
            min={0}
            value={value.copies ?? ''}
            onChange={(e) => onChange({ ...value, copies: e.target.value === '' ? null : Math.max(0, Math.floor(Number(e.target.value))) })}
          />
        </div>
      </div>
    </div>
  )
}

function SettingsForm({ initial }: { initial: SettingsValue }): React.JSX.Element {
  const { t } = useTranslation()
  const [draft, setDraft] = useState(initial)
  const [kind, setKind] = useState<IssuerKind>(() => (Object.keys(initial.office.issuers)[0] as IssuerKind | undefined) ?? 'ubnd-phuong')
  const [saving, setSaving] = useState(false)

  async function save(event: React.FormEvent): Promise<void> {
    event.preventDefault()
    setSaving(true)
    const ok = await saveSettings({
      language: draft.language,
      office: draft.office,
      customLibraryDir: draft.customLibraryDir,
      exportDefaults: draft.exportDefaults,
    })
    setSaving(false)
    // In the language just chosen: `t` of this render still speaks the one before.
    if (ok) useAppStore.getState().pushToast('success', i18n.t('settings.saved'))
  }

  const issuer = issuerDraft(kind, draft.office.issuers[kind])
  return (
    <form className="settings" onSubmit={(e) => void save(e)}>
      <section className="card">
        <h2>{t('settings.office')}</h2>
        <p className="muted">{t('settings.officeIntro')}</p>
        <div className="field">
          <label htmlFor="office-place">{t('meta.fields.place')}</label>
          <input
            id="office-place"
            type="text"
            value={draft.office.place}
            onChange={(e) => setDraft({ ...draft, office: { ...draft.office, place: e.target.value } })}
          />
          <p className="field-help">{t('meta.help.place')}</p>
        </div>
        <label className="checkbox-line">
          <input
            type="checkbox"
            checked={draft.office.leadingZero}
            onChange={(e) => setDraft({ ...draft, office: { ...draft.office, leadingZero: e.target.checked } })}
          />
          {t('indicators.leadingZero')}
        </label>
        <div className="tabs" role="tablist" aria-label={t('settings.issuerTabs')}>
          {ISSUERS.map((k) => (
            <button
              key={k}
              type="button"
              role="tab"
              aria-selected={kind === k}
              className={`tab${kind === k ? ' tab-on' : ''}`}
              onClick={() => setKind(k)}
            >
              {t(`issuers.${k}`)}
              {draft.office.issuers[k] ? ' ✓' : ''}
            </button>
          ))}
        </div>
        <IssuerForm
          key={kind}
          kind={kind}
          value={issuer}
          onChange={(value) => setDraft({ ...draft, office: { ...draft.office, issuers: { ...draft.office.issuers, [kind]: value } } })}
        />
      </section>

      <ProofSettings value={draft.office.proofing} onChange={(proofing) => setDraft({ ...draft, office: { ...draft.office, proofing } })} />

      <section className="card">
        <h2>{t('settings.language')}</h2>
        <div className="choices-inline" role="radiogroup" aria-label={t('settings.language')}>
          {(['vi', 'en'] as const).map((lng) => (
            <label key={lng} className="inline-choice">
              <input type="radio" name="language" checked={draft.language === lng} onChange={() => setDraft({ ...draft, language: lng })} />
              {t(`settings.languages.${lng}`)}
            </label>
          ))}
        </div>
      </section>

      <section className="card">
        <h2>{t('settings.library')}</h2>
        <p className="muted">{t('settings.libraryCurrent', { dir: initial.libraryDir })}</p>
        <div className="field">
          <label htmlFor="library-dir">{t('settings.libraryCustom')}</label>
          <input
            id="library-dir"
            type="text"
            value={draft.customLibraryDir}
            placeholder={t('settings.libraryDefault')}
            onChange={(e) => setDraft({ ...draft, customLibraryDir: e.target.value })}
          />
          <p className="field-help">{t('settings.libraryHelp')}</p>
        </div>
      </section>

      <section className="card">
        <h2>{t('settings.exportDefaults')}</h2>
        <p className="muted">{t('settings.exportDefaultsIntro')}</p>
        <h3>{t('newReport.profiles.state')}</h3>
        <LayoutFields
          choices={draft.exportDefaults.state}
          profileId="state"
          readOnly={false}
          onChange={(state) => setDraft({ ...draft, exportDefaults: { ...draft.exportDefaults, state } })}
        />
        <h3>{t('newReport.profiles.party')}</h3>
        <LayoutFields
          choices={draft.exportDefaults.party}
          profileId="party"
          readOnly={false}
          onChange={(party) => setDraft({ ...draft, exportDefaults: { ...draft.exportDefaults, party } })}
        />
      </section>

      <div className="wizard-actions sticky-actions">
        <button type="button" className="btn" onClick={() => void goHome()}>
          {t('common.back')}
        </button>
        <button type="submit" className="btn btn-primary" disabled={saving}>
          {saving ? t('settings.saving') : t('settings.save')}
        </button>
      </div>
    </form>
  )
}

export function SettingsScreen(): React.JSX.Element {
  const { t } = useTranslation()
  const settings = useAppStore((s) => s.settings)
  return (
    <>
      <header className="topbar">
        <button type="button" className="btn btn-ghost" onClick={() => void goHome()}>
          ← {t('common.back')}
        </button>
        <h1 className="topbar-title">{t('settings.heading')}</h1>
        <button type="button" className="btn" onClick={() => void openTemplates()}>
          {t('templates.templatesButton')}
        </button>
      </header>
      <main id="main" className="settings-page">
        {settings ? <SettingsForm initial={settings} /> : <p className="muted">{t('app.loading')}</p>}
      </main>
    </>
  )
}
