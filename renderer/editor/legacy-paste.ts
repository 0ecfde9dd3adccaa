/**
 * A paste of text typed in TCVN3, VNI or VIQR (from an old Word file, an old web page) becomes
 * Unicode before Lexical reads it. In the HTML that Word and browsers put on the clipboard, a
 * run's font is in its `style="font-family:…"`, a `<font face>`, or a class of the page's
 * `<style>`; runs in a legacy font are converted by it, the others of the same paragraph by their
 * characters (core/import/legacy-encoding). Text that is Unicode already is left as it is.
 */
import {
  ConversionTally,
  convertPlainText,
  decideRuns,
  decodeLegacy,
  type Conversion,
  type LegacyRun,
} from '../../core/import/legacy-encoding'

const BLOCKS = new Set(['P', 'DIV', 'LI', 'TD', 'TH', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BODY', 'BLOCKQUOTE', 'PRE', 'DT', 'DD'])

/** The first family of a CSS `font-family` value, without quotes. */
function firstFamily(value: string): string {
  return (value.split(',')[0] ?? '').trim().replace(/^["']|["']$/gu, '')
}

function fontFamilyOf(style: string): string | null {
  const match = /(?:^|;)\s*font-family\s*:\s*([^;]+)/iu.exec(style)
  return match?.[1] ? firstFamily(match[1]) : null
}

/** Class name → font, from the rules of the page's `<style>` elements (Word's "p.MsoNormal {…}"). */
function classFonts(doc: Document): Map<string, string> {
  const fonts = new Map<string, string>()
  for (const style of doc.querySelectorAll('style')) {
    for (const rule of (style.textContent ?? '').matchAll(/([^{}]+)\{([^}]*)\}/gu)) {
      const font = fontFamilyOf(rule[2] ?? '')
      if (!font) continue
      for (const selector of (rule[1] ?? '').split(',')) {
        const name = /\.([\w-]+)\s*$/u.exec(selector.trim())?.[1]
        if (name) fonts.set(name, font)
      }
    }
  }
  return fonts
}

function fontOf(node: Node, classes: ReadonlyMap<string, string>): string | null {
  for (let element = node.parentElement; element; element = element.parentElement) {
    const inline = fontFamilyOf(element.getAttribute('style') ?? '')
    if (inline) return inline
    const face = element.tagName === 'FONT' ? element.getAttribute('face') : null
    if (face) return firstFamily(face)
    for (const name of element.classList) {
      const font = classes.get(name)
      if (font) return font
    }
  }
  return null
}

function blockOf(node: Node): Element | null {
  let element = node.parentElement
  while (element && !BLOCKS.has(element.tagName)) element = element.parentElement
  return element
}

/** Convert the legacy text of clipboard HTML; null when nothing needed converting. */
export function convertPastedHtml(html: string, tally: ConversionTally): string | null {
  const doc = new DOMParser().parseFromString(html, 'text/html')
  const classes = classFonts(doc)
  const groups = new Map<Element | null, Text[]>()
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!(node instanceof Text) || node.data.trim() === '') continue
    const block = blockOf(node)
    groups.set(block, [...(groups.get(block) ?? []), node])
  }
  let changed = false
  for (const nodes of groups.values()) {
    const runs: LegacyRun[] = nodes.map((node) => ({ text: node.data, font: fontOf(node, classes) }))
    decideRuns(runs).forEach((decision, i) => {
      const node = nodes[i]
      if (!decision || !node) return
      const text = decodeLegacy(node.data, decision.encoding, decision.capitals)
      if (text === node.data) return
      node.data = text
      tally.add(decision.encoding)
      changed = true
    })
  }
  return changed ? doc.documentElement.outerHTML : null
}

/** The clipboard's HTML and plain text with legacy text converted, or null when there was none. */
export function convertPaste(html: string, plain: string): { html: string; plain: string; conversions: Conversion[] } | null {
  const tally = new ConversionTally()
  const convertedHtml = html !== '' ? convertPastedHtml(html, tally) : null
  const convertedPlain = convertPlainText(plain, html === '' ? tally : undefined)
  const conversions = tally.list()
  if (conversions.length === 0) return null
  return { html: convertedHtml ?? html, plain: convertedPlain, conversions }
}
