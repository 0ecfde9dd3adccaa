/**
 * A short, stable key for a document's absolute path: names its backup folder, its journal and
 * its lock in the data folder, so that none of them depends on characters a file name may hold.
 */
import { createHash } from 'node:crypto'
import { resolve } from 'node:path'

/** Hex digits in a key. */
export const FILE_KEY_LENGTH = 32

/** The key of the document at `path` (case-insensitive on Windows and macOS, like their file systems). */
export function fileKey(path: string, platform: NodeJS.Platform = process.platform): string {
  let normalized = resolve(path).normalize('NFC')
  if (platform === 'win32' || platform === 'darwin') normalized = normalized.toLowerCase()
  return createHash('sha256').update(normalized).digest('hex').slice(0, FILE_KEY_LENGTH)
}

/** True for a string shaped like a key (checked before it is used in a path). */
export function isFileKey(value: string): boolean {
  return new RegExp(`^[0-9a-f]{${FILE_KEY_LENGTH}}$`).test(value)
}
