/**
 * What changed in a report since the backend last received it: the content of some sections,
 * and possibly the header, the indicators or the layout choices. Typing in one section of a
 * 100-page report then sends kilobytes, not the whole report, at every journal write and save.
 * A change of the section tree itself is sent as a whole report instead.
 */
import { z } from 'zod'
import { IndicatorTable, LayoutChoices, Meta, SerializedContent, type Report, type Section } from './schema'
import { DomainError } from './errors'

export const ReportPatch = z.object({
  /** New content of sections, by section id. */
  sections: z.record(z.string(), SerializedContent.nullable()),
  meta: Meta.optional(),
  indicators: z.array(IndicatorTable).optional(),
  layout: LayoutChoices.optional(),
})
export type ReportPatch = z.infer<typeof ReportPatch>

/** True when the patch changes nothing. */
export function isEmptyPatch(patch: ReportPatch): boolean {
  return (
    Object.keys(patch.sections).length === 0 && patch.meta === undefined && patch.indicators === undefined && patch.layout === undefined
  )
}

/**
 * The report with the patch applied; `base` is left as it was.
 *
 * @throws DomainError('needFull') when a patched section is not in the base: the two sides
 *   disagree on the tree, and the sender must send the whole report.
 */
export function applyPatch(base: Report, patch: ReportPatch): Report {
  const pending = new Map(Object.entries(patch.sections))
  // Only the paths to patched sections are copied; everything else stays the same object.
  const visit = (list: Section[]): Section[] => {
    let changed = false
    const next = list.map((section) => {
      const children = pending.size > 0 && section.children.length > 0 ? visit(section.children) : section.children
      if (!pending.has(section.id)) {
        if (children === section.children) return section
        changed = true
        return { ...section, children }
      }
      const content = pending.get(section.id) ?? null
      pending.delete(section.id)
      changed = true
      return { ...section, content, children }
    })
    return changed ? next : list
  }
  const sections = pending.size === 0 ? base.sections : visit(base.sections)
  if (pending.size > 0) throw new DomainError('needFull')
  return {
    ...base,
    sections,
    meta: patch.meta ?? base.meta,
    indicators: patch.indicators ?? base.indicators,
    layout: patch.layout ?? base.layout,
  }
}
