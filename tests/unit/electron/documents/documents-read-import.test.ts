/**
 * A library report read without being opened (readReport: a report started from an earlier one
 * takes no lock and leaves that report's crash journal alone), and a report made elsewhere brought
 * into the library without going through text (importReport: stored and returned in NFC).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DocumentService } from '../../../../electron/services/documents'
import { createFrom } from '../../../../electron/services/import'
import { findTemplate, TemplateService } from '../../../../electron/services/templates'

let dir: string
let service: DocumentService

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sbc-read-import-'))
  service = new DocumentService({ libraryDir: join(dir, 'library'), dataDir: join(dir, 'data'), appVersion: '0.1.0' })
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** A library report whose session ended without saving its last typing (a journal is left). */
async function reportWithJournal(): Promise<string> {
  const doc = await service.create(findTemplate('tong-ket-nam.ubnd-phuong'), { year: 2025 })
  await service.journal(doc.id, { report: { ...doc.report, meta: { ...doc.report.meta, title: 'Chưa lưu' } } })
  await service.close(doc.id)
  return doc.name
}

describe('readReport', () => {
  it('reads a library report without opening it: no lock, and its crash journal stays to be recovered', async () => {
    const name = await reportWithJournal()
    expect((await service.listRecoverable()).map((e) => e.title)).toEqual(['Chưa lưu'])
    const report = await service.readReport(name)
    expect(report.meta.reportKind).toBe('tong-ket-nam')
    expect(readdirSync(join(dir, 'data', 'locks'))).toEqual([])
    expect((await service.listRecoverable()).map((e) => e.title)).toEqual(['Chưa lưu'])
  })

  it('is what a report started from an earlier one reads', async () => {
    const name = await reportWithJournal()
    const ctx = { documents: service, templates: new TemplateService(null), appVersion: '0.1.0' }
    const { document } = await createFrom(ctx, { templateId: 'tong-ket-nam.ubnd-phuong', year: 2026, sourceName: name })
    expect(document.name).toBe('Báo cáo tổng kết năm 2026.baocao')
    // The earlier report was not opened: its unsaved text is still offered, not set aside.
    expect((await service.listRecoverable()).map((e) => e.name)).toEqual([name])
  })

  it('refuses a name outside the library', async () => {
    await expect(service.readReport('../bí-mật.baocao')).rejects.toMatchObject({ code: 'notFound' })
  })
})

describe('importReport', () => {
  it('stores a report made elsewhere under a free name from the file name, in NFC, and opens it', async () => {
    const made = await service.create(findTemplate('tong-ket-nam.ubnd-phuong'), { year: 2025 })
    await service.close(made.id)
    const decomposed = 'Báo cáo của phường'.normalize('NFD')
    const report = { ...made.report, meta: { ...made.report.meta, title: decomposed } }
    const first = await service.importReport('C:\\Tài liệu\\Báo cáo cũ.baocao', report)
    const second = await service.importReport('Báo cáo cũ.baocao', report)
    expect([first.name, second.name]).toEqual(['Báo cáo cũ.baocao', 'Báo cáo cũ (2).baocao'])
    expect(first.readOnly).toBeUndefined()
    expect(first.report.meta.title).toBe('Báo cáo của phường'.normalize('NFC'))
    const path = join(dir, 'library', first.name)
    expect(existsSync(path)).toBe(true)
    expect(readFileSync(path, 'utf8')).toContain('"title": "Báo cáo của phường"'.normalize('NFC'))
  })
})
