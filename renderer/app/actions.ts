/**
 * What the clerk can do, in one place: the buttons, the keyboard shortcuts and the native menu
 * all call these handlers. They talk to the backend only through `client.call`.
 */
import type { ExportSaved, MenuAction, MethodName, OpenDocument, RequestOf, ResponseOf, Result } from '../../core/contract'
import type { Problem } from '../../core/checks/problem'
import type { ErrorInfo } from '../../core/model/errors'
import type { IndicatorTable, LayoutChoices, Meta, Report, Section, SerializedContent } from '../../core/model/schema'
import type { ReportPatch } from '../../core/model/patch'
import { contentText, countWords } from '../../core/nodes/plain-text'
import { client } from '../api'
import { i18n, setLanguage } from '../i18n'
import { collectDirty, EXTERNAL_TAG, focusSection, getEditor, isAnyComposing, markDirty, resetRegistry } from '../editor/registry'
import { leavesNothingOut, leftOut } from '../../core/docx/printed-content'
import { describeError } from './errors'
import { findSection, normalizeReport } from './report-edit'
import { countBlanks } from './find'
import { clearNeedsUpdate } from './needs-update'
import { createSaveQueue, type SaveQueue } from './save-queue'
import { createJournalQueue, type JournalQueue } from './journal-queue'
import { useSafetyStore } from './safety-store'
import { useAppStore } from './store'
import { useExportDone, type Exported } from './export-done'
// The print preview's actions use these ones; each module calls the other's functions only when run.
import { exportPdf, printReport, togglePreview } from '../preview/preview-actions'
import { preloadEditor } from './screens'

const AUTOSAVE_DELAY_MS = 1000
const COMPOSITION_RETRY_MS = 250
/** The crash journal follows changes closely (see journal-queue.ts). */
const JOURNAL_DELAY_MS = 300
const JOURNAL_MAX_WAIT_MS = 2000
const OPEN_DOCUMENT_KEY = 'soan-bao-cao.open-document-key'
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

const store = useAppStore.getState

export function toastError(error: ErrorInfo): void {
  store().pushToast('error', describeError(error))
}

/** Call the backend; a failure is shown as a toast and gives null. */
export async function callOrToast<M extends MethodName>(name: M, request: RequestOf<M>): Promise<ResponseOf<M> | null> {
  const result = await client.call(name, request)
  if (!result.ok) {
    toastError(result.error)
    return null
  }
  return result.value
}

/** Remember the open document's key (never its name) for a reload of the page. */
function rememberOpenDocument(key: string | null): void {
  try {
    if (key === null) sessionStorage.removeItem(OPEN_DOCUMENT_KEY)
    else sessionStorage.setItem(OPEN_DOCUMENT_KEY, key)
  } catch {
    // Without session storage a reload simply returns to the home screen.
  }
}

// ---- settings and templates -------------------------------------------------------------------

export async function loadSettings(): Promise<void> {
  const result = await client.call('settings.get', {})
  if (!result.ok) return
  store().setSettings(result.value)
  if (result.value.language !== i18n.resolvedLanguage) setLanguage(result.value.language)
}

export async function saveSettings(patch: RequestOf<'settings.set'>): Promise<boolean> {
  const value = await callOrToast('settings.set', patch)
  if (!value) return false
  store().setSettings(value)
  if (value.language !== i18n.resolvedLanguage) setLanguage(value.language)
  return true
}

/** What the backend has to tell once from start-up (a damaged settings file set aside). */
export async function showStartupNotices(): Promise<void> {
  const result = await client.call('app.notices', {})
  if (!result.ok) return
  for (const notice of result.value) store().pushToast('error', i18n.t(`app.notices.${notice.code}`, notice.params))
}

/** Read the templates afresh (built-in and the office's folder); a broken file is named in a toast unless `quiet`. */
export async function loadTemplates(quiet = false): Promise<ResponseOf<'templates.list'> | null> {
  const value = await callOrToast('templates.list', {})
  if (!value) return null
  store().setTemplates(value.templates)
  if (!quiet)
    for (const bad of value.invalid)
      store().pushToast('error', i18n.t('newReport.invalidTemplate', { file: bad.file, message: describeError(bad.error) }))
  return value
}

// ---- collecting what the editors hold -----------------------------------------------------------

/** Words and template blanks per section, recounted for the sections that changed. */
const wordCounts = new Map<string, { words: number; blanks: number }>()

