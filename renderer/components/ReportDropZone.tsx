/**
 * A screen area that accepts a `.baocao` file dropped from the file manager. Other files get a
 * clear message instead of being opened by the browser.
 */
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { MAX_REPORT_CHARS } from '../../core/limits'
import { i18n } from '../i18n'
import { useAppStore } from '../app/store'
import { isReportFileName } from '../../core/model/report-file'

/** Read a picked or dropped report file; null (with a message) for a wrong or oversized file. */
export async function readDroppedFile(file: File): Promise<{ fileName: string; text: string } | null> {
  const toast = useAppStore.getState().pushToast
  if (!isReportFileName(file.name)) {
    toast('error', i18n.t('home.dropWrongType', { name: file.name }))
    return null
  }
  if (file.size > MAX_REPORT_CHARS) {
    toast('error', i18n.t('home.dropTooLarge', { name: file.name }))
    return null
  }
  return { fileName: file.name, text: await file.text() }
}

export function ReportDropZone({ onFile, children }: { onFile: (file: File) => void; children: ReactNode }): React.JSX.Element {
  const { t } = useTranslation()
  const [over, setOver] = useState(false)
  return (
    <div
      className={`drop-zone${over ? ' drop-over' : ''}`}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return
        event.preventDefault()
        setOver(true)
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault()
        setOver(false)
        const file = event.dataTransfer.files[0]
        if (file) onFile(file)
      }}
    >
      {children}
      {over && (
        <div className="drop-hint" aria-hidden="true">
          {t('home.dropHint')}
        </div>
      )}
    </div>
  )
}
