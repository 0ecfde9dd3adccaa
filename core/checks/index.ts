/**
 * Pre-export checks: what is missing or left unfilled before a report can be issued.
 *
 * A draft export only warns; a final export is blocked by any problem of severity `'error'`.
 * Problems come in the order the page reads: header, body sections, signature, Nơi nhận.
 */
import type { Meta, Report, Section } from '../model/schema'
import { contentText } from '../nodes/plain-text'
import { formatDateShort, isIsoDate } from '../format/dates'
import { profileFor } from '../layout/profiles'
import { findPlaceholder } from './placeholders'
import { dateInFuture, dateOutsidePeriod, findRateMismatches, titleCaseWrong } from './consistency'
import { checkLayout, checkUnknownContent } from './layout'
import { proofProblems } from './proof'
import type { OfficeProofing } from '../model/office'
import type { MessageParams } from '../i18n/params'
import type { CheckCode, Problem, Severity } from './problem'
import { figureIssues } from '../indicators'

/** Meta fields scanned for blanks, in page order; the key names the field label and the target. */
type FieldKey =
  | 'parent'
  | 'issuer'
  | 'number'
  | 'symbol'
  | 'place'
  | 'title'
  | 'kinhGui'
  | 'signer.body'
  | 'signer.headTitle'
  | 'signer.title'
  | 'signer.name'
  | 'recipients'
  | 'archive'
  | 'drafter'

const HEADER_FIELDS: readonly FieldKey[] = ['parent', 'issuer', 'number', 'symbol', 'place', 'title', 'kinhGui']
const FOOTER_FIELDS: readonly FieldKey[] = [
  'signer.body',
  'signer.headTitle',
  'signer.title',
  'signer.name',
  'recipients',
  'archive',
  'drafter',
]

function fieldText(meta: Meta, key: FieldKey): string {
  switch (key) {
    case 'kinhGui':
      return meta.kinhGui.join('\n')
    case 'recipients':
      return meta.recipients.join('\n')
    case 'signer.body':
      return meta.signer.body
    case 'signer.headTitle':
      return meta.signer.headTitle
    case 'signer.title':
      return meta.signer.title
    case 'signer.name':
      return meta.signer.name
    default:
      return meta[key]
  }
}

const isBlank = (text: string): boolean => text.trim() === ''

function problem(code: CheckCode, severity: Severity, target: string, params: MessageParams = {}, variant?: string): Problem {
  return { code, severity, target, params: variant === undefined ? params : { ...params, variant } }
}

function checkHeader(report: Report): Problem[] {
  const { meta } = report
  const out: Problem[] = []
  if (isBlank(meta.issuer)) out.push(problem('missingIssuer', 'error', 'meta.issuer'))
  // The văn thư fills the number and the date when registering the signed copy: a note, never a
  // blocker; the copy prints room to write them by hand.
  if (isBlank(meta.number)) out.push(problem('missingNumber', 'warning', 'meta.number'))
  // The number field holds the số thứ tự alone, in Arabic digits; the symbol is printed after it,
  // so "15/BC-UBND" typed whole would print "Số: 15/BC-UBND/BC-UBND". A blank left in it ("…") is
  // the placeholder check's.
  else if (!/^\d+$/u.test(meta.number.trim()) && findPlaceholder(meta.number, 'field') === null)
    out.push(problem('invalidNumber', 'error', 'meta.number', { number: meta.number.trim(), symbol: meta.symbol.trim() }))
  if (isBlank(meta.place)) out.push(problem('missingPlace', 'error', 'meta.place'))
  if (meta.date === null) {
    out.push(problem('missingDate', 'warning', 'meta.date'))
  } else if (!isIsoDate(meta.date)) {
    // Saved as typed ("31/02/2026", "02/12/20233"); the field shows the same text.
    out.push(problem('invalidDate', 'error', 'meta.date', { date: meta.date }))
  }
  if (isBlank(meta.title)) out.push(problem('missingTitle', 'error', 'meta.title'))
  else if (titleCaseWrong(meta, report.profile)) out.push(problem('titleCase', 'warning', 'meta.title', {}, report.profile))
  return out
}

/** A date the checks can read: in the future, or outside the period's usual window, is worth a second look. */
function checkDate(report: Report, today: Date): Problem[] {
  const { date, period } = report.meta
  if (date === null) return []
  try {
    if (dateInFuture(date, today)) return [problem('futureDate', 'warning', 'meta.date', { date: formatDateShort(date) })]
    if (dateOutsidePeriod(date, period))
      return [
        problem('periodMismatch', 'warning', 'meta.date', {
          date: formatDateShort(date),
          year: period.year,
          half: period.kind === 'half' ? period.half : 0,
        }),
      ]
  } catch {
    // An impossible date is reported by checkHeader.
  }
  return []
}

function checkSignature(report: Report, soft: Severity): Problem[] {
  const { signer } = report.meta
  // The mark as the side prints it, for a message the clerk can match against the page.
  const mark = profileFor(report.profile).signature.marks[signer.authority]
  const out: Problem[] = []
  if (report.profile === 'party' && signer.authority === 'TUQ') {
    // HD36 knows T/M, K/T, T/L and Q. only; the schema shares one set of marks with ND30.
    out.push(problem('authorityMismatch', 'error', 'meta.signer.authority', {}, 'tuqParty'))
  } else if (signer.authority === 'TM' && isBlank(signer.body)) {
    out.push(problem('authorityMismatch', 'error', 'meta.signer.body', { mark }, 'noBody'))
  } else if ((signer.authority === 'KT' || signer.authority === 'TL' || signer.authority === 'TUQ') && isBlank(signer.headTitle)) {
    out.push(problem('authorityMismatch', 'error', 'meta.signer.headTitle', { mark }, 'noHeadTitle'))
  }
  if (isBlank(signer.title)) out.push(problem('missingSignerTitle', soft, 'meta.signer.title'))
  if (isBlank(signer.name)) out.push(problem('missingSignerName', soft, 'meta.signer.name'))
  return out
}

