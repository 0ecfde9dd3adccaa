/**
 * The paragraph styles of an exported report, as a careful Word user would set them up: the
 * formatting of each kind of paragraph (body text, headings by numbering style, list items by
 * depth, table text, the header elements, the title, the signature, "Nơi nhận", the appendix, the
 * page number) is defined once, from the profile and the clerk's layout choices, and every
 * paragraph of that kind refers to it by its id. Ids are ASCII; names are what a clerk reads in
 * Word's style list.
 *
 * A style's format here is complete (what the paragraph looks like); {@link ownFormat} gives the
 * part a style has to write itself, the rest coming from the style it is based on.
 */
import type { NumberingStyle } from '../model/schema'
import { styledWidthTwips } from './metrics'
import type { LayoutProfile, TextStyle } from './profiles'
import type { ResolvedLayout } from './resolve'

export type TextAlign = 'left' | 'center' | 'right' | 'justify'

/** Line height: a multiple of single spacing, or exactly so many points. */
export type LineHeight = { rule: 'multiple'; lines: number } | { rule: 'exact'; points: number }

/** How the text of a style is printed; sizes in points. */
export interface RunFormat {
  size: number
  bold: boolean
  italic: boolean
  underline: boolean
  /** Shown in capitals whatever is typed (the upper-case headings). */
  caps: boolean
}

/** How a paragraph of a style is laid out; indents in twips, spacing in points. */
export interface ParagraphFormat {
  align: TextAlign
  left: number
  right: number
  /** Negative for a hanging indent. */
  firstLine: number
  before: number
  after: number
  line: LineHeight
  keepNext: boolean
  keepLines: boolean
  /** Thickness of a bottom border drawn as a rule, in eighths of a point; 0 for none. */
  rule: number
  /** Word's outline level (0 for the top heading level), null for body text. */
  outlineLevel: number | null
}

export interface StyleFormat {
  run: RunFormat
  paragraph: ParagraphFormat
}

export interface DocumentStyle {
  id: string
  name: string
  basedOn: string
  /** The style Word gives the next paragraph when Enter is pressed at the end of this one. */
  next: string
  /** Shown in Word's style gallery (the ones a clerk reaches for). */
  gallery: boolean
  format: StyleFormat
}

/** The formatting of the whole document: its defaults (Word's "Normal") and its styles. */
export interface DocumentStyles {
  defaults: StyleFormat
  styles: DocumentStyle[]
  /** A style by id; throws for an id the document does not define. */
  get(id: string): DocumentStyle
}

/** Word's default paragraph style, which carries the document defaults. */
export const NORMAL_STYLE = 'Normal'

/** Ids of the styles, by the kind of paragraph. */
export const STYLE = {
  body: 'NoiDung',
  phanLabel: 'Phan',
  phanTitle: 'TenPhan',
  roman: 'Muc',
  arabic: 'Khoan',
  alpha: 'Diem',
  tableText: 'Bang',
  tableCentre: 'BangGiua',
  tableFigure: 'BangSo',
  tableHeader: 'BangTieuDe',
  tableHeaderColumn: 'BangCotTieuDe',
  tableIndex: 'BangSoCot',
  afterTable: 'SauBang',
  draftMark: 'DuThao',
  parent: 'CoQuanChuQuan',
  issuer: 'CoQuanBanHanh',
  issuerMark: 'DuoiCoQuan',
  nationalTitle: 'QuocHieu',
  motto: 'TieuNgu',
  rule: 'DuongKe',
  number: 'SoKyHieu',
  date: 'DiaDanhNgay',
  kind: 'TenLoai',
  summary: 'TrichYeu',
  summaryMark: 'DuoiTrichYeu',
  kinhGui: 'KinhGui',
  kinhGuiList: 'KinhGuiNhieuNoi',
  recipientsLabel: 'NoiNhan',
  recipient: 'NoiNhanMuc',
  drafter: 'KyHieuSoanThao',
  authority: 'QuyenHanKy',
  authorityNext: 'QuyenHanKyTiep',
  signerTitle: 'ChucVuKy',
  signatureGap: 'KhoangKy',
  signerName: 'HoTenKy',
  appendixLabel: 'PhuLuc',
  appendixTitle: 'TenPhuLuc',
  appendixNote: 'GhiChuPhuLuc',
  pageNumber: 'SoTrang',
} as const

/** Width in twips of "Kính gửi: ", which hangs out to the left of the first of several recipients. */
export function kinhGuiLabelWidth(profile: LayoutProfile): number {
  return styledWidthTwips(`${profile.kinhGuiLayout.label} `, profile.kinhGui)
}

/** The style of a list item at `depth` (0 for a top-level item). */
export function listItemStyle(depth: number): string {
  return `YLietKe${depth + 1}`
}

