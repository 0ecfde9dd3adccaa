/**
 * Command line over the same services as the app:
 *   soan-bao-cao templates
 *   soan-bao-cao new <template-id> --year <YYYY> [--half 1|2] -o <file.baocao>
 *   soan-bao-cao check <file.baocao> [--draft] [--json]
 *   soan-bao-cao export <file.baocao> -o <file.docx|file.pdf> [--format docx|pdf] [--draft]
 *   soan-bao-cao import <file.docx> -o <file.baocao> [--force]
 * Exit codes: 0 done, 1 blocking problems or a failed operation, 2 bad usage.
 */
import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { extname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { hasBlockingProblems, runChecks } from '../core/checks'
import { tCore } from '../core/i18n'
import { DomainError } from '../core/model/errors'
import { parseReport } from '../core/model/migrate'
import { instantiate } from '../core/templates'
import { join } from 'node:path'
import { IssuerKind, type Section } from '../core/model/schema'
// Each service from its own module, and the heavy ones (settings: conf and ajv; import: mammoth)
// only by the commands that use them: every command pays for what it loads at start.
import { dataDirFor } from './services/paths'
import { TemplateService } from './services/templates'
import { APP_VERSION } from './services/version'
import { writeReport } from './services/documents'
import { buildExport, writeExport } from './services/export'
import { errnoCode, fileError } from './services/file-errors'
import { MAX_IMPORT_BYTES, type Problem } from '../core/contract'
import type { OfficeProfile } from '../core/model/office'

/** The office profile from the settings, for `new` and `import`. */
async function officeProfile(dataDir: string): Promise<OfficeProfile> {
  const { createConfSettings } = await import('./services/settings')
  const { settings, notice } = createConfSettings(dataDir)
  if (notice) process.stderr.write(`${tCore(`notices.${notice.code}`, { file: notice.file })}\n`)
  return settings.get().office
}

class UsageError extends Error {}

export interface CliIo {
  out: (line: string) => void
  err: (line: string) => void
}

const defaultIo: CliIo = { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`) }

function printProblems(io: CliIo, problems: Problem[]): void {
  for (const p of problems) io.out(`${p.severity === 'error' ? tCore('cli.error') : tCore('cli.warning')}: ${p.message}`)
}

function countSections(sections: readonly Section[]): number {
  return sections.reduce((n, s) => n + 1 + countSections(s.children), 0)
}

/**
 * The format of an export: `--format` when given, else the output's extension. An output named
 * .pdf never receives a Word file, nor .docx a PDF: a mismatch is refused.
 */
function exportFormat(output: string, format: string | undefined): 'docx' | 'pdf' {
  const extension = extname(output).toLowerCase().slice(1)
  if (format !== undefined && format !== 'docx' && format !== 'pdf') throw new UsageError(tCore('cli.badFormat', { format }))
  if (format !== undefined && (extension === 'docx' || extension === 'pdf') && extension !== format)
    throw new UsageError(tCore('cli.formatMismatch', { path: output, format }))
  if (format !== undefined) return format
  if (extension === 'docx' || extension === 'pdf') return extension
  throw new UsageError(tCore('cli.unknownFormat', { path: output }))
}

async function loadFile(path: string) {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    throw new DomainError('notFound', { name: path })
  }
  return parseReport(text)
}

/** Run the CLI with the given arguments; returns the exit code. */
export async function runCli(argv: string[], io: CliIo = defaultIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        year: { type: 'string' },
        half: { type: 'string' },
        output: { type: 'string', short: 'o' },
        draft: { type: 'boolean', default: false },
        format: { type: 'string' },
        json: { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        issuer: { type: 'string' },
        'data-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    })
    const [command, ...rest] = positionals
    if (values.version) {
      io.out(APP_VERSION)
      return 0
    }
    if (values.help || !command) {
      io.out(tCore('cli.usage'))
      return command || values.help ? 0 : 2
    }
    const dataDir = dataDirFor(values['data-dir'] ? resolve(values['data-dir']) : undefined)
    const templates = new TemplateService(join(dataDir, 'templates'))
    switch (command) {
      case 'templates': {
        const { templates: list, invalid } = await templates.list()
        for (const { template: t } of list) io.out(`${t.id}\t${t.name}`)
        for (const bad of invalid) io.err(tCore('cli.invalidTemplate', { file: bad.file, message: bad.message }))
        return 0
      }
      case 'new': {
        const [templateId] = rest
        if (!templateId) throw new UsageError(tCore('cli.needTemplate'))
        const year = Number(values.year)
        if (!values.year || !Number.isInteger(year) || year < 2000 || year > 2100)
          throw new UsageError(tCore('cli.badYear', { year: values.year ?? '' }))
        const half = values.half === undefined ? undefined : Number(values.half)
        if (half !== undefined && half !== 1 && half !== 2) throw new UsageError(tCore('cli.badHalf', { half: values.half ?? '' }))
        if (!values.output) throw new UsageError(tCore('cli.needOutput'))
        const output = resolve(values.output)
        if (existsSync(output) && !values.force) throw new UsageError(tCore('cli.exists', { path: output }))
        const issuer = values.issuer === undefined ? undefined : IssuerKind.safeParse(values.issuer)
        if (issuer && !issuer.success)
          throw new UsageError(tCore('cli.badIssuer', { issuer: values.issuer ?? '', kinds: IssuerKind.options.join(', ') }))
        const report = instantiate(await templates.find(templateId), {
          year,
          half,
          issuerKind: issuer?.data,
          office: await officeProfile(dataDir),
          appVersion: APP_VERSION,
          newId: () => randomUUID(),
        })
        await writeReport(output, report)
        io.out(tCore('cli.created', { path: output }))
        return 0
      }
      case 'check': {
        const [file] = rest
        if (!file) throw new UsageError(tCore('cli.needFile'))
        const proofing = (await officeProfile(dataDir)).proofing
        const problems = runChecks(await loadFile(file), { draft: values.draft, proofing })
        const blocking = hasBlockingProblems(problems)
        if (values.json) {
          io.out(
            JSON.stringify(
              { problems: problems.map(({ code, severity, message, target, text }) => ({ code, severity, message, target, text })) },
              null,
              2,
            ),
          )
          return blocking ? 1 : 0
        }
        printProblems(io, problems)
        io.out(
          blocking ? tCore('cli.checkFailed', { count: problems.filter((p) => p.severity === 'error').length }) : tCore('cli.checkPassed'),
        )
        return blocking ? 1 : 0
      }
      case 'export': {
        const [file] = rest
        if (!file) throw new UsageError(tCore('cli.needFile'))
        if (!values.output) throw new UsageError(tCore('cli.needOutput'))
        const format = exportFormat(values.output, values.format)
        const report = await loadFile(file)
        const problems = runChecks(report, { draft: values.draft, proofing: false })
        if (!values.draft && hasBlockingProblems(problems)) {
          printProblems(io, problems)
          io.err(tCore('errors.exportBlocked', { count: problems.filter((p) => p.severity === 'error').length }))
          return 1
        }
        const started = performance.now()
        const built =
          format === 'pdf' ? await (await import('./services/pdf')).buildPdf(report, values.draft) : await buildExport(report, values.draft)
        await writeExport(resolve(values.output), built.bytes)
        printProblems(io, built.problems)
        io.out(
          tCore(format === 'pdf' ? 'cli.exportedPdf' : 'cli.exported', {
            path: resolve(values.output),
            size: built.bytes.byteLength,
            ms: Math.round(performance.now() - started),
          }),
        )
        return 0
      }
      case 'import': {
        const [file] = rest
        if (!file) throw new UsageError(tCore('cli.needDocx'))
        if (!values.output) throw new UsageError(tCore('cli.needOutput'))
        const output = resolve(values.output)
        if (existsSync(output) && !values.force) throw new UsageError(tCore('cli.exists', { path: output }))
        let bytes: Uint8Array
        try {
          bytes = await readFile(file)
        } catch {
          throw new DomainError('notFound', { name: file })
        }
        if (bytes.byteLength > MAX_IMPORT_BYTES)
          throw new DomainError('importTooLarge', { name: file, limit: MAX_IMPORT_BYTES / (1024 * 1024) })
        const started = performance.now()
        const settings = {
          templates: (await templates.list()).templates.map((t) => t.template),
          appVersion: APP_VERSION,
          office: await officeProfile(dataDir),
        }
        const { docxToReport } = await import('./services/import')
        const { report, lost, conversions } = await docxToReport(settings, file, bytes)
        await writeReport(output, report)
        for (const c of conversions) io.out(tCore('import.converted', { encoding: tCore(`import.encodings.${c.encoding}`), count: c.runs }))
        if (lost.length > 0) io.out(tCore('cli.importLost'))
        for (const item of lost) io.out(`- ${tCore(`import.lost.${item.kind}`, { count: item.count })}`)
        io.out(
          tCore('cli.importDone', { path: output, sections: countSections(report.sections), ms: Math.round(performance.now() - started) }),
        )
        return 0
      }
      default:
        throw new UsageError(tCore('cli.unknownCommand', { command }))
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(error.message)
      io.err(tCore('cli.seeHelp'))
      return 2
    }
    if (error instanceof DomainError) {
      // Word holding the output: the command line has no "Thử lại" button to point at.
      io.err(error.code === 'exportInUse' ? tCore('cli.exportInUse', error.params) : error.message)
      return 1
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.err(tCore('cli.badOption', { detail: error.message }))
      io.err(tCore('cli.seeHelp'))
      return 2
    }
    const path = error instanceof Error && 'path' in error && typeof error.path === 'string' ? error.path : ''
    io.err(errnoCode(error) !== undefined ? fileError(error, path, 'fileFailed').message : tCore('errors.internal'))
    return 1
  }
}

const invokedDirectly = process.argv[1] !== undefined && /(?:cli\.(?:ts|js|mjs)|soan-bao-cao(?:\.mjs)?)$/.test(process.argv[1])
if (invokedDirectly) {
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code
  })
}
