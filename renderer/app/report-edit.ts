/**
 * Pure edits of a report held in memory. Each returns a new report and leaves the input as it
 * was, copying only the path to what changed, so React sees what changed and what did not.
 */
import type { IndicatorTable, Meta, Report, Section, SerializedContent } from '../../core/model/schema'

function replaceContent(sections: readonly Section[], id: string, content: SerializedContent): Section[] | null {
  for (let i = 0; i < sections.length; i++) {
    const section = sections[i]
    if (!section) continue
    if (section.id === id) {
      const copy = sections.slice()
      copy[i] = { ...section, content }
      return copy
    }
    const children = replaceContent(section.children, id, content)
    if (children) {
      const copy = sections.slice()
      copy[i] = { ...section, children }
      return copy
    }
  }
  return null
}

/** The report with one section's content replaced; the same report when no section has `id`. */
export function withSectionContent(report: Report, id: string, content: SerializedContent): Report {
  const sections = replaceContent(report.sections, id, content)
  return sections ? { ...report, sections } : report
}

/** The report with a new section tree. */
export function withSections(report: Report, sections: Section[]): Report {
  return { ...report, sections }
}

/** The report with new indicator tables. */
export function withIndicators(report: Report, indicators: IndicatorTable[]): Report {
  return { ...report, indicators }
}

/** The report with its meta changed by `change`, which returns the fields to replace. */
export function withMeta(report: Report, change: (meta: Meta) => Partial<Meta>): Report {
  return { ...report, meta: { ...report.meta, ...change(report.meta) } }
}

/** The section with `id`, searched depth first. */
export function findSection(sections: readonly Section[], id: string): Section | undefined {
  for (const section of sections) {
    if (section.id === id) return section
    const found = findSection(section.children, id)
    if (found) return found
  }
  return undefined
}

/** Every section of the tree in reading order (each before its children). */
export function sectionsInOrder(sections: readonly Section[]): Section[] {
  return sections.flatMap((section) => [section, ...sectionsInOrder(section.children)])
}

/**
 * The report with every string in NFC, as the file format requires. Some input methods type
 * decomposed tone marks; JSON escapes are ASCII, so normalising the serialized text is safe.
 */
export function normalizeReport(report: Report): Report {
  const text = JSON.stringify(report)
  const normalized = text.normalize('NFC')
  return normalized === text ? report : (JSON.parse(normalized) as Report)
}

/** Lines of a multi-line text field: trimmed, blank lines dropped. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
}
