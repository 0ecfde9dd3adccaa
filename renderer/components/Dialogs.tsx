/** The app's dialogs: export blocked by errors, a final copy about to be written, a Word file held open, confirmations, the shortcut list, about. */
import { useTranslation } from 'react-i18next'
import { closeDialog, exportDraftFromDialog } from '../app/menu-actions'
import { jumpToSection } from '../app/document-actions'
import { retryHeldExport } from '../app/export-actions'
import { useAppStore } from '../app/store'
import { Modal } from './Modal'
import { openPreview } from '../preview/preview-actions'
import { usePreviewStore } from '../preview/preview-store'
import { ProblemList } from './ProblemList'
import { ExportFinalDialog } from './ExportFinalDialog'
import { ShortcutList } from './ShortcutList'

export function Dialogs(): React.JSX.Element | null {
  const { t } = useTranslation()
  const dialog = useAppStore((s) => s.dialog)
  switch (dialog.kind) {
    case 'none':
      return null
    case 'export-blocked': {
      const errors = dialog.problems.filter((p) => p.severity === 'error')
      const warnings = dialog.problems.filter((p) => p.severity === 'warning' && !p.code.startsWith('proof.'))
      const proofNotes = dialog.problems.filter((p) => p.code.startsWith('proof.')).length
      return (
        <Modal
          title={t('exportDialog.title')}
          onClose={closeDialog}
          wide
          footer={
            <>
              <button type="button" className="btn" onClick={closeDialog}>
                {t('exportDialog.fix')}
              </button>
              <button
                type="button"
                className="btn"
                onClick={() => {
                  closeDialog()
                  usePreviewStore.getState().setDraft(true)
                  openPreview()
                }}
              >
                {t('printPreview.open')}
              </button>
              <button type="button" className="btn btn-primary" onClick={() => void exportDraftFromDialog()}>
                {t('exportDialog.draft')}
              </button>
            </>
          }
        >
          <p>{t('exportDialog.intro')}</p>
          <ProblemList
            problems={errors}
            onSelect={(target) => {
              closeDialog()
              jumpToTarget(target)
            }}
          />
          {warnings.length > 0 && (
            <>
              <h3>{t('exportDialog.warnings')}</h3>
              <ProblemList
                problems={warnings}
                onSelect={(target) => {
                  closeDialog()
                  jumpToTarget(target)
                }}
              />
            </>
          )}
          {proofNotes > 0 && <p className="muted">{t('proofing.inChecks', { count: proofNotes })}</p>}
        </Modal>
      )
    }
    case 'export-final':
      return <ExportFinalDialog problems={dialog.problems} leftOut={dialog.leftOut} />
    case 'confirm':
      return (
        <Modal
          title={dialog.title}
          onClose={closeDialog}
          footer={
            <>
              <button type="button" className="btn" onClick={closeDialog}>
                {t('common.cancel')}
              </button>
              <button
                type="button"
                className={`btn ${dialog.danger ? 'btn-danger' : 'btn-primary'}`}
                onClick={() => {
                  closeDialog()
                  dialog.onConfirm()
                }}
              >
                {dialog.confirm}
              </button>
            </>
          }
        >
          <p>{dialog.body}</p>
        </Modal>
      )
    case 'export-held':
      return (
        <Modal
          title={t('desktop.exportHeld.title')}
          onClose={closeDialog}
          footer={
            <>
              <button type="button" className="btn" onClick={closeDialog}>
                {t('desktop.exportHeld.cancel')}
              </button>
              <button type="button" className="btn" onClick={() => void retryHeldExport(dialog.retryId, true)}>
                {t('desktop.exportHeld.otherName')}
              </button>
              <button type="button" className="btn btn-primary" onClick={() => void retryHeldExport(dialog.retryId, false)}>
                {t('desktop.exportHeld.retry')}
              </button>
            </>
          }
        >
          <p>{t('errors.exportInUse', { name: dialog.name })}</p>
        </Modal>
      )
    case 'shortcuts':
      return <ShortcutList />
    case 'about':
      return (
        <Modal
          title={t('about.title')}
          onClose={closeDialog}
          footer={
            <button type="button" className="btn btn-primary" onClick={closeDialog}>
              {t('common.close')}
            </button>
          }
        >
          <p>{t('about.body')}</p>
          <p>{t('about.version', { version: dialog.version })}</p>
          <p className="muted">{t('about.library', { dir: dialog.libraryDir })}</p>
        </Modal>
      )
  }
}

/** Go to what a problem is about: a section, or a field of the header form. */
export function jumpToTarget(target: string | undefined): void {
  if (!target) return
  const store = useAppStore.getState()
  if (target.startsWith('meta.')) {
    store.setSidebarTab('meta')
    requestAnimationFrame(() => document.getElementById(`field-${target.slice(5)}`)?.focus())
    return
  }
  if (target.startsWith('indicators')) {
    store.setSidebarTab('indicators')
    return
  }
  jumpToSection(target)
}
