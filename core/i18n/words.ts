/**
 * Codes and parameters into words: pre-export problems and errors cross the process boundary as
 * `{ code, params }`, and the renderer (with its i18next) and the CLI (with core's) word them here
 * in their own language. Free of zod and of the schemas, so that the page's first screen loads
 * neither.
 */
import type { Problem } from '../checks/problem'
import type { ErrorMessage } from '../model/errors'
import type { MessageParams } from './params'
import { withFileReason } from '../model/file-cause'
import type { Translate } from './index'

/** The parameters in words: keys become labels in the reader's language (the conventions are on `Problem.params`). */
function wordsOf(params: MessageParams, t: Translate): Record<string, string | number> {
  const out: Record<string, string | number> = { ...params }
  if (params.title === '') out.title = t('checks.untitled')
  if (typeof params.field === 'string') out.field = t(`checks.fields.${params.field}`)
  if (typeof params.layoutField === 'string') out.field = t(`checks.layoutFields.${params.layoutField}`)
  if (params.unit === 'lines') out.unit = t('checks.layoutUnits.lines')
  if (typeof params.year === 'number')
    out.period =
      params.half === 1 || params.half === 2
        ? t(`checks.periods.half${params.half}`, { year: params.year })
        : t('checks.periods.year', { year: params.year })
  if (params.name === '' && typeof params.row === 'number') out.name = t('checks.unnamedRow', { n: params.row })
  if (typeof params.figureColumn === 'string') out.field = t(`checks.figureColumns.${params.figureColumn}`)
  if (typeof params.variant === 'string') out.context = params.variant
  // A file error's `cause` ("the disk is full") worded as `reason`, with the file's name and folder.
  return withFileReason(out, t)
}

/** A proofreading note in the language of `t`: its kind's message for the variant, about `text`. */
export function proofNoteText(
  note: { code: string; variant: string; params: Readonly<Record<string, string | number>>; text: string },
  t: Translate,
): string {
  return t(`proof.${note.code.replace(/^proof\./u, '')}_${note.variant}`, { ...note.params, text: note.text })
}

/** The problem as a sentence in the language of `t` (the renderer's i18next, or core's for the CLI). */
export function problemText(problem: Problem, t: Translate): string {
  if (problem.code.startsWith('proof.')) {
    const { variant, ...params } = problem.params
    return proofNoteText({ code: problem.code, variant: String(variant), params, text: problem.text ?? '' }, t)
  }
  return t(`checks.${problem.code}`, wordsOf(problem.params, t))
}

/** An error in the language of `t` (the renderer's i18next, or core's for the CLI). */
export function errorText(error: ErrorMessage, t: Translate): string {
  return t(`errors.${error.code}`, wordsOf(error.params, t))
}
