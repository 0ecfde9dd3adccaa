/**
 * The contract's handlers over the services, and the one binding helper that every transport
 * (Electron IPC, browser-mode HTTP) goes through: parse the request with its zod schema, call
 * the handler, return `{ ok, value } | { ok: false, error }`. An invalid request never reaches
 * a service.
 */
import { randomUUID } from 'node:crypto'
import { stat } from 'node:fs/promises'
import { basename, dirname, isAbsolute } from 'node:path'
import { z } from 'zod'
import {
  contract,
  type ExportSaved,
  type ReportJob,
  type ReportWrite,
  type MethodName,
  type OpenDocument,
  type ResponseOf,
  type Result,
  type SettingsValue,
} from '../../core/contract'
import { layoutIssues } from '../../core/layout'
import { runChecks } from '../../core/checks'
import type { Problem } from '../../core/checks/problem'
import type { Report } from '../../core/model/schema'
import { DomainError, errorInfoOf } from '../../core/model/errors'
import type { DocumentService } from './documents'
import type { WriteBody } from './documents/open-documents'
import { alternativeExportPath, buildExport, checkedExport, writeExport, type BuiltExport } from './export'
import { pdfInfo, withPdfInfo } from './pdf-info'
import { exportFileName } from '../../core/docx'
import { errnoCode, fileError } from './file-errors'
import { fileKey } from './file-key'
import { createFrom, importDocx, parseForMerge, settingsOf, type ImportContext } from './import'
import type { SettingsStore, StartupNotice } from './settings'
import type { TemplateService } from './templates'
import { summaryOf, templateHandlers } from './template-handlers'
import { formatNumber, safeFileName } from '../../core/format'
import { tCore } from '../../core/i18n'
import { REPORT_EXTENSION } from '../../core/model/report-file'

const viErrors = z.locales.vi().localeError

type ParsedRequest<M extends MethodName> = z.output<(typeof contract)[M]['request']>

export type Handlers = { [M in MethodName]: (request: ParsedRequest<M>) => Promise<ResponseOf<M>> }

export interface ServiceContext {
  documents: DocumentService
  templates: TemplateService
  settings: SettingsStore
  appVersion: string
  mode: 'electron' | 'web'
  /** The library folder when the clerk chose none. */
  defaultLibraryDir: string
  /** Electron only: ask for a `.baocao` file with the native dialog; null when cancelled. */
  pickReportFile?: () => Promise<string | null>
  /**
   * Electron only: ask where an exported file (Word or PDF) goes with the native dialog,
   * proposing `fileName` in `folder` (the Documents folder when none); null when cancelled.
   */
  pickExportPath?: (fileName: string, folder?: string) => Promise<string | null>
  /** Electron only: the pages the window shows for printing, as a PDF (webContents.printToPDF). */
  pagesToPdf?: () => Promise<Uint8Array>
  /** Electron only: print the pages the window shows (webContents.print); false when cancelled. */
  printPages?: () => Promise<boolean>
  /** Electron only: take the report the operating system asked to open (see `documents.openPending`). */
  takePendingOpen?: () => string | null
  /** What the clerk should hear about once, from start-up (a damaged settings file set aside). */
  notices?: StartupNotice[]
  /** Electron only: open an exported file, or show it in its folder (shell.openPath, showItemInFolder). */
  revealExport?: (path: string, how: 'open' | 'folder') => Promise<void>
  /** Electron only: ask where to "Lưu thành…" a report with the native dialog; null when cancelled. */
  pickSavePath?: (suggestedName: string) => Promise<string | null>
}

/** The whole report or the patch of a write request (the contract ensures exactly one). */
function writeOf(request: ReportWrite | ReportJob): WriteBody {
  if (request.report) return { report: request.report }
  if (request.patch) return { patch: request.patch }
  throw new DomainError('badRequest', { detail: 'report' })
}

function settingsValue(ctx: ServiceContext): SettingsValue {
  const { language, office, libraryDir, exportDefaults, recent } = ctx.settings.get()
  return { language, office, libraryDir: ctx.documents.library, customLibraryDir: libraryDir, exportDefaults, recent }
}

const RECENT_COUNT = 8

