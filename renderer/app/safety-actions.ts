/**
 * What the clerk can do to get text back or keep it: recover what a crash left unsaved, browse
 * and restore earlier versions (and undo that), resolve a file changed on disk by someone else,
 * "Lưu thành…" and "Đổi tên".
 */
import { client } from '../api'
import { i18n } from '../i18n'
import { formatDateTime } from './format-time'
import { currentReport, saveNow, startAutosave, stopAutosave } from './autosave-actions'
import { documentRenamed, reshowDocument, showOpenedDocument } from './document-actions'
import { toastError } from './call-or-toast'
import { reportReplaced, undoStep } from './report-history'
import { useSafetyStore, type SafetyDialog } from './safety-store'
import { useAppStore } from './store'
import { withoutReportExtension } from '../../core/model/report-file'

const safety = useSafetyStore.getState
const app = useAppStore.getState

function close(): void {
  safety().setDialog({ kind: 'none' })
}

async function busy<T>(task: () => Promise<T>): Promise<T> {
  safety().setBusy(true)
  try {
    return await task()
  } finally {
    safety().setBusy(false)
  }
}

// ---- recovery after a crash ---------------------------------------------------------------------

function forgetRecovered(id: string): void {
  safety().setRecovery(safety().recovery.filter((e) => e.id !== id))
}

/** "Khôi phục": the unsaved text goes into its document, which opens. */
export async function restoreRecovered(id: string): Promise<void> {
  const result = await busy(() => client.call('recovery.restore', { id }))
  if (!result.ok) return toastError(result.error)
  forgetRecovered(id)
  await showOpenedDocument(result.value)
  app().pushToast('success', i18n.t('safety.recovery.restored', { name: result.value.name }))
}

/** "Bỏ qua": the text is set aside in the document's history. */
export async function discardRecovered(id: string): Promise<void> {
  const result = await busy(() => client.call('recovery.discard', { id }))
  if (!result.ok) return toastError(result.error)
  forgetRecovered(id)
  app().pushToast('info', i18n.t('safety.recovery.discarded'))
}

/** "Để sau": hide the offer until the next start (the text stays in the journal). */
export function postponeRecovery(): void {
  safety().setRecovery([])
}

// ---- "Lịch sử phiên bản" ---------------------------------------------------------------------------

/** Open the history of the open document (after saving what is on screen). */
export async function openHistory(): Promise<void> {
  const doc = app().doc
  if (!doc) return
  await saveNow()
  safety().setDialog({ kind: 'history', entries: null })
  const result = await client.call('history.list', { id: app().doc?.id ?? doc.id })
  if (!result.ok) {
    close()
    return toastError(result.error)
  }
  safety().setDialog({ kind: 'history', entries: result.value })
}

/**
 * Put an earlier version back, as one step of the undo history: Ctrl+Z (or the toast's "Hoàn
 * tác") puts back what was on screen, and text typed after the restore is undone and redone in
 * order like any other. What was on screen is also kept as a version of its own.
 */
export async function restoreVersion(backupId: string): Promise<void> {
  if (app().readOnly) return
  await saveNow()
  const current = currentReport()
  const doc = app().doc
  if (!current || !doc) return
  // No autosave may write the old text over the restored one.
  stopAutosave()
  const result = await busy(() => client.call('history.restore', { id: doc.id, backupId, current }))
  if (!result.ok) {
    startAutosave()
    return toastError(result.error)
  }
  close()
  const time = formatDateTime(result.value.report.savedAt)
  const step = reportReplaced(result.value.report, { key: 'history.restore', params: { time } })
  startAutosave()
  app().pushToast('success', i18n.t('safety.history.restored', { time }), {
    label: i18n.t('safety.history.undo'),
    run: () => undoStep(step),
  })
}

// ---- a file changed on disk by someone else --------------------------------------------------------

/** "Giữ bản của tôi": what is on screen is saved as a copy next to the file, and editing goes on there. */
export async function keepMine(): Promise<void> {
  const doc = app().doc
  const report = currentReport()
  if (!doc || !report) return
  const base = i18n.t('safety.conflict.mineName', { name: withoutReportExtension(doc.name) })
  // Autosave waits: until the copy exists, a save would only hit the changed file again.
  stopAutosave()
  try {
    for (let n = 1; n < 50; n++) {
      const newName = n === 1 ? base : `${base} (${n})`
      const result = await busy(() => client.call('documents.saveAs', { id: doc.id, report, newName }))
      if (!result.ok && result.error.code === 'nameTaken') continue
      if (!result.ok) return toastError(result.error)
      close()
      if (result.value) await savedAs(result.value)
      return
    }
  } finally {
    if (!app().readOnly && app().doc?.id === doc.id) startAutosave()
  }
}

/** "Tải bản trên đĩa": the file is read again; what was on screen goes to the history. */
export async function reloadTheirs(): Promise<void> {
  const doc = app().doc
  const report = currentReport()
  if (!doc || !report) return
  stopAutosave()
  const result = await busy(() => client.call('documents.reload', { id: doc.id, report }))
  if (!result.ok) {
    startAutosave()
    return toastError(result.error)
  }
  close()
  await reshowDocument(result.value)
  app().pushToast('info', i18n.t('safety.conflict.reloaded'))
}

// ---- "Lưu thành…" and "Đổi tên" --------------------------------------------------------------------

/** "Lưu thành…": in Electron the system dialog (anywhere on disk), in the browser a name in the library. */
export async function saveAs(): Promise<void> {
  const doc = app().doc
  const report = currentReport()
  if (!doc || !report) return
  if (client.mode === 'web') return safety().setDialog({ kind: 'name', purpose: 'saveAs', name: doc.name })
  const result = await client.call('documents.saveAs', { id: doc.id, report })
  if (!result.ok) return toastError(result.error)
  if (result.value) await savedAs(result.value)
}

/** The open document was saved under `name` and editing goes on there (writable, even if the old file was read-only). */
async function savedAs({ name, key, savedAt }: { name: string; key: string; savedAt: string }): Promise<void> {
  const doc = app().doc
  const report = currentReport()
  if (!doc || !report) return
  if (app().readOnly) {
    await reshowDocument({ id: doc.id, key, name, report: { ...report, savedAt } })
  } else {
    documentRenamed(name, key)
    app().setSave({ kind: 'saved', savedAt })
    app().setSaveError(null)
  }
  app().pushToast('success', i18n.t('safety.savedAs', { name }))
}

/** "Đổi tên" of a report in the library; `onDone` refreshes the list. */
export function askRename(name: string, onDone: () => void): void {
  safety().setDialog({ kind: 'name', purpose: 'rename', name, onDone })
}

/** The name dialog was confirmed. */
export async function submitName(dialog: Extract<SafetyDialog, { kind: 'name' }>, value: string): Promise<void> {
  const newName = value.trim()
  if (newName === '') return
  if (dialog.purpose === 'rename') {
    const result = await busy(() => client.call('documents.rename', { name: dialog.name, newName }))
    if (!result.ok) return toastError(result.error)
    close()
    app().pushToast('success', i18n.t('safety.renamed', { name: result.value.name }))
    dialog.onDone?.()
    return
  }
  const doc = app().doc
  const report = currentReport()
  if (!doc || !report) return
  const result = await busy(() => client.call('documents.saveAs', { id: doc.id, report, newName }))
  if (!result.ok) return toastError(result.error)
  close()
  if (result.value) await savedAs(result.value)
}
