/**
 * The contract's handlers for the office's templates ("Mẫu báo cáo", "Lưu làm mẫu"): a template
 * made from a report, imported from a template file or from any Word report (through the
 * import), renamed, duplicated, exported (the renderer saves `templates.get`'s JSON) and deleted.
 */
import type { TemplateSummary } from '../../core/contract'
import { tCore } from '../../core/i18n'
import { DomainError } from '../../core/model/errors'
import type { Report } from '../../core/model/schema'
import { issuerKindsFor, parseTemplate } from '../../core/templates'
import { templateFromReport, templateIdFor } from '../../core/templates/from-report'
import { docxToReport, type ImportSettings } from './import'
import type { LoadedTemplate, TemplateService } from './templates'

/** What the list and every change return for one template. */
export function summaryOf({ template: t, source }: LoadedTemplate): TemplateSummary {
  return {
    id: t.id,
    name: t.name,
    description: t.description,
    reportKind: t.reportKind,
    profile: t.profile,
    issuerKind: t.issuerKind,
    issuerKinds: [t.issuerKind, ...issuerKindsFor(t.profile).filter((k) => k !== t.issuerKind)],
    source,
  }
}

async function fromReport(templates: TemplateService, report: Report, name: string): Promise<TemplateSummary> {
  const taken = new Set((await templates.list()).templates.map((t) => t.template.id))
  return summaryOf(await templates.add(templateFromReport(report, templateIdFor(name, taken), name)))
}

/** A template file's text → its template, or a DomainError naming the file and what is wrong. */
function parseTemplateFile(fileName: string, text: string): ReturnType<typeof parseTemplate> {
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/u, ''))
  } catch {
    throw new DomainError('invalidTemplate', { id: fileName, detail: 'JSON' })
  }
  return parseTemplate(data, fileName)
}

export function templateHandlers(templates: TemplateService, importSettings: () => Promise<ImportSettings>) {
  return {
    'templates.get': async (request: { id: string }) => {
      const { template, source } = await templates.get(request.id)
      return { template, source }
    },
    'templates.fromReport': (request: { report: Report; name: string }) => fromReport(templates, request.report, request.name),
    'templates.import': async (request: { fileName: string; text?: string | undefined; base64?: string | undefined }) => {
      if (request.text !== undefined) return summaryOf(await templates.add(parseTemplateFile(request.fileName, request.text)))
      const { report } = await docxToReport(await importSettings(), request.fileName, Buffer.from(request.base64 ?? '', 'base64'))
      const name =
        request.fileName
          .replace(/\\/gu, '/')
          .split('/')
          .pop()
          ?.replace(/\.[^.]*$/u, '') ?? request.fileName
      return fromReport(templates, report, name.trim() || tCore('import.whole'))
    },
    'templates.rename': async (request: { id: string; name: string }) => summaryOf(await templates.rename(request.id, request.name)),
    'templates.duplicate': async (request: { id: string }) => {
      const { template } = await templates.get(request.id)
      return summaryOf(await templates.duplicate(request.id, tCore('templates.copyName', { name: template.name })))
    },
    'templates.remove': async (request: { id: string }) => {
      await templates.remove(request.id)
      return {}
    },
  }
}
