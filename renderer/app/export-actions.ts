/**
 * "Kiểm tra" and "Xuất Word": the pre-export checks, the dialog before a final copy, the file
 * written (Electron) or downloaded (browser mode) and the notice that says where it went. The PDF
 * export (renderer/preview/preview-actions.ts) goes through the same checks and notice.
 */
import type { ExportSaved } from '../../core/contract'
import type { Problem } from '../../core/checks/problem'
import type { Report } from '../../core/model/schema'
import { leavesNothingOut, leftOut } from '../../core/docx/printed-content'
import { client } from '../api'
import { i18n } from '../i18n'
import { toastError } from './call-or-toast'
import { currentReport, withOpenReport } from './autosave-actions'
import { download, fileNameOf } from './download'
import { useAppStore } from './store'
import { useExportDone, type Exported } from './export-done'

const store = useAppStore.getState

/** "Kiểm tra": run the pre-export checks and show them in the side panel. */
export async function runChecks(show = true): Promise<Problem[] | null> {
  if (!store().doc) return null
  if (show) store().setSidebarTab('problems')
  store().setChecks({ running: true, problems: store().checks.problems })
  const result = await withOpenReport((write) => client.call('checks.run', { ...write, draft: false }))
  if (!result) return null
  if (!result.ok) {
    store().setChecks({ running: false, problems: store().checks.problems })
    toastError(result.error)
    return null
  }
  store().setChecks({ running: false, problems: result.value })
  return result.value
}

/**
 * Say that an export was written, with buttons to open it (components/ExportDone.tsx), and what
 * is left to fix for a final copy, as the checks panel then shows it. The problems a draft carries
 * are the draft's (what blocks a final copy is only a note there): the panel and the message show
 * the final copy's, which the checks give again.
 */
export async function reportExported(file: Exported['file'], fileName: string, problems: Problem[]): Promise<void> {
  const left = problems.length > 0 ? ((await runChecks(false)) ?? problems) : []
  const errors = left.filter((p) => p.severity === 'error').length
  const warnings = left.length - errors
  const text =
    errors > 0
      ? i18n.t('export.doneWithProblems', { fileName, summary: i18n.t('checkPanel.summary', { errors, warnings }) })
      : warnings > 0
        ? i18n.t('export.doneWithWarnings', { fileName, count: warnings })
        : i18n.t('export.done', { fileName })
  useExportDone.getState().show({ text, fileName, file })
}

async function writeExport(draft: boolean): Promise<void> {
  if (client.mode === 'electron') {
    const result = await withOpenReport((write) => client.call('export.save', { ...write, draft }))
    if (!result) return
    if (!result.ok) return toastError(result.error)
    return exportWritten(result.value)
  }
  const result = await withOpenReport((write) => client.call('export.build', { ...write, draft }))
  if (!result) return
  if (!result.ok) return toastError(result.error)
  const blob = download(result.value.fileName, result.value.base64)
  await reportExported({ blob }, result.value.fileName, result.value.problems)
}

/**
 * Before a final copy (Word or PDF): the checks run; errors open a dialog offering a draft
 * instead; otherwise, when the copy leaves something out or the checks have notes (a number and
 * a date left for the văn thư…), a dialog says so before anything is written. True when the copy
 * can be written now.
 */
export async function readyForFinal(report: Report, format: 'docx' | 'pdf'): Promise<boolean> {
  const problems = await checkFinal()
  if (!problems) return false
  if (problems.some((p) => p.severity === 'error')) {
    store().setDialog({ kind: 'export-blocked', problems, format })
    return false
  }
  const out = leftOut(report)
  if (!leavesNothingOut(out) || problems.length > 0) {
    store().setDialog({ kind: 'export-final', problems, leftOut: out, format })
    return false
  }
  return true
}

/**
 * The checks of a final copy of the open report, shown in the side panel; null (and a toast) when
 * they could not run. The export that follows, with nothing changed meanwhile, does not run them again.
 */
export async function checkFinal(): Promise<Problem[] | null> {
  const checks = await withOpenReport((write) => client.call('checks.run', { ...write, draft: false }))
  if (!checks) return null
  if (!checks.ok) {
    toastError(checks.error)
    return null
  }
  store().setChecks({ running: false, problems: checks.value })
  return checks.value
}

/**
 * "Xuất Word". A final export first goes through {@link readyForFinal} (unless the clerk has just
 * confirmed it there); a draft export skips straight to writing the file.
 */
export async function exportWord(draft = false, confirmed = false): Promise<void> {
  const report = currentReport()
  if (!report || store().exporting) return
  store().setExporting(true)
  try {
    if (!draft && !confirmed && !(await readyForFinal(report, 'docx'))) return
    await writeExport(draft)
  } finally {
    store().setExporting(false)
  }
}

/** Where an export (Word or PDF) went in Electron: saved, cancelled, or not written because another program holds the file open. */
export function exportWritten(value: ExportSaved): void {
  if (value.held) store().setDialog({ kind: 'export-held', retryId: value.held.retryId, name: value.held.name })
  else if (value.saved && value.path !== undefined) void reportExported({ path: value.path }, fileNameOf(value.path), value.problems)
}

/** "Thử lại" (the same file, once the clerk closed it in Word) or "Lưu với tên khác…" ("… (2).docx"). */
export async function retryHeldExport(retryId: string, otherName: boolean): Promise<void> {
  store().setDialog({ kind: 'none' })
  const result = await client.call('export.retry', { retryId, otherName })
  if (!result.ok) return toastError(result.error)
  exportWritten(result.value)
}
