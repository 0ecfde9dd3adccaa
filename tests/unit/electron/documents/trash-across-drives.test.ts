/**
 * Delete and restore when the library is on another drive than the trash (D:, a USB stick, a
 * network share; the trash is in the app data folder on C:): a rename cannot cross a drive
 * (EXDEV), so the move copies, flushes, and removes the original only then. Injected at the file
 * system calls, and for real between two file systems when the machine has two (/dev/shm). Every
 * failure half-way leaves the report in one place, whole, and says why in Vietnamese.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type * as FsPromises from 'node:fs/promises'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { errorWords } from '../../../support/words'
import { DocumentService } from '../../../../electron/services/documents'
import { findTemplate } from '../../../../electron/services/templates'
import { bindContract, createHandlers } from '../../../../electron/services/api'
import { settingsFrom } from '../../../../electron/services/settings'
import { TemplateService } from '../../../../electron/services/templates'
import { DomainError } from '../../../../core/model/errors'

/** Calls that fail as a system would: `call` on "from -> to" matching `match` throws `code`. */
const faults = vi.hoisted(() => ({ list: [] as { call: string; match: RegExp; code: string }[], seen: [] as string[] }))
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>()
  const inject =
    <A extends unknown[], R>(call: string, fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const [from, to] = args.map(String)
      const fault = faults.list.find((f) => f.call === call && f.match.test(`${from} -> ${to}`))
      if (fault) {
        faults.seen.push(`${call} ${fault.code}`)
        // As Node reports it: a destination only for the calls that have one.
        const dest = call === 'rename' || call === 'copyfile' ? { dest: to } : {}
        throw Object.assign(new Error(`${fault.code}: injected, ${call} '${from}'`), {
          code: fault.code,
          syscall: call,
          path: from,
          ...dest,
        })
      }
      return fn(...args)
    }
  return {
    ...real,
    rename: inject('rename', real.rename),
    unlink: inject('unlink', real.unlink),
    copyFile: inject('copyfile', real.copyFile),
    mkdir: inject('mkdir', real.mkdir),
  }
})

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sbc-drives-'))
  faults.list = []
  faults.seen = []
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function service(libraryDir = join(dir, 'D-library')): DocumentService {
  return new DocumentService({ libraryDir, trashDir: join(dir, 'C-data', 'trash'), dataDir: join(dir, 'C-data'), appVersion: '0.1.0' })
}

/** A rename between the library and the trash crosses a drive. */
const crossDrive = (): void => {
  faults.list.push({ call: 'rename', match: /D-library.* -> .*C-data|C-data.* -> .*D-library/u, code: 'EXDEV' })
}

async function newReport(s: DocumentService): Promise<{ name: string; text: string }> {
  const doc = await s.create(findTemplate('so-ket-6-thang.ubnd-phuong'), { year: 2026, half: 1 })
  await s.close(doc.id)
  return { name: doc.name, text: readFileSync(join(s.library, doc.name), 'utf8') }
}

const trashReports = (): string[] => readdirSync(join(dir, 'C-data', 'trash')).filter((n) => n.endsWith('.baocao'))

