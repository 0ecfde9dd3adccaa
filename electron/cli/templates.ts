/** `soan-bao-cao templates`: the template ids, built-in and from the user's templates folder. */
import { join } from 'node:path'
import { errorText } from '../../core/i18n/words'
import { TemplateService } from '../services/templates'
import { t } from './io'
import { type Command } from './usage'

export const templates: Command = async ({ options, io }) => {
  const { templates: list, invalid } = await new TemplateService(join(options.dataDir, 'templates')).list()
  for (const { template } of list) io.out(`${template.id}\t${template.name}`)
  for (const bad of invalid) io.err(t('cli.invalidTemplate', { file: bad.file, message: errorText(bad.error, t) }))
  return 0
}
