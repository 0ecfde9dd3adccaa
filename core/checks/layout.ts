/**
 * Checks on how the report will be printed: layout choices outside the legal ranges of the
 * profile (core/layout), and section content the exporter cannot print node by node.
 */
import type { Report, Section } from '../model/schema'
import { layoutIssues, profileFor, type LayoutIssue } from '../layout'
import { unknownNodeTypes } from '../docx/blocks'
import { formatNumber } from '../format/numbers'
import type { Problem } from './problem'

function unit(report: Report, field: LayoutIssue['field']): 'pt' | 'mm' | 'lines' {
  if (field === 'bodySize') return 'pt'
  if (field === 'lineSpacing') return profileFor(report.profile).body.lineSpacing.mode === 'exact' ? 'pt' : 'lines'
  return 'mm'
}

/**
 * A body size, line spacing or margin outside the range of the profile is an error, draft or
 * not: the exporter would print the default instead, which the clerk did not choose.
 */
export function checkLayout(report: Report): Problem[] {
  return layoutIssues(report.profile, report.layout).map((issue) => ({
    code: 'layoutOutOfRange',
    severity: 'error',
    target: `meta.layout.${issue.field}`,
    params: {
      layoutField: issue.field,
      value: formatNumber(issue.value),
      min: formatNumber(issue.range[0]),
      max: formatNumber(issue.range[1]),
      unit: unit(report, issue.field),
    },
  }))
}

/** Content holding node types the exporter does not know (pasted from elsewhere): a warning per section. */
export function checkUnknownContent(sections: readonly Section[]): Problem[] {
  const out: Problem[] = []
  const visit = (section: Section): void => {
    const types = unknownNodeTypes(section.content)
    if (types.length > 0) {
      out.push({
        code: 'unknownContent',
        severity: 'warning',
        target: section.id,
        params: { title: section.title.trim(), types: types.join(', ') },
      })
    }
    section.children.forEach(visit)
  }
  sections.forEach(visit)
  return out
}
