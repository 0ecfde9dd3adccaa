/**
 * Import of Word files written by LibreOffice: one converted from generated HTML (header table,
 * HTML headings, lists, a table with merged cells, an image, a table in a table, a KT. signature
 * table), one built from the sample news articles, written as ODT first and then as .docx, and
 * our own exports opened and saved again by LibreOffice, as a clerk who edits in Word would.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderDocx } from '../../../core/docx'
import { contentText } from '../../../core/nodes/plain-text'
import type { Report, Section } from '../../../core/model/schema'
import { builtinTemplates } from '../../../electron/services/templates'
import { filledReport } from './fixtures'
import { missing, soffice } from '../../support/prereqs'
import { convertWithLibreOffice } from '../../support/libreoffice'
import { byTitle, importBytes, tree } from './helpers'
import { NEWS_DIR } from '../../support/samples'

const skip = missing(soffice)
let dir = ''

/** Convert files with LibreOffice into `format` ("docx:MS Word 2007 XML", "odt"); returns the outputs. */
function convert(inputs: string[], format: string): string[] {
  return convertWithLibreOffice(inputs, format, join(dir, 'out'))
}

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='

const HTML_REPORT = `<!doctype html><html><head><meta charset="utf-8"><title>Báo cáo</title></head><body>
<table style="width:100%"><tr><td style="text-align:center"><b>ỦY BAN NHÂN DÂN<br>PHƯỜNG HÒA KHÁNH</b></td><td style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b></td></tr>
<tr><td style="text-align:center">Số: 07/BC-UBND</td><td style="text-align:center"><i>Hòa Khánh, ngày 03 tháng 02 năm 2026</i></td></tr></table>
<p align="center"><b>BÁO CÁO</b></p>
<p align="center"><b>Tổng kết công tác năm 2025, phương hướng, nhiệm vụ năm 2026</b></p>
<p align="center">Kính gửi: Ủy ban nhân dân thành phố Đà Nẵng.</p>
<p>Thực hiện Kế hoạch số 15/KH-UBND, Ủy ban nhân dân phường báo cáo như sau:</p>
<h2>I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025</h2>
<h3>1. Kinh tế</h3>
<p>Thu ngân sách <b>đạt 165,65% dự toán</b>, <i>ước thực hiện</i>, <u>tăng 12,3%</u> so với cùng kỳ.</p>
<p></p>
<ul><li>Thương mại, dịch vụ phát triển ổn định</li><li>Đầu tư công<ul><li>giải ngân đạt 95%</li></ul></li></ul>
<h3>2. Văn hóa - xã hội</h3>
<table border="1"><tr><th>Lĩnh vực</th><th colspan="2">Kết quả</th></tr>
<tr><td rowspan="2">Y tế</td><td>Tiêm chủng</td><td>98%</td></tr>
<tr><td>Bảo hiểm y tế</td><td>92%</td></tr>
<tr><td>Giáo dục</td><td colspan="2"><table border="1"><tr><td>Mầm non</td><td>3 trường</td></tr></table></td></tr></table>
<p><img src="data:image/png;base64,${PNG}" width="20" height="20" alt="ảnh"></p>
<h2>II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026</h2>
<ol><li>Hoàn thành chỉ tiêu thu ngân sách</li><li>Đẩy mạnh chuyển đổi số</li></ol>
<table style="width:100%"><tr><td><b><i>Nơi nhận:</i></b><br>- Như trên;<br>- Thường trực Đảng ủy phường;<br>- Lưu: VT, VP.</td>
<td style="text-align:center"><b>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</b><br><br><br><b>Phan Văn Hải</b></td></tr></table>
</body></html>`

function newsParagraphs(file: string): string[] {
  return readFileSync(join(NEWS_DIR, file), 'utf8')
    .normalize('NFC')
    .split(/\n+/u)
    .map((p) => p.trim())
    .filter((p) => p.length > 60)
}

const escape = (text: string): string => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;')

