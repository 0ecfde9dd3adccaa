/**
 * Durable writes of the app's own files (reports, backups, journals). Each write goes through
 * write-file-atomic: a temporary file next to the target, fsync, then a rename over it, so a
 * crash or a full disk leaves either the old file or the new one, never half of either.
 *
 * On Windows an antivirus or the search indexer may hold the target for a moment and the rename
 * fails with EPERM or EBUSY: those are retried a few times before giving up.
 */
import { dirname } from 'node:path'
import writeFileAtomic from 'write-file-atomic'
import { DomainError } from '../../core/model/errors'

/** Error codes worth another try: the file is held by another program for a moment. */
const TRANSIENT = new Set(['EPERM', 'EBUSY'])

/** Waits between attempts; about one second in all. */
export const RETRY_DELAYS_MS: readonly number[] = [25, 50, 100, 200, 400]

export interface DurableWriteOptions {
  retryDelaysMs?: readonly number[]
  /** Also fsync (slower); on by default. */
  fsync?: boolean
}

function errnoCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined
}

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms))

/**
 * Write `data` to `path` atomically and durably, retrying transient Windows errors. Throws the
 * last Node error untouched; {@link saveError} turns it into a message for the clerk.
 */
export async function writeDurable(path: string, data: string, options: DurableWriteOptions = {}): Promise<void> {
  const delays = options.retryDelaysMs ?? RETRY_DELAYS_MS
  for (let attempt = 0; ; attempt++) {
    try {
      await writeFileAtomic(path, data, { encoding: 'utf8', fsync: options.fsync ?? true })
      return
    } catch (error) {
      const delay = delays[attempt]
      const code = errnoCode(error)
      if (delay === undefined || code === undefined || !TRANSIENT.has(code)) throw error
      await sleep(delay)
    }
  }
}

/**
 * A failed write of `path` as a DomainError the clerk can act on: the disk is full, the folder
 * is read-only or forbidden, the folder vanished (a removed USB drive), or another cause.
 */
export function saveError(error: unknown, path: string): DomainError {
  if (error instanceof DomainError) return error
  const folder = dirname(path)
  switch (errnoCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new DomainError('diskFull')
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new DomainError('noPermission', { folder })
    case 'ENOENT':
    case 'ENOTDIR':
      return new DomainError('folderMissing', { folder })
    default:
      return new DomainError('saveFailed', { detail: describeError(error) })
  }
}

/** A short technical description of an error: its code and path, or its message. */
export function describeError(error: unknown): string {
  const code = errnoCode(error)
  if (code) {
    const path = error instanceof Error && 'path' in error && typeof error.path === 'string' ? ` (${error.path})` : ''
    return `${code}${path}`
  }
  return error instanceof Error ? error.message : String(error)
}
