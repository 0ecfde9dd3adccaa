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
    for (const a of (attrText ?? '').matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gu)) attrs[a[1] as string] = decode(a[2] ?? a[3] ?? '')
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
  xml(path: string): XmlElement
}

export async function readDocx(bytes: Uint8Array): Promise<Docx> {
  const zip = await JSZip.loadAsync(bytes)
  const parts: Record<string, string> = {}
  for (const [path, file] of Object.entries(zip.files)) {
    if (!file.dir && /\.(xml|rels)$/u.test(path)) parts[path] = await file.async('string')
  }
  const xml = (path: string): XmlElement => {
    const text = parts[path]
    if (text === undefined) throw new Error(`No part ${path}`)
    return parseXml(text)
  }
  const document = xml('word/document.xml')
  const body = child(child(document, 'w:document'), 'w:body')
  if (!body) throw new Error('No w:body')
  const rels: Record<string, string> = {}
  for (const rel of findAll(xml('word/_rels/document.xml.rels'), 'Relationship')) rels[rel.attrs.Id ?? ''] = `word/${rel.attrs.Target ?? ''}`
  return { parts, document, body, rels, xml }
}

/** Run properties of a run, flattened: `{ 'w:b': {...}, 'w:sz': {...} }`. */
export function runProps(run: XmlElement): Record<string, Record<string, string>> {
  const props: Record<string, Record<string, string>> = {}
  for (const p of child(run, 'w:rPr')?.children ?? []) props[p.name] = p.attrs
  return props
}

/** Whether an on/off property such as w:b is on. */
export function isOn(props: Record<string, Record<string, string>>, name: string): boolean {
  const p = props[name]
  if (!p) return false
  const val = p['w:val']
  return val === undefined || (val !== 'false' && val !== '0' && val !== 'off')
}

/** Runs with visible text inside `node`. */
export function textRuns(node: XmlElement): XmlElement[] {
  return findAll(node, 'w:r').filter((r) => textOf(r).trim() !== '')
}

/** The style of a paragraph's text as one value: size in points, bold, italic, underline (of its first text run). */
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

/** Paragraph properties flattened like {@link runProps}. */
export function paraProps(paragraph: XmlElement): Record<string, Record<string, string>> {
  const props: Record<string, Record<string, string>> = {}
  for (const p of child(paragraph, 'w:pPr')?.children ?? []) props[p.name] = p.attrs
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
