/** `soan-bao-cao new <template-id> --year <YYYY> [--half 1|2] [--issuer <kind>] -o <file.baocao>`. */
import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { IssuerKind } from '../../core/model/schema'
import { instantiate } from '../../core/templates'
import { writeReport } from '../services/documents/report-files'
import { TemplateService } from '../services/templates'
import { APP_VERSION } from '../services/version'
import { officeProfile, t } from './io'
import { UsageError, type Command } from './usage'

export const newReport: Command = async ({ args, options, io }) => {
  const [templateId] = args
  if (!templateId) throw new UsageError(t('cli.needTemplate'))
  const year = Number(options.year)
  if (!options.year || !Number.isInteger(year) || year < 2000 || year > 2100)
    throw new UsageError(t('cli.badYear', { year: options.year ?? '' }))
  const half = options.half === undefined ? undefined : Number(options.half)
  if (half !== undefined && half !== 1 && half !== 2) throw new UsageError(t('cli.badHalf', { half: options.half ?? '' }))
  if (!options.output) throw new UsageError(t('cli.needOutput'))
  const output = resolve(options.output)
  if (existsSync(output) && !options.force) throw new UsageError(t('cli.exists', { path: output }))
  const issuer = options.issuer === undefined ? undefined : IssuerKind.safeParse(options.issuer)
  if (issuer && !issuer.success)
    throw new UsageError(t('cli.badIssuer', { issuer: options.issuer ?? '', kinds: IssuerKind.options.join(', ') }))
  const template = await new TemplateService(join(options.dataDir, 'templates')).find(templateId)
  const report = instantiate(template, {
    year,
    half,
    issuerKind: issuer?.data,
    office: await officeProfile(options.dataDir, io),
    appVersion: APP_VERSION,
    newId: () => randomUUID(),
  })
  await writeReport(output, report)
  io.out(t('cli.created', { path: output }))
  return 0
}
