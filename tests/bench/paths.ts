/** Where the benchmark builds the app and keeps its scratch files (both under the ignored .cache/). */
import { resolve } from 'node:path'

export const ROOT = resolve(import.meta.dirname, '../..')
export const BENCH_OUT = resolve(ROOT, '.cache/bench/out')
export const WORK_DIR = resolve(ROOT, '.cache/bench/work')
