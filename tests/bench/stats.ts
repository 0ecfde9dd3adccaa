/** Timing helpers and order statistics for the benchmarks. */
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

export interface Spread {
  n: number
  median: number
  min: number
  max: number
  p95: number
  /** Interquartile range (p75 − p25). */
  iqr: number
}

/** The q-quantile (0…1) of sorted values, interpolated linearly. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN
  const at = (sorted.length - 1) * q
  const lo = Math.floor(at)
  const hi = Math.ceil(at)
  const a = sorted[lo] ?? NaN
  const b = sorted[hi] ?? NaN
  return a + (b - a) * (at - lo)
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b)
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    min: sorted[0] ?? NaN,
    max: sorted.at(-1) ?? NaN,
    p95: quantile(sorted, 0.95),
    iqr: quantile(sorted, 0.75) - quantile(sorted, 0.25),
  }
}

/** Wall time and this process's CPU time (all threads, user + system) of one run, in ms. */
export interface Timing {
  wall: number
  cpu: number
}

export async function timeOnce(task: () => unknown): Promise<Timing> {
  const cpu = process.cpuUsage()
  const started = performance.now()
  await task()
  const wall = performance.now() - started
  const used = process.cpuUsage(cpu)
  return { wall, cpu: (used.user + used.system) / 1000 }
}

/** Run `task` `warmup` times unmeasured, then `runs` times, with a full collection before each. */
export async function timeRuns(runs: number, warmup: number, task: () => unknown): Promise<Timing[]> {
  for (let i = 0; i < warmup; i++) await task()
  const times: Timing[] = []
  for (let i = 0; i < runs; i++) {
    collectGarbage()
    times.push(await timeOnce(task))
  }
  return times
}

export const walls = (times: readonly Timing[]): number[] => times.map((t) => t.wall)
export const cpus = (times: readonly Timing[]): number[] => times.map((t) => t.cpu)

// A full collection between runs, so that one run's garbage is not collected in the next one's time.
setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

export function collectGarbage(): void {
  gc()
}
