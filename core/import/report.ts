/**
 * A Word report (as {@link SourceDocument}) → a report of the app: header fields, section tree
 * with Lexical content, signature and "Nơi nhận", indicator tables from the appendices.
 */
import { tCore } from '../i18n'
import { DomainError } from '../model/errors'
import type { OfficeProfile } from '../model/office'
import { Report, type Meta } from '../model/schema'
import { instantiate, ISSUER_DEFAULTS, type Template } from '../templates'
import { readAppendices } from './appendix'
import type { Conversion } from './legacy-encoding'
import { recogniseHeader, type RecognisedHeader } from './header'
import { toContent } from './lexical'
import { buildOutline, numberingOf, type SectionDraft } from './outline'
import { kindAndPeriod } from './period'
import { LostCounter, type LostItem, type SourceBlock, type SourceDocument, type SourceInline } from './source'
import { recogniseTail, type RecognisedTail } from './tail'
import { chooseTemplate, matchIndicators, matchTemplate, toSections } from './template-match'
import { cleanSpaces, paragraphText } from './text'

/** What an import needs besides the file. */
export interface ImportOptions {
  /** Templates to tie the report to (built-in and the user's). */
  templates: readonly Template[]
  fileName: string
  appVersion: string
  newId: () => string
  now?: Date | undefined
  /** Fills what the file does not say (signer, recipients) from the office profile. */
  office?: OfficeProfile | undefined
}

/** The imported report and what could not be kept. */
export interface ImportResult {
  report: Report
  /** What could not be kept, for the clerk. */
  lost: LostItem[]
  /** Runs converted from a legacy encoding to Unicode, by encoding. */
  conversions: Conversion[]
}

const END_MARK = /\s*\.\s*\/\s*\.\s*$/u

/**
 * The body without the state end mark "./." after its last paragraph; the sentence keeps its
 * full stop, which the export shares with the mark ("… năm 2026./.").
 */
function withoutEndMark(blocks: readonly SourceBlock[]): SourceBlock[] {
  const out = blocks.slice()
  for (let i = out.length - 1; i >= 0; i--) {
    const block = out[i]
    if (!block || block.kind === 'table') return out
    const text = paragraphText(block)
    if (cleanSpaces(text) === '') continue
    const match = END_MARK.exec(text)
    if (!match) return out
    let cut = match[0].length
    const inlines = block.inlines.slice()
    while (cut > 0 && inlines.length > 0) {
      const last = inlines[inlines.length - 1] as SourceInline
      const length = last.kind === 'text' ? last.text.length : 1
      if (length <= cut || last.kind !== 'text') {
        inlines.pop()
        cut -= length
      } else {
        inlines[inlines.length - 1] = { ...last, text: last.text.slice(0, length - cut) }
        cut = 0
      }
    }
    const kept = { ...block, inlines }
    if (cleanSpaces(paragraphText(kept)) === '') out.splice(i, 1)
    else {
      const at = inlines.findLastIndex((x) => x.kind === 'text' && x.text.trim() !== '')
      const target = inlines[at]
      if (target?.kind === 'text' && !/[.!?]$/u.test(target.text.trimEnd())) inlines[at] = { ...target, text: `${target.text.trimEnd()}.` }
      out[i] = kept
    }
    return out
  }
  return out
}

function metaFor(base: Meta, header: RecognisedHeader, tail: RecognisedTail): Meta {
  const pick = (value: string, fallback: string): string => (value.trim() !== '' ? value : fallback)
  const meta: Meta = { ...base, kinhGui: header.kinhGui, title: header.title }
  if (header.issuer !== '') {
    meta.issuer = header.issuer
    meta.parent = header.parent
  }
  meta.number = header.number
  meta.symbol = pick(header.symbol, base.symbol)
  meta.place = pick(header.place, base.place)
  meta.date = header.date
  if (tail.signer) {
    const s = tail.signer
    // A head's title is printed only after KT./TL./TUQ.; otherwise the template's stays for later.
    // The name is the file's: today's office profile may name someone else.
    meta.signer = {
      authority: s.authority,
      body: pick(s.body, s.authority === 'TM' ? base.signer.body : ''),
      headTitle: pick(s.headTitle, base.signer.headTitle),
      title: pick(s.title, base.signer.title),
      name: s.name,
    }
  }
  const recipients = header.kinhGui.length > 0 ? tail.recipients.filter((r) => !/^như trên$/iu.test(r)) : tail.recipients
  if (recipients.length > 0 || tail.archive !== '') {
    meta.recipients = recipients
    meta.archive = tail.archive
  }
  // The drafter and the copies are the file's, or none: today's office profile says who drafts
  // today's reports, not who drafted this one.
  meta.drafter = tail.drafter
  meta.copies = tail.copies
  return meta
}

function appendixDraft(blocks: SourceBlock[]): SectionDraft {
  return { title: tCore('import.appendix'), kind: '', numbered: false, blocks, children: [] }
}

/** Build a report from a Word file read into blocks. */
export function importReport(source: SourceDocument, options: ImportOptions): ImportResult {
  const now = options.now ?? new Date()
  const lost = new LostCounter()
  lost.addAll(source.lost)
  const blocks = source.blocks
  const header = recogniseHeader(blocks)
  if (!header.found) lost.add('headerMissing')
  const tail = recogniseTail(blocks, header.bodyStart)
  const appendices = readAppendices(blocks.slice(tail.appendixStart))

  const fileBase = options.fileName.replace(/\.[^.]*$/u, '')
  const { reportKind, period } = kindAndPeriod([header.title, fileBase], header.dateYear ?? now.getFullYear())
  const profile = header.profile ?? 'state'
  const template = chooseTemplate(options.templates, profile, reportKind, header.issuerKind)
  if (!template) throw new DomainError('unknownTemplate', { id: `${profile}/${reportKind}` })
  const issuerKind = header.issuerKind && ISSUER_DEFAULTS[header.issuerKind].profile === template.profile ? header.issuerKind : undefined
  const base = instantiate(template, {
    year: period.year,
    half: period.kind === 'half' ? period.half : undefined,
    issuerKind,
    office: options.office,
    appVersion: options.appVersion,
    newId: options.newId,
    now,
  })

  const drafts = buildOutline(withoutEndMark(blocks.slice(header.bodyStart, tail.bodyEnd)), tCore('import.opening'))
  const only = drafts[0]
  // A file without headings is one section, tied to no template section.
  const whole = drafts.length === 1 && only !== undefined && !only.numbered
  if (whole) only.title = tCore('import.whole')
  if (appendices.other.length > 0) drafts.push(appendixDraft(appendices.other))
  const keyed = matchTemplate(drafts, whole ? null : template, period)
  const sections = toSections(keyed, options.newId, (draft) => toContent(draft.blocks, lost))
  const indicators = appendices.tables.length > 0 ? matchIndicators(appendices.tables, template, period, options.newId) : base.indicators

  const report = Report.parse({
    ...base,
    profile: template.profile,
    numbering: numberingOf(drafts),
    meta: { ...metaFor(base.meta, header, tail), period, reportKind },
    sections,
    indicators,
    layout: {},
  })
  return { report, lost: lost.list(), conversions: source.conversions ?? [] }
}
