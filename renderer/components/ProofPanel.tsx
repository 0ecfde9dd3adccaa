/**
 * "Soát lỗi": every proofreading note of the report, by section, each a jump to its place; the
 * switch that turns the proofreader off for the office.
 */
import type { TFunction } from 'i18next'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TargetedFinding } from '../../core/proof'
import { proofNoteText } from '../../core/i18n/words'
import { jumpToTarget } from './Dialogs'
import { changeProofSettings, ignoreFinding, proofSettings, useProofStore } from '../app/proof'
import { useAppStore } from '../app/store'
import { revealFinding } from '../editor/ProofreadPlugin'
import { buildOutline, flattenOutline } from '../app/outline'

/** The message of a note in the UI language (the keys are core's `proof.<kind>_<variant>`). */
export function proofMessage(t: TFunction, f: Pick<TargetedFinding, 'code' | 'variant' | 'params' | 'text'>): string {
  return proofNoteText(f, t)
}

function goTo(finding: TargetedFinding): void {
  const target = finding.target.replace(/#title$/u, '')
  if (revealFinding(finding)) return
  jumpToTarget(target)
  // A section mounted by the jump is read shortly after; select the note then.
  setTimeout(() => revealFinding(finding), 600)
}

export function ProofPanel(): React.JSX.Element {
  const { t } = useTranslation()
  const findings = useProofStore((s) => s.findings)
  const doc = useAppStore((s) => s.doc)
  const settings = useAppStore((s) => s.settings)
  const readOnly = useAppStore((s) => s.readOnly)
  // The switch moves at once; the setting follows when the backend has saved it.
  const [pending, setPending] = useState<boolean | null>(null)
  const saved = settings?.office.proofing.enabled ?? proofSettings().enabled
  const enabled = pending ?? saved
  const toggle = (on: boolean): void => {
    setPending(on)
    void changeProofSettings({ enabled: on }).finally(() => setPending(null))
  }
  // Group headings as the page prints them ("I. CÔNG TÁC LÃNH ĐẠO…").
  const names = new Map(doc === null ? [] : flattenOutline(buildOutline(doc.report)).map((e) => [e.id, e.name]))
  const groups = new Map<string, TargetedFinding[]>()
  for (const f of findings) {
    const key = f.target.replace(/#title$/u, '')
    groups.set(key, [...(groups.get(key) ?? []), f])
  }
  const heading = (target: string): string =>
    names.get(target) ?? t(`proofing.targets.${target.startsWith('indicators.') ? 'indicators' : target}`, { defaultValue: target })
  return (
    <div className="panel proof-panel">
      <div className="panel-head">
        <h2>{t('proofing.heading')}</h2>
        <label className="switch">
          <input type="checkbox" checked={enabled} disabled={settings === null} onChange={(e) => toggle(e.target.checked)} />
          {t('proofing.enabled')}
        </label>
      </div>
      {!enabled && <p className="muted">{t('proofing.off')}</p>}
      {enabled && findings.length === 0 && <p className="ok-text">{t('proofing.none')}</p>}
      {enabled && findings.length > 0 && (
        <>
          <p className="muted">{t('proofing.summary', { count: findings.length })}</p>
          {[...groups.entries()].map(([target, list]) => (
            <section key={target} className="proof-group">
              <h3 className="proof-group-title">{heading(target)}</h3>
              <ul className="problems">
                {list.map((f) => (
                  <li key={`${f.code}-${f.target}-${f.start}`} className={`problem proof-item proof-${f.code.replace('proof.', '')}`}>
                    <button type="button" className="problem-btn" title={t('checkPanel.goTo')} onClick={() => goTo(f)}>
                      <span className="proof-text">{f.text.trim() === '' ? '␣' : f.text}</span>
                      <span>{proofMessage(t, f)}</span>
                    </button>
                    <button type="button" className="link-btn proof-ignore" disabled={readOnly} onClick={() => ignoreFinding(f, false)}>
                      {t('proofing.menu.ignore')}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </div>
  )
}