/** Put a library file first in the recent list (which holds names in the library only). */
function remember(ctx: ServiceContext, doc: OpenDocument): OpenDocument {
  if (!ctx.documents.isInLibrary(doc.key)) return doc
  const recent = ctx.settings.get().recent.filter((n) => n !== doc.name)
  ctx.settings.set({ recent: [doc.name, ...recent].slice(0, RECENT_COUNT) })
  return doc
}

/** An export (Word or PDF) that could not replace the file another program holds open, kept for "Thử lại" / "Lưu với tên khác". */
interface HeldExport {
  path: string
  built: BuiltExport
}

/**
 * Write a finished export where the clerk chose. A file held open (Word) is kept in `held` under a
 * new id, for `export.retry`; only the latest one is kept.
 */
async function writeChosenExport(held: Map<string, HeldExport>, path: string, built: BuiltExport): Promise<ExportSaved> {
  held.clear()
  try {
    await writeExport(path, built.bytes)
    return { saved: true, path, problems: built.problems }
  } catch (error) {
    if (!(error instanceof DomainError && error.code === 'exportInUse')) throw error
    const retryId = randomUUID()
    held.set(retryId, { path, built })
    return { saved: false, problems: built.problems, held: { retryId, name: basename(path).normalize('NFC') } }
  }
}

/**
 * A report folder the clerk typed in Cài đặt ("" goes back to the default): a full path, and not a
 * file. A folder that does not exist yet is made by the first report written there.
 */
async function checkLibraryDir(dir: string): Promise<void> {
  if (dir === '') return
  if (!isAbsolute(dir)) throw new DomainError('libraryNotAbsolute', { path: dir })
  const found = await stat(dir).catch(() => null)
  if (found && !found.isDirectory()) throw new DomainError('libraryNotFolder', { path: dir })
}

