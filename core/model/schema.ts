/**
 * The report document as saved in a `.baocao` file (schema version 3).
 *
 * History: v1 (0.1.0) had header, sections and content; v2 adds indicator tables, per-report
 * layout choices and the "cần cập nhật" mark on sections (see migrations/002-add-indicators.ts);
 * v3 keeps what the clerk typed in the issue date, the number of copies and the indicator
 * figures even before it is valid, and gives each indicator row a kind, a word for its plan, an
 * estimate mark and a target rate (see migrations/003-report-v3.ts).
 *
 * The schema checks the structure and the kind of each value, never whether a value is right
 * yet: a date that does not exist or a figure that is not a number is saved as typed and
 * reported by the pre-export checks (core/checks), so that nothing a clerk types in one field can
 * stop the rest of the report from being saved.
 *
 * Only plain data lives here: section content is Lexical's serialized editor state,
 * never a Lexical or React object.
 */
import { z } from 'zod'
import { upgradeIndicatorTable } from './migrations/003-report-v3'

export const DOCUMENT_FORMAT = 'soan-bao-cao' as const
export const SCHEMA_VERSION = 3 as const

export const ProfileId = z.enum(['state', 'party'])
export type ProfileId = z.infer<typeof ProfileId>

/** Who issues the report; decides the header lines, the symbol and the signer. */
export const IssuerKind = z.enum(['ubnd-phuong', 'hdnd-phuong', 'dang-uy-phuong', 'chi-bo', 'phong-ubnd'])
export type IssuerKind = z.infer<typeof IssuerKind>

export const ReportKind = z.enum(['tong-ket-nam', 'so-ket-6-thang'])
export type ReportKind = z.infer<typeof ReportKind>

export const Period = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('year'), year: z.number().int().min(1945).max(2200) }),
  z.object({ kind: z.literal('half'), year: z.number().int().min(1945).max(2200), half: z.union([z.literal(1), z.literal(2)]) }),
])
export type Period = z.infer<typeof Period>

/** Heading numbering styles, one per depth of the section tree. */
export const NumberingStyle = z.enum(['phan', 'roman', 'arabic', 'alpha'])
export type NumberingStyle = z.infer<typeof NumberingStyle>

/** State marks TM., KT., Q., TL., TUQ.; Party marks T/M, K/T, T/L, Q. — spelled by the layout profile. */
export const AuthorityMark = z.enum(['none', 'TM', 'KT', 'Q', 'TL', 'TUQ'])
export type AuthorityMark = z.infer<typeof AuthorityMark>

export const Signer = z.object({
  authority: AuthorityMark,
  /** The collective signed for after TM./T/M, e.g. "ỦY BAN NHÂN DÂN", "ĐẢNG ỦY". */
  body: z.string(),
  /** The head's title after KT./TL./TUQ., e.g. "CHỦ TỊCH". */
  headTitle: z.string(),
  /** The signer's own title, e.g. "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "BÍ THƯ". */
  title: z.string(),
  name: z.string(),
})
export type Signer = z.infer<typeof Signer>

/**
 * A value as the clerk typed it: a number once it reads as one, otherwise the text itself (kept
 * and shown until it is fixed; the checks report it). `null` is a blank.
 */
export const TypedNumber = z.union([z.number().finite(), z.string()]).nullable()
export type TypedNumber = z.infer<typeof TypedNumber>

export const Meta = z.object({
  issuerKind: IssuerKind,
  /** Managing body line above the issuer ("ĐẢNG BỘ TỈNH …"); empty when there is none. */
  parent: z.string(),
  /** Issuer name; a "\n" marks where the clerk wants it to wrap. */
  issuer: z.string(),
  /** Place name of the date line, e.g. "Phú Xuân". */
  place: z.string(),
  /** Document number; empty while drafting. */
  number: z.string(),
  /** Symbol, e.g. "BC-UBND" (state) or "BC/ĐU" (Party). */
  symbol: z.string(),
  /**
   * Issue date: "YYYY-MM-DD" once it is a date; until then the text as the clerk typed it
   * ("31/02/2026"), reported by the checks; null while it is left for the văn thư.
   */
  date: z.string().nullable(),
  period: Period,
  reportKind: ReportKind,
  /** Trích yếu. */
  title: z.string(),
  /** "Kính gửi" recipients; empty for none. */
  kinhGui: z.array(z.string()),
  signer: Signer,
  /** "Nơi nhận" lines without the leading dash or the ending punctuation. */
  recipients: z.array(z.string()),
  /** What follows "Lưu" in the last Nơi nhận line, e.g. "VT, VP" or "Văn phòng Đảng ủy". */
  archive: z.string(),
  /** Drafter initials and number of copies (ô 12), e.g. "PL" and 10. */
  drafter: z.string(),
  copies: TypedNumber,
})
export type Meta = z.infer<typeof Meta>

/** Lexical's serialized editor state, checked only for its outer shape. */
export const SerializedContent = z
  .object({
    root: z
      .object({
        type: z.literal('root'),
        children: z.array(z.unknown()),
      })
      .passthrough(),
  })
  .passthrough()
export type SerializedContent = z.infer<typeof SerializedContent>

export interface Section {
  id: string
  /** Content carried over from another report that the clerk has not edited yet ("cần cập nhật"). */
  needsUpdate: boolean
  /** A required section left empty blocks a final export; others only warn. */
  required: boolean
  /** Template key, stable across years; used for carry-over and merge. */
  key: string
  title: string
  hint: string
  /** False for parts printed without a number (e.g. an opening paragraph). */
  numbered: boolean
  content: SerializedContent | null
  children: Section[]
}

