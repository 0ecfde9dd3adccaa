/** What the CLI commands share: messages in Vietnamese, printed problems, reading a report file. */
import { readFile } from 'node:fs/promises'
import type { Problem } from '../../core/checks/problem'
import { problemText } from '../../core/i18n/words'
import { coreTranslate } from '../../core/i18n'
import { DomainError } from '../../core/model/errors'
import { parseReport } from '../../core/model/migrate'
import type { OfficeProfile } from '../../core/model/office'
import type { Report } from '../../core/model/schema'
import type { CliIo } from './usage'

/** The CLI's messages are Vietnamese. */
export const t = coreTranslate('vi')

export function printProblems(io: CliIo, problems: readonly Problem[]): void {
  for (const p of problems) io.out(`${p.severity === 'error' ? t('cli.error') : t('cli.warning')}: ${problemText(p, t)}`)
}

/** A report file, read and validated; a missing or unreadable one is a DomainError. */
export async function loadReport(path: string): Promise<Report> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    throw new DomainError('notFound', { name: path })
  }
  return parseReport(text)
}

/** The office profile from the settings, for `new` and `import` (conf is loaded only then); a damaged settings file is said. */
export async function officeProfile(dataDir: string, io: CliIo): Promise<OfficeProfile> {
  const { createConfSettings } = await import('../services/settings')
  const { settings, notice } = createConfSettings(dataDir)
  if (notice) io.err(t(`notices.${notice.code}`, { file: notice.file }))
  return settings.get().office
}
