/** Built-in and user templates: data files validated here, versioned by `version`. */
import { z } from 'zod'
import { IndicatorKind, IssuerKind, NumberingStyle, ProfileId, ReportKind } from '../model/schema'

export const TEMPLATE_FORMAT = 'soan-bao-cao-template' as const

export interface TemplateSection {
  key: string
  title: string
  hint?: string | undefined
  /**
   * Starter paragraphs; "{nam}", "{namSau}", "{ky}", "{kyToi}", "{nhiemKy}" and "{coQuan}" are
   * replaced on creation (see `fillPlaceholders`). Nothing else in them may name a year, a term
   * or a congress that depends on the period: what cannot be computed is a blank ("[…]").
   */
  starter?: string[] | undefined
  numbered?: boolean | undefined
  /** Must have content before a final export. */
  required?: boolean | undefined
  children?: TemplateSection[] | undefined
}

export const TemplateSection: z.ZodType<TemplateSection> = z.lazy(() =>
  z.object({
    key: z.string().regex(/^[a-z0-9-]+$/, 'khóa mục chỉ gồm chữ thường không dấu, số và "-"'),
    title: z.string().min(1),
    hint: z.string().optional(),
    starter: z.array(z.string()).optional(),
    numbered: z.boolean().optional(),
    required: z.boolean().optional(),
    children: z.array(TemplateSection).optional(),
  }),
)

/** A standard indicator row; plan and previous-period values are usually filled by the clerk. */
export const TemplateIndicatorRow = z.object({
  key: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  unit: z.string(),
  /** How the result reads against its plan (core/model IndicatorKind); "plan" when not given. */
  kind: IndicatorKind.optional(),
  /**
   * Older templates' "more or less is better": "lower" stands for the kind "lower" when no kind is
   * given. Kept so that templates saved before kinds existed still load.
   */
  direction: z.enum(['higher', 'lower']).optional(),
  /** The word for the plan in sentences; the kind's usual one when not given. */
  planWord: z.string().optional(),
  /** Results are usually estimates when the report is written ("ước đạt"). */
  estimate: z.boolean().default(false),
  /** For a count or spending: the rate from which the row is "Đạt". */
  targetRate: z.number().nullable().default(null),
  plan: z.number().nullable().default(null),
  previous: z.number().nullable().default(null),
  hint: z.string().optional(),
})

export const TemplateIndicatorTable = z.object({
  key: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  /** Column set of spec §4.5: "state" (kế hoạch, thực hiện, cùng kỳ…) or "party" (chỉ tiêu nghị quyết, kết quả…). */
  columns: z.enum(['state', 'party']),
  rows: z.array(TemplateIndicatorRow).min(1),
})

export const Template = z.object({
  format: z.literal(TEMPLATE_FORMAT),
  id: z.string().regex(/^[a-z0-9.-]+$/, 'mã mẫu chỉ gồm chữ thường không dấu, số, "." và "-"'),
  version: z.number().int().min(1),
  name: z.string().min(1),
  description: z.string(),
  reportKind: ReportKind,
  profile: ProfileId,
  issuerKind: IssuerKind,
  /** Trích yếu pattern with "{nam}", "{namSau}", "{ky}", "{kyToi}". */
  title: z.string().min(1),
  symbol: z.string(),
  issuer: z.string(),
  parent: z.string().default(''),
  signer: z.object({
    authority: z.enum(['none', 'TM', 'KT', 'Q', 'TL', 'TUQ']),
    body: z.string(),
    headTitle: z.string(),
    title: z.string(),
  }),
  recipients: z.array(z.string()),
  archive: z.string(),
  numbering: z.array(NumberingStyle).min(1),
  sections: z.array(TemplateSection).min(1),
  indicators: z.array(TemplateIndicatorTable).default([]),
})
export type Template = z.infer<typeof Template>
