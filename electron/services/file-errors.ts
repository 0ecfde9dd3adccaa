/**
 * Every failed file operation as a Vietnamese message the clerk can act on: the cause is worked
 * out from the system error and from the file itself (a file Word holds open, a read-only file, a
 * folder without write permission, a full disk, a removed USB drive, a lost network drive), and
 * no path-laden system text ("EPERM: operation not permitted, rename '…'") reaches the clerk.
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs'
import { basename, dirname } from 'node:path'
import { DomainError, type ErrorCode } from '../../core/model/errors'
import type { FileCause } from '../../core/model/file-cause'

export function errnoCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined
}

function field(error: unknown, name: 'syscall' | 'path' | 'dest'): string | undefined {
  if (!(error instanceof Error) || !(name in error)) return undefined
  const value: unknown = (error as Error & Record<typeof name, unknown>)[name]
  return typeof value === 'string' ? value : undefined
}

/**
 * What a "no such file or folder" is about: the path the system names, or, for a move whose
 * source is still there, its destination (the library on a removed drive).
 */
function missingPath(error: unknown, path: string): string {
  const own = field(error, 'path') ?? path
  const dest = field(error, 'dest')
  return dest !== undefined && existsSync(own) ? dest : own
}

/** A short technical description of an error (its code and path, or its message), for logs only. */
export function describeError(error: unknown): string {
  const code = errnoCode(error)
  if (code) {
    const path = error instanceof Error && 'path' in error && typeof error.path === 'string' ? ` (${error.path})` : ''
    return `${code}${path}`
  }
  return error instanceof Error ? error.message : String(error)
}

/** Calls that replace or remove an existing entry: refused when another program holds it. */
const REPLACING_CALLS = new Set(['rename', 'unlink', 'rmdir'])
const NETWORK = new Set(['ETIMEDOUT', 'ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'EHOSTUNREACH', 'EHOSTDOWN', 'ENETUNREACH', 'ENETDOWN'])

function isReadOnlyFile(path: string): boolean {
  try {
    const info = statSync(path)
    return info.isFile() && (info.mode & 0o200) === 0
  } catch {
    return false
  }
}

function canWriteFolder(folder: string): boolean {
  try {
    accessSync(folder, constants.W_OK)
    return true
  } catch {
    return false
  }
}

/** Why an operation failed, and the file and folder the message names. */
export interface FileProblem {
  cause: FileCause
  name: string
  folder: string
}

/** Calls on a folder itself: when it is missing, so is the folder they name. */
const FOLDER_CALLS = new Set(['mkdir', 'scandir', 'opendir'])

/**
 * Why an operation on `path` failed. Windows answers EPERM (or EBUSY) when another program holds
 * the file (Word keeps an open .docx locked) and when the file is marked read-only; a POSIX
 * system answers EACCES when the folder is not writable. The call that failed and the file
 * itself tell these apart.
 */
export function fileProblem(error: unknown, path: string): FileProblem {
  const name = basename(path).normalize('NFC')
  if (errnoCode(error) === 'ENOENT' || errnoCode(error) === 'ENOTDIR') {
    const about = missingPath(error, path)
    if (FOLDER_CALLS.has(field(error, 'syscall') ?? '')) return { cause: 'folderMissing', name, folder: about }
    if (!existsSync(dirname(about))) return { cause: 'folderMissing', name, folder: dirname(about) }
    return { cause: 'notFound', name: basename(about).normalize('NFC'), folder: dirname(about) }
  }
  return { cause: fileCause(error, path), name, folder: dirname(path) }
}

function fileCause(error: unknown, path: string): FileCause {
  const code = errnoCode(error)
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'diskFull'
    case 'EROFS':
      return 'noPermission'
    case 'EBUSY':
    case 'ETXTBSY':
      return 'inUse'
    case 'EPERM':
    case 'EACCES': {
      const syscall = field(error, 'syscall')
      if (syscall === undefined || !REPLACING_CALLS.has(syscall)) return 'noPermission'
      if (isReadOnlyFile(path)) return 'readOnlyFile'
      return canWriteFolder(dirname(path)) ? 'inUse' : 'noPermission'
    }
    case 'EIO':
    case 'ENXIO':
    case 'ENODEV':
      return 'diskError'
    case 'ENAMETOOLONG':
      return 'nameTooLong'
    case 'EMFILE':
    case 'ENFILE':
      return 'tooManyFiles'
    default:
      return code !== undefined && NETWORK.has(code) ? 'network' : 'unknown'
  }
}

/** An error's parameters for a problem: its cause, and the file and folder it names. */
function causeParams(problem: FileProblem, error: unknown): Record<string, string> {
  return { ...problem, detail: describeError(error) }
}

/**
 * A failed write of the report or data file at `path`, as the save's own messages (disk full, no
 * permission, folder gone, held by another program, read-only), or "Không lưu được…" with the cause.
 */
export function saveError(error: unknown, path: string): DomainError {
  if (error instanceof DomainError) return error
  const problem = fileProblem(error, path)
  const name = basename(path).normalize('NFC')
  switch (problem.cause) {
    case 'diskFull':
      return new DomainError('diskFull')
    case 'noPermission':
      return new DomainError('noPermission', { folder: dirname(path) })
    case 'folderMissing':
    case 'notFound':
      return new DomainError('folderMissing', { folder: problem.folder })
    case 'inUse':
      return new DomainError('fileInUse', { name })
    case 'readOnlyFile':
      return new DomainError('fileReadOnly', { name })
    default:
      return new DomainError('saveFailed', causeParams(problem, error))
  }
}

/** Operations whose message names the file and gives the cause ("Không đổi tên được “…”: …"). */
export type FileOperation = Extract<ErrorCode, 'readFailed' | 'deleteFailed' | 'restoreFailed' | 'renameFailed' | 'fileFailed'>

/** A failed `operation` on the file `name` (the error is about `path`), with its cause in Vietnamese. */
export function fileError(error: unknown, path: string, operation: FileOperation, name: string = basename(path)): DomainError {
  if (error instanceof DomainError) return error
  return new DomainError(operation, { ...causeParams(fileProblem(error, path), error), file: name.normalize('NFC') })
}

/**
 * A failed write of an exported file (Word or PDF) at `path`: "open in another program" when one
 * holds it (the clerk closes it and tries again, or saves under another name); a full disk, a
 * folder without permission and a missing folder as the export's own messages; else the cause.
 */
export function exportError(error: unknown, path: string): DomainError {
  if (error instanceof DomainError) return error
  const problem = fileProblem(error, path)
  const file = basename(path).normalize('NFC')
  switch (problem.cause) {
    case 'inUse':
      return new DomainError('exportInUse', { name: file })
    case 'diskFull':
      return new DomainError('exportDiskFull', { file })
    case 'noPermission':
      return new DomainError('exportNoPermission', { file, folder: dirname(path) })
    case 'folderMissing':
      return new DomainError('exportFolderMissing', { file, folder: problem.folder })
    default:
      return new DomainError('exportFailed', causeParams(problem, error))
  }
}
