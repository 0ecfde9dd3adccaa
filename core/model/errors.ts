import { z } from 'zod'
import { coreTranslate } from '../i18n'
import { errorText } from '../i18n/words'
import { MessageParams } from '../i18n/params'

/**
 * Error codes: what the domain raises (each has a message under `errors.<code>` in core/i18n),
 * `offline` for a backend the page cannot reach and `unexpected` for a call that failed without a
 * reason. Errors cross the process boundary as a code
 * and its parameters; each side words them in its own language with `errorText` (core/i18n/words.ts).
 */
export const ErrorCode = z.enum([
  'notJson',
  'notReport',
  'newerVersion',
  'invalid',
  'unknownTemplate',
  'invalidTemplate',
  'duplicateTemplate',
  'badRequest',
  'unknownMethod',
  'internal',
  'notFound',
  'notOpen',
  'saveFailed',
  'readFailed',
  'exportBlocked',
  'exportFailed',
  'unsupported',
  'forbidden',
  'layoutOutOfRange',
  'tooLarge',
  'tooDeep',
  'readOnly',
  'locked',
  'changedOnDisk',
  'needFull',
  'diskFull',
  'noPermission',
  'folderMissing',
  'libraryNotAbsolute',
  'libraryNotFolder',
  'nameTaken',
  'importNotDocx',
  'importEncrypted',
  'importCorrupt',
  'importTooLarge',
  'importWord95',
  'builtinTemplate',
  'exportDiskFull',
  'exportNoPermission',
  'exportFolderMissing',
  'pdfNoBrowser',
  'pdfBadBrowserPath',
  'pdfFailed',
  'printFailed',
  'fileInUse',
  'fileReadOnly',
  'exportInUse',
  'exportExpired',
  'deleteFailed',
  'restoreFailed',
  'renameFailed',
  'fileFailed',
  'exportGone',
  'exportOpenFailed',
  'offline',
  'bridgeMissing',
  'unexpected',
])
export type ErrorCode = z.infer<typeof ErrorCode>

/** A backup the clerk can fall back to when a file cannot be opened. */
export const BackupRef = z.object({
  /** Opaque handle of the backup. */
  id: z.string(),
  /** When the backed-up version was saved. */
  savedAt: z.string(),
})
export type BackupRef = z.infer<typeof BackupRef>

/** An error as a code and its parameters (a file that cannot be listed, a template that cannot be used). */
export const ErrorMessage = z.object({ code: ErrorCode, params: MessageParams })
export type ErrorMessage = z.infer<typeof ErrorMessage>

/** A failed call as it crosses the process boundary. */
export const ErrorInfo = ErrorMessage.extend({
  /** A file that cannot be opened: its newest valid backup, for "Mở bản sao lưu gần nhất". */
  backup: BackupRef.optional(),
})
export type ErrorInfo = z.infer<typeof ErrorInfo>

/** An error whose message is meant for the clerk (Vietnamese by default). */
export class DomainError extends Error {
  readonly code: ErrorCode
  readonly params: MessageParams
  /** The newest valid backup of a file that could not be opened, when there is one. */
  readonly backup: BackupRef | undefined

  constructor(code: ErrorCode, params: MessageParams = {}, options: { backup?: BackupRef | undefined } = {}) {
    super(errorText({ code, params }, coreTranslate('vi')))
    this.name = 'DomainError'
    this.code = code
    this.params = params
    this.backup = options.backup
  }
}

/** Any error as a code and its parameters: a DomainError as it is, anything else as `internal`. */
export function errorMessageOf(error: unknown): ErrorMessage {
  if (error instanceof DomainError) return { code: error.code, params: error.params }
  return { code: 'internal', params: { detail: error instanceof Error ? error.message : String(error) } }
}

/** {@link errorMessageOf} with the backup a file that cannot be opened falls back to. */
export function errorInfoOf(error: unknown): ErrorInfo {
  const backup = error instanceof DomainError ? error.backup : undefined
  return { ...errorMessageOf(error), ...(backup ? { backup } : {}) }
}
