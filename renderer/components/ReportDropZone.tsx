/**
 * A screen area that accepts a `.baocao` file dropped from the file manager. Other files get a
 * clear message instead of being opened by the browser.
 */
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

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
