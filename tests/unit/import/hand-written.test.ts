/**
 * Reports written by hand in Word, made as a clerk makes them and saved as .docx by LibreOffice:
 * "Phần I–III", "I./II.", "1./2." and "a)/b)" set as bold paragraphs, as Word's numbered lists
 * ("Phần %1" in Roman numerals), as heading styles with outline numbering (the labels are not in
 * the text at all), and mixed (typed "I." with Word-numbered "1."). Each comes back with the same
 * nesting, the numbering styles of its parts, and the drafter, copies and signer of the file —
 * not those of today's office profile.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importReport } from '../../../core/import/report'
import { emptyOfficeProfile, type OfficeProfile } from '../../../core/model/office'
import { readDocx } from '../../../electron/services/import'
import { builtinTemplates } from '../../../electron/services/templates'
import { convertWithLibreOffice } from '../../support/libreoffice'
import { missing, soffice } from '../../support/prereqs'
import { tree } from './helpers'
import { idMaker } from './fixtures'

const skip = missing(soffice)
let dir = ''

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"'

/** The four levels of a report's numbering, as a list style or an outline style of LibreOffice. */
const LEVELS = [
  { prefix: 'Phần ', suffix: '', format: 'I' },
  { prefix: '', suffix: '.', format: 'I' },
  { prefix: '', suffix: '.', format: '1' },
  { prefix: '', suffix: ')', format: 'a' },
]
const levelAttrs = (i: number): string => {
  const l = LEVELS[i] ?? LEVELS[0]
  return `text:level="${i + 1}" style:num-prefix="${l?.prefix ?? ''}" style:num-suffix="${l?.suffix ?? ''}" style:num-format="${l?.format ?? '1'}"`
}

const STYLES = `<office:styles>
 <style:style style:name="Standard" style:family="paragraph"><style:text-properties fo:font-size="14pt"/></style:style>
 <style:style style:name="Centre" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/></style:style>
 ${[1, 2, 3, 4]
   .map(
     (n) =>
       `<style:style style:name="Heading_20_${n}" style:display-name="Heading ${n}" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="${n}"><style:text-properties fo:font-weight="bold"/></style:style>`,
   )
   .join('\n ')}
 <text:outline-style style:name="Outline">${LEVELS.map((_, i) => `<text:outline-level-style ${levelAttrs(i)}/>`).join('')}</text:outline-style>
 <text:list-style style:name="Report">${LEVELS.map((_, i) => `<text:list-level-style-number ${levelAttrs(i)}/>`).join('')}</text:list-style>
 <text:list-style style:name="Arabic"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/></text:list-style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="B" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="C" style:family="paragraph" style:parent-style-name="Centre"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="R" style:family="paragraph" style:parent-style-name="Standard" style:list-style-name="Report"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="A" style:family="paragraph" style:parent-style-name="Standard" style:list-style-name="Arabic"><style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles>`

const esc = (text: string): string => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;')
const p = (style: string, text: string): string => `<text:p text:style-name="${style}">${esc(text)}</text:p>`

