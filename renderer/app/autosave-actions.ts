/**
 * The open report as the clerk changes it: what the editors hold is collected into the store,
 * counted, and sent to the backend — a crash-journal write within moments (journal-queue.ts) and
 * an autosave about 1 s after typing stops (save-queue.ts), each carrying only what changed
 * (unsent.ts). The `put` functions change the report from outside the editors.
 */
import type { RequestOf, ResponseOf, Result } from '../../core/contract'
import type { IndicatorTable, LayoutChoices, Meta, Report, Section, SerializedContent } from '../../core/model/schema'
import { client } from '../api'
import { i18n } from '../i18n'
import { collectDirty, EXTERNAL_TAG, getEditor, isAnyComposing, markDirty } from '../editor/registry'
import { describeError } from './errors'
import { normalizeReport } from './report-edit'
import { clearNeedsUpdate } from './needs-update'
import { createSaveQueue, type SaveQueue } from './save-queue'
import { createJournalQueue, type JournalQueue } from './journal-queue'
import { createUnsentChanges, type WriteRequest } from './unsent'
import { createWordCounts } from './word-counts'
import { useSafetyStore } from './safety-store'
import { useAppStore } from './store'

const AUTOSAVE_DELAY_MS = 1000
const COMPOSITION_RETRY_MS = 250
/** The crash journal follows changes closely (see journal-queue.ts). */
const JOURNAL_DELAY_MS = 300
const JOURNAL_MAX_WAIT_MS = 2000

const store = useAppStore.getState

/** The open report's changes not yet sent, its word counts, and its two queues (while autosaving). */
const unsent = createUnsentChanges()
const counts = createWordCounts()
let queue: SaveQueue | null = null
let journal: JournalQueue | null = null

// ---- collecting what the editors hold -----------------------------------------------------------

function recount(changed: ReadonlySet<string> | null): void {
  const doc = store().doc
  if (!doc) return
  const { words, blanks } = counts.recount(doc.report.sections, changed)
  store().setCounts(words, blanks)
}

/** Count the open report's words and blanks afresh (it was just shown, or its tree changed). */
export function recountAll(): void {
  counts.clear()
  recount(null)
}

/** Forget the counts of the report that was open. */
export function forgetCounts(): void {
  counts.clear()
}

/**
 * Bring what the editors hold into the report in the store. Everything that reads the whole
 * report (save, export, checks, search) calls this first.
 */
export function collectEditors(): void {
  const changed = collectDirty()
  for (const [id, content] of changed) {
    store().setSectionContent(id, content)
    unsent.section(id)
  }
  if (changed.size > 0) recount(new Set(changed.keys()))
}

/** The report as it is now: the editors' text collected, normalized for the backend. */
export function currentReport(): ReturnType<typeof normalizeReport> | null {
  collectEditors()
  const doc = store().doc
  return doc ? normalizeReport(doc.report) : null
}

// ---- autosave ---------------------------------------------------------------------------------

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
    const result = await unsent.write(sendSave, doc)
    if (!result.ok && result.error.code === 'changedOnDisk')
      useSafetyStore.getState().setDialog({ kind: 'conflict', message: describeError(result.error) })
    if (result.ok || result.error.code !== 'notOpen') return result
    // The backend was restarted and forgot its session handle: open the same file again (by its
    // key, never by a name another folder's report may share) and save what is on screen over it
    // (unless someone else has it open now).
    const reopened = await client.call('documents.reopen', { key: doc.key })
    if (!reopened.ok || reopened.value.readOnly) return result
    store().setDocId(reopened.value.id)
    unsent.whole()
    return unsent.write(sendSave, { ...doc, id: reopened.value.id })
  })
}

/** Write what the editors hold to the crash journal (never the document itself). */
export function journalNow(): Promise<void> {
  return inOrder(async () => {
    collectEditors()
    const doc = store().doc
    if (!doc || store().readOnly) return
    // A failure shows at the next save; the text is still on screen and still unsent.
    await unsent.write(sendJournal, doc)
  })
}

/**
 * Run a request on the open report by its id (its checks, an export), carrying only the changes
 * the backend has not received yet, as a journal write does: the report itself never crosses
 * twice. In order with the saves and journal writes; null when no report is open.
 */
export function withOpenReport<T>(send: (write: WriteRequest) => Promise<Result<T>>): Promise<Result<T> | null> {
  return inOrder(async () => {
    collectEditors()
    const doc = store().doc
    return doc ? unsent.write(send, doc) : null
  })
}

/** Save and journal the open document as it changes (again, after `stopAutosave`). */
export function startAutosave(): void {
  stopAutosave()
  // Whatever happened while stopped (a restore, a save as, a reload), the first write is whole.
  unsent.whole()
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
    write: journalNow,
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

// ---- changes ----------------------------------------------------------------------------------

/** A section editor's content changed (called by the editor; cheap: no serialization here). */
export function sectionEdited(sectionId: string): void {
  markDirty(sectionId)
  if (clearNeedsUpdate(sectionId)) unsent.whole()
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
  unsent.section(sectionId)
  const editor = getEditor(sectionId)
  if (editor) editor.setEditorState(editor.parseEditorState(JSON.stringify(content)), { tag: EXTERNAL_TAG })
  recount(new Set([sectionId]))
  changed()
}

/** The fields of "Thông tin văn bản". */
export function putMeta(meta: Meta): void {
  store().updateMeta(() => meta)
  unsent.meta()
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
  unsent.whole()
  recountAll()
  changed()
}

export function putIndicators(indicators: IndicatorTable[]): void {
  store().setIndicators(indicators)
  unsent.indicators()
  changed()
}

/** Body size, line spacing and margins. */
export function putLayout(layout: LayoutChoices): void {
  useAppStore.setState((state) => ({ doc: state.doc ? { ...state.doc, report: { ...state.doc.report, layout } } : null }))
  unsent.layout()
  changed()
}
