/**
 * Opening, creating and closing reports, and the screens the app moves between (closing the open
 * report first: what is unsaved is saved, or kept in the crash journal).
 */
import type { OpenDocument, RequestOf } from '../../core/contract'
import type { ErrorInfo } from '../../core/model/errors'
import { client } from '../api'
import { i18n } from '../i18n'
import { focusSection, resetRegistry } from '../editor/registry'
import { describeError } from './errors'
import { findSection } from './report-edit'
import { toastError } from './call-or-toast'
import { collectEditors, forgetCounts, journalNow, recountAll, saveNow, startAutosave, stopAutosave } from './autosave-actions'
import { useSafetyStore } from './safety-store'
import { useAppStore } from './store'
import { useExportDone } from './export-done'
import { whileBusy } from './busy'
import { preloadEditor, preloadPageFonts, screenReady, type LazyScreenName } from './screens'

const OPEN_DOCUMENT_KEY = 'soan-bao-cao.open-document-key'

const store = useAppStore.getState

/** Remember the open document's key (never its name) for a reload of the page. */
function rememberOpenDocument(key: string | null): void {
  try {
    if (key === null) sessionStorage.removeItem(OPEN_DOCUMENT_KEY)
    else sessionStorage.setItem(OPEN_DOCUMENT_KEY, key)
  } catch {
    // Without session storage a reload simply returns to the home screen.
  }
}

async function closeDocument(): Promise<void> {
  // Unsaved text (a full disk, a missing folder) stays in the journal, offered at the next start.
  if (!(await saveNow())) await journalNow()
  stopAutosave()
  const doc = store().doc
  if (doc) await client.call('documents.close', { id: doc.id })
  resetRegistry()
  forgetCounts()
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

/**
 * Offer text a crash left unsaved on the home screen ("Khôi phục" / "Bỏ qua"). True when there is
 * some. `listed` is the list already asked for (start-up asks while the settings load).
 */
export async function offerRecovery(listed = client.call('recovery.list', {})): Promise<boolean> {
  const result = await listed
  const entries = result.ok ? result.value : []
  useSafetyStore.getState().setRecovery(entries)
  return entries.length > 0
}

/** Go to a screen once its code is in, unless the clerk went elsewhere (or opened a report) meanwhile. */
async function goTo(screen: Exclude<LazyScreenName, 'editor'>): Promise<void> {
  const from = store().screen
  await whileBusy(() => screenReady(screen))
  if (store().screen === from && store().doc === null) store().showScreen(screen)
}

/** The "Tạo báo cáo mới" screen. */
export async function newReport(): Promise<void> {
  await closeDocument()
  await goTo('new')
}

export async function openSettings(): Promise<void> {
  await closeDocument()
  await goTo('settings')
}

/** The "Mẫu báo cáo" screen (its list is read by template-actions). */
export async function showTemplatesScreen(): Promise<void> {
  await closeDocument()
  await goTo('templates')
}

async function showDocument(doc: OpenDocument): Promise<void> {
  store().setDoc(doc, doc.readOnly ?? false)
  rememberOpenDocument(doc.key)
  recountAll()
  startAutosave()
  // The screen changes once the editor's code is in (it is asked for with the report), so that no
  // second loading screen comes between: the screen before stays until the editor can be drawn.
  await screenReady('editor')
  if (store().doc?.id === doc.id) store().showScreen('editor')
}

/** A report opened outside the library list (the operating system, the open dialog). */
export async function showOpenedDocument(doc: OpenDocument): Promise<void> {
  await closeDocument()
  await showDocument(doc)
}

/** The report of the library being opened, if any (see {@link openDocument}). */
let opening: { name: string; done: Promise<boolean> } | null = null

/**
 * Open a report of the library. One open at a time: a second click on the report being opened (a
 * double-click) joins that open, and a click on another report waits for it and then opens that
 * one. Two opens at once would each take a handle, and the second would find the file locked by
 * the first and open it read-only.
 */
export function openDocument(name: string): Promise<boolean> {
  if (opening?.name === name) return opening.done
  const before = opening?.done
  const done = whileBusy(async () => {
    if (before) await before.catch(() => false)
    return openNow(name)
  }).finally(() => {
    if (opening?.done === done) opening = null
  })
  opening = { name, done }
  return done
}

async function openNow(name: string): Promise<boolean> {
  preloadEditor()
  await closeDocument()
  const opened = client.call('documents.open', { name })
  preloadPageFonts()
  const result = await opened
  if (!result.ok) {
    toastOpenError(result.error)
    return false
  }
  await showDocument(result.value)
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
  return whileBusy(async () => {
    const current = store().doc
    const result = await client.call('documents.openPending', current ? { currentKey: current.key } : {})
    if (!result.ok) {
      toastOpenError(result.error)
      return false
    }
    if (result.value === null) return false
    await showOpenedDocument(result.value)
    return true
  })
}

/** "Mở bản sao lưu gần nhất": the backup becomes a new file in the library, opened at once. */
export function openBackupCopy(backupId: string): Promise<void> {
  return whileBusy(async () => {
    await closeDocument()
    const result = await client.call('history.openCopy', { backupId })
    if (!result.ok) return toastError(result.error)
    await showDocument(result.value)
    store().pushToast('success', i18n.t('safety.backupOpened', { name: result.value.name }))
  })
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
  forgetCounts()
  await showDocument(doc)
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

export function createDocument(request: RequestOf<'documents.create'>): Promise<boolean> {
  return whileBusy(async () => {
    await closeDocument()
    const result = await client.call('documents.create', request)
    if (!result.ok) {
      toastError(result.error)
      return false
    }
    await showDocument(result.value)
    return true
  })
}

/**
 * On start: the report the clerk double-clicked to start the app, else the one that was open
 * before a reload, else the home screen. What the start needs is asked for while the settings
 * load (`settled`): the list of unsaved text and, for a reload, the editor's code; the page's fonts
 * are asked for with the report.
 */
export async function restoreSession(settled: Promise<unknown> = Promise.resolve()): Promise<void> {
  let key: string | null = null
  try {
    key = sessionStorage.getItem(OPEN_DOCUMENT_KEY)
  } catch {
    key = null
  }
  const recovery = client.call('recovery.list', {})
  if (key !== null) preloadEditor()
  await settled
  if (await openPendingDocument()) return
  // Text a crash left unsaved comes first: the home screen offers it.
  if (await offerRecovery(recovery)) {
    rememberOpenDocument(null)
    store().showScreen('home')
    return
  }
  if (key !== null) {
    const reopened = client.call('documents.reopen', { key })
    preloadPageFonts()
    const result = await reopened
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

/** Open the find bar (Ctrl+F) or the find-and-replace bar (Ctrl+H). */
export function openFind(replace: boolean): void {
  if (store().screen !== 'editor') return
  collectEditors()
  store().setFind({ open: true, replace })
}
