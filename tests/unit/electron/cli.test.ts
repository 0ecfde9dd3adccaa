import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { cli } from './cli-run'
import { parseReport, serializeReport } from '../../../core/model/migrate'
import { contentFromParagraphs } from '../../../core/model/lexical'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sbc-cli-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('soan-bao-cao CLI', () => {
  it('lists template ids', async () => {
    const r = await cli('templates')
    expect(r.code).toBe(0)
    expect(r.out).toContain('tong-ket-nam.ubnd-phuong')
  })

  it('creates a report, refuses to overwrite it, and checks it (blocking problems → exit 1)', async () => {
    const file = join(dir, 'bc.baocao')
    const created = await cli('new', 'tong-ket-nam.ubnd-phuong', '--year', '2025', '-o', file)
    expect(created.code).toBe(0)
    expect(parseReport(readFileSync(file, 'utf8')).meta.period).toEqual({ kind: 'year', year: 2025 })
    const again = await cli('new', 'tong-ket-nam.ubnd-phuong', '--year', '2025', '-o', file)
    expect(again.code).toBe(2)
    expect(again.err).toContain('đã có')
    const checked = await cli('check', file)
    expect(checked.code).toBe(1)
    expect(checked.out).toMatch(/Lỗi: /)
  })

  it('exports a draft and refuses a final export with blocking problems', async () => {
    const file = join(dir, 'draft.baocao')
    await cli('new', 'tong-ket-nam.ubnd-phuong', '--year', '2025', '-o', file)
    const refused = await cli('export', file, '-o', join(dir, 'final.docx'))
    expect(refused.code).toBe(1)
    expect(existsSync(join(dir, 'final.docx'))).toBe(false)
    const draft = await cli('export', file, '-o', join(dir, 'draft.docx'), '--draft')
    expect(draft.code).toBe(0)
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'draft.docx')))
    const xml = await zip.file('word/document.xml')?.async('string')
    expect(xml).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
  })

  it('exports a complete report as final', async () => {
    const file = join(dir, 'full.baocao')
    await cli('new', 'tong-ket-nam.ubnd-phuong', '--year', '2025', '-o', file)
    const report = parseReport(readFileSync(file, 'utf8'))
    const filled = {
      ...report,
      meta: {
        ...report.meta,
        issuer: 'ỦY BAN NHÂN DÂN\nPHƯỜNG PHÚ XUÂN',
        place: 'Phú Xuân',
        number: '05',
        date: '2025-12-15',
        recipients: ['UBND thành phố Huế', 'Thường trực Đảng ủy phường'],
        signer: { ...report.meta.signer, name: 'Nguyễn Văn An' },
      },
    }
    const fillText = (s: typeof report.sections): typeof report.sections =>
      s.map((x) => ({
        ...x,
        content: contentFromParagraphs([`Nội dung mục ${x.title}.`]),
        children: fillText(x.children),
      }))
    writeFileSync(file, serializeReport({ ...filled, sections: fillText(filled.sections) }))
    const checked = await cli('check', file)
    expect(checked.err).toBe('')
    expect(checked.out).not.toMatch(/^Lỗi/m)
    expect(checked.code).toBe(0)
    const exported = await cli('export', file, '-o', join(dir, 'full.docx'))
    expect(exported.code).toBe(0)
    expect(exported.out).toContain('Đã xuất tệp Word')
  })

  it('gives clear Vietnamese errors and non-zero exits on bad input', async () => {
    expect((await cli('new', 'khong-co', '--year', '2025', '-o', join(dir, 'x.baocao'))).err).toContain('Không có mẫu báo cáo “khong-co”')
    const badYear = await cli('new', 'tong-ket-nam.ubnd-phuong', '--year', 'hai nghìn', '-o', join(dir, 'y.baocao'))
    expect(badYear.code).toBe(2)
    expect(badYear.err).toContain('Năm không hợp lệ')
    const missing = await cli('check', join(dir, 'khong-ton-tai.baocao'))
    expect(missing.code).toBe(1)
    expect(missing.err).toContain('Không tìm thấy tệp')
    writeFileSync(join(dir, 'hong.baocao'), 'không phải JSON')
    const corrupt = await cli('export', join(dir, 'hong.baocao'), '-o', join(dir, 'hong.docx'))
    expect(corrupt.code).toBe(1)
    expect(corrupt.err).toContain('Tệp không đọc được')
    expect(existsSync(join(dir, 'hong.docx'))).toBe(false)
    const unknown = await cli('xoa-het')
    expect(unknown.code).toBe(2)
    expect(unknown.err).toContain('Lệnh không rõ')
    expect((await cli('--bogus')).code).toBe(2)
  })
})

describe('check --json', () => {
  it('prints every problem as JSON, proofreading notes with their code, section and exact text', async () => {
    const file = join(dir, 'json.baocao')
    await cli('new', 'tong-ket-nam.ubnd-phuong', '--year', '2025', '-o', file)
    const report = parseReport(readFileSync(file, 'utf8'))
    const first = report.sections[1]?.children[0]
    if (first === undefined) throw new Error('template without a section to write in')
    const typed = {
      ...report,
      sections: report.sections.map((s, i) =>
        i === 1
          ? {
              ...s,
              children: [
                { ...first, content: contentFromParagraphs(['Phường đã sắp sếp lại, tòan dân tham gia.']) },
                ...s.children.slice(1),
              ],
            }
          : s,
      ),
    }
    writeFileSync(file, serializeReport(typed))

    const r = await cli('check', file, '--json')
    expect(r.code).toBe(1)
    const { problems } = JSON.parse(r.out) as {
      problems: { code: string; severity: string; message: string; target?: string; text?: string }[]
    }
    expect(problems.some((p) => p.severity === 'error' && !p.code.startsWith('proof.'))).toBe(true)
    const proof = problems.filter((p) => p.code.startsWith('proof.'))
    expect(proof).toEqual([
      {
        code: 'proof.confusion',
        severity: 'warning',
        message: '“sắp sếp” có lẽ viết nhầm, đúng là “sắp xếp”.',
        target: first.id,
        text: 'sắp sếp',
      },
      { code: 'proof.spelling', severity: 'warning', message: '“tòan”: dấu thanh đặt sai chỗ.', target: first.id, text: 'tòan' },
    ])

    // The plain output stays as it was: one line a problem, no JSON.
    const plain = await cli('check', file)
    expect(plain.out).not.toContain('{')
    expect(plain.out).toContain('Lưu ý: “tòan”: dấu thanh đặt sai chỗ.')
  })
})
