/**
 * Soát lỗi: the Vietnamese proofreader. Pure and synchronous; never throws on any text.
 *
 * A report is read as units (a section's text, a header field), each analysed on its own —
 * `analyzeText`, which the editor caches per section so a keystroke re-reads one section — and
 * then combined in reading order (`combine`): an abbreviation must be spelled out before its
 * first use anywhere in the report, and one accent style holds for the whole report.
 */
import { DEFAULT_ABBREVIATIONS, KNOWN_EXPANSIONS, abbreviationFacts, type AbbreviationFacts } from './abbreviations'
import { checkCapitals } from './capitals'
import { checkConfusions } from './confusion'
import { checkNumbers } from './numbers'
import { scan } from './scan'
import { checkSpelling } from './spelling'
import { compose, matchCase, parseSyllable, styleOf, type AccentStyle } from './syllable'
import { ProofCode, finding, type ProofFinding, type ProofOptions } from './types'
import type { IgnoredFinding } from '../model/schema'
import { checkBrackets, checkGlued, checkQuotes, checkRepeats, checkSpacing, skippedAt } from './typing'

export { ProofCode, type ProofFinding, type ProofOptions } from './types'
export { DEFAULT_ABBREVIATIONS, KNOWN_EXPANSIONS } from './abbreviations'
export type { AccentStyle } from './syllable'

/** A word written in one accent style where the two differ ("hòa" or "hoà"). */
interface StyledWord {
  start: number
  end: number
  text: string
  style: AccentStyle
}

/** What one unit gives, independent of the rest of the report (suggestions in the older style). */
export interface TextAnalysis {
  findings: ProofFinding[]
  styled: StyledWord[]
  abbreviations: AbbreviationFacts
}

export interface ProofUnit {
  /** Section id or meta path (`meta.title`), as for the other checks. */
  target: string
  text: string
}

export interface TargetedFinding extends ProofFinding {
  target: string
}

const EMPTY: TextAnalysis = { findings: [], styled: [], abbreviations: { uses: [], defined: [] } }
const MAX_TEXT = 2_000_000

const NO_WORDS: readonly string[] = []
const wordSets = new WeakMap<readonly string[], Set<string>>()

/** The office's words, lower case, one set per list (the editor passes the same list on every keystroke). */
function officeWords(options: ProofOptions): Set<string> {
  const list = options.words ?? NO_WORDS
  const cached = wordSets.get(list)
  if (cached !== undefined) return cached
  const out = new Set<string>()
  for (const entry of list) for (const w of entry.toLowerCase().split(/\s+/u)) if (w !== '') out.add(w)
  wordSets.set(list, out)
  return out
}

/** Reads one text. Never throws: a failure of a rule loses that rule's findings, not the text. */
export function analyzeText(text: string, options: ProofOptions = {}): TextAnalysis {
  if (text.length === 0 || text.length > MAX_TEXT) return EMPTY
  try {
    return analyze(text, officeWords(options))
  } catch {
    return EMPTY
  }
}

function analyze(text: string, known: ReadonlySet<string>): TextAnalysis {
  const s = scan(text)
  const skipped = skippedAt(s)
  const inAddress = skippedAt(s, true)
  const spelling: ProofFinding[] = []
  const styled: StyledWord[] = []
  // Words repeat: each distinct word is read once per text.
  const seen = new Map<string, { hit: ReturnType<typeof checkSpelling>; style: AccentStyle | null }>()
  for (const w of s.words) {
    let word = seen.get(w.text)
    if (word === undefined) {
      const hit = checkSpelling(w.text, 'old', known)
      const syllable = hit === null ? parseSyllable(w.text) : null
      word = { hit, style: syllable === null ? null : styleOf(syllable) }
      seen.set(w.text, word)
    }
    if (word.hit !== null) spelling.push(finding(ProofCode.spelling, text, w.start, w.end, word.hit.reason, word.hit.suggestions))
    else if (word.style !== null) styled.push({ start: w.start, end: w.end, text: w.text, style: word.style })
  }
  // A listed confusion explains a misspelt word better ("trỉ đạo" → "chỉ đạo"); a near miss does not.
  const overlaps = (a: ProofFinding, list: readonly ProofFinding[]): boolean => list.some((x) => x.start < a.end && a.start < x.end)
  const all = checkConfusions(s, 'old')
  const listed = all.filter((f) => f.variant === 'known')
  const confusions = [...listed, ...all.filter((f) => f.variant !== 'known' && !overlaps(f, spelling))]
  const findings = [
    ...spelling.filter((f) => !overlaps(f, listed)),
    ...confusions,
    ...checkSpacing(s, skipped),
    ...checkGlued(s),
    ...checkRepeats(s),
    ...checkQuotes(s, inAddress),
    ...checkBrackets(s, inAddress),
    ...checkCapitals(s),
    ...checkNumbers(s),
  ].sort((a, b) => a.start - b.start || a.end - b.end)
  return { findings, styled, abbreviations: abbreviationFacts(s) }
}

