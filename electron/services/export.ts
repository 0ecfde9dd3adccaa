/**
 * Export: checks, then the .docx bytes from core/docx (the PDF: pdf.ts). Writing the bytes is
 * atomic, so a failed export never leaves a half-written file behind.
 */
import writeFileAtomic from 'write-file-atomic'
import { basename, dirname } from 'node:path'
import { runChecks } from '../../core/checks'
import { hasBlockingProblems, type Problem } from '../../core/checks/problem'
import { exportFileName, renderDocx } from '../../core/docx'
import { DomainError } from '../../core/model/errors'
import type { Report } from '../../core/model/schema'
import { describeError as describe } from './durable-write'

export interface BuiltExport {
  fileName: string
  bytes: Uint8Array
  problems: Problem[]
}

/**
 * Refuse a final (non-draft) export while blocking problems remain; otherwise make the file with
 * `make`, which a draft always reaches. `problems` are the checks already run on this report, when
 * the caller has them. Proofreading notes never block and the clerk has them in the editor and in
 * "Kiểm tra": the export does not read the report for them again.
 */
export async function checkedExport(
  report: Report,
  draft: boolean,
  make: () => Promise<Omit<BuiltExport, 'problems'>>,
  problems: Problem[] = runChecks(report, { draft, proofing: false }),
): Promise<BuiltExport> {
  if (!draft && hasBlockingProblems(problems)) {
    throw new DomainError('exportBlocked', { count: problems.filter((p) => p.severity === 'error').length })
  }
  return { ...(await make()), problems }
}

/** Build the Word file. A final (non-draft) export is refused while blocking problems remain. */
export async function buildExport(report: Report, draft: boolean, problems?: Problem[]): Promise<BuiltExport> {
  return checkedExport(
    report,
    draft,
    async () => {
      try {
        return { fileName: exportFileName(report, draft), bytes: await renderDocx(report, { draft }) }
      } catch (error) {
        throw new DomainError('exportFailed', { detail: describe(error) })
      }
    },
    problems,
  )
}

function errnoCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined
}

/**
 * Write export bytes to a path chosen by the user: temp file, fsync, rename. A full disk, a
 * read-only or forbidden folder and a folder that is gone are said as such.
 */
export async function writeExport(path: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(path, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { fsync: true })
  } catch (error) {
    const file = basename(path)
    const folder = dirname(path)
    switch (errnoCode(error)) {
      case 'ENOSPC':
      case 'EDQUOT':
        throw new DomainError('exportDiskFull', { file })
      case 'EACCES':
      case 'EPERM':
      case 'EROFS':
        throw new DomainError('exportNoPermission', { file, folder })
      case 'ENOENT':
      case 'ENOTDIR':
        throw new DomainError('exportFolderMissing', { file, folder })
      default:
        throw new DomainError('exportFailed', { detail: describe(error) })
    }
  }
}
