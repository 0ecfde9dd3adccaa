/**
 * The home screen's library: list the reports, duplicate, delete to the recoverable trash and
 * restore from it, and open a `.baocao` (or a Word file) from elsewhere. The screen keeps what it
 * shows; these talk to the backend and tell the clerk how it went.
 */
import type { DocumentSummary, TrashEntry } from '../../core/contract'
import { client } from '../api'
import { i18n } from '../i18n'
import { MAX_REPORT_CHARS } from '../../core/limits'
import { isReportFileName } from '../../core/model/report-file'
import { callOrToast, toastError } from './call-or-toast'
import { showOpenedDocument } from './document-actions'
import { openFromWord } from './import-actions'
import { useAppStore } from './store'

const store = useAppStore.getState

/** The actions under way, by action and file: a second click on the same one (a double-click) is ignored. */
const underWay = new Set<string>()

async function onceAtATime<T>(key: string, run: () => Promise<T>): Promise<T | undefined> {
  if (underWay.has(key)) return undefined
  underWay.add(key)
  try {
    return await run()
  } finally {
    underWay.delete(key)
  }
}

/** The reports in the library (none when they cannot be read; the toast says why). */
export async function listDocuments(): Promise<DocumentSummary[]> {
  return (await callOrToast('documents.list', {})) ?? []
}

/** "Nhân bản": a copy next to the report. True when it was made. */
export async function duplicateReport(doc: DocumentSummary): Promise<boolean> {
  const copy = await onceAtATime(`duplicate:${doc.name}`, () => callOrToast('documents.duplicate', { name: doc.name }))
  if (!copy) return false
  store().pushToast('success', i18n.t('home.duplicated', { name: copy.name }))
  return true
}

/**
 * "Xóa": the report goes to the trash; `deleted` runs (the list is read again) before the toast
 * offers "Hoàn tác", which runs `undo` with the report's place in the trash.
 */
export async function deleteReport(doc: DocumentSummary, deleted: () => Promise<void>, undo: (trashName: string) => void): Promise<void> {
  // Until the list is read again the row stays: a second click on "Xóa" would find no file.
  await onceAtATime(`delete:${doc.name}`, async () => {
    const entry = await callOrToast('documents.delete', { name: doc.name })
    if (!entry) return
    await deleted()
    store().pushToast('info', i18n.t('home.deleted', { name: doc.title || doc.name }), {
      label: i18n.t('home.undo'),
      run: () => undo(entry.trashName),
    })
  })
}

/** "Khôi phục" from the trash (or the toast's "Hoàn tác"). True when the report is back. */
export async function restoreDeleted(trashName: string): Promise<boolean> {
  const restored = await onceAtATime(`restore:${trashName}`, () => callOrToast('documents.restoreDeleted', { trashName }))
  if (!restored) return false
  store().pushToast('success', i18n.t('home.restored', { name: restored.title || restored.name }))
  return true
}

/** What the trash holds (nothing when it cannot be read; the toast says why). */
export async function listDeleted(): Promise<TrashEntry[]> {
  return (await callOrToast('documents.listDeleted', {})) ?? []
}

/** "Mở tệp…": the system's open dialog in Electron; in the browser, `pickFile` asks for a file. */
export async function openFromElsewhere(pickFile: () => void): Promise<void> {
  if (client.mode === 'electron') {
    const result = await client.call('documents.openFile', {})
    if (!result.ok) return toastError(result.error)
    if (result.value) await showOpenedDocument(result.value)
    return
  }
  pickFile()
}

/** Read a picked or dropped report file; null (with a message) for a wrong or oversized file. */
async function readDroppedFile(file: File): Promise<{ fileName: string; text: string } | null> {
  if (!isReportFileName(file.name)) {
    store().pushToast('error', i18n.t('home.dropWrongType', { name: file.name }))
    return null
  }
  if (file.size > MAX_REPORT_CHARS) {
    store().pushToast('error', i18n.t('home.dropTooLarge', { name: file.name }))
    return null
  }
  return { fileName: file.name, text: await file.text() }
}

/** A file picked or dropped on the home screen: a Word file is imported, a report opened. */
export async function openReportFile(file: File): Promise<void> {
  if (/\.(?:docx?|rtf)$/iu.test(file.name)) {
    await openFromWord(file)
    return
  }
  const dropped = await readDroppedFile(file)
  if (!dropped) return
  const doc = await callOrToast('documents.importFile', dropped)
  if (doc) await showOpenedDocument(doc)
}
