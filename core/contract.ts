/**
 * Every call between the UI and the backend: name → zod request schema + zod response schema.
 *
 * Electron binds each name to the IPC channel `api:<name>`; browser mode serves it as
 * `POST /api/<name>`. Both return a `Result`.
 */
import { z } from 'zod'
import { IndicatorTable, IssuerKind, LayoutChoices, Period, Report, ReportKind, ProfileId, Section } from './model/schema'
import { LostItem } from './import/source'
import { Conversion } from './import/legacy-encoding'
import { CarryOverSummary } from './import/carry-over'
import { OfficeProfile } from './model/office'
import { Template } from './templates/schema'
import { Problem } from './checks/problem'
import { MAX_IMPORT_BYTES, MAX_REPORT_CHARS, MAX_TEMPLATE_CHARS } from './limits'
import { ErrorMessage, type ErrorInfo } from './model/errors'
import { isAllowedFileName } from './format/filename'

export const TemplateSummary = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  reportKind: ReportKind,
  profile: ProfileId,
  issuerKind: IssuerKind,
  /** Issuer kinds the template can be used for (its own first). */
  issuerKinds: z.array(IssuerKind),
  /** Where the template comes from: built in, or a file in the user's templates folder. */
  source: z.enum(['builtin', 'user']),
})
export type TemplateSummary = z.infer<typeof TemplateSummary>

export const DocumentSummary = z.object({
  /** File name in the library folder. */
  name: z.string(),
  title: z.string(),
  reportKind: ReportKind.nullable(),
  period: Period.nullable(),
  /** Issuer name on one line, e.g. "ỦY BAN NHÂN DÂN PHƯỜNG PHÚ XUÂN". */
  issuer: z.string(),
  profile: ProfileId.nullable(),
  savedAt: z.string(),
  size: z.number(),
  /** Why the file cannot be opened (damaged, newer version); null when it is fine. */
  error: ErrorMessage.nullable(),
})
export type DocumentSummary = z.infer<typeof DocumentSummary>

/** A report moved to the trash. */
export const TrashEntry = z.object({
  /** Name inside the trash folder. */
  trashName: z.string(),
  /** Its name in the library before it was deleted. */
  name: z.string(),
  title: z.string(),
  deletedAt: z.string(),
})
export type TrashEntry = z.infer<typeof TrashEntry>

export const OpenDocument = z.object({
  /** Session handle of the open document; file paths never cross the boundary. */
  id: z.string(),
  /**
   * The document's lasting identity: a key of its full path, the same in every session. The UI
   * reopens a document by it (after a reload, or when the backend lost the handle), never by its
   * file name, which another folder's report may share.
   */
  key: z.string(),
  /** File name relative to the library folder. */
  name: z.string(),
  report: Report,
  /** Opened read-only because the same file is open elsewhere: nothing is saved. */
  readOnly: z.boolean().optional(),
  /** Why it is read-only, for the banner: the file is open elsewhere. */
  readOnlyReason: z.literal('locked').optional(),
})
export type OpenDocument = z.infer<typeof OpenDocument>

/** One entry of "Lịch sử phiên bản": an earlier version of the open document. */
export const BackupEntry = z.object({
  /** Opaque handle of the backup. */
  id: z.string(),
  /** When the backup was taken. */
  createdAt: z.string(),
  /** When the backed-up version itself was saved ("" when it cannot be read). */
  savedAt: z.string(),
  /** Why it was taken: a save, a restore, unsaved text set aside, a conflict. */
  reason: z.enum(['save', 'restore', 'journal', 'conflict']),
  size: z.number(),
})
export type BackupEntry = z.infer<typeof BackupEntry>

/** Text typed but never saved (the app or the computer stopped), offered at the next start. */
export const RecoveryEntry = z.object({
  id: z.string(),
  /** File name of the document the text belongs to. */
  name: z.string(),
  title: z.string(),
  /** When the text was last written to the journal. */
  journaledAt: z.string(),
})
export type RecoveryEntry = z.infer<typeof RecoveryEntry>

const BackupId = z.string().min(1).max(200)

const ImportBase64 = z.string().max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4)

const TemplateName = z.string().trim().min(1).max(200)

const FileName = z.string().min(1).max(200).refine(isAllowedFileName, 'Tên tệp không hợp lệ')

/**
 * Where an exported file went (Electron's save dialog). `held`: the file chosen is open in Word, a
 * PDF reader or another program, so it was not replaced; "Thử lại" or "Lưu với tên khác" go to
 * `export.retry`.
 */
export const ExportSaved = z.object({
  saved: z.boolean(),
  path: z.string().optional(),
  problems: z.array(Problem),
  held: z.object({ retryId: z.string(), name: z.string() }).optional(),
})
export type ExportSaved = z.infer<typeof ExportSaved>