function newsReport(): { html: string; results: string[]; directions: string[] } {
  const results = newsParagraphs('000_1ee1e0a2ba5aa571.txt').slice(1, 4)
  const directions = newsParagraphs('001_c40f958d00c1bf00.txt').slice(-2)
  const p = (text: string): string => `<p>${escape(text)}</p>`
  const html = `<!doctype html><html><head><meta charset="utf-8"></head><body>
<p>ĐẢNG BỘ QUẬN THANH KHÊ</p><p><b>ĐẢNG ỦY PHƯỜNG TÂN CHÍNH</b></p><p>*</p><p>Số 12-BC/ĐU</p>
<p align="right"><b>ĐẢNG CỘNG SẢN VIỆT NAM</b></p><p align="right"><i>Tân Chính, ngày 24 tháng 12 năm 2021</i></p>
<p align="center"><b>BÁO CÁO</b></p><p align="center"><b>tổng kết công tác năm 2021, phương hướng, nhiệm vụ năm 2022</b></p><p align="center">-----</p>
<p><b>I- KẾT QUẢ LÃNH ĐẠO THỰC HIỆN NHIỆM VỤ NĂM 2021</b></p>
${results.map(p).join('\n')}
<p><b>II- PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2022</b></p>
${directions.map(p).join('\n')}
<p><u>Nơi nhận:</u></p><p>- Ban Thường vụ Quận ủy,</p><p>- Lưu Văn phòng Đảng ủy.</p>
<p align="right"><b>T/M ĐẢNG ỦY</b></p><p align="right">BÍ THƯ</p><p align="right"><b>Hồ Văn Dũng</b></p>
</body></html>`
  return { html, results, directions }
}

let htmlDocx = ''
let newsDocx = ''
const news = newsReport()
const resavedTemplates = ['tong-ket-nam.ubnd-phuong', 'so-ket-6-thang.dang-uy-phuong']
const originals = new Map<string, Report>()
const resaved = new Map<string, string>()

function outline(sections: readonly Section[]): unknown[] {
  return sections.map((s) => ({ key: s.key, title: s.title, text: contentText(s.content), children: outline(s.children) }))
}

