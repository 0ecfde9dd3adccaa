/**
 * Backend errors and pre-export problems in the UI's language: they arrive as codes and
 * parameters, and are worded here with the same i18next instance as the rest of the UI.
 */
import type { Problem } from '../../core/checks/problem'
import type { ErrorMessage } from '../../core/model/errors'
import { errorText, problemText } from '../../core/i18n/words'
import type { Translate } from '../../core/i18n'
import { i18n } from '../i18n'

const translate: Translate = (key, params) => i18n.t(key, params ?? {})

/** A backend error in the UI language. */
export function describeError(error: ErrorMessage): string {
  return errorText(error, translate)
}

/** A pre-export problem in the UI language. */
export function describeProblem(problem: Problem): string {
  return problemText(problem, translate)
}