/** What the backend may have to tell once from start-up: a damaged settings file set aside. */
export const NoticeCode = z.enum(['settingsReset'])
export type NoticeCode = z.infer<typeof NoticeCode>

export const Language = z.enum(['vi', 'en'])
export type Language = z.infer<typeof Language>

/** Layout choices applied to new reports, per side. */
export const ExportDefaults = z.object({ state: LayoutChoices, party: LayoutChoices })
export type ExportDefaults = z.infer<typeof ExportDefaults>

/** What the settings screen shows and changes. */
export const SettingsValue = z.object({
  language: Language,
  office: OfficeProfile,
  /** The library folder in use (the default one when the clerk chose none). */
  libraryDir: z.string(),
  /** The folder the clerk chose, or "" for the default. */
  customLibraryDir: z.string(),
  exportDefaults: ExportDefaults,
  /** Library file names opened last, newest first. */
  recent: z.array(z.string()),
})
export type SettingsValue = z.infer<typeof SettingsValue>

/**
 * A write of an open report: the whole report, or a patch against what the backend holds. Only
 * the outer shape is checked here: the backend keeps every part that passes the schema and
 * falls back, place by place, for what does not (core/model/repair.ts), so that no value on
 * screen can stop the rest of the report from being saved or journaled.
 */
const WriteShape = z.object({
  id: z.string().min(1),
  report: z.record(z.string(), z.unknown()).optional(),
  patch: z
    .object({
      sections: z.record(z.string(), z.unknown()),
      meta: z.unknown().optional(),
      indicators: z.unknown().optional(),
      layout: z.unknown().optional(),
    })
    .optional(),
})
const exactlyOne = (w: z.infer<typeof WriteShape>): boolean => (w.report === undefined) !== (w.patch === undefined)
const EXACTLY_ONE = 'report hoặc patch, đúng một trong hai'
export const ReportWrite = WriteShape.refine(exactlyOne, EXACTLY_ONE)
export type ReportWrite = z.infer<typeof ReportWrite>

/**
 * The checks or an export of an open report, by its id, in one trip: the request carries only
 * what the page has not sent yet (as a journal write does), never the report a second time.
 */
export const ReportJob = WriteShape.extend({ draft: z.boolean() }).refine(exactlyOne, EXACTLY_ONE)
export type ReportJob = z.infer<typeof ReportJob>

/** What a save or journal write could not keep as sent: report paths ("meta.copies") given their last good value. */
const Replaced = z.array(z.string())

