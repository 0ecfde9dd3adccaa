import { tCore } from '../i18n'
import { withFileReason } from './file-cause'

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
  tooLarge: 'tooLarge',
  tooDeep: 'tooDeep',
  readOnly: 'readOnly',
  locked: 'locked',
  changedOnDisk: 'changedOnDisk',
  needFull: 'needFull',
  diskFull: 'diskFull',
  noPermission: 'noPermission',
  folderMissing: 'folderMissing',
  nameTaken: 'nameTaken',
  importNotDocx: 'importNotDocx',
  importEncrypted: 'importEncrypted',
  importCorrupt: 'importCorrupt',
  importTooLarge: 'importTooLarge',
  importWord95: 'importWord95',
  builtinTemplate: 'builtinTemplate',
  exportDiskFull: 'exportDiskFull',
  exportNoPermission: 'exportNoPermission',
  exportFolderMissing: 'exportFolderMissing',
  pdfNoBrowser: 'pdfNoBrowser',
  pdfBadBrowserPath: 'pdfBadBrowserPath',
  pdfFailed: 'pdfFailed',
  printFailed: 'printFailed',
  fileInUse: 'fileInUse',
  fileReadOnly: 'fileReadOnly',
  exportInUse: 'exportInUse',
  exportExpired: 'exportExpired',
  deleteFailed: 'deleteFailed',
  restoreFailed: 'restoreFailed',
  renameFailed: 'renameFailed',
  fileFailed: 'fileFailed',
  exportGone: 'exportGone',
  exportOpenFailed: 'exportOpenFailed',
} as const
export type DomainErrorCode = (typeof DomainErrorCode)[keyof typeof DomainErrorCode]

/** A backup the clerk can fall back to when a file cannot be opened. */
export interface BackupRef {
  /** Opaque handle of the backup. */
  id: string
  /** When the backed-up version was saved. */
  savedAt: string
}

/** An error whose message is meant for the clerk (Vietnamese by default). */
export class DomainError extends Error {
  readonly code: DomainErrorCode
  readonly params: Record<string, string | number>
  /** The newest valid backup of a file that could not be opened, when there is one. */
  readonly backup: BackupRef | undefined

  constructor(code: DomainErrorCode, params: Record<string, string | number> = {}, options: { backup?: BackupRef | undefined } = {}) {
    super(
      tCore(
        `errors.${code}`,
        withFileReason(params, (key, p) => tCore(key, p)),
      ),
    )
    this.name = 'DomainError'
    this.code = code
    this.params = params
    this.backup = options.backup
  }
}
