/**
 * Word 97–2003 files, and files named .doc that are something else: a report typed in the ABC
 * fonts written by LibreOffice as .doc, the same as RTF and as a web page named .doc, and a .docx
 * named .doc — each read as what it is, with the same recognition as a .docx and the legacy runs
 * in Unicode. What a .doc loses is listed.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contentText } from '../../../core/nodes/plain-text'
import { sniffWordFile } from '../../../electron/services/word-file'
import { convertWithLibreOffice } from '../../support/libreoffice'
import { missing, soffice } from '../../support/prereqs'
import { byTitle, importBytes, tree } from './helpers'
import { TCVN3_HTML, TCVN3_REPORT_META, tcvn3Report } from './legacy-fixtures'

const skip = missing(soffice)
let dir = ''
let doc: Uint8Array = new Uint8Array()
let rtf: Uint8Array = new Uint8Array()

beforeAll(() => {
  if (skip) return
  dir = mkdtempSync(join(tmpdir(), 'sbc-legacy-doc-'))
  writeFileSync(join(dir, 'bao-cao-2005.html'), TCVN3_HTML)
  const [docPath] = convertWithLibreOffice([join(dir, 'bao-cao-2005.html')], 'doc:MS Word 97', dir)
  const [rtfPath] = convertWithLibreOffice([join(dir, 'bao-cao-2005.html')], 'rtf:Rich Text Format', dir)
  doc = new Uint8Array(readFileSync(docPath ?? ''))
  rtf = new Uint8Array(readFileSync(rtfPath ?? ''))
}, 240_000)

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

const ECONOMY = [
  'Thu ngân sách ước đạt 2.150 triệu đồng, đạt 107% dự toán; người dân đồng thuận, phường đạt chuẩn văn minh đô thị.',
  'Công tác y tế được thực hiện tốt, tiêm chủng đạt 98%; trường học được sửa chữa.',
  'Đoạn gõ bằng Unicode; tiếp theo gõ bằng bảng mã TCVN3.',
  'Budget report, version 2.0 (English).',
]

describe.skipIf(skip)('a report typed in the ABC fonts, saved as Word 97–2003 by LibreOffice', () => {
  it('is an OLE file LibreOffice wrote with the legacy bytes and fonts', () => {
    expect(sniffWordFile(doc)).toBe('ole')
    expect(Buffer.from(doc).includes(Buffer.from('.VnTimeH', 'utf16le'))).toBe(true)
  })

  it('imports with the header, the section tree, the signature and Nơi nhận recognised, in Unicode', async () => {
    const { report, lost, conversions } = await importBytes(doc, 'bao-cao-2005.doc')
    expect(report.meta).toMatchObject(TCVN3_REPORT_META)
    expect(tree(report.sections)).toEqual([
      'Mở đầu',
      { 'Kết quả thực hiện nhiệm vụ năm 2005': ['Kinh tế'] },
      'Phương hướng, nhiệm vụ năm 2006',
    ])
    const economy = byTitle(report.sections, 'Kinh tế').content
    expect(contentText(economy)).toBe([...ECONOMY, 'Chỉ tiêu', 'Kết quả', 'Thu ngân sách', '107%'].join('\n'))
    const json = JSON.stringify(economy)
    expect(json).toContain('"text":"đạt 107% dự toán","format":1')
    expect(json).toContain('"type":"table"')
    expect(conversions.map((c) => c.encoding)).toEqual(['tcvn3', 'vni'])
    expect(lost).toContainEqual({ kind: 'docFormatting', count: 1 })
  })

  it('reads the same report as RTF named .doc, and as a web page named .doc', async () => {
    const rtfName = join(dir, 'rtf-named.doc')
    writeFileSync(rtfName, rtf)
    expect(sniffWordFile(rtf)).toBe('rtf')
    const fromRtf = await importBytes(rtf, 'bao-cao-2005.doc')
    expect(fromRtf.report.meta).toMatchObject(TCVN3_REPORT_META)
    expect(contentText(byTitle(fromRtf.report.sections, 'Kinh tế').content)).toContain(ECONOMY.slice(0, 3).join('\n'))

    const html = new TextEncoder().encode(TCVN3_HTML)
    expect(sniffWordFile(html)).toBe('html')
    const fromHtml = await importBytes(html, 'bao-cao-2005.doc')
    expect(fromHtml.report.meta).toMatchObject(TCVN3_REPORT_META)
    expect(contentText(byTitle(fromHtml.report.sections, 'Kinh tế').content)).toContain(ECONOMY.join('\n'))
  })
})

describe('a .docx named .doc', () => {
  it('is read as a .docx', async () => {
    const bytes = await tcvn3Report()
    expect(sniffWordFile(bytes)).toBe('docx')
    const { report, lost } = await importBytes(bytes, 'bao-cao-2005.doc')
    expect(report.meta).toMatchObject({ number: '35', date: '2005-12-15' })
    expect(lost.map((l) => l.kind)).not.toContain('docFormatting')
  })
})