function recountWords(sections: readonly Section[], changed: ReadonlySet<string> | null): void {
  const visit = (list: readonly Section[]): void => {
    for (const section of list) {
      if (changed === null || changed.has(section.id) || !wordCounts.has(section.id)) {
        wordCounts.set(section.id, {
          words: countWords(section.title) + countWords(contentText(section.content)),
          blanks: countBlanks(section.content),
        })
      }
      visit(section.children)
    }
  }
  visit(sections)
  let words = 0
  let blanks = 0
  for (const count of wordCounts.values()) {
    words += count.words
    blanks += count.blanks
  }
  store().setCounts(words, blanks)
}

/**
 * Bring what the editors hold into the report in the store. Everything that reads the whole
 * report (save, export, checks, search) calls this first.
 */
export function collectEditors(): void {
  const changed = collectDirty()
  for (const [id, content] of changed) {
    store().setSectionContent(id, content)
    unsent.sections.add(id)
  }
  const doc = store().doc
  if (doc && changed.size > 0) recountWords(doc.report.sections, new Set(changed.keys()))
}

// ---- autosave ---------------------------------------------------------------------------------

let queue: SaveQueue | null = null
let journal: JournalQueue | null = null

/**
 * What changed since the backend last received the report. A journal write or a save sends only
 * these parts (a patch), so that typing in a long report never ships the whole report; a change
 * of the tree, a new start of the autosave, or a backend that lost its copy sends it whole.
 */
interface Unsent {
  full: boolean
  sections: Set<string>
  meta: boolean
  indicators: boolean
  layout: boolean
}

const noneUnsent = (): Unsent => ({ full: false, sections: new Set(), meta: false, indicators: false, layout: false })
let unsent: Unsent = { ...noneUnsent(), full: true }

function nfc<T>(value: T): T {
  const text = JSON.stringify(value)
  const normalized = text.normalize('NFC')
  return normalized === text ? value : (JSON.parse(normalized) as T)
}

/** The request body for what is unsent now; `unsent` starts over (see {@link keepUnsent}). */
function takeWrite(doc: OpenDocument): { taken: Unsent; write: { report: Report } | { patch: ReportPatch } } {
  const taken = unsent
  unsent = noneUnsent()
  if (taken.full) return { taken, write: { report: normalizeReport(doc.report) } }
  const sections: Record<string, SerializedContent | null> = {}
  for (const id of taken.sections) {
    const section = findSection(doc.report.sections, id)
    if (section) sections[id] = nfc(section.content)
  }
  const patch: ReportPatch = {
    sections,
    ...(taken.meta ? { meta: nfc(doc.report.meta) } : {}),
    ...(taken.indicators ? { indicators: nfc(doc.report.indicators) } : {}),
    ...(taken.layout ? { layout: doc.report.layout } : {}),
  }
  return { taken, write: { patch } }
}

/** A write failed: what it carried is still unsent (and goes whole if the backend lost its copy). */
function keepUnsent(taken: Unsent, error: ErrorInfo): void {
  unsent.full ||= taken.full || error.code === 'needFull' || error.code === 'notOpen'
  unsent.meta ||= taken.meta
  unsent.indicators ||= taken.indicators
  unsent.layout ||= taken.layout
  for (const id of taken.sections) unsent.sections.add(id)
}

/**
 * Send what is unsent to `documents.save` or `documents.journal`. A backend that has lost its
 * copy of the report (restarted, or disagreeing about the tree) gets the whole report at once.
 */
async function writeUnsent<T>(send: (request: RequestOf<'documents.save'>) => Promise<Result<T>>, doc: OpenDocument): Promise<Result<T>> {
  const first = takeWrite(doc)
  const result = await send({ id: doc.id, ...first.write })
  if (result.ok) return result
  keepUnsent(first.taken, result.error)
  if (result.error.code !== 'needFull') return result
  const second = takeWrite(doc)
  const retry = await send({ id: doc.id, ...second.write })
  if (!retry.ok) keepUnsent(second.taken, retry.error)
  return retry
}

/** Places the backend could not keep as sent, already told to the clerk (once each). */
const toldReplaced = new Set<string>()

/** Say once which values the backend had to keep at their last saved value (see core/model/repair.ts). */
function reportReplaced(result: Result<{ replaced: string[] }>): void {
  if (!result.ok) return
  const fresh = result.value.replaced.filter((place) => !toldReplaced.has(place))
  if (fresh.length === 0) return
  for (const place of fresh) toldReplaced.add(place)
  store().pushToast('error', i18n.t('editor.save.replaced', { places: fresh.join(', ') }))
}

