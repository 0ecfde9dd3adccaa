/**
 * When to write the crash journal of the open document: shortly after the last change (about
 * 300 ms), and at least every `maxWaitMs` while the clerk keeps typing, never while an input
 * method is composing a syllable (Telex, VNI), one write at a time. Free of React and of the
 * transport so that it can be tested with fake timers.
 */
import { realTimers, type Timers } from './timers'

export interface JournalQueueOptions {
  /** Quiet time after the last change. */
  delayMs: number
  /** Longest time a change waits while changes keep coming. */
  maxWaitMs: number
  /** How soon to look again when a write had to wait for `isBusy()`. */
  busyRetryMs: number
  isBusy: () => boolean
  /** Collect what the editors hold and send it; failures are the caller's to report. */
  write: () => Promise<void>
  timers?: Timers
}

export interface JournalQueue {
  /** Record a change. */
  change: () => void
  /** Forget pending changes (a save just wrote them). */
  settle: () => void
  /** True while changes wait to be journaled. */
  hasPending: () => boolean
  dispose: () => void
}

/** A journal queue for one open document. */
export function createJournalQueue(options: JournalQueueOptions): JournalQueue {
  const timers = options.timers ?? realTimers
  let timer: unknown = null
  /** When the oldest change not yet journaled was made; null when there is none. */
  let firstPendingAt: number | null = null
  let writing = false
  let disposed = false

  function stop(): void {
    if (timer !== null) timers.clear(timer)
    timer = null
  }

  function schedule(ms: number): void {
    stop()
    if (disposed) return
    timer = timers.set(() => {
      timer = null
      void run()
    }, ms)
  }

  function nextDelay(): number {
    const waited = firstPendingAt === null ? 0 : timers.now() - firstPendingAt
    return Math.max(0, Math.min(options.delayMs, options.maxWaitMs - waited))
  }

  async function run(): Promise<void> {
    if (firstPendingAt === null || disposed) return
    if (writing) return
    if (options.isBusy()) {
      schedule(options.busyRetryMs)
      return
    }
    firstPendingAt = null
    writing = true
    try {
      await options.write()
    } finally {
      writing = false
      // Changes made while writing are journaled in their turn.
      if (firstPendingAt !== null) schedule(nextDelay())
    }
  }

  return {
    change() {
      if (disposed) return
      if (firstPendingAt === null) firstPendingAt = timers.now()
      if (!writing) schedule(nextDelay())
    },
    settle() {
      firstPendingAt = null
      stop()
    },
    hasPending: () => firstPendingAt !== null,
    dispose() {
      disposed = true
      stop()
    },
  }
}
