/**
 * Import: Word files (.docx) read safely and turned into reports by core/import, reports started
 * from an earlier one, and files read for merging into the open report.
 *
 * The .docx is checked before anything is unpacked: an old .doc or a password-protected file
 * (both OLE compound files), a file that is not a ZIP, a damaged ZIP, or one whose unpacked size
 * exceeds {@link MAX_UNPACKED_BYTES} is refused with a Vietnamese message. mammoth reads the
 * document from our own bounded ZIP reader, never from the raw bytes.
 */
import { randomUUID } from 'node:crypto'
import mammoth from 'mammoth'
import type { OpenDocument } from '../../core/contract'
import { carryOver, type CarryOverSummary } from '../../core/import/carry-over'
import { importReport, type ImportResult } from '../../core/import/report'
import { readMammothDocument } from '../../core/import/mammoth-model'
import { scanDocumentXml } from '../../core/import/raw-scan'
import type { Conversion } from '../../core/import/legacy-encoding'
import type { LostItem, SourceDocument } from '../../core/import/source'
import { convertDocumentXml } from '../../core/import/legacy-encoding/document-xml'
import { readStyleDefaults, readStyles, StyleTable } from '../../core/import/styles'
import { DomainError } from '../../core/model/errors'
import { parseReport, serializeReport } from '../../core/model/migrate'
import type { OfficeProfile } from '../../core/model/office'
import type { IndicatorTable, IssuerKind, LayoutChoices, Section } from '../../core/model/schema'
import type { Template } from '../../core/templates'
import type { DocumentService } from './documents'
import { SafeZip, ZipError } from './safe-zip'
import type { TemplateService } from './templates'

/** The most a Word file may unpack to; far beyond a long report with a few photos. */
export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024
/** `word/document.xml` larger than this would take mammoth too long and too much memory. */
export const MAX_DOCUMENT_XML_BYTES = 25 * 1024 * 1024

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
// The stream name of an encrypted OOXML package inside its OLE container, in UTF-16LE.
const ENCRYPTED_PACKAGE = new Uint8Array([...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]))

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b)
}

function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let k = 0; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer
    return true
  }
  return false
}

function baseName(fileName: string): string {
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
  if (startsWith(bytes, OLE_SIGNATURE)) {
    throw new DomainError(
      contains(bytes.subarray(0, Math.min(bytes.length, 1024 * 1024)), ENCRYPTED_PACKAGE) ? 'importEncrypted' : 'importOldDoc',
      { name },
    )
  }
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
    const replaced = new Map(legacy.conversions.length > 0 ? [[documentPath.toLowerCase(), legacy.xml]] : [])
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

export interface ImportContext {
  documents: DocumentService
  templates: TemplateService
  appVersion: string
  office?: OfficeProfile | undefined
}

/** What a Word import is tied to: the templates, the app version, the office profile. */
export interface ImportSettings {
  templates: readonly Template[]
  appVersion: string
  office?: OfficeProfile | undefined
}

/** A Word file → a report (not saved), with what could not be kept. */
export async function docxToReport(settings: ImportSettings, fileName: string, bytes: Uint8Array, now?: Date): Promise<ImportResult> {
  const source = await readDocx(bytes, fileName)
  return importReport(source, {
    templates: settings.templates,
    fileName: baseName(fileName),
    appVersion: settings.appVersion,
    newId: randomUUID,
    now,
    office: settings.office,
  })
}

async function settingsOf(ctx: ImportContext): Promise<ImportSettings> {
  return { templates: (await ctx.templates.list()).templates.map((t) => t.template), appVersion: ctx.appVersion, office: ctx.office }
}

/** "Mở từ Word…": import a Word file into the library and open it. */
export async function importDocx(
  ctx: ImportContext,
  request: { fileName: string; base64: string },
): Promise<{ document: OpenDocument; lost: LostItem[]; conversions: Conversion[] }> {
  const { report, lost, conversions } = await docxToReport(await settingsOf(ctx), request.fileName, Buffer.from(request.base64, 'base64'))
  const base = baseName(request.fileName).replace(/\.docx$/iu, '')
  const document = await ctx.documents.importText(`${base}.baocao`, serializeReport(report))
  return { document, lost, conversions }
}

/** "Chèn nội dung từ tệp…": read a .docx or a .baocao for merging; nothing is written. */
export async function parseForMerge(
  ctx: ImportContext,
  request: { fileName: string; base64?: string | undefined; text?: string | undefined },
): Promise<{ title: string; sections: Section[]; indicators: IndicatorTable[]; lost: LostItem[]; conversions: Conversion[] }> {
  if (request.text !== undefined) {
    const report = parseReport(request.text)
    return { title: report.meta.title, sections: report.sections, indicators: report.indicators, lost: [], conversions: [] }
  }
  const { report, lost, conversions } = await docxToReport(
    await settingsOf(ctx),
    request.fileName,
    Buffer.from(request.base64 ?? '', 'base64'),
  )
  return { title: report.meta.title, sections: report.sections, indicators: report.indicators, lost, conversions }
}

/** "Tạo từ báo cáo kỳ trước": create from a template, then carry over from a library report. */
export async function createFrom(
  ctx: ImportContext,
  request: { templateId: string; year: number; half?: 1 | 2 | undefined; issuerKind?: IssuerKind | undefined; sourceName: string },
  layout: LayoutChoices = {},
): Promise<{ document: OpenDocument; summary: CarryOverSummary }> {
  const earlier = await ctx.documents.openByName(request.sourceName)
  await ctx.documents.close(earlier.id)
  const template = await ctx.templates.find(request.templateId)
  const created = await ctx.documents.create(template, request, ctx.office, layout)
  const { report, summary } = carryOver(created.report, earlier.report, randomUUID)
  await ctx.documents.save(created.id, { report })
  return { document: { ...created, report }, summary }
}