const sendSave = async (request: RequestOf<'documents.save'>): Promise<Result<ResponseOf<'documents.save'>>> => {
  const result = await client.call('documents.save', request)
  reportReplaced(result)
  return result
}
const sendJournal = async (request: RequestOf<'documents.journal'>): Promise<Result<ResponseOf<'documents.journal'>>> => {
  const result = await client.call('documents.journal', request)
  reportReplaced(result)
  return result
}

/** Journal writes and saves reach the backend one after the other, in the order they were made. */
let writes: Promise<unknown> = Promise.resolve()
function inOrder<T>(task: () => Promise<T>): Promise<T> {
  const next = writes.then(task, task)
  writes = next.catch(() => undefined)
  return next
}

function saveCurrent(): Promise<Result<{ savedAt: string }>> {
  return inOrder(async () => {
    collectEditors()
    const doc = store().doc
    if (!doc || store().readOnly) return { ok: true, value: { savedAt: new Date().toISOString() } }
    const result = await writeUnsent(sendSave, doc)
    if (!result.ok && result.error.code === 'changedOnDisk')
      useSafetyStore.getState().setDialog({ kind: 'conflict', message: describeError(result.error) })
    if (result.ok || result.error.code !== 'notOpen') return result
    // The backend was restarted and forgot its session handle: open the same file again (by its
    // key, never by a name another folder's report may share) and save what is on screen over it
    // (unless someone else has it open now).
    const reopened = await client.call('documents.reopen', { key: doc.key })
    if (!reopened.ok || reopened.value.readOnly) return result
    store().setDocId(reopened.value.id)
    unsent.full = true
    return writeUnsent(sendSave, { ...doc, id: reopened.value.id })
  })
}

/** Write what the editors hold to the crash journal (never the document itself). */
function journalCurrent(): Promise<void> {
  return inOrder(async () => {
    collectEditors()
    const doc = store().doc
    if (!doc || store().readOnly) return
    // A failure shows at the next save; the text is still on screen and still unsent.
    await writeUnsent(sendJournal, doc)
  })
}

/** Save and journal the open document as it changes (again, after `stopAutosave`). */
export function startAutosave(): void {
  stopAutosave()
  // Whatever happened while stopped (a restore, a save as, a reload), the first write is whole.
  unsent = { ...noneUnsent(), full: true }
  queue = createSaveQueue({
    delayMs: AUTOSAVE_DELAY_MS,
    busyRetryMs: COMPOSITION_RETRY_MS,
    isBusy: isAnyComposing,
    save: saveCurrent,
    onState: (state) => {
      store().setSave(state)
      if (state.kind === 'saved') {
        store().setSaveError(null)
        // Everything is in the document now: nothing left to journal.
        journal?.settle()
      }
      if (state.kind === 'error') store().setSaveError(state.error)
    },
  })
  journal = createJournalQueue({
    delayMs: JOURNAL_DELAY_MS,
    maxWaitMs: JOURNAL_MAX_WAIT_MS,
    busyRetryMs: COMPOSITION_RETRY_MS,
    isBusy: isAnyComposing,
    write: journalCurrent,
  })
}

/** Stop saving and journaling the open document (it is being closed or replaced). */
export function stopAutosave(): void {
  queue?.dispose()
  queue = null
  journal?.dispose()
  journal = null
}

/** Save pending changes of the open document now (Ctrl+S, menu "Lưu", leaving the window). */
export async function saveNow(): Promise<boolean> {
  return queue ? queue.flush() : true
}

export function hasUnsavedChanges(): boolean {
  return queue?.hasPending() ?? false
}

function changed(): void {
  if (store().readOnly) return
  queue?.change()
  journal?.change()
}

/** A section editor's content changed (called by the editor; cheap: no serialization here). */
export function sectionEdited(sectionId: string): void {
  markDirty(sectionId)
  if (clearNeedsUpdate(sectionId)) unsent.full = true
  changed()
}

/**
 * Put content into a section from outside its editor (replace all, insert from a file, undo):
 * into its editor when it is mounted, else into the report the static view draws. These `put`
 * functions change the report without recording a step: renderer/app/report-history.ts records
 * the clerk's changes and calls them, and calls them again to undo and redo.
 */
