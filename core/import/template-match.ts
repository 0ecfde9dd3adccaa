/**
 * Tie an imported report to a template: pick the template of its side, kind and issuer, and
 * give each imported section the key, hint and "required" mark of the template section with the
 * same (normalised) title — so that carry-over and merging, which go by key, work on reports that
 * started life in Word. Titles printed in capitals get back their template spelling, or a
 * sentence case when no template section matches.
 */
import type { IndicatorRow, IndicatorTable, IssuerKind, Period, ProfileId, ReportKind, Section } from '../model/schema'
import { fillPlaceholders, type Template, type TemplateSection } from '../templates'
import type { ParsedIndicatorTable } from './appendix'
import type { SectionDraft } from './outline'
import { upperVi } from '../format/text'
import { defaultPlanWord } from '../indicators/defaults'
import { cleanSpaces, isUpperText, normalizeTitle, sentenceCase, titleSimilarity, titleWords, wordSimilarity } from './text'

const FUZZY = 0.6

/** The same words, whatever the letter case and spacing. */
function sameText(a: string, b: string): boolean {
  return upperVi(cleanSpaces(a)) === upperVi(cleanSpaces(b))
}

/** The template for a recognised report: same side and kind, the issuer's own first. */
export function chooseTemplate(
  templates: readonly Template[],
  profile: ProfileId,
  kind: ReportKind,
  issuer: IssuerKind | null,
): Template | null {
  const candidates = templates.filter((t) => t.profile === profile && t.reportKind === kind)
  return (
    candidates.find((t) => t.issuerKind === issuer) ?? candidates[0] ?? templates.find((t) => t.profile === profile) ?? templates[0] ?? null
  )
}

interface Slot {
  section: TemplateSection
  title: string
  /** The title normalised, and its words, computed once. */
  norm: string
  words: string[]
  hint: string
  used: boolean
  children: Slot[]
}

function slots(sections: readonly TemplateSection[], period: Period): Slot[] {
  return sections.map((s) => {
    const title = fillPlaceholders(s.title, period)
    return {
      section: s,
      title,
      norm: normalizeTitle(title),
      words: titleWords(title),
      hint: fillPlaceholders(s.hint ?? '', period),
      used: false,
      children: slots(s.children ?? [], period),
    }
  })
}

function flatten(list: readonly Slot[]): Slot[] {
  return list.flatMap((s) => [s, ...flatten(s.children)])
}

function best(draft: SectionDraft, candidates: readonly Slot[]): { slot: Slot } | null {
  const free = candidates.filter((s) => !s.used && (s.section.numbered ?? true) === draft.numbered)
  const wanted = normalizeTitle(draft.title)
  const exact = free.find((s) => s.norm === wanted)
  if (exact) return { slot: exact }
  if (!draft.numbered) return free[0] ? { slot: free[0] } : null
  const words = titleWords(draft.title)
  let top: Slot | null = null
  let score = FUZZY
  for (const s of free) {
    const sim = wordSimilarity(words, s.words)
    if (sim >= score) {
      top = s
      score = sim
    }
  }
  return top ? { slot: top } : null
}

/** An imported section with what the template gives it: key, title spelling, hint, required. */
export interface KeyedSection {
  draft: SectionDraft
  key: string
  title: string
  hint: string
  required: boolean
  children: KeyedSection[]
}

/**
 * Match drafts against the template tree: first among the template's sections at the same place
 * in the tree, then anywhere (a section the file put elsewhere keeps its key).
 */
export function matchTemplate(drafts: readonly SectionDraft[], template: Template | null, period: Period): KeyedSection[] {
  const tree = template ? slots(template.sections, period) : []
  const all = flatten(tree)
  const visit = (list: readonly SectionDraft[], siblings: readonly Slot[]): KeyedSection[] =>
    list.map((draft) => {
      const found = best(draft, siblings) ?? (draft.numbered ? best(draft, all) : null)
      if (found) found.slot.used = true
      const slot = found?.slot
      const title =
        slot && sameText(slot.title, draft.title) ? slot.title : isUpperText(draft.title) ? sentenceCase(draft.title) : draft.title
      return {
        draft,
        key: slot?.section.key ?? '',
        title,
        hint: slot?.hint ?? '',
        required: slot?.section.required ?? false,
        children: visit(draft.children, slot ? slot.children : all),
      }
    })
  return visit(drafts, tree)
}

/** Build sections (content filled by `content`) from keyed drafts. */
export function toSections(
  keyed: readonly KeyedSection[],
  newId: () => string,
  content: (draft: SectionDraft) => Section['content'],
): Section[] {
  return keyed.map((k) => ({
    id: newId(),
    needsUpdate: false,
    required: k.required,
    key: k.key,
    title: k.title.normalize('NFC'),
    hint: k.hint,
    numbered: k.draft.numbered,
    content: content(k.draft),
    children: toSections(k.children, newId, content),
  }))
}

/**
 * Indicator tables read from the appendices, with the keys, titles and kinds of the template's
 * tables where the titles and row names match.
 */
export function matchIndicators(
  parsed: readonly ParsedIndicatorTable[],
  template: Template | null,
  period: Period,
  newId: () => string,
): IndicatorTable[] {
  const tables = template?.indicators ?? []
  const used = new Set<string>()
  return parsed.map((table) => {
    const wanted = normalizeTitle(table.title)
    const match =
      tables.find((t) => !used.has(t.key) && normalizeTitle(fillPlaceholders(t.title, period)) === wanted) ??
      tables.find((t) => !used.has(t.key) && t.columns === table.columns && titleSimilarity(t.title, table.title) >= FUZZY)
    if (match) used.add(match.key)
    const templateRows = match?.rows ?? []
    const rowsUsed = new Set<string>()
    const rows: IndicatorRow[] = table.rows.map((row) => {
      const name = normalizeTitle(row.name)
      const known = templateRows.find((r) => !rowsUsed.has(r.key) && normalizeTitle(fillPlaceholders(r.name, period)) === name)
      if (known) rowsUsed.add(known.key)
      // The "Đánh giá" column says when less was better; otherwise the template's row says how it reads.
      const kind = row.direction === 'lower' ? 'lower' : (known?.kind ?? (known?.direction === 'lower' ? 'lower' : 'plan'))
      return {
        id: newId(),
        key: known?.key ?? '',
        name: known ? fillPlaceholders(known.name, period) : row.name,
        unit: row.unit,
        kind,
        planWord: known?.planWord ?? defaultPlanWord(kind, table.columns),
        plan: row.plan,
        actual: row.actual,
        previous: row.previous,
        estimate: known?.estimate ?? false,
        targetRate: known?.targetRate ?? null,
        note: row.note,
      }
    })
    const filled = match ? fillPlaceholders(match.title, period) : ''
    const title = match && sameText(filled, table.title) ? filled : isUpperText(table.title) ? sentenceCase(table.title) : table.title
    return { id: newId(), key: match?.key ?? '', title, columns: table.columns, rows }
  })
}
