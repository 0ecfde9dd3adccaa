/**
 * The format profiles as data: state bodies (Nghị định 30/2020/NĐ-CP) and Party bodies (Hướng
 * dẫn 36-HD/VPTW, then Hướng dẫn 05-HD/VPTW from 27/5/2026: core/layout/guidance.ts). Every size, margin, mark and separator the exporter and the header
 * preview use comes from here (spec §1–§3, §7); nothing else in the code hard-codes one.
 *
 * Values the spec marks uncertain (Party margins, Party line spacing, the style of the Party
 * "Nơi nhận" label) are defaults the clerk can change within the ranges given here.
 */
import type { AuthorityMark, NumberingStyle, ProfileId } from '../model/schema'
import { guidanceFor, HD05, HD36, ND30, type Guidance } from './guidance'

/** How one kind of text is printed. Sizes are in points. */
export interface TextStyle {
  size: number
  bold?: boolean
  italic?: boolean
  underline?: boolean
}

/** A closed range [min, max] of allowed values. */
export type Range = readonly [number, number]

export interface Margins {
  top: number
  bottom: number
  left: number
  right: number
}

/** Line spacing: a multiple of single spacing, or exactly so many points. */
export type LineSpacingRule =
  { mode: 'multiple'; default: number; range: Range; step: number } | { mode: 'exact'; default: number; range: Range; step: number }

export interface HeadingStyle {
  /** Printed in upper case ("I. CÔNG TÁC LÃNH ĐẠO…"). */
  upper: boolean
  bold: boolean
  italic: boolean
  /** Centred on its own line(s), as "Phần I" and its title. */
  centered: boolean
}

