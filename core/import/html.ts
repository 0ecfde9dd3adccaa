/**
 * A web page saved with a .doc name (Word's "Web Page" format, or another program's export) →
 * {@link SourceDocument}: paragraphs and headings, bold/italic/underline/strike/super/subscript,
 * alignment, lists and tables, and fonts, so that text typed in TCVN3 or VNI fonts becomes
 * Unicode. Scripts, styles and the head are skipped; images are counted as lost.
 */
import { Parser } from 'htmlparser2'
import { BlockBuilder, PLAIN_PARAGRAPH, PLAIN_RUN, type ParagraphFormat, type RunFormat } from './block-builder'
import type { SourceAlign, SourceDocument } from './source'

const BLOCKS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'dt', 'dd', 'address', 'center'])
const SKIPPED = new Set(['head', 'script', 'style', 'title', 'noscript', 'template', 'xml'])
const VOID = new Set(['br', 'img', 'hr', 'meta', 'link', 'input', 'col', 'wbr', 'area', 'base', 'source'])

function styleValue(style: string, property: string): string | null {
  const match = new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([^;]+)`, 'iu').exec(style)
  return match?.[1]?.trim() ?? null
}

function firstFamily(value: string): string {
  return (value.split(',')[0] ?? '').trim().replace(/^["']|["']$/gu, '')
}

function alignOf(attribs: Record<string, string>): SourceAlign | null {
  const value = (styleValue(attribs.style ?? '', 'text-align') ?? attribs.align ?? '').toLowerCase()
  if (value === 'center' || value === 'right' || value === 'left') return value
  if (value === 'justify') return 'justify'
  return null
}

function runOf(name: string, attribs: Record<string, string>, outer: RunFormat): RunFormat {
  const style = attribs.style ?? ''
  const run = { ...outer }
  if (name === 'b' || name === 'strong' || /bold|[6-9]00/iu.test(styleValue(style, 'font-weight') ?? '')) run.bold = true
  if (name === 'i' || name === 'em' || /italic/iu.test(styleValue(style, 'font-style') ?? '')) run.italic = true
  if (name === 'u' || /underline/iu.test(styleValue(style, 'text-decoration') ?? '')) run.underline = true
  if (name === 's' || name === 'strike' || name === 'del' || /line-through/iu.test(styleValue(style, 'text-decoration') ?? ''))
    run.strike = true
  if (name === 'sup') run.sup = true
  if (name === 'sub') run.sub = true
  if (/uppercase/iu.test(styleValue(style, 'text-transform') ?? '')) run.caps = true
  const family = styleValue(style, 'font-family') ?? (name === 'font' ? (attribs.face ?? null) : null)
  if (family) run.font = firstFamily(family)
  return run
}

/** The text of an HTML file's bytes, in the charset its meta tag names (UTF-8 when none). */
export function decodeHtml(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096))
  const label = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/iu.exec(head)?.[1] ?? 'utf-8'
  try {
    return new TextDecoder(label).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}

/** Read an HTML document. */
export function readHtml(html: string): SourceDocument {
  const body = new BlockBuilder()
  const runs: RunFormat[] = [{ ...PLAIN_RUN }]
  const open: string[] = []
  const lists: boolean[] = []
  let skip = 0
  let tables = 0
  let paragraph: ParagraphFormat = { ...PLAIN_PARAGRAPH }

  const endParagraph = (end: 'paragraph' | 'cell' | 'row' = 'paragraph'): void => {
    if (end === 'paragraph' && body.empty) return
    body.paragraph({ ...paragraph, depth: tables }, end)
    paragraph = { ...PLAIN_PARAGRAPH }
  }

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (VOID.has(name)) {
          if (skip > 0) return
          if (name === 'br') body.inline('break')
          if (name === 'img') body.lost.add('image')
          return
        }
        open.push(name)
        if (SKIPPED.has(name)) skip++
        if (skip > 0) return
        runs.push(runOf(name, attribs, runs[runs.length - 1] ?? PLAIN_RUN))
        if (name === 'ul' || name === 'ol') lists.push(name === 'ol')
        if (name === 'table') {
          endParagraph()
          tables++
        }
        if (name === 'a' && attribs.href && !attribs.href.startsWith('#')) body.lost.add('hyperlink')
        if (BLOCKS.has(name)) {
          endParagraph()
          const level = /^h([1-6])$/u.exec(name)?.[1]
          paragraph = {
            ...paragraph,
            align: alignOf(attribs) ?? paragraph.align,
            headingLevel: level ? Number(level) : null,
            list: name === 'li' ? { level: Math.max(0, lists.length - 1), ordered: lists[lists.length - 1] ?? false } : null,
          }
        }
      },
      ontext(text) {
        if (skip > 0) return
        const collapsed = text.replace(/[ \t\r\n\f]+/gu, ' ')
        if (body.empty && collapsed.trim() === '') return
        body.text(body.empty ? collapsed.trimStart() : collapsed, runs[runs.length - 1] ?? PLAIN_RUN)
      },
      onclosetag(name, implied) {
        if (VOID.has(name) && !implied) return
        const at = open.lastIndexOf(name)
        if (at < 0) return
        open.length = at
        if (SKIPPED.has(name)) {
          skip = Math.max(0, skip - 1)
          return
        }
        if (skip > 0) return
        runs.pop()
        if (name === 'ul' || name === 'ol') lists.pop()
        if (BLOCKS.has(name)) endParagraph()
        else if ((name === 'td' || name === 'th') && tables > 0) endParagraph('cell')
        else if (name === 'tr' && tables > 0) body.paragraph({ ...PLAIN_PARAGRAPH, depth: tables }, 'row')
        else if (name === 'table' && tables > 0) {
          tables--
          if (tables === 0) body.closeTable()
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  )
  parser.write(html)
  parser.end()
  const blocks = body.finish()
  return { blocks, lost: body.lost.list(), conversions: body.tally.list() }
}
