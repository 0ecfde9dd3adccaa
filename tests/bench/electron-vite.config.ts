/**
 * The app's own build config with every output in the benchmark run's folder (see paths.ts), so
 * that the benchmark builds and measures the current code without touching `out/`, which
 * end-to-end tests and other builds use at the same time.
 *
 * electron-vite bundles this file with the one it imports, and `import.meta.dirname` in the app's
 * config then names this folder: paths that the app's config built from it are moved back to the
 * project root here.
 */
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import base from '../../electron.vite.config'
import { benchOut, ROOT } from './paths'

const misplaced = import.meta.dirname
const out = benchOut()

function rebase<T>(value: T): T {
  if (typeof value === 'string')
    return (value === misplaced || value.startsWith(`${misplaced}/`) ? ROOT + value.slice(misplaced.length) : value) as T
  if (Array.isArray(value)) return value.map((v: unknown) => rebase(v)) as T
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rebase(v)])) as T
  }
  return value
}

export default defineConfig({
  main: { ...base.main, build: { ...rebase(base.main?.build), outDir: resolve(out, 'main') } },
  preload: { ...base.preload, build: { ...rebase(base.preload?.build), outDir: resolve(out, 'preload') } },
  renderer: {
    ...base.renderer,
    root: rebase(base.renderer?.root),
    build: { ...rebase(base.renderer?.build), outDir: resolve(out, 'renderer') },
  },
})
