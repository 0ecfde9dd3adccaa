/**
 * Word's automatic numbering, which mammoth reads as "a list item at level n" without its label.
 * A report written by hand in Word often numbers its headings that way: "Phần I", "I.", "1.",
 * "a)" come from `word/numbering.xml` (on the paragraph, or on its heading style), not from the
 * text. Before mammoth reads `word/document.xml`, {@link labelNumbering} works out each numbered
 * paragraph's label as Word prints it and puts it at the start of the paragraph between two
 * private-use marks; the model reader takes it back out ({@link takeLabel}), so the outline sees
 * "Phần II" and "1." exactly as if they were typed.
 *
 * Counters follow Word: one per abstract numbering and level, shared by the lists that use it,
 * a deeper level restarting when a shallower one moves on, a list that overrides its start
 * restarting where it is first used. Everything is read with bounded regular expressions; a part
 * that does not parse gives no labels, never an error.
 */
import { toRoman } from '../format/numbering'

/** How a level numbers: its format ("upperRoman", "decimal", "lowerLetter"…), its text ("Phần %1") and its start. */
interface Level {
  format: string
  text: string
  start: number
  /** The paragraph style this level belongs to (a heading style with outline numbering). */
  style: string | null
}

interface NumberingDefinitions {
  abstracts: Map<string, Map<number, Level>>
  /** numId → abstractNumId, and the levels whose start it overrides. */
  nums: Map<string, { abstract: string; overrides: Map<number, number> }>
}

/** The kinds of heading label the outline knows, or "list" for any other numbering. */
export type LabelKind = 'phan' | 'roman' | 'arabic' | 'alpha' | 'decimal' | 'list'

/** A paragraph's automatic label as Word prints it. */
export interface NumberLabel {
  kind: LabelKind
  /** "Phần II", "II.", "3.", "b)", "1.2.". */
  text: string
}

const OPEN = '\uE000'
const CLOSE = '\uE001'
const MARK = new RegExp(`^${OPEN}(phan|roman|arabic|alpha|decimal|list)\\|([^${OPEN}${CLOSE}]{0,60})${CLOSE}`, 'u')

const attr = (tag: string, name: string): string | null => new RegExp(`\\b${name}="([^"]*)"`, 'u').exec(tag)?.[1] ?? null
const valOf = (xml: string, tag: string): string | null => {
  const match = new RegExp(`<${tag}\\b([^>]*)/?>`, 'u').exec(xml)
  return match ? attr(match[1] ?? '', 'w:val') : null
}

function readLevels(body: string): Map<number, Level> {
  const levels = new Map<number, Level>()
  for (const match of body.matchAll(/<w:lvl\b([^>]*)>([\s\S]*?)<\/w:lvl>/gu)) {
    const index = Number.parseInt(attr(match[1] ?? '', 'w:ilvl') ?? '0', 10)
    const xml = match[2] ?? ''
    if (!Number.isInteger(index) || index < 0 || index > 8) continue
    const start = Number.parseInt(valOf(xml, 'w:start') ?? '1', 10)
    levels.set(index, {
      format: valOf(xml, 'w:numFmt') ?? 'decimal',
      text: valOf(xml, 'w:lvlText') ?? '',
      start: Number.isInteger(start) && start >= 0 ? start : 1,
      style: valOf(xml, 'w:pStyle'),
    })
  }
  return levels
}

