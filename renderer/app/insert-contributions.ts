/** "Chèn nội dung từ tệp…" on the editor's side: the merge itself, as one step of the undo history. */
import { mergeContributions, type Placement } from '../../core/import/merge'
import { i18n } from '../i18n'
import { collectEditors } from './autosave-actions'
import { changeAsOne, replaceSectionContent, undoStep } from './report-history'
import { useAppStore } from './store'

/**
 * Put contributions into sections of the open report: appended after what each section holds,
 * as one step of the undo history (the toast's "Hoàn tác", or Ctrl+Z).
 */
export function insertContributions(placements: readonly Placement[]): number {
  collectEditors()
  const doc = useAppStore.getState().doc
  if (!doc || useAppStore.getState().readOnly || placements.length === 0) return 0
  const changes = mergeContributions(doc.report.sections, placements)
  const label = { key: 'history.insertFile' }
  const step = changeAsOne(label, () => {
    for (const change of changes) replaceSectionContent(change.sectionId, change.after, label)
  })
  if (changes.length === 0) return 0
  useAppStore.getState().pushToast('success', i18n.t('import.inserted', { count: changes.length }), {
    label: i18n.t('import.undo'),
    run: () => {
      undoStep(step)
      useAppStore.getState().pushToast('info', i18n.t('import.undone'))
    },
  })
  return changes.length
}