export function putSectionContent(sectionId: string, content: SerializedContent): void {
  store().setSectionContent(sectionId, content)
  unsent.sections.add(sectionId)
  const editor = getEditor(sectionId)
  if (editor) editor.setEditorState(editor.parseEditorState(JSON.stringify(content)), { tag: EXTERNAL_TAG })
  const doc = store().doc
  if (doc) recountWords(doc.report.sections, new Set([sectionId]))
  changed()
}

/** The fields of "Thông tin văn bản". */
export function putMeta(meta: Meta): void {
  store().updateMeta(() => meta)
  unsent.meta = true
  changed()
}

/** The section tree (added, renamed, moved, deleted sections). */
export function putSections(sections: Section[]): void {
  collectEditors()
  store().setSections(sections)
  wholeReportChanged()
}

/** A whole new report (period change, restored version). */
export function putReport(report: Report): void {
  store().setReport(report)
  wholeReportChanged()
}

/** After a change of the tree or of the whole report: recount, and send it whole next time. */
function wholeReportChanged(): void {
  unsent.full = true
  const doc = store().doc
  if (doc) {
    wordCounts.clear()
    recountWords(doc.report.sections, null)
  }
  changed()
}

export function putIndicators(indicators: IndicatorTable[]): void {
  store().setIndicators(indicators)
  unsent.indicators = true
  changed()
}

/** Body size, line spacing and margins. */
export function putLayout(layout: LayoutChoices): void {
  useAppStore.setState((state) => ({ doc: state.doc ? { ...state.doc, report: { ...state.doc.report, layout } } : null }))
  unsent.layout = true
  changed()
}

async function closeDocument(): Promise<void> {
  // Unsaved text (a full disk, a missing folder) stays in the journal, offered at the next start.
  if (!(await saveNow())) await journalCurrent()
  stopAutosave()
  const doc = store().doc
  if (doc) await client.call('documents.close', { id: doc.id })
  resetRegistry()
  wordCounts.clear()
  useExportDone.getState().show(null)
  rememberOpenDocument(null)
  store().setDoc(null)
}

// ---- screens ----------------------------------------------------------------------------------

/** Back to the list of reports ("Về trang chủ", menu "Danh sách báo cáo"). */
export async function goHome(): Promise<void> {
  await closeDocument()
  store().showScreen('home')
  void offerRecovery()
}

/** Offer text a crash left unsaved on the home screen ("Khôi phục" / "Bỏ qua"). True when there is some. */
export async function offerRecovery(): Promise<boolean> {
  const result = await client.call('recovery.list', {})
  const entries = result.ok ? result.value : []
  useSafetyStore.getState().setRecovery(entries)
  return entries.length > 0
}

/** The "Tạo báo cáo mới" screen. */
export async function newReport(): Promise<void> {
  await closeDocument()
  store().showScreen('new')
}

export async function openSettings(): Promise<void> {
  await closeDocument()
  store().showScreen('settings')
}

/** The "Mẫu báo cáo" screen (its list is read by template-actions). */
export async function showTemplatesScreen(): Promise<void> {
  await closeDocument()
  store().showScreen('templates')
}

function showDocument(doc: NonNullable<ReturnType<typeof store>['doc']>): void {
  store().setDoc(doc, doc.readOnly ?? false)
  rememberOpenDocument(doc.key)
  wordCounts.clear()
  recountWords(doc.report.sections, null)
  startAutosave()
  store().showScreen('editor')
}

/** A report opened outside the library list (the operating system, the open dialog). */
export async function showOpenedDocument(doc: OpenDocument): Promise<void> {
  await closeDocument()
  showDocument(doc)
}

export async function openDocument(name: string): Promise<boolean> {
  preloadEditor()
  await closeDocument()
  const result = await client.call('documents.open', { name })
  if (!result.ok) {
    toastOpenError(result.error)
    return false
  }
  showDocument(result.value)
  return true
}

/** A report that cannot be opened; a damaged or unreadable one with "Mở bản sao lưu gần nhất" when it has a valid backup. */
function toastOpenError(error: ErrorInfo): void {
  const backup = error.backup
  if (!backup) return toastError(error)
  store().pushToast('error', describeError(error), {
    label: i18n.t('safety.openBackup'),
    run: () => void openBackupCopy(backup.id),
  })
}

/**
 * Electron: show the report the operating system asked to open (a double-clicked .baocao), if
 * any. Asked once the page is ready, at start-up and whenever main says one is waiting; the
 * document on screen is saved and closed first, unless it is that very report. True when shown.
 */
