/**
 * Import: Word files (.docx, .doc, and what is named so: see word-file.ts) turned into reports by
 * core/import, reports started from an earlier one, and files read for merging into the open
 * report.
 */
import { randomUUID } from 'node:crypto'
import type { OpenDocument } from '../../core/contract'
import { carryOver, type CarryOverSummary } from '../../core/import/carry-over'
import { importReport, type ImportResult } from '../../core/import/report'
import type { Conversion } from '../../core/import/legacy-encoding'
import type { LostItem } from '../../core/import/source'
import { parseReport } from '../../core/model/migrate'
import type { OfficeProfile } from '../../core/model/office'
import type { IndicatorTable, IssuerKind, LayoutChoices, Section } from '../../core/model/schema'
import type { Template } from '../../core/templates'
import type { DocumentService } from './documents'
import type { TemplateService } from './templates'
import { baseName } from './docx-file'
import { readWordFile } from './word-file'
import { REPORT_EXTENSION } from '../../core/model/report-file'

export { MAX_DOCUMENT_XML_BYTES, MAX_UNPACKED_BYTES, readDocx } from './docx-file'

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
  const source = await readWordFile(bytes, fileName)
  return importReport(source, {
    templates: settings.templates,
    fileName: baseName(fileName),
    appVersion: settings.appVersion,
    newId: randomUUID,
    now,
    office: settings.office,
  })
}

/** The templates, app version and office profile a Word import is tied to. */
export async function settingsOf(ctx: ImportContext): Promise<ImportSettings> {
  return { templates: (await ctx.templates.list()).templates.map((t) => t.template), appVersion: ctx.appVersion, office: ctx.office }
}

/** "Mở từ Word…": import a Word file into the library and open it. */
export async function importDocx(
  ctx: ImportContext,
  request: { fileName: string; base64: string },
): Promise<{ document: OpenDocument; lost: LostItem[]; conversions: Conversion[] }> {
  const { report, lost, conversions } = await docxToReport(await settingsOf(ctx), request.fileName, Buffer.from(request.base64, 'base64'))
  const base = baseName(request.fileName).replace(/\.docx?$/iu, '')
  const document = await ctx.documents.importReport(`${base}${REPORT_EXTENSION}`, report)
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
  const earlier = await ctx.documents.readReport(request.sourceName)
  const template = await ctx.templates.find(request.templateId)
  const created = await ctx.documents.create(template, request, ctx.office, layout)
  const { report, summary } = carryOver(created.report, earlier, randomUUID)
  await ctx.documents.save(created.id, { report })
  return { document: { ...created, report }, summary }
}
