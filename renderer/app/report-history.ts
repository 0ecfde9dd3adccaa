/**
 * The report's one undo history (see renderer/app/history.ts): what a change of the report is,
 * how each is put back, and the functions the screens call to change the report — each records
 * a step, then makes the change through the `put` functions of autosave-actions.ts.
 *
 * Typing reaches it from the section editors (renderer/editor/section-history.ts), which keep
 * Lexical's own judgement of what one step of typing is and hand Ctrl+Z to this history. A step
 * of typing holds the editor states before and after, as Lexical's history does; a section that
 * was not mounted, or whose editor has been mounted anew since, gets the same content as JSON.
 */
import { create } from 'zustand'
import type { EditorState, HISTORIC_TAG as LexicalHistoricTag, LexicalEditor } from 'lexical'
import type { IndicatorTable, LayoutChoices, Meta, Report, Section, SerializedContent } from '../../core/model/schema'
import { emptyContent } from '../../core/model/lexical'
import { EXTERNAL_TAG, focusSection, getEditor, isAnyComposing, sectionElementId } from '../editor/registry'
import { collectEditors, putIndicators, putLayout, putMeta, putReport, putSectionContent, putSections } from './autosave-actions'
import { createHistory, type Step, type StepLabel } from './history'
import { findSection, sectionsInOrder } from './report-edit'
import { useAppStore, type SidebarTab } from './store'

/** What a section held: a state of its live editor (with the caret), or saved content. */
export type SectionSnapshot = { editor: LexicalEditor; state: EditorState } | { content: SerializedContent | null }

export type ReportChange =
  | { kind: 'text'; sectionId: string; before: SectionSnapshot; after: SectionSnapshot }
  /** `field` is the id of the form field (`field-<field>`), to show it after an undo. */
  | { kind: 'meta'; before: Meta; after: Meta; field: string | null }
  | { kind: 'indicators'; before: IndicatorTable[]; after: IndicatorTable[] }
  | { kind: 'layout'; before: LayoutChoices; after: LayoutChoices }
  /** The tree's shape and titles; sections present on both sides keep the content they hold. */
  | { kind: 'tree'; before: Section[]; after: Section[]; sectionId: string | null }
  /** Everything, content included (a restored version, a period change). */
  | { kind: 'report'; before: Report; after: Report }

const store = useAppStore.getState

/**
 * Lexical's tag for an update that undoes or redoes, spelled here so that this module (which the
 * window's shortcuts load with the home screen) imports no Lexical code; the type keeps it Lexical's.
 */
const HISTORIC_TAG: typeof LexicalHistoricTag = 'historic'

function contentOf(snapshot: SectionSnapshot): SerializedContent {
  if ('content' in snapshot) return snapshot.content ?? emptyContent()
  return snapshot.state.toJSON() as unknown as SerializedContent
}

function sameContent(a: SerializedContent | null, b: SerializedContent | null): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b)
}

function applyText(sectionId: string, snapshot: SectionSnapshot): void {
  const editor = getEditor(sectionId)
  // The very editor the state was taken from: its state goes back as it was, caret included.
  if (editor && 'editor' in snapshot && snapshot.editor === editor) editor.setEditorState(snapshot.state, { tag: HISTORIC_TAG })
  else putSectionContent(sectionId, contentOf(snapshot))
}

/** `target`'s shape and titles with the content each section holds now (a section back from deletion gets its own). */
function withCurrentContent(target: readonly Section[], current: readonly Section[]): Section[] {
  const now = new Map(sectionsInOrder(current).map((s) => [s.id, s]))
  const walk = (list: readonly Section[]): Section[] =>
    list.map((section) => {
      const live = now.get(section.id)
      return {
        ...section,
        content: live ? live.content : section.content,
        needsUpdate: live ? live.needsUpdate : section.needsUpdate,
        children: walk(section.children),
      }
    })
  return walk(target)
}

function applyTree(target: Section[]): void {
  collectEditors()
  putSections(withCurrentContent(target, store().doc?.report.sections ?? []))
}

