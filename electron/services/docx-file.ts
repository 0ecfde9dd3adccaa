/**
 * A .docx read safely into blocks (an OLE file, .doc or encrypted, goes to word-file.ts instead):
 * checked before anything is unpacked — a file that is not a ZIP, a damaged ZIP, or one whose unpacked size exceeds {@link MAX_UNPACKED_BYTES} is refused with
 * a Vietnamese message — and read by mammoth from our own bounded ZIP reader, never from the raw
 * bytes. Runs typed in TCVN3 or VNI fonts are rewritten in Unicode, and the labels Word numbers
 * headings with are put in as text, before mammoth reads them.
 */
import mammoth from 'mammoth'
import { convertDocumentXml } from '../../core/import/legacy-encoding/document-xml'
import { readMammothDocument } from '../../core/import/mammoth-model'
import { labelNumbering } from '../../core/import/numbering'
import { scanDocumentXml } from '../../core/import/raw-scan'
import type { SourceDocument } from '../../core/import/source'
import { readStyleDefaults, readStyles, StyleTable } from '../../core/import/styles'
import { DomainError } from '../../core/model/errors'
import { SafeZip, ZipError } from './safe-zip'

/** The most a Word file may unpack to; far beyond a long report with a few photos. */
export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024
/** `word/document.xml` larger than this would take mammoth too long and too much memory. */
export const MAX_DOCUMENT_XML_BYTES = 25 * 1024 * 1024

/** The file name without its folder. */
export function baseName(fileName: string): string {
  return fileName.replace(/\\/gu, '/').split('/').pop() ?? fileName
}

function zipFailure(error: ZipError, name: string): DomainError {
  if (error.problem === 'encrypted') return new DomainError('importEncrypted', { name })
  if (error.problem === 'tooLarge') return new DomainError('importTooLarge', { name, limit: MAX_UNPACKED_BYTES / (1024 * 1024) })
  if (error.problem === 'notZip') return new DomainError('importNotDocx', { name })
  return new DomainError('importCorrupt', { name, detail: error.detail })
}

/** Target of the first relationship of `type` in a .rels part, resolved against `base`. */
function relationTarget(rels: string, type: string, base: string): string | null {
  for (const match of rels.matchAll(/<Relationship\b([^>]*)>/gu)) {
    const attrs = match[1] ?? ''
    if (!new RegExp(`Type="[^"]*/${type}"`, 'u').test(attrs)) continue
    const target = /Target="([^"]*)"/u.exec(attrs)?.[1]
    if (!target) continue
    if (target.startsWith('/')) return target.slice(1)
    const parts = [...base.split('/').filter((p) => p !== ''), ...target.split('/')]
    const out: string[] = []
    for (const part of parts) {
      if (part === '..') out.pop()
      else if (part !== '.') out.push(part)
    }
    return out.join('/')
  }
  return null
}

/** The object mammoth reads a package through (its `openZip` accepts `{ file }`). */
interface MammothFile {
  exists: (name: string) => boolean
  read: (name: string, encoding?: string) => Promise<string | Uint8Array>
}

/** The package as mammoth reads it, with some parts replaced by text of ours (by part name). */
function mammothFile(zip: SafeZip, replaced: ReadonlyMap<string, string>): MammothFile {
  const replacement = (name: string): string | undefined => replaced.get(name.replace(/^\/+/u, '').toLowerCase())
  return {
    exists: (name) => zip.has(name),
    read: async (name, encoding) => {
      const text = replacement(name)
      if (text !== undefined) return encoding ? text : new TextEncoder().encode(text)
      if (encoding === 'base64') return Buffer.from(zip.read(name)).toString('base64')
      return encoding ? new TextDecoder(encoding).decode(zip.read(name)) : zip.read(name)
    },
  }
}

/** Capture mammoth's document model and hand back an empty body, so no HTML is built. */
async function mammothModel(zip: SafeZip, replaced: ReadonlyMap<string, string>): Promise<unknown> {
  let captured: unknown = null
  const transformDocument = (document: unknown): unknown => {
    captured = document
    return typeof document === 'object' && document !== null ? { ...document, children: [] } : document
  }
  // mammoth's typings list path/buffer/arrayBuffer inputs only; its openZip also takes `file`.
  const input = { file: mammothFile(zip, replaced) } as unknown as Parameters<typeof mammoth.convertToHtml>[0]
  await mammoth.convertToHtml(input, { transformDocument })
  return captured
}

/** Read a .docx into blocks; throws a DomainError the clerk can act on. */
export async function readDocx(bytes: Uint8Array, fileName: string): Promise<SourceDocument> {
  const name = baseName(fileName)
  let zip: SafeZip
  try {
    zip = SafeZip.open(bytes, { maxTotal: MAX_UNPACKED_BYTES, maxEntry: MAX_UNPACKED_BYTES, maxEntries: 10_000 })
  } catch (error) {
    if (error instanceof ZipError) throw zipFailure(error, name)
    throw error
  }
  try {
    const main = zip.has('_rels/.rels') ? relationTarget(zip.text('_rels/.rels'), 'officeDocument', '') : null
    const documentPath = main ?? 'word/document.xml'
    if (!zip.has(documentPath) || !zip.has('[Content_Types].xml')) throw new DomainError('importNotDocx', { name })
    if ((zip.sizeOf(documentPath) ?? 0) > MAX_DOCUMENT_XML_BYTES)
      throw new DomainError('importTooLarge', { name, limit: MAX_DOCUMENT_XML_BYTES / (1024 * 1024) })
    const folder = documentPath.includes('/') ? documentPath.slice(0, documentPath.lastIndexOf('/')) : ''
    const relsPath = `${folder}/_rels/${documentPath.slice(folder.length + 1)}.rels`
    const stylesPath = (zip.has(relsPath) ? relationTarget(zip.text(relsPath), 'styles', folder) : null) ?? `${folder}/styles.xml`
    const stylesXml = zip.has(stylesPath) ? zip.text(stylesPath) : ''
    const styles = new StyleTable(readStyles(stylesXml))
    const defaults = readStyleDefaults(stylesXml)
    const xml = zip.text(documentPath)
    // Runs typed in TCVN3 or VNI fonts are rewritten in Unicode before mammoth reads them.
    const legacy = convertDocumentXml(xml, {
      styleFont: (id) => styles.resolve(id).font,
      defaultFont: defaults.font,
      defaultParagraphStyle: defaults.paragraphStyle,
    })
    const raw = scanDocumentXml(xml)
    // Headings numbered by Word ("Phần I", "1.") get their labels as text before mammoth reads them.
    const numberingPath = (zip.has(relsPath) ? relationTarget(zip.text(relsPath), 'numbering', folder) : null) ?? `${folder}/numbering.xml`
    const converted = legacy.conversions.length > 0 ? legacy.xml : xml
    const labelled = labelNumbering(converted, zip.has(numberingPath) ? zip.text(numberingPath) : '', stylesXml)
    const replaced = new Map(labelled === xml ? [] : [[documentPath.toLowerCase(), labelled]])
    const reading = readMammothDocument(await mammothModel(zip, replaced), styles)
    reading.lost.addAll(raw.lost)
    reading.lost.atLeast('textBox', Math.max(reading.textBoxes, raw.textBoxes))
    return { blocks: reading.blocks, lost: reading.lost.list(), conversions: legacy.conversions }
  } catch (error) {
    if (error instanceof DomainError) throw error
    if (error instanceof ZipError) throw zipFailure(error, name)
    throw new DomainError('importCorrupt', { name, detail: error instanceof Error ? error.message.slice(0, 200) : String(error) })
  }
}
