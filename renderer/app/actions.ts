/**
 * What the clerk can do, in one place: the buttons, the keyboard shortcuts and the native menu
 * all call these handlers. They talk to the backend only through `client.call`.
 */
import type { ErrorInfo, MenuAction, Problem } from '../../core/contract'
import type { Meta, SerializedContent } from '../../core/model/schema'
import { client } from '../api'
import { i18n } from '../i18n'
import { isAnyComposing } from '../editor/registry'
import { errorText } from './errors'
import { normalizeReport } from './report-edit'
import { createSaveQueue, type SaveQueue } from './save-queue'
import { useAppStore } from './store'

const AUTOSAVE_DELAY_MS = 1000
const COMPOSITION_RETRY_MS = 250
const OPEN_DOCUMENT_KEY = 'soan-bao-cao.open-document'
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

const store = useAppStore.getState

/** A backend error in the UI language. */
export function describeError(error: ErrorInfo): string {
  return errorText(error, {
    t: (key, options) => i18n.t(key, options ?? {}),
    template: (key) => {
      const value: unknown = i18n.getResource(i18n.resolvedLanguage ?? 'vi', 'translation', key)
      return typeof value === 'string' ? value : undefined
    },
  })
}

function toastError(error: ErrorInfo): void {
  store().pushToast('error', describeError(error))
}

function rememberOpenDocument(name: string | null): void {
  try {
    if (name === null) sessionStorage.removeItem(OPEN_DOCUMENT_KEY)
    else sessionStorage.setItem(OPEN_DOCUMENT_KEY, name)
  } catch {
    // Without session storage a reload simply returns to the home screen.
  }
}

// ---- autosave ---------------------------------------------------------------------------------

let queue: SaveQueue | null = null

async function saveCurrent(): Promise<{ ok: true; value: { savedAt: string } } | { ok: false; error: ErrorInfo }> {
  const doc = store().doc
  if (!doc) return { ok: true, value: { savedAt: new Date().toISOString() } }
  const report = normalizeReport(doc.report)
  const result = await client.call('documents.save', { id: doc.id, report })
  if (result.ok || result.error.code !== 'notOpen') return result
  // The backend was restarted and forgot its session handle: open the file again by name and
  // save what is on screen over it.
  const reopened = await client.call('documents.open', { name: doc.name })
  if (!reopened.ok) return result
  store().setDocId(reopened.value.id)
  return client.call('documents.save', { id: reopened.value.id, report })
}

function startAutosave(): void {
  queue?.dispose()
  queue = createSaveQueue({
    delayMs: AUTOSAVE_DELAY_MS,
    busyRetryMs: COMPOSITION_RETRY_MS,
    isBusy: isAnyComposing,
    save: saveCurrent,
    onState: (state) => {
      store().setSave(state)
      if (state.kind === 'saved') store().setSaveError(null)
      if (state.kind === 'error') store().setSaveError(state.error)
    },
  })
}

/** Save pending changes of the open document now (Ctrl+S, menu "Lưu", leaving the editor). */
export async function saveNow(): Promise<boolean> {
  return queue ? queue.flush() : true
}

export function hasUnsavedChanges(): boolean {
  return queue?.hasPending() ?? false
}

/** A section editor's content changed (never called mid-composition). */
export function sectionChanged(sectionId: string, content: SerializedContent): void {
  store().setSectionContent(sectionId, content)
  queue?.change()
}

/** A field of "Thông tin văn bản" changed. */
export function metaChanged(change: (meta: Meta) => Partial<Meta>): void {
  store().updateMeta(change)
  queue?.change()
}

async function closeDocument(): Promise<void> {
  await saveNow()
  queue?.dispose()
  queue = null
  rememberOpenDocument(null)
  store().setDoc(null)
}

// ---- screens ----------------------------------------------------------------------------------

/** Back to the list of reports ("Về trang chủ", menu "Danh sách báo cáo"). */
export async function goHome(): Promise<void> {
  await closeDocument()
  store().showScreen('home')
}

/** The "Tạo báo cáo mới" screen. */
export async function newReport(): Promise<void> {
  await closeDocument()
  store().showScreen('new')
}

function showDocument(doc: NonNullable<ReturnType<typeof store>['doc']>): void {
  store().setDoc(doc)
  rememberOpenDocument(doc.name)
  startAutosave()
  store().showScreen('editor')
}

export async function openDocument(name: string): Promise<boolean> {
  await closeDocument()
  const result = await client.call('documents.open', { name })
  if (!result.ok) {
    toastError(result.error)
    return false
  }
  showDocument(result.value)
  return true
}

