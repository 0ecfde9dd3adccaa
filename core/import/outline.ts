/**
 * The body's headings → a section tree. A heading is a paragraph that starts with a heading
 * number as ND30 and HD36 write them ("Phần I", "I." / "I-", "1." / "1-", "1.1.", "a)"), typed or
 * numbered by Word (numbering.ts gives the label Word prints), a paragraph in a Word heading
 * style, a bold numbered Word list item, or a bold all-capitals line. Headings nest by the kind
 * of their number — Phần, then I., then 1., then a) — whichever way each was made. What follows a heading, up to the next one, is that section's content; what comes before
 * the first heading is an unnumbered opening section.
 */
import type { NumberingStyle } from '../model/schema'
import type { SourceBlock, SourceParagraph } from './source'
import { cleanSpaces, isUpperText, isWholeBold, paragraphText } from './text'

/** A section before keys, hints and ids are given to it. */
export interface SectionDraft {
  title: string
  /** How its heading was recognised ("roman", "arabic", "h2", …); "" for the opening. */
  kind: string
  numbered: boolean
  blocks: SourceBlock[]
  children: SectionDraft[]
}

interface Heading {
  kind: string
  /** Depth order: a heading nests under the open headings of a lower rank. */
  rank: number | null
  title: string
  /** The next paragraph held the title ("Phần I" on a line of its own). */
  usesNext: boolean
}

const PHAN = /^phần\s+(thứ\s+\p{L}+|[IVXLC]+|\d+)\s*(?:[.:\-–—]\s*(.*))?$/iu
const ROMAN = /^((?:X{0,3})(?:IX|IV|V?I{0,3}))\s*[.\-–—)]\s*(\S.*)$/u
const DECIMAL = /^(\d{1,2})((?:\.\d{1,2}){1,3})\.?\s+(\S.*)$/u
const ARABIC = /^(\d{1,2})\s*[.\-–—)]\s*(?![\d.,])(\S.*)$/u
const ALPHA = /^([a-zđ])\s*\)\s*(\S.*)$/u
const NUMBERED_ITEM = /^\d{1,2}[.)]\s/u
const LETTER_ITEM = /^([a-zđ])\)\s/u
const LETTERS = 'abcdđeghiklmnopqrstuvxy'
const MAX_HEADING = 250

const RANK: Readonly<Record<string, number>> = { phan: 0, roman: 10, arabic: 20, decimal2: 24, decimal3: 26, decimal4: 28, alpha: 30 }

function cleanTitle(text: string): string {
  return cleanSpaces(text).replace(/\s*[:.]$/u, '')
}

function isShortTitle(text: string): boolean {
  return text.length <= 120 && !/[.;:,!?]$/u.test(text) && text.split(' ').length <= 20
}

/**
 * Whether `paragraph` is a heading, and which kind. `expectedLetter` is the letter a typed list
 * would continue with ("a" after "1. …", "c" after "b) …"): such a line is a list item, not a
 * heading, unless it is bold.
 */
/**
 * The paragraph's text with the label Word numbers it with, as if typed: "Phần II. PHƯƠNG HƯỚNG…",
 * "1. Kinh tế". Only labels of the heading kinds are added; other lists keep their text.
 */
function labelledText(paragraph: SourceParagraph): { text: string; labelled: boolean } {
  const own = cleanSpaces(paragraphText(paragraph).replace(/\n/gu, ' '))
  const label = paragraph.list?.label
  if (!label || label.kind === 'list' || label.text === '') return { text: own, labelled: false }
  if (own === '') return { text: label.text, labelled: true }
  return {
    text: label.kind === 'phan' && !/[.:\-–—]$/u.test(label.text) ? `${label.text}. ${own}` : `${label.text} ${own}`,
    labelled: true,
  }
}

function headingOf(paragraph: SourceParagraph, next: SourceParagraph | null, expectedLetter: string | null): Heading | null {
  const { text, labelled } = labelledText(paragraph)
  if (text === '' || text.length > MAX_HEADING) return null
  const bold = isWholeBold(paragraph)
  const styled = paragraph.headingLevel !== null
  const strong = bold || styled

  const phan = PHAN.exec(text)
  // "Phần II" is a part however it is set: bold, centred, in capitals, numbered by Word, or a short line of its own.
  const phanLike = strong || labelled || paragraph.align === 'center' || isUpperText(text.slice(0, 4)) || isShortTitle(text)
  if (phan && phanLike) {
    const rest = cleanTitle(phan[2] ?? '')
    if (rest !== '') return { kind: 'phan', rank: 0, title: rest, usesNext: false }
    const nextText = next ? cleanTitle(paragraphText(next).replace(/\n/gu, ' ')) : ''
    const nextIsTitle =
      next !== null &&
      nextText !== '' &&
      nextText.length <= MAX_HEADING &&
      (isUpperText(nextText) || isWholeBold(next) || next.align === 'center')
    return { kind: 'phan', rank: 0, title: nextIsTitle ? nextText : text, usesNext: nextIsTitle }
  }
  const roman = ROMAN.exec(text)
  if (roman && roman[1] !== '' && (strong || isUpperText(roman[2] ?? '')))
    return { kind: 'roman', rank: RANK.roman ?? 10, title: cleanTitle(roman[2] ?? ''), usesNext: false }
  const decimal = DECIMAL.exec(text)
  if (decimal && strong) {
    const kind = `decimal${Math.min(4, (decimal[2] ?? '').split('.').length)}`
    return { kind, rank: RANK[kind] ?? 24, title: cleanTitle(decimal[3] ?? ''), usesNext: false }
  }
  const arabic = ARABIC.exec(text)
  if (arabic && strong) return { kind: 'arabic', rank: RANK.arabic ?? 20, title: cleanTitle(arabic[2] ?? ''), usesNext: false }
  const alpha = ALPHA.exec(text)
  // A typed "a)" line that is not the next item of a typed list may be a heading; one Word numbers, only when set as one.
  const looseAlpha = !labelled && alpha?.[1] !== expectedLetter && isShortTitle(cleanTitle(alpha?.[2] ?? '')) && !/[.;:,]$/u.test(text)
  if (alpha && (strong || looseAlpha)) {
    return { kind: 'alpha', rank: RANK.alpha ?? 30, title: cleanTitle(alpha[2] ?? ''), usesNext: false }
  }
  if (styled)
    return {
      kind: `h${paragraph.headingLevel}`,
      rank: 5 + 10 * ((paragraph.headingLevel ?? 1) - 1),
      title: cleanTitle(text),
      usesNext: false,
    }
  if (paragraph.list?.ordered && bold && isShortTitle(cleanTitle(text))) {
    return { kind: `list${paragraph.list.level}`, rank: 10 + 10 * paragraph.list.level, title: cleanTitle(text), usesNext: false }
  }
  if (bold && isUpperText(text) && text.length <= 150 && (text.match(/\p{L}/gu)?.length ?? 0) >= 3 && !paragraph.list) {
    return { kind: 'caps', rank: null, title: cleanTitle(text), usesNext: false }
  }
  return null
}