export const contract = {
  'app.info': {
    request: z.object({}),
    response: z.object({
      version: z.string(),
      mode: z.enum(['electron', 'web']),
      libraryDir: z.string(),
    }),
  },
  /** What the clerk should hear about once from start-up, e.g. a damaged settings file set aside; each is given once. */
  'app.notices': {
    request: z.object({}),
    response: z.array(z.object({ code: NoticeCode, params: z.record(z.string(), z.string()) })),
  },
  'templates.list': {
    request: z.object({}),
    response: z.object({
      templates: z.array(TemplateSummary),
      /** User template files that could not be used, with the reason. */
      invalid: z.array(z.object({ file: z.string(), error: ErrorMessage })),
    }),
  },
  'settings.get': {
    request: z.object({}),
    response: SettingsValue,
  },
  'settings.set': {
    request: z.object({
      language: Language.optional(),
      office: OfficeProfile.optional(),
      /** A folder for the library; "" returns to the default. */
      customLibraryDir: z.string().max(1000).optional(),
      exportDefaults: ExportDefaults.optional(),
    }),
    response: SettingsValue,
  },
  'documents.list': {
    request: z.object({}),
    response: z.array(DocumentSummary),
  },
  'documents.create': {
    request: z.object({
      templateId: z.string().min(1),
      year: z.number().int().min(2000).max(2100),
      half: z.union([z.literal(1), z.literal(2)]).optional(),
      /** Another issuer of the same side, e.g. a chi bộ with a Đảng ủy template. */
      issuerKind: IssuerKind.optional(),
    }),
    response: OpenDocument,
  },
  'documents.open': {
    request: z.object({ name: FileName }),
    response: OpenDocument,
  },
  /** Open again the document with this key (see OpenDocument.key). */
  'documents.reopen': {
    request: z.object({ key: z.string().min(1).max(100) }),
    response: OpenDocument,
  },
  'documents.duplicate': {
    request: z.object({ name: FileName }),
    response: DocumentSummary,
  },
  'documents.delete': {
    request: z.object({ name: FileName }),
    response: TrashEntry,
  },
  'documents.listDeleted': {
    request: z.object({}),
    response: z.array(TrashEntry),
  },
  'documents.restoreDeleted': {
    request: z.object({ trashName: FileName }),
    response: DocumentSummary,
  },
  /** A `.baocao` file the clerk picked or dropped: its text is checked, then copied into the library. */
  'documents.importFile': {
    request: z.object({ fileName: z.string().min(1).max(500), text: z.string().max(MAX_REPORT_CHARS) }),
    response: OpenDocument,
  },
  /** Electron only: the native "Mở tệp" dialog; null when the clerk cancelled. */
  'documents.openFile': {
    request: z.object({}),
    response: OpenDocument.nullable(),
  },
  'documents.close': {
    request: z.object({ id: z.string().min(1) }),
    response: z.object({}),
  },
  /** Save the whole report, or only what changed since the backend last received it. */
  'documents.save': {
    request: ReportWrite,
    response: z.object({ savedAt: z.string(), replaced: Replaced }),
  },
  /**
   * The crash journal: what the editor holds, written (fsync) shortly after each change and
   * before the document itself; cleared by the next successful save.
   */
  'documents.journal': {
    request: ReportWrite,
    response: z.object({ replaced: Replaced }),
  },
  /** Save under another name in the library (or, in Electron without a name, where the clerk chooses); the handle follows. */
  'documents.saveAs': {
    request: z.object({ id: z.string().min(1), report: Report, newName: FileName.optional() }),
    /** null when the clerk cancelled the dialog. */
    response: z.object({ name: z.string(), key: z.string(), savedAt: z.string() }).nullable(),
  },
  'documents.rename': {
    request: z.object({ name: FileName, newName: FileName }),
    response: DocumentSummary,
  },
  /** "Tải bản trên đĩa": keep the clerk's version as a backup, then read the file again. */
  'documents.reload': {
    request: z.object({ id: z.string().min(1), report: Report }),
    response: OpenDocument,
  },
  'history.list': {
    request: z.object({ id: z.string().min(1) }),
    response: z.array(BackupEntry),
  },
  /** Put a backup back; `current` becomes a backup first, whose id is returned for "Hoàn tác". */
  'history.restore': {
    request: z.object({ id: z.string().min(1), backupId: BackupId, current: Report }),
    response: z.object({ report: Report, undoId: z.string(), savedAt: z.string() }),
  },
  /** "Mở bản sao lưu gần nhất" of a file that cannot be opened: the backup becomes a new file. */
  'history.openCopy': {
    request: z.object({ backupId: BackupId }),
    response: OpenDocument,
  },
  'recovery.list': {
    request: z.object({}),
    response: z.array(RecoveryEntry),
  },
  /** Write the recovered text into its document (the file on disk becomes a backup) and open it. */
  'recovery.restore': {
    request: z.object({ id: z.string().min(1).max(200) }),
    response: OpenDocument,
  },
  /** "Bỏ qua": the recovered text is set aside in the document's history, not deleted. */
  'recovery.discard': {
    request: z.object({ id: z.string().min(1).max(200) }),
    response: z.object({}),
  },
  'checks.run': {
    request: ReportJob,
    response: z.array(Problem),
  },
  'export.build': {
    request: ReportJob,
    response: z.object({ fileName: z.string(), base64: z.string(), problems: z.array(Problem) }),
  },
  'export.save': {
    request: ReportJob,
    response: ExportSaved,
  },
  /**
   * A Word file held open by another program: "Thử lại" writes it to the same file again,
   * "Lưu với tên khác" (`otherName`) asks where, proposing "… (2).docx" in the same folder.
   */
  'export.retry': {
    request: z.object({ retryId: z.string().min(1).max(100), otherName: z.boolean() }),
    response: ExportSaved,
  },
  /**
   * Electron only: the report the operating system asked to open (a double-clicked .baocao, at
   * start or from a second instance), asked for by the page once it is ready; null when there is
   * none, or when it is the page's `currentKey` document, already shown.
   */
  'documents.openPending': {
    request: z.object({ currentKey: z.string().max(100).optional() }),
    response: OpenDocument.nullable(),
  },
  // ---- print preview, printing and PDF (core/pages) ----
  /** Browser mode: the report's pages as a PDF, printed by the Chromium-family browser the host finds. */
  'export.pdf': {
    request: ReportJob,
    response: z.object({ fileName: z.string(), base64: z.string(), problems: z.array(Problem) }),
  },
  /** Electron: the pages the window shows for printing, as a PDF saved where the clerk chooses; saved is false when cancelled. */
  'export.savePdf': {
    request: ReportJob,
    response: ExportSaved,
  },
  /**
   * Electron: after an export, open the file it wrote ("Mở tệp", shell.openPath) or show it in its
   * folder ("Mở thư mục", showItemInFolder). Only a path exported in this session is accepted.
   */
  'export.reveal': {
    request: z.object({ path: z.string().min(1).max(4096), how: z.enum(['open', 'folder']) }),
    response: z.object({}),
  },
  /** Electron: print the pages the window shows, with the system's print dialog; printed is false when cancelled. */
  'print.pages': {
    request: z.object({}),
    response: z.object({ printed: z.boolean() }),
  },
  /** "Mở từ Word…": a .docx (base64) becomes a new report in the library; what was lost is listed. */
  'import.docx': {
    request: z.object({ fileName: z.string().min(1).max(500), base64: ImportBase64 }),
    response: z.object({ document: OpenDocument, lost: z.array(LostItem), conversions: z.array(Conversion) }),
  },
  /** "Chèn nội dung từ tệp…": read a .docx (base64) or a .baocao (text) for merging; nothing is saved. */
  'import.parse': {
    request: z
      .object({ fileName: z.string().min(1).max(500), base64: ImportBase64.optional(), text: z.string().max(MAX_REPORT_CHARS).optional() })
      .refine((r) => (r.base64 === undefined) !== (r.text === undefined), 'base64 hoặc text'),
    response: z.object({
      title: z.string(),
      sections: z.array(Section),
      indicators: z.array(IndicatorTable),
      lost: z.array(LostItem),
      conversions: z.array(Conversion),
    }),
  },
  /** "Tạo từ báo cáo kỳ trước": a new report from a template, started from a report in the library. */
  'documents.createFrom': {
    request: z.object({
      templateId: z.string().min(1),
      year: z.number().int().min(2000).max(2100),
      half: z.union([z.literal(1), z.literal(2)]).optional(),
      issuerKind: IssuerKind.optional(),
      /** Library file name of the earlier report. */
      sourceName: FileName,
    }),
    response: z.object({ document: OpenDocument, carried: CarryOverSummary }),
  },

  // ---- the office's own templates ("Mẫu báo cáo", "Lưu làm mẫu") ------------------------------
  /** One template in full, for the preview and the export. */
  'templates.get': {
    request: z.object({ id: z.string().min(1).max(200) }),
    response: z.object({ template: Template, source: z.enum(['builtin', 'user']) }),
  },
  /** "Lưu làm mẫu": the open report becomes an office template named `name`. */
  'templates.fromReport': {
    request: z.object({ report: Report, name: TemplateName }),
    response: TemplateSummary,
  },
  /** "Nhập mẫu…": a template .json (text) or any Word report (base64) becomes an office template. */
  'templates.import': {
    request: z
      .object({
        fileName: z.string().min(1).max(500),
        text: z.string().max(MAX_TEMPLATE_CHARS).optional(),
        base64: ImportBase64.optional(),
      })
      .refine((r) => (r.base64 === undefined) !== (r.text === undefined), 'base64 hoặc text'),
    response: TemplateSummary,
  },
  'templates.rename': {
    request: z.object({ id: z.string().min(1).max(200), name: TemplateName }),
    response: TemplateSummary,
  },
  'templates.duplicate': {
    request: z.object({ id: z.string().min(1).max(200) }),
    response: TemplateSummary,
  },
  'templates.remove': {
    request: z.object({ id: z.string().min(1).max(200) }),
    response: z.object({}),
  },
} as const

