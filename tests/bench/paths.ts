/**
 * Where the benchmark builds the app and keeps its scratch files: a folder of its own per run
 * under the ignored .cache/, so that runs at the same time (npm test's quick run beside a full
 * one) never share a build or a library. The build config reads the folder from the environment.
 */
import { resolve } from 'node:path'

export const ROOT = resolve(import.meta.dirname, '../..')
export const OUT_ENV = 'SBC_BENCH_OUT'

/** The scratch folder of one run. */
export function runDir(pid: number = process.pid): string {
  return resolve(ROOT, '.cache/bench/runs', String(pid))
}

/** Where tests/bench/electron-vite.config.ts writes the build. */
export function benchOut(): string {
  return process.env[OUT_ENV] ?? resolve(runDir(), 'out')
}
