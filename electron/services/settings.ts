/**
 * Preferences, validated on read: a damaged or hand-edited settings file falls back to defaults
 * field by field instead of breaking the app. Reports are never stored here.
 */
import Conf from 'conf'
import { z } from 'zod'
import { OfficeProfile, emptyOfficeProfile } from '../../core/model/office'
import { LayoutChoices } from '../../core/model/schema'

const emptyChoices = { state: {}, party: {} }

export const Settings = z.object({
  language: z.enum(['vi', 'en']).catch('vi'),
  /** A library folder chosen by the user; empty means the default. */
  libraryDir: z.string().catch(''),
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

/** Settings for the browser-mode host and the CLI, in `<dataDir>/settings.json`. */
export function createConfSettings(dataDir: string): SettingsStore {
  return settingsFrom(new Conf<Record<string, unknown>>({ cwd: dataDir, configName: 'settings', projectName: 'soan-bao-cao' }))
}
