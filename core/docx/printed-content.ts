/**
 * What a final copy leaves out: sections with no text and none of their children with text (their
 * headings too, so that "4. Bài học kinh nghiệm" never stands bare before Phần II), indicator rows
 * without a figure, and indicator tables without any row with a figure. The numbering of what is
 * left follows from the printed tree, so it is renumbered as printed. A draft prints everything.
 *
 * Every output that prints a report (the Word file, the page layout of the preview and the PDF)
 * starts from {@link printedReport}, so that they all leave out the same parts; the outline on
 * screen and the export dialog show what is left out from {@link leftOut}.
 */
import { hasFigures } from '../indicators'
import { sectionHasText } from '../nodes/plain-text'
import type { IndicatorTable, Report, Section } from '../model/schema'

/** A section a final copy leaves out, with the title the clerk knows it by. */
export interface LeftOutSection {
  id: string
  title: string
}

/** What a final copy leaves out; every list is empty for a draft. */
export interface LeftOut {
  sections: LeftOutSection[]
  /** Indicator tables without any row with a figure. */
  tables: { id: string; title: string }[]
  /** Rows without a figure, in tables that are printed. */
  rows: { tableId: string; rowId: string; name: string }[]
}

export interface PrintedReport {
  /** The report as it prints: the parts left out are gone. */
  report: Report
  leftOut: LeftOut
}

/** The sections a final copy prints: those with text, or with a section under them that has some. */
export function printedSections(sections: readonly Section[], dropped: LeftOutSection[] = []): Section[] {
  const out: Section[] = []
  for (const section of sections) {
    if (!sectionHasText(section)) {
      dropped.push({ id: section.id, title: section.title })
      continue
    }
    out.push({ ...section, children: printedSections(section.children, dropped) })
  }
  return out
}

function keptTables(tables: readonly IndicatorTable[], leftOut: LeftOut): IndicatorTable[] {
  const out: IndicatorTable[] = []
  for (const table of tables) {
    const rows = table.rows.filter(hasFigures)
    if (rows.length === 0) {
      leftOut.tables.push({ id: table.id, title: table.title })
      continue
    }
    for (const row of table.rows) if (!rows.includes(row)) leftOut.rows.push({ tableId: table.id, rowId: row.id, name: row.name })
    out.push({ ...table, rows })
  }
  return out
}

/** The report as a final copy (or a draft, unchanged) prints it, and what it leaves out. */
export function printedReport(report: Report, options: { draft: boolean }): PrintedReport {
  const leftOut: LeftOut = { sections: [], tables: [], rows: [] }
  if (options.draft) return { report, leftOut }
  const sections = printedSections(report.sections, leftOut.sections)
  const indicators = report.layout.indicatorsPlacement === 'none' ? report.indicators : keptTables(report.indicators, leftOut)
  return { report: { ...report, sections, indicators }, leftOut }
}

/** What a final copy of `report` leaves out. */
export function leftOut(report: Report): LeftOut {
  return printedReport(report, { draft: false }).leftOut
}

/** True when a final copy leaves nothing out. */
export function leavesNothingOut(out: LeftOut): boolean {
  return out.sections.length === 0 && out.tables.length === 0 && out.rows.length === 0
}
