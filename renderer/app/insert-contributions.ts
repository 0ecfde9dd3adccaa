/** "Chèn nội dung từ tệp…" on the editor's side: the merge itself, with one "Hoàn tác". */
import { mergeContributions, type Placement } from '../../core/import/merge'
import { emptyContent } from '../../core/model/lexical'
import { i18n } from '../i18n'
import { collectEditors, replaceSectionContent } from './actions'
import { useAppStore } from './store'

/**
 * Put contributions into sections of the open report: appended after what each section holds,
 * with one "Hoàn tác" that gives every touched section back its previous content.
 */
export function insertContributions(placements: readonly Placement[]): number {
  collectEditors()
  const doc = useAppStore.getState().doc
  if (!doc || useAppStore.getState().readOnly || placements.length === 0) return 0
  const changes = mergeContributions(doc.report.sections, placements)
  for (const change of changes) replaceSectionContent(change.sectionId, change.after)
  if (changes.length === 0) return 0
  const previous = changes.map((c) => ({ id: c.sectionId, before: c.before }))
  useAppStore.getState().pushToast('success', i18n.t('import.inserted', { count: changes.length }), {
    label: i18n.t('import.undo'),
    run: () => {
      collectEditors()
      for (const { id, before } of previous) replaceSectionContent(id, before ?? emptyContent())
      useAppStore.getState().pushToast('info', i18n.t('import.undone'))
    },
  })
  return changes.length
}
