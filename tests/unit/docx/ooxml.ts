/**
 * Reading an exported .docx in tests: unzip with jszip and parse its XML parts into a small
 * element tree (enough for WordprocessingML: elements, attributes, text; no DTDs), with helpers
 * for the paragraphs, runs and tables the assertions look at.
 */
import JSZip from 'jszip'

export interface XmlElement {
  name: string
  attrs: Record<string, string>
  children: XmlElement[]
  /** Text directly inside this element (w:t, w:instrText). */
  text: string
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/giu, (whole, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16))
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10))
    return ENTITIES[entity] ?? whole
  })
}

/** Parse well-formed XML into an element tree; throws on mismatched tags. */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '' }
  const stack: XmlElement[] = [root]
  const token = /<\?[^>]*\?>|<!--[\s\S]*?-->|<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/gu
  for (const match of xml.matchAll(token)) {
    const [whole, closing, name, attrText, selfClosing, text] = match
    const top = stack[stack.length - 1] as XmlElement
    if (text !== undefined) {
      top.text += decode(text)
      continue
    }
    if (name === undefined || whole.startsWith('<?') || whole.startsWith('<!--')) continue
    if (closing) {
      if (top.name !== name) throw new Error(`Mismatched </${name}>, expected </${top.name}>`)
      stack.pop()
      continue
    }
    const attrs: Record<string, string> = {}
    for (const a of (attrText ?? '').matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gu))
      attrs[a[1] as string] = decode(a[2] ?? a[3] ?? '')
    const element: XmlElement = { name, attrs, children: [], text: '' }
    top.children.push(element)
    if (!selfClosing) stack.push(element)
  }
  if (stack.length !== 1) throw new Error(`Unclosed <${stack[stack.length - 1]?.name ?? '?'}>`)
  return root
}

/** All descendants named `name`, in document order. */
export function findAll(node: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = []
  const visit = (n: XmlElement): void => {
    for (const c of n.children) {
      if (c.name === name) out.push(c)
      visit(c)
    }
  }
  visit(node)
  return out
}

/** The first direct child named `name`. */
export function child(node: XmlElement | undefined, name: string): XmlElement | undefined {
  return node?.children.find((c) => c.name === name)
}

/** Direct children named `name`. */
export function children(node: XmlElement | undefined, name: string): XmlElement[] {
  return node?.children.filter((c) => c.name === name) ?? []
}

/** The text of all w:t inside `node`, with w:br as "\n" and w:tab as "\t". */
export function textOf(node: XmlElement): string {
  let out = ''
  const visit = (n: XmlElement): void => {
    for (const c of n.children) {
      if (c.name === 'w:t') out += c.text
      else if (c.name === 'w:br') out += '\n'
      else if (c.name === 'w:tab' && n.name === 'w:r') out += '\t'
      else visit(c)
    }
  }
  visit(node)
  return out
}

export interface Docx {
  /** Every part of the package by its path, as text (XML and relationships only). */
  parts: Record<string, string>
  document: XmlElement
  body: XmlElement
  /** Header parts by relationship id. */
  rels: Record<string, string>
  /** The document defaults and paragraph styles of `word/styles.xml`. */
  styles: StyleSheet
  /** A part parsed; in the document, header and footer parts every paragraph and run knows its effective properties. */
  xml(path: string): XmlElement
}

/**
 * Properties flattened by element name: `{ 'w:b': {}, 'w:sz': { 'w:val': '28' } }`. The sides of
 * a paragraph border go under their path: `'w:pBdr/w:bottom'`.
 */
export type Props = Record<string, Record<string, string>>

/** What `word/styles.xml` says about text and paragraphs: the document defaults and the paragraph styles by id. */
export interface StyleSheet {
  runDefaults: Props
  paragraphDefaults: Props
  paragraphStyles: Map<string, XmlElement>
  /** The paragraph style of a paragraph that names none (Word's "Normal"). */
  defaultParagraphStyle: string | undefined
  /** The default table style, whose paragraph and run properties would also apply to text in tables. */
  defaultTableStyle: XmlElement | undefined
}

// Elements whose attributes are inherited one by one (a style's w:ind left with a paragraph's own
// firstLine, a default's language with a style's font); other properties replace each other whole.
const MERGED = new Set(['w:rFonts', 'w:lang', 'w:ind', 'w:spacing'])
// Properties that contain other properties, flattened side by side.
const NESTED = new Set(['w:pBdr'])

