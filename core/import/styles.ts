/**
 * What the importer needs from `word/styles.xml`: for each style, whether it makes text bold or
 * all capitals, its font (to tell TCVN3 and VNI text), whether it is an outline (heading) level
 * and how it aligns — with `basedOn` inheritance. mammoth reports only direct formatting, so a
 * heading whose bold or centring comes from its style would otherwise look like body text.
 */
import type { SourceAlign } from './source'

export interface StyleInfo {
  name: string
  basedOn: string | null
  bold: boolean | null
  caps: boolean | null
  /** The font of the text above ASCII (`w:hAnsi`, else `w:ascii`). */
  font: string | null
  /** Word's outline level, 0 for the top heading level; null for body text. */
  outlineLevel: number | null
  /** The paragraph alignment the style gives ("both" is justify); null when it gives none. */
  align: SourceAlign | null
}

/** Effective formatting of a style after inheritance. */
export interface ResolvedStyle {
  name: string
  bold: boolean
  caps: boolean
  font: string | null
  outlineLevel: number | null
  align: SourceAlign | null
}

const EMPTY: ResolvedStyle = { name: '', bold: false, caps: false, font: null, outlineLevel: null, align: null }
const ALIGN: Readonly<Record<string, SourceAlign>> = {
  center: 'center',
  right: 'right',
  end: 'right',
  both: 'justify',
  left: 'left',
  start: 'left',
}
const MAX_DEPTH = 20

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\b${name}="([^"]*)"`, 'u').exec(tag)
  return match?.[1] ?? null
}

function inner(xml: string, tag: string): string {
  const match = new RegExp(`<${tag}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${tag}>)`, 'u').exec(xml)
  return match?.[1] ?? ''
}

function toggle(xml: string, tag: string): boolean | null {
  const match = new RegExp(`<${tag}(\\s[^>]*)?/?>`, 'u').exec(xml)
  if (!match) return null
  const value = attribute(match[1] ?? '', 'w:val')
  return !(value === '0' || value === 'false' || value === 'off')
}

/** The font of a `w:rPr`'s `w:rFonts` for text above ASCII (`w:hAnsi`, else `w:ascii`); null when none. */
export function runFont(runProps: string): string | null {
  const tag = /<w:rFonts\b[^>]*>/u.exec(runProps)?.[0] ?? ''
  return attribute(tag, 'w:hAnsi') ?? attribute(tag, 'w:ascii')
}

/** The document's default run font (`w:docDefaults`) and the id of its default paragraph style. */
export function readStyleDefaults(xml: string): { font: string | null; paragraphStyle: string | null } {
  const defaults = inner(inner(xml, 'w:docDefaults'), 'w:rPrDefault')
  const paragraphStyle = /<w:style\b(?=[^>]*w:type="paragraph")(?=[^>]*w:default="(?:1|true|on)")[^>]*>/u.exec(xml)?.[0] ?? ''
  return { font: runFont(defaults), paragraphStyle: attribute(paragraphStyle, 'w:styleId') }
}

/** Read the styles of `word/styles.xml`; malformed parts are skipped, never thrown on. */
export function readStyles(xml: string): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>()
  for (const match of xml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/gu)) {
    const id = attribute(match[1] ?? '', 'w:styleId')
    if (id === null) continue
    const body = match[2] ?? ''
    const runProps = inner(body, 'w:rPr')
    const outline = attribute(/<w:outlineLvl\b[^>]*>/u.exec(inner(body, 'w:pPr'))?.[0] ?? '', 'w:val')
    const level = outline === null ? null : Number.parseInt(outline, 10)
    styles.set(id, {
      name: attribute(/<w:name\b[^>]*>/u.exec(body)?.[0] ?? '', 'w:val') ?? id,
      basedOn: attribute(/<w:basedOn\b[^>]*>/u.exec(body)?.[0] ?? '', 'w:val'),
      bold: toggle(runProps, 'w:b'),
      caps: toggle(runProps, 'w:caps'),
      font: runFont(runProps),
      // Level 9 is Word's "body text".
      outlineLevel: level !== null && Number.isInteger(level) && level >= 0 && level < 9 ? level : null,
      align: ALIGN[attribute(/<w:jc\b[^>]*>/u.exec(inner(body, 'w:pPr'))?.[0] ?? '', 'w:val') ?? ''] ?? null,
    })
  }
  return styles
}

/** Style lookups with inheritance; an unknown id gives plain body text. */
export class StyleTable {
  private readonly cache = new Map<string, ResolvedStyle>()

  constructor(private readonly styles: ReadonlyMap<string, StyleInfo> = new Map()) {}

  resolve(id: string | null | undefined): ResolvedStyle {
    if (!id) return EMPTY
    const cached = this.cache.get(id)
    if (cached) return cached
    const chain: StyleInfo[] = []
    const seen = new Set<string>()
    let current: string | null = id
    while (current !== null && !seen.has(current) && chain.length < MAX_DEPTH) {
      seen.add(current)
      const style = this.styles.get(current)
      if (!style) break
      chain.push(style)
      current = style.basedOn
    }
    const pick = <K extends 'bold' | 'caps' | 'font' | 'outlineLevel' | 'align'>(key: K): StyleInfo[K] | null => {
      for (const style of chain) if (style[key] !== null) return style[key]
      return null
    }
    const resolved: ResolvedStyle = {
      name: chain[0]?.name ?? '',
      bold: pick('bold') ?? false,
      caps: pick('caps') ?? false,
      font: pick('font'),
      outlineLevel: pick('outlineLevel'),
      align: pick('align'),
    }
    this.cache.set(id, resolved)
    return resolved
  }
}