export function createHandlers(ctx: ServiceContext): Handlers {
  const held = new Map<string, HeldExport>()
  /** The files exported in this session: the only ones "Mở tệp" and "Mở thư mục" may reach. */
  const exported = new Set<string>()
  const written = async (path: string, built: BuiltExport): Promise<ExportSaved> => {
    const result = await writeChosenExport(held, path, built)
    if (result.saved && result.path !== undefined) exported.add(result.path)
    return result
  }
  /**
   * The final checks the page was shown, per state of a report (the handle's report object, kept
   * while nothing changes): an export that follows them does not run them again.
   */
  const finalChecks = new WeakMap<Report, Problem[]>()
  /** The open report of a checks or export request, with the changes it carries. */
  const reportOf = (request: ReportJob): Promise<Report> => ctx.documents.reportWith(request.id, writeOf(request))
  /** The checks an export of `report` needs, when they already ran on it: without proofreading notes, which never block. */
  const checkedAlready = (report: Report, draft: boolean): Problem[] | undefined =>
    draft ? undefined : finalChecks.get(report)?.filter((p) => !p.code.startsWith('proof.'))
  return {
    'app.info': async () => ({ version: ctx.appVersion, mode: ctx.mode, libraryDir: ctx.documents.library }),
    // Each notice is given once: the first window to ask shows it.
    'app.notices': async () => (ctx.notices ?? []).splice(0).map(({ code, file }) => ({ code, params: { file } })),
    'templates.list': async () => {
      const { templates, invalid } = await ctx.templates.list()
      return { templates: templates.map(summaryOf), invalid }
    },
    ...templateHandlers(ctx.templates, () => settingsOf(importContext(ctx))),
    'settings.get': async () => settingsValue(ctx),
    'settings.set': async (request) => {
      if (request.exportDefaults) {
        for (const side of ['state', 'party'] as const) {
          const issue = layoutIssues(side, request.exportDefaults[side])[0]
          if (issue)
            throw new DomainError('layoutOutOfRange', {
              layoutField: issue.field,
              value: formatNumber(issue.value),
              min: formatNumber(issue.range[0]),
              max: formatNumber(issue.range[1]),
            })
        }
      }
      const { customLibraryDir, ...rest } = request
      if (customLibraryDir !== undefined) await checkLibraryDir(customLibraryDir.trim())
      const patch = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined))
      const next = ctx.settings.set(customLibraryDir === undefined ? patch : { ...patch, libraryDir: customLibraryDir.trim() })
      ctx.documents.setLibrary(next.libraryDir || ctx.defaultLibraryDir)
      return settingsValue(ctx)
    },
    'documents.list': () => ctx.documents.list(),
    'documents.create': async (request) => {
      const template = await ctx.templates.find(request.templateId)
      const settings = ctx.settings.get()
      return remember(ctx, await ctx.documents.create(template, request, settings.office, settings.exportDefaults[template.profile]))
    },
    'documents.open': async (request) => remember(ctx, await ctx.documents.openByName(request.name)),
    'documents.reopen': async (request) => remember(ctx, await ctx.documents.reopen(request.key)),
    'documents.duplicate': (request) => ctx.documents.duplicate(request.name),
    'documents.delete': (request) => ctx.documents.delete(request.name),
    'documents.listDeleted': () => ctx.documents.listDeleted(),
    'documents.restoreDeleted': (request) => ctx.documents.restoreDeleted(request.trashName),
    'documents.importFile': async (request) => remember(ctx, await ctx.documents.importText(request.fileName, request.text)),
    'documents.openFile': async () => {
      if (!ctx.pickReportFile) throw new DomainError('unsupported')
      const path = await ctx.pickReportFile()
      return path === null ? null : ctx.documents.openPath(path)
    },
    'documents.close': async (request) => {
      await ctx.documents.close(request.id)
      return {}
    },
    'documents.save': (request) => ctx.documents.save(request.id, writeOf(request)),
    'documents.journal': (request) => ctx.documents.journal(request.id, writeOf(request)),
    'documents.saveAs': async (request) => {
      if (request.newName !== undefined) return ctx.documents.saveAs(request.id, request.report, { newName: request.newName })
      if (!ctx.pickSavePath) throw new DomainError('unsupported')
      const path = await ctx.pickSavePath(`${safeFileName(request.report.meta.title, tCore('documents.untitled'))}${REPORT_EXTENSION}`)
      return path === null ? null : ctx.documents.saveAs(request.id, request.report, { path })
    },
    'documents.rename': (request) => ctx.documents.rename(request.name, request.newName),
    'documents.reload': (request) => ctx.documents.reload(request.id, request.report),
    'history.list': (request) => ctx.documents.history(request.id),
    'history.restore': (request) => ctx.documents.restoreBackup(request.id, request.backupId, request.current),
    'history.openCopy': async (request) => remember(ctx, await ctx.documents.openBackupCopy(request.backupId)),
    'recovery.list': () => ctx.documents.listRecoverable(),
    'recovery.restore': async (request) => remember(ctx, await ctx.documents.restoreRecovery(request.id)),
    'recovery.discard': async (request) => {
      await ctx.documents.discardRecovery(request.id)
      return {}
    },
    'checks.run': async (request) => {
      const report = await reportOf(request)
      const problems = runChecks(report, { draft: request.draft, proofing: ctx.settings.get().office.proofing })
      if (!request.draft) finalChecks.set(report, problems)
      return problems
    },
    'export.build': async (request) => {
      const report = await reportOf(request)
      const built = await buildExport(report, request.draft, checkedAlready(report, request.draft))
      return { fileName: built.fileName, base64: Buffer.from(built.bytes).toString('base64'), problems: built.problems }
    },
    'export.save': async (request) => {
      if (!ctx.pickExportPath) throw new DomainError('unsupported')
      const report = await reportOf(request)
      const built = await buildExport(report, request.draft, checkedAlready(report, request.draft))
      const path = await ctx.pickExportPath(built.fileName)
      return path === null ? { saved: false, problems: built.problems } : written(path, built)
    },
    'export.retry': async (request) => {
      const pending = held.get(request.retryId)
      if (!pending || !ctx.pickExportPath) throw new DomainError('exportExpired')
      if (!request.otherName) return written(pending.path, pending.built)
      const proposed = await alternativeExportPath(pending.path)
      const path = await ctx.pickExportPath(basename(proposed), dirname(proposed))
      return path === null ? { saved: false, problems: pending.built.problems } : written(path, pending.built)
    },
    'documents.openPending': async (request) => {
      const path = ctx.takePendingOpen?.() ?? null
      if (path === null || (request.currentKey !== undefined && fileKey(path) === request.currentKey)) return null
      return remember(ctx, await ctx.documents.openPath(path))
    },
    'export.pdf': async (request) => {
      // The browser-driving part loads only when a PDF is asked for.
      const { buildPdf } = await import('./pdf')
      const report = await reportOf(request)
      const built = await buildPdf(report, request.draft, undefined, checkedAlready(report, request.draft))
      return { fileName: built.fileName, base64: Buffer.from(built.bytes).toString('base64'), problems: built.problems }
    },
    'export.savePdf': async (request) => {
      const { pagesToPdf, pickExportPath } = ctx
      if (!pagesToPdf || !pickExportPath) throw new DomainError('unsupported')
      const { draft } = request
      const report = await reportOf(request)
      const built = await checkedExport(
        report,
        draft,
        async () => {
          let pdf: Uint8Array
          try {
            pdf = await pagesToPdf()
          } catch (error) {
            throw new DomainError('pdfFailed', { detail: error instanceof Error ? error.message : String(error) })
          }
          return { fileName: exportFileName(report, draft, 'pdf'), bytes: await withPdfInfo(pdf, pdfInfo(report)) }
        },
        checkedAlready(report, draft),
      )
      const path = await pickExportPath(built.fileName)
      return path === null ? { saved: false, problems: built.problems } : written(path, built)
    },
    'export.reveal': async ({ path, how }) => {
      if (!ctx.revealExport) throw new DomainError('unsupported')
      if (!exported.has(path)) throw new DomainError('forbidden')
      const file = await stat(path).catch(() => null)
      if (!file?.isFile()) throw new DomainError('exportGone', { name: basename(path) })
      await ctx.revealExport(path, how)
      return {}
    },
    'print.pages': async () => {
      if (!ctx.printPages) throw new DomainError('unsupported')
      return { printed: await ctx.printPages() }
    },
    'import.docx': async (request) => {
      const imported = await importDocx(importContext(ctx), request)
      return { document: remember(ctx, imported.document), lost: imported.lost, conversions: imported.conversions }
    },
    'import.parse': (request) => parseForMerge(importContext(ctx), request),
    'documents.createFrom': async (request) => {
      const template = await ctx.templates.find(request.templateId)
      const created = await createFrom(importContext(ctx), request, ctx.settings.get().exportDefaults[template.profile])
      return { document: remember(ctx, created.document), carried: created.summary }
    },
  }
}