/** The numbering definitions of `word/numbering.xml`. */
export function readNumbering(xml: string): NumberingDefinitions {
  const abstracts = new Map<string, Map<number, Level>>()
  for (const match of xml.matchAll(/<w:abstractNum\b([^>]*)>([\s\S]*?)<\/w:abstractNum>/gu)) {
    const id = attr(match[1] ?? '', 'w:abstractNumId')
    if (id !== null) abstracts.set(id, readLevels(match[2] ?? ''))
  }
  const nums = new Map<string, { abstract: string; overrides: Map<number, number> }>()
  for (const match of xml.matchAll(/<w:num\b([^>]*)>([\s\S]*?)<\/w:num>/gu)) {
    const id = attr(match[1] ?? '', 'w:numId')
    const abstract = valOf(match[2] ?? '', 'w:abstractNumId')
    if (id === null || abstract === null) continue
    const overrides = new Map<number, number>()
    for (const o of (match[2] ?? '').matchAll(/<w:lvlOverride\b([^>]*)>([\s\S]*?)<\/w:lvlOverride>/gu)) {
      const level = Number.parseInt(attr(o[1] ?? '', 'w:ilvl') ?? '', 10)
      const start = Number.parseInt(valOf(o[2] ?? '', 'w:startOverride') ?? '', 10)
      if (Number.isInteger(level) && Number.isInteger(start)) overrides.set(level, start)
    }
    nums.set(id, { abstract, overrides })
  }
  return { abstracts, nums }
}

/** The numbering each paragraph style carries (`w:numPr` in the style, with `basedOn`). */
export function readStyleNumbering(stylesXml: string): Map<string, { numId: string; level: number | null }> {
  const own = new Map<string, { numId: string | null; level: number | null; basedOn: string | null }>()
  for (const match of stylesXml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/gu)) {
    const id = attr(match[1] ?? '', 'w:styleId')
    if (id === null) continue
    const body = match[2] ?? ''
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/u.exec(body)?.[1] ?? ''
    const level = valOf(numPr, 'w:ilvl')
    own.set(id, {
      numId: valOf(numPr, 'w:numId'),
      level: level === null ? null : Number.parseInt(level, 10),
      basedOn: valOf(body, 'w:basedOn'),
    })
  }
  const out = new Map<string, { numId: string; level: number | null }>()
  for (const id of own.keys()) {
    let current: string | null = id
    for (let depth = 0; current !== null && depth < 20; depth++) {
      const style = own.get(current)
      if (!style) break
      if (style.numId !== null) {
        out.set(id, { numId: style.numId, level: style.level })
        break
      }
      current = style.basedOn
    }
  }
  return out
}

function letters(n: number): string {
  const letter = String.fromCharCode(97 + ((n - 1) % 26))
  return letter.repeat(Math.floor((n - 1) / 26) + 1)
}

/** A counter in a level's format, as Word writes it. */
function formatted(n: number, format: string): string {
  switch (format) {
    case 'upperRoman':
      return n > 0 && n < 4000 ? toRoman(n) : String(n)
    case 'lowerRoman':
      return n > 0 && n < 4000 ? toRoman(n).toLowerCase() : String(n)
    case 'upperLetter':
      return n > 0 ? letters(n).toUpperCase() : String(n)
    case 'lowerLetter':
      return n > 0 ? letters(n) : String(n)
    case 'decimalZero':
      return String(n).padStart(2, '0')
    default:
      return String(n)
  }
}

/** What kind of heading label a level prints: "Phần %1", "%1." in Roman numerals, "%1.", "%1)"… */
function kindOf(level: Level, index: number): LabelKind {
  const text = level.text.trim()
  const own = `%${index + 1}`
  if (/^phần\s*%\d/iu.test(text)) return 'phan'
  if ((text.match(/%\d/gu) ?? []).length > 1) return level.format === 'decimal' ? 'decimal' : 'list'
  if (!new RegExp(`^${own}\\s*[.)\\-]?$`, 'u').test(text)) return 'list'
  if (level.format === 'upperRoman') return 'roman'
  if (level.format === 'decimal' || level.format === 'decimalZero') return 'arabic'
  if (level.format === 'lowerLetter') return 'alpha'
  return 'list'
}

/** Counters by abstract numbering: a shared list continues across its instances. */
class Counters {
  private readonly counts = new Map<string, number[]>()
  private readonly started = new Set<string>()

