/**
 * One undo history for a whole report, as in Word: every change — typing in any section, the
 * section tree, the header form, the indicators, replace all, a restored version — is one step
 * on one stack, undone and redone in order wherever the caret is.
 *
 * This module is the stack alone, free of React, Lexical and the store, so that it can be tested
 * on its own: what a change is and how it is put back is given by the caller (`apply`). The
 * report's history (renderer/app/report-history.ts) fills it in; the section editors feed it
 * through renderer/editor/section-history.ts.
 */

/** What the clerk reads on ↶ and ↷: an i18n key and its values. */
export interface StepLabel {
  key: string
  params?: Record<string, string | number>
  /** The section the step is about, named when the label is shown (its title may change). */
  sectionId?: string
}

export interface Step<C> {
  id: number
  label: StepLabel
  /** Applied in order on redo, in reverse order on undo. */
  changes: C[]
  /** Changes with the same key, soon after each other, make one step (typing in one field). */
  mergeKey: string | null
  /** When the step last grew. */
  time: number
}

export interface RecordOptions {
  label: StepLabel
  /** Steps with the same key within the merge delay become one; null never merges. */
  mergeKey?: string | null
  /**
   * `auto`: merge by key and time; `merge`: merge by key whatever the time (the section editors
   * decide for themselves, as Lexical's history does); `push`: always a new step.
   */
  merge?: 'auto' | 'merge' | 'push'
}

export interface HistoryOptions<C> {
  /** Put a change back: its `before` side on undo, its `after` side on redo. */
  apply: (change: C, side: 'before' | 'after') => void
  /** The new change replaces the last change of a step it merges into, keeping that one's `before`. */
  merge: (into: C, next: C) => C
  /** After an undo or a redo: show where it happened. */
  reveal?: (step: Step<C>, side: 'before' | 'after') => void
  /** After any change of the stacks (for the buttons). */
  onChange?: () => void
  now?: () => number
  /** Quiet time (ms) that ends a step of typing in one field. */
  mergeDelayMs?: number
  /** The oldest steps beyond this are dropped. */
  limit?: number
}

export interface History<C> {
  /**
   * Record a change that has already been made; gives the step that holds it (null inside a
   * transaction, or while a step is being undone or redone, when nothing is recorded).
   */
  record: (change: C, options: RecordOptions) => Step<C> | null
  /** Everything recorded while `run` runs becomes one step (replace all, insert from a file). */
  transaction: (label: StepLabel, run: () => void) => Step<C> | null
  /**
   * The last step, if it is still the latest thing that happened (no undo or redo since), for a
   * change that continues it without making a step of its own.
   */
  openTop: () => Step<C> | null
  undo: () => Step<C> | null
  redo: () => Step<C> | null
  /** Undo until the step `id` is undone (a toast's "Hoàn tác" after more typing); false when it is not on the stack. */
  undoThrough: (id: number) => boolean
  canUndo: () => boolean
  canRedo: () => boolean
  nextUndo: () => Step<C> | null
  nextRedo: () => Step<C> | null
  /** True while a step is being undone or redone. */
  applying: () => boolean
  clear: () => void
}

export const MERGE_DELAY_MS = 1000
export const HISTORY_LIMIT = 1000

export function createHistory<C>(options: HistoryOptions<C>): History<C> {
  const now = options.now ?? Date.now
  const delay = options.mergeDelayMs ?? MERGE_DELAY_MS
  const limit = options.limit ?? HISTORY_LIMIT
  let undoStack: Step<C>[] = []
  let redoStack: Step<C>[] = []
  let nextId = 1
  /** The top step can still grow: nothing was undone or redone since it was recorded. */
  let open = false
  let applyingNow = false
  let pending: C[] | null = null

  const changed = (): void => options.onChange?.()

  function push(changes: C[], label: StepLabel, mergeKey: string | null): Step<C> {
    const step: Step<C> = { id: nextId++, label, changes, mergeKey, time: now() }
    undoStack.push(step)
    if (undoStack.length > limit) undoStack.splice(0, undoStack.length - limit)
    redoStack = []
    open = true
    changed()
    return step
  }

  function run(step: Step<C>, side: 'before' | 'after'): void {
    applyingNow = true
    try {
      const changes = side === 'before' ? [...step.changes].reverse() : step.changes
      for (const change of changes) options.apply(change, side)
    } finally {
      applyingNow = false
    }
    options.reveal?.(step, side)
  }

  const history: History<C> = {
    record(change, { label, mergeKey = null, merge = 'auto' }) {
      if (applyingNow) return null
      if (pending) {
        pending.push(change)
        return null
      }
      const top = history.openTop()
      const mergeable =
        merge !== 'push' &&
        top !== null &&
        mergeKey !== null &&
        top.mergeKey === mergeKey &&
        (merge === 'merge' || now() - top.time < delay)
      const last = top?.changes.at(-1)
      if (mergeable && top && last !== undefined) {
        top.changes[top.changes.length - 1] = options.merge(last, change)
        top.time = now()
        return top
      }
      return push([change], label, mergeKey)
    },
    transaction(label, body) {
      if (applyingNow) {
        body()
        return null
      }
      const outer = pending
      const collected: C[] = []
      pending = collected
      try {
        body()
      } finally {
        pending = outer
      }
      if (collected.length === 0) return null
      if (outer) {
        outer.push(...collected)
        return null
      }
      return push(collected, label, null)
    },
    openTop: () => (open ? (undoStack.at(-1) ?? null) : null),
    undo() {
      const step = undoStack.pop()
      if (!step) return null
      open = false
      redoStack.push(step)
      run(step, 'before')
      changed()
      return step
    },
    redo() {
      const step = redoStack.pop()
      if (!step) return null
      open = false
      undoStack.push(step)
      run(step, 'after')
      changed()
      return step
    },
    undoThrough(id) {
      if (!undoStack.some((s) => s.id === id)) return false
      for (let step = history.undo(); step && step.id !== id; step = history.undo());
      return true
    },
    canUndo: () => undoStack.length > 0,
    canRedo: () => redoStack.length > 0,
    nextUndo: () => undoStack.at(-1) ?? null,
    nextRedo: () => redoStack.at(-1) ?? null,
    applying: () => applyingNow,
    clear() {
      undoStack = []
      redoStack = []
      open = false
      pending = null
      changed()
    },
  }
  return history
}
