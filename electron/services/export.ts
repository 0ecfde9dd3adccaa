/**
 * Export: checks, then the .docx bytes from core/docx. Writing the bytes is atomic, so a failed
 * export never leaves a half-written file behind.
 */
import writeFileAtomic from 'write-file-atomic'
import type { Problem } from '../../core/contract'
import { hasBlockingProblems, runChecks } from '../../core/checks'
import { exportFileName, renderDocx } from '../../core/docx'
import { DomainError } from '../../core/model/errors'
import type { Report } from '../../core/model/schema'
import { describeError as describe } from './durable-write'

export interface BuiltExport {
  fileName: string
  bytes: Uint8Array
  problems: Problem[]
}

/** Build the Word file. A final (non-draft) export is refused while blocking problems remain. */
export async function buildExport(report: Report, draft: boolean): Promise<BuiltExport> {
  const problems = runChecks(report, { draft })
  if (!draft && hasBlockingProblems(problems)) {
    throw new DomainError('exportBlocked', { count: problems.filter((p) => p.severity === 'error').length })
  }
  try {
    const bytes = await renderDocx(report, { draft })
    return { fileName: exportFileName(report, draft), bytes, problems }
  } catch (error) {
    throw new DomainError('exportFailed', { detail: describe(error) })
  }
}

/** Write export bytes to a path chosen by the user: temp file, fsync, rename. */
export async function writeExport(path: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(path, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { fsync: true })
  } catch (error) {
    throw new DomainError('exportFailed', { detail: describe(error) })
  }
}
