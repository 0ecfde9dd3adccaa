/**
 * The report's one undo stack (renderer/app/history.ts): steps undone in reverse order and redone
 * in order, typing in one field merged into one step until a pause, several changes made as one
 * step, a toast's "Hoàn tác" after more changes, and nothing recorded while a step is put back.
 */
import { describe, expect, it } from 'vitest'
import { createHistory, type History } from '../../../renderer/app/history'

interface Change {
  field: string
  before: string
  after: string
}

/** A tiny "document" of named fields, changed through a history. */
function setup(): {
  doc: Map<string, string>
  history: History<Change>
  clock: { now: number }
  edit: (field: string, value: string, mergeKey?: string | null) => void
  revealed: string[]
} {
  const doc = new Map<string, string>()
  const clock = { now: 0 }
  const revealed: string[] = []
  const history = createHistory<Change>({
    apply: (change, side) => {
      doc.set(change.field, change[side])
      // Whatever happens while a step is put back is not a new step.
      history.record({ field: 'echo', before: '', after: 'x' }, { label: { key: 'echo' } })
    },
    merge: (into, next) => ({ ...next, before: into.before }),
    reveal: (step, side) => revealed.push(`${side}:${step.label.key}`),
    now: () => clock.now,
    mergeDelayMs: 1000,
    limit: 5,
  })
  const edit = (field: string, value: string, mergeKey: string | null = null): void => {
    const before = doc.get(field) ?? ''
    doc.set(field, value)
    history.record({ field, before, after: value }, { label: { key: field }, mergeKey })
  }
  return { doc, history, clock, edit, revealed }
}

describe('report history', () => {
  it('undoes in reverse order and redoes in order, and shows where', () => {
    const { doc, history, edit, revealed } = setup()
    edit('title', 'A')
    edit('body', 'B')
    edit('title', 'C')
    history.undo()
    expect(doc.get('title')).toBe('A')
    history.undo()
    expect(doc.get('body')).toBe('')
    history.redo()
    history.redo()
    expect([doc.get('title'), doc.get('body')]).toEqual(['C', 'B'])
    expect(history.canRedo()).toBe(false)
    expect(revealed).toEqual(['before:title', 'before:body', 'after:body', 'after:title'])
    expect(doc.has('echo')).toBe(false)
  })

  it('merges typing in one field until a pause, another field or an undo', () => {
    const { doc, history, clock, edit } = setup()
    edit('title', 'T', 'title')
    clock.now = 300
    edit('title', 'Tô', 'title')
    clock.now = 900
    edit('title', 'Tổng', 'title')
    clock.now = 2500
    edit('title', 'Tổng kết', 'title')
    history.undo()
    expect(doc.get('title')).toBe('Tổng')
    history.undo()
    expect(doc.get('title')).toBe('')
    history.redo()
    // After an undo or a redo, the step is closed: typing again makes a new one.
    clock.now = 2600
    edit('title', 'Tổng!', 'title')
    history.undo()
    expect(doc.get('title')).toBe('Tổng')
    expect(history.canRedo()).toBe(true)
    edit('body', 'x')
    expect(history.canRedo()).toBe(false)
  })

  it("'merge' follows its caller's judgement whatever the time; 'push' always starts a step", () => {
    const { history, clock, doc } = setup()
    const record = (after: string, merge: 'merge' | 'push'): void => {
      const before = doc.get('s') ?? ''
      doc.set('s', after)
      history.record({ field: 's', before, after }, { label: { key: 's' }, mergeKey: 'text:s', merge })
    }
    record('a', 'push')
    clock.now = 60_000
    record('ab', 'merge')
    record('abc', 'push')
    history.undo()
    expect(doc.get('s')).toBe('ab')
    history.undo()
    expect(doc.get('s')).toBe('')
  })

  it('makes one step of a transaction, and a toast can undo back through it', () => {
    const { doc, history, edit } = setup()
    edit('a', '1')
    const step = history.transaction({ key: 'replaceAll' }, () => {
      edit('a', '2')
      edit('b', '2')
      edit('c', '2')
    })
    edit('d', '9')
    expect(step?.changes).toHaveLength(3)
    expect(history.undoThrough(step?.id ?? -1)).toBe(true)
    expect([...['a', 'b', 'c', 'd'].map((k) => doc.get(k))]).toEqual(['1', '', '', ''])
    // Both can be redone, in order.
    history.redo()
    history.redo()
    expect(doc.get('d')).toBe('9')
    expect(history.undoThrough(-1)).toBe(false)
    expect(history.transaction({ key: 'empty' }, () => undefined)).toBeNull()
  })

  it('keeps the newest steps up to its limit, and forgets everything on clear', () => {
    const { history, edit } = setup()
    for (let i = 0; i < 8; i++) edit('f', String(i))
    let undone = 0
    while (history.undo()) undone++
    expect(undone).toBe(5)
    history.clear()
    expect(history.canRedo()).toBe(false)
    expect(history.nextUndo()).toBeNull()
  })
})
