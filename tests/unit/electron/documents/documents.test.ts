import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DocumentService } from '../../../../electron/services/documents'
import { findTemplate } from '../../../../electron/services/templates'
import { DomainError } from '../../../../core/model/errors'

/** The next write of a `.baocao` file in the library fails as on a full disk. */
const failNextWrite = vi.hoisted(() => ({ value: false }))
vi.mock('write-file-atomic', async (importOriginal) => {
  const real = ((await importOriginal()) as { default: (...args: unknown[]) => Promise<void> }).default
  return {
    default: async (...args: unknown[]) => {
      if (failNextWrite.value && String(args[0]).endsWith('.baocao') && String(args[0]).includes('library')) {
        failNextWrite.value = false
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' })
      }
      return real(...args)
    },
  }
})

let dir: string
let service: DocumentService

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sbc-docs-'))
  service = new DocumentService({
    libraryDir: join(dir, 'library'),
    dataDir: join(dir, 'data'),
    appVersion: '0.1.0',
    now: () => new Date('2025-12-10T03:00:00Z'),
  })
})
afterEach(() => {
  vi.restoreAllMocks()
  rmSync(dir, { recursive: true, force: true })
})

describe('DocumentService', () => {
  it('creates a report file with a readable Vietnamese name and the template tree', async () => {
    const doc = await service.create(findTemplate('tong-ket-nam.ubnd-phuong'), { year: 2025 })
    expect(doc.name).toBe('Báo cáo tổng kết năm 2025.baocao')
    expect(doc.report.meta.title).toBe(
      'Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2025; phương hướng, nhiệm vụ năm 2026',
    )
    expect(doc.report.sections.map((s) => s.title)).toEqual([
      'Mở đầu',
      'Kết quả thực hiện nhiệm vụ năm 2025',
      'Phương hướng, nhiệm vụ năm 2026',
      'Kiến nghị, đề xuất',
    ])
    const second = await service.create(findTemplate('tong-ket-nam.ubnd-phuong'), { year: 2025 })
    expect(second.name).toBe('Báo cáo tổng kết năm 2025 (2).baocao')
    const list = await service.list()
    expect(list.map((d) => d.name).sort()).toEqual(['Báo cáo tổng kết năm 2025 (2).baocao', 'Báo cáo tổng kết năm 2025.baocao'])
  })

  it('saves and reopens what was typed, NFC-normalised', async () => {
    const doc = await service.create(findTemplate('tong-ket-nam.ubnd-phuong'), { year: 2025 })
    const decomposed = 'Thu ngân sách đạt 165,65% dự toán'.normalize('NFD')
    const report = { ...doc.report, meta: { ...doc.report.meta, place: decomposed } }
    await service.save(doc.id, { report: report })
    const reopened = await service.openByName(doc.name)
    expect(reopened.report.meta.place).toBe('Thu ngân sách đạt 165,65% dự toán'.normalize('NFC'))
    expect(reopened.id).not.toBe(doc.id)
  })

  it('refuses names outside the library', async () => {
    await expect(service.openByName('../secret.baocao')).rejects.toMatchObject({ code: 'notFound' })
    await expect(service.openByName('notes.txt')).rejects.toMatchObject({ code: 'notFound' })
  })

  it('refuses a corrupt file and a newer file, and leaves them untouched', async () => {
    await service.list()
    const corrupt = join(dir, 'library', 'hong.baocao')
    writeFileSync(corrupt, '{"format":"soan-bao-cao", "schemaVersion": 1, "meta": ')
    await expect(service.openByName('hong.baocao')).rejects.toMatchObject({ code: 'notJson' })
    const newer = join(dir, 'library', 'moi.baocao')
    const newerText = JSON.stringify({ format: 'soan-bao-cao', schemaVersion: 99, meta: {} })
    writeFileSync(newer, newerText)
    const error = await service.openByName('moi.baocao').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DomainError)
    expect((error as DomainError).message).toContain('phiên bản mới hơn')
    expect(readFileSync(newer, 'utf8')).toBe(newerText)
    expect(readFileSync(corrupt, 'utf8')).toBe('{"format":"soan-bao-cao", "schemaVersion": 1, "meta": ')
  })

  it('keeps the previous file intact when a save fails', async () => {
    const doc = await service.create(findTemplate('tong-ket-nam.ubnd-phuong'), { year: 2025 })
    const path = join(dir, 'library', doc.name)
    const before = readFileSync(path, 'utf8')
    failNextWrite.value = true
    await expect(
      service.save(doc.id, { report: { ...doc.report, meta: { ...doc.report.meta, place: 'Phú Xuân' } } }),
    ).rejects.toMatchObject({
      code: 'diskFull',
    })
    expect(readFileSync(path, 'utf8')).toBe(before)
    expect(readdirSync(join(dir, 'library'))).toEqual([doc.name])
  })

  it('refuses to save a report that was never opened', async () => {
    const doc = await service.create(findTemplate('tong-ket-nam.ubnd-phuong'), { year: 2025 })
    await expect(service.save('unknown-id', { report: doc.report })).rejects.toMatchObject({ code: 'notOpen' })
  })
})

describe('a document’s identity is its full path, never its name in the library', () => {
  it('reopens a report from another folder by its key, not the library file of the same name', async () => {
    const inLibrary = await service.create(findTemplate('tong-ket-nam.ubnd-phuong'), { year: 2025 })
    const elsewhere = join(dir, 'USB', inLibrary.name)
    const { mkdirSync } = await import('node:fs')
    mkdirSync(join(dir, 'USB'))
    const text = readFileSync(join(dir, 'library', inLibrary.name), 'utf8').replace('"number": ""', '"number": "77"')
    writeFileSync(elsewhere, text)
    await service.close(inLibrary.id)
    const outside = await service.openPath(elsewhere)
    expect(outside.name).toBe(inLibrary.name)
    expect(outside.key).not.toBe(inLibrary.key)
    await service.close(outside.id)

    const reopened = await service.reopen(outside.key)
    expect(reopened.report.meta.number).toBe('77')
    expect(service.isInLibrary(outside.key)).toBe(false)
    expect(service.isInLibrary(inLibrary.key)).toBe(true)
  })

  it('finds a library report by its key after a restart of the backend, and refuses a key it cannot place', async () => {
    const doc = await service.create(findTemplate('so-ket-6-thang.ubnd-phuong'), { year: 2026, half: 1 })
    await service.close(doc.id)
    const restarted = new DocumentService({ libraryDir: join(dir, 'library'), dataDir: join(dir, 'data'), appVersion: '0.1.0' })
    expect((await restarted.reopen(doc.key)).name).toBe(doc.name)
    await expect(restarted.reopen('0'.repeat(32))).rejects.toMatchObject({ code: 'notFound' })
  })
})
