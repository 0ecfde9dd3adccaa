/**
 * The "cần cập nhật" mark of sections carried over from an earlier report: it goes away as soon
 * as the clerk edits the section.
 */
import type { Section } from '../../core/model/schema'
import { getEditor } from '../editor/registry'
import { useAppStore } from './store'

/** The tree with the mark of `id` cleared (only the path to it copied); null when it has none. */
export function withoutNeedsUpdate(sections: readonly Section[], id: string): Section[] | null {
  for (let i = 0; i < sections.length; i++) {
    const section = sections[i]
    if (!section) continue
    if (section.id === id) {
      if (!section.needsUpdate) return null
      const copy = sections.slice()
      copy[i] = { ...section, needsUpdate: false }
      return copy
    }
    const children = withoutNeedsUpdate(section.children, id)
    if (children) {
      const copy = sections.slice()
      copy[i] = { ...section, children }
      return copy
    }
  }
  return null
}

/**
 * Clear the mark of a section the clerk has just edited; nothing happens when it has none. Only
 * an edit made in the focused editor counts: Lexical also reports the normalising updates it
 * makes to carried-over content when an editor mounts. True when the mark was cleared.
 */
export function clearNeedsUpdate(sectionId: string): boolean {
  const state = useAppStore.getState()
  const sections = state.doc?.report.sections
  const next = sections ? withoutNeedsUpdate(sections, sectionId) : null
  if (!next) return false
  const root = getEditor(sectionId)?.getRootElement()
  if (!root || !root.contains(document.activeElement)) return false
  state.setSections(next)
  return true
}
