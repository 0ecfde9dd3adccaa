import { z } from 'zod'
import { DOCUMENT_FORMAT, SCHEMA_VERSION, type IssuerKind, type Meta, type Period, type Report, type Section } from '../model/schema'
import type { OfficeProfile } from '../model/office'
import { ISSUER_DEFAULTS } from './issuers'
import { DomainError } from '../model/errors'
import { contentFromParagraphs } from '../model/lexical'
import { nameInSentence, nextPeriodText, periodText } from '../format'
import { defaultPlanWord } from '../indicators/defaults'
import { Template, type TemplateSection } from './schema'

export interface InstantiateOptions {
  year: number
  half?: 1 | 2 | undefined
  appVersion: string
  /** Creates ids; injected so tests are deterministic. */
  newId: () => string
  now?: Date | undefined
  /** Issue for another body of the same side (a chi bộ with the Đảng ủy template). */
  issuerKind?: IssuerKind | undefined
  /** Prefill the header from the clerk's office profile. */
  office?: OfficeProfile | undefined
}

// Far deeper than any real template (sections nest a few levels); deeper data would exhaust the stack.
const MAX_TEMPLATE_NESTING = 64

/** How deeply arrays and objects nest in a JSON value, counted without recursion; stops past `limit`. */
function nesting(data: unknown, limit: number): number {
  let deepest = 0
  const stack: [unknown, number][] = [[data, 0]]
  while (stack.length > 0) {
    const [value, depth] = stack.pop() ?? [null, 0]
    if (typeof value !== 'object' || value === null) continue
    deepest = Math.max(deepest, depth + 1)
    if (deepest > limit) return deepest
    for (const child of Object.values(value)) stack.push([child, depth + 1])
  }
  return deepest
}

/** Validate raw template data (from a JSON file) or throw a DomainError naming the template. */
export function parseTemplate(data: unknown, id = '?'): Template {
  if (nesting(data, MAX_TEMPLATE_NESTING) > MAX_TEMPLATE_NESTING) throw new DomainError('invalidTemplate', { id, detail: 'nesting' })
  // Vietnamese messages: the detail is shown to the clerk on the "Mẫu báo cáo" screen.
  const result = Template.safeParse(data, { error: z.locales.vi().localeError })
  if (!result.success) {
    const issue = result.error.issues[0]
    throw new DomainError('invalidTemplate', { id, detail: issue ? `${issue.path.join('.')}: ${issue.message}` : '' })
  }
  return result.data
}

/** The period a template reports on for the chosen year (and half for a mid-year review). */
export function periodFor(template: Template, year: number, half?: 1 | 2): Period {
  return template.reportKind === 'so-ket-6-thang' ? { kind: 'half', year, half: half ?? 1 } : { kind: 'year', year }
}

/**
 * The term of a ward's Party committee a report on `period` falls in, "2020 - 2025" or
 * "2025 - 2030": ward congresses are held every five years (2020, 2025, 2030…), so a report of a
 * congress year's second half or whole year is already in the new term; the first half of a
 * congress year cannot tell (the congress may be before or after the report), and gives null.
 */
export function partyTermText(period: Period): string | null {
  const start = Math.floor(period.year / 5) * 5
  if (period.year === start && period.kind === 'half' && period.half === 1) return null
  return `${start} - ${start + 5}`
}

/**
 * Replace in template text "{nam}", "{namSau}" (the year and the next), "{ky}", "{kyToi}" (the
 * period and the next, "6 tháng đầu năm 2026"), "{nhiemKy}" (the Party committee's term, or the
 * blank "[nhiệm kỳ]" when the period cannot tell) and "{coQuan}" (the issuer's name as it reads
 * in a sentence, "Ủy ban nhân dân phường Hòa Khánh").
 */