function checkRecipients(meta: Meta): Problem[] {
  const out: Problem[] = []
  if (!meta.recipients.some((r) => !isBlank(r)) && isBlank(meta.archive))
    out.push(problem('missingRecipients', 'warning', 'meta.recipients'))
  const { copies } = meta
  if (copies !== null && (typeof copies === 'string' || !Number.isInteger(copies) || copies < 0))
    out.push(problem('invalidCopies', 'error', 'meta.copies', { value: String(copies) }))
  return out
}

/**
 * Figures of the indicator grid that cannot be right: text that is not a number yet or a negative
 * figure (errors), a count above the total it is a share of (an error), a plan or same-period
 * figure of 0 next to a result (a warning: no rate can be computed). The grid shows "—" for the
 * rates of such a row, and a final copy is never printed with one of the errors.
 */
function checkFigures(report: Report): Problem[] {
  const out: Problem[] = []
  for (const table of report.indicators) {
    table.rows.forEach((row, index) => {
      const rowParams = { name: row.name.trim(), row: index + 1 }
      const target = (column: string): string => `indicators.${table.id}.${row.id}.${column}`
      for (const issue of figureIssues(row)) {
        switch (issue.issue) {
          case 'notNumber':
          case 'negative': {
            const code = issue.issue === 'notNumber' ? 'invalidFigure' : 'negativeFigure'
            const params = { ...rowParams, figureColumn: issue.column, value: String(issue.value) }
            out.push(problem(code, 'error', target(issue.column), params))
            break
          }
          case 'aboveTotal':
            out.push(
              problem('countAboveTotal', 'error', target('actual'), {
                ...rowParams,
                count: String(issue.count),
                total: String(issue.total),
              }),
            )
            break
          case 'zeroBase':
            out.push(problem('zeroBase', 'warning', target(issue.column), { ...rowParams, figureColumn: issue.column }))
            break
        }
      }
    })
  }
  return out
}

function checkFieldPlaceholders(meta: Meta, keys: readonly FieldKey[], soft: Severity): Problem[] {
  const out: Problem[] = []
  for (const key of keys) {
    const hit = findPlaceholder(fieldText(meta, key), 'field')
    if (hit) out.push(problem('placeholder', soft, `meta.${key}`, { field: key, excerpt: hit.excerpt }, 'field'))
  }
  return out
}

function checkSections(sections: readonly Section[], soft: Severity): Problem[] {
  const out: Problem[] = []
  const visit = (section: Section): void => {
    const title = section.title.trim()
    const text = contentText(section.content)
    const hit = findPlaceholder(section.title, 'field') ?? findPlaceholder(text, 'prose')
    if (hit) out.push(problem('placeholder', soft, section.id, { title, excerpt: hit.excerpt }))
    // A parent's own text is optional: its children carry the content.
    if (section.children.length === 0 && isBlank(text)) {
      if (section.required) out.push(problem('emptyRequiredSection', soft, section.id, { title }))
      else out.push(problem('emptySection', 'warning', section.id, { title }))
    }
    for (const mismatch of findRateMismatches(text)) out.push(problem('rateMismatch', 'warning', section.id, { title, ...mismatch }))
    section.children.forEach(visit)
  }
  sections.forEach(visit)
  return out
}

/**
 * Check a report before export.
 *
 * A missing number or date is a note either way: the văn thư fills them in on the signed copy,
 * which prints room for them. Missing signer name and signer title are errors for a final export
 * but only warnings for a draft, which is normally printed before they are known; leftover blanks
 * ("số …/NQ-HĐND", "XX") follow the same rule. A missing issuer, place or title, a date that does
 * not exist, a signature authority that cannot be printed, and a body size, line spacing or
 * margin outside the legal range of the profile are errors either way. Content the exporter does
 * not know node by node (pasted from elsewhere) is a warning. An empty
 * section the template marks as required blocks a final export; other empty sections, a missing
 * Nơi nhận, a rate that contradicts its own count, a date in the future or outside the period,
 * and a trích yếu starting with the wrong case are warnings.
 *
 * Proofreading notes (codes `proof.*`, see core/proof) follow, as warnings; `proofing` is the
 * office's proofreader settings (defaults when absent; none when turned off, or `false`: the
 * export, which does not wait for notes that never block).
 *
 * Each problem's `target` is a section id or a meta path such as `meta.number` or
 * `meta.signer.name`, for the editor to jump to.
 */
export function runChecks(report: Report, options: { draft: boolean; today?: Date; proofing?: OfficeProofing | false }): Problem[] {
  const soft: Severity = options.draft ? 'warning' : 'error'
  return [
    ...checkHeader(report),
    ...checkDate(report, options.today ?? new Date()),
    ...checkFieldPlaceholders(report.meta, HEADER_FIELDS, soft),
    ...checkSections(report.sections, soft),
    ...checkUnknownContent(report.sections),
    ...checkSignature(report, soft),
    ...checkRecipients(report.meta),
    ...checkFieldPlaceholders(report.meta, FOOTER_FIELDS, soft),
    ...checkFigures(report),
    ...checkLayout(report),
    ...(options.proofing === false ? [] : proofProblems(report, options.proofing)),
  ]
}