export type Contract = typeof contract
export type MethodName = keyof Contract
export const methodNames = Object.keys(contract) as MethodName[]
export type RequestOf<M extends MethodName> = z.input<Contract[M]['request']>
export type ResponseOf<M extends MethodName> = z.infer<Contract[M]['response']>

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo }

/** The object the preload exposes and the HTTP client implements: one async function per method. */
export type Api = { [M in MethodName]: (request: RequestOf<M>) => Promise<Result<ResponseOf<M>>> }

/** Menu actions sent from the native menu to the UI; the UI's buttons call the same handlers. */
export const MenuAction = z.enum([
  'new',
  'open-library',
  'save',
  'export',
  'export-draft',
  'check',
  'find',
  'replace',
  'settings',
  'about',
  'zoom-in',
  'zoom-out',
  'zoom-reset',
  'preview',
  'print',
  'export-pdf',
  /** The clerk chose "Lưu và thoát" when closing with unsaved changes: save, then close the window. */
  'save-and-close',
  /** The report's one undo history (the page decides; a box with its own undo keeps it). */
  'undo',
  'redo',
  /** The blanks of the templates ("[số]"), across all sections. */
  'next-blank',
  'previous-blank',
  /** The hints under the section headings, all at once. */
  'hide-hints',
  'show-hints',
  /** Trợ giúp → Phím tắt. */
  'shortcuts',
])
export type MenuAction = z.infer<typeof MenuAction>
