/**
 * The exported .docx, read back as XML: page setup, fonts, sizes and styles of every header
 * element, the borderless header table with absolute widths, page numbers from page 2, the end
 * mark, body styles, lists, tables with merged cells, the signature block and the landscape
 * appendix — for both profiles. Expected values are written out from the spec (§1–§3, §7), not
 * read from the profiles, so that a wrong profile value fails here.
 */
import { describe, expect, it } from 'vitest'
import { renderDocx } from '../../../core/docx'
import type { Report } from '../../../core/model/schema'
import { textWidthTwips } from '../../../core/layout'
import { richContent, templateReport, withContent } from './fixtures'
import {
  bodyBlocks,
  child,
  children,
  directParaProps,
  directRunProps,
  findAll,
  isOn,
  paragraphLook,
  paragraphWith,
  paraProps,
  propsOf,
  readDocx,
  runProps,
  styleChain,
  textOf,
  textRuns,
  type Docx,
  type Props,
  type XmlElement,
} from './ooxml'

const A4 = { w: '11906', h: '16838' }
// What a run may carry itself: the editor's bold, italic, underline, strike and sub/superscript.
const EDITOR_MARKS = new Set(['w:b', 'w:bCs', 'w:i', 'w:iCs', 'w:u', 'w:strike', 'w:vertAlign'])
// What a paragraph may carry besides its style: the clerk's alignment and indent, and keeping the
// last body paragraph with the signature; the rules' length and the first and last line of a
// several-recipient "Kính gửi" are an indent and a spacing of their own.
const CLERK_PARAGRAPH = new Set(['w:pStyle', 'w:jc', 'w:ind', 'w:keepNext', 'w:spacing'])
const TEXT_WIDTH = 11906 - 1701 - 850

interface Side {
  name: 'state' | 'party'
  report: () => Report
  issuer: string
  parent: string | null
  look: Record<string, { size: number; bold: boolean; italic: boolean; underline?: boolean }>
  numberText: string
  dateText: string
  kindSize: number
  separator: 'rule' | 'text'
  endMark: boolean
  line: { line: string; lineRule: string }
  heading1: RegExp
  heading2: RegExp
  signature: string[]
  recipientsEnd: string
  archive: string
  drafter: string
  appendixLandscape: boolean
}

const SIDES: Side[] = [
  {
    name: 'state',
    report: () => withContent(templateReport('tong-ket-nam.ubnd-phuong'), richContent()),
    issuer: 'ỦY BAN NHÂN DÂN\nPHƯỜNG PHÚ XUÂN',
    parent: null,
    look: {
      nationalTitle: { size: 12, bold: true, italic: false },
      motto: { size: 13, bold: true, italic: false },
      issuer: { size: 12, bold: true, italic: false },
      number: { size: 13, bold: false, italic: false },
      date: { size: 13, bold: false, italic: true },
      summary: { size: 14, bold: true, italic: false },
      label: { size: 12, bold: true, italic: true, underline: false },
      item: { size: 11, bold: false, italic: false },
      drafter: { size: 11, bold: false, italic: false },
      authority: { size: 14, bold: true, italic: false },
      title: { size: 14, bold: true, italic: false },
      name: { size: 14, bold: true, italic: false },
    },
    numberText: 'Số: 05/BC-UBND',
    dateText: 'Phú Xuân, ngày 15 tháng 12 năm 2025',
    kindSize: 14,
    separator: 'rule',
    endMark: true,
    line: { line: '240', lineRule: 'auto' },
    heading1: /^I\. KẾT QUẢ|^I\. CÔNG TÁC/u,
    heading2: /^1\. Kinh tế/u,
    signature: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn An'],
    recipientsEnd: ';',
    archive: '- Lưu: VT, VP.',
    drafter: 'PL.(10)',
    appendixLandscape: true,
  },
  {
    name: 'party',
    report: () => withContent(templateReport('tong-ket-nam.dang-uy-phuong'), richContent()),
    issuer: 'ĐẢNG ỦY PHƯỜNG PHÚ XUÂN',
    parent: 'ĐẢNG BỘ THÀNH PHỐ HUẾ',
    look: {
      nationalTitle: { size: 15, bold: true, italic: false },
      parent: { size: 14, bold: false, italic: false },
      issuer: { size: 14, bold: true, italic: false },
      number: { size: 14, bold: false, italic: false },
      date: { size: 14, bold: false, italic: true },
      summary: { size: 14, bold: true, italic: false },
      label: { size: 14, bold: false, italic: false, underline: true },
      item: { size: 12, bold: false, italic: false },
      drafter: { size: 12, bold: false, italic: false },
      authority: { size: 14, bold: true, italic: false },
      title: { size: 14, bold: false, italic: false },
      name: { size: 14, bold: true, italic: false },
    },
    numberText: 'Số 05-BC/ĐU',
    dateText: 'Phú Xuân, ngày 15 tháng 12 năm 2025',
    kindSize: 16,
    separator: 'text',
    endMark: false,
    line: { line: '360', lineRule: 'exact' },
    heading1: /^I- KẾT QUẢ/u,
    heading2: /^1- Công tác xây dựng Đảng/u,
    signature: ['T/M ĐẢNG ỦY', 'BÍ THƯ', 'Nguyễn Văn An'],
    recipientsEnd: ',',
    archive: '- Lưu Văn phòng Đảng ủy.',
    drafter: 'PL.(10)',
    appendixLandscape: false,
  },
]

const docxCache = new Map<string, Promise<Docx>>()
function exported(report: Report, key: string): Promise<Docx> {
  let found = docxCache.get(key)
  if (!found) {
    found = renderDocx(report, { strict: true }).then(readDocx)
    docxCache.set(key, found)
  }
  return found
}

function looks(p: XmlElement): { size: number; bold: boolean; italic: boolean; underline: boolean } {
  return paragraphLook(p)
}

