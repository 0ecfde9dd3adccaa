/**
 * A section editor's part in the report's one undo history (renderer/app/report-history.ts).
 *
 * Lexical's history decides, update by update, whether a change begins a new step or continues
 * the typing before it — by the kind of change, the pause since the last one, and an IME
 * composition counted as one syllable from start to end. That judgement is kept: Lexical's
 * `registerHistory` runs on a private history state that only ever holds its latest entry, and
 * each change it keeps is handed on with the editor states before and after it. Ctrl+Z and
 * Ctrl+Y (and the toolbar) go to the report's history, ahead of Lexical's own handlers.
 */
import { createEmptyHistoryState, registerHistory, type HistoryState } from '@lexical/history'
import {
  COMMAND_PRIORITY_HIGH,
  HISTORIC_TAG,
  PASTE_TAG,
  REDO_COMMAND,
  UNDO_COMMAND,
  mergeRegister,
  type EditorState,
  type LexicalEditor,
} from 'lexical'
import { MERGE_DELAY_MS } from '../app/history'
import { EXTERNAL_TAG } from './registry'

/** The update tag of "Chèn câu", so that its step is named after it. */
export const INSERT_SENTENCE_TAG = 'insert-sentence'

export interface SectionHistorySink {
  /** A change of the section; `push` when Lexical starts a new step with it, `content` when the text changed (not only the caret). */
  edited: (before: EditorState, after: EditorState, change: { push: boolean; content: boolean; label: string }) => void
  undo: () => void
  redo: () => void
}

function labelOf(tags: ReadonlySet<string>): string {
  if (tags.has(INSERT_SENTENCE_TAG)) return 'history.insertSentence'
  if (tags.has(PASTE_TAG)) return 'history.paste'
  return 'history.typing'
}

/**
 * Connect `editor` to the report's history. Updates are ignored until the editor has settled
 * (the normalising pass Lexical makes over content it has just loaded is not an edit).
 */
export function registerSectionHistory(editor: LexicalEditor, sink: SectionHistorySink, now: () => number = Date.now): () => void {
  const state: HistoryState = createEmptyHistoryState()
  let decision: 'push' | 'merge' | null = null
  let ready = false
  /** The state after the last change handed on: the `before` of the next one. */
  let baseline = editor.getEditorState()
  const settle = (editorState: EditorState): void => {
    baseline = editorState
    // Lexical's judgement starts from here too (it pushes a step only when it has a state to go back to).
    state.current = { editor, editorState }
  }

  const offLexical = registerHistory(editor, state, MERGE_DELAY_MS, now, (changed) => {
    decision = changed.undoStack.length > 0 ? 'push' : 'merge'
    changed.undoStack.length = 0
  })
  settle(baseline)
  decision = null

  // Registered after Lexical's listener, so that its decision on this update is known here.
  const offUpdate = editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves, tags }) => {
    const made = decision
    decision = null
    if (!ready || tags.has(HISTORIC_TAG) || tags.has(EXTERNAL_TAG)) return settle(editorState)
    // Nothing to keep: a syllable still being composed, or an update that changed nothing.
    if (made === null) return
    const content = dirtyElements.size > 0 || dirtyLeaves.size > 0
    sink.edited(baseline, editorState, { push: made === 'push', content, label: labelOf(tags) })
    baseline = editorState
  })
  editor.update(() => undefined, {
    onUpdate: () => {
      ready = true
      settle(editor.getEditorState())
    },
  })

  return mergeRegister(
    editor.registerCommand(
      UNDO_COMMAND,
      () => {
        sink.undo()
        return true
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(
      REDO_COMMAND,
      () => {
        sink.redo()
        return true
      },
      COMMAND_PRIORITY_HIGH,
    ),
    offUpdate,
    offLexical,
  )
}