function applyReport(target: Report): void {
  collectEditors()
  const doc = store().doc
  if (!doc) return
  // Mounted editors show their text until told otherwise; the others draw the report's.
  for (const section of sectionsInOrder(target.sections)) {
    const editor = getEditor(section.id)
    const current = findSection(doc.report.sections, section.id)
    if (!editor || (current && sameContent(current.content, section.content))) continue
    editor.setEditorState(editor.parseEditorState(JSON.stringify(section.content ?? emptyContent())), { tag: EXTERNAL_TAG })
  }
  putReport({ ...target, savedAt: doc.report.savedAt, appVersion: doc.report.appVersion })
}

function apply(change: ReportChange, side: 'before' | 'after'): void {
  switch (change.kind) {
    case 'text':
      return applyText(change.sectionId, change[side])
    case 'meta':
      return putMeta(change[side])
    case 'indicators':
      return putIndicators(change[side])
    case 'layout':
      return putLayout(change[side])
    case 'tree':
      return applyTree(change[side])
    case 'report':
      return applyReport(change[side])
  }
}

function merge(into: ReportChange, next: ReportChange): ReportChange {
  return into.kind === next.kind ? ({ ...next, before: into.before } as ReportChange) : next
}

const TAB_OF: Partial<Record<ReportChange['kind'], SidebarTab>> = {
  meta: 'meta',
  layout: 'meta',
  indicators: 'indicators',
  tree: 'outline',
}

/** Show where an undo or a redo happened: the section, or the panel of the field. */
function reveal(step: Step<ReportChange>): void {
  const change = step.changes[0]
  if (!change) return
  const tab = TAB_OF[change.kind]
  if (tab) store().setSidebarTab(tab)
  if (change.kind === 'text') {
    const editor = getEditor(change.sectionId)
    if (editor) editor.focus()
    else focusSection(change.sectionId, 'start')
  } else if (change.kind === 'meta' && change.field) {
    const id = `field-${change.field}`
    requestAnimationFrame(() => document.getElementById(id)?.scrollIntoView({ block: 'nearest' }))
  } else if (change.kind === 'tree' && change.sectionId) {
    const id = sectionElementId(change.sectionId)
    requestAnimationFrame(() => document.getElementById(id)?.scrollIntoView({ block: 'start' }))
  }
}

// ---- what the buttons show ------------------------------------------------------------------------

export interface HistoryView {
  undo: StepLabel | null
  redo: StepLabel | null
  /** What the last undo or redo did, for screen readers. */
  announcement: { kind: 'undo' | 'redo'; label: StepLabel; serial: number } | null
}

export const useHistoryStore = create<HistoryView>()(() => ({ undo: null, redo: null, announcement: null }))

function refreshView(): void {
  const undo = history.nextUndo()?.label ?? null
  const redo = history.nextRedo()?.label ?? null
  const view = useHistoryStore.getState()
  if (view.undo !== undo || view.redo !== redo) useHistoryStore.setState({ undo, redo })
}

const history = createHistory<ReportChange>({ apply, merge, reveal, onChange: refreshView })

// Closing the document (or showing it anew from disk) ends its history.
useAppStore.subscribe((state, previous) => {
  if (previous.doc && !state.doc) history.clear()
})

// ---- undo and redo ---------------------------------------------------------------------------------

let serial = 0

function canAct(): boolean {
  const state = store()
  // Never in the middle of an IME syllable: the composition would be cut in two.
  return state.screen === 'editor' && state.doc !== null && !state.readOnly && !isAnyComposing()
}

function announce(kind: 'undo' | 'redo', step: Step<ReportChange> | null): void {
  if (step) useHistoryStore.setState({ announcement: { kind, label: step.label, serial: ++serial } })
}

/** Ctrl+Z, ↶: undo the last change of the report, wherever it was made. */
export function undoReport(): void {
  if (canAct()) announce('undo', history.undo())
}

/** Ctrl+Y, Ctrl+Shift+Z, ↷. */
export function redoReport(): void {
  if (canAct()) announce('redo', history.redo())
}

/** A toast's "Hoàn tác": undo back to and including that step (later ones can be redone). */
export function undoStep(step: Step<ReportChange> | null): void {
  if (step && canAct() && history.undoThrough(step.id)) announce('undo', step)
}

// ---- changes of the report, each recorded ----------------------------------------------------------

function recording(): boolean {
  return !store().readOnly && !history.applying()
}

