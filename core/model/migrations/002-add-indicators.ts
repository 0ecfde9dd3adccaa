/**
 * v1 → v2 (app 0.2.0): reports gain indicator tables, per-report layout choices and the
 * "cần cập nhật" and "required" marks on sections.
 *
 * A v1 report had no indicators; it gets an empty list rather than the template's standard
 * rows, because a migration must not depend on templates that may have changed since. The
 * clerk adds the standard rows from the indicators panel.
 */
import type { Migration } from './index'

type Json = Record<string, unknown>

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function markSections(sections: unknown): unknown {
  if (!Array.isArray(sections)) return sections
  return sections.map((section: unknown) =>
    isRecord(section) ? { ...section, needsUpdate: false, required: false, children: markSections(section.children) } : section,
  )
}

export const addIndicators: Migration = {
  from: 1,
  up: (data) => ({
    ...data,
    sections: markSections(data.sections),
    indicators: Array.isArray(data.indicators) ? data.indicators : [],
    layout: isRecord(data.layout) ? data.layout : {},
  }),
}
