/** `soan-bao-cao import <file.docx|file.doc> -o <file.baocao> [--force]`: a Word report (old encodings converted) into a report of the app. */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { MAX_IMPORT_BYTES } from '../../core/limits'
import { DomainError } from '../../core/model/errors'
import type { Section } from '../../core/model/schema'
import { writeReport } from '../services/documents/report-files'
import { docxToReport } from '../services/import'
import { TemplateService } from '../services/templates'
import { APP_VERSION } from '../services/version'
import { officeProfile, t } from './io'
import { UsageError, type Command } from './usage'

function countSections(sections: readonly Section[]): number {
  return sections.reduce((n, s) => n + 1 + countSections(s.children), 0)
}

export const importDocx: Command = async ({ args, options, io }) => {
  const [file] = args
  if (!file) throw new UsageError(t('cli.needDocx'))
  if (!options.output) throw new UsageError(t('cli.needOutput'))
  const output = resolve(options.output)
  if (existsSync(output) && !options.force) throw new UsageError(t('cli.exists', { path: output }))
  let bytes: Uint8Array
  try {
    bytes = await readFile(file)
  } catch {
    throw new DomainError('notFound', { name: file })
  }
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw new DomainError('importTooLarge', { name: file, limit: MAX_IMPORT_BYTES / (1024 * 1024) })
  const started = performance.now()
  const settings = {
    templates: (await new TemplateService(join(options.dataDir, 'templates')).list()).templates.map((entry) => entry.template),
    appVersion: APP_VERSION,
    office: await officeProfile(options.dataDir, io),
  }
  const { report, lost, conversions } = await docxToReport(settings, file, bytes)
  await writeReport(output, report)
  for (const c of conversions) io.out(t('import.converted', { encoding: t(`import.encodings.${c.encoding}`), count: c.runs }))
  if (lost.length > 0) io.out(t('cli.importLost'))
  for (const item of lost) io.out(`- ${t(`import.lost.${item.kind}`, { count: item.count })}`)
  io.out(t('cli.importDone', { path: output, sections: countSections(report.sections), ms: Math.round(performance.now() - started) }))
  return 0
}
