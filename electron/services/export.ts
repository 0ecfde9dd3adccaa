/**
 * Export: checks, then the .docx bytes from core/docx (the PDF: pdf.ts). Writing the bytes is
 * atomic, so a failed export never leaves a half-written file behind; a file another program holds
 * open (Word, a PDF reader) is retried for a moment, then reported as open, and the clerk closes it
 * and tries again, or saves under another name.
 */
import { readdir } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'
import { runChecks } from '../../core/checks'
import { hasBlockingProblems, type Problem } from '../../core/checks/problem'
import { exportFileName, renderDocx } from '../../core/docx'
import { DomainError } from '../../core/model/errors'
import type { Report } from '../../core/model/schema'
import { writeDurable, type DurableWriteOptions } from './durable-write'
import { describeError, exportError } from './file-errors'

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
      const fileName = exportFileName(report, draft)
      try {
        return { fileName, bytes: await renderDocx(report, { draft }) }
      } catch (error) {
        throw new DomainError('exportFailed', { file: fileName, cause: 'render', detail: describeError(error) })
      }
    },
    problems,
  )
}

/**
 * Write export bytes to a path chosen by the user: temp file, fsync, rename, retried for about a
 * second while another program holds the file. A file still held is `exportInUse`; a full disk, a
 * read-only or forbidden folder and a folder that is gone are said as such, anything else with
 * its cause (see file-errors.ts).
 */
export async function writeExport(path: string, bytes: Uint8Array, options: DurableWriteOptions = {}): Promise<void> {
  try {
    await writeDurable(path, bytes, options)
  } catch (error) {
    throw exportError(error, path)
  }
}

/**
 * "Lưu với tên khác" for a file held open: the first free "<name> (2).docx", "<name> (3).docx"…
 * in the same folder (names compared in NFC, as the clerk reads them).
 */
export async function alternativeExportPath(path: string): Promise<string> {
  const folder = dirname(path)
  const extension = extname(path)
  const base = basename(path, extension).replace(/ \(\d+\)$/u, '')
  const taken = new Set((await readdir(folder).catch(() => [])).map((n) => n.normalize('NFC').toLowerCase()))
  for (let i = 2; ; i++) {
    const candidate = `${base} (${i})${extension}`.normalize('NFC')
    if (!taken.has(candidate.toLowerCase())) return join(folder, candidate)
  }
}
