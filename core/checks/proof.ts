/**
 * Proofreading findings as pre-export notes: always warnings, never blocking. Reads the header
 * fields, the section titles and texts and the indicator names, in the order the page reads.
 */
import type { Problem } from './problem'
import type { OfficeProofing } from '../model/office'
import type { Report, Section } from '../model/schema'
import { contentText } from '../nodes/plain-text'
import { proofread, type ProofUnit } from '../proof'

/** Header fields the proofreader reads, in page order, with their targets. */
const HEADER: readonly { target: string; text: (r: Report) => string }[] = [
  { target: 'meta.title', text: (r) => r.meta.title },
  { target: 'meta.kinhGui', text: (r) => r.meta.kinhGui.join('\n') },
]

/** Section texts by content object: the editor asks again after every save, mostly for unchanged sections. */
const texts = new WeakMap<object, string>()

function sectionText(section: Section): string {
  if (section.content === null) return ''
  let text = texts.get(section.content)
  if (text === undefined) {
    text = contentText(section.content)
    texts.set(section.content, text)
  }
  return text
}

/** The report's text as units: header fields, each section (title then text), indicator names. */
export function proofUnits(report: Report): ProofUnit[] {
  const units: ProofUnit[] = HEADER.map((h) => ({ target: h.target, text: h.text(report) }))
  const visit = (section: Section): void => {
    units.push({ target: `${section.id}#title`, text: section.title })
    units.push({ target: section.id, text: sectionText(section) })
    section.children.forEach(visit)
  }
  report.sections.forEach(visit)
  for (const table of report.indicators) {
    units.push({ target: `indicators.${table.id}`, text: [table.title, ...table.rows.map((r) => r.name)].join('\n') })
  }
  return units
}

/** Proofreading notes of a report: none when the office turned the proofreader off. */
export function proofProblems(report: Report, settings: OfficeProofing | undefined): Problem[] {
  if (settings?.enabled === false) return []
  const findings = proofread(
    proofUnits(report),
    { accentStyle: settings?.accentStyle, words: settings?.words, abbreviations: settings?.abbreviations },
    report.proofing.ignored,
  )
  // A section title's finding jumps to the section itself.
  return findings.map((f): Problem => ({
    code: f.code,
    severity: 'warning',
    params: { ...f.params, variant: f.variant },
    target: f.target.replace(/#title$/u, ''),
    text: f.text,
  }))
}
