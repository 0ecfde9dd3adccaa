/**
 * `soan-bao-cao export r.baocao -o r.pdf`: the PDF of the report's pages, made by the Chromium
 * found on the machine, read back with pdfinfo (A4, the page count of the layout, title and
 * author), pdffonts (every font embedded) and pdftotext (the Vietnamese text, diacritics intact).
 * A final copy with blocking problems is refused, a draft is marked; an output named .pdf never
 * gets a Word file; no browser, or a wrong CHROMIUM_PATH, exits 1 saying what to install; a
 * folder that is gone leaves no file and says so.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { cli } from './cli-run'
import { serializeReport } from '../../../core/model/migrate'
import { contentFromParagraphs } from '../../../core/model/lexical'
import { layoutReport } from '../../../core/pages'
import type { Report, Section } from '../../../core/model/schema'
import { chromium, missing, pdffonts, pdfinfo, pdftotext } from '../../support/prereqs'
import { templateReport } from '../docx/fixtures'

let dir: string
let skipped = false
const savedPath = process.env.CHROMIUM_PATH

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sbc-cli-pdf-'))
  skipped = missing(chromium, pdfinfo, pdffonts, pdftotext)
})
afterEach(() => {
  if (savedPath === undefined) delete process.env.CHROMIUM_PATH
  else process.env.CHROMIUM_PATH = savedPath
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A report ready for a final copy: every section written, no blank left. */
function complete(): Report {
  const report = templateReport('tong-ket-nam.ubnd-phuong')
  const fill = (sections: readonly Section[]): Section[] =>
    sections.map((s) => ({
      ...s,
      content: contentFromParagraphs([`Trong năm, ${s.title.toLocaleLowerCase('vi')} đạt nhiều kết quả; tỷ lệ hồ sơ đúng hạn đạt 98,98%.`]),
      children: fill(s.children),
    }))
  return {
    ...report,
    sections: fill(report.sections),
    meta: { ...report.meta, recipients: ['UBND thành phố Huế', 'Thường trực Đảng ủy phường'] },
  }
}

function saved(report: Report, name: string): string {
  const file = join(dir, name)
  writeFileSync(file, serializeReport(report))
  return file
}

const run = (tool: { path: string | null }, ...args: string[]): string =>
  execFileSync(tool.path as string, args, { timeout: 60_000 })
    .toString('utf8')
    .normalize('NFC')

describe('soan-bao-cao export -o x.pdf', () => {
  it('writes the pages as an A4 PDF with its fonts embedded, its text searchable, title and author set', async (ctx) => {
    if (skipped) return ctx.skip()
    process.env.CHROMIUM_PATH = chromium.path as string
    const report = complete()
    const out = join(dir, 'bao-cao.pdf')
    const result = await cli('export', saved(report, 'full.baocao'), '-o', out)
    expect(result.err).toBe('')
    expect(result.code).toBe(0)
    expect(result.out).toContain('Đã xuất tệp PDF')

    const info = run(pdfinfo, out)
    expect(info).toMatch(/Page size:\s+59\d(\.\d+)? x 84\d(\.\d+)? pts \(A4\)/u)
    expect(Number(/Pages:\s+(\d+)/u.exec(info)?.[1])).toBe(layoutReport(report).length)
    expect(info).toContain(`Title:           ${report.meta.title}`)
    expect(info).toContain('Author:          ỦY BAN NHÂN DÂN PHƯỜNG PHÚ XUÂN')
    // The appendix of the state template is landscape.
    expect(run(pdfinfo, '-f', '1', '-l', '99', out)).toMatch(/size:\s+84\d(\.\d+)? x 59\d(\.\d+)? pts/u)

    const fonts = run(pdffonts, out)
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== '')
    expect(fonts.length).toBeGreaterThan(0)
    for (const line of fonts) {
      expect(line).toMatch(/Tinos/u)
      expect(line.split(/\s+/u).slice(-5, -2)).toEqual(['yes', 'yes', 'yes'])
    }

    const text = run(pdftotext, '-layout', out, '-')
    for (const phrase of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Nguyễn Văn An', 'Nơi nhận:', 'Phụ lục'])
      expect(text).toContain(phrase)
    expect(text).toContain(report.meta.title.split(' ').slice(0, 6).join(' '))
    expect(text).not.toContain('DỰ THẢO')
    expect(readdirSync(dir).filter((f) => f.endsWith('.pdf'))).toEqual(['bao-cao.pdf'])
  }, 60_000)

  it('refuses a final copy with blocking problems and marks a draft "DỰ THẢO"', async (ctx) => {
    if (skipped) return ctx.skip()
    process.env.CHROMIUM_PATH = chromium.path as string
    const blank = { ...complete(), meta: { ...complete().meta, signer: { ...complete().meta.signer, name: '' } } }
    const file = saved(blank, 'blank.baocao')
    const refused = await cli('export', file, '-o', join(dir, 'final.pdf'))
    expect(refused.code).toBe(1)
    expect(existsSync(join(dir, 'final.pdf'))).toBe(false)
    const draft = await cli('export', file, '-o', join(dir, 'nhap.pdf'), '--draft')
    expect(draft.code).toBe(0)
    expect(run(pdftotext, '-f', '1', '-l', '1', join(dir, 'nhap.pdf'), '-')).toContain('DỰ THẢO')
  }, 60_000)

  it('never writes a Word file under a .pdf name, nor guesses a format', async () => {
    const file = saved(complete(), 'fmt.baocao')
    const mismatch = await cli('export', file, '-o', join(dir, 'x.pdf'), '--format', 'docx')
    expect(mismatch.code).toBe(2)
    expect(mismatch.err).toContain('--format docx')
    const unknown = await cli('export', file, '-o', join(dir, 'x.txt'))
    expect(unknown.code).toBe(2)
    expect(unknown.err).toContain('.docx')
    const bad = await cli('export', file, '-o', join(dir, 'x'), '--format', 'odt')
    expect(bad.code).toBe(2)
    expect(readdirSync(dir).filter((f) => f.startsWith('x'))).toEqual([])
    // --format where the name says nothing.
    const word = await cli('export', file, '-o', join(dir, 'word-file'), '--format', 'docx')
    expect(word.code).toBe(0)
  })

  it('exits 1 saying what to install when CHROMIUM_PATH names no browser', async () => {
    process.env.CHROMIUM_PATH = join(dir, 'khong-co-trinh-duyet')
    const result = await cli('export', saved(complete(), 'nobrowser.baocao'), '-o', join(dir, 'nobrowser.pdf'))
    expect(result.code).toBe(1)
    expect(result.err).toContain('CHROMIUM_PATH')
    expect(result.err).toContain('Microsoft Edge hoặc Google Chrome')
    expect(existsSync(join(dir, 'nobrowser.pdf'))).toBe(false)
  })

  it('says the folder is gone and leaves no file when it cannot write', async (ctx) => {
    if (skipped) return ctx.skip()
    process.env.CHROMIUM_PATH = chromium.path as string
    const target = join(dir, 'khong-co-thu-muc', 'bao-cao.pdf')
    const result = await cli('export', saved(complete(), 'nofolder.baocao'), '-o', target)
    expect(result.code).toBe(1)
    expect(result.err).toContain('Không tìm thấy thư mục')
    expect(result.err).not.toMatch(/ENOENT/u)
    expect(existsSync(target)).toBe(false)
  }, 60_000)
})