/** Lay the properties of `element` (a w:rPr or w:pPr) over `props`, as one level of Word's style hierarchy does. */
function overlay(props: Props, element: XmlElement | undefined, skip: ReadonlySet<string> = new Set()): Props {
  const out = { ...props }
  for (const p of element?.children ?? []) {
    if (skip.has(p.name)) continue
    if (NESTED.has(p.name)) {
      for (const side of p.children) out[`${p.name}/${side.name}`] = side.attrs
    } else if (MERGED.has(p.name)) {
      const merged = { ...out[p.name], ...p.attrs }
      // A first-line indent and a hanging one are one setting: the later level's wins.
      if (p.name === 'w:ind' && p.attrs['w:hanging'] !== undefined) delete merged['w:firstLine']
      if (p.name === 'w:ind' && p.attrs['w:firstLine'] !== undefined) delete merged['w:hanging']
      out[p.name] = merged
    } else {
      out[p.name] = p.attrs
    }
  }
  return out
}

function readStyleSheet(styles: XmlElement): StyleSheet {
  const root = child(styles, 'w:styles')
  const defaults = child(root, 'w:docDefaults')
  const paragraphStyles = new Map<string, XmlElement>()
  let defaultParagraphStyle: string | undefined
  let defaultTableStyle: XmlElement | undefined
  const isDefault = (s: XmlElement): boolean => s.attrs['w:default'] === '1' || s.attrs['w:default'] === 'true'
  for (const style of children(root, 'w:style')) {
    const id = style.attrs['w:styleId'] ?? ''
    if (style.attrs['w:type'] === 'paragraph') {
      paragraphStyles.set(id, style)
      if (isDefault(style)) defaultParagraphStyle = id
    }
    if (style.attrs['w:type'] === 'table' && isDefault(style)) defaultTableStyle = style
  }
  return {
    runDefaults: overlay({}, child(child(defaults, 'w:rPrDefault'), 'w:rPr')),
    paragraphDefaults: overlay({}, child(child(defaults, 'w:pPrDefault'), 'w:pPr')),
    paragraphStyles,
    defaultParagraphStyle,
    defaultTableStyle,
  }
}

/** A paragraph style and the styles it is based on, the farthest first. */
export function styleChain(sheet: StyleSheet, id: string | undefined): XmlElement[] {
  const chain: XmlElement[] = []
  let current = id
  while (current !== undefined) {
    const style = sheet.paragraphStyles.get(current)
    if (!style) throw new Error(`No paragraph style "${current}"`)
    if (chain.includes(style)) throw new Error(`Style "${current}" is based on itself`)
    chain.unshift(style)
    current = child(style, 'w:basedOn')?.attrs['w:val']
  }
  return chain
}

/** The id of the paragraph style of `paragraph`: its w:pStyle, or the default paragraph style. */
export function paragraphStyleId(sheet: StyleSheet, paragraph: XmlElement): string | undefined {
  return child(child(paragraph, 'w:pPr'), 'w:pStyle')?.attrs['w:val'] ?? sheet.defaultParagraphStyle
}

const effectiveParagraphs = new WeakMap<XmlElement, Props>()
const effectiveRuns = new WeakMap<XmlElement, Props>()

/**
 * Work out what Word and LibreOffice apply to every paragraph and run under `part`: the document
 * defaults, then the paragraph style and the styles it is based on (the farthest first), then what
 * the paragraph or run carries itself. Character styles and the default table style's text
 * properties are not resolved: a run naming a character style, or a table style that sets text
 * properties, throws, so that no assertion rests on a half-resolved value.
 */
function resolveProperties(sheet: StyleSheet, part: XmlElement): void {
  for (const paragraph of findAll(part, 'w:p')) {
    const chain = styleChain(sheet, paragraphStyleId(sheet, paragraph))
    let pProps = sheet.paragraphDefaults
    let rProps = sheet.runDefaults
    for (const style of chain) {
      pProps = overlay(pProps, child(style, 'w:pPr'))
      rProps = overlay(rProps, child(style, 'w:rPr'))
    }
    effectiveParagraphs.set(paragraph, overlay(pProps, child(paragraph, 'w:pPr'), new Set(['w:pStyle', 'w:rPr', 'w:sectPr'])))
    for (const run of findAll(paragraph, 'w:r')) {
      if (child(child(run, 'w:rPr'), 'w:rStyle')) throw new Error('Character styles are not resolved')
      effectiveRuns.set(run, overlay(rProps, child(run, 'w:rPr')))
    }
  }
}