/** The style of a section heading numbered in `style` ("Phần" uses {@link STYLE.phanLabel} and {@link STYLE.phanTitle}). */
export function headingStyle(style: Exclude<NumberingStyle, 'phan'>): string {
  return STYLE[style]
}

const PLAIN: RunFormat = { size: 0, bold: false, italic: false, underline: false, caps: false }
const SINGLE: LineHeight = { rule: 'multiple', lines: 1 }

function runOf(style: TextStyle, caps = false): RunFormat {
  return { size: style.size, bold: style.bold ?? false, italic: style.italic ?? false, underline: style.underline ?? false, caps }
}

/** The body's line height from the profile's rule and the clerk's choice. */
function bodyLine(layout: ResolvedLayout): LineHeight {
  return layout.profile.body.lineSpacing.mode === 'exact'
    ? { rule: 'exact', points: layout.lineSpacing }
    : { rule: 'multiple', lines: layout.lineSpacing }
}

/** The heading label of the first section in a numbering style, for the style's name: "I.", "1-", "a)". */
function firstLabel(profile: LayoutProfile, style: Exclude<NumberingStyle, 'phan'>): string {
  const first = { roman: 'I', arabic: '1', alpha: 'a' }[style]
  return `${first}${profile.numbering[style].suffix}`
}

/**
 * The styles of one report's Word file.
 *
 * @param numbering the report's heading numbering by depth: a heading style's outline level is
 *   the depth its numbering style is used at.
 * @param listDepth the deepest list nesting in the report (0: top-level items only); list styles
 *   are defined down to it, and at least for every bullet of the profile.
 */