beforeAll(async () => {
  if (skip) return
  dir = mkdtempSync(join(tmpdir(), 'sbc-lo-import-'))
  writeFileSync(join(dir, 'bao-cao.html'), HTML_REPORT)
  writeFileSync(join(dir, 'tin-tuc.html'), news.html)
  htmlDocx = convert([join(dir, 'bao-cao.html')], 'docx:MS Word 2007 XML')[0] ?? ''
  const odt = convert([join(dir, 'tin-tuc.html')], 'odt:writer8')[0] ?? ''
  newsDocx = convert([odt], 'docx:MS Word 2007 XML')[0] ?? ''
  for (const id of resavedTemplates) {
    const template = builtinTemplates().find((t) => t.id === id)
    if (!template) throw new Error(id)
    const report = filledReport(template, { half: template.reportKind === 'so-ket-6-thang' ? 1 : undefined })
    originals.set(id, report)
    writeFileSync(join(dir, `${id}.docx`), await renderDocx(report))
  }
  mkdirSync(join(dir, 'resaved'))
  const profile = mkdtempSync(join(tmpdir(), 'sbc-lo-profile-'))
  try {
    execFileSync(
      soffice.path ?? 'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--convert-to',
        'docx:MS Word 2007 XML',
        '--outdir',
        join(dir, 'resaved'),
        ...resavedTemplates.map((id) => join(dir, `${id}.docx`)),
      ],
      { timeout: 120_000, stdio: 'pipe' },
    )
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
  for (const id of resavedTemplates) resaved.set(id, join(dir, 'resaved', `${id}.docx`))
}, 180_000)

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe.skipIf(skip)('a report written by LibreOffice from HTML', () => {
  it('recognises header, Kính gửi and a KT. signature', async () => {
    const { report } = await importBytes(readFileSync(htmlDocx))
    expect(report.meta).toMatchObject({
      issuer: 'ỦY BAN NHÂN DÂN\nPHƯỜNG HÒA KHÁNH',
      number: '07',
      symbol: 'BC-UBND',
      place: 'Hòa Khánh',
      date: '2026-02-03',
      period: { kind: 'year', year: 2025 },
      title: 'Tổng kết công tác năm 2025, phương hướng, nhiệm vụ năm 2026',
      kinhGui: ['Ủy ban nhân dân thành phố Đà Nẵng'],
      signer: { authority: 'KT', body: 'ỦY BAN NHÂN DÂN', headTitle: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Phan Văn Hải' },
      // "Như trên" stands for the Kính gửi and is printed again from it.
      recipients: ['Thường trực Đảng ủy phường'],
      archive: 'VT, VP',
    })
  })

  it('builds sections from the headings and keeps lists, merged cells and a nested table', async () => {
    const { report, lost } = await importBytes(readFileSync(htmlDocx))
    expect(tree(report.sections)).toEqual([
      'Mở đầu',
      { 'Kết quả thực hiện nhiệm vụ năm 2025': ['Kinh tế', 'Văn hóa - xã hội'] },
      'Phương hướng, nhiệm vụ năm 2026',
    ])
    const economy = byTitle(report.sections, 'Kinh tế')
    expect(economy.key).toBe('kinh-te')
    expect(contentText(economy.content)).toBe(
      'Thu ngân sách đạt 165,65% dự toán, ước thực hiện, tăng 12,3% so với cùng kỳ.\nThương mại, dịch vụ phát triển ổn định\nĐầu tư công\ngiải ngân đạt 95%',
    )
    const json = JSON.stringify(economy.content)
    expect(json).toContain('"text":"đạt 165,65% dự toán","format":1')
    expect(json).toContain('"text":"ước thực hiện","format":2')
    expect(json).toContain('"text":"tăng 12,3%","format":8')
    const social = JSON.stringify(byTitle(report.sections, 'Văn hóa - xã hội').content)
    expect(social).toContain('"colSpan":2')
    expect(social).toContain('"rowSpan":2')
    expect(social).toContain('Mầm non | 3 trường')
    expect(JSON.stringify(byTitle(report.sections, 'Phương hướng, nhiệm vụ năm 2026').content)).toContain('"listType":"number"')
    expect(lost).toEqual([
      { kind: 'image', count: 1 },
      { kind: 'nestedTable', count: 1 },
    ])
  })
})

describe.skipIf(skip)('a Party report built from the sample news, through ODT', () => {
  it('recognises the Party header typed line by line and the signature typed as paragraphs', async () => {
    const { report } = await importBytes(readFileSync(newsDocx), 'tong-ket-2021.docx')
    expect(report.profile).toBe('party')
    expect(report.meta).toMatchObject({
      parent: 'ĐẢNG BỘ QUẬN THANH KHÊ',
      issuer: 'ĐẢNG ỦY PHƯỜNG TÂN CHÍNH',
      number: '12',
      symbol: 'BC/ĐU',
      date: '2021-12-24',
      period: { kind: 'year', year: 2021 },
      signer: { authority: 'TM', body: 'ĐẢNG ỦY', title: 'BÍ THƯ', name: 'Hồ Văn Dũng' },
      recipients: ['Ban Thường vụ Quận ủy'],
      archive: 'Văn phòng Đảng ủy',
    })
  })

  it('puts the news paragraphs in the right sections', async () => {
    const { report } = await importBytes(readFileSync(newsDocx), 'tong-ket-2021.docx')
    expect(report.sections.map((s) => [s.key, s.title])).toEqual([
      ['ket-qua', 'Kết quả lãnh đạo thực hiện nhiệm vụ năm 2021'],
      ['phuong-huong', 'Phương hướng, nhiệm vụ năm 2022'],
    ])
    expect(contentText(report.sections[0]?.content ?? null)).toBe(news.results.join('\n'))
    expect(contentText(report.sections[1]?.content ?? null)).toBe(news.directions.join('\n'))
  })
})

describe.skipIf(skip)('our export, opened and saved again by LibreOffice', () => {
  for (const id of resavedTemplates) {
    it(`${id} comes back with the same sections, text, header and indicators`, async () => {
      const original = originals.get(id)
      const { report, lost } = await importBytes(readFileSync(resaved.get(id) ?? ''))
      if (!original) throw new Error(id)
      expect(lost).toEqual([])
      expect(outline(report.sections)).toEqual(outline(original.sections))
      expect(report.meta).toMatchObject({
        number: original.meta.number,
        symbol: original.meta.symbol,
        date: original.meta.date,
        title: original.meta.title,
        signer: original.meta.signer,
        recipients: original.meta.recipients,
      })
      const values = (r: Report): unknown[] =>
        r.indicators.flatMap((t) => t.rows.map((row) => [row.key, row.plan, row.actual, row.previous]))
      expect(values(report)).toEqual(values(original))
    })
  }
})