function expectLook(p: XmlElement, expected: { size: number; bold: boolean; italic: boolean; underline?: boolean }): void {
  const actual = looks(p)
  expect({ text: textOf(p), size: actual.size, bold: actual.bold, italic: actual.italic }).toEqual({
    text: textOf(p),
    size: expected.size,
    bold: expected.bold,
    italic: expected.italic,
  })
  if (expected.underline !== undefined) expect(actual.underline).toBe(expected.underline)
}

function widthOf(el: XmlElement | undefined, name: string): { type: string; w: number } {
  const w = child(el, name)
  return { type: w?.attrs['w:type'] ?? '', w: Number(w?.attrs['w:w'] ?? 'NaN') }
}

function gridOf(table: XmlElement): number[] {
  return children(child(table, 'w:tblGrid'), 'w:gridCol').map((c) => Number(c.attrs['w:w']))
}

function cellsOf(row: XmlElement): XmlElement[] {
  return children(row, 'w:tc')
}

function tcPr(cell: XmlElement): XmlElement | undefined {
  return child(cell, 'w:tcPr')
}

function span(cell: XmlElement): number {
  return Number(child(tcPr(cell), 'w:gridSpan')?.attrs['w:val'] ?? '1')
}

function vMerge(cell: XmlElement): string | null {
  const v = child(tcPr(cell), 'w:vMerge')
  return v ? (v.attrs['w:val'] ?? 'continue') : null
}

/** Every cell's w:tcW is an absolute width equal to the grid columns it spans. */
function expectAbsoluteCellWidths(table: XmlElement): void {
  const grid = gridOf(table)
  const rows = children(table, 'w:tr')
  const covered: number[] = []
  for (const row of rows) {
    let column = 0
    for (const cell of cellsOf(row)) {
      const width = widthOf(tcPr(cell), 'w:tcW')
      expect(width.type).toBe('dxa')
      const spanned = grid.slice(column, column + span(cell)).reduce((a, b) => a + b, 0)
      expect(width.w).toBe(spanned)
      column += span(cell)
    }
    covered.push(column)
  }
  expect(Math.max(...covered)).toBe(grid.length)
}

function borderVals(el: XmlElement | undefined): string[] {
  return (el?.children ?? []).map((b) => b.attrs['w:val'] ?? '')
}

function sectPrs(docx: Docx): XmlElement[] {
  return findAll(docx.body, 'w:sectPr')
}

/** The main section's blocks: everything before the paragraph that carries the first section break. */
function mainBlocks(docx: Docx): XmlElement[] {
  const blocks = bodyBlocks(docx)
  const end = blocks.findIndex((b) => b.name === 'w:p' && child(child(b, 'w:pPr'), 'w:sectPr') !== undefined)
  return end < 0 ? blocks : blocks.slice(0, end + 1)
}

