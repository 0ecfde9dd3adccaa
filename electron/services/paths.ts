/**
 * Where the app keeps its files. The same rules serve Electron, the browser-mode host and the CLI,
 * so a report written in one is found by the others.
 */
import { homedir } from 'node:os'
import { join } from 'node:path'
import { readFileSync } from 'node:fs'

export const APP_DIR_NAME = 'soan-bao-cao'
export const LIBRARY_DIR_NAME = 'Soạn Báo Cáo'

export interface AppDirs {
  /** Settings, backups and recovery data. */
  dataDir: string
  /** Where `.baocao` files live by default. */
  libraryDir: string
}

export interface PathEnv {
  platform: NodeJS.Platform
  env: Record<string, string | undefined>
  home: string
}

const currentEnv = (): PathEnv => ({ platform: process.platform, env: process.env, home: homedir() })

/** The per-user application data folder (what Electron calls `appData`) plus our folder name. */
export function defaultDataDir(p: PathEnv = currentEnv()): string {
  if (p.platform === 'win32') return join(p.env.APPDATA ?? join(p.home, 'AppData', 'Roaming'), APP_DIR_NAME)
  if (p.platform === 'darwin') return join(p.home, 'Library', 'Application Support', APP_DIR_NAME)
  return join(p.env.XDG_CONFIG_HOME || join(p.home, '.config'), APP_DIR_NAME)
}

/** The user's Documents folder (honouring XDG user-dirs on Linux). */
export function documentsDir(p: PathEnv = currentEnv()): string {
  if (p.platform === 'linux') {
    const fromEnv = p.env.XDG_DOCUMENTS_DIR
    if (fromEnv) return fromEnv.replace('$HOME', p.home)
    try {
      const config = readFileSync(join(p.env.XDG_CONFIG_HOME || join(p.home, '.config'), 'user-dirs.dirs'), 'utf8')
      const match = /^XDG_DOCUMENTS_DIR="(.+)"$/m.exec(config)
      if (match?.[1]) return match[1].replace('$HOME', p.home)
    } catch {
      // No user-dirs file: fall back to ~/Documents.
    }
  }
  return join(p.home, 'Documents')
}

/**
 * Resolve the data and library folders. `--data-dir X` keeps everything under X (library in
 * X/library), which tests and portable use rely on.
 */
export function resolveAppDirs(
  options: { dataDir?: string | undefined; libraryDir?: string | undefined } = {},
  p: PathEnv = currentEnv(),
): AppDirs {
  if (options.dataDir) {
    return { dataDir: options.dataDir, libraryDir: options.libraryDir || join(options.dataDir, 'library') }
  }
  return { dataDir: defaultDataDir(p), libraryDir: options.libraryDir || join(documentsDir(p), LIBRARY_DIR_NAME) }
}
