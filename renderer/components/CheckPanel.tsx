/** "Kết quả kiểm tra": the pre-export checks, each a link to the place to fix. */
import { useTranslation } from 'react-i18next'
import { runChecks } from '../app/export-actions'
import { useAppStore } from '../app/store'
import { jumpToTarget } from './Dialogs'
import { ProblemList } from './ProblemList'

export function CheckPanel(): React.JSX.Element {
  const { t } = useTranslation()
  const { running, problems } = useAppStore((s) => s.checks)
  const setTab = useAppStore((s) => s.setSidebarTab)
  const errors = problems?.filter((p) => p.severity === 'error') ?? []
  // Proofreading notes are many and have a panel of their own: here they are only counted.
  const proofNotes = problems?.filter((p) => p.code.startsWith('proof.')).length ?? 0
  const warnings = problems?.filter((p) => p.severity === 'warning' && !p.code.startsWith('proof.')) ?? []
  return (
    <div className="panel">
      <div className="panel-head">
        <h2>{t('checkPanel.heading')}</h2>
        <button type="button" className="btn btn-small" onClick={() => void runChecks()} disabled={running}>
          {running ? t('checkPanel.running') : t('checkPanel.run')}
        </button>
      </div>
      {problems === null && <p className="muted">{t('checkPanel.notRun')}</p>}
      {problems !== null && problems.length === 0 && <p className="ok-text">{t('checkPanel.none')}</p>}
      {problems !== null && problems.length > 0 && (
        <>
          <p className="muted">{t('checkPanel.summary', { errors: errors.length, warnings: warnings.length })}</p>
          <ProblemList problems={[...errors, ...warnings]} onSelect={jumpToTarget} />
          {proofNotes > 0 && (
            <p className="muted">
              {t('proofing.inChecks', { count: proofNotes })}{' '}
              <button type="button" className="link-btn" onClick={() => setTab('proof')}>
                {t('proofing.openPanel')}
              </button>
            </p>
          )}
        </>
      )}
    </div>
  )
}
