/**
 * `soan-bao-cao check <file.baocao> [--draft] [--json]`: the pre-export checks with the office's
 * proofreading notes; exit 1 while blocking problems remain.
 */
import { runChecks } from '../../core/checks'
import { hasBlockingProblems } from '../../core/checks/problem'
import { problemText } from '../../core/i18n/words'
import { loadReport, officeProfile, printProblems, t } from './io'
import { UsageError, type Command } from './usage'

export const check: Command = async ({ args, options, io }) => {
  const [file] = args
  if (!file) throw new UsageError(t('cli.needFile'))
  const proofing = (await officeProfile(options.dataDir, io)).proofing
  const problems = runChecks(await loadReport(file), { draft: options.draft, proofing })
  const blocking = hasBlockingProblems(problems)
  if (options.json) {
    const listed = problems.map((p) => ({ code: p.code, severity: p.severity, message: problemText(p, t), target: p.target, text: p.text }))
    io.out(JSON.stringify({ problems: listed }, null, 2))
    return blocking ? 1 : 0
  }
  printProblems(io, problems)
  io.out(blocking ? t('cli.checkFailed', { count: problems.filter((p) => p.severity === 'error').length }) : t('cli.checkPassed'))
  return blocking ? 1 : 0
}
