/**
 * The UI's i18next instance. Vietnamese is the default; the clerk's choice is kept in
 * localStorage and applied before the first render.
 */
import i18next, { type i18n as I18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { DEFAULT_LANGUAGE, isLanguage, uiResources, type Language } from './resources'

const STORAGE_KEY = 'soan-bao-cao.language'

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY)
    return isLanguage(value) ? value : DEFAULT_LANGUAGE
  } catch {
    return DEFAULT_LANGUAGE
  }
}

export const i18n: I18n = i18next.createInstance()

void i18n.use(initReactI18next).init({
  lng: storedLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: ['vi', 'en'],
  resources: {
    vi: { translation: uiResources.vi },
    en: { translation: uiResources.en },
  },
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
})

document.documentElement.lang = i18n.language

/** Switch the UI language and remember it for the next start. */
export function setLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language)
  } catch {
    // Private modes may refuse storage; the choice still applies to this session.
  }
  void i18n.changeLanguage(language)
  document.documentElement.lang = language
}
