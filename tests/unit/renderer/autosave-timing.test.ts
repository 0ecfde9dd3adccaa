/**
 * When typing reaches the disk: the autosave about 1 s after the last change, one save at a
 * time, never during an IME composition, retried after a failure; the crash journal about
 * 300 ms after a change and at least every 2 s of continuous typing, also never mid-composition.
 */
import { describe, expect, it } from 'vitest'
import { createSaveQueue, type SaveState } from '../../../renderer/app/save-queue'
import { createJournalQueue } from '../../../renderer/app/journal-queue'

/** Timers driven by hand: `advance(ms)` runs what falls due, in order. */
function fakeClock(): {
  set: (run: () => void, ms: number) => unknown
  clear: (h: unknown) => void
  now: () => number
  advance: (ms: number) => Promise<void>
} {
  let now = 0
  let next = 1
  const pending = new Map<number, { at: number; run: () => void }>()
  return {
    set: (run, ms) => {
      const id = next++
      pending.set(id, { at: now + ms, run })
      return id
    },
    clear: (h) => void pending.delete(h as number),
    now: () => now,
    advance: async (ms) => {
      const end = now + ms
      const settle = async (): Promise<void> => {
        // Let the promise chains of the queue run.
        for (let i = 0; i < 10; i++) await Promise.resolve()
      }
      await settle()
      for (;;) {
        const due = [...pending.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0]
        if (!due) break
        pending.delete(due[0])
        now = due[1].at
        due[1].run()
        await settle()
      }
      now = end
    },
  }
}

describe('autosave (save-queue)', () => {
  it('saves once, about 1 s after the last of several quick changes', async () => {
    const clock = fakeClock()
    const saves: number[] = []
    const queue = createSaveQueue({
      delayMs: 1000,
      busyRetryMs: 250,
      isBusy: () => false,
      timers: clock,
      onState: () => undefined,
      save: async () => (saves.push(clock.now()), { ok: true, value: { savedAt: 'x' } }),
    })
    queue.change()
    await clock.advance(400)
    queue.change()
    await clock.advance(999)
    expect(saves).toEqual([])
    await clock.advance(1)
    expect(saves).toEqual([1400])
    expect(queue.hasPending()).toBe(false)
  })

  it('waits while an input method composes, then saves', async () => {
    const clock = fakeClock()
    let composing = true
    const saves: number[] = []
    const queue = createSaveQueue({
      delayMs: 1000,
      busyRetryMs: 250,
      isBusy: () => composing,
      timers: clock,
      onState: () => undefined,
      save: async () => (saves.push(clock.now()), { ok: true, value: { savedAt: 'x' } }),
    })
    queue.change()
    await clock.advance(1600)
    expect(saves).toEqual([])
    composing = false
    await clock.advance(250)
    expect(saves).toEqual([1750])
  })

  it('keeps changes pending after a failed save and saves them on flush (Thử lưu lại)', async () => {
    const clock = fakeClock()
    const states: SaveState['kind'][] = []
    let fail = true
    const queue = createSaveQueue({
      delayMs: 1000,
      busyRetryMs: 250,
      isBusy: () => false,
      timers: clock,
      onState: (s) => states.push(s.kind),
      save: async () => (fail ? { ok: false, error: { code: 'diskFull', params: {} } } : { ok: true, value: { savedAt: 'x' } }),
    })
    queue.change()
    await clock.advance(1000)
    expect(states.at(-1)).toBe('error')
    expect(queue.hasPending()).toBe(true)
    fail = false
    await expect(queue.flush()).resolves.toBe(true)
    expect(states.at(-1)).toBe('saved')
  })

  it('saves changes made during a save right after it', async () => {
    const clock = fakeClock()
    let release: () => void = () => undefined
    const saves: number[] = []
    const queue = createSaveQueue({
      delayMs: 1000,
      busyRetryMs: 250,
      isBusy: () => false,
      timers: clock,
      onState: () => undefined,
      save: () =>
        new Promise((done) => {
          saves.push(clock.now())
          release = () => done({ ok: true, value: { savedAt: 'x' } })
        }),
    })
    queue.change()
    await clock.advance(1000)
    queue.change()
    release()
    await clock.advance(0)
    expect(queue.hasPending()).toBe(true)
    await clock.advance(1000)
    expect(saves).toEqual([1000, 2000])
  })
})

describe('crash journal (journal-queue)', () => {
  it('writes about 300 ms after the last change', async () => {
    const clock = fakeClock()
    const writes: number[] = []
    const queue = createJournalQueue({
      delayMs: 300,
      maxWaitMs: 2000,
      busyRetryMs: 100,
      isBusy: () => false,
      timers: clock,
      write: async () => void writes.push(clock.now()),
    })
    queue.change()
    await clock.advance(200)
    queue.change()
    await clock.advance(300)
    expect(writes).toEqual([500])
    expect(queue.hasPending()).toBe(false)
  })

  it('writes at least every 2 s while typing goes on without a pause', async () => {
    const clock = fakeClock()
    const writes: number[] = []
    const queue = createJournalQueue({
      delayMs: 300,
      maxWaitMs: 2000,
      busyRetryMs: 100,
      isBusy: () => false,
      timers: clock,
      write: async () => void writes.push(clock.now()),
    })
    for (let t = 0; t < 5000; t += 100) {
      queue.change()
      await clock.advance(100)
    }
    expect(writes).toEqual([2000, 4000])
  })

  it('never writes during an IME composition', async () => {
    const clock = fakeClock()
    let composing = true
    const writes: number[] = []
    const queue = createJournalQueue({
      delayMs: 300,
      maxWaitMs: 2000,
      busyRetryMs: 100,
      isBusy: () => composing,
      timers: clock,
      write: async () => void writes.push(clock.now()),
    })
    queue.change()
    await clock.advance(3000)
    expect(writes).toEqual([])
    composing = false
    await clock.advance(100)
    expect(writes).toEqual([3100])
  })

  it('forgets pending changes once a save wrote them, and writes changes made during a write afterwards', async () => {
    const clock = fakeClock()
    const writes: number[] = []
    let release: () => void = () => undefined
    const queue = createJournalQueue({
      delayMs: 300,
      maxWaitMs: 2000,
      busyRetryMs: 100,
      isBusy: () => false,
      timers: clock,
      write: () =>
        new Promise<void>((done) => {
          writes.push(clock.now())
          release = done
        }),
    })
    queue.change()
    queue.settle()
    await clock.advance(1000)
    expect(writes).toEqual([])
    queue.change()
    await clock.advance(300)
    queue.change()
    release()
    await clock.advance(0)
    await clock.advance(300)
    expect(writes).toEqual([1300, 1600])
  })
})
