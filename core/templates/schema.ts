/** Built-in and user templates: data files validated here, versioned by `version`. */
import { z } from 'zod'
import { IssuerKind, NumberingStyle, ProfileId, ReportKind } from '../model/schema'

export const TEMPLATE_FORMAT = 'soan-bao-cao-template' as const

export interface TemplateSection {
  key: string
  title: string
  hint?: string | undefined
  /** Starter paragraphs; "{nam}", "{namSau}", "{ky}", "{kyToi}" are replaced on creation. */
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
  /** "higher": more is better (thu ngân sách); "lower": less is better (hộ nghèo, tai nạn giao thông). */
  direction: z.enum(['higher', 'lower']).default('higher'),
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