export const Section: z.ZodType<Section> = z.lazy(() =>
  z.object({
    id: z.string().min(1),
    needsUpdate: z.boolean(),
    required: z.boolean(),
    key: z.string(),
    title: z.string(),
    hint: z.string(),
    numbered: z.boolean(),
    content: SerializedContent.nullable(),
    children: z.array(Section),
  }),
)

/**
 * How a row's result is read against its plan (spec §4.5), which decides its rate, its "Đánh giá"
 * and the sentence "Chèn câu" writes:
 *
 * - `plan`: a result against its plan, more is better ("đạt 112,4% dự toán");
 * - `count`: a count out of a total or against a target ("02/16 chi bộ … (tỷ lệ 12,5%)",
 *   "kết nạp 03/08 đảng viên mới (đạt 37,5%)"), judged only against a target rate;
 * - `lower`: less is better (hộ nghèo, tai nạn giao thông);
 * - `spending`: money spent against its budget ("giải ngân đạt 96,7% kế hoạch vốn"), never
 *   "vượt", judged only against a target rate;
 * - `plain`: a figure compared with the same period only ("tăng 12,3% so với cùng kỳ").
 */
export const IndicatorKind = z.enum(['plan', 'count', 'lower', 'spending', 'plain'])
export type IndicatorKind = z.infer<typeof IndicatorKind>

/** A figure as typed (see {@link TypedNumber}); blank cells are `null`. */
const Figure = TypedNumber

export const IndicatorRow = z.object({
  id: z.string().min(1),
  /** Template key, stable across periods; empty for a row the clerk added. */
  key: z.string(),
  /** Chỉ tiêu, e.g. "Thu ngân sách nhà nước trên địa bàn". */
  name: z.string(),
  /** Đơn vị tính, e.g. "triệu đồng", "%", "hồ sơ". */
  unit: z.string(),
  kind: IndicatorKind,
  /**
   * The word for the plan in the row's sentence: "kế hoạch", "dự toán", "chỉ tiêu", "Nghị quyết",
   * "kế hoạch vốn"…; for a count, "tổng số" when the plan column holds the whole it is a share of.
   */
  planWord: z.string(),
  /** Kế hoạch (state) / chỉ tiêu nghị quyết (Party); the total or the target of a count. */
  plan: Figure,
  /** Thực hiện (state) / kết quả (Party); the count of a count. */
  actual: Figure,
  /** Cùng kỳ năm trước. */
  previous: Figure,
  /** The result is an estimate ("ước đạt"), not yet final. */
  estimate: z.boolean(),
  /** The rate in percent from which a count or a spending row is "Đạt"; null for no judgement. */
  targetRate: Figure,
  /** Ghi chú, printed in the last column when any row has one. */
  note: z.string(),
})
export type IndicatorRow = z.infer<typeof IndicatorRow>

/** Column sets of spec §4.5: the state table (kế hoạch, thực hiện, cùng kỳ…) or the Party one. */
export const IndicatorColumns = z.enum(['state', 'party'])
export type IndicatorColumns = z.infer<typeof IndicatorColumns>

export const IndicatorTable = z.preprocess(
  // A v3 file saved before rows had kinds reads as migration 003 would have made it.
  upgradeIndicatorTable,
  z.object({
    id: z.string().min(1),
    key: z.string(),
    title: z.string(),
    columns: IndicatorColumns,
    rows: z.array(IndicatorRow),
  }),
)
export type IndicatorTable = z.infer<typeof IndicatorTable>

/**
 * The clerk's choices within the legal ranges of the profile (core/layout); a missing value means
 * the profile's default. Ranges are checked by `core/layout`, not here, so that a file written
 * when a range was wider still opens.
 */
export const LayoutChoices = z.object({
  /** Body text size in points. */
  bodySize: z.number().optional(),
  /** Line spacing: a multiple of single spacing (state) or exact points (Party), per profile. */
  lineSpacing: z.number().optional(),
  /** Margins in millimetres. */
  margins: z.object({ top: z.number(), bottom: z.number(), left: z.number(), right: z.number() }).optional(),
  /** Where indicator tables go: after the body as an appendix (default) or nowhere. */
  indicatorsPlacement: z.enum(['appendix', 'none']).optional(),
  /** Counts under 10 with a leading zero ("02/16", "08 đảng viên"); absent means yes. */
  leadingZero: z.boolean().optional(),
})
export type LayoutChoices = z.infer<typeof LayoutChoices>

/** A proofreading finding the clerk chose to ignore ("Bỏ qua" in one section, "Bỏ qua tất cả" everywhere). */
export const IgnoredFinding = z.object({
  code: z.string().max(100),
  text: z.string().max(2000),
  /** The section id or meta path it was ignored in; absent for the whole report. */
  target: z.string().max(200).optional(),
})
export type IgnoredFinding = z.infer<typeof IgnoredFinding>

/** What the proofreader remembers in the report. */
export const ReportProofing = z.object({ ignored: z.array(IgnoredFinding).max(5000) })
export type ReportProofing = z.infer<typeof ReportProofing>

export const Report = z.object({
  format: z.literal(DOCUMENT_FORMAT),
  schemaVersion: z.literal(SCHEMA_VERSION),
  appVersion: z.string(),
  savedAt: z.string(),
  template: z.object({ id: z.string(), version: z.number().int() }),
  profile: ProfileId,
  /** Numbering style per depth; a report of the state side starts with "phan". */
  numbering: z.array(NumberingStyle).min(1),
  meta: Meta,
  sections: z.array(Section),
  indicators: z.array(IndicatorTable),
  layout: LayoutChoices,
  /** Absent in v3 files written before the proofreader: none ignored. */
  proofing: ReportProofing.default(() => ({ ignored: [] })),
})
export type Report = z.infer<typeof Report>
