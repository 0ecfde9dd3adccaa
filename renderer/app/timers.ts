/** The clock the save and journal queues run on: the browser's timers, or hand-driven ones in tests. */
export interface Timers {
  set: (run: () => void, ms: number) => unknown
  clear: (handle: unknown) => void
  now: () => number
}

export const realTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
}