export async function createDocument(request: { templateId: string; year: number; half?: 1 | 2 }): Promise<boolean> {
  await closeDocument()
  const result = await client.call('documents.create', request)
  if (!result.ok) {
    toastError(result.error)
    return false
  }
  showDocument(result.value)
  return true
}

/** On start: reopen the report that was open before a reload, else show the home screen. */
export async function restoreSession(): Promise<void> {
  let name: string | null = null
  try {
    name = sessionStorage.getItem(OPEN_DOCUMENT_KEY)
  } catch {
    name = null
  }
  if (name !== null && (await openDocument(name))) return
  rememberOpenDocument(null)
  store().showScreen('home')
}

// ---- checks and export ------------------------------------------------------------------------

/** "Kiểm tra": run the pre-export checks and show them in the side panel. */
export async function runChecks(): Promise<Problem[] | null> {
  const doc = store().doc
  if (!doc) return null
  store().setSidebarTab('problems')
  store().setChecks({ running: true, problems: store().checks.problems })
  const result = await client.call('checks.run', { report: normalizeReport(doc.report), draft: false })
  if (!result.ok) {
    store().setChecks({ running: false, problems: store().checks.problems })
    toastError(result.error)
    return null
  }
  store().setChecks({ running: false, problems: result.value })
  return result.value
}

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

function download(fileName: string, base64: string): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(base64)], { type: DOCX_MIME }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path
}

function reportExported(fileName: string, problems: Problem[]): void {
  const warnings = problems.filter((p) => p.severity === 'warning')
  if (warnings.length > 0) {
    store().setChecks({ running: false, problems })
    store().pushToast('success', i18n.t('export.doneWithWarnings', { fileName, count: warnings.length }))
  } else {
    store().pushToast('success', i18n.t('export.done', { fileName }))
  }
}

async function writeExport(draft: boolean): Promise<void> {
  const doc = store().doc
  if (!doc) return
  const report = normalizeReport(doc.report)
  if (client.mode === 'electron') {
    const result = await client.call('export.save', { report, draft })
    if (!result.ok) return toastError(result.error)
    if (result.value.saved) reportExported(fileNameOf(result.value.path ?? ''), result.value.problems)
    return
  }
  const result = await client.call('export.build', { report, draft })
  if (!result.ok) return toastError(result.error)
  download(result.value.fileName, result.value.base64)
  reportExported(result.value.fileName, result.value.problems)
}

/**
 * "Xuất Word". A final export first runs the checks: errors open a dialog offering a draft
 * instead; warnings do not block. A draft export skips straight to writing the file.
 */
export async function exportWord(draft = false): Promise<void> {
  const doc = store().doc
  if (!doc || store().exporting) return
  store().setExporting(true)
  try {
    if (!draft) {
      const checks = await client.call('checks.run', { report: normalizeReport(doc.report), draft: false })
      if (!checks.ok) return toastError(checks.error)
      if (checks.value.some((p) => p.severity === 'error')) {
        store().setChecks({ running: false, problems: checks.value })
        store().setDialog({ kind: 'export-blocked', problems: checks.value })
        return
      }
    }
    await writeExport(draft)
  } finally {
    store().setExporting(false)
  }
}

/** "Xuất bản nháp" from the dialog that listed the errors. */
export async function exportDraftFromDialog(): Promise<void> {
  store().setDialog({ kind: 'none' })
  await exportWord(true)
}

export function closeDialog(): void {
  store().setDialog({ kind: 'none' })
}

export async function showAbout(): Promise<void> {
  const result = await client.call('app.info', {})
  if (!result.ok) return toastError(result.error)
  store().setDialog({ kind: 'about', version: result.value.version, libraryDir: result.value.libraryDir })
}

// ---- menu -------------------------------------------------------------------------------------

/** Native menu entries run the same handlers as the buttons. */
export function handleMenuAction(action: MenuAction): void {
  const inEditor = store().screen === 'editor'
  switch (action) {
    case 'new':
      void newReport()
      return
    case 'open-library':
      void goHome()
      return
    case 'save':
      void saveNow()
      return
    case 'export':
      if (inEditor) void exportWord(false)
      return
    case 'export-draft':
      if (inEditor) void exportWord(true)
      return
    case 'check':
      if (inEditor) void runChecks()
      return
    case 'about':
      void showAbout()
      return
    case 'zoom-in':
      store().setZoom(store().zoom + 0.1)
      return
    case 'zoom-out':
      store().setZoom(store().zoom - 0.1)
      return
    case 'zoom-reset':
      store().setZoom(1)
      return
  }
}