function importContext(ctx: ServiceContext): ImportContext {
  return { documents: ctx.documents, templates: ctx.templates, appVersion: ctx.appVersion, office: ctx.settings.get().office }
}

export type Dispatch = (name: string, request: unknown) => Promise<Result<unknown>>

function isMethod(name: string): name is MethodName {
  return Object.hasOwn(contract, name)
}

/** Bind handlers to the contract: the single entry point of every transport. */
export function bindContract(handlers: Handlers, onUnexpected: (error: unknown) => void = () => undefined): Dispatch {
  return async (name, request) => {
    if (!isMethod(name)) return failure(new DomainError('unknownMethod', { name }))
    const parsed = contract[name].request.safeParse(request ?? {}, { error: viErrors })
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      return failure(new DomainError('badRequest', { detail: issue ? `${issue.path.join('.') || name}: ${issue.message}` : name }))
    }
    try {
      const handler = handlers[name] as (r: unknown) => Promise<unknown>
      const value: unknown = await handler(parsed.data)
      return { ok: true, value: contract[name].response.parse(value) }
    } catch (error) {
      if (error instanceof DomainError) return failure(error)
      onUnexpected(error)
      // A file error no service turned into a message of its own: still said as what it is.
      if (errnoCode(error) !== undefined) return failure(fileError(error, pathOf(error), 'fileFailed'))
      return failure(new DomainError('internal', { detail: error instanceof Error ? error.message : String(error) }))
    }
  }
}

function pathOf(error: unknown): string {
  return error instanceof Error && 'path' in error && typeof error.path === 'string' ? error.path : ''
}

function failure(error: DomainError): Result<never> {
  return { ok: false, error: errorInfoOf(error) }
}
