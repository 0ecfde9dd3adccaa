/** The report file as the file system sees it: `*.baocao`, JSON in UTF-8 (the envelope is in schema.ts). */

/** The extension of a report file, with its dot. */
export const REPORT_EXTENSION = '.baocao'

/** The extension without its dot, for file dialogs and file associations. */
export const REPORT_EXTENSION_NAME = REPORT_EXTENSION.slice(1)

/** True when a file name ends in `.baocao` (any case). */
export function isReportFileName(name: string): boolean {
  return name.toLowerCase().endsWith(REPORT_EXTENSION)
}

/** The name without its `.baocao` extension (any case). */
export function withoutReportExtension(name: string): string {
  return isReportFileName(name) ? name.slice(0, -REPORT_EXTENSION.length) : name
}
