/**
 * Preferences, validated on read: a hand-edited settings file falls back to defaults field by
 * field, and a file that cannot be read at all (damaged JSON) is renamed aside — kept, never
 * deleted — so that the app starts with defaults and says so once. Reports are never stored here.
 */
import Conf from 'conf'
import { existsSync, renameSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { z } from 'zod'
import type { NoticeCode } from '../../core/contract'
import { OfficeProfile, emptyOfficeProfile } from '../../core/model/office'
import { LayoutChoices } from '../../core/model/schema'

const emptyChoices = { state: {}, party: {} }

export const Settings = z.object({
  language: z.enum(['vi', 'en']).catch('vi'),
  /** A library folder chosen by the user; empty means the default. */
  libraryDir: z.string().catch(''),
  /**
   * The default library folder as the first run found it ("Soạn Báo Cáo" in the real Documents
   * folder), kept so that Electron, browser mode and the CLI agree on it (see {@link settleLibrary}).
   */
  defaultLibraryDir: z.string().catch(''),
  office: OfficeProfile.catch(emptyOfficeProfile),
  /** Layout choices given to new reports, per side. */
  exportDefaults: z.object({ state: LayoutChoices.catch({}), party: LayoutChoices.catch({}) }).catch(emptyChoices),
  /** Library file names opened last, newest first. */
  recent: z.array(z.string()).catch([]),
})
export type Settings = z.infer<typeof Settings>

export const defaultSettings: Settings = {
  language: 'vi',
  libraryDir: '',
  defaultLibraryDir: '',
  office: emptyOfficeProfile,
  exportDefaults: emptyChoices,
  recent: [],
}

/** The one settings interface: electron-store in Electron main, conf in the host and the CLI. */
export interface SettingsStore {
  get: () => Settings
  set: (patch: Partial<Settings>) => Settings
}

/** A store with the `store` property that electron-store and conf share. */
export interface KeyValueStore {
  store: Record<string, unknown>
}

export function settingsFrom(kv: KeyValueStore): SettingsStore {
  const get = (): Settings => Settings.parse({ ...defaultSettings, ...kv.store })
  return {
    get,
    set: (patch) => {
      const next = Settings.parse({ ...get(), ...patch })
      kv.store = next
      return next
    },
  }
}

/** Something the clerk should hear about once, at start-up. */
export interface StartupNotice {
  code: NoticeCode
  /** The damaged settings file's new name, kept beside the new one. */
  file: string
}

export interface OpenedSettings {
  settings: SettingsStore
  notice: StartupNotice | null
}

/** Settings kept in memory only, when the settings file can be neither read nor replaced. */
function memoryStore(): KeyValueStore {
  return { store: { ...defaultSettings } }
}

/**
 * Open the settings file at `file` with `create` (electron-store in Electron, conf elsewhere; both
 * throw on a file that is not JSON). A file that cannot be read is renamed aside as
 * `settings.damaged-<time>.json` and the app starts with defaults; the notice says where the
 * old file went. When even a new file cannot be made, the settings live in memory for this run.
 */
export function openSettingsStore(file: string, create: () => KeyValueStore, now: Date = new Date()): OpenedSettings {
  try {
    return { settings: settingsFrom(create()), notice: null }
  } catch {
    let aside = ''
    if (existsSync(file)) {
      const stamp = now.toISOString().replace(/[:.]/gu, '-')
      aside = join(dirname(file), `${basename(file, '.json')}.damaged-${stamp}.json`)
      try {
        renameSync(file, aside)
      } catch {
        aside = ''
      }
    }
    let store: KeyValueStore
    try {
      store = create()
    } catch {
      store = memoryStore()
    }
    return { settings: settingsFrom(store), notice: { code: 'settingsReset', file: aside === '' ? file : aside } }
  }
}

/** Settings for the browser-mode host and the CLI, in `<dataDir>/settings.json`. */
export function createConfSettings(dataDir: string): OpenedSettings {
  return openSettingsStore(
    join(dataDir, 'settings.json'),
    () => new Conf<Record<string, unknown>>({ cwd: dataDir, configName: 'settings', projectName: 'soan-bao-cao' }),
  )
}

/** The library folder in use, and the one "Để trống để dùng thư mục mặc định" goes back to. */
export interface LibraryDirs {
  library: string
  defaultLibrary: string
}

/**
 * The library folders from the settings. The default is worked out once (`computeDefault`: the
 * Documents folder as Electron or the system knows it) and kept in the settings when `persist`
 * (no --data-dir), so that a later run in another mode, or with Documents moved, finds the same
 * folder; with --data-dir the default is always `computeDefault`'s and nothing is kept.
 */
export function settleLibrary(settings: SettingsStore, computeDefault: () => string, persist: boolean): LibraryDirs {
  const current = settings.get()
  let defaultLibrary = persist ? current.defaultLibraryDir : ''
  if (!defaultLibrary) {
    defaultLibrary = computeDefault()
    if (persist) settings.set({ defaultLibraryDir: defaultLibrary })
  }
  return { library: current.libraryDir || defaultLibrary, defaultLibrary }
}
