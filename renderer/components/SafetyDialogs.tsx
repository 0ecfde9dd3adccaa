/**
 * The dialogs that keep text safe: "Lịch sử phiên bản", a file changed on disk by someone else,
 * and the file name for "Lưu thành…" and "Đổi tên".
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BackupEntry } from '../../core/contract'
import { formatNumber, isAllowedFileName } from '../../core/format'
import { formatDateTime } from '../app/format-time'
import { keepMine, reloadTheirs, restoreVersion, submitName } from '../app/safety-actions'
import { useSafetyStore, type SafetyDialog } from '../app/safety-store'
import { useAppStore } from '../app/store'
import { Modal } from './Modal'
import { withoutReportExtension } from '../../core/model/report-file'

function useClose(): () => void {
  const setDialog = useSafetyStore((s) => s.setDialog)
  return () => setDialog({ kind: 'none' })
}

function reasonText(t: (key: string) => string, reason: BackupEntry['reason']): string {
  switch (reason) {
    case 'save':
      return t('safety.history.reason.save')
    case 'restore':
      return t('safety.history.reason.restore')
    case 'journal':
      return t('safety.history.reason.journal')
    case 'conflict':
      return t('safety.history.reason.conflict')
  }
}

function HistoryDialog({ dialog }: { dialog: Extract<SafetyDialog, { kind: 'history' }> }): React.JSX.Element {
  const { t } = useTranslation()
  const busy = useSafetyStore((s) => s.busy)
  const readOnly = useAppStore((s) => s.readOnly)
  const close = useClose()
  return (
    <Modal
      title={t('safety.history.title')}
      onClose={close}
      wide
      footer={
        <button type="button" className="btn" onClick={close}>
          {t('common.close')}
        </button>
      }
    >
      <p>{t('safety.history.intro')}</p>
      {dialog.entries === null && <p className="muted">{t('safety.history.loading')}</p>}
      {dialog.entries?.length === 0 && <p className="muted">{t('safety.history.empty')}</p>}
      {dialog.entries && dialog.entries.length > 0 && (
        <ul className="safety-list">
          {dialog.entries.map((entry) => {
            const time = formatDateTime(entry.savedAt || entry.createdAt)
            return (
              <li key={entry.id} className="safety-row">
                <div className="safety-row-text">
                  <strong>{t('safety.history.savedAt', { time })}</strong>
                  <div className="muted small">
                    {reasonText(t, entry.reason)} · {t('safety.history.keptAt', { time: formatDateTime(entry.createdAt) })} ·{' '}
                    {t('safety.history.size', { size: formatNumber(Math.max(1, Math.round(entry.size / 1024)), 0) })}
                  </div>
                </div>
                <button
                  type="button"
                  className="btn btn-small"
                  disabled={busy || readOnly}
                  aria-label={t('safety.history.restoreNamed', { time })}
                  onClick={() => void restoreVersion(entry.id)}
                >
                  {t('safety.history.restore')}
                </button>
              </li>
            )
          })}
        </ul>
      )}
    </Modal>
  )
}

function ConflictDialog({ dialog }: { dialog: Extract<SafetyDialog, { kind: 'conflict' }> }): React.JSX.Element {
  const { t } = useTranslation()
  const busy = useSafetyStore((s) => s.busy)
  const close = useClose()
  return (
    <Modal
      title={t('safety.conflict.title')}
      onClose={close}
      footer={
        <>
          <button type="button" className="btn" disabled={busy} onClick={() => void reloadTheirs()}>
            {t('safety.conflict.reloadTheirs')}
          </button>
          <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void keepMine()}>
            {t('safety.conflict.keepMine')}
          </button>
        </>
      }
    >
      <p>{dialog.message}</p>
    </Modal>
  )
}

function NameDialog({ dialog }: { dialog: Extract<SafetyDialog, { kind: 'name' }> }): React.JSX.Element {
  const { t } = useTranslation()
  const busy = useSafetyStore((s) => s.busy)
  const close = useClose()
  const [value, setValue] = useState(withoutReportExtension(dialog.name))
  const rename = dialog.purpose === 'rename'
  const allowed = isAllowedFileName(value.trim())
  return (
    <Modal
      title={rename ? t('safety.name.renameTitle') : t('safety.name.saveAsTitle')}
      onClose={close}
      footer={
        <>
          <button type="button" className="btn" onClick={close}>
            {t('common.cancel')}
          </button>
          <button type="submit" form="safety-name-form" className="btn btn-primary" disabled={busy || value.trim() === '' || !allowed}>
            {rename ? t('safety.name.confirmRename') : t('safety.name.confirmSaveAs')}
          </button>
        </>
      }
    >
      <form
        id="safety-name-form"
        onSubmit={(event) => {
          event.preventDefault()
          void submitName(dialog, value)
        }}
      >
        <label className="field">
          <span>{t('safety.name.label')}</span>
          <input
            type="text"
            value={value}
            maxLength={180}
            autoFocus
            aria-invalid={!allowed}
            aria-describedby="safety-name-hint"
            onChange={(e) => setValue(e.target.value)}
          />
        </label>
        {allowed ? (
          <p id="safety-name-hint" className="muted small">
            {t('safety.name.hint')}
          </p>
        ) : (
          <p id="safety-name-hint" className="error-text" role="alert">
            {t('safety.name.notAllowed')}
          </p>
        )}
      </form>
    </Modal>
  )
}

/** The safety dialog currently open, if any. */
export function SafetyDialogs(): React.JSX.Element | null {
  const dialog = useSafetyStore((s) => s.dialog)
  switch (dialog.kind) {
    case 'none':
      return null
    case 'history':
      return <HistoryDialog dialog={dialog} />
    case 'conflict':
      return <ConflictDialog dialog={dialog} />
    case 'name':
      return <NameDialog key={dialog.name} dialog={dialog} />
  }
}
