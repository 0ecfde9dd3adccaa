/**
 * Where this run keeps its data, decided from the command line and the environment before
 * anything else: Electron wants `userData` set before `ready`, and the single-instance lock lives
 * there too. `--data-dir=X` (relative to the folder the app was started in) comes first; then the
 * portable build's folder beside its exe (electron-builder's launcher sets
 * PORTABLE_EXECUTABLE_DIR), when it can be written to (not a read-only share or a locked stick);
 * else the per-user application data folder.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { APP_DIR_NAME, defaultDataDir } from '../services/paths'

/** The portable build's data folder, beside the exe. */
export const PORTABLE_DATA_DIR_NAME = `${APP_DIR_NAME}-data`

export interface LaunchDirs {
  dataDir: string
  /** Everything lives under `dataDir`, the library in `dataDir/library` (--data-dir, portable). */
  selfContained: boolean
}

/** True when files can be made in `dir` (created when missing). */
export function canWriteIn(dir: string): boolean {
  try {
    mkdirSync(dir, { recursive: true })
    const probe = join(dir, `.write-test-${process.pid}`)
    writeFileSync(probe, '')
    rmSync(probe, { force: true })
    return true
  } catch {
    return false
  }
}

export function launchDirs(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  cwd: string,
  canWrite: (dir: string) => boolean = canWriteIn,
): LaunchDirs {
  const option = argv.find((a) => a.startsWith('--data-dir='))?.slice('--data-dir='.length)
  if (option) return { dataDir: resolve(cwd, option), selfContained: true }
  const portable = env.PORTABLE_EXECUTABLE_DIR
  if (portable) {
    const dir = join(portable, PORTABLE_DATA_DIR_NAME)
    if (canWrite(dir)) return { dataDir: dir, selfContained: true }
  }
  return { dataDir: defaultDataDir(), selfContained: false }
}