/** The letter a typed list continues with after this line, or null when it is not a list line. */
function nextLetter(text: string): string | null {
  if (NUMBERED_ITEM.test(text)) return 'a'
  const letter = LETTER_ITEM.exec(text)?.[1]
  return letter ? LETTERS.charAt(LETTERS.indexOf(letter) + 1) || null : null
}

/** Sections of the body; blocks before the first heading form an unnumbered opening section. */
export function buildOutline(blocks: readonly SourceBlock[], openingTitle: string): SectionDraft[] {
  const roots: SectionDraft[] = []
  const opening: SectionDraft = { title: openingTitle, kind: '', numbered: false, blocks: [], children: [] }
  const stack: { rank: number; draft: SectionDraft }[] = []
  const ranks = new Map<string, number>()
  let expectedLetter: string | null = null
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as SourceBlock
    const next = blocks[i + 1]
    const heading = block.kind === 'paragraph' ? headingOf(block, next?.kind === 'paragraph' ? next : null, expectedLetter) : null
    if (!heading) {
      const target = stack.at(-1)?.draft ?? opening
      target.blocks.push(block)
      if (block.kind === 'paragraph') {
        const text = cleanSpaces(paragraphText(block))
        if (text !== '') expectedLetter = nextLetter(text)
      } else expectedLetter = null
      continue
    }
    expectedLetter = null
    // A kind seen for the first time without a fixed rank nests under what is open.
    const rank = heading.rank ?? ranks.get(heading.kind) ?? (stack.length > 0 ? (stack.at(-1)?.rank ?? 0) + 1 : 5)
    ranks.set(heading.kind, rank)
    while (stack.length > 0 && (stack.at(-1)?.rank ?? 0) >= rank) stack.pop()
    const draft: SectionDraft = { title: heading.title, kind: heading.kind, numbered: true, blocks: [], children: [] }
    const parent = stack.at(-1)?.draft
    if (parent) parent.children.push(draft)
    else roots.push(draft)
    stack.push({ rank, draft })
    if (heading.usesNext) i++
  }
  const hasOpening = opening.blocks.some((b) => b.kind === 'table' || cleanSpaces(paragraphText(b)) !== '')
  return hasOpening || roots.length === 0 ? [opening, ...roots] : roots
}

const STYLE_OF: Readonly<Record<string, NumberingStyle>> = {
  phan: 'phan',
  roman: 'roman',
  arabic: 'arabic',
  decimal2: 'arabic',
  decimal3: 'arabic',
  decimal4: 'arabic',
  alpha: 'alpha',
}

/**
 * The numbering styles by depth: what the file used at each depth where that is clear, the
 * usual styles elsewhere ("Phần" first only when the file has parts).
 */
export function numberingOf(drafts: readonly SectionDraft[]): NumberingStyle[] {
  const byDepth: string[][] = []
  const walk = (list: readonly SectionDraft[], depth: number): void => {
    for (const d of list) {
      if (!d.numbered) {
        walk(d.children, depth)
        continue
      }
      ;(byDepth[depth] ??= []).push(d.kind)
      walk(d.children, depth + 1)
    }
  }
  walk(drafts, 0)
  const usesPhan = byDepth[0]?.includes('phan') ?? false
  const fallback: NumberingStyle[] = usesPhan ? ['phan', 'roman', 'arabic', 'alpha'] : ['roman', 'arabic', 'alpha']
  const depth = Math.max(fallback.length, Math.min(byDepth.length, 4))
  return Array.from({ length: depth }, (_, d) => {
    const styles = (byDepth[d] ?? []).map((k) => STYLE_OF[k]).filter((s): s is NumberingStyle => s !== undefined)
    const counts = new Map<NumberingStyle, number>()
    for (const s of styles) counts.set(s, (counts.get(s) ?? 0) + 1)
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0]
    return best ?? fallback[Math.min(d, fallback.length - 1)] ?? 'arabic'
  })
}
