/**
 * The contract methods of the import through the same binding as Electron and browser mode:
 * import.docx (a new report in the library, what was lost), import.parse (a .docx or a .baocao for
 * merging, nothing written) and documents.createFrom (a report started from a library report).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ResponseOf, Result } from '../../../core/contract'
import { serializeReport } from '../../../core/model/migrate'
import { bindContract, createHandlers, type Dispatch } from '../../../electron/services/api'
import { DocumentService } from '../../../electron/services/documents'
import { settingsFrom } from '../../../electron/services/settings'
import { builtinTemplates, TemplateService } from '../../../electron/services/templates'
import { filledReport } from './fixtures'
import { wordStyledReport } from './word-fixtures'
import { errorWords } from '../../support/words'

let dir = ''
let dispatch: Dispatch
const library = (): string => join(dir, 'library')

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sbc-import-api-'))
  const documents = new DocumentService({ libraryDir: library(), dataDir: join(dir, 'data'), appVersion: '0.1.0' })
  dispatch = bindContract(
    createHandlers({
      documents,
      templates: new TemplateService(null),
      settings: settingsFrom({ store: {} }),
      appVersion: '0.1.0',
      mode: 'web',
      defaultLibraryDir: library(),
    }),
  )
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${JSON.stringify(result.error.params)}`)
  return result.value as T
}

const base64 = async (): Promise<string> => Buffer.from(await wordStyledReport()).toString('base64')

describe('import.docx', () => {
  it('puts the Word report in the library under its own name and lists what was lost', async () => {
    const imported = value<ResponseOf<'import.docx'>>(
      await dispatch('import.docx', { fileName: 'Báo cáo năm 2025.docx', base64: await base64() }),
    )
    expect(imported.document.name).toBe('Báo cáo năm 2025.baocao')
    expect(imported.document.report.meta.issuer).toBe('ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN CHÍNH')
    expect(imported.lost.map((l) => l.kind)).toContain('image')
    expect(readFileSync(join(library(), 'Báo cáo năm 2025.baocao'), 'utf8')).toContain('PHƯỜNG TÂN CHÍNH')
  })

  it('refuses a damaged file in Vietnamese and writes nothing', async () => {
    const before = readdirSync(library())
    const result = await dispatch('import.docx', { fileName: 'hỏng.docx', base64: Buffer.from('không phải Word').toString('base64') })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error).toMatchObject({ code: 'importNotDocx' })
      expect(errorWords(result.error)).toBe('Tệp “hỏng.docx” không phải tài liệu Word (.docx, .doc).')
    }
    expect(readdirSync(library())).toEqual(before)
  })
})

describe('import.parse', () => {
  it('reads a .docx for merging without writing anything', async () => {
    const before = readdirSync(library())
    const parsed = value<ResponseOf<'import.parse'>>(await dispatch('import.parse', { fileName: 'phong.docx', base64: await base64() }))
    expect(parsed.sections.map((s) => s.key)).toEqual(['mo-dau', 'ket-qua', 'phuong-huong'])
    expect(parsed.lost.length).toBeGreaterThan(0)
    expect(readdirSync(library())).toEqual(before)
  })

  it('reads a .baocao given as text', async () => {
    const report = filledReport(
      builtinTemplates()[0] ??
        (() => {
          throw new Error('no template')
        })(),
    )
    const parsed = value<ResponseOf<'import.parse'>>(
      await dispatch('import.parse', { fileName: 'phong.baocao', text: serializeReport(report) }),
    )
    expect(parsed.title).toBe(report.meta.title)
    expect(parsed.sections).toEqual(report.sections)
    expect(parsed.lost).toEqual([])
  })

  it('wants exactly one of base64 and text', async () => {
    for (const request of [{ fileName: 'x.docx' }, { fileName: 'x.docx', base64: 'AA==', text: '{}' }]) {
      const result = await dispatch('import.parse', request)
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.error.code).toBe('badRequest')
    }
  })
})

describe('documents.createFrom', () => {
  it('creates next year’s report from a library report, with last year’s tasks and figures', async () => {
    const { document: created, carried } = value<ResponseOf<'documents.createFrom'>>(
      await dispatch('documents.createFrom', {
        templateId: 'tong-ket-nam.ubnd-phuong',
        year: 2026,
        issuerKind: 'ubnd-phuong',
        sourceName: 'Báo cáo năm 2025.baocao',
      }),
    )
    // What was carried over reaches the caller, for the clerk's message.
    expect(carried.tasks).toBeGreaterThan(0)
    expect(created.name).toBe('Báo cáo tổng kết năm 2026.baocao')
    expect(created.report.meta.issuer).toBe('ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN CHÍNH')
    const results = created.report.sections.find((s) => s.key === 'ket-qua')
    expect(results?.needsUpdate).toBe(true)
    expect(JSON.stringify(results?.content)).toContain('Hoàn thành thu ngân sách')
    // What was returned is what was saved.
    const saved = readFileSync(join(library(), created.name), 'utf8')
    expect(saved).toContain('Hoàn thành thu ngân sách')
    expect(saved).toContain('"needsUpdate": true')
  })

  it('refuses a source outside the library', async () => {
    const result = await dispatch('documents.createFrom', {
      templateId: 'tong-ket-nam.ubnd-phuong',
      year: 2026,
      sourceName: '../bí-mật.baocao',
    })
    expect(result.ok).toBe(false)
  })
})
