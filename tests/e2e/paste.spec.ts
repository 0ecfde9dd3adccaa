/**
 * Pasting from Word or a web page keeps what the Word export prints — text, bold, italic,
 * underline, lists, tables — and nothing else: no fonts, colours, sizes, images or links.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import type { Report, Section } from '../../core/model/schema'
import { NODE_TYPES } from '../../core/nodes'

const WORD_HTML = `
<html><body>
<p class=MsoNormal style="font-family:'Arial';color:#ff0000;font-size:20pt"><b>Thu ngân sách</b> đạt <i>165,65%</i> <u>dự toán</u>,
<span style="font-family:Calibri;background:yellow">tăng 12,3%</span> so với cùng kỳ.</p>
<h1 style="color:blue">Tiêu đề dán vào</h1>
<ul><li style="font-size:16pt">Kiện toàn 02 chi bộ</li><li>Kết nạp 03 đảng viên</li></ul>
<table border=1><tr><td><b>Chỉ tiêu</b></td><td>Kết quả</td></tr><tr><td>Giao quân</td><td>22/17</td></tr></table>
<p>Xem <a href="https://example.com/bao-cao">báo cáo chi tiết</a> tại trang thông tin.<img src="data:image/png;base64,iVBORw0KGgo=" alt="logo"></p>
</body></html>`

/** Node types the section editors register and the exporter prints. */
const ALLOWED = new Set<string>(NODE_TYPES)

function savedSection(libraryDir: string, key: string): Section | undefined {
  const file = readdirSync(libraryDir).find((f) => f.endsWith('.baocao'))
  if (!file) return undefined
  const report = JSON.parse(readFileSync(join(libraryDir, file), 'utf8')) as Report
  const find = (list: Section[]): Section | undefined => list.map((s) => (s.key === key ? s : find(s.children))).find(Boolean)
  return find(report.sections)
}

function walk(node: unknown, visit: (node: Record<string, unknown>) => void): void {
  if (typeof node !== 'object' || node === null) return
  const record = node as Record<string, unknown>
  visit(record)
  if (Array.isArray(record.children)) for (const child of record.children) walk(child, visit)
}

test('a paste from Word keeps text, emphasis, lists and tables, and drops the rest', async ({ page, host }) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Tạo báo cáo mới' }).first().click()
  await page.getByRole('radio', { name: 'UBND phường', exact: true }).check()
  await page.getByRole('button', { name: 'Tạo báo cáo', exact: true }).click()
  const box = page.getByRole('textbox', { name: 'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH' })
  await box.click()
  await page.keyboard.press('Control+A')
  await page.keyboard.press('Delete')
  await box.evaluate((element, html) => {
    const data = new DataTransfer()
    data.setData('text/html', html)
    data.setData('text/plain', 'plain fallback')
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  }, WORD_HTML)

  await expect(box).toContainText('Thu ngân sách đạt 165,65% dự toán')
  await expect(box.locator('table')).toHaveCount(1)
  await expect(box.locator('li')).toHaveCount(2)
  await expect(page.getByRole('status')).toContainText('Đã lưu', { timeout: 10_000 })

  await expect
    .poll(() => JSON.stringify(savedSection(host.libraryDir, 'lanh-dao-chi-dao')?.content ?? null))
    .toContain('Kết nạp 03 đảng viên')
  const content = savedSection(host.libraryDir, 'lanh-dao-chi-dao')?.content
  const types = new Set<string>()
  const formats = new Set<number>()
  let styled = 0
  let text = ''
  walk(content?.root, (node) => {
    types.add(String(node.type))
    if (node.type === 'text') {
      formats.add(Number(node.format))
      if (node.style !== '' && node.style !== undefined) styled++
      text += String(node.text)
    }
    if (typeof node.textStyle === 'string' && node.textStyle !== '') styled++
  })
  expect([...types].filter((t) => !ALLOWED.has(t))).toEqual([])
  expect(styled).toBe(0)
  for (const words of ['Thu ngân sách', 'tăng 12,3%', 'Tiêu đề dán vào', 'Giao quân', '22/17', 'báo cáo chi tiết'])
    expect(text).toContain(words)
  // Bold (1), italic (2) and underline (8) survive.
  expect([...formats].filter((f) => f !== 0).sort()).toEqual(expect.arrayContaining([1, 2, 8]))
  expect(JSON.stringify(content)).not.toContain('example.com')
  expect(JSON.stringify(content)).not.toContain('image/png')
})