export async function openPendingDocument(): Promise<boolean> {
  if (client.mode !== 'electron' || client.bridgeMissing) return false
  const current = store().doc
  const result = await client.call('documents.openPending', current ? { currentKey: current.key } : {})
  if (!result.ok) {
    toastOpenError(result.error)
    return false
  }
  if (result.value === null) return false
  await showOpenedDocument(result.value)
  return true
}

/** "Mở bản sao lưu gần nhất": the backup becomes a new file in the library, opened at once. */
export async function openBackupCopy(backupId: string): Promise<void> {
  await closeDocument()
  const result = await client.call('history.openCopy', { backupId })
  if (!result.ok) return toastError(result.error)
  showDocument(result.value)
  store().pushToast('success', i18n.t('safety.backupOpened', { name: result.value.name }))
}

/**
 * Show a document again from scratch, with every editor mounted anew (editors take their text
 * when they mount): after a restore from the history or a reload from disk.
 */
export async function reshowDocument(doc: OpenDocument): Promise<void> {
  stopAutosave()
  store().setDoc(null)
  // Let React unmount the old editors before their marks are cleared.
  await new Promise((resolve) => setTimeout(resolve, 0))
  resetRegistry()
  wordCounts.clear()
  showDocument(doc)
}

/** The open document now lives in another file (Save As). */
export function documentRenamed(name: string, key: string): void {
  useAppStore.setState((state) => ({ doc: state.doc ? { ...state.doc, name, key } : null }))
  rememberOpenDocument(key)
}

/** Let go of the open document when the page goes away, so that a reload can open it for writing. */
export function releaseOnExit(): void {
  const doc = store().doc
  if (doc) void client.call('documents.close', { id: doc.id })
}

export async function createDocument(request: RequestOf<'documents.create'>): Promise<boolean> {
  await closeDocument()
  const result = await client.call('documents.create', request)
  if (!result.ok) {
    toastError(result.error)
    return false
  }
  showDocument(result.value)
  return true
}

/**
 * On start: the report the clerk double-clicked to start the app, else the one that was open
 * before a reload, else the home screen.
 */
export async function restoreSession(): Promise<void> {
  if (await openPendingDocument()) return
  // Text a crash left unsaved comes first: the home screen offers it.
  if (await offerRecovery()) {
    rememberOpenDocument(null)
    store().showScreen('home')
    return
  }
  let key: string | null = null
  try {
    key = sessionStorage.getItem(OPEN_DOCUMENT_KEY)
  } catch {
    key = null
  }
  if (key !== null) {
    preloadEditor()
    const result = await client.call('documents.reopen', { key })
    if (result.ok) return showDocument(result.value)
  }
  rememberOpenDocument(null)
  store().showScreen('home')
}

/** Scroll to a section from the outline, a check or a search hit. */
export function jumpToSection(sectionId: string): void {
  const doc = store().doc
  if (!doc || !findSection(doc.report.sections, sectionId)) return
  store().setActiveSection(sectionId)
  focusSection(sectionId, 'start')
}

// ---- checks and export ------------------------------------------------------------------------

/** The report as it is now: the editors' text collected, normalized for the backend. */
export function currentReport(): ReturnType<typeof normalizeReport> | null {
  collectEditors()
  const doc = store().doc
  return doc ? normalizeReport(doc.report) : null
}