export function documentStyles(layout: ResolvedLayout, numbering: readonly NumberingStyle[], listDepth = 0): DocumentStyles {
  const p = layout.profile
  const defaults: StyleFormat = {
    run: { ...PLAIN, size: layout.bodySize },
    paragraph: {
      align: 'left',
      left: 0,
      right: 0,
      firstLine: 0,
      before: 0,
      after: 0,
      line: SINGLE,
      keepNext: false,
      keepLines: false,
      rule: 0,
      outlineLevel: null,
    },
  }
  const styles: DocumentStyle[] = []
  const byId = new Map<string, DocumentStyle>()
  const get = (id: string): DocumentStyle => {
    const style = byId.get(id)
    if (!style) throw new Error(`No paragraph style "${id}"`)
    return style
  }
  const formatOf = (id: string): StyleFormat => (id === NORMAL_STYLE ? defaults : get(id).format)
  const add = (
    id: string,
    name: string,
    basedOn: string,
    run: RunFormat,
    paragraph: Partial<ParagraphFormat>,
    options: { next?: string; gallery?: boolean } = {},
  ): void => {
    const parent = formatOf(basedOn).paragraph
    const style: DocumentStyle = {
      id,
      name,
      basedOn,
      next: options.next ?? id,
      gallery: options.gallery ?? false,
      format: { run, paragraph: { ...parent, ...paragraph } },
    }
    styles.push(style)
    byId.set(id, style)
  }
  const outline = (style: NumberingStyle): number | null => {
    const depth = numbering.indexOf(style)
    return depth < 0 ? null : depth
  }
  // A block of text kept whole, single spaced and centred: the header, the title, the signature.
  const block = (extra: Partial<ParagraphFormat> = {}): Partial<ParagraphFormat> => ({ align: 'center', keepLines: true, ...extra })

  // ---- body --------------------------------------------------------------------------------
  const body = { ...PLAIN, size: layout.bodySize }
  add(
    STYLE.body,
    'Nội dung',
    NORMAL_STYLE,
    body,
    { align: 'justify', firstLine: p.body.firstLineIndent, after: p.body.spacingAfter, line: bodyLine(layout) },
    { gallery: true },
  )
  const phan = p.headings.phan
  const phanRun: RunFormat = { ...body, bold: phan.bold, italic: phan.italic }
  add(STYLE.phanLabel, 'Phần', NORMAL_STYLE, phanRun, block({ before: p.body.spacingAfter, keepNext: true }), {
    next: STYLE.phanTitle,
    gallery: true,
  })
  add(
    STYLE.phanTitle,
    'Tên phần',
    NORMAL_STYLE,
    { ...phanRun, caps: phan.upper },
    block({ after: p.body.spacingAfter, keepNext: true, outlineLevel: outline('phan') }),
    { next: STYLE.body, gallery: true },
  )
  const names = { roman: 'Mục', arabic: 'Khoản', alpha: 'Điểm' } as const
  for (const style of ['roman', 'arabic', 'alpha'] as const) {
    const look = p.headings[style]
    add(
      STYLE[style],
      `${names[style]} ${firstLabel(p, style)}`,
      STYLE.body,
      { ...body, bold: look.bold, italic: look.italic, caps: look.upper },
      {
        align: look.centered ? 'center' : 'justify',
        firstLine: look.centered ? 0 : p.body.firstLineIndent,
        keepNext: true,
        keepLines: true,
        outlineLevel: outline(style),
      },
      { next: STYLE.body, gallery: true },
    )
  }
  for (let depth = 0; depth <= Math.max(listDepth, p.bullets.length - 1); depth++) {
    add(
      listItemStyle(depth),
      `Ý liệt kê cấp ${depth + 1}`,
      STYLE.body,
      body,
      { firstLine: p.body.firstLineIndent + depth * p.listIndent },
      { gallery: depth === 0 },
    )
  }

  // ---- tables ------------------------------------------------------------------------------
  const cell = { ...PLAIN, size: p.table.size }
  add(STYLE.tableText, 'Bảng – chữ', NORMAL_STYLE, cell, {}, { gallery: true })
  add(STYLE.tableCentre, 'Bảng – chữ căn giữa', STYLE.tableText, cell, { align: 'center' })
  add(STYLE.tableFigure, 'Bảng – số liệu', STYLE.tableText, cell, { align: 'right' })
  add(STYLE.tableHeader, 'Bảng – hàng tiêu đề', STYLE.tableText, { ...cell, bold: p.table.headerBold }, { align: 'center' })
  add(STYLE.tableHeaderColumn, 'Bảng – cột tiêu đề', STYLE.tableText, { ...cell, bold: p.table.headerBold }, {})
  add(STYLE.tableIndex, 'Bảng – số thứ tự cột', STYLE.tableText, { ...cell, italic: true }, { align: 'center' })
  add(
    STYLE.afterTable,
    'Dòng cách sau bảng',
    NORMAL_STYLE,
    body,
    { line: { rule: 'exact', points: p.table.gapAfter } },
    { next: STYLE.body },
  )

  // ---- page 1: header, title, Kính gửi -------------------------------------------------------
  add(STYLE.draftMark, 'Dấu dự thảo', NORMAL_STYLE, runOf(p.draftMark.style), block({ align: 'right', after: p.draftMark.spaceAfter }))
  add(STYLE.parent, 'Tên cơ quan chủ quản', NORMAL_STYLE, runOf(p.header.parent), block())
  add(STYLE.issuer, 'Tên cơ quan ban hành', NORMAL_STYLE, runOf(p.header.issuer), block())
  add(STYLE.rule, 'Đường kẻ', NORMAL_STYLE, { ...PLAIN, size: 1 }, { line: { rule: 'exact', points: p.ruleLine }, rule: p.ruleSize })
  const issuerMark = p.header.issuerSeparator
  if (issuerMark.kind === 'text') add(STYLE.issuerMark, 'Dưới tên cơ quan', NORMAL_STYLE, runOf(issuerMark.style), block())
  add(STYLE.nationalTitle, p.header.nationalTitle.name, NORMAL_STYLE, runOf(p.header.nationalTitle.style), block())
  if (p.header.motto) add(STYLE.motto, p.header.motto.name, NORMAL_STYLE, runOf(p.header.motto.style), block())
  add(STYLE.number, 'Số và ký hiệu', NORMAL_STYLE, runOf(p.header.number), block({ before: p.header.rowGap }))
  add(STYLE.date, 'Địa danh và thời gian', NORMAL_STYLE, runOf(p.header.date), block({ before: p.header.rowGap }))
  add(STYLE.kind, 'Tên loại văn bản', NORMAL_STYLE, runOf(p.title.kind.style), block({ before: p.title.spaceBefore, keepNext: true }), {
    next: STYLE.summary,
  })
  add(STYLE.summary, 'Trích yếu', NORMAL_STYLE, runOf(p.title.summary), block({ keepNext: true }))
  const summaryMark = p.title.separator
  if (summaryMark.kind === 'rule')
    add(STYLE.summaryMark, 'Dưới trích yếu', STYLE.rule, { ...PLAIN, size: 1 }, { after: p.title.spaceAfter }, { next: STYLE.body })
  else
    add(STYLE.summaryMark, 'Dưới trích yếu', NORMAL_STYLE, runOf(summaryMark.style), block({ after: p.title.spaceAfter }), {
      next: STYLE.body,
    })
  const { indentShare, spaceAfter } = p.kinhGuiLayout
  add(STYLE.kinhGui, 'Kính gửi', NORMAL_STYLE, runOf(p.kinhGui), block({ after: spaceAfter }), { next: STYLE.body })
  // Several recipients, one a line, their dashes under each other after the label (the first
  // line hangs the label out to the left; the last one has the space after).
  add(STYLE.kinhGuiList, 'Kính gửi – nhiều nơi', NORMAL_STYLE, runOf(p.kinhGui), {
    left: Math.round(layout.textWidth * indentShare) + kinhGuiLabelWidth(p),
    keepNext: true,
  })

  // ---- signature and Nơi nhận --------------------------------------------------------------
  const s = p.signature
  add(
    STYLE.recipientsLabel,
    'Nơi nhận',
    NORMAL_STYLE,
    runOf(p.recipients.label.style),
    { before: s.spaceBefore, keepNext: true },
    { next: STYLE.recipient },
  )
  // A recipient longer than the column continues under its text, not under the dash.
  const dash = styledWidthTwips('- ', p.recipients.item)
  add(STYLE.recipient, 'Nơi nhận – các nơi', NORMAL_STYLE, runOf(p.recipients.item), { left: dash, firstLine: -dash })
  add(STYLE.drafter, 'Ký hiệu người soạn thảo', NORMAL_STYLE, runOf(p.drafter), { before: p.drafterSpaceBefore })
  // The first line of the signature is level with "Nơi nhận:": the same space above both.
  add(STYLE.authority, 'Quyền hạn người ký', NORMAL_STYLE, runOf(s.authority), block({ before: s.spaceBefore, keepNext: true }), {
    next: STYLE.signerTitle,
  })
  add(
    STYLE.authorityNext,
    'Quyền hạn người ký – dòng tiếp',
    STYLE.authority,
    runOf(s.authority),
    { before: 0 },
    { next: STYLE.signerTitle },
  )
  add(STYLE.signerTitle, 'Chức vụ người ký', NORMAL_STYLE, runOf(s.title), block({ keepNext: true }), { next: STYLE.signatureGap })
  // Empty lines of the body's size, room for the signature and the seal.
  add(STYLE.signatureGap, 'Khoảng trống để ký', NORMAL_STYLE, body, block({ keepNext: true }))
  add(STYLE.signerName, 'Họ tên người ký', NORMAL_STYLE, runOf(s.name), block())

  // ---- appendix and page numbers -----------------------------------------------------------
  const a = p.appendix
  add(STYLE.appendixLabel, 'Phụ lục', NORMAL_STYLE, runOf(a.label), block({ keepNext: true }), { next: STYLE.appendixTitle })
  add(STYLE.appendixTitle, 'Tên phụ lục', NORMAL_STYLE, runOf(a.title), block({ keepNext: true }), { next: STYLE.appendixNote })
  add(STYLE.appendixNote, 'Ghi chú phụ lục', NORMAL_STYLE, runOf(a.note), block({ after: p.title.spaceAfter, keepNext: true }))
  add(STYLE.pageNumber, 'Số trang', NORMAL_STYLE, runOf(p.pageNumber), { align: 'center' })

  return { defaults, styles, get }
}

