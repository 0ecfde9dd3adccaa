/**
 * Measurements in Node: the export in-process against the `docx` floor, scaling to 300 pages,
 * LibreOffice converting the same report, the CLI as a whole process, opening and autosaving.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { renderDocx } from '../../core/docx'
import { runChecks } from '../../core/checks'
import { serializeReport } from '../../core/model/migrate'
import { DocumentService } from '../../electron/services/documents'
import { floorDocx } from './floor'
import { reportHtmlDocument } from './html'
import type { Fixture } from './fixture'
import { atLeast, atMost, below, figure, single, skipped, type Figure } from './result'
import { collectGarbage, cpus, spread, timeOnce, timeRuns, walls, type Timing } from './stats'

export interface NodeBenchOptions {
  /** Repetitions of the in-process measurements. */
  runs: number
  /** Targets apply (full mode); in quick mode figures are reported but never fail. */
  gate: boolean
  workDir: string
  log: (line: string) => void
}

const cpuNote = (times: readonly Timing[]): string => `CPU ${spread(cpus(times)).median.toFixed(0)} ms (median)`

/** Our export (checks + Word file, as `export.docx` does) and the floor, alternated so that drift hits both. */
async function exportAndFloor(report: Fixture['report'], runs: number): Promise<{ ours: Timing[]; render: number[]; floor: Timing[] }> {
  const ours: Timing[] = []
  const render: number[] = []
  const floor: Timing[] = []
  const exportOnce = async (): Promise<void> => {
    runChecks(report, { draft: false })
    const started = performance.now()
    await renderDocx(report)
    render.push(performance.now() - started)
  }
  for (let i = 0; i < 2; i++) {
    await exportOnce()
    await floorDocx(report)
  }
  render.length = 0
  for (let i = 0; i < runs; i++) {
    collectGarbage()
    ours.push(await timeOnce(exportOnce))
    collectGarbage()
    floor.push(await timeOnce(() => floorDocx(report)))
  }
  return { ours, render, floor }
}

export async function benchExport(
  main: Fixture,
  large: Fixture | null,
  o: NodeBenchOptions,
): Promise<{ figures: Figure[]; exportMedian: number }> {
  o.log(`export: ${main.name} × ${o.runs} (with the docx floor alternated)`)
  const { ours, render, floor } = await exportAndFloor(main.report, o.runs)
  const exported = spread(walls(ours))
  const floorSpread = spread(walls(floor))
  const cpuRatio = spread(cpus(ours)).median / spread(cpus(floor)).median
  const figures: Figure[] = [
    figure(
      `export.${main.name}`,
      `export .docx in-process, ${main.name} (checks + render)`,
      'ms',
      exported,
      atMost(150, 'ms'),
      cpuNote(ours),
      o.gate,
    ),
    figure(`export.render.${main.name}`, `  of which renderDocx, ${main.name}`, 'ms', spread(render), null),
    figure(`export.floor.${main.name}`, `docx library floor, ${main.name} (plain paragraphs)`, 'ms', floorSpread, null, cpuNote(floor)),
    single(
      'export.vsFloor',
      'export ÷ docx floor (medians)',
      '×',
      exported.median / floorSpread.median,
      atMost(1.2, '×'),
      `CPU-time ratio ${cpuRatio.toFixed(2)}×`,
      o.gate,
    ),
  ]
  if (large) {
    const runs = Math.max(3, Math.ceil(o.runs / 2))
    o.log(`export: ${large.name} × ${runs}`)
    const times = await timeRuns(runs, 1, async () => {
      runChecks(large.report, { draft: false })
      await renderDocx(large.report)
    })
    const big = spread(walls(times))
    figures.push(figure(`export.${large.name}`, `export .docx in-process, ${large.name}`, 'ms', big, null, cpuNote(times)))
    const pagesRatio = large.stats.pages / main.stats.pages
    const cpuScaling = spread(cpus(times)).median / spread(cpus(ours)).median
    figures.push(
      single(
        'export.scaling',
        `scaling: ${large.name} ÷ ${main.name} (medians)`,
        '×',
        big.median / exported.median,
        atMost(Math.round(pagesRatio * 1.1 * 100) / 100, '×'),
        `${pagesRatio}× the pages; CPU-time ratio ${cpuScaling.toFixed(2)}×`,
        o.gate,
      ),
    )
  }
  return { figures, exportMedian: exported.median }
}

