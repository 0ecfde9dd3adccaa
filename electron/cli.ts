/**
 * Command line over the same services as the app:
 *   soan-bao-cao templates
 *   soan-bao-cao new <template-id> --year <YYYY> [--half 1|2] -o <file.baocao>
 *   soan-bao-cao check <file.baocao> [--draft] [--json]
 *   soan-bao-cao export <file.baocao> -o <file.docx|file.pdf> [--format docx|pdf] [--draft]
 *   soan-bao-cao import <file.docx> -o <file.baocao> [--force]
 * Exit codes: 0 done, 1 blocking problems or a failed operation, 2 bad usage.
 *
 * This entry only reads the options; each command is a module of its own (electron/cli/), loaded
 * when it runs, so that `check` never loads the Word exporter and `export` never loads mammoth.
 * `npm run build` bundles them into out/cli/ (scripts/build-cli.mjs), whose entry is cli/start.ts;
 * bin/soan-bao-cao.mjs runs that bundle.
 */
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { tCore } from '../core/i18n'
import type { DomainError } from '../core/model/errors'
import { dataDirFor } from './services/paths'
import { APP_VERSION } from './services/version'
import { UsageError, type CliIo, type Command } from './cli/usage'

export type { CliIo }

const COMMANDS: Record<string, () => Promise<Command>> = {
  templates: async () => (await import('./cli/templates')).templates,
  new: async () => (await import('./cli/new')).newReport,
  check: async () => (await import('./cli/check')).check,
  export: async () => (await import('./cli/export')).exportReport,
  import: async () => (await import('./cli/import')).importDocx,
}

const defaultIo: CliIo = { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`) }

/** A DomainError, told by its name: its module (and zod with it) is loaded only by the commands that raise one. */
function isDomainError(error: unknown): error is DomainError {
  return error instanceof Error && error.name === 'DomainError'
}

function isParseError(error: unknown): error is TypeError {
  return error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')
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
    const [command, ...args] = positionals
    if (values.version) {
      io.out(APP_VERSION)
      return 0
    }
    if (values.help || !command) {
      io.out(tCore('cli.usage'))
      return command || values.help ? 0 : 2
    }
    const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined
    if (!load) throw new UsageError(tCore('cli.unknownCommand', { command }))
    const dataDir = dataDirFor(values['data-dir'] ? resolve(values['data-dir']) : undefined)
    const { 'data-dir': _dataDir, help: _help, version: _version, ...options } = values
    return await (
      await load()
    )({ args, options: { ...options, dataDir }, io })
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(error.message)
      io.err(tCore('cli.seeHelp'))
      return 2
    }
    if (isParseError(error)) {
      io.err(tCore('cli.badOption', { detail: error.message }))
      io.err(tCore('cli.seeHelp'))
      return 2
    }
    // A DomainError's message is already the clerk's sentence; anything else is unexpected.
    if (isDomainError(error)) {
      // Word holding the output: the command line has no "Thử lại" button to point at.
      io.err(error.code === 'exportInUse' ? tCore('cli.exportInUse', error.params) : error.message)
      return 1
    }
    // A file the system refused (errno): the reason in words, never the errno or the stack.
    const { errnoCode, fileError } = await import('./services/file-errors')
    const path = error instanceof Error && 'path' in error && typeof error.path === 'string' ? error.path : ''
    io.err(errnoCode(error) !== undefined ? fileError(error, path, 'fileFailed').message : tCore('errors.internal'))
    return 1
  }
}

/** Output closed early (`soan-bao-cao check x | head`): stop quietly instead of printing a stack trace. */
function quietOnClosedOutput(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    process.exit(process.exitCode ?? 0)
  })
}

/** Run the command line of this process (`process.argv`) and set its exit code. */
export function main(): void {
  quietOnClosedOutput(process.stdout)
  quietOnClosedOutput(process.stderr)
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code
  })
}

// Run from its source (`node --import tsx electron/cli.ts`). The bundle's entry, cli/start.ts, calls main() itself.
if (process.argv[1] !== undefined && /cli\.ts$/.test(process.argv[1])) main()
