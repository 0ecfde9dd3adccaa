/**
 * A report file on disk: read and checked (with its newest valid backup named when it cannot be
 * opened), written atomically, and stamped so that a change by someone else is noticed. Shared by
 * the library, the open documents and recovery.
 */
import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import type { Stats } from 'node:fs'
import { DomainError, type BackupRef } from '../../../core/model/errors'
import { REPORT_EXTENSION } from '../../../core/model/report-file'
import { parseReport, serializeReport } from '../../../core/model/migrate'
import type { Report } from '../../../core/model/schema'
import { MAX_REPORT_CHARS } from '../../../core/limits'
import type { BackupStore } from '../backups'
import { writeDurable } from '../durable-write'
import { describeError, fileError, saveError } from '../file-errors'

/** The largest file opened as a report: what the app accepts as a report, and no more. */
const MAX_FILE_BYTES = MAX_REPORT_CHARS

/** What the service remembers about the file behind a handle, to notice changes by someone else. */
export interface FileStamp {
  mtimeMs: number
  size: number
  hash: string
}

/**
 * Read and check a report file. Refuses a missing, unreadable, too large, damaged, foreign or
 * newer file with a clear error, which names the newest valid backup when there is one.
 */
export async function readReportFile(path: string, name: string, backups: BackupStore): Promise<{ report: Report; stamp: FileStamp }> {
  let info: Stats
  let bytes: Buffer
  try {
    info = await stat(path)
    if (!info.isFile()) throw new DomainError('notFound', { name })
    if (info.size > MAX_FILE_BYTES) {
      throw new DomainError(
        'tooLarge',
        { name, size: Math.ceil(info.size / 1024 / 1024), max: MAX_FILE_BYTES / 1024 / 1024 },
        { backup: await newestValidBackup(path, backups) },
      )
    }
    bytes = await readFile(path)
  } catch (error) {
    if (error instanceof DomainError) throw error
    if (isNodeError(error) && error.code === 'ENOENT') throw new DomainError('notFound', { name })
    throw fileError(error, path, 'readFailed', name)
  }
  try {
    return { report: parseText(bytes.toString('utf8')), stamp: stampOf(info, bytes) }
  } catch (error) {
    if (!(error instanceof DomainError)) throw error
    throw new DomainError(error.code, error.params, { backup: await newestValidBackup(path, backups) })
  }
}

/** The newest backup of `path` that opens as a valid report. */
async function newestValidBackup(path: string, backups: BackupStore): Promise<BackupRef | undefined> {
  for (const file of await backups.list(path)) {
    try {
      const report = parseText((await backups.read(file.id)).text)
      return { id: file.id, savedAt: report.savedAt }
    } catch {
      // A damaged backup: look at the next one.
    }
  }
  return undefined
}

/**
 * Write a report file atomically. A failure throws a DomainError naming the cause (disk full,
 * no permission, folder gone) and leaves the old file intact.
 */
export function writeReport(path: string, report: Report): Promise<void> {
  return writeWith(path, () => serializeReport(report))
}

/** Write the text of a report file atomically (see {@link writeReport}). */
export function writeText(path: string, text: string): Promise<void> {
  return writeWith(path, () => text)
}

async function writeWith(path: string, text: () => string): Promise<void> {
  try {
    await writeDurable(path, text())
  } catch (error) {
    throw saveError(error, path)
  }
}

/**
 * Parse the text of a report file; anything that is not a usable report becomes a DomainError
 * (a structure nested too deeply to walk included), never a crash.
 */
export function parseText(text: string): Report {
  try {
    return parseReport(text)
  } catch (error) {
    if (error instanceof DomainError) throw error
    if (error instanceof RangeError) throw new DomainError('tooDeep')
    throw new DomainError('invalid', { path: '', detail: describeError(error) })
  }
}

/** The hash of a file's content: its bytes as read, or the text written (hashed as its UTF-8 bytes, the same value). */
export function hashOf(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex')
}

export function stampOf(info: Stats, content: string | Uint8Array): FileStamp {
  return { mtimeMs: info.mtimeMs, size: info.size, hash: hashOf(content) }
}

export async function stampAfterWrite(path: string, text: string): Promise<FileStamp | null> {
  const info = await stat(path).catch(() => null)
  return info ? stampOf(info, text) : null
}

/** Two reports with the same content, whenever and by whatever version they were saved. */
export function sameContent(a: Report, b: Report): boolean {
  const plain = (r: Report): string => serializeReport({ ...r, savedAt: '', appVersion: '' })
  return plain(a) === plain(b)
}

export async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}

export function withExtension(base: string): string {
  return `${base}${REPORT_EXTENSION}`
}

export function isNodeError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'code' in error
}