const HEADER = [
  p('C', 'ỦY BAN NHÂN DÂN PHƯỜNG HÒA KHÁNH'),
  p('Centre', 'Số: 15/BC-UBND'),
  p('C', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
  p('C', 'Độc lập - Tự do - Hạnh phúc'),
  p('Centre', 'Hòa Khánh, ngày 10 tháng 12 năm 2023'),
  p('C', 'BÁO CÁO'),
  p('C', 'Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2023; phương hướng, nhiệm vụ năm 2024'),
  p('Standard', 'Thực hiện Nghị quyết của Hội đồng nhân dân phường, Ủy ban nhân dân phường báo cáo như sau:'),
].join('\n')

/** The signature and "Nơi nhận", with the drafter's mark as each office types it (or none). */
const tail = (drafter: string): string =>
  [
    p('B', 'Nơi nhận:'),
    p('Standard', '- UBND thành phố Đà Nẵng;'),
    p('Standard', '- Lưu: VT, VP.'),
    ...(drafter === '' ? [] : [p('Standard', drafter)]),
    p('C', 'TM. ỦY BAN NHÂN DÂN'),
    p('C', 'KT. CHỦ TỊCH'),
    p('C', 'PHÓ CHỦ TỊCH'),
    p('C', 'Lê Văn Tám'),
  ].join('\n')

/** Headings of the report: depth (0 = Phần), title, and a body paragraph under it or none. */
const OUTLINE: [number, string, string][] = [
  [0, 'KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2023', ''],
  [1, 'CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH', 'Ban hành 12 kế hoạch, 30 văn bản chỉ đạo.'],
  [1, 'KẾT QUẢ TRÊN CÁC LĨNH VỰC', ''],
  [2, 'Kinh tế', ''],
  [3, 'Thu, chi ngân sách', 'Thu ngân sách đạt 112% dự toán.'],
  [3, 'Thương mại, dịch vụ', 'Hoạt động ổn định.'],
  [2, 'Văn hóa - xã hội', 'Các hoạt động văn hóa được tổ chức tốt.'],
  [0, 'PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024', ''],
  [1, 'MỤC TIÊU TỔNG QUÁT', 'Tiếp tục phát triển kinh tế.'],
  [1, 'NHIỆM VỤ, GIẢI PHÁP', 'Tập trung các giải pháp trọng tâm.'],
  [0, 'KIẾN NGHỊ, ĐỀ XUẤT', 'Đề nghị thành phố hỗ trợ kinh phí.'],
]

const EXPECTED_TREE = [
  'Mở đầu',
  {
    'Kết quả thực hiện nhiệm vụ năm 2023': [
      'Công tác lãnh đạo, chỉ đạo, điều hành',
      { 'Kết quả trên các lĩnh vực': [{ 'Kinh tế': ['Thu, chi ngân sách', 'Thương mại, dịch vụ'] }, 'Văn hóa - xã hội'] },
    ],
  },
  { 'Phương hướng, nhiệm vụ năm 2024': ['Mục tiêu tổng quát', 'Nhiệm vụ, giải pháp'] },
  'Kiến nghị, đề xuất',
]

const ROMAN = ['I', 'II', 'III', 'IV']
const ALPHA = ['a', 'b', 'c', 'd']

/** Typed labels: "Phần I" on a line of its own (centred by its style, not bold), "I." and "1." bold, "a)" plain. */
function typed(): string {
  const counts = [0, 0, 0, 0]
  return OUTLINE.flatMap(([depth, title, body]) => {
    counts[depth] = (counts[depth] ?? 0) + 1
    for (let d = depth + 1; d < 4; d++) counts[d] = 0
    const n = counts[depth] ?? 1
    const heading =
      depth === 0
        ? // Phần III in sentence case on one line, left aligned and not bold, as some offices type it.
          n === 3
          ? [p('Standard', `Phần ${ROMAN[n - 1]}. Kiến nghị, đề xuất`)]
          : [p('Centre', `Phần ${ROMAN[n - 1]}`), p('Centre', title)]
        : depth === 1
          ? [p('B', `${ROMAN[n - 1]}. ${title}`)]
          : depth === 2
            ? [p('B', `${n}. ${title}`)]
            : [p('Standard', `${ALPHA[n - 1]}) ${title}`)]
    return [...heading, ...(body ? [p('Standard', body)] : [])]
  }).join('\n')
}

/** Every heading a bold item of one Word list: "Phần %1", "%2.", "%3.", "%4)". */
function listed(): string {
  // One list item per heading, each at its own level, numbering continued throughout.
  return OUTLINE.map(([depth, title, body]) => {
    const open = '<text:list text:style-name="Report" text:continue-numbering="true">' + '<text:list-item><text:list>'.repeat(depth)
    const close = '</text:list></text:list-item>'.repeat(depth) + '</text:list>'
    const item = `<text:list-item>${p('R', title)}</text:list-item>`
    return `${open}${item}${close}${body ? p('Standard', body) : ''}`
  }).join('\n')
}

/** Heading 1–4 with LibreOffice's outline numbering: the labels are in no text. */
function headingStyles(): string {
  return OUTLINE.map(
    ([depth, title, body]) =>
      `<text:h text:style-name="Heading_20_${depth + 1}" text:outline-level="${depth + 1}">${esc(title)}</text:h>${body ? p('Standard', body) : ''}`,
  ).join('\n')
}

/** Typed "Phần" and "I.", "1." numbered by Word (a bold list restarting under each I.), "a)" typed. */
function mixed(): string {
  const counts = [0, 0, 0, 0]
  return OUTLINE.map(([depth, title, body]) => {
    counts[depth] = (counts[depth] ?? 0) + 1
    for (let d = depth + 1; d < 4; d++) counts[d] = 0
    const n = counts[depth] ?? 1
    const heading =
      depth === 0
        ? p('C', `PHẦN ${ROMAN[n - 1]}`) + p('C', title)
        : depth === 1
          ? p('B', `${ROMAN[n - 1]}. ${title}`)
          : depth === 2
            ? `<text:list text:style-name="Arabic"${n > 1 ? ' text:continue-numbering="true"' : ''}><text:list-item>${p('A', title)}</text:list-item></text:list>`
            : p('Standard', `${ALPHA[n - 1]}) ${title}`)
    return heading + (body ? p('Standard', body) : '')
  }).join('\n')
}

const document = (body: string, drafter: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><office:document ${NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">${STYLES}<office:body><office:text>${HEADER}\n${body}\n${tail(drafter)}</office:text></office:body></office:document>`

const VARIANTS = { typed, listed, headingStyles, mixed } as const
type Variant = keyof typeof VARIANTS

/** The drafter's mark of each variant, and what it reads as. */
const DRAFTERS: Record<Variant, [string, string, number | null]> = {
  typed: ['NTH.(12)', 'NTH', 12],
  listed: ['NTH (12b)', 'NTH', 12],
  headingStyles: ['PL.05', 'PL', 5],
  mixed: ['', '', null],
}

const OFFICE: OfficeProfile = {
  ...emptyOfficeProfile,
  place: 'Hòa Khánh',
  issuers: {
    'ubnd-phuong': {
      parent: '',
      issuer: 'ỦY BAN NHÂN DÂN\nPHƯỜNG HÒA KHÁNH',
      symbol: 'BC-UBND',
      signer: { authority: 'TM', body: 'ỦY BAN NHÂN DÂN', headTitle: 'CHỦ TỊCH', title: 'CHỦ TỊCH', name: 'Người Ký Hôm Nay' },
      recipients: [],
      archive: 'VT',
      drafter: 'HNAY',
      copies: 3,
    },
  },
}

async function importVariant(variant: Variant): Promise<ReturnType<typeof importReport>> {
  const source = await readDocx(readFileSync(join(dir, `${variant}.docx`)), `${variant}.docx`)
  return importReport(source, {
    templates: builtinTemplates(),
    fileName: `${variant}.docx`,
    appVersion: '0.2.0',
    newId: idMaker(variant),
    now: new Date('2026-01-10T00:00:00Z'),
    office: OFFICE,
  })
}

beforeAll(() => {
  if (skip) return
  dir = mkdtempSync(join(tmpdir(), 'sbc-hand-written-'))
  const inputs = (Object.keys(VARIANTS) as Variant[]).map((v) => {
    const path = join(dir, `${v}.fodt`)
    writeFileSync(path, document(VARIANTS[v](), DRAFTERS[v][0]))
    return path
  })
  convertWithLibreOffice(inputs, 'docx:MS Word 2007 XML', dir)
}, 180_000)

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe.skipIf(skip)('a report written by hand in Word, with Phần I–III', () => {
  for (const variant of Object.keys(VARIANTS) as Variant[]) {
    it(`keeps Phần → I. → 1. → a) nesting and numbering (${variant})`, async () => {
      const { report } = await importVariant(variant)
      expect(tree(report.sections)).toEqual(EXPECTED_TREE)
      expect(report.numbering).toEqual(['phan', 'roman', 'arabic', 'alpha'])
    })
  }

  for (const variant of Object.keys(VARIANTS) as Variant[]) {
    const [typedMark, drafter, copies] = DRAFTERS[variant]
    it(`takes drafter, copies and signer from the file, never from today’s office profile (“${typedMark || 'no mark'}”)`, async () => {
      const { report } = await importVariant(variant)
      expect(report.meta).toMatchObject({
        drafter,
        copies,
        signer: { authority: 'KT', body: 'ỦY BAN NHÂN DÂN', headTitle: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Lê Văn Tám' },
        recipients: ['UBND thành phố Đà Nẵng'],
        archive: 'VT, VP',
      })
    })
  }
})
