/** Errors as the clerk reads them: the code and parameters that crossed the boundary, worded in Vietnamese (or English). */
import { coreTranslate } from '../../core/i18n'
import type { ErrorMessage } from '../../core/model/errors'
import { errorText } from '../../core/i18n/words'

export function errorWords(error: ErrorMessage | undefined, lng: 'vi' | 'en' = 'vi'): string {
  return error ? errorText(error, coreTranslate(lng)) : ''
}
