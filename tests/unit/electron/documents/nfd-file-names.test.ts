/**
 * Reports whose file names are in decomposed Unicode (NFD): saved with Unikey's "Unicode tổ
 * hợp", or copied from a Mac. Windows and Linux keep the name's bytes as they are, so a name
 * looked up in NFC does not find the file. Each is listed in NFC and opened, saved, renamed,
 * copied, deleted and restored by its real directory entry; nothing is duplicated or lost.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DocumentService } from '../../../../electron/services/documents'
import { writeReport } from '../../../../electron/services/documents/report-files'
import { findTemplate } from '../../../../electron/services/templates'
import { instantiate } from '../../../../core/templates'
import { contentFromParagraphs } from '../../../../core/model/lexical'
import type { Report } from '../../../../core/model/schema'

const NAME = 'Báo cáo tổng kết năm 2025 - Phường Hòa Khánh.baocao'
const NFD = NAME.normalize('NFD')

let dir: string
let library: string
let service: DocumentService

function report(text: string): Report {
  const created = instantiate(findTemplate('tong-ket-nam.ubnd-phuong'), {
    year: 2025,
    appVersion: '0.1.0',
    newId: (() => {
      let n = 0
      return () => `id-${++n}`
    })(),
    now: new Date('2025-12-10T03:00:00Z'),
  })
  const [first, ...rest] = created.sections
  if (!first) throw new Error('template without sections')
  return { ...created, sections: [{ ...first, content: contentFromParagraphs([text]) }, ...rest] }
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sbc-nfd-'))
  library = join(dir, 'library')
  mkdirSync(library)
  service = new DocumentService({ libraryDir: library, dataDir: join(dir, 'data'), appVersion: '0.1.0' })
  await writeReport(join(library, NFD), report('Viết bằng Unikey, Unicode tổ hợp.'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** The library's entries as the disk holds them. */
const entries = (): string[] => readdirSync(library).filter((n) => n.endsWith('.baocao'))

describe('a report named in NFD on disk', () => {
  it('is really stored in NFD here (the test means something on this file system)', () => {
    expect(NFD).not.toBe(NAME)
    expect(entries()).toEqual([NFD])
  })

  it('is listed in NFC, opened by that name, and saved into the same file', async () => {
    const [row] = await service.list()
    expect(row?.name).toBe(NAME)
    expect(row?.error).toBeNull()
    const doc = await service.openByName(NAME)
    expect(doc.name).toBe(NAME)
    await service.save(doc.id, { report: report('Đã sửa và lưu lại.') })
    expect(entries()).toEqual([NFD])
    expect(readFileSync(join(library, NFD), 'utf8')).toContain('Đã sửa và lưu lại.')
  })

  it('is renamed, and renamed to its own NFC spelling', async () => {
    const renamed = await service.rename(NAME, 'Tổng kết 2025 (bản trình)')
    expect(renamed.name).toBe('Tổng kết 2025 (bản trình).baocao')
    expect(entries()).toEqual(['Tổng kết 2025 (bản trình).baocao'])

    await writeReport(join(library, NFD), report('Một tệp khác, cũng tổ hợp.'))
    const same = await service.rename(NAME, NAME.replace(/\.baocao$/u, ''))
    expect(same.name).toBe(NAME)
    expect(entries().sort()).toEqual([NAME, 'Tổng kết 2025 (bản trình).baocao'].sort())
  })

  it('is not overwritten by a rename or a "Lưu thành" to the same name in NFC', async () => {
    const other = await service.create(findTemplate('tong-ket-nam.ubnd-phuong'), { year: 2026 })
    await expect(service.rename(other.name, NAME)).rejects.toMatchObject({ code: 'nameTaken' })
    await expect(service.saveAs(other.id, other.report, { newName: NAME })).rejects.toMatchObject({ code: 'nameTaken' })
    expect(readFileSync(join(library, NFD), 'utf8')).toContain('Viết bằng Unikey, Unicode tổ hợp.')
  })

  it('is copied, deleted to the trash and restored', async () => {
    const copy = await service.duplicate(NAME)
    expect(copy.name).toBe(NAME.replace('.baocao', ' (bản sao).baocao'))
    const deleted = await service.delete(NAME)
    expect(deleted.name).toBe(NAME)
    expect(entries()).toEqual([copy.name])
    const [trashed] = await service.listDeleted()
    expect(trashed?.name).toBe(NAME)
    const restored = await service.restoreDeleted(deleted.trashName.normalize('NFD'))
    expect(restored.name).toBe(NAME)
    expect(readFileSync(join(library, NAME), 'utf8')).toContain('Viết bằng Unikey, Unicode tổ hợp.')
  })

  it('is found again by its key after a restart of the backend', async () => {
    const doc = await service.openByName(NAME)
    await service.close(doc.id)
    const restarted = new DocumentService({ libraryDir: library, dataDir: join(dir, 'data'), appVersion: '0.1.0' })
    const reopened = await restarted.reopen(doc.key)
    expect(reopened.name).toBe(NAME)
    expect(reopened.report.sections[0]?.content).toEqual(contentFromParagraphs(['Viết bằng Unikey, Unicode tổ hợp.']))
  })

  it('is refused when the name is not in the library at all', async () => {
    writeFileSync(join(dir, NFD), 'outside')
    await expect(service.openByName(`../${NAME}`)).rejects.toMatchObject({ code: 'notFound' })
  })
})