export function fillPlaceholders(text: string, period: Period, issuer = ''): string {
  return text
    .replaceAll('{nam}', String(period.year))
    .replaceAll('{namSau}', String(period.year + 1))
    .replaceAll('{ky}', periodText(period))
    .replaceAll('{kyToi}', nextPeriodText(period))
    .replaceAll('{nhiemKy}', partyTermText(period) ?? '[nhiệm kỳ]')
    .replaceAll('{coQuan}', nameInSentence(issuer) || '[tên cơ quan]')
    .normalize('NFC')
}

/** Create a new report from a template: header from the template, sections with fresh ids. */
export function instantiate(template: Template, options: InstantiateOptions): Report {
  const period = periodFor(template, options.year, options.half)
  const meta = headerFor(template, period, (text) => fillPlaceholders(text, period), options)
  const fill = (text: string): string => fillPlaceholders(text, period, meta.issuer)
  const toSection = (s: TemplateSection): Section => ({
    id: options.newId(),
    needsUpdate: false,
    required: s.required ?? false,
    key: s.key,
    title: fill(s.title),
    hint: fill(s.hint ?? ''),
    numbered: s.numbered ?? true,
    content: s.starter && s.starter.length > 0 ? contentFromParagraphs(s.starter.map(fill)) : null,
    children: (s.children ?? []).map(toSection),
  })
  return {
    format: DOCUMENT_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    appVersion: options.appVersion,
    savedAt: (options.now ?? new Date()).toISOString(),
    template: { id: template.id, version: template.version },
    profile: template.profile,
    numbering: template.numbering,
    meta,
    sections: template.sections.map(toSection),
    proofing: { ignored: [] },
    indicators: template.indicators.map((table) => ({
      id: options.newId(),
      key: table.key,
      title: fill(table.title),
      columns: table.columns,
      rows: table.rows.map((row) => {
        const kind = row.kind ?? (row.direction === 'lower' ? 'lower' : 'plan')
        return {
          id: options.newId(),
          key: row.key,
          name: fill(row.name),
          unit: row.unit,
          kind,
          planWord: row.planWord ?? defaultPlanWord(kind, table.columns),
          plan: row.plan,
          actual: null,
          previous: row.previous,
          estimate: row.estimate,
          targetRate: row.targetRate,
          note: '',
        }
      }),
    })),
    // An office that writes counts without a leading zero says so once, for every new report.
    layout: options.office?.leadingZero === false ? { leadingZero: false } : {},
  }
}

/** The header fields: template (or issuer-kind defaults), then the office profile on top. */
function headerFor(template: Template, period: Period, fill: (text: string) => string, options: InstantiateOptions): Meta {
  const kind = options.issuerKind ?? template.issuerKind
  const defaults = ISSUER_DEFAULTS[kind]
  if (defaults.profile !== template.profile) {
    throw new DomainError('invalidTemplate', { id: template.id, detail: kind })
  }
  const own = kind === template.issuerKind
  const base = {
    parent: own ? template.parent : defaults.parent,
    issuer: own ? template.issuer : defaults.issuer,
    symbol: own ? template.symbol : defaults.symbol,
    signer: { ...(own ? template.signer : defaults.signer), name: '' },
    recipients: template.recipients.map(fill),
    archive: own ? template.archive : defaults.archive,
    drafter: '',
    copies: null as number | null,
  }
  const office = options.office?.issuers[kind]
  const pick = (value: string | undefined, fallback: string): string => (value && value.trim() !== '' ? value : fallback)
  return {
    issuerKind: kind,
    parent: office ? office.parent : base.parent,
    issuer: pick(office?.issuer, base.issuer),
    place: options.office?.place ?? '',
    number: '',
    symbol: pick(office?.symbol, base.symbol),
    date: null,
    period,
    reportKind: template.reportKind,
    title: fill(template.title),
    kinhGui: [],
    signer: office?.signer ? { ...office.signer } : base.signer,
    recipients: office && office.recipients.length > 0 ? [...office.recipients] : base.recipients,
    archive: pick(office?.archive, base.archive),
    drafter: pick(office?.drafter, base.drafter),
    copies: office?.copies ?? base.copies,
  }
}
