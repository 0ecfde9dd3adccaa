/**
 * Why a file operation failed, as a code that travels with the error (`params.cause`) and is worded
 * where the message is made, in its language, as `fileReasons.<cause>` ("ổ đĩa đã đầy…", "tệp …
 * đang được một chương trình khác mở…"). The services work the cause out (electron/services/file-errors.ts).
 */
export const FILE_CAUSES = [
  'diskFull',
  'noPermission',
  'readOnlyFile',
  'inUse',
  'folderMissing',
  'notFound',
  'diskError',
  'network',
  'nameTooLong',
  'tooManyFiles',
  'unknown',
  /** Not a file system answer: building the Word file itself failed. */
  'render',
] as const
export type FileCause = (typeof FILE_CAUSES)[number]

type Params = Record<string, string | number>

/**
 * `params` with the cause worded as `reason` by `translate` (given the same parameters: the file's
 * name and folder), for an error template such as "Không lưu được báo cáo: {{reason}}".
 */
export function withFileReason(params: Params, translate: (key: string, params: Params) => string): Params {
  const cause = params.cause
  return typeof cause === 'string' && (FILE_CAUSES as readonly string[]).includes(cause)
    ? { ...params, reason: translate(`fileReasons.${cause}`, params) }
    : params
}
