/**
 * Error messages from the backend. Its messages are already Vietnamese and filled in; a message
 * template that needs values the UI does not have (a file name, a detail) is therefore only used
 * when the backend sent no text.
 */
import type { ErrorInfo } from '../../core/contract'

export interface Translator {
  t: (key: string, options?: { defaultValue?: string }) => string
  /** The raw template of a key in the current language, or undefined when there is none. */
  template: (key: string) => string | undefined
}

export function errorText(error: ErrorInfo, translator: Translator): string {
  const key = `errors.${error.code}`
  const template = translator.template(key)
  if (template === undefined) return error.message !== '' ? error.message : translator.t('errors.unknown')
  if (template.includes('{{') && error.message !== '') return error.message
  return translator.t(key, { defaultValue: error.message })
}
