/**
 * The live Lexical editors of the open document, by section id. The formatting toolbar, the
 * outline and the save queue reach editors through here instead of through React state, so that
 * typing never re-renders the page.
 *
 * Typing only marks a section dirty; its content is serialized when it is collected (at an
 * autosave, before an export or a search), never on the keystroke itself.
 */
import type { BaseSelection, LexicalEditor } from 'lexical'
import type { SerializedContent } from '../../core/model/schema'

/**
 * The update tag of content put into an editor from outside (replace all, insert from a file, a
 * restored version): the report already holds it, and it is not the clerk's typing.
 */
export const EXTERNAL_TAG = 'external'

const editors = new Map<string, LexicalEditor>()
const dirty = new Set<string>()
/** Sections to mount as soon as their component appears (focus, jump, search hit). */
const mountRequests = new Map<string, () => void>()

export function registerEditor(sectionId: string, editor: LexicalEditor): () => void {
  editors.set(sectionId, editor)
  return () => {
    if (editors.get(sectionId) === editor) {
      // Keep what was typed: collect it before the editor goes away.
      if (dirty.has(sectionId)) pendingOnUnmount.set(sectionId, editor.getEditorState().toJSON() as unknown as SerializedContent)
      editors.delete(sectionId)
    }
  }
}

const pendingOnUnmount = new Map<string, SerializedContent>()

const lastSelections = new WeakMap<LexicalEditor, BaseSelection>()

/** Remember where the caret was when the editor lost focus (for "Chèn câu" from a side panel). */
export function rememberSelection(editor: LexicalEditor, selection: BaseSelection | null): void {
  if (selection) lastSelections.set(editor, selection)
  else lastSelections.delete(editor)
}

/** The caret of an editor at the moment it last lost focus, if any. */
export function lastSelection(editor: LexicalEditor): BaseSelection | undefined {
  return lastSelections.get(editor)
}

/** Editors whose caret the app placed (a jump from the outline), not the clerk. */
const appCarets = new WeakSet<LexicalEditor>()

/** The clerk clicked or typed in the editor: its caret is theirs. */
export function clerkMovedCaret(editor: LexicalEditor): void {
  appCarets.delete(editor)
}

/** Whether the editor's caret is where the clerk put it (not where a jump left it). */
export function caretPlacedByClerk(editor: LexicalEditor): boolean {
  return !appCarets.has(editor)
}

export function getEditor(sectionId: string): LexicalEditor | undefined {
  return editors.get(sectionId)
}

export function markDirty(sectionId: string): void {
  dirty.add(sectionId)
}

/** The content of every section changed since the last collection; clears the marks. */
export function collectDirty(): Map<string, SerializedContent> {
  const out = new Map<string, SerializedContent>(pendingOnUnmount)
  pendingOnUnmount.clear()
  for (const id of dirty) {
    const editor = editors.get(id)
    if (editor) out.set(id, editor.getEditorState().toJSON() as unknown as SerializedContent)
  }
  dirty.clear()
  return out
}

/** Forget every editor and mark (the document was closed). */
export function resetRegistry(): void {
  dirty.clear()
  pendingOnUnmount.clear()
}

/** True while an input method (Telex, VNI…) is composing in any section. */
export function isAnyComposing(): boolean {
  for (const editor of editors.values()) {
    if (editor.isComposing()) return true
  }
  return false
}

export function onMountRequest(sectionId: string, mount: () => void): () => void {
  mountRequests.set(sectionId, mount)
  return () => {
    if (mountRequests.get(sectionId) === mount) mountRequests.delete(sectionId)
  }
}

export function sectionElementId(sectionId: string): string {
  return `section-${sectionId}`
}

/** Move the caret into a section (mounting its editor if needed) and bring it into view. */
export function focusSection(sectionId: string, where: 'start' | 'end' = 'end'): void {
  const element = document.getElementById(sectionElementId(sectionId))
  element?.scrollIntoView({ block: 'start' })
  const place = (editor: LexicalEditor): void => {
    appCarets.add(editor)
    editor.focus(undefined, { defaultSelection: where === 'start' ? 'rootStart' : 'rootEnd' })
  }
  const editor = editors.get(sectionId)
  if (editor) {
    place(editor)
    return
  }
  mountRequests.get(sectionId)?.()
  // The editor registers on its first render; focus it then.
  requestAnimationFrame(() => {
    const mounted = editors.get(sectionId)
    if (mounted) place(mounted)
  })
}