  constructor(private readonly definitions: NumberingDefinitions) {}

  /** Move the counter of `numId` at `level` on and give the paragraph's label, or null for a bullet or an unknown list. */
  next(numId: string, level: number): NumberLabel | null {
    const num = this.definitions.nums.get(numId)
    if (!num || numId === '0') return null
    const levels = this.definitions.abstracts.get(num.abstract)
    const own = levels?.get(level)
    if (!levels || !own || own.format === 'bullet' || own.format === 'none') return null
    let counts = this.counts.get(num.abstract)
    if (!counts) {
      counts = Array.from({ length: 9 }, (_, i) => (levels.get(i)?.start ?? 1) - 1)
      this.counts.set(num.abstract, counts)
    }
    if (!this.started.has(numId)) {
      this.started.add(numId)
      // A list that overrides its start begins again there.
      for (const [l, start] of num.overrides) counts[l] = start - 1
    }
    counts[level] = (counts[level] ?? 0) + 1
    for (let deeper = level + 1; deeper < 9; deeper++) counts[deeper] = (levels.get(deeper)?.start ?? 1) - 1
    const text = own.text.replace(/%([1-9])/gu, (_, d: string) => {
      const l = Number(d) - 1
      return formatted(Math.max(counts[l] ?? 0, l === level ? 0 : 1), levels.get(l)?.format ?? 'decimal')
    })
    return { kind: kindOf(own, level), text: text.trim() }
  }
}

const escapeXml = (text: string): string => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;')

/**
 * `word/document.xml` with the label of every paragraph Word numbers automatically put at the
 * start of its text (see {@link takeLabel}); the XML is unchanged when nothing is numbered.
 */
export function labelNumbering(documentXml: string, numberingXml: string, stylesXml: string): string {
  if (numberingXml === '' || !/<w:num\b/u.test(numberingXml)) return documentXml
  const definitions = readNumbering(numberingXml)
  const byStyle = readStyleNumbering(stylesXml)
  // Levels tied to a paragraph style (outline numbering of Heading 1…9).
  const styleLevels = new Map<string, number>()
  for (const levels of definitions.abstracts.values())
    for (const [index, level] of levels) if (level.style) styleLevels.set(level.style, index)
  const counters = new Counters(definitions)
  // An opening <w:p> (never a self-closing one) and its properties, if any.
  const paragraph = /<w:p(?:\s[^>]*)?(?<!\/)>(\s*<w:pPr\s*\/>|\s*<w:pPr>([\s\S]*?)<\/w:pPr>)?/gu
  return documentXml.replace(paragraph, (whole, _pPr: string | undefined, props?: string) => {
    const pPr = props ?? ''
    const style = valOf(pPr, 'w:pStyle')
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/u.exec(pPr)?.[1]
    const fromStyle = style ? byStyle.get(style) : undefined
    const numId = numPr !== undefined ? valOf(numPr, 'w:numId') : (fromStyle?.numId ?? null)
    if (numId === null) return whole
    const ilvl = numPr !== undefined ? valOf(numPr, 'w:ilvl') : null
    const level = ilvl !== null ? Number.parseInt(ilvl, 10) : (fromStyle?.level ?? (style ? styleLevels.get(style) : undefined) ?? 0)
    if (!Number.isInteger(level) || level < 0 || level > 8) return whole
    const label = counters.next(numId, level)
    if (!label) return whole
    return `${whole}<w:r><w:t xml:space="preserve">${OPEN}${label.kind}|${escapeXml(label.text)}${CLOSE}</w:t></w:r>`
  })
}

/** The label {@link labelNumbering} put at the start of a paragraph's text, and the text without it. */
export function takeLabel(text: string): { label: NumberLabel; rest: string } | null {
  const match = MARK.exec(text)
  if (!match) return null
  return { label: { kind: match[1] as LabelKind, text: match[2] ?? '' }, rest: text.slice(match[0].length) }
}
