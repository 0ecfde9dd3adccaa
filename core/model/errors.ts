import { tCore } from '../i18n'

/** Error codes the domain raises; each has a message under `errors.<code>` in core/i18n. */
export const DomainErrorCode = {
  notJson: 'notJson',
  notReport: 'notReport',
  newerVersion: 'newerVersion',
  invalid: 'invalid',
  unknownTemplate: 'unknownTemplate',
  invalidTemplate: 'invalidTemplate',
  duplicateTemplate: 'duplicateTemplate',
  badRequest: 'badRequest',
  unknownMethod: 'unknownMethod',
  internal: 'internal',
  notFound: 'notFound',
  notOpen: 'notOpen',
  saveFailed: 'saveFailed',
  readFailed: 'readFailed',
  exportBlocked: 'exportBlocked',
  exportFailed: 'exportFailed',
  unsupported: 'unsupported',
  forbidden: 'forbidden',
  layoutOutOfRange: 'layoutOutOfRange',
} as const
export type DomainErrorCode = (typeof DomainErrorCode)[keyof typeof DomainErrorCode]

/** An error whose message is meant for the clerk (Vietnamese by default). */
export class DomainError extends Error {
  readonly code: DomainErrorCode
  readonly params: Record<string, string | number>

  constructor(code: DomainErrorCode, params: Record<string, string | number> = {}) {
    super(tCore(`errors.${code}`, params))
    this.name = 'DomainError'
    this.code = code
    this.params = params
  }
}
