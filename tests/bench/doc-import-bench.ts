/**
 * Importing a Word 97–2003 file: the bench report written as .doc by LibreOffice (from the same
 * HTML as the LibreOffice measurement), then read and recognised in-process as "Mở từ Word…"
 * does (OLE container, piece table, properties, legacy-encoding check, section tree).
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { importReport } from '../../core/import/report'
import { readWordFile } from '../../electron/services/word-file'
import { builtinTemplates } from '../../electron/services/templates'
import type { Fixture } from './fixture'
import { reportHtmlDocument } from './html'
import type { NodeBenchOptions } from './node-bench'
import { figure, single, skipped, type Figure } from './result'
import { cpus, spread, timeRuns, walls } from './stats'

export async function benchDocImport(main: Fixture, soffice: string | null, o: NodeBenchOptions): Promise<Figure[]> {
  const label = `import .doc (Word 97–2003), ${main.name}`
  if (!soffice) return [skipped('import.doc', label, 'ms', null, 'LibreOffice not found (it writes the .doc)')]
  const dir = join(o.workDir, 'doc-import')
  mkdirSync(dir, { recursive: true })
  const html = join(dir, `${main.name}.html`)
  writeFileSync(html, reportHtmlDocument(main.report))
  o.log(`import .doc: LibreOffice writes ${main.name}.doc`)
  const result = spawnSync(
    soffice,
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'doc:MS Word 97',
      '--outdir',
      dir,
      html,
    ],
    { encoding: 'utf8', timeout: 240_000 },
  )
  if (result.status !== 0) throw new Error(`soffice failed (${result.status}): ${result.stderr}`)
  const bytes = new Uint8Array(readFileSync(join(dir, `${main.name}.doc`)))
  const templates = builtinTemplates()
  let sections = 0
  const importOnce = async (): Promise<void> => {
    const source = await readWordFile(bytes, `${main.name}.doc`)
    const { report } = importReport(source, {
      templates,
      fileName: `${main.name}.doc`,
      appVersion: '0.0.0',
      newId: () => 'id',
      now: new Date(),
    })
    sections = report.sections.length
  }
  o.log(`import .doc: ${main.name} × ${o.runs}`)
  const times = await timeRuns(o.runs, 1, importOnce)
  return [
    figure(
      'import.doc',
      label,
      'ms',
      spread(walls(times)),
      null,
      `CPU ${spread(cpus(times)).median.toFixed(0)} ms (median); ${sections} top-level sections`,
    ),
    single('import.doc.size', `  .doc file size, ${main.name}`, 'kB', bytes.byteLength / 1024, null),
  ]
}
