/**
 * The section editors' part in the report's one undo history (renderer/editor/section-history.ts),
 * on headless Lexical editors: Lexical's judgement of what one step of typing is, kept; two
 * editors' changes undone in the order they were made; content put in from outside or by an undo
 * never recorded as typing; Ctrl+Z handed to the report's history.
 */
import { describe, expect, it } from 'vitest'
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  createEditor,
  HISTORIC_TAG,
  UNDO_COMMAND,
  type EditorState,
  type LexicalEditor,
} from 'lexical'
import { contentFromParagraphs } from '../../../core/model/lexical'
import { createHistory } from '../../../renderer/app/history'
import { registerSectionHistory } from '../../../renderer/editor/section-history'
import { EXTERNAL_TAG } from '../../../renderer/editor/registry'

interface Change {
  editor: LexicalEditor
  before: EditorState
  after: EditorState
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve()
}

function textOf(editor: LexicalEditor): string {
  return editor.getEditorState().read(() => $getRoot().getTextContent())
}

/** Type one character at the end, as a keystroke does (a discrete update). */
function type(editor: LexicalEditor, text: string, tag?: string): void {
  for (const char of text)
    editor.update(
      () => {
        const selection = $getSelection()
        if ($isRangeSelection(selection)) selection.insertText(char)
        else $getRoot().selectEnd().insertText(char)
      },
      { discrete: true, ...(tag ? { tag } : {}) },
    )
}

async function setup(): Promise<{
  editors: LexicalEditor[]
  history: ReturnType<typeof createHistory<Change>>
  clock: { now: number }
  undos: number[]
}> {
  const clock = { now: 1_000_000 }
  const undos: number[] = []
  const history = createHistory<Change>({
    apply: (change, side) => change.editor.setEditorState(change[side], { tag: HISTORIC_TAG }),
    merge: (into, next) => ({ ...next, before: into.before }),
    now: () => clock.now,
  })
  const editors = ['a', 'b'].map((name, index) => {
    const editor = createEditor({
      namespace: name,
      onError: (error) => {
        throw error
      },
    })
    editor.update(() => $getRoot().append($createParagraphNode().append($createTextNode(''))), { discrete: true })
    registerSectionHistory(
      editor,
      {
        edited: (before, after, { push, content }) => {
          const key = `text:${name}`
          const change = { editor, before, after }
          if (!push && history.openTop()?.mergeKey === key) history.record(change, { label: { key }, mergeKey: key, merge: 'merge' })
          else if (content) history.record(change, { label: { key }, mergeKey: key, merge: 'push' })
        },
        undo: () => {
          undos.push(index)
          history.undo()
        },
        redo: () => history.redo(),
      },
      () => clock.now,
    )
    return editor
  })
  await settle()
  return { editors, history, clock, undos }
}

describe('section editors and the report history', () => {
  it('keeps a burst of typing as one step, and a pause ends it', async () => {
    const { editors, history, clock } = await setup()
    const [a] = editors
    if (!a) throw new Error('no editor')
    a.update(() => $getRoot().selectEnd(), { discrete: true })
    type(a, 'Ủy ban ')
    clock.now += 5000
    type(a, 'phường')
    history.undo()
    expect(textOf(a)).toBe('Ủy ban ')
    history.undo()
    expect(textOf(a)).toBe('')
    history.redo()
    history.redo()
    expect(textOf(a)).toBe('Ủy ban phường')
  })

  it('undoes two editors in the order they were typed in, and Ctrl+Z in either goes to the report', async () => {
    const { editors, history, undos } = await setup()
    const [a, b] = editors
    if (!a || !b) throw new Error('no editors')
    a.update(() => $getRoot().selectEnd(), { discrete: true })
    type(a, 'một')
    b.update(() => $getRoot().selectEnd(), { discrete: true })
    type(b, 'hai')
    a.update(() => $getRoot().selectEnd(), { discrete: true })
    type(a, ' ba')
    // Ctrl+Z in B undoes the last change of the report, which was made in A.
    b.dispatchCommand(UNDO_COMMAND, undefined)
    expect([textOf(a), textOf(b)]).toEqual(['một', 'hai'])
    a.dispatchCommand(UNDO_COMMAND, undefined)
    expect([textOf(a), textOf(b)]).toEqual(['một', ''])
    b.dispatchCommand(UNDO_COMMAND, undefined)
    expect([textOf(a), textOf(b)]).toEqual(['', ''])
    expect(undos).toEqual([1, 0, 1])
    expect(history.canUndo()).toBe(false)
  })

  it('records neither content put in from outside nor a step put back, and types on from there', async () => {
    const { editors, history } = await setup()
    const [a] = editors
    if (!a) throw new Error('no editor')
    a.update(() => $getRoot().selectEnd(), { discrete: true })
    type(a, 'gốc')
    const replaced = a.parseEditorState(JSON.stringify(contentFromParagraphs(['thay'])))
    a.setEditorState(replaced, { tag: EXTERNAL_TAG })
    expect(history.nextUndo()?.changes).toHaveLength(1)
    a.update(() => $getRoot().selectEnd(), { discrete: true })
    type(a, '!')
    history.undo()
    // The step of "!" starts from the content put in, not from before it.
    expect(textOf(a)).toBe('thay')
    history.undo()
    expect(textOf(a)).toBe('')
    expect(history.canUndo()).toBe(false)
  })
})