/** Rewrites a suggestion's syllables in `style`. */
function restyle(text: string, style: AccentStyle): string {
  if (style === 'old') return text
  return text.replace(/[\p{L}\p{M}]+/gu, (w) => {
    const s = parseSyllable(w)
    return s === null || s.fault !== null || styleOf(s) === null ? w : matchCase(compose(s.base, s.tone, style), w)
  })
}

/** The report's accent style: the office's choice, or the majority of its own words (older style on a tie). */
export function reportStyle(analyses: readonly TextAnalysis[], choice: ProofOptions['accentStyle']): AccentStyle {
  if (choice === 'old' || choice === 'new') return choice
  let old = 0
  let modern = 0
  for (const a of analyses) {
    for (const w of a.styled) {
      if (w.style === 'old') old += 1
      else modern += 1
    }
  }
  return modern > old ? 'new' : 'old'
}

/**
 * Findings of a whole report from its units' analyses, in reading order: each unit's own
 * findings, the minority accent style, and abbreviations used before they are spelled out.
 */
export function combine(
  units: readonly { target: string; analysis: TextAnalysis }[],
  options: ProofOptions = {},
  ignored: readonly IgnoredFinding[] = [],
): TargetedFinding[] {
  const style = reportStyle(
    units.map((u) => u.analysis),
    options.accentStyle,
  )
  const accepted = options.abbreviations ?? DEFAULT_ABBREVIATIONS
  const definedOnce = new Set<string>()
  const reported = new Set<string>()
  const laterDefined = new Set<string>()
  for (const u of units) for (const d of u.analysis.abbreviations.defined) laterDefined.add(d.abbr)
  const out: TargetedFinding[] = []
  for (const { target, analysis } of units) {
    const own: ProofFinding[] = analysis.findings.map((f) => ({ ...f, suggestions: f.suggestions.map((x) => restyle(x, style)) }))
    for (const w of analysis.styled) {
      if (w.style === style) continue
      const s = parseSyllable(w.text)
      if (s === null) continue
      const right = matchCase(compose(s.base, s.tone, style), w.text)
      own.push({
        code: ProofCode.accentStyle,
        start: w.start,
        end: w.end,
        text: w.text,
        variant: style,
        params: { right },
        suggestions: [right],
      })
    }
    const events = [
      ...analysis.abbreviations.defined.map((d) => ({ ...d, defines: true })),
      ...analysis.abbreviations.uses.map((u) => ({ ...u, defines: false })),
    ].sort((a, b) => a.start - b.start)
    for (const e of events) {
      if (e.defines) definedOnce.add(e.abbr)
      else if (!(e.abbr in accepted) && !definedOnce.has(e.abbr) && !reported.has(e.abbr)) {
        reported.add(e.abbr)
        const full = KNOWN_EXPANSIONS[e.abbr]
        const suggestions = full === undefined ? [] : [`${full} (${e.abbr})`]
        const variant = laterDefined.has(e.abbr) ? 'definedLater' : 'undefined'
        own.push({
          code: ProofCode.abbreviation,
          start: e.start,
          end: e.end,
          text: e.abbr,
          variant,
          params: { abbr: e.abbr, full: full ?? '' },
          suggestions,
        })
      }
    }
    own.sort((a, b) => a.start - b.start || a.end - b.end)
    for (const f of own) if (!isIgnored(f, target, ignored)) out.push({ ...f, target })
  }
  return out
}

function isIgnored(f: ProofFinding, target: string, ignored: readonly IgnoredFinding[]): boolean {
  return ignored.some((i) => i.code === f.code && i.text === f.text && (i.target === undefined || i.target === target))
}

/** Proofreads a report's units at once (the pre-export checks and the command line). */
export function proofread(
  units: readonly ProofUnit[],
  options: ProofOptions = {},
  ignored: readonly IgnoredFinding[] = [],
): TargetedFinding[] {
  return combine(
    units.map((u) => ({ target: u.target, analysis: analyzeText(u.text, options) })),
    options,
    ignored,
  )
}
