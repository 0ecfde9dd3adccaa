/**
 * Error messages from the backend, in the page's language. The backend's messages are Vietnamese
 * and filled in; it also sends the values they were made from (a file's name, a folder, the cause
 * of a file error), with which the page fills its own template. A template that needs values the
 * backend did not send is used only when it sent no text.
 */
import type { ErrorInfo } from '../../core/contract'
import { withFileReason } from '../../core/model/file-cause'

export interface Translator {
  t: (key: string, options?: Record<string, unknown>) => string
  /** The raw template of a key in the current language, or undefined when there is none. */
  template: (key: string) => string | undefined
}

export function errorText(error: ErrorInfo, translator: Translator): string {
  const key = `errors.${error.code}`
  const template = translator.template(key)
  if (template === undefined) return error.message !== '' ? error.message : translator.t('errors.unknown')
  if (template.includes('{{')) {
    if (error.params)
      return translator.t(
        key,
        withFileReason(error.params, (k, p) => translator.t(k, p)),
      )
    if (error.message !== '') return error.message
  }
  return translator.t(key, { defaultValue: error.message })
}
