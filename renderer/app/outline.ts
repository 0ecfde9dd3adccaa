/**
 * The numbered outline of a report, as the export prints it: the numbering style of each depth
 * comes from `report.numbering`, unnumbered sections (an opening paragraph) take no number and do
 * not count among their siblings, and titles of "Phần" and Roman-numbered headings are upper case.
 * Each entry also has the label a final copy prints, which leaves out sections without text and
 * renumbers the rest (core/docx/printed-content.ts).
 */
import type { NumberingStyle, ProfileId, Report, Section } from '../../core/model/schema'
import { headingLabel, upperVi } from '../../core/format'
import { printedSections } from '../../core/docx/printed-content'

export interface OutlineEntry {
  id: string
  depth: number
  /** Numbering style of this heading; null for an unnumbered section. */
  style: NumberingStyle | null
  /** "Phần I", "I.", "1.", "a)"; empty for an unnumbered section. */
  label: string
  /**
   * The label a final copy prints, once the sections without text are left out and the rest
   * renumbered; null when a final copy leaves this section out.
   */
  printedLabel: string | null
  /** The title as printed (upper case for "Phần" and Roman-numbered headings). */
  title: string
  /** Label and title on one line, e.g. "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH". */
  name: string
  hint: string
  children: OutlineEntry[]
}

type OutlineSource = Pick<Report, 'sections' | 'numbering' | 'profile'>

/** The style of a depth; deeper levels than the report defines reuse its last style. */
export function styleAt(numbering: readonly NumberingStyle[], depth: number): NumberingStyle {
  return numbering[Math.min(depth, numbering.length - 1)] ?? 'arabic'
}

/** "Phần I" has no punctuation of its own, so a full stop joins it to the title on one line. */
export function headingName(label: string, title: string, style: NumberingStyle | null): string {
  if (label === '') return title
  return style === 'phan' ? `${label}. ${title}` : `${label} ${title}`
}

export function printedTitle(title: string, style: NumberingStyle | null): string {
  return style === 'phan' || style === 'roman' ? upperVi(title) : title.normalize('NFC')
}

function entries(
  sections: readonly Section[],
  depth: number,
  numbering: readonly NumberingStyle[],
  profile: ProfileId,
  printed: ReadonlyMap<string, string>,
): OutlineEntry[] {
  let index = 0
  return sections.map((section) => {
    const style = section.numbered ? styleAt(numbering, depth) : null
    const label = style === null ? '' : headingLabel(style, ++index, profile)
    const title = printedTitle(section.title, style)
    return {
      id: section.id,
      depth,
      style,
      label,
      printedLabel: printed.get(section.id) ?? null,
      title,
      name: headingName(label, title, style),
      hint: section.hint,
      children: entries(section.children, depth + 1, numbering, profile, printed),
    }
  })
}

/** The labels of the sections a final copy prints, numbered as printed. */
function printedLabels(report: OutlineSource): Map<string, string> {
  const printed = entries(printedSections(report.sections), 0, report.numbering, report.profile, new Map())
  return new Map(flattenOutline(printed).map((entry) => [entry.id, entry.label]))
}

/** The outline tree of a report, with the labels as printed in a final copy beside those on screen. */
export function buildOutline(report: OutlineSource): OutlineEntry[] {
  return entries(report.sections, 0, report.numbering, report.profile, printedLabels(report))
}

/** The outline in reading order (each heading before its children). */
export function flattenOutline(tree: readonly OutlineEntry[]): OutlineEntry[] {
  return tree.flatMap((entry) => [entry, ...flattenOutline(entry.children)])
}