describe.each(SIDES)('docx XML, $name profile', (side) => {
  const load = (): Promise<Docx> => exported(side.report(), side.name)

  it('uses A4 portrait with the default margins (20/20/30/15 mm), header distance 10 mm and a distinct first page', async () => {
    const docx = await load()
    const main = sectPrs(docx)[0] as XmlElement
    expect(child(main, 'w:pgSz')?.attrs).toMatchObject({ 'w:w': A4.w, 'w:h': A4.h, 'w:orient': 'portrait' })
    expect(child(main, 'w:pgMar')?.attrs).toMatchObject({
      'w:top': '1134',
      'w:bottom': '1134',
      'w:left': '1701',
      'w:right': '850',
      'w:header': '567',
    })
    expect(child(main, 'w:titlePg')).toBeDefined()
    expect(child(main, 'w:pgNumType')?.attrs['w:start']).toBe('1')
  })

  it('gives every run with text Times New Roman in all four font slots, vi-VN, black and a size, through the styles', async () => {
    const docx = await load()
    const parts = Object.keys(docx.parts).filter((p) => /^word\/(document|header\d+)\.xml$/u.test(p))
    let checked = 0
    for (const part of parts) {
      for (const run of findAll(docx.xml(part), 'w:r')) {
        const hasText = textOf(run).trim() !== '' || findAll(run, 'w:instrText').length > 0
        if (!hasText) continue
        // What applies: the run's own properties over its paragraph's style chain over the document defaults.
        const props = runProps(run)
        expect(props['w:rFonts']).toEqual({
          'w:ascii': 'Times New Roman',
          'w:hAnsi': 'Times New Roman',
          'w:eastAsia': 'Times New Roman',
          'w:cs': 'Times New Roman',
        })
        expect(props['w:lang']).toEqual({ 'w:val': 'vi-VN', 'w:eastAsia': 'vi-VN', 'w:bidi': 'vi-VN' })
        expect(props['w:color']?.['w:val']).toBe('000000')
        expect(Number(props['w:sz']?.['w:val'])).toBeGreaterThan(0)
        expect(props['w:szCs']).toEqual(props['w:sz'])
        // The run itself carries only what the editor set: no font, size, language or colour of its own.
        expect(Object.keys(directRunProps(run)).filter((name) => !EDITOR_MARKS.has(name))).toEqual([])
        checked++
      }
    }
    expect(checked).toBeGreaterThan(100)
    // The document defaults agree, for text typed later in Word.
    const defaults = docx.styles.runDefaults
    expect(defaults['w:rFonts']).toEqual({
      'w:ascii': 'Times New Roman',
      'w:hAnsi': 'Times New Roman',
      'w:eastAsia': 'Times New Roman',
      'w:cs': 'Times New Roman',
    })
    expect(defaults['w:lang']).toEqual({ 'w:val': 'vi-VN', 'w:eastAsia': 'vi-VN', 'w:bidi': 'vi-VN' })
    expect(defaults['w:color']?.['w:val']).toBe('000000')
    expect(defaults['w:sz']?.['w:val']).toBe('28')
  })

  it('defines the formatting once, in named paragraph styles that Word reads reliably', async () => {
    const docx = await load()
    const parts = Object.keys(docx.parts).filter((p) => /^word\/(document|header\d+)\.xml$/u.test(p))
    const used = new Set<string>()
    for (const part of parts) {
      for (const p of findAll(docx.xml(part), 'w:p')) {
        // Every paragraph with text (and every rule) names its style and carries, besides, only
        // what the clerk set and the few layout settings above.
        const own = directParaProps(p)
        if (textOf(p).trim() !== '' || findAll(p, 'w:instrText').length > 0) expect(own['w:pStyle'], textOf(p)).toBeDefined()
        expect(Object.keys(own).filter((name) => !CLERK_PARAGRAPH.has(name) && name !== 'w:sectPr')).toEqual([])
        const style = own['w:pStyle']?.['w:val']
        if (style !== undefined) used.add(style)
      }
    }
    const chains = [...used].flatMap((id) => styleChain(docx.styles, id))
    const ours = new Set(chains.filter((s) => s.attrs['w:styleId'] !== 'Normal'))
    expect(ours.size).toBeGreaterThan(20)
    for (const style of ours) {
      const id = style.attrs['w:styleId'] ?? ''
      // ASCII ids, Vietnamese names a clerk reads in Word's style list.
      expect(id).toMatch(/^[A-Za-z][A-Za-z0-9]*$/u)
      expect(child(style, 'w:name')?.attrs['w:val'], id).toMatch(/\p{L}/u)
      // Word reads a style's text reliably only with all four font slots and the language; w:szCs
      // goes with w:sz, w:bCs with w:b and w:iCs with w:i.
      const rPr = propsOf(child(style, 'w:rPr'))
      expect(rPr['w:rFonts'], id).toEqual({
        'w:ascii': 'Times New Roman',
        'w:hAnsi': 'Times New Roman',
        'w:eastAsia': 'Times New Roman',
        'w:cs': 'Times New Roman',
      })
      expect(rPr['w:lang'], id).toEqual({ 'w:val': 'vi-VN', 'w:eastAsia': 'vi-VN', 'w:bidi': 'vi-VN' })
      expect(rPr['w:sz'], id).toBeDefined()
      expect(rPr['w:szCs'], id).toEqual(rPr['w:sz'])
      if (rPr['w:b']) expect(rPr['w:bCs'], id).toEqual(rPr['w:b'])
      if (rPr['w:i']) expect(rPr['w:iCs'], id).toEqual(rPr['w:i'])
    }
    const names = new Set([...ours].map((s) => child(s, 'w:name')?.attrs['w:val']))
    const expected =
      side.name === 'state'
        ? ['Nội dung', 'Phần', 'Tên phần', 'Mục I.', 'Khoản 1.', 'Điểm a)', 'Quốc hiệu', 'Tiêu ngữ', 'Đường kẻ']
        : ['Nội dung', 'Mục I-', 'Khoản 1-', 'Tiêu đề', 'Dưới tên cơ quan', 'Tên cơ quan chủ quản']
    for (const name of [
      ...expected,
      'Tên cơ quan ban hành',
      'Số và ký hiệu',
      'Địa danh và thời gian',
      'Tên loại văn bản',
      'Trích yếu',
      'Dưới trích yếu',
    ])
      expect(names).toContain(name)
    for (const name of [
      'Ý liệt kê cấp 1',
      'Ý liệt kê cấp 2',
      'Bảng – chữ',
      'Bảng – hàng tiêu đề',
      'Nơi nhận',
      'Nơi nhận – các nơi',
      'Quyền hạn người ký',
      'Chức vụ người ký',
      'Họ tên người ký',
    ])
      expect(names).toContain(name)
    for (const name of ['Phụ lục', 'Tên phụ lục', 'Ghi chú phụ lục', 'Số trang', 'Ký hiệu người soạn thảo']) expect(names).toContain(name)
    // A body paragraph is its style and nothing else.
    expect(Object.keys(directParaProps(paragraphWith(docx.body, /^Trong kỳ, /u)))).toEqual(['w:pStyle'])
    // Word's style gallery offers Normal and the report's own styles, none of docx's blue headings.
    const gallery = [...docx.styles.paragraphStyles.values()].filter(
      (s) => isOn(propsOf(s), 'w:qFormat') && !isOn(propsOf(s), 'w:semiHidden'),
    )
    const galleryNames = gallery.map((s) => child(s, 'w:name')?.attrs['w:val'] ?? '')
    expect(galleryNames.filter((name) => name !== 'Normal' && !/[^ -~]/u.test(name))).toEqual([])
    expect(galleryNames).toEqual(expect.arrayContaining(['Nội dung', 'Mục I' + (side.name === 'state' ? '.' : '-'), 'Bảng – chữ']))
    for (const style of gallery) expect(propsOf(child(style, 'w:rPr'))['w:color']).toBeUndefined()
  })

  it('builds the header as a borderless two-column table with absolute widths in twips', async () => {
    const docx = await load()
    const table = bodyBlocks(docx)[0] as XmlElement
    expect(table.name).toBe('w:tbl')
    const tblPr = child(table, 'w:tblPr')
    expect(widthOf(tblPr, 'w:tblW')).toEqual({ type: 'dxa', w: TEXT_WIDTH })
    expect(child(tblPr, 'w:tblLayout')?.attrs['w:type']).toBe('fixed')
    expect(new Set(borderVals(child(tblPr, 'w:tblBorders')))).toEqual(new Set(['none']))
    const grid = gridOf(table)
    expect(grid).toHaveLength(2)
    expect(grid.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH)
    expectAbsoluteCellWidths(table)
    for (const cell of findAll(table, 'w:tc')) expect(new Set(borderVals(child(tcPr(cell), 'w:tcBorders')))).toEqual(new Set(['none']))
    // The right column holds the national title on one line.
    expect(grid[1]).toBeGreaterThan(
      textWidthTwips(
        side.name === 'state' ? 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' : 'ĐẢNG CỘNG SẢN VIỆT NAM',
        side.look.nationalTitle?.size ?? 0,
        true,
      ),
    )
  })

  it('prints every header element in its size and style, the date on the row of the number', async () => {
    const docx = await load()
    const table = bodyBlocks(docx)[0] as XmlElement
    const [row1, row2] = children(table, 'w:tr') as [XmlElement, XmlElement]
    const [left, right] = cellsOf(row1) as [XmlElement, XmlElement]
    const leftParas = children(left, 'w:p')
    const rightParas = children(right, 'w:p')
    const withText = (ps: XmlElement[]): XmlElement[] => ps.filter((p) => textOf(p).trim() !== '')

    const leftTexts = withText(leftParas)
    if (side.parent) {
      expect(textOf(leftTexts[0] as XmlElement)).toBe(side.parent)
      expectLook(leftTexts[0] as XmlElement, side.look.parent ?? { size: 0, bold: false, italic: false })
      leftTexts.shift()
    }
    expect(textOf(leftTexts[0] as XmlElement)).toBe(side.issuer)
    expectLook(leftTexts[0] as XmlElement, side.look.issuer ?? { size: 0, bold: false, italic: false })
    if (side.name === 'state') {
      // A short solid rule under the issuer: a paragraph border, 1/3 to 1/2 of the issuer's line, centred.
      const rule = leftParas.at(-1) as XmlElement
      expect(paraProps(rule)['w:pBdr/w:bottom']?.['w:val']).toBe('single')
      const ind = paraProps(rule)['w:ind'] ?? {}
      const column = gridOf(table)[0] ?? 0
      const length = column - Number(ind['w:left']) - Number(ind['w:right'])
      const line = textWidthTwips('PHƯỜNG PHÚ XUÂN', 12, true)
      expect(ind['w:left']).toBe(ind['w:right'])
      expect(length).toBeGreaterThanOrEqual(line / 3)
      expect(length).toBeLessThanOrEqual(line / 2)
    } else {
      // An asterisk centred under the issuer, no rule.
      const star = leftTexts[1] as XmlElement
      expect(textOf(star)).toBe('*')
      expect(paraProps(star)['w:jc']?.['w:val']).toBe('center')
      expect(findAll(left, 'w:p').filter((p) => paraProps(p)['w:pBdr/w:bottom'] !== undefined)).toHaveLength(0)
    }

    const rightTexts = withText(rightParas)
    expect(textOf(rightTexts[0] as XmlElement)).toBe(
      side.name === 'state' ? 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' : 'ĐẢNG CỘNG SẢN VIỆT NAM',
    )
    expectLook(rightTexts[0] as XmlElement, side.look.nationalTitle ?? { size: 0, bold: false, italic: false })
    if (side.look.motto) {
      expect(textOf(rightTexts[1] as XmlElement)).toBe('Độc lập - Tự do - Hạnh phúc')
      expectLook(rightTexts[1] as XmlElement, side.look.motto)
    }
    // The rule under the tiêu ngữ (state) or the Party title is as long as that line.
    const rule = rightParas.at(-1) as XmlElement
    expect(paraProps(rule)['w:pBdr/w:bottom']?.['w:val']).toBe('single')
    const ind = paraProps(rule)['w:ind'] ?? {}
    const length = (gridOf(table)[1] ?? 0) - Number(ind['w:left']) - Number(ind['w:right'])
    const expected =
      side.name === 'state' ? textWidthTwips('Độc lập - Tự do - Hạnh phúc', 13, true) : textWidthTwips('ĐẢNG CỘNG SẢN VIỆT NAM', 15, true)
    expect(Math.abs(length - expected)).toBeLessThanOrEqual(2)

    const [numberCell, dateCell] = cellsOf(row2) as [XmlElement, XmlElement]
    const number = withText(children(numberCell, 'w:p'))[0] as XmlElement
    const date = withText(children(dateCell, 'w:p'))[0] as XmlElement
    expect(textOf(number)).toBe(side.numberText)
    expectLook(number, side.look.number ?? { size: 0, bold: false, italic: false })
    expect(textOf(date)).toBe(side.dateText)
    expectLook(date, side.look.date ?? { size: 0, bold: false, italic: false })
    for (const p of [number, date]) expect(paraProps(p)['w:jc']?.['w:val']).toBe('center')
  })

  it('draws rules as borders, never as typed underscores', async () => {
    const docx = await load()
    expect(textOf(docx.body)).not.toMatch(/__/u)
  })

  it('centres "BÁO CÁO" and the trích yếu with the profile sizes and separator', async () => {
    const docx = await load()
    const blocks = bodyBlocks(docx)
    const kind = blocks[1] as XmlElement
    expect(textOf(kind)).toBe('BÁO CÁO')
    expectLook(kind, { size: side.kindSize, bold: true, italic: false })
    const summary = blocks[2] as XmlElement
    // A trích yếu longer than a line is broken into lines of even length, never leaving a short last line.
    const lines = textOf(summary).split('\n')
    expect(lines.join(' ')).toBe(side.report().meta.title)
    expect(lines.length).toBe(2)
    const widths = lines.map((l) => textWidthTwips(l, 14, true))
    expect(Math.max(...widths)).toBeLessThan(TEXT_WIDTH)
    expect(Math.min(...widths) / Math.max(...widths)).toBeGreaterThan(0.75)
    expectLook(summary, side.look.summary ?? { size: 0, bold: false, italic: false })
    for (const p of [kind, summary]) expect(paraProps(p)['w:jc']?.['w:val']).toBe('center')
    expect(Number(paraProps(kind)['w:spacing']?.['w:before'])).toBeGreaterThanOrEqual(240)
    const separator = blocks[3] as XmlElement
    if (side.separator === 'rule') {
      expect(textOf(separator).trim()).toBe('')
      expect(paraProps(separator)['w:pBdr/w:bottom']?.['w:val']).toBe('single')
      const ind = paraProps(separator)['w:ind'] ?? {}
      const length = TEXT_WIDTH - Number(ind['w:left']) - Number(ind['w:right'])
      const line = Math.max(
        ...textOf(summary)
          .split('\n')
          .map((l) => textWidthTwips(l, 14, true)),
      )
      expect(length).toBeGreaterThanOrEqual(line / 3)
      expect(length).toBeLessThanOrEqual(line / 2)
    } else {
      expect(textOf(separator)).toBe('-----')
      expect(paraProps(separator)['w:jc']?.['w:val']).toBe('center')
    }
  })

  it('shows the page number centred at the top from page 2 on, not on page 1', async () => {
    const docx = await load()
    for (const sectPr of sectPrs(docx)) {
      expect(child(sectPr, 'w:titlePg')).toBeDefined()
      const refs = children(sectPr, 'w:headerReference')
      const part = (type: string): XmlElement => {
        const ref = refs.find((r) => r.attrs['w:type'] === type)
        return docx.xml(docx.rels[ref?.attrs['r:id'] ?? ''] ?? '')
      }
      const first = part('first')
      expect(textOf(first).trim()).toBe('')
      expect(findAll(first, 'w:instrText').length + findAll(first, 'w:fldSimple').length).toBe(0)
      const def = part('default')
      const instr = findAll(def, 'w:instrText').map((i) => i.text.trim())
      expect(instr).toEqual(['PAGE'])
      const paragraph = findAll(def, 'w:p')[0] as XmlElement
      expect(paraProps(paragraph)['w:jc']?.['w:val']).toBe('center')
      const run = findAll(paragraph, 'w:r').find((r) => findAll(r, 'w:instrText').length > 0) as XmlElement
      expect(Number(runProps(run)['w:sz']?.['w:val'])).toBe(28)
      expect(isOn(runProps(run), 'w:b')).toBe(false)
    }
  })

  it(side.endMark ? 'ends the content with "./." right before the signature' : 'does not print "./."', async () => {
    const docx = await load()
    const text = textOf(docx.body)
    if (!side.endMark) {
      expect(text).not.toContain('./.')
      return
    }
    expect(text.split('./.').length - 1).toBe(1)
    const main = mainBlocks(docx)
    const signatureIndex = main.findLastIndex((b) => b.name === 'w:tbl')
    const last = main.slice(0, signatureIndex).findLast((b) => b.name === 'w:p' && textOf(b).trim() !== '') as XmlElement
    expect(textOf(last)).toMatch(/[^.]\.\/\.$/u)
    expect(paraProps(last)['w:keepNext']).toBeDefined()
  })

  it('lays out body paragraphs justified with a first-line indent, 6 pt after and the profile line spacing', async () => {
    const docx = await load()
    const p = paragraphWith(docx.body, /^Trong kỳ, /u)
    const props = paraProps(p)
    expect(props['w:jc']?.['w:val']).toBe('both')
    expect(props['w:ind']?.['w:firstLine']).toBe('567')
    expect(props['w:spacing']).toMatchObject({ 'w:after': '120', 'w:line': side.line.line, 'w:lineRule': side.line.lineRule })
    expectLook(p, { size: 14, bold: false, italic: false })
  })

  it('numbers headings as literal text in the profile style', async () => {
    const docx = await load()
    const texts = findAll(docx.body, 'w:p').map((p) => ({ p, text: textOf(p) }))
    if (side.name === 'state') {
      const phan = texts.find((x) => x.text === 'Phần I') as { p: XmlElement }
      expectLook(phan.p, { size: 14, bold: true, italic: false })
      expect(paraProps(phan.p)['w:jc']?.['w:val']).toBe('center')
      const title = texts[texts.indexOf(phan as { p: XmlElement; text: string }) + 1] as { p: XmlElement; text: string }
      expect(title.text).toBe('KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025')
      expect(paraProps(title.p)['w:jc']?.['w:val']).toBe('center')
      expect(texts.some((x) => x.text === 'Phần II')).toBe(true)
      const alpha = texts.find((x) => /^a\) /u.test(x.text)) as { p: XmlElement }
      expectLook(alpha.p, { size: 14, bold: false, italic: false })
    }
    const h1 = texts.find((x) => side.heading1.test(x.text)) as { p: XmlElement; text: string }
    expect(h1.text).toBe(h1.text.toLocaleUpperCase('vi'))
    expectLook(h1.p, { size: 14, bold: true, italic: false })
    const h2 = texts.find((x) => side.heading2.test(x.text)) as { p: XmlElement; text: string }
    expectLook(h2.p, { size: 14, bold: true, italic: false })
    expect(paraProps(h2.p)['w:keepNext']).toBeDefined()
    // Word's navigation pane lists the headings: their styles have the outline level of their depth.
    expect(paraProps(h1.p)['w:outlineLvl']?.['w:val']).toBe(String(side.report().numbering.indexOf('roman')))
    expect(paraProps(h2.p)['w:outlineLvl']?.['w:val']).toBe(String(side.report().numbering.indexOf('arabic')))
    // No Word auto-numbering anywhere, in the text or in its styles.
    expect(findAll(docx.body, 'w:numPr')).toHaveLength(0)
    expect(findAll(docx.xml('word/styles.xml'), 'w:numPr')).toHaveLength(0)
  })

  it('exports text formats, line breaks, tabs, alignment and indent', async () => {
    const docx = await load()
    const first = paragraphWith(docx.body, 'Chữ thường,')
    const run = (text: string): Props => runProps(textRuns(first).find((r) => textOf(r) === text) as XmlElement)
    expect(isOn(run('chữ đậm'), 'w:b')).toBe(true)
    expect(isOn(run('chữ nghiêng'), 'w:i')).toBe(true)
    expect(run('gạch chân')['w:u']?.['w:val']).toBe('single')
    expect(isOn(run('gạch ngang'), 'w:strike')).toBe(true)
    const twos = textRuns(first).filter((r) => textOf(r) === '2')
    expect(twos.map((r) => runProps(r)['w:vertAlign']?.['w:val'])).toEqual(['superscript', 'subscript'])
    expect(isOn(run('Chữ thường, '), 'w:b')).toBe(false)

    // Spaces at the ends of a run (and repeated ones) are kept: its w:t says xml:space="preserve".
    expect(findAll(first, 'w:t').find((t) => t.text === 'Chữ thường, ')?.attrs['xml:space']).toBe('preserve')
    for (const t of findAll(docx.body, 'w:t'))
      if (/^\s|\s$|\s\s|\t/u.test(t.text)) expect(t.attrs['xml:space'], JSON.stringify(t.text)).toBe('preserve')

    const breaks = paragraphWith(docx.body, 'Dòng một')
    expect(textOf(breaks)).toBe('Dòng một\ndòng hai\tsau tab.')
    // A justified line that ends in a line break is not stretched across the page.
    expect(findAll(docx.xml('word/settings.xml'), 'w:doNotExpandShiftReturn')).toHaveLength(1)
    expect(paraProps(paragraphWith(docx.body, 'Đoạn căn giữa.'))['w:jc']?.['w:val']).toBe('center')
    expect(paraProps(paragraphWith(docx.body, 'Đoạn căn phải.'))['w:jc']?.['w:val']).toBe('right')
    const indented = paraProps(paragraphWith(docx.body, 'Đoạn lùi lề một bậc.'))
    expect(indented['w:jc']?.['w:val']).toBe('both')
    expect(indented['w:ind']?.['w:left']).toBe('567')
  })

  it('prints bulleted lists as "-" then "+" and numbered lists as "1." then "a)", nested deeper', async () => {
    const docx = await load()
    const texts = findAll(docx.body, 'w:p').map(textOf)
    const from = texts.indexOf('- Ý gạch đầu dòng thứ nhất')
    expect(texts.slice(from, from + 9)).toEqual([
      '- Ý gạch đầu dòng thứ nhất',
      '+ Ý cộng lồng bên trong',
      '- Ý gạch đầu dòng thứ hai',
      '1. Việc đánh số một',
      'a) Điểm lồng thứ nhất',
      'b) Điểm lồng thứ hai',
      '2. Việc đánh số hai',
      '3. Bắt đầu từ ba',
      'Lĩnh vực',
    ])
    const indent = (text: string): number => Number(paraProps(paragraphWith(docx.body, text))['w:ind']?.['w:firstLine'])
    expect(indent('+ Ý cộng lồng bên trong')).toBeGreaterThan(indent('- Ý gạch đầu dòng thứ nhất'))
    expect(indent('a) Điểm lồng thứ nhất')).toBeGreaterThan(indent('1. Việc đánh số một'))
  })

  it('exports tables with a repeated header row, proportional absolute widths and merged cells', async () => {
    const docx = await load()
    const table = findAll(docx.body, 'w:tbl').find((t) => textOf(t).startsWith('Lĩnh vực')) as XmlElement
    expect(widthOf(child(table, 'w:tblPr'), 'w:tblW')).toEqual({ type: 'dxa', w: TEXT_WIDTH })
    const grid = gridOf(table)
    expect(grid).toHaveLength(3)
    expect(grid.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH)
    expect(Math.abs((grid[0] ?? 0) - 2 * (grid[1] ?? 0))).toBeLessThanOrEqual(2)
    expect(new Set(borderVals(child(child(table, 'w:tblPr'), 'w:tblBorders')))).toEqual(new Set(['single']))
    expectAbsoluteCellWidths(table)

    const rows = children(table, 'w:tr')
    expect(
      rows.map((r) => isOn(Object.fromEntries((child(r, 'w:trPr')?.children ?? []).map((c) => [c.name, c.attrs])), 'w:tblHeader')),
    ).toEqual([true, true, false, false, false])
    const grid2 = rows.map((r) => cellsOf(r).map((c) => ({ text: textOf(c), span: span(c), merge: vMerge(c) })))
    expect(grid2).toEqual([
      [
        { text: 'Lĩnh vực', span: 1, merge: 'restart' },
        { text: 'Kết quả', span: 2, merge: null },
      ],
      [
        { text: '', span: 1, merge: 'continue' },
        { text: 'Kế hoạch', span: 1, merge: null },
        { text: 'Thực hiện', span: 1, merge: null },
      ],
      [
        { text: 'Thu ngân sách', span: 1, merge: null },
        { text: '20 tỷ', span: 1, merge: null },
        { text: '21 tỷ', span: 1, merge: 'restart' },
      ],
      [
        { text: 'Chi ngân sách', span: 1, merge: null },
        { text: '18 tỷ', span: 1, merge: null },
        { text: '', span: 1, merge: 'continue' },
      ],
      [
        { text: 'Ghi chú', span: 2, merge: null },
        { text: '- ý một- ý hai', span: 1, merge: null },
      ],
    ])
    // Header cells bold, body cells regular, in the table size of the profile.
    const header = paragraphWith(table, 'Kết quả')
    expect(looks(header).bold).toBe(true)
    expect(paraProps(header)['w:jc']?.['w:val']).toBe('center')
    const cell = paragraphWith(table, 'Thu ngân sách')
    expect(looks(cell)).toMatchObject({ bold: false, size: side.name === 'state' ? 12 : 13 })
    expect(textOf(paragraphWith(docx.body, 'Đoạn cuối sau bảng.'))).toBe('Đoạn cuối sau bảng.')
  })

  it('puts the signature and "Nơi nhận" side by side in a borderless table, with the profile marks and styles', async () => {
    const docx = await load()
    const main = mainBlocks(docx)
    const table = main.findLast((b) => b.name === 'w:tbl') as XmlElement
    expect(new Set(borderVals(child(child(table, 'w:tblPr'), 'w:tblBorders')))).toEqual(new Set(['none']))
    expect(widthOf(child(table, 'w:tblPr'), 'w:tblW')).toEqual({ type: 'dxa', w: TEXT_WIDTH })
    expectAbsoluteCellWidths(table)
    const [left, right] = cellsOf(children(table, 'w:tr')[0] as XmlElement) as [XmlElement, XmlElement]
    const leftParas = children(left, 'w:p').filter((p) => textOf(p) !== '')
    expect(textOf(leftParas[0] as XmlElement)).toBe('Nơi nhận:')
    expectLook(leftParas[0] as XmlElement, side.look.label ?? { size: 0, bold: false, italic: false })
    const items = leftParas.slice(1, -1)
    expect(items.length).toBeGreaterThan(2)
    for (const item of items) expectLook(item, side.look.item ?? { size: 0, bold: false, italic: false })
    expect(items.slice(0, -1).every((p) => textOf(p).startsWith('- ') && textOf(p).endsWith(side.recipientsEnd))).toBe(true)
    // A long recipient continues under its text, not under the dash.
    for (const item of items) {
      const ind = paraProps(item)['w:ind'] ?? {}
      expect(Number(ind['w:hanging'])).toBeGreaterThan(0)
      expect(ind['w:left']).toBe(ind['w:hanging'])
    }
    expect(textOf(items.at(-1) as XmlElement)).toBe(side.archive)
    const drafter = leftParas.at(-1) as XmlElement
    expect(textOf(drafter)).toBe(side.drafter)
    expectLook(drafter, side.look.drafter ?? { size: 0, bold: false, italic: false })

    const rightParas = children(right, 'w:p').filter((p) => textOf(p) !== '')
    expect(rightParas.map(textOf)).toEqual(side.signature)
    expectLook(rightParas[0] as XmlElement, side.look.authority ?? { size: 0, bold: false, italic: false })
    expectLook(rightParas[1] as XmlElement, side.look.title ?? { size: 0, bold: false, italic: false })
    expectLook(rightParas[2] as XmlElement, side.look.name ?? { size: 0, bold: false, italic: false })
    for (const p of rightParas) expect(paraProps(p)['w:jc']?.['w:val']).toBe('center')
    // "Nơi nhận:" is level with the authority line: the same space above both.
    expect(paraProps(leftParas[0] as XmlElement)['w:spacing']?.['w:before']).toBe(
      paraProps(rightParas[0] as XmlElement)['w:spacing']?.['w:before'],
    )
  })

  it(`puts the indicator table in a ${side.appendixLandscape ? 'landscape' : 'portrait'} appendix section headed "Phụ lục", computed columns filled`, async () => {
    const docx = await load()
    const sections = sectPrs(docx)
    expect(sections).toHaveLength(2)
    const appendix = sections[1] as XmlElement
    const width = side.appendixLandscape ? 16838 - 1701 - 850 : TEXT_WIDTH
    if (side.appendixLandscape) {
      expect(child(appendix, 'w:pgSz')?.attrs).toMatchObject({ 'w:w': A4.h, 'w:h': A4.w, 'w:orient': 'landscape' })
    } else {
      expect(child(appendix, 'w:pgSz')?.attrs).toMatchObject({ 'w:w': A4.w, 'w:h': A4.h, 'w:orient': 'portrait' })
    }
    const blocks = bodyBlocks(docx)
    const label = blocks.find((b) => textOf(b) === 'Phụ lục') as XmlElement
    expectLook(label, { size: 14, bold: true, italic: false })
    expect(paraProps(label)['w:jc']?.['w:val']).toBe('center')
    const note = blocks[blocks.indexOf(label) + 2] as XmlElement
    expect(textOf(note).replace(/\n/gu, ' ')).toBe(
      side.name === 'state'
        ? '(Kèm theo Báo cáo số 05/BC-UBND ngày 15 tháng 12 năm 2025 của Ủy ban nhân dân phường Phú Xuân)'
        : '(Kèm theo Báo cáo số 05-BC/ĐU, ngày 15 tháng 12 năm 2025 của Đảng ủy phường Phú Xuân)',
    )
    expect(looks(note).italic).toBe(true)
    const table = blocks.findLast((b) => b.name === 'w:tbl') as XmlElement
    expect(widthOf(child(table, 'w:tblPr'), 'w:tblW')).toEqual({ type: 'dxa', w: width })
    expect(gridOf(table).reduce((a, b) => a + b, 0)).toBe(width)
    expectAbsoluteCellWidths(table)
    const rows = children(table, 'w:tr')
    expect(rows.slice(0, 2).every((r) => child(child(r, 'w:trPr'), 'w:tblHeader') !== undefined)).toBe(true)
    expect(rows.slice(2).some((r) => child(child(r, 'w:trPr'), 'w:tblHeader') !== undefined)).toBe(false)
    expect(cellsOf(rows[1] as XmlElement).map(textOf)).toEqual(cellsOf(rows[1] as XmlElement).map((_, i) => `(${i + 1})`))
    const firstRow = cellsOf(rows[2] as XmlElement).map(textOf)
    // State: plan 100, actual 110, previous 90 → 110% of plan, 122,22% of the same period, thu ngân
    // sách "Vượt". Party: kết nạp đảng viên, a count of 80 against a target of 100 → 80%, and no
    // evaluation without a target rate.
    expect(firstRow.slice(0, 1)).toEqual(['1'])
    expect(firstRow).toContain(side.name === 'state' ? '110%' : '80%')
    if (side.name === 'state') expect(firstRow).toContain('122,22%')
    expect(firstRow.at(-1)).toBe(side.name === 'state' ? 'Vượt' : '—')
  })
})

