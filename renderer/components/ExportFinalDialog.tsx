/**
 * Before a final copy is written: what it leaves out (sections without text with their headings,
 * indicator tables and rows without figures — a draft keeps them all) and the notes of the checks,
 * first among them a number and a date left for the văn thư, which the copy prints as blanks.
 */
import { useTranslation } from 'react-i18next'
import type { Problem } from '../../core/checks/problem'
import type { LeftOut } from '../../core/docx/printed-content'
import { closeDialog, confirmFinalExport, exportDraftFromDialog } from '../app/menu-actions'
import { buildOutline, flattenOutline } from '../app/outline'
import { useAppStore } from '../app/store'
import { Modal } from './Modal'
import { ProblemList } from './ProblemList'
import { jumpToTarget } from './Dialogs'

export function ExportFinalDialog({ problems, leftOut }: { problems: Problem[]; leftOut: LeftOut }): React.JSX.Element {
  const { t } = useTranslation()
  const report = useAppStore((s) => s.doc?.report)
  const names = new Map(report ? flattenOutline(buildOutline(report)).map((e) => [e.id, e.name || t('editor.unnumbered')]) : [])
  const tables = new Map((report?.indicators ?? []).map((table) => [table.id, table.title]))
  const rowsByTable = new Map<string, string[]>()
  for (const row of leftOut.rows)
    rowsByTable.set(row.tableId, [...(rowsByTable.get(row.tableId) ?? []), row.name.trim() || t('exportFinal.unnamedRow')])
  const nothing = leftOut.sections.length === 0 && leftOut.tables.length === 0 && leftOut.rows.length === 0
  return (
    <Modal
      title={t('exportFinal.title')}
      onClose={closeDialog}
      wide
      footer={
        <>
          <button type="button" className="btn" onClick={closeDialog}>
            {t('common.cancel')}
          </button>
          <button type="button" className="btn" onClick={() => void exportDraftFromDialog()}>
            {t('exportDialog.draft')}
          </button>
          <button type="button" className="btn btn-primary" onClick={() => void confirmFinalExport()}>
            {t('exportFinal.confirm')}
          </button>
        </>
      }
    >
      <section aria-labelledby="export-left-out">
        <h3 id="export-left-out">{t('exportFinal.leftOutTitle')}</h3>
        {nothing ? (
          <p>{t('exportFinal.nothingLeftOut')}</p>
        ) : (
          <>
            <p className="muted">{t('exportFinal.leftOutIntro')}</p>
            <ul className="left-out-list">
              {leftOut.sections.map((s) => (
                <li key={s.id}>{t('exportFinal.section', { name: names.get(s.id) ?? s.title })}</li>
              ))}
              {leftOut.tables.map((table) => (
                <li key={table.id}>{t('exportFinal.table', { title: table.title.trim() || t('exportFinal.untitledTable') })}</li>
              ))}
              {[...rowsByTable].map(([tableId, rows]) => (
                <li key={tableId}>
                  {t('exportFinal.rows', { count: rows.length, rows: rows.join('; '), title: tables.get(tableId) ?? '' })}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      {problems.length > 0 && (
        <section>
          <h3>{t('exportFinal.notes')}</h3>
          <ProblemList
            problems={problems}
            onSelect={(target) => {
              closeDialog()
              jumpToTarget(target)
            }}
          />
        </section>
      )}
    </Modal>
  )
}
