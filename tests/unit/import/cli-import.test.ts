/** `soan-bao-cao import <file.docx|.doc> -o <file.baocao>`. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseReport } from '../../../core/model/migrate'
import { runCli } from '../../../electron/cli'
import { wordStyledReport } from './word-fixtures'
import { TCVN3_HTML } from './legacy-fixtures'
import { convertWithLibreOffice } from '../../support/libreoffice'
import { missing, soffice } from '../../support/prereqs'

let dir = ''
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sbc-cli-import-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli([...args, '--data-dir', join(dir, 'data')], { out: (l) => out.push(l), err: (l) => err.push(l) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

describe('soan-bao-cao import', () => {
  it('writes a report from a Word file and lists what it could not keep', async () => {
    const docx = join(dir, 'bao-cao-2025.docx')
    writeFileSync(docx, await wordStyledReport())
    const output = join(dir, 'bao-cao-2025.baocao')
    const result = await cli('import', docx, '-o', output)
    expect(result.err).toBe('')
    expect(result.code).toBe(0)
    expect(result.out).toContain('Không giữ được:')
    expect(result.out).toContain('- 1 hình ảnh')
    expect(result.out).toContain('- 2 thay đổi đang theo dõi')
    expect(result.out).toMatch(/Đã nhập báo cáo: .*bao-cao-2025\.baocao \(5 mục, \d+ ms\)/u)
    const report = parseReport(readFileSync(output, 'utf8'))
    expect(report.meta.issuer).toBe('ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN CHÍNH')

    const again = await cli('import', docx, '-o', output)
    expect(again.code).toBe(2)
    expect(again.err).toContain('đã có')
  })

  it('refuses a damaged file with a Vietnamese message and exit code 1', async () => {
    const docx = join(dir, 'hong.docx')
    writeFileSync(docx, 'PK\u0003\u0004 không phải tệp nén')
    const result = await cli('import', docx, '-o', join(dir, 'hong.baocao'))
    expect(result.code).toBe(1)
    expect(result.err).toMatch(/Tệp “hong\.docx” bị hỏng/u)
  })

  it.skipIf(missing(soffice))(
    'imports a Word 97–2003 file typed in TCVN3 and says what it converted',
    async () => {
      writeFileSync(join(dir, 'bao-cao-2005.html'), TCVN3_HTML)
      const [doc] = convertWithLibreOffice([join(dir, 'bao-cao-2005.html')], 'doc:MS Word 97', dir)
      const output = join(dir, 'bao-cao-2005.baocao')
      const result = await cli('import', doc ?? '', '-o', output)
      expect(result.err).toBe('')
      expect(result.code).toBe(0)
      expect(result.out).toMatch(/Đã chuyển mã TCVN3 → Unicode \(\d+ đoạn chữ\)/u)
      expect(result.out).toContain('Tệp Word 97–2003 (.doc)')
      expect(parseReport(readFileSync(output, 'utf8')).meta.issuer).toBe('ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN CHÍNH')
    },
    120_000,
  )

  it('asks for the output file', async () => {
    const result = await cli('import', join(dir, 'x.docx'))
    expect(result.code).toBe(2)
    expect(result.err).toContain('-o')
  })
})