/** LibreOffice converting the same report, as HTML, to .docx: the whole process with a warm profile. */
export function benchLibreOffice(main: Fixture, soffice: string | null, exportMedian: number, runs: number, o: NodeBenchOptions): Figure[] {
  const label = `LibreOffice HTML → .docx, ${main.name} (whole process)`
  const ratioLabel = 'LibreOffice ÷ our export (medians)'
  const target = atLeast(8, '×')
  if (!soffice)
    return [
      skipped('soffice', label, 'ms', null, 'LibreOffice not found (apt-get install libreoffice-writer-nogui)'),
      skipped('soffice.ratio', ratioLabel, '×', target, 'LibreOffice not found'),
    ]
  const dir = join(o.workDir, 'soffice')
  const profile = join(dir, 'profile')
  mkdirSync(dir, { recursive: true })
  const html = join(dir, `${main.name}.html`)
  writeFileSync(html, reportHtmlDocument(main.report))
  const convert = (): number => {
    const started = performance.now()
    const result = spawnSync(
      soffice,
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'docx:MS Word 2007 XML',
        '--outdir',
        join(dir, 'out'),
        html,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    )
    const elapsed = performance.now() - started
    if (result.status !== 0) throw new Error(`soffice failed (${result.status}): ${result.stderr}`)
    return elapsed
  }
  o.log(`LibreOffice: warm-up, then ${main.name} × ${runs}`)
  convert()
  const times = Array.from({ length: runs }, convert)
  const s = spread(times)
  return [
    figure('soffice', label, 'ms', s, null, 'profile created by a first, unmeasured run'),
    single('soffice.ratio', ratioLabel, '×', s.median / exportMedian, target, '', o.gate),
  ]
}

