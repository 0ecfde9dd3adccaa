/**
 * Exporting again over a .docx that Word has open. On Windows the final rename of the atomic write
 * fails with EPERM (Word opens a .docx without FILE_SHARE_DELETE) or EBUSY (a sharing violation)
 * for as long as Word holds it: injected here exactly as Node reports it (syscall "rename", the
 * temp file already written and then removed). The export is retried for a moment, then said to be
 * open in Word, with "Thử lại" and "Lưu với tên khác" ("… (2).docx"); a read-only file, a folder
 * without permission and a full disk are said as what they are; the old file is never touched.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { alternativeExportPath, buildExport, writeExport } from '../../../electron/services/export'
import { bindContract, createHandlers, type ServiceContext } from '../../../electron/services/api'
import { DocumentService } from '../../../electron/services/documents'
import { TemplateService } from '../../../electron/services/templates'
import { settingsFrom } from '../../../electron/services/settings'
import { DomainError } from '../../../core/model/errors'
import { serializeReport } from '../../../core/model/migrate'
import { runCli } from '../../../electron/cli'
import { makeReport } from '../core/report-factory'
import { openReport } from '../../support/open-report'

/** Paths another program holds: the next `times` renames over them fail with `code`. */
const held = vi.hoisted(() => ({ files: new Map<string, { code: string; times: number }>(), attempts: 0 }))
vi.mock('write-file-atomic', async (importOriginal) => {
  const real = ((await importOriginal()) as { default: (path: string, data: unknown, options?: object) => Promise<void> }).default
  const fs = await import('node:fs')
  return {
    default: async (path: string, data: unknown, options?: object) => {
      const lock = held.files.get(path)
      if (!lock || lock.times <= 0) return real(path, data, options)
      lock.times--
      held.attempts++
      // As write-file-atomic on Windows: the temp file is written, the rename over the target
      // fails, the temp file is removed, and the rename's own error is thrown.
      const tmp = `${path}.${held.attempts}`
      fs.writeFileSync(tmp, data as Uint8Array)
      fs.rmSync(tmp)
      const errno = lock.code === 'EBUSY' ? -4082 : -4048
      throw Object.assign(new Error(`${lock.code}: operation not permitted, rename '${tmp}' -> '${path}'`), {
        code: lock.code,
        errno,
        syscall: 'rename',
        path: tmp,
        dest: path,
      })
    },
  }
})

const FOREVER = Number.POSITIVE_INFINITY
let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sbc-word-'))
  held.files.clear()
  held.attempts = 0
})
afterEach(() => {
  chmodSync(dir, 0o755)
  rmSync(dir, { recursive: true, force: true })
})

/** The file as the clerk left it after checking it in Word. */
function previousExport(name = 'Báo cáo tổng kết năm 2025.docx'): string {
  const path = join(dir, name)
  writeFileSync(path, 'the export the clerk checked in Word')
  return path
}

const fast = { retryDelaysMs: [5, 5, 5] }

describe('writing over a .docx that Word holds', () => {
  it('retries while Word lets go within a moment (EBUSY, then free), and replaces the file', async () => {
    const path = previousExport()
    const { bytes } = await buildExport(makeReport(), false)
    held.files.set(path, { code: 'EBUSY', times: 2 })
    await writeExport(path, bytes)
    expect(held.attempts).toBe(2)
    expect(readFileSync(path).subarray(0, 2).toString()).toBe('PK')
    expect(readdirSync(dir)).toEqual(['Báo cáo tổng kết năm 2025.docx'])
  })

  it.each(['EPERM', 'EBUSY'])('says the file is open in Word when it stays held (%s), and keeps the old file', async (code) => {
    const path = previousExport()
    held.files.set(path, { code, times: FOREVER })
    const { bytes } = await buildExport(makeReport(), false)
    const error = await writeExport(path, bytes, fast).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DomainError)
    expect(error).toMatchObject({ code: 'exportInUse' })
    expect((error as DomainError).message).toBe(
      'Tệp “Báo cáo tổng kết năm 2025.docx” đang mở trong Word (hoặc trình đọc PDF) nên không ghi đè được. Hãy đóng tệp ở chương trình đó rồi bấm “Thử lại”, hoặc bấm “Lưu với tên khác”. Tệp cũ vẫn còn nguyên.',
    )
    expect(held.attempts).toBe(4)
    expect(readFileSync(path, 'utf8')).toBe('the export the clerk checked in Word')
    expect(readdirSync(dir)).toEqual(['Báo cáo tổng kết năm 2025.docx'])
  })

  it('says a read-only file is read-only, not open in Word', async () => {
    const path = previousExport()
    chmodSync(path, 0o444)
    held.files.set(path, { code: 'EPERM', times: FOREVER })
    const error = await writeExport(path, new Uint8Array([1, 2, 3]), fast).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'exportFailed' })
    expect((error as DomainError).message).toContain('đang đặt thuộc tính chỉ đọc (Read-only)')
    expect((error as DomainError).message).not.toMatch(/EPERM|rename|\//u)
  })

  it('says a folder without write permission is one (the temp file cannot even be made)', async () => {
    const error = await writeExport(join(dir, 'khong-co-thu-muc', 'x.docx'), new Uint8Array([1]), fast).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'exportFolderMissing' })
    expect((error as DomainError).message).toContain('Không tìm thấy thư mục')
    const isRoot = process.getuid?.() === 0
    if (isRoot) {
      console.warn('SKIPPED (reason): running as root, a folder cannot be made read-only; the missing folder above covers the open() path.')
      return
    }
    chmodSync(dir, 0o555)
    const denied = await writeExport(join(dir, 'x.docx'), new Uint8Array([1]), fast).catch((e: unknown) => e)
    expect((denied as DomainError).message).toContain(`Không có quyền ghi vào thư mục “${dir}”`)
  })

  it('proposes the first free "… (2).docx" beside the held file', async () => {
    const path = previousExport('Báo cáo.docx')
    expect(await alternativeExportPath(path)).toBe(join(dir, 'Báo cáo (2).docx'))
    writeFileSync(join(dir, 'Báo cáo (2).docx'.normalize('NFD')), '')
    writeFileSync(join(dir, 'BÁO CÁO (3).DOCX'), '')
    expect(await alternativeExportPath(path)).toBe(join(dir, 'Báo cáo (4).docx'))
    expect(await alternativeExportPath(join(dir, 'Báo cáo (2).docx'))).toBe(join(dir, 'Báo cáo (4).docx'))
  })
})