describe('layout choices in the XML', () => {
  it("applies the clerk's body size, line spacing and margins within the state ranges", async () => {
    const report = {
      ...templateReport('tong-ket-nam.ubnd-phuong'),
      layout: { bodySize: 13, lineSpacing: 1.5, margins: { top: 25, bottom: 25, left: 35, right: 20 } },
    }
    const docx = await readDocx(await renderDocx(report, { strict: true }))
    const main = sectPrs(docx)[0] as XmlElement
    expect(child(main, 'w:pgMar')?.attrs).toMatchObject({ 'w:top': '1417', 'w:bottom': '1417', 'w:left': '1984', 'w:right': '1134' })
    const width = 11906 - 1984 - 1134
    expect(widthOf(child(bodyBlocks(docx)[0], 'w:tblPr'), 'w:tblW')).toEqual({ type: 'dxa', w: width })
    const p = paragraphWith(docx.body, /^Trong kỳ, /u)
    expect(looks(p).size).toBe(13)
    expect(paraProps(p)['w:spacing']).toMatchObject({ 'w:line': '360', 'w:lineRule': 'auto' })
    // Headings follow the body size.
    expect(looks(paragraphWith(docx.body, /^I\. /u)).size).toBe(13)
  })

  it('applies Party body size 15 and exact 22 pt line spacing', async () => {
    const report = { ...templateReport('tong-ket-nam.dang-uy-phuong'), layout: { bodySize: 15, lineSpacing: 22 } }
    const docx = await readDocx(await renderDocx(report, { strict: true }))
    const p = paragraphWith(docx.body, /^Trong kỳ, /u)
    expect(looks(p).size).toBe(15)
    expect(paraProps(p)['w:spacing']).toMatchObject({ 'w:line': '440', 'w:lineRule': 'exact' })
  })

  it('leaves indicator tables out when the clerk chooses so', async () => {
    const report = { ...templateReport('tong-ket-nam.ubnd-phuong'), layout: { indicatorsPlacement: 'none' as const } }
    const docx = await readDocx(await renderDocx(report, { strict: true }))
    expect(sectPrs(docx)).toHaveLength(1)
    expect(textOf(docx.body)).not.toContain('Phụ lục')
  })
})