/** What a style writes itself: the run's size always, the rest where it differs from the style it is based on. */
export interface OwnFormat {
  run: Partial<RunFormat> & { size: number }
  paragraph: Partial<ParagraphFormat>
}

const sameLine = (a: LineHeight, b: LineHeight): boolean =>
  a.rule === 'exact' ? b.rule === 'exact' && a.points === b.points : b.rule === 'multiple' && a.lines === b.lines

/**
 * The part of `style`'s format it writes itself, the rest inherited from `parent` (the format of
 * the style it is based on). Indents and spacing go as groups, whole when any part differs.
 */
export function ownFormat(style: StyleFormat, parent: StyleFormat): OwnFormat {
  const run: OwnFormat['run'] = { size: style.run.size }
  for (const key of ['bold', 'italic', 'underline', 'caps'] as const) if (style.run[key] !== parent.run[key]) run[key] = style.run[key]
  const a = style.paragraph
  const b = parent.paragraph
  const paragraph: Partial<ParagraphFormat> = {}
  if (a.align !== b.align) paragraph.align = a.align
  if (a.left !== b.left || a.right !== b.right || a.firstLine !== b.firstLine)
    Object.assign(paragraph, { left: a.left, right: a.right, firstLine: a.firstLine })
  if (a.before !== b.before || a.after !== b.after || !sameLine(a.line, b.line))
    Object.assign(paragraph, { before: a.before, after: a.after, line: a.line })
  if (a.keepNext !== b.keepNext) paragraph.keepNext = a.keepNext
  if (a.keepLines !== b.keepLines) paragraph.keepLines = a.keepLines
  if (a.rule !== b.rule) paragraph.rule = a.rule
  if (a.outlineLevel !== b.outlineLevel) paragraph.outlineLevel = a.outlineLevel
  return { run, paragraph }
}
