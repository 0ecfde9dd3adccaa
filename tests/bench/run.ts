/**
 * `npm run bench`: speed and memory of the export, the CLI, opening, autosaving, the browser-mode
 * UI and typing, on deterministic generated reports (100 and 300 pages), against their targets,
 * the `docx` library's floor, a plain contenteditable page and LibreOffice.
 *
 *   npm run bench                          full run, table on stdout
 *   npm run bench -- --json bench.json     also write the result as JSON (schema: result.ts)
 *   npm run bench -- --quick               10/30-page fixtures, fewer repetitions, no LibreOffice,
 *                                          targets shown but not gating (CI checks that it runs)
 *   options: --only export,soffice,cli,documents,pages,browser,bundle,proof   --soffice (in quick)
 *            --out <dir> (measure that build instead of building; e.g. an older one)   --keep (keep
 *            the run's folder .cache/bench/runs/<pid>: its build, reports and exports)
 *
 * Exit code: 1 when a full run misses a target or anything fails to run; 0 otherwise.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium as chromiumPrereq, soffice as sofficePrereq } from '../support/prereqs'
import { benchBrowser, bundleSize } from './browser-bench'
import { OUT_ENV, ROOT, runDir } from './paths'
import { makeFixture, loadSentences, type Fixture } from './fixture'
import { lexicalRoundTrip } from './lexical-check'
import { benchProof } from './proof-bench'
import {
  benchCli,
  benchDocuments,
  benchExport,
  benchLibraryList,
  benchLibreOffice,
  renderedPages,
  type NodeBenchOptions,
} from './node-bench'
import { benchDocImport } from './doc-import-bench'
import { benchPages } from './pages-bench'
import { BenchResult, formatTable, machineInfo, RESULT_FORMAT, skipped, type Figure } from './result'

const GROUPS = ['export', 'soffice', 'cli', 'documents', 'pages', 'browser', 'bundle', 'proof'] as const
type Group = (typeof GROUPS)[number]

function versionOf(command: string | null): string | null {
  if (!command) return null
  const result = spawnSync(command, ['--version'], { encoding: 'utf8', timeout: 60_000 })
  return result.status === 0 ? (result.stdout.trim().split('\n')[0] ?? null) : null
}

function build(outDir: string, log: (line: string) => void): void {
  log(`build: electron-vite → ${outDir}`)
  const result = spawnSync('npx', ['electron-vite', 'build', '-c', 'tests/bench/electron-vite.config.ts', '--logLevel', 'warn'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, [OUT_ENV]: outDir },
  })
  if (result.status !== 0) throw new Error(`electron-vite build failed:\n${result.stdout}\n${result.stderr}`)
  const cli = spawnSync(process.execPath, ['scripts/build-cli.mjs', '--out', join(outDir, 'cli')], { cwd: ROOT, encoding: 'utf8' })
  if (cli.status !== 0) throw new Error(`CLI build failed:\n${cli.stdout}\n${cli.stderr}`)
}

function checkFixture(fixture: Fixture): void {
  const differing = lexicalRoundTrip(fixture.report)
  if (differing.length > 0) throw new Error(`fixture ${fixture.name}: Lexical rewrites sections ${differing.slice(0, 5).join(', ')}`)
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      json: { type: 'string' },
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      out: { type: 'string' },
      keep: { type: 'boolean', default: false },
      soffice: { type: 'boolean', default: false },
    },
  })
  const started = Date.now()
  const quick = values.quick
  const log = (line: string): void => {
    process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(1)}s] ${line}\n`)
  }
  const only = new Set<Group>((values.only?.split(',') ?? [...GROUPS]).filter((g): g is Group => (GROUPS as readonly string[]).includes(g)))
  const wanted = (group: Group): boolean => only.has(group)
  const scratch = runDir()
  const workDir = join(scratch, 'work')
  mkdirSync(workDir, { recursive: true })
  try {
    return await measure(values, quick, started, workDir, join(scratch, 'out'), wanted, log)
  } finally {
    if (!values.keep) rmSync(scratch, { recursive: true, force: true })
  }
}

async function measure(
  values: { json?: string; out?: string; soffice: boolean },
  quick: boolean,
  started: number,
  workDir: string,
  buildDir: string,
  wanted: (group: Group) => boolean,
  log: (line: string) => void,
): Promise<number> {
  const chromiumPath = chromiumPrereq.path
  const sofficePath = sofficePrereq.path
  const machine = machineInfo(versionOf(chromiumPath), versionOf(sofficePath))

  const sentences = loadSentences()
  const main = makeFixture(quick ? 10 : 100, undefined, sentences)
  const large = makeFixture(quick ? 30 : 300, undefined, sentences)
  checkFixture(main)
  checkFixture(large)
  log(`fixtures: ${main.name} (${main.stats.words} words), ${large.name} (${large.stats.words} words)`)

  const gate = !quick
  const runs = quick ? 3 : 7
  const options: NodeBenchOptions = { runs, gate, workDir, log }
  const figures: Figure[] = []
  const outDir = values.out ? resolve(values.out) : buildDir
  const needsBuild = wanted('cli') || wanted('browser') || wanted('bundle')
  if (needsBuild && !values.out) build(outDir, log)
  if (needsBuild && !existsSync(join(outDir, 'cli/cli.js'))) throw new Error(`no build in ${outDir}`)

  let exportMedian = NaN
  if (wanted('export') || wanted('soffice') || wanted('pages')) {
    const result = await benchExport(main, large, options)
    exportMedian = result.exportMedian
    if (wanted('export')) figures.push(...result.figures)
  }
  if (wanted('soffice')) {
    if (quick && !values.soffice)
      figures.push(skipped('soffice', 'LibreOffice HTML → .docx', 'ms', null, 'skipped in quick mode (pass --soffice)'))
    else {
      figures.push(...benchLibreOffice(main, sofficePath, exportMedian, quick ? 2 : 5, options))
      figures.push(await renderedPages(main, sofficePath, options))
      figures.push(...(await benchDocImport(main, sofficePath, options)))
    }
  }
  if (wanted('pages')) figures.push(...(await benchPages(main, exportMedian, { runs, gate, chromiumPath, log })))
  if (wanted('cli')) figures.push(...benchCli(main, quick ? main : makeFixture(10, undefined, sentences), outDir, quick ? 2 : 5, options))
  if (wanted('documents')) {
    figures.push(...(await benchDocuments(main, quick ? 3 : 9, options)))
    // About 110 kB a report, as the issue measured offices' libraries.
    figures.push(...(await benchLibraryList(makeFixture(3.5, undefined, sentences), quick ? 100 : 1000, quick ? 3 : 7, options)))
  }
  if (wanted('browser')) {
    if (chromiumPath) {
      figures.push(
        ...(await benchBrowser(main, { chromiumPath, outDir, workDir, loads: quick ? 2 : 5, keystrokes: quick ? 41 : 241, gate, log })),
      )
    } else {
      figures.push(skipped('browser', 'browser mode and typing', 'ms', null, `Chromium not found — ${chromiumPrereq.install}`))
    }
  }
  if (wanted('bundle')) figures.push(...bundleSize(outDir, gate))
  if (wanted('proof')) figures.push(...(await benchProof(main, { runs, gate, log })))

  const count = (status: Figure['status']): number => figures.filter((f) => f.status === status).length
  const result = BenchResult.parse({
    format: RESULT_FORMAT,
    mode: quick ? 'quick' : 'full',
    startedAt: new Date(started).toISOString(),
    seconds: (Date.now() - started) / 1000,
    machine: { ...machine, loadAverageEnd: machineInfo(null, null).loadAverage },
    fixtures: [main, large].map((f) => ({ name: f.name, ...f.stats })),
    figures,
    summary: { pass: count('pass'), fail: count('fail'), info: count('info'), skipped: count('skipped') },
  })
  console.log(formatTable(result))
  if (values.json) {
    const file = resolve(values.json)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`)
    log(`wrote ${file}`)
  }
  return result.summary.fail > 0 ? 1 : 0
}

// Exit explicitly: a child process or browser left behind by a failure must not keep the run alive.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error)
    process.exit(1)
  },
)
