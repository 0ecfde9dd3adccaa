/**
 * "Mở từ Word…" on the home screen, and the notice shown over the editor afterwards listing what
 * the import could not keep — so that nothing is dropped silently.
 */
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { conversionLines, lostLines, openFromWord, useImportStore } from '../app/import-actions'
import { Modal } from './Modal'

const WORD_TYPES = '.docx,.doc,.rtf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/msword'

/** The button and its file picker; the file is read in the page, never by path. */
export function OpenFromWordButton(): React.JSX.Element {
  const { t } = useTranslation()
  const input = useRef<HTMLInputElement>(null)
  const busy = useImportStore((s) => s.busy)
  return (
    <>
      <button type="button" className="btn" disabled={busy} onClick={() => input.current?.click()}>
        {busy ? t('import.reading') : t('import.openFromWord')}
      </button>
      <input
        ref={input}
        type="file"
        accept={WORD_TYPES}
        hidden
        aria-label={t('import.openFromWord')}
        onChange={(event) => {
          const file = event.target.files?.[0]
          event.target.value = ''
          if (file) void openFromWord(file)
        }}
      />
    </>
  )
}

/** What could not be kept from the Word file just opened. */
export function ImportNotice(): React.JSX.Element | null {
  const { t } = useTranslation()
  const notice = useImportStore((s) => s.notice)
  const close = (): void => useImportStore.getState().setNotice(null)
  if (!notice) return null
  return (
    <Modal
      title={t('import.noticeTitle', { name: notice.fileName })}
      onClose={close}
      footer={
        <button type="button" className="btn btn-primary" onClick={close}>
          {t('import.understood')}
        </button>
      }
    >
      <p>{t('import.noticeDone')}</p>
      {notice.conversions.length > 0 && (
        <ul className="conversion-list">
          {conversionLines(notice.conversions).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {notice.lost.length > 0 && (
        <>
          <p>{t('import.noticeLost')}</p>
          <ul className="lost-list">
            {lostLines(notice.lost).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      <p className="muted small">{t('import.noticeHint')}</p>
    </Modal>
  )
}