/** "Kiểm tra": run the pre-export checks and show them in the side panel. */
export async function runChecks(show = true): Promise<Problem[] | null> {
  const report = currentReport()
  if (!report) return null
  if (show) store().setSidebarTab('problems')
  store().setChecks({ running: true, problems: store().checks.problems })
  const result = await client.call('checks.run', { report, draft: false })
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

/** Browser mode: hand a built file to the browser's downloads; the file, for a link to it. */
export function download(fileName: string, base64: string, mime = DOCX_MIME): Blob {
  const blob = new Blob([base64ToBytes(base64)], { type: mime })
  downloadBlob(fileName, blob)
  return blob
}

/** Hand a file to the browser's (or Electron's) download. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
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

export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path
}

/**
 * Say that an export was written, with buttons to open it (components/ExportDone.tsx), and show
 * the warnings it carried in the checks panel.
 */
export function reportExported(file: Exported['file'], fileName: string, problems: Problem[]): void {
  const warnings = problems.filter((p) => p.severity === 'warning')
  if (warnings.length > 0) store().setChecks({ running: false, problems })
  const text =
    warnings.length > 0 ? i18n.t('export.doneWithWarnings', { fileName, count: warnings.length }) : i18n.t('export.done', { fileName })
  useExportDone.getState().show({ text, fileName, file })
}

async function writeExport(draft: boolean): Promise<void> {
  const report = currentReport()
  if (!report) return
  if (client.mode === 'electron') {
    const result = await client.call('export.save', { report, draft })
    if (!result.ok) return toastError(result.error)
    return exportWritten(result.value)
  }
  const result = await client.call('export.build', { report, draft })
  if (!result.ok) return toastError(result.error)
  const blob = download(result.value.fileName, result.value.base64)
  reportExported({ blob }, result.value.fileName, result.value.problems)
}

/**
 * Before a final copy (Word or PDF): the checks run; errors open a dialog offering a draft
 * instead; otherwise, when the copy leaves something out or the checks have notes (a number and
 * a date left for the văn thư…), a dialog says so before anything is written. True when the copy
 * can be written now.
 */
export async function readyForFinal(report: Report, format: 'docx' | 'pdf'): Promise<boolean> {
  const checks = await client.call('checks.run', { report, draft: false })
  if (!checks.ok) {
    toastError(checks.error)
    return false
  }
  store().setChecks({ running: false, problems: checks.value })
  if (checks.value.some((p) => p.severity === 'error')) {
    store().setDialog({ kind: 'export-blocked', problems: checks.value, format })
    return false
  }
  const out = leftOut(report)
  if (!leavesNothingOut(out) || checks.value.length > 0) {
    store().setDialog({ kind: 'export-final', problems: checks.value, leftOut: out, format })
    return false
  }
  return true
}

/**
 * "Xuất Word". A final export first goes through {@link readyForFinal} (unless the clerk has just
 * confirmed it there); a draft export skips straight to writing the file.
 */
export async function exportWord(draft = false, confirmed = false): Promise<void> {
  const report = currentReport()
  if (!report || store().exporting) return
  store().setExporting(true)
  try {
    if (!draft && !confirmed && !(await readyForFinal(report, 'docx'))) return
    await writeExport(draft)
  } finally {
    store().setExporting(false)
  }
}

/** Where an export (Word or PDF) went in Electron: saved, cancelled, or not written because another program holds the file open. */
export function exportWritten(value: ExportSaved): void {
  if (value.held) store().setDialog({ kind: 'export-held', retryId: value.held.retryId, name: value.held.name })
  else if (value.saved && value.path !== undefined) reportExported({ path: value.path }, fileNameOf(value.path), value.problems)
}

/** "Thử lại" (the same file, once the clerk closed it in Word) or "Lưu với tên khác…" ("… (2).docx"). */
export async function retryHeldExport(retryId: string, otherName: boolean): Promise<void> {
  store().setDialog({ kind: 'none' })
  const result = await client.call('export.retry', { retryId, otherName })
  if (!result.ok) return toastError(result.error)
  exportWritten(result.value)
}

/** "Xuất bản chính thức" from the dialog that said what the copy leaves out, in the format it was for. */
export async function confirmFinalExport(): Promise<void> {
  const { dialog } = store()
  store().setDialog({ kind: 'none' })
  if (dialog.kind === 'export-final' && dialog.format === 'pdf') await exportPdf(false, true)
  else await exportWord(false, true)
}

/** "Xuất bản nháp" from the dialog that listed the errors: the same format, as a draft. */
export async function exportDraftFromDialog(): Promise<void> {
  const { dialog } = store()
  store().setDialog({ kind: 'none' })
  if (dialog.kind === 'export-blocked' && dialog.format === 'pdf') await exportPdf(true)
  else await exportWord(true)
}

export function closeDialog(): void {
  store().setDialog({ kind: 'none' })
}

export async function showAbout(): Promise<void> {
  const value = await callOrToast('app.info', {})
  if (value) store().setDialog({ kind: 'about', version: value.version, libraryDir: value.libraryDir })
}

/** Open the find bar (Ctrl+F) or the find-and-replace bar (Ctrl+H). */
export function openFind(replace: boolean): void {
  if (store().screen !== 'editor') return
  collectEditors()
  store().setFind({ open: true, replace })
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
    case 'find':
      openFind(false)
      return
    case 'replace':
      openFind(true)
      return
    case 'settings':
      void openSettings()
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
    case 'preview':
      if (inEditor) togglePreview()
      return
    case 'print':
      if (inEditor) void printReport()
      return
    case 'export-pdf':
      if (inEditor) void exportPdf()
      return
    case 'save-and-close':
      void saveNow().then((saved) => {
        if (saved) window.close()
      })
      return
  }
}
