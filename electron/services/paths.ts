/**
 * Where the app keeps its files. The same rules serve Electron, the browser-mode host and the CLI,
 * so a report written in one is found by the others.
 */
import { homedir } from 'node:os'
import { join, win32 } from 'node:path'
import { readFileSync } from 'node:fs'

export const APP_DIR_NAME = 'soan-bao-cao'
export const LIBRARY_DIR_NAME = 'Soạn Báo Cáo'

export interface PathEnv {
  platform: NodeJS.Platform
  env: Record<string, string | undefined>
  home: string
  /** Run a program and give its output as UTF-8 text, null when it fails (Windows folder lookup). */
  run?: (command: string, args: readonly string[]) => string | null
}

function runProgram(command: string, args: readonly string[]): string | null {
  try {
    // Loaded here, on Windows only: child_process costs a CLI command 5 ms to load (electron/cli/start.ts).
    const { execFileSync } = process.getBuiltinModule('node:child_process')
    return execFileSync(command, args, { encoding: 'utf8', timeout: 10_000, windowsHide: true, stdio: ['ignore', 'pipe', 'ignore'] })
  } catch {
    return null
  }
}

const currentEnv = (): PathEnv => ({ platform: process.platform, env: process.env, home: homedir(), run: runProgram })

/** The per-user application data folder (what Electron calls `appData`) plus our folder name. */
export function defaultDataDir(p: PathEnv = currentEnv()): string {
  if (p.platform === 'win32') return join(p.env.APPDATA ?? join(p.home, 'AppData', 'Roaming'), APP_DIR_NAME)
  if (p.platform === 'darwin') return join(p.home, 'Library', 'Application Support', APP_DIR_NAME)
  return join(p.env.XDG_CONFIG_HOME || join(p.home, '.config'), APP_DIR_NAME)
}

/**
 * The per-user cache folder plus our folder name: what may be deleted at any time without losing
 * anything (%LOCALAPPDATA% on Windows, ~/Library/Caches on macOS, $XDG_CACHE_HOME or ~/.cache).
 */
export function userCacheDir(p: PathEnv = currentEnv()): string {
  if (p.platform === 'win32') return join(p.env.LOCALAPPDATA ?? join(p.home, 'AppData', 'Local'), APP_DIR_NAME, 'Cache')
  if (p.platform === 'darwin') return join(p.home, 'Library', 'Caches', APP_DIR_NAME)
  return join(p.env.XDG_CACHE_HOME || join(p.home, '.cache'), APP_DIR_NAME)
}

/**
 * The Documents folder as Windows knows it (the "Documents" known folder), wherever it was moved:
 * to OneDrive, to D:, to a network share. Asked of the system, whose answer is UTF-8 so that a
 * Vietnamese user name survives; null when it cannot say.
 */
function windowsDocumentsDir(p: PathEnv): string | null {
  const script = "[Console]::OutputEncoding = [Text.UTF8Encoding]::new($false); [Environment]::GetFolderPath('MyDocuments')"
  const answer = p.run?.('powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', script])?.trim()
  return answer && win32.isAbsolute(answer) ? answer : null
}

/**
 * The user's Documents folder: Windows' known folder (redirected to OneDrive or moved included),
 * XDG user-dirs on Linux, ~/Documents otherwise. Electron asks `app.getPath('documents')` instead;
 * the first answer is kept in the settings so that all three agree (see settings.ts).
 */
export function documentsDir(p: PathEnv = currentEnv()): string {
  if (p.platform === 'win32') return windowsDocumentsDir(p) ?? join(p.home, 'Documents')
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

/** The data folder: `--data-dir X` when given, else the per-user application data folder. */
export function dataDirFor(dataDir: string | undefined, p: PathEnv = currentEnv()): string {
  return dataDir || defaultDataDir(p)
}

/**
 * The library folder when the clerk chose none: `X/library` with `--data-dir X` (tests, the
 * portable build: everything under X), else "Soạn Báo Cáo" in the Documents folder.
 */
export function defaultLibraryFor(dataDir: string | undefined, documents: () => string = () => documentsDir()): string {
  return dataDir ? join(dataDir, 'library') : join(documents(), LIBRARY_DIR_NAME)
}
