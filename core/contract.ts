/**
 * Every call between the UI and the backend: name → zod request schema + zod response schema.
 *
 * Electron binds each name to the IPC channel `api:<name>`; browser mode serves it as
 * `POST /api/<name>`. Both return a `Result`.
 */
import { z } from 'zod'
import { IssuerKind, Report, ReportKind, ProfileId } from './model/schema'
import { OfficeProfile } from './model/office'

export const Problem = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  /** Section id or meta field the problem is about, for jumping to it. */
  target: z.string().optional(),
})
export type Problem = z.infer<typeof Problem>

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
  name: z.string(),
  title: z.string(),
  savedAt: z.string(),
  size: z.number(),
})
export type DocumentSummary = z.infer<typeof DocumentSummary>

export const OpenDocument = z.object({
  /** Session handle of the open document; file paths never cross the boundary. */
  id: z.string(),
  /** File name relative to the library folder. */
  name: z.string(),
  report: Report,
})
export type OpenDocument = z.infer<typeof OpenDocument>

const FileName = z
  .string()
  .min(1)
  .max(200)
  .refine((s) => !/[\\/:*?"<>|\u0000-\u001f]/.test(s) && s !== '.' && s !== '..', 'Tên tệp không hợp lệ')

export const contract = {
  'app.info': {
    request: z.object({}),
    response: z.object({
      version: z.string(),
      mode: z.enum(['electron', 'web']),
      libraryDir: z.string(),
    }),
  },
  'templates.list': {
    request: z.object({}),
    response: z.object({
      templates: z.array(TemplateSummary),
      /** User template files that could not be used, with the reason. */
      invalid: z.array(z.object({ file: z.string(), message: z.string() })),
    }),
  },
  'settings.get': {
    request: z.object({}),
    response: z.object({ language: z.enum(['vi', 'en']), office: OfficeProfile }),
  },
  'settings.set': {
    request: z.object({ language: z.enum(['vi', 'en']).optional(), office: OfficeProfile.optional() }),
    response: z.object({ language: z.enum(['vi', 'en']), office: OfficeProfile }),
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
  'documents.save': {
    request: z.object({ id: z.string().min(1), report: Report }),
    response: z.object({ savedAt: z.string() }),
  },
  'checks.run': {
    request: z.object({ report: Report, draft: z.boolean() }),
    response: z.array(Problem),
  },
  'export.build': {
    request: z.object({ report: Report, draft: z.boolean() }),
    response: z.object({ fileName: z.string(), base64: z.string(), problems: z.array(Problem) }),
  },
  'export.save': {
    request: z.object({ report: Report, draft: z.boolean() }),
    response: z.object({ saved: z.boolean(), path: z.string().optional(), problems: z.array(Problem) }),
  },
} as const

export type Contract = typeof contract
export type MethodName = keyof Contract
export const methodNames = Object.keys(contract) as MethodName[]
export type RequestOf<M extends MethodName> = z.input<Contract[M]['request']>
export type ResponseOf<M extends MethodName> = z.infer<Contract[M]['response']>

export const ErrorInfo = z.object({ code: z.string(), message: z.string() })
export type ErrorInfo = z.infer<typeof ErrorInfo>
export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo }

/** The object the preload exposes and the HTTP client implements: one async function per method. */
export type Api = { [M in MethodName]: (request: RequestOf<M>) => Promise<Result<ResponseOf<M>>> }

/** Menu actions sent from the native menu to the UI; the UI's buttons call the same handlers. */
export const MenuAction = z.enum(['new', 'open-library', 'save', 'export', 'export-draft', 'check', 'about', 'zoom-in', 'zoom-out', 'zoom-reset'])
export type MenuAction = z.infer<typeof MenuAction>
