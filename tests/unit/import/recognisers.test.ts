/** The small recognisers of core/import, on hand-made text and blocks. */
import { describe, expect, it } from 'vitest'
import { parseDateLine, parseDocNumber, recogniseHeader } from '../../../core/import/header'
import { toContent } from '../../../core/import/lexical'
import { buildOutline, numberingOf } from '../../../core/import/outline'
import { kindAndPeriod } from '../../../core/import/period'
import { LostCounter, textParagraph, type SourceBlock } from '../../../core/import/source'
import { parseSigner, recogniseTail } from '../../../core/import/tail'
import { normalizeTitle, sentenceCase, titleSimilarity } from '../../../core/import/text'
import { contentText } from '../../../core/nodes/plain-text'

describe('document number and date line', () => {
  it('reads the state and Party forms, with blanks left for the number', () => {
    expect(parseDocNumber('05/BC-UBND')).toEqual({ number: '05', symbol: 'BC-UBND', party: false })
    expect(parseDocNumber('    /BC-UBND')).toEqual({ number: '', symbol: 'BC-UBND', party: false })
    expect(parseDocNumber('45-BC/ĐU')).toEqual({ number: '45', symbol: 'BC/ĐU', party: true })
    expect(parseDocNumber('…-BC/CB')).toEqual({ number: '', symbol: 'BC/CB', party: true })
    expect(parseDocNumber('không có')).toBeNull()
  })

  it('reads the place and the date, and a blank date as null with its year', () => {
    expect(parseDateLine('Phú Xuân, ngày 15 tháng 12 năm 2025')).toEqual({ place: 'Phú Xuân', date: '2025-12-15', year: 2025 })
    expect(parseDateLine('Phường 1, ngày 05 tháng 01 năm 2026')).toEqual({ place: 'Phường 1', date: '2026-01-05', year: 2026 })
    expect(parseDateLine('Tân Chính, ngày    tháng    năm 2025')).toEqual({ place: 'Tân Chính', date: null, year: 2025 })
    expect(parseDateLine('Ngày 30 tháng 02 năm 2026')).toEqual({ place: '', date: null, year: 2026 })
  })
})

describe('kind and period from the trích yếu', () => {
  it('tells a year-end report from a mid-year review', () => {
    expect(kindAndPeriod(['Tình hình thực hiện nhiệm vụ năm 2025; phương hướng, nhiệm vụ năm 2026'], 2000)).toMatchObject({
      reportKind: 'tong-ket-nam',
      period: { kind: 'year', year: 2025 },
    })
    expect(kindAndPeriod(['sơ kết công tác 6 tháng đầu năm 2026, phương hướng, nhiệm vụ 6 tháng cuối năm 2026'], 2000)).toMatchObject({
      reportKind: 'so-ket-6-thang',
      period: { kind: 'half', year: 2026, half: 1 },
    })
    expect(kindAndPeriod(['', 'bao-cao-so-ket-2024'], 2000)).toMatchObject({
      reportKind: 'so-ket-6-thang',
      period: { kind: 'half', year: 2024, half: 1 },
    })
    expect(kindAndPeriod(['Ghi chép'], 2030)).toEqual({ reportKind: 'tong-ket-nam', period: { kind: 'year', year: 2030 }, certain: false })
  })
})

describe('titles', () => {
  it('sentence-cases capitals but keeps abbreviations, Roman numerals and proper words', () => {
    expect(sentenceCase('CÔNG TÁC XÂY DỰNG ĐẢNG VÀ HỆ THỐNG CHÍNH TRỊ')).toBe('Công tác xây dựng Đảng và hệ thống chính trị')
    expect(sentenceCase('LÃNH ĐẠO HĐND, UBND PHƯỜNG; PHÒNG, CHỐNG COVID-19')).toBe('Lãnh đạo HĐND, UBND phường; phòng, chống COVID-19')
    expect(sentenceCase('AN NINH TRẬT TỰ')).toBe('An ninh trật tự')
  })

  it('compares titles without numbers, years or letter case', () => {
    expect(normalizeTitle('II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025')).toBe(normalizeTitle('Kết quả thực hiện nhiệm vụ năm {nam}'))
    expect(normalizeTitle('Phần I. Kết quả')).toBe('ket qua')
    expect(normalizeTitle('Nhiệm vụ, giải pháp trọng tâm {kyToi}')).toBe('nhiem vu giai phap trong tam')
    expect(titleSimilarity('Công tác quốc phòng, an ninh', 'Quốc phòng - an ninh')).toBeCloseTo(0.8)
    expect(titleSimilarity('Kinh tế', 'Văn hóa - xã hội')).toBe(0)
  })
})

describe('signature', () => {
  it('reads each authority form', () => {
    expect(parseSigner(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '(Đã ký)', 'Nguyễn Văn An'])).toEqual({
      authority: 'TM',
      body: 'ỦY BAN NHÂN DÂN',
      headTitle: '',
      title: 'CHỦ TỊCH',
      name: 'Nguyễn Văn An',
    })
    expect(parseSigner(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Lê Văn Cường'])).toEqual({
      authority: 'KT',
      body: 'ỦY BAN NHÂN DÂN',
      headTitle: 'CHỦ TỊCH',
      title: 'PHÓ CHỦ TỊCH',
      name: 'Lê Văn Cường',
    })
    expect(parseSigner(['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG', 'Phan Thị Hoa'])).toMatchObject({
      authority: 'TL',
      headTitle: 'CHỦ TỊCH',
      title: 'CHÁNH VĂN PHÒNG',
    })
    expect(parseSigner(['Q. CHỦ TỊCH', 'Đỗ Minh'])).toMatchObject({ authority: 'Q', title: 'CHỦ TỊCH', name: 'Đỗ Minh' })
    expect(parseSigner(['T/M CHI BỘ', 'BÍ THƯ', 'Hà Thu'])).toMatchObject({ authority: 'TM', body: 'CHI BỘ', title: 'BÍ THƯ' })
    expect(parseSigner(['TRƯỞNG PHÒNG', 'Vũ Lan'])).toMatchObject({ authority: 'none', title: 'TRƯỞNG PHÒNG', name: 'Vũ Lan' })
  })
})