/**
 * A section editor changed (typing, formatting, paste, "Chèn câu"). `push` is Lexical's
 * judgement that a new step begins; otherwise the change continues the current step of typing
 * in that section, if it is still the latest one (a caret move then only updates where it is).
 */
export function sectionEditRecorded(
  sectionId: string,
  editor: LexicalEditor,
  before: EditorState,
  after: EditorState,
  { push, content, label }: { push: boolean; content: boolean; label: string },
): void {
  if (!recording()) return
  const mergeKey = `text:${sectionId}`
  const change: ReportChange = { kind: 'text', sectionId, before: { editor, state: before }, after: { editor, state: after } }
  if (!push && history.openTop()?.mergeKey === mergeKey) {
    history.record(change, { label: { key: label, sectionId }, mergeKey, merge: 'merge' })
    return
  }
  if (content) history.record(change, { label: { key: label, sectionId }, mergeKey, merge: 'push' })
}

/** What a section holds now, for the `before` of a change made from outside its editor. */
function snapshotOf(sectionId: string): SectionSnapshot {
  const editor = getEditor(sectionId)
  if (editor) return { editor, state: editor.getEditorState() }
  return { content: findSection(store().doc?.report.sections ?? [], sectionId)?.content ?? null }
}

/** Replace a section's content from outside its editor (replace, insert from a file); the step, outside {@link changeAsOne}. */
export function replaceSectionContent(sectionId: string, content: SerializedContent, label: StepLabel): Step<ReportChange> | null {
  const before = snapshotOf(sectionId)
  putSectionContent(sectionId, content)
  return recording() ? history.record({ kind: 'text', sectionId, before, after: { content } }, { label, merge: 'push' }) : null
}

/** Several changes as one step: `run` calls the functions of this module. */
export function changeAsOne(label: StepLabel, run: () => void): Step<ReportChange> | null {
  return history.transaction(label, run)
}

/**
 * A field of "Thông tin văn bản" changed. `field` names it (the form's `field-<field>`):
 * typing in one field soon after itself makes one step.
 */
export function metaChanged(change: (meta: Meta) => Partial<Meta>, field: string | null = null, label?: StepLabel): void {
  const before = store().doc?.report.meta
  if (!before) return
  const patch = change(before)
  if (Object.entries(patch).every(([key, value]) => before[key as keyof Meta] === value)) return
  const after = { ...before, ...patch }
  putMeta(after)
  if (recording())
    history.record(
      { kind: 'meta', before, after, field },
      { label: label ?? { key: 'history.meta' }, mergeKey: field === null ? null : `meta:${field}` },
    )
}

/** The indicator tables changed; `mergeKey` names a cell typed into (one step per burst of typing). The step, for a toast's "Hoàn tác". */
export function indicatorsChanged(
  indicators: IndicatorTable[],
  label: StepLabel,
  mergeKey: string | null = null,
): Step<ReportChange> | null {
  const before = store().doc?.report.indicators
  if (!before) return null
  putIndicators(indicators)
  return recording() ? history.record({ kind: 'indicators', before, after: indicators }, { label, mergeKey }) : null
}

export function layoutChanged(layout: LayoutChoices): void {
  const before = store().doc?.report.layout
  if (!before) return
  putLayout(layout)
  if (recording()) history.record({ kind: 'layout', before, after: layout }, { label: { key: 'history.layout' } })
}

/** The section tree changed; `sectionId` is the section to show after an undo. One step, returned for a toast's "Hoàn tác". */
export function treeChanged(next: Section[], label: StepLabel, sectionId: string | null): Step<ReportChange> | null {
  collectEditors()
  const before = store().doc?.report.sections
  if (!before || next === before) return null
  putSections(next)
  return recording() ? history.record({ kind: 'tree', before, after: next, sectionId }, { label, merge: 'push' }) : null
}

/** The whole report replaced (a period change, a restored version); one step. */
export function reportReplaced(next: Report, label: StepLabel): Step<ReportChange> | null {
  collectEditors()
  const before = store().doc?.report
  if (!before) return null
  applyReport(next)
  return recording() ? history.record({ kind: 'report', before, after: next }, { label, merge: 'push' }) : null
}