export async function readDocx(bytes: Uint8Array): Promise<Docx> {
  const zip = await JSZip.loadAsync(bytes)
  const parts: Record<string, string> = {}
  for (const [path, file] of Object.entries(zip.files)) {
    if (!file.dir && /\.(xml|rels)$/u.test(path)) parts[path] = await file.async('string')
  }
  const parse = (path: string): XmlElement => {
    const text = parts[path]
    if (text === undefined) throw new Error(`No part ${path}`)
    return parseXml(text)
  }
  const styles = readStyleSheet(parse('word/styles.xml'))
  for (const part of ['w:pPr', 'w:rPr']) {
    if (styles.defaultTableStyle && child(styles.defaultTableStyle, part))
      throw new Error(`The default table style sets ${part}: not resolved here`)
  }
  const xml = (path: string): XmlElement => {
    const root = parse(path)
    if (/^word\/(document|header\d*|footer\d*)\.xml$/u.test(path)) resolveProperties(styles, root)
    return root
  }
  const document = xml('word/document.xml')
  const body = child(child(document, 'w:document'), 'w:body')
  if (!body) throw new Error('No w:body')
  const rels: Record<string, string> = {}
  for (const rel of findAll(xml('word/_rels/document.xml.rels'), 'Relationship'))
    rels[rel.attrs.Id ?? ''] = `word/${rel.attrs.Target ?? ''}`
  return { parts, document, body, rels, styles, xml }
}

/** The properties an element (a w:rPr or w:pPr) sets itself, flattened. */
export function propsOf(element: XmlElement | undefined): Props {
  return overlay({}, element)
}

/** What a run carries itself, flattened like {@link runProps}. */
export function directRunProps(run: XmlElement): Props {
  return propsOf(child(run, 'w:rPr'))
}

/** What a paragraph carries itself (its style id among them), flattened like {@link paraProps}. */
export function directParaProps(paragraph: XmlElement): Props {
  return propsOf(child(paragraph, 'w:pPr'))
}

/**
 * The effective properties of a run — the document defaults, its paragraph's style chain and its
 * own, see {@link resolveProperties} — for a run of a part read through {@link readDocx}.
 */
export function runProps(run: XmlElement): Props {
  const props = effectiveRuns.get(run)
  if (!props) throw new Error('A run outside the parts read by readDocx')
  return props
}

/** Whether an on/off property such as w:b is on. */
export function isOn(props: Props, name: string): boolean {
  const p = props[name]
  if (!p) return false
  const val = p['w:val']
  return val === undefined || (val !== 'false' && val !== '0' && val !== 'off')
}

/** Runs with visible text inside `node`. */
export function textRuns(node: XmlElement): XmlElement[] {
  return findAll(node, 'w:r').filter((r) => textOf(r).trim() !== '')
}

/** The effective style of a paragraph's text as one value: size in points, bold, italic, underline (of its first text run). */
export function paragraphLook(paragraph: XmlElement): { size: number; bold: boolean; italic: boolean; underline: boolean } {
  const run = textRuns(paragraph)[0]
  if (!run) throw new Error(`Paragraph without text: ${textOf(paragraph)}`)
  const props = runProps(run)
  return {
    size: Number(props['w:sz']?.['w:val'] ?? 'NaN') / 2,
    bold: isOn(props, 'w:b'),
    italic: isOn(props, 'w:i'),
    underline: props['w:u'] !== undefined && props['w:u']['w:val'] !== 'none',
  }
}

/** The effective properties of a paragraph (defaults, style chain, its own; without its style id), like {@link runProps}. */
export function paraProps(paragraph: XmlElement): Props {
  const props = effectiveParagraphs.get(paragraph)
  if (!props) throw new Error('A paragraph outside the parts read by readDocx')
  return props
}

/** The top-level paragraphs and tables of the body, in order. */
export function bodyBlocks(docx: Docx): XmlElement[] {
  return docx.body.children.filter((c) => c.name === 'w:p' || c.name === 'w:tbl')
}

/** The first body paragraph whose text matches, searching nested tables too. */
export function paragraphWith(node: XmlElement, pattern: string | RegExp): XmlElement {
  const found = findAll(node, 'w:p').find((p) => (typeof pattern === 'string' ? textOf(p).includes(pattern) : pattern.test(textOf(p))))
  if (!found) throw new Error(`No paragraph with ${String(pattern)}`)
  return found
}