describe('"Thử lại" and "Lưu với tên khác" through the contract', () => {
  function handlers(picks: (string | null)[], asked: [string, string | undefined][]) {
    const ctx: ServiceContext = {
      documents: new DocumentService({ libraryDir: join(dir, 'library'), dataDir: join(dir, 'data'), appVersion: '0.1.0' }),
      templates: new TemplateService(join(dir, 'templates')),
      settings: settingsFrom({ store: {} }),
      appVersion: '0.1.0',
      mode: 'electron',
      defaultLibraryDir: join(dir, 'library'),
      pickExportPath: async (fileName, folder) => {
        asked.push([fileName, folder])
        return picks.shift() ?? null
      },
    }
    return bindContract(createHandlers(ctx))
  }

  it('keeps the export while Word holds the file, writes it on "Thử lại", or beside it as "… (2).docx"', async () => {
    const path = previousExport()
    held.files.set(path, { code: 'EPERM', times: FOREVER })
    const asked: [string, string | undefined][] = []
    const call = handlers([path, join(dir, 'Báo cáo tổng kết năm 2025 (2).docx'), path], asked)
    const id = await openReport(call, makeReport())

    const first = await call('export.save', { id, patch: { sections: {} }, draft: false })
    expect(first).toMatchObject({ ok: true, value: { saved: false, held: { name: 'Báo cáo tổng kết năm 2025.docx' } } })
    const retryId = (first as { value: { held: { retryId: string } } }).value.held.retryId
    expect(readFileSync(path, 'utf8')).toBe('the export the clerk checked in Word')

    // Still open in Word: "Thử lại" says so again, with a new id.
    const again = await call('export.retry', { retryId, otherName: false })
    expect(again).toMatchObject({ ok: true, value: { saved: false, held: { name: 'Báo cáo tổng kết năm 2025.docx' } } })
    const secondId = (again as { value: { held: { retryId: string } } }).value.held.retryId
    expect(await call('export.retry', { retryId, otherName: false })).toMatchObject({ ok: false, error: { code: 'exportExpired' } })

    // "Lưu với tên khác": the dialog proposes "… (2).docx" in the same folder.
    const other = await call('export.retry', { retryId: secondId, otherName: true })
    expect(asked.at(-1)).toEqual(['Báo cáo tổng kết năm 2025 (2).docx', dir])
    expect(other).toMatchObject({ ok: true, value: { saved: true, path: join(dir, 'Báo cáo tổng kết năm 2025 (2).docx') } })
    expect(readFileSync(join(dir, 'Báo cáo tổng kết năm 2025 (2).docx')).subarray(0, 2).toString()).toBe('PK')
    expect(readFileSync(path, 'utf8')).toBe('the export the clerk checked in Word')

    // Word closed: a new export over the first file now replaces it.
    held.files.clear()
    const closed = await call('export.save', { id, patch: { sections: {} }, draft: false })
    expect(closed).toMatchObject({ ok: true, value: { saved: true } })
    expect(readFileSync(path).subarray(0, 2).toString()).toBe('PK')
    expect(existsSync(join(dir, 'Báo cáo tổng kết năm 2025 (3).docx'))).toBe(false)
  })

  it('"Thử lại" after Word was closed writes the very same file', async () => {
    const path = previousExport()
    held.files.set(path, { code: 'EBUSY', times: FOREVER })
    const call = handlers([path], [])
    const first = await call('export.save', { id: await openReport(call, makeReport()), patch: { sections: {} }, draft: true })
    const retryId = (first as { value: { held: { retryId: string } } }).value.held.retryId
    held.files.clear()
    expect(await call('export.retry', { retryId, otherName: false })).toMatchObject({ ok: true, value: { saved: true, path } })
    expect(readFileSync(path).subarray(0, 2).toString()).toBe('PK')
  })
})

describe('the command line', () => {
  it('says the output is open in Word, and how to go on without a button to press', async () => {
    const path = previousExport()
    const source = join(dir, 'bao-cao.baocao')
    writeFileSync(source, serializeReport(makeReport()))
    held.files.set(path, { code: 'EPERM', times: FOREVER })
    const err: string[] = []
    const code = await runCli(['export', source, '-o', path], { out: () => undefined, err: (line) => err.push(line) })
    expect(code).toBe(1)
    expect(err).toEqual([
      'Tệp “Báo cáo tổng kết năm 2025.docx” đang mở trong Word (hoặc trình đọc PDF) nên không ghi đè được. Hãy đóng tệp ở chương trình đó rồi chạy lại lệnh, hoặc ghi ra tệp khác (-o <tên khác>). Tệp cũ vẫn còn nguyên.',
    ])
    expect(readFileSync(path, 'utf8')).toBe('the export the clerk checked in Word')
  })
})
