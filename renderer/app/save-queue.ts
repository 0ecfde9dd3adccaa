/**
 * Debounced autosave of one open document, free of React and of the transport so that it can be
 * tested with fake timers.
 *
 * Every change bumps a revision; a save sends whatever is current when it starts and records the
 * revision it covered. Only one save is in flight at a time; changes made meanwhile are saved
 * after it. While `isBusy()` (an input method is composing a syllable) nothing is sent: the save
 * waits and looks again shortly. A failed save leaves the changes pending; the next change or
 * `flush()` tries again.
 */
import type { Result } from '../../core/contract'
import type { ErrorInfo } from '../../core/model/errors'
import { realTimers, type Timers } from './timers'

export type SaveState =
  { kind: 'idle' } | { kind: 'pending' } | { kind: 'saving' } | { kind: 'saved'; savedAt: string } | { kind: 'error'; error: ErrorInfo }

export interface SaveQueueOptions {
  /** Quiet time after the last change before saving. */
  delayMs: number
  /** How soon to look again when a save had to wait for `isBusy()`. */
  busyRetryMs: number
  isBusy: () => boolean
  save: () => Promise<Result<{ savedAt: string }>>
  onState: (state: SaveState) => void
  timers?: Timers
}

export interface SaveQueue {
  /** Record a change and (re)start the quiet-time countdown. */
  change: () => void
  /** Save now if anything is pending; resolves true when everything is saved. */
  flush: () => Promise<boolean>
  hasPending: () => boolean
  /** Stop the countdown; a save already in flight still completes. */
  dispose: () => void
}

export function createSaveQueue(options: SaveQueueOptions): SaveQueue {
  const timers = options.timers ?? realTimers
  let revision = 0
  let savedRevision = 0
  let timer: unknown = null
  let inFlight: Promise<boolean> | null = null
  let disposed = false

  const pending = (): boolean => revision > savedRevision

  function stopTimer(): void {
    if (timer !== null) timers.clear(timer)
    timer = null
  }

  function schedule(ms: number): void {
    stopTimer()
    if (disposed) return
    timer = timers.set(() => {
      timer = null
      void run()
    }, ms)
  }

  function start(): Promise<boolean> {
    const covered = revision
    options.onState({ kind: 'saving' })
    const attempt = options
      .save()
      .catch((): Result<{ savedAt: string }> => ({ ok: false, error: { code: 'unexpected', params: {} } }))
      .then((result) => {
        inFlight = null
        if (!result.ok) {
          options.onState({ kind: 'error', error: result.error })
          return false
        }
        savedRevision = Math.max(savedRevision, covered)
        if (pending()) {
          options.onState({ kind: 'pending' })
          schedule(options.delayMs)
          return false
        }
        options.onState({ kind: 'saved', savedAt: result.value.savedAt })
        return true
      })
    inFlight = attempt
    return attempt
  }

  async function run(): Promise<boolean> {
    if (!pending()) return true
    if (inFlight) return inFlight
    if (options.isBusy()) {
      schedule(options.busyRetryMs)
      return false
    }
    return start()
  }

  return {
    change() {
      if (disposed) return
      revision++
      if (!inFlight) options.onState({ kind: 'pending' })
      schedule(options.delayMs)
    },
    async flush() {
      stopTimer()
      if (inFlight) await inFlight
      stopTimer()
      return run()
    },
    hasPending: pending,
    dispose() {
      disposed = true
      stopTimer()
    },
  }
}
