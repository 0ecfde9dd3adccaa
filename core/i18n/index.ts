/**
 * Messages produced by the domain (load errors, pre-export checks), in Vietnamese and English.
 * The renderer merges these resources into its own i18next instance; the CLI and the services
 * use `tCore` directly.
 */
import { createInstance, type TOptions } from 'i18next'
import vi from './vi.json'
import en from './en.json'

export const coreResources = { vi, en } as const
export type Language = keyof typeof coreResources

const instance = createInstance()
void instance.init({
  lng: 'vi',
  fallbackLng: 'vi',
  resources: { vi: { core: vi }, en: { core: en } },
  ns: ['core'],
  defaultNS: 'core',
  interpolation: { escapeValue: false },
  initAsync: false,
})

/** A translation function: the renderer's i18next `t`, or {@link coreTranslate} for the CLI and the services. */
export type Translate = (key: string, params?: Record<string, unknown>) => string

/** Translate a domain message key such as `errors.newerVersion`. */
export function tCore(key: string, params: TOptions = {}, lng: Language = 'vi'): string {
  return instance.t(key, { ...params, lng }).normalize('NFC')
}

/** {@link tCore} in one language, as a {@link Translate}. */
export function coreTranslate(lng: Language = 'vi'): Translate {
  return (key, params = {}) => tCore(key, params, lng)
}
