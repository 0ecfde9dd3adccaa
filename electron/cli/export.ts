/**
 * `soan-bao-cao export <file.baocao> -o <file.docx|file.pdf> [--format docx|pdf] [--draft]`: the
 * Word file (or the PDF, printed by a Chromium-family browser: services/pdf, loaded only then),
 * written atomically.
 */
import { extname, resolve } from 'node:path'
import { runChecks } from '../../core/checks'
import { hasBlockingProblems } from '../../core/checks/problem'
import { buildExport, writeExport } from '../services/export'
import { loadReport, printProblems, t } from './io'
import { UsageError, type Command } from './usage'

/**
 * The format of an export: `--format` when given, else the output's extension. An output named
 * .pdf never receives a Word file, nor .docx a PDF: a mismatch is refused.
 */
function exportFormat(output: string, format: string | undefined): 'docx' | 'pdf' {
  const extension = extname(output).toLowerCase().slice(1)
  if (format !== undefined && format !== 'docx' && format !== 'pdf') throw new UsageError(t('cli.badFormat', { format }))
  if (format !== undefined && (extension === 'docx' || extension === 'pdf') && extension !== format)
    throw new UsageError(t('cli.formatMismatch', { path: output, format }))
  if (format !== undefined) return format
  if (extension === 'docx' || extension === 'pdf') return extension
  throw new UsageError(t('cli.unknownFormat', { path: output }))
}

export const exportReport: Command = async ({ args, options, io }) => {
  const [file] = args
  if (!file) throw new UsageError(t('cli.needFile'))
  if (!options.output) throw new UsageError(t('cli.needOutput'))
  const format = exportFormat(options.output, options.format)
  const report = await loadReport(file)
  // What the message reports as the export's own time: the checks, the Word file and its write.
  const started = performance.now()
  const problems = runChecks(report, { draft: options.draft, proofing: false })
  if (!options.draft && hasBlockingProblems(problems)) {
    printProblems(io, problems)
    io.err(t('errors.exportBlocked', { count: problems.filter((p) => p.severity === 'error').length }))
    return 1
  }
  const output = resolve(options.output)
  const built =
    format === 'pdf'
      ? await (await import('../services/pdf')).buildPdf(report, options.draft, undefined, problems)
      : await buildExport(report, options.draft, problems)
  await writeExport(output, built.bytes)
  printProblems(io, built.problems)
  io.out(
    t(format === 'pdf' ? 'cli.exportedPdf' : 'cli.exported', {
      path: output,
      size: built.bytes.byteLength,
      ms: Math.round(performance.now() - started),
    }),
  )
  return 0
}