describe('signature typed as paragraphs', () => {
  it('stops at the last heading above it, even an empty one in capitals', () => {
    const blocks: SourceBlock[] = [
      textParagraph('II. PHƯƠNG HƯỚNG', { bold: true }),
      textParagraph('Tiếp tục cải cách hành chính.'),
      textParagraph('III. KIẾN NGHỊ, ĐỀ XUẤT', { bold: true }),
      textParagraph(''),
      textParagraph('TM. ỦY BAN NHÂN DÂN', { bold: true, align: 'right' }),
      textParagraph('CHỦ TỊCH', { bold: true, align: 'right' }),
      textParagraph(''),
      textParagraph('Nguyễn Văn An', { bold: true, align: 'right' }),
    ]
    const tail = recogniseTail(blocks, 0)
    expect(tail.bodyEnd).toBe(3)
    expect(tail.signer).toEqual({ authority: 'TM', body: 'ỦY BAN NHÂN DÂN', headTitle: '', title: 'CHỦ TỊCH', name: 'Nguyễn Văn An' })
  })
})

describe('header typed one line after another', () => {
  it('splits the managing body from the issuer by boldness', () => {
    const blocks: SourceBlock[] = [
      textParagraph('UBND PHƯỜNG PHÚ XUÂN'),
      textParagraph('PHÒNG VĂN HÓA - XÃ HỘI', { bold: true }),
      textParagraph('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true }),
      textParagraph('Số: 03/BC-VHXH'),
      textParagraph('BÁO CÁO', { bold: true }),
      textParagraph('Kết quả công tác văn hóa - xã hội năm 2025', { bold: true }),
      textParagraph('Nội dung.'),
    ]
    expect(recogniseHeader(blocks)).toMatchObject({
      found: true,
      profile: 'state',
      issuerKind: 'phong-ubnd',
      parent: 'UBND PHƯỜNG PHÚ XUÂN',
      issuer: 'PHÒNG VĂN HÓA - XÃ HỘI',
      number: '03',
      symbol: 'BC-VHXH',
      title: 'Kết quả công tác văn hóa - xã hội năm 2025',
      bodyStart: 6,
    })
  })
})

describe('outline', () => {
  it('nests headings by their numbering; an "a)" right after a "1." item is a list item, later one a heading', () => {
    const blocks: SourceBlock[] = [
      textParagraph('I. KẾT QUẢ'),
      textParagraph('1. Kinh tế', { bold: true }),
      textParagraph('Các nhiệm vụ:'),
      textParagraph('1. Thu ngân sách;'),
      textParagraph('a) thu thuế'),
      textParagraph('2. Chi ngân sách.'),
      textParagraph('Ghi chú thêm.'),
      textParagraph('a) Thương mại'),
      textParagraph('Phát triển ổn định.'),
      textParagraph('II. PHƯƠNG HƯỚNG'),
    ]
    const drafts = buildOutline(blocks, 'Mở đầu')
    const shape = (list: typeof drafts): unknown[] => list.map((d) => (d.children.length > 0 ? { [d.title]: shape(d.children) } : d.title))
    expect(shape(drafts)).toEqual([{ 'KẾT QUẢ': [{ 'Kinh tế': ['Thương mại'] }] }, 'PHƯƠNG HƯỚNG'])
    expect(numberingOf(drafts)).toEqual(['roman', 'arabic', 'alpha'])
    const economy = drafts[0]?.children[0]
    const content = toContent(economy?.blocks ?? [], new LostCounter())
    expect(contentText(content)).toBe('Các nhiệm vụ:\nThu ngân sách;\nthu thuế\nChi ngân sách.\nGhi chú thêm.')
    expect(JSON.stringify(content)).toContain('"listType":"number"')
  })

  it('reads "Phần I" with its title on the next line', () => {
    const drafts = buildOutline(
      [
        textParagraph('Phần I', { bold: true, align: 'center' }),
        textParagraph('KẾT QUẢ NĂM 2025', { bold: true, align: 'center' }),
        textParagraph('Nội dung.'),
      ],
      'Mở đầu',
    )
    expect(drafts).toHaveLength(1)
    expect(drafts[0]).toMatchObject({ title: 'KẾT QUẢ NĂM 2025', kind: 'phan' })
    expect(numberingOf(drafts)).toEqual(['phan', 'roman', 'arabic', 'alpha'])
  })
})

describe('typed bullets', () => {
  it('nest by the order the export prints them: "-" then "+" then "•"', () => {
    const content = toContent(
      [textParagraph('- một'), textParagraph('+ hai'), textParagraph('• ba'), textParagraph('- bốn')],
      new LostCounter(),
    )
    const json = JSON.stringify(content)
    expect(contentText(content)).toBe('một\nhai\nba\nbốn')
    expect(json.match(/"type":"list"/gu)).toHaveLength(3)
  })

  it('a lone "•" list stays at the top level', () => {
    const content = toContent([textParagraph('• một'), textParagraph('• hai')], new LostCounter())
    expect(JSON.stringify(content).match(/"type":"list"/gu)).toHaveLength(1)
  })
})