describe('the trash on another drive (EXDEV)', () => {
  it('deletes by copying, flushing and removing the original, and restores the same way', async () => {
    const s = service()
    const { name, text } = await newReport(s)
    crossDrive()
    const deleted = await s.delete(name)
    expect(faults.seen).toContain('rename EXDEV')
    expect(existsSync(join(s.library, name))).toBe(false)
    expect(trashReports()).toEqual([deleted.trashName])
    expect(readFileSync(join(dir, 'C-data', 'trash', deleted.trashName), 'utf8')).toBe(text)
    expect(readdirSync(join(dir, 'C-data', 'trash')).some((n) => n.endsWith('.partial'))).toBe(false)

    faults.seen = []
    const restored = await s.restoreDeleted(deleted.trashName)
    expect(faults.seen).toContain('rename EXDEV')
    expect(restored.name).toBe(name)
    expect(readFileSync(join(s.library, name), 'utf8')).toBe(text)
    expect(trashReports()).toEqual([])
  })

  it('keeps the report in the library when the original cannot be removed (held by another program)', async () => {
    const s = service()
    const { name, text } = await newReport(s)
    crossDrive()
    faults.list.push({ call: 'unlink', match: /D-library/u, code: 'EBUSY' })
    const error = await s.delete(name).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DomainError)
    expect(error).toMatchObject({ code: 'deleteFailed' })
    expect((error as DomainError).message).toBe(
      `Không chuyển được “${name}” vào thùng rác: tệp “${name}” đang được một chương trình khác mở (Word, phần mềm diệt virus hoặc đồng bộ OneDrive); hãy đóng chương trình đó rồi thử lại. Tệp vẫn còn nguyên trong thư mục báo cáo.`,
    )
    expect(readFileSync(join(s.library, name), 'utf8')).toBe(text)
    expect(trashReports()).toEqual([])
    expect(await s.listDeleted()).toEqual([])
  })

  it('keeps the report in the library when the copy fails (the data drive is full)', async () => {
    const s = service()
    const { name, text } = await newReport(s)
    crossDrive()
    faults.list.push({ call: 'copyfile', match: /C-data/u, code: 'ENOSPC' })
    const error = await s.delete(name).catch((e: unknown) => e)
    expect((error as DomainError).message).toBe(
      `Không chuyển được “${name}” vào thùng rác: ổ đĩa đã đầy; hãy xóa bớt tệp không cần rồi thử lại. Tệp vẫn còn nguyên trong thư mục báo cáo.`,
    )
    expect(readFileSync(join(s.library, name), 'utf8')).toBe(text)
    expect(readdirSync(join(dir, 'C-data', 'trash'))).toEqual([])
  })

  it('keeps the report in the trash when the library drive was removed', async () => {
    const s = service()
    const { name } = await newReport(s)
    const deleted = await s.delete(name)
    // The drive was pulled out: its folder can no longer be made.
    faults.list.push({ call: 'mkdir', match: /D-library/u, code: 'ENOENT' })
    const error = await s.restoreDeleted(deleted.trashName).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'restoreFailed' })
    expect((error as DomainError).message).toBe(
      `Không khôi phục được “${name}” từ thùng rác: không tìm thấy thư mục “${s.library}” (ổ đĩa đã bị rút ra, hoặc thư mục bị xóa hay đổi tên); hãy cắm lại ổ đĩa rồi thử lại. Tệp vẫn còn trong thùng rác.`,
    )
    expect(trashReports()).toEqual([deleted.trashName])
  })

  it('never lets a raw system error reach the clerk, even from a call no service words itself', async () => {
    const call = bindContract(
      {
        ...createHandlers({
          documents: service(),
          templates: new TemplateService(join(dir, 'templates')),
          settings: settingsFrom({ store: {} }),
          appVersion: '0.1.0',
          mode: 'web',
          defaultLibraryDir: join(dir, 'D-library'),
        }),
        'documents.list': () =>
          Promise.reject(
            Object.assign(new Error("EXDEV: cross-device link not permitted, rename 'D:\\a.baocao' -> 'C:\\trash\\a.baocao'"), {
              code: 'EXDEV',
              syscall: 'rename',
              path: join(dir, 'a.baocao'),
            }),
          ),
      },
      () => undefined,
    )
    const result = await call('documents.list', {})
    expect(result).toMatchObject({ ok: false, error: { code: 'fileFailed' } })
    const message = errorWords(result.ok ? undefined : result.error)
    expect(message).toBe(
      'Không thao tác được với tệp: hệ điều hành báo lỗi khi đọc ghi tệp; hãy thử lại, nếu vẫn lỗi hãy khởi động lại máy. Dữ liệu của bạn không bị thay đổi.',
    )
  })
})

describe('between two real file systems', () => {
  const shm = '/dev/shm'
  const twoDevices = existsSync(shm) && statSync(shm).dev !== statSync(tmpdir()).dev
  if (!twoDevices)
    console.warn(
      `SKIPPED (reason): ${shm} is missing or on the same file system as ${tmpdir()}; the injected EXDEV tests above cover the move.`,
    )

  it.skipIf(!twoDevices)('deletes and restores a report whose library is on another file system', async () => {
    const library = mkdtempSync(join(shm, 'sbc-library-'))
    try {
      const s = service(library)
      const { name, text } = await newReport(s)
      const deleted = await s.delete(name)
      expect(existsSync(join(library, name))).toBe(false)
      expect(readFileSync(join(dir, 'C-data', 'trash', deleted.trashName), 'utf8')).toBe(text)
      mkdirSync(library, { recursive: true })
      const restored = await s.restoreDeleted(deleted.trashName)
      expect(readFileSync(join(library, restored.name), 'utf8')).toBe(text)
      expect(trashReports()).toEqual([])
    } finally {
      rmSync(library, { recursive: true, force: true })
    }
  })
})