function runProcess(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): { wall: number; stdout: string } {
  const started = performance.now()
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 120_000, env })
  const wall = performance.now() - started
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr}${result.stdout}`)
  return { wall, stdout: result.stdout }
}

function timeProcess(command: string, args: string[], runs: number, env?: NodeJS.ProcessEnv): number[] {
  return Array.from({ length: runs }, () => runProcess(command, args, env).wall)
}

/** An environment whose user cache folder (where the CLI keeps its code cache) is `dir`. */
function cacheEnv(dir: string): NodeJS.ProcessEnv {
  return { ...process.env, XDG_CACHE_HOME: dir, LOCALAPPDATA: dir, NODE_DISABLE_COMPILE_CACHE: '' }
}

/** The export's own time (checks, Word file, write) that `soan-bao-cao export` prints: "(29404 byte, 287 ms)". */
function reportedExportMs(stdout: string): number {
  const match = /\(\d+ byte, (\d+) ms\)/u.exec(stdout)
  if (!match?.[1]) throw new Error(`no export time in: ${stdout}`)
  return Number(match[1])
}

/**
 * The CLI as a whole process (`node out/cli/cli.js export …`). On the small report, each run is
 * paired with `node -e "require('docx')"`: the floor of a run is that process plus the export's
 * own time as the same run reports it, so the CLI's start (Node, its bundle, reading and
 * validating the file) is measured against Node loading docx alone.
 *
 * The CLI keeps a code cache in the user's cache folder (electron/cli/code-cache.ts), made by its
 * first run: here a folder of the bench's own, made by an unmeasured first run. The first run of a
 * command, before there is a cache, is measured apart, each time with an empty folder.
 */
export function benchCli(main: Fixture, small: Fixture, outDir: string, runs: number, o: NodeBenchOptions): Figure[] {
  const dir = join(o.workDir, 'cli')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const env = cacheEnv(join(dir, 'cache'))
  const cli = join(outDir, 'cli/cli.js')
  const exportArgs = (fixture: Fixture): string[] => {
    const file = join(dir, `${fixture.name}.baocao`)
    writeFileSync(file, serializeReport(fixture.report))
    return ['export', file, '-o', join(dir, `${fixture.name}.docx`), '--draft']
  }
  const smallArgs = [cli, ...exportArgs(small)]
  o.log(
    `CLI: node cli.js export ${small.name} × ${runs * 2} (paired with require('docx'))${main === small ? '' : `, ${main.name} × ${runs}`}`,
  )
  const firstRuns = Array.from({ length: runs }, (_, i) => runProcess(process.execPath, smallArgs, cacheEnv(join(dir, `first-${i}`))).wall)
  runProcess(process.execPath, smallArgs, env)
  const whole: number[] = []
  const floor: number[] = []
  const ratio: number[] = []
  for (let i = 0; i < runs * 2; i++) {
    const run = runProcess(process.execPath, smallArgs, env)
    const docx = runProcess(process.execPath, ['-e', "require('docx')"]).wall
    whole.push(run.wall)
    floor.push(docx + reportedExportMs(run.stdout))
    ratio.push(run.wall / (docx + reportedExportMs(run.stdout)))
  }
  const startup = spread(timeProcess(process.execPath, [cli, '--version'], runs, env))
  const large: Figure[] = []
  if (main !== small) {
    const mainArgs = [cli, ...exportArgs(main)]
    runProcess(process.execPath, mainArgs, env)
    const exported = spread(timeProcess(process.execPath, mainArgs, runs, env))
    large.push(figure(`cli.export.${main.name}`, `CLI export as a process, ${main.name}`, 'ms', exported, atMost(600, 'ms'), '', o.gate))
  }
  return [
    figure(`cli.export.${small.name}`, `CLI export as a process, ${small.name}`, 'ms', spread(whole), below(300, 'ms'), '', o.gate),
    figure(
      `cli.floor.${small.name}`,
      `  floor: node -e "require('docx')" + the export's own time`,
      'ms',
      spread(floor),
      null,
      'per run: the docx process, plus the checks, Word file and write as the CLI run reports them',
    ),
    figure(`cli.ratio.${small.name}`, '  CLI ÷ floor, run by run', '×', spread(ratio), atMost(1, '×'), '', o.gate),
    figure(
      `cli.first.${small.name}`,
      `  the first run, before the code cache`,
      'ms',
      spread(firstRuns),
      null,
      'each run with an empty cache folder: it compiles the bundle and writes the cache as it ends',
    ),
    figure('cli.startup', '  node + bundle start (cli.js --version)', 'ms', startup, null),
    ...large,
  ]
}

/** Open (read + migrate + validate) and autosave (serialize + atomic write) through DocumentService. */
export async function benchDocuments(main: Fixture, runs: number, o: NodeBenchOptions): Promise<Figure[]> {
  const library = join(o.workDir, 'library')
  rmSync(library, { recursive: true, force: true })
  mkdirSync(library, { recursive: true })
  const path = join(library, `${main.name}.baocao`)
  writeFileSync(path, serializeReport(main.report))
  const dataDir = join(o.workDir, 'data')
  rmSync(dataDir, { recursive: true, force: true })
  const service = new DocumentService({ libraryDir: library, dataDir, trashDir: join(dataDir, 'trash'), appVersion: '0.1.0' })
  o.log(`open + autosave: ${main.name} × ${runs}`)
  let id = ''
  const open = await timeRuns(runs, 2, async () => {
    if (id !== '') await service.close(id)
    id = (await service.openPath(path)).id
  })
  await service.close(id)
  const opened = await service.openPath(path)
  const { report } = opened
  id = opened.id
  // The first save of a session also takes a backup; the warm-up covers it.
  const save = await timeRuns(runs, 2, () => service.save(id, { report: report }))
  await service.close(id)
  return [
    figure(
      `open.${main.name}`,
      `open: read + migrate + validate, ${main.name}`,
      'ms',
      spread(walls(open)),
      below(150, 'ms'),
      cpuNote(open),
      o.gate,
    ),
    figure(
      `autosave.${main.name}`,
      `autosave: serialize + atomic write, ${main.name}`,
      'ms',
      spread(walls(save)),
      below(50, 'ms'),
      `${cpuNote(save)}; DocumentService.save (change check, serialize, durable atomic write); the renderer's side is in the browser figures`,
      o.gate,
    ),
  ]
}

