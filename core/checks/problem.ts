/**
 * A pre-export problem as it crosses the process boundary: a code and its parameters, never a
 * sentence. The renderer and the CLI turn it into words in their own language with
 * {@link problemText}; the messages live under `checks.<code>` in core/i18n.
 */
import { z } from 'zod'
import { ProofCode } from '../proof/types'
import { MessageParams } from '../i18n/params'

/** Codes of the checks' own problems; each has a message under `checks.<code>`. */
export const OwnCheckCode = z.enum([
  'missingIssuer',
  'missingNumber',
  'invalidNumber',
  'missingPlace',
  'missingDate',
  'invalidDate',
  'invalidCopies',
  'invalidFigure',
  'negativeFigure',
  'countAboveTotal',
  'zeroBase',
  'missingTitle',
  'emptySection',
  'placeholder',
  'missingSignerTitle',
  'missingSignerName',
  'authorityMismatch',
  'missingRecipients',
  'emptyRequiredSection',
  'rateMismatch',
  'futureDate',
  'periodMismatch',
  'titleCase',
  'layoutOutOfRange',
  'unknownContent',
])

/**
 * Every code a problem may carry: the checks' own, and the proofreading notes' (core/proof),
 * worded by `proof.<kind>_<variant>` with `variant` in the params.
 */
export const CheckCode = z.union([OwnCheckCode, z.enum(Object.values(ProofCode) as [ProofCode, ...ProofCode[]])])
export type CheckCode = z.infer<typeof CheckCode>

export const Severity = z.enum(['error', 'warning'])
export type Severity = z.infer<typeof Severity>

export const Problem = z.object({
  code: CheckCode,
  severity: Severity,
  /**
   * What the message needs. By convention `title` is a section title ("" for an untitled one),
   * `field` a header field key (`signer.name`), `layoutField` a layout key (`margins.top`),
   * `unit` "pt", "mm" or "lines", `year` and `half` a period, `name` an indicator row's name
   * ("" for an unnamed one, then `row` is its number) and `figureColumn` its column, and
   * `variant` picks one of the code's messages (`placeholder_field`).
   */
  params: MessageParams,
  /** Section id or meta field the problem is about, for jumping to it. */
  target: z.string().optional(),
  /** The exact text a proofreading note is about. */
  text: z.string().optional(),
})
export type Problem = z.infer<typeof Problem>

/** True when any problem is an error, i.e. a final export must not go ahead. */
export function hasBlockingProblems(problems: readonly Pick<Problem, 'severity'>[]): boolean {
  return problems.some((p) => p.severity === 'error')
}