describe('drafts and optional parts', () => {
  it('marks a draft and leaves the number and date blank for handwriting', async () => {
    const report = templateReport('tong-ket-nam.ubnd-phuong', { number: '', date: null })
    const docx = await readDocx(await renderDocx(report, { draft: true, strict: true }))
    const first = bodyBlocks(docx)[0] as XmlElement
    expect(textOf(first)).toBe('DỰ THẢO')
    expect(paraProps(first)['w:jc']?.['w:val']).toBe('right')
    const header = bodyBlocks(docx)[1] as XmlElement
    expect(textOf(paragraphWith(header, /^Số:/u))).toBe('Số:      /BC-UBND')
    expect(textOf(paragraphWith(header, /ngày/u))).toBe('Phú Xuân, ngày      tháng      năm 2025')
  })

  it('prints one "Kính gửi" recipient on the line of the label', async () => {
    const base = templateReport('tong-ket-nam.ubnd-phuong')
    const docx = await readDocx(
      await renderDocx({ ...base, meta: { ...base.meta, kinhGui: ['Ủy ban nhân dân thành phố Huế'] } }, { strict: true }),
    )
    const p = paragraphWith(docx.body, /^Kính gửi:/u)
    expect(textOf(p)).toBe('Kính gửi: Ủy ban nhân dân thành phố Huế')
    expectLook(p, { size: 14, bold: false, italic: false })
    // "Như trên" opens the Nơi nhận when there is a Kính gửi.
    expect(textOf(paragraphWith(docx.body, /^- Như trên/u))).toBe('- Như trên;')
  })

  it('prints several "Kính gửi" recipients one per line, the dashes aligned', async () => {
    const base = templateReport('tong-ket-nam.ubnd-phuong')
    const docx = await readDocx(
      await renderDocx(
        { ...base, meta: { ...base.meta, kinhGui: ['Thường trực Đảng ủy phường', 'Thường trực HĐND phường'] } },
        { strict: true },
      ),
    )
    const first = paragraphWith(docx.body, /^Kính gửi:/u)
    const second = paragraphWith(docx.body, /^- Thường trực HĐND phường/u)
    expect(textOf(first)).toBe('Kính gửi: - Thường trực Đảng ủy phường;')
    expect(textOf(second)).toBe('- Thường trực HĐND phường.')
    const ind1 = paraProps(first)['w:ind'] ?? {}
    const ind2 = paraProps(second)['w:ind'] ?? {}
    expect(ind1['w:left']).toBe(ind2['w:left'])
    expect(Number(ind1['w:hanging'])).toBeGreaterThan(0)
  })

  it("prints the KT. authority over the head's title, then the signer's own title", async () => {
    const report = templateReport('tong-ket-nam.ubnd-phuong')
    const kt = {
      ...report,
      meta: { ...report.meta, signer: { ...report.meta.signer, authority: 'KT' as const, title: 'PHÓ CHỦ TỊCH', name: 'Trần Thị Bình' } },
    }
    const docx = await readDocx(await renderDocx(kt, { strict: true }))
    const table = mainBlocks(docx).findLast((b) => b.name === 'w:tbl') as XmlElement
    const right = cellsOf(children(table, 'w:tr')[0] as XmlElement)[1] as XmlElement
    expect(
      children(right, 'w:p')
        .map(textOf)
        .filter((t) => t !== ''),
    ).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Trần Thị Bình'])
  })
})
