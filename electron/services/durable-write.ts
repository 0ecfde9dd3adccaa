/**
 * Durable writes of the app's own files (reports, backups, journals). Each write goes through
 * write-file-atomic: a temporary file next to the target, fsync, then a rename over it, so a
 * crash or a full disk leaves either the old file or the new one, never half of either.
 *
 * On Windows an antivirus or the search indexer may hold the target for a moment and the rename
 * fails with EPERM or EBUSY: those are retried a few times before giving up. (Word does not let go
 * of a .docx it has open: that write ends with "đang mở trong Word", see file-errors.ts.)
 */
import writeFileAtomic from 'write-file-atomic'
import { errnoCode } from './file-errors'

/** Error codes worth another try: the file is held by another program for a moment. */
const TRANSIENT = new Set(['EPERM', 'EBUSY'])

/** Waits between attempts; about one second in all. */
export const RETRY_DELAYS_MS: readonly number[] = [25, 50, 100, 200, 400]

export interface DurableWriteOptions {
  retryDelaysMs?: readonly number[]
  /** Also fsync (slower); on by default. */
  fsync?: boolean
}

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms))

/**
 * Write `data` to `path` atomically and durably, retrying transient Windows errors. Throws the
 * last Node error untouched; `file-errors.ts` turns it into a message for the clerk.
 */
export async function writeDurable(path: string, data: string | Uint8Array, options: DurableWriteOptions = {}): Promise<void> {
  const delays = options.retryDelaysMs ?? RETRY_DELAYS_MS
  for (let attempt = 0; ; attempt++) {
    try {
      await writeFileAtomic(path, typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength), {
        encoding: 'utf8',
        fsync: options.fsync ?? true,
      })
      return
    } catch (error) {
      const delay = delays[attempt]
      const code = errnoCode(error)
      if (delay === undefined || code === undefined || !TRANSIENT.has(code)) throw error
      await sleep(delay)
    }
  }
}