/**
 * `documents.list` of a library of `count` reports of about 110 kB: the first listing reads every
 * report (and writes the index), the next ones read only the index and each file's size and
 * modification time; after one report changed, only that one is read again.
 */
export async function benchLibraryList(report: Fixture, count: number, runs: number, o: NodeBenchOptions): Promise<Figure[]> {
  const library = join(o.workDir, 'library-list')
  const dataDir = join(o.workDir, 'library-list-data')
  rmSync(library, { recursive: true, force: true })
  rmSync(dataDir, { recursive: true, force: true })
  mkdirSync(library, { recursive: true })
  const text = serializeReport(report.report)
  for (let i = 0; i < count; i++) writeFileSync(join(library, `Báo cáo ${i + 1}.baocao`), text)
  const service = new DocumentService({ libraryDir: library, dataDir, trashDir: join(dataDir, 'trash'), appVersion: '0.1.0' })
  o.log(`documents.list: ${count} reports of ${Math.round(text.length / 1024)} kB, first listing then × ${runs}`)
  collectGarbage()
  const first = await timeOnce(() => service.list())
  const warm = await timeRuns(runs, 1, () => service.list())
  // A fresh service (the app started again) reads the index from the data folder.
  const restarted = await timeOnce(() =>
    new DocumentService({ libraryDir: library, dataDir, trashDir: join(dataDir, 'trash'), appVersion: '0.1.0' }).list(),
  )
  writeFileSync(join(library, 'Báo cáo 1.baocao'), `${text}\n`)
  const oneChanged = await timeOnce(() => service.list())
  const label = `documents.list, ${count} reports of ${Math.round(text.length / 1024)} kB`
  return [
    figure(
      `list.${count}`,
      label,
      'ms',
      spread(walls(warm)),
      below(200, 'ms'),
      `${cpuNote(warm)}; unchanged files come from the index (size + modification time); first listing, every file read: ${first.wall.toFixed(0)} ms; after a restart: ${restarted.wall.toFixed(0)} ms; with one file changed: ${oneChanged.wall.toFixed(0)} ms`,
      o.gate,
    ),
    single(`list.${count}.first`, `  the first listing (no index yet: every report read)`, 'ms', first.wall, null),
  ]
}

/** How many A4 pages LibreOffice lays our export of the fixture out on (a check of the fixture's size). */
export async function renderedPages(main: Fixture, soffice: string | null, o: NodeBenchOptions): Promise<Figure> {
  const label = `pages of the ${main.name} export as LibreOffice prints it`
  if (!soffice) return skipped(`pages.${main.name}`, label, 'count', null, 'LibreOffice not found')
  const dir = join(o.workDir, 'pages')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const docx = join(dir, `${main.name}.docx`)
  writeFileSync(docx, await renderDocx(main.report))
  o.log(`LibreOffice: ${main.name} export → PDF, to count its pages`)
  const result = spawnSync(
    soffice,
    [
      `-env:UserInstallation=file://${join(o.workDir, 'soffice/profile')}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      docx,
    ],
    { encoding: 'utf8', timeout: 300_000 },
  )
  if (result.status !== 0) return skipped(`pages.${main.name}`, label, 'count', null, `soffice failed: ${result.stderr.trim()}`)
  const pdf = readFileSync(join(dir, `${main.name}.pdf`), 'latin1')
  const pages = pdf.match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0
  return single(
    `pages.${main.name}`,
    label,
    'count',
    pages,
    null,
    `${main.stats.words} words, ${Math.round(main.stats.words / Math.max(1, pages))} words a page with the tables, lists, header, signature and appendix`,
  )
}