export interface LayoutProfile {
  id: ProfileId
  /** The guidance the values follow, with its source and the day it applies from. */
  guidance: Guidance
  font: string
  language: string
  /** A4 in twips (the docx library's mm conversion gives 11905). */
  page: { width: number; height: number }
  margins: { default: Margins; range: { top: Range; bottom: Range; left: Range; right: Range } }
  /** Distance of the page-number header from the top edge, in mm. */
  headerDistanceMm: number
  header: {
    /** Share of the text width for the left column (issuer, number); the right gets the rest. */
    leftShare: number
    /**
     * The left column never gets narrower than this share when the right one widens for a long
     * date line (see `headerColumns`).
     */
    minLeftShare: number
    /** Quốc hiệu (state) or "ĐẢNG CỘNG SẢN VIỆT NAM" (Party); `name` is what the element is called (the name of its Word style). */
    nationalTitle: { name: string; text: string; style: TextStyle }
    /** Tiêu ngữ; the Party header has none. */
    motto: { name: string; text: string; style: TextStyle } | null
    parent: TextStyle
    issuer: TextStyle
    /** Under the issuer: a short centred rule (state) or an asterisk (Party). */
    issuerSeparator: { kind: 'rule'; share: number } | { kind: 'text'; text: string; style: TextStyle }
    number: TextStyle
    date: TextStyle
    /** Space above the row of "Số" and the date line, in points. */
    rowGap: number
  }
  title: {
    /** "BÁO CÁO". */
    kind: { text: string; style: TextStyle }
    summary: TextStyle
    /** Under the trích yếu: a short centred rule (state) or "-----" (Party). */
    separator: { kind: 'rule'; share: number } | { kind: 'text'; text: string; style: TextStyle }
    /** Whether the trích yếu starts with a capital (state) or a lower-case letter (Party). */
    summaryCase: 'capital' | 'lower'
    /** Space above "BÁO CÁO" and below the separator, in points. */
    spaceBefore: number
    spaceAfter: number
  }
  kinhGui: TextStyle
  /** "Kính gửi:" and where several recipients start (share of the text width from the left). */
  kinhGuiLayout: { label: string; indentShare: number; spaceAfter: number }
  /** Printed above the header of a draft export (HD36 ô 11b; practice on the state side), with the space under it in points. */
  draftMark: { text: string; style: TextStyle; spaceAfter: number }
  body: {
    size: { default: number; range: Range }
    lineSpacing: LineSpacingRule
    /** First-line indent in twips (1 cm = 567). */
    firstLineIndent: number
    /** Space after each paragraph, in points. */
    spacingAfter: number
    /** Printed after the last paragraph of the content: "./." (state) or nothing (Party). */
    endMark: string
  }
  /** Heading labels: the text after the number of each style ("I." vs "I-"). */
  numbering: Record<NumberingStyle, { suffix: string }>
  headings: Record<NumberingStyle, HeadingStyle>
  /** Bullets of nested bulleted lists by depth: "-" then "+". */
  bullets: readonly string[]
  /** Markers of nested numbered lists by depth: "1." then "a)". */
  listNumbering: readonly { style: 'arabic' | 'alpha'; suffix: string }[]
  /** Extra first-line indent per list depth, in twips. */
  listIndent: number
  signature: {
    marks: Record<AuthorityMark, string>
    authority: TextStyle
    title: TextStyle
    name: TextStyle
    /** Empty lines between the title and the name, for the signature and seal. */
    gapLines: number
    /** Share of the text width for "Nơi nhận"; the signature gets the rest. */
    leftShare: number
    /** Space above the signature block and the "Nơi nhận" label, level with each other, in points. */
    spaceBefore: number
  }
  recipients: {
    label: { text: string; style: TextStyle }
    item: TextStyle
    /** Ending of every line but the last ("; " state, "," Party). */
    itemEnd: string
    /** The archive line: "- Lưu: VT, VP." (state) or "- Lưu Văn phòng Đảng ủy." (Party). */
    archivePrefix: string
    lastEnd: string
  }
  /** Drafter initials and copies (ô 12), e.g. "PL.(10)", and the space above it in points. */
  drafter: TextStyle
  drafterSpaceBefore: number
  pageNumber: TextStyle
  /**
   * Tables in the body and in appendices: text size, header row, cell padding (twips), border
   * (eighths of a point), and the height in points of the thin empty line after a table in the
   * body (it keeps Word from merging two tables in a row).
   */
  table: {
    size: number
    headerBold: boolean
    cellMargins: { top: number; bottom: number; left: number; right: number }
    border: number
    gapAfter: number
  }
  /** Thickness of the rules under the issuer, the tiêu ngữ and the trích yếu, in eighths of a point. */
  ruleSize: number
  /** Height in points of the line a rule is drawn under: clear of the descenders of the text above it. */
  ruleLine: number
  appendix: {
    /** "Phụ lục", followed by a Roman numeral when there are two or more. */
    labelText: string
    label: TextStyle
    title: TextStyle
    note: TextStyle
    /** "(Kèm theo Báo cáo số …)": the document kind, and whether a comma precedes "ngày" (Party citation style). */
    noteKind: string
    noteDateComma: boolean
  }
}

const STATE_MARKS: Record<AuthorityMark, string> = { none: '', TM: 'TM.', KT: 'KT.', Q: 'Q.', TL: 'TL.', TUQ: 'TUQ.' }
// HD36 knows no "thừa ủy quyền"; the checks refuse TUQ for a Party report.
const PARTY_MARKS: Record<AuthorityMark, string> = { none: '', TM: 'T/M', KT: 'K/T', Q: 'Q.', TL: 'T/L', TUQ: 'TUQ' }

// ND30's ranges. The Party guidance is only known through summaries that disagree (20/20/30/15
// and 25/25/35/15, spec §1); the same ranges cover both readings.
const MARGIN_RANGES = { top: [20, 25], bottom: [20, 25], left: [30, 35], right: [15, 20] } as const

// Body lists: "1." then "a)" on both sides; bullets "-" then "+" (spec §2.5, below điểm).
const LIST_NUMBERING = [
  { style: 'arabic', suffix: '.' },
  { style: 'alpha', suffix: ')' },
] as const

