/**
 * What an export wrote, until the clerk closes it or exports again: "Mở tệp" and "Mở thư mục"
 * in Electron (shell.openPath, showItemInFolder through `export.reveal`), the download link
 * again in browser mode (the browser keeps the file in its downloads).
 */
import { useEffect, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { callOrToast } from '../app/call-or-toast'
import { useExportDone } from '../app/export-done'

function DownloadLink({ fileName, blob }: { fileName: string; blob: Blob }): React.JSX.Element {
  const { t } = useTranslation()
  const url = useMemo(() => URL.createObjectURL(blob), [blob])
  useEffect(() => () => URL.revokeObjectURL(url), [url])
  return (
    <a className="btn btn-small" href={url} download={fileName}>
      {t('export.downloadAgain')}
    </a>
  )
}

export function ExportDone(): React.JSX.Element | null {
  const { t } = useTranslation()
  const exported = useExportDone((s) => s.exported)
  const show = useExportDone((s) => s.show)
  if (!exported) return null
  const { file } = exported
  const reveal = (how: 'open' | 'folder'): void => {
    if ('path' in file) void callOrToast('export.reveal', { path: file.path, how })
  }
  return (
    <div className="toast toast-success export-done" role="group" aria-label={t('export.doneLabel')}>
      <span className="toast-text">{exported.text}</span>
      {'path' in file ? (
        <>
          <button type="button" className="btn btn-small" onClick={() => reveal('open')}>
            {t('export.openFile')}
          </button>
          <button type="button" className="btn btn-small" onClick={() => reveal('folder')}>
            {t('export.openFolder')}
          </button>
        </>
      ) : (
        <DownloadLink fileName={exported.fileName} blob={file.blob} />
      )}
      <button type="button" className="icon-btn" aria-label={t('common.dismiss')} onClick={() => show(null)}>
        ×
      </button>
    </div>
  )
}