/** State bodies: the sizes of ND30's illustration table (spec §2.1, §7). */
export const STATE_PROFILE: LayoutProfile = {
  id: 'state',
  guidance: ND30,
  font: 'Times New Roman',
  language: 'vi-VN',
  page: { width: 11906, height: 16838 },
  margins: { default: { top: 20, bottom: 20, left: 30, right: 15 }, range: MARGIN_RANGES },
  headerDistanceMm: 10,
  header: {
    leftShare: 0.4,
    minLeftShare: 0.32,
    nationalTitle: { name: 'Quốc hiệu', text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', style: { size: 12, bold: true } },
    motto: { name: 'Tiêu ngữ', text: 'Độc lập - Tự do - Hạnh phúc', style: { size: 13, bold: true } },
    parent: { size: 12 },
    issuer: { size: 12, bold: true },
    issuerSeparator: { kind: 'rule', share: 0.4 },
    number: { size: 13 },
    date: { size: 13, italic: true },
    rowGap: 6,
  },
  title: {
    kind: { text: 'BÁO CÁO', style: { size: 14, bold: true } },
    summary: { size: 14, bold: true },
    separator: { kind: 'rule', share: 0.4 },
    summaryCase: 'capital',
    spaceBefore: 18,
    spaceAfter: 12,
  },
  kinhGui: { size: 14 },
  kinhGuiLayout: { label: 'Kính gửi:', indentShare: 0.25, spaceAfter: 12 },
  draftMark: { text: 'DỰ THẢO', style: { size: 13, bold: true }, spaceAfter: 6 },
  body: {
    size: { default: 14, range: [13, 14] },
    lineSpacing: { mode: 'multiple', default: 1, range: [1, 1.5], step: 0.05 },
    firstLineIndent: 567,
    spacingAfter: 6,
    endMark: './.',
  },
  numbering: { phan: { suffix: '' }, roman: { suffix: '.' }, arabic: { suffix: '.' }, alpha: { suffix: ')' } },
  headings: {
    phan: { upper: true, bold: true, italic: false, centered: true },
    roman: { upper: true, bold: true, italic: false, centered: false },
    arabic: { upper: false, bold: true, italic: false, centered: false },
    alpha: { upper: false, bold: false, italic: false, centered: false },
  },
  bullets: ['-', '+', '•'],
  listNumbering: LIST_NUMBERING,
  listIndent: 360,
  signature: {
    marks: STATE_MARKS,
    authority: { size: 14, bold: true },
    title: { size: 14, bold: true },
    name: { size: 14, bold: true },
    gapLines: 4,
    leftShare: 0.4,
    spaceBefore: 12,
  },
  recipients: {
    label: { text: 'Nơi nhận:', style: { size: 12, bold: true, italic: true } },
    item: { size: 11 },
    itemEnd: ';',
    archivePrefix: 'Lưu: ',
    lastEnd: '.',
  },
  drafter: { size: 11 },
  drafterSpaceBefore: 6,
  pageNumber: { size: 14 },
  table: { size: 12, headerBold: true, cellMargins: { top: 40, bottom: 40, left: 80, right: 80 }, border: 4, gapAfter: 6 },
  ruleSize: 6,
  ruleLine: 4,
  appendix: {
    labelText: 'Phụ lục',
    label: { size: 14, bold: true },
    title: { size: 14, bold: true },
    note: { size: 14, italic: true },
    noteKind: 'Báo cáo',
    noteDateComma: false,
  },
}

/** Party bodies: HD36's Phụ lục 3 as quoted (spec §3.1, §7). */
export const PARTY_PROFILE: LayoutProfile = {
  id: 'party',
  guidance: HD36,
  font: 'Times New Roman',
  language: 'vi-VN',
  page: { width: 11906, height: 16838 },
  margins: { default: { top: 20, bottom: 20, left: 30, right: 15 }, range: MARGIN_RANGES },
  headerDistanceMm: 10,
  header: {
    leftShare: 0.45,
    minLeftShare: 0.38,
    nationalTitle: { name: 'Tiêu đề', text: 'ĐẢNG CỘNG SẢN VIỆT NAM', style: { size: 15, bold: true } },
    motto: null,
    parent: { size: 14 },
    issuer: { size: 14, bold: true },
    issuerSeparator: { kind: 'text', text: '*', style: { size: 14 } },
    number: { size: 14 },
    date: { size: 14, italic: true },
    rowGap: 6,
  },
  title: {
    kind: { text: 'BÁO CÁO', style: { size: 16, bold: true } },
    summary: { size: 14, bold: true },
    separator: { kind: 'text', text: '-----', style: { size: 14 } },
    summaryCase: 'lower',
    spaceBefore: 18,
    spaceAfter: 12,
  },
  kinhGui: { size: 14 },
  kinhGuiLayout: { label: 'Kính gửi:', indentShare: 0.25, spaceAfter: 12 },
  draftMark: { text: 'DỰ THẢO', style: { size: 14, bold: true }, spaceAfter: 6 },
  body: {
    size: { default: 14, range: [14, 15] },
    // "Exactly 18–22 pt" (spec §3.1, one HD05-2026 summary; another uses 19 pt).
    lineSpacing: { mode: 'exact', default: 18, range: [18, 22], step: 0.5 },
    firstLineIndent: 567,
    spacingAfter: 6,
    endMark: '',
  },
  numbering: { phan: { suffix: '' }, roman: { suffix: '-' }, arabic: { suffix: '-' }, alpha: { suffix: ')' } },
  headings: {
    phan: { upper: true, bold: true, italic: false, centered: true },
    roman: { upper: true, bold: true, italic: false, centered: false },
    arabic: { upper: false, bold: true, italic: false, centered: false },
    alpha: { upper: false, bold: false, italic: false, centered: false },
  },
  bullets: ['-', '+', '•'],
  listNumbering: LIST_NUMBERING,
  listIndent: 360,
  signature: {
    marks: PARTY_MARKS,
    authority: { size: 14, bold: true },
    title: { size: 14 },
    name: { size: 14, bold: true },
    gapLines: 4,
    leftShare: 0.45,
    spaceBefore: 12,
  },
  recipients: {
    label: { text: 'Nơi nhận:', style: { size: 14, underline: true } },
    item: { size: 12 },
    itemEnd: ',',
    archivePrefix: 'Lưu ',
    lastEnd: '.',
  },
  drafter: { size: 12 },
  drafterSpaceBefore: 6,
  pageNumber: { size: 14 },
  table: { size: 13, headerBold: true, cellMargins: { top: 40, bottom: 40, left: 80, right: 80 }, border: 4, gapAfter: 6 },
  ruleSize: 6,
  ruleLine: 4,
  appendix: {
    labelText: 'Phụ lục',
    label: { size: 14, bold: true },
    title: { size: 14, bold: true },
    note: { size: 14, italic: true },
    noteKind: 'Báo cáo',
    // Party citations put a comma before "ngày" (spec §3.3, [NQ60]).
    noteDateComma: true,
  },
}

/**
 * Party bodies from 27/5/2026: HD 05-HD/VPTW. Its values are known only from secondary sources,
 * which give HD 36's (spec §3.4), so they are HD 36's; `guidance.valuesFrom` says so.
 */
export const PARTY_PROFILE_HD05: LayoutProfile = { ...PARTY_PROFILE, guidance: HD05 }

const PARTY_PROFILES: Record<string, LayoutProfile> = { hd36: PARTY_PROFILE, hd05: PARTY_PROFILE_HD05 }

/**
 * The profile of a side for a document dated `date` (ISO, see `guidanceDate`): the Party's by the
 * guidance in force that day; the newest without a date.
 */
export function profileFor(id: ProfileId, date?: string): LayoutProfile {
  if (id === 'state') return STATE_PROFILE
  return PARTY_PROFILES[guidanceFor('party', date).id] ?? PARTY_PROFILE
}
