/**
 * Nothing typed is lost: the crash journal and recovery, rolling backups and "Lịch sử phiên bản",
 * locks (a second copy opens read-only), files changed on disk by someone else, damaged files
 * with their newest backup offered, and disk errors (full, no permission, busy, folder gone)
 * injected through write-file-atomic.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { tCore } from '../../../../core/i18n'
import { spawnSync } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  truncateSync,
  utimesSync,
  writeFileSync,
  mkdtempSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DocumentService, type DocumentServiceOptions } from '../../../../electron/services/documents'
import { backupsToKeep, BackupStore } from '../../../../electron/services/backups'
import { findTemplate } from '../../../../electron/services/templates'
import { contentFromParagraphs } from '../../../../core/model/lexical'
import { DomainError } from '../../../../core/model/errors'
import type { OpenDocument } from '../../../../core/contract'
import type { Report } from '../../../../core/model/schema'

/** Writes whose path matches fail with the given code, `times` times. */
const faults = vi.hoisted(() => ({ list: [] as { match: RegExp; code: string; times: number }[], calls: 0 }))
vi.mock('write-file-atomic', async (importOriginal) => {
  const real = ((await importOriginal()) as { default: (...args: unknown[]) => Promise<void> }).default
  return {
    default: async (...args: unknown[]) => {
      const path = String(args[0])
      const fault = faults.list.find((f) => f.times > 0 && f.match.test(path))
      if (fault) {
        faults.calls++
        fault.times--
        throw Object.assign(new Error(`${fault.code}: injected`), { code: fault.code, path })
      }
      return real(...args)
    },
  }
})

const START = Date.parse('2025-12-10T03:00:00Z')
let dir: string
let clock: { t: number }

function service(options: Partial<DocumentServiceOptions> = {}): DocumentService {
  return new DocumentService({
    libraryDir: join(dir, 'library'),
    dataDir: join(dir, 'data'),
    appVersion: '0.1.0',
    now: () => new Date(clock.t),
    ...options,
  })
}

/** A second app instance on the same data folder; `alive` says whether the first one still runs. */
function otherInstance(alive: boolean): DocumentService {
  return service({ isProcessAlive: () => alive })
}

function withText(report: Report, text: string): Report {
  const [first, ...rest] = report.sections
  if (!first) throw new Error('template without sections')
  return { ...report, sections: [{ ...first, content: contentFromParagraphs([text]) }, ...rest] }
}

async function newDoc(s: DocumentService): Promise<OpenDocument> {
  return s.create(findTemplate('tong-ket-nam.ubnd-phuong'), { year: 2025 })
}

const libraryFile = (name: string): string => join(dir, 'library', name)

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sbc-safety-'))
  clock = { t: START }
  faults.list = []
  faults.calls = 0
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('crash journal and recovery', () => {
  it('offers unsaved text after a crash and writes it into the document on "Khôi phục"', async () => {
    const first = service()
    const doc = await newDoc(first)
    await first.journal(doc.id, { report: withText(doc.report, 'Đoạn văn chưa kịp lưu.') })
    // The first instance dies without saving or closing.
    const next = otherInstance(false)
    const entries = await next.listRecoverable()
    expect(entries).toEqual([
      { id: expect.any(String), name: doc.name, title: doc.report.meta.title, journaledAt: new Date(START).toISOString() },
    ])
    const restored = await next.restoreRecovery(entries[0]?.id ?? '')
    expect(restored.readOnly).toBeUndefined()
    expect(JSON.stringify(restored.report)).toContain('Đoạn văn chưa kịp lưu.')
    expect(readFileSync(libraryFile(doc.name), 'utf8')).toContain('Đoạn văn chưa kịp lưu.')
    expect(await next.listRecoverable()).toEqual([])
    // What was on disk before the restore is kept in the history.
    const history = await next.history(restored.id)
    expect(history.map((h) => h.reason)).toEqual(['restore'])
  })

  it('does not offer the journal of a document that is still open somewhere', async () => {
    const first = service()
    const doc = await newDoc(first)
    await first.journal(doc.id, { report: withText(doc.report, 'Đang gõ.') })
    expect(await first.listRecoverable()).toEqual([])
    expect(await otherInstance(true).listRecoverable()).toEqual([])
    await expect(otherInstance(true).restoreRecovery('0'.repeat(32))).rejects.toMatchObject({ code: 'notFound' })
  })

  it('clears the journal after a save, but keeps one written while the save was running', async () => {
    const first = service()
    const doc = await newDoc(first)
    await first.journal(doc.id, { report: withText(doc.report, 'Bản một.') })
    await first.save(doc.id, { report: withText(doc.report, 'Bản một.') })
    expect(await otherInstance(false).listRecoverable()).toEqual([])

    const saving = first.save(doc.id, { report: withText(doc.report, 'Bản hai.') })
    await first.journal(doc.id, { report: withText(doc.report, 'Bản ba, gõ trong lúc lưu.') })
    await saving
    const entries = await otherInstance(false).listRecoverable()
    expect(entries).toHaveLength(1)
    const reopened = await otherInstance(false).restoreRecovery(entries[0]?.id ?? '')
    expect(JSON.stringify(reopened.report)).toContain('Bản ba, gõ trong lúc lưu.')
  })

  it('drops a journal that holds what the file already has', async () => {
    const first = service()
    const doc = await newDoc(first)
    await first.journal(doc.id, { report: doc.report })
    expect(await otherInstance(false).listRecoverable()).toEqual([])
    expect(readdirSync(join(dir, 'data', 'recovery'))).toEqual([])
  })

  it('"Bỏ qua" sets the text aside in the history instead of deleting it', async () => {
    const first = service()
    const doc = await newDoc(first)
    await first.journal(doc.id, { report: withText(doc.report, 'Nội dung bị bỏ qua.') })
    const next = otherInstance(false)
    const [entry] = await next.listRecoverable()
    await next.discardRecovery(entry?.id ?? '')
    expect(await next.listRecoverable()).toEqual([])
    const reopened = await next.openByName(doc.name)
    expect(JSON.stringify(reopened.report)).not.toContain('Nội dung bị bỏ qua.')
    const [kept] = await next.history(reopened.id)
    expect(kept?.reason).toBe('journal')
    const { report } = await next.restoreBackup(reopened.id, kept?.id ?? '', reopened.report)
    expect(JSON.stringify(report)).toContain('Nội dung bị bỏ qua.')
  })

  it('keeps an orphan journal in the history when its document is opened directly', async () => {
    const first = service()
    const doc = await newDoc(first)
    await first.journal(doc.id, { report: withText(doc.report, 'Mồ côi.') })
    const next = otherInstance(false)
    const reopened = await next.openByName(doc.name)
    await next.journal(reopened.id, { report: withText(reopened.report, 'Gõ mới.') })
    const history = await next.history(reopened.id)
    expect(history.map((h) => h.reason)).toEqual(['journal'])
  })

  it('writes nothing to the journal of a read-only copy', async () => {
    const first = service()
    const doc = await newDoc(first)
    const second = otherInstance(true)
    const copy = await second.openByName(doc.name)
    await second.journal(copy.id, { report: withText(copy.report, 'Không được ghi.') })
    expect(existsSync(join(dir, 'data', 'recovery'))).toBe(false)
  })
})

describe('backups and "Lịch sử phiên bản"', () => {
  it('backs up the version on disk at the first save of a session, then at most every few minutes', async () => {
    const s = service({ backupIntervalMs: 5 * 60_000 })
    const doc = await newDoc(s)
    const original = readFileSync(libraryFile(doc.name), 'utf8')
    await s.save(doc.id, { report: withText(doc.report, 'Một.') })
    clock.t += 60_000
    await s.save(doc.id, { report: withText(doc.report, 'Hai.') })
    let history = await s.history(doc.id)
    expect(history).toHaveLength(1)
    expect(history[0]).toMatchObject({ reason: 'save', savedAt: doc.report.savedAt })
    const store = new BackupStore(join(dir, 'data', 'backups'))
    expect((await store.read(history[0]?.id ?? '')).text).toBe(original)
    clock.t += 5 * 60_000
    await s.save(doc.id, { report: withText(doc.report, 'Ba.') })
    history = await s.history(doc.id)
    expect(history).toHaveLength(2)
    expect((await store.read(history[0]?.id ?? '')).text).toContain('Hai.')
  })

  it('restores a backup, and the restore itself can be undone', async () => {
    const s = service({ backupIntervalMs: 0 })
    const doc = await newDoc(s)
    await s.save(doc.id, { report: withText(doc.report, 'Phiên bản cũ.') })
    clock.t += 1000
    await s.save(doc.id, { report: withText(doc.report, 'Phiên bản mới.') })
    const old = (await s.history(doc.id)).find((h) => h.savedAt === new Date(START).toISOString() && h.reason === 'save')
    expect(old).toBeDefined()
    clock.t += 1000
    const current = withText(doc.report, 'Đang soạn, chưa lưu.')
    const restored = await s.restoreBackup(doc.id, old?.id ?? '', current)
    expect(JSON.stringify(restored.report)).toContain('Phiên bản cũ.')
    expect(readFileSync(libraryFile(doc.name), 'utf8')).toContain('Phiên bản cũ.')
    clock.t += 1000
    const undone = await s.restoreBackup(doc.id, restored.undoId, restored.report)
    expect(JSON.stringify(undone.report)).toContain('Đang soạn, chưa lưu.')
    expect(readFileSync(libraryFile(doc.name), 'utf8')).toContain('Đang soạn, chưa lưu.')
  })

  it('refuses a backup of another document and a malformed id', async () => {
    const s = service({ backupIntervalMs: 0 })
    const a = await newDoc(s)
    const b = await newDoc(s)
    await s.save(a.id, { report: a.report })
    const [ofA] = await s.history(a.id)
    await expect(s.restoreBackup(b.id, ofA?.id ?? '', b.report)).rejects.toMatchObject({ code: 'notFound' })
    await expect(s.restoreBackup(a.id, '../../../etc/passwd', a.report)).rejects.toMatchObject({ code: 'notFound' })
    await expect(s.openBackupCopy(`${'a'.repeat(32)}/../../x.baocao`)).rejects.toMatchObject({ code: 'notFound' })
  })

  it('keeps the last 20 saves and one a day for 30 days', () => {
    const now = new Date('2025-12-31T10:00:00')
    const minutes = Array.from({ length: 25 }, (_, i) => new Date(now.getTime() - i * 60_000))
    expect([...backupsToKeep(minutes, now)].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i))

    // Three backups a day for 40 days, newest first.
    const days = Array.from({ length: 120 }, (_, i) => new Date(now.getTime() - Math.floor(i / 3) * 86_400_000 - (i % 3) * 3_600_000))
    const kept = backupsToKeep(days, now)
    const dailyBeyondLast20 = [...kept].filter((i) => i >= 20)
    // Days 7…29 keep their newest backup (index 3·day); nothing older than 30 days survives.
    expect(dailyBeyondLast20).toEqual(Array.from({ length: 23 }, (_, k) => 3 * (k + 7)))
    expect(kept.size).toBe(43)
  })

  it('prunes backup files by that policy', async () => {
    const store = new BackupStore(join(dir, 'data', 'backups'), () => new Date(clock.t), { keepLast: 3, keepDays: 0 })
    const path = libraryFile('a.baocao')
    for (let i = 0; i < 6; i++) {
      clock.t += 1000
      await store.add(path, `phiên bản ${i}`, 'save')
    }
    const left = await store.list(path)
    expect(left).toHaveLength(3)
    expect(await Promise.all(left.map(async (b) => (await store.read(b.id)).text))).toEqual(['phiên bản 5', 'phiên bản 4', 'phiên bản 3'])
  })
})

describe('the same file opened twice', () => {
  it('opens the second copy read-only with a clear reason, and never saves from it', async () => {
    const first = service()
    const doc = await newDoc(first)
    const second = otherInstance(true)
    const copy = await second.openByName(doc.name)
    expect(copy.readOnly).toBe(true)
    expect(copy.readOnlyReason).toBe('locked')
    expect(tCore('documents.lockedReadOnly', { name: copy.name })).toContain('đang được mở ở cửa sổ hoặc chương trình khác')
    const before = readFileSync(libraryFile(doc.name), 'utf8')
    await expect(second.save(copy.id, { report: withText(copy.report, 'Ghi đè?') })).rejects.toMatchObject({ code: 'readOnly' })
    expect(readFileSync(libraryFile(doc.name), 'utf8')).toBe(before)
    await first.close(doc.id)
    const again = await second.openByName(doc.name)
    expect(again.readOnly).toBeUndefined()
  })

  it('treats a second tab of the same host like a second window', async () => {
    const s = service()
    const doc = await newDoc(s)
    expect((await s.openByName(doc.name)).readOnly).toBe(true)
    await s.close(doc.id)
    expect((await s.openByName(doc.name)).readOnly).toBeUndefined()
  })

  it('lets another tab take over from a tab idle for 10 minutes (one that crashed), which then may no longer write', async () => {
    const s = service()
    const doc = await newDoc(s)
    clock.t += 9 * 60_000
    expect((await s.openByName(doc.name)).readOnly).toBe(true)
    await s.save(doc.id, { report: withText(doc.report, 'Vẫn đang dùng.') })
    clock.t += 10 * 60_000
    const fresh = await s.openByName(doc.name)
    expect(fresh.readOnly).toBeUndefined()
    await expect(s.save(doc.id, { report: withText(doc.report, 'Tab cũ.') })).rejects.toMatchObject({ code: 'readOnly' })
    await s.save(fresh.id, { report: withText(fresh.report, 'Tab mới.') })
    expect(readFileSync(libraryFile(doc.name), 'utf8')).toContain('Tab mới.')
  })

  it('takes over the lock of a process that died', async () => {
    const first = service()
    const doc = await newDoc(first)
    const lockDir = join(dir, 'data', 'locks')
    const [lockName] = readdirSync(lockDir)
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' })
    const deadPid = Number(dead.stdout)
    expect(deadPid).toBeGreaterThan(0)
    writeFileSync(join(lockDir, lockName ?? ''), JSON.stringify({ pid: deadPid, session: 'gone', handle: 'gone', at: '' }))
    // Real process check: the pid no longer runs.
    const next = service()
    expect((await next.openByName(doc.name)).readOnly).toBeUndefined()
    writeFileSync(join(lockDir, lockName ?? ''), '{"pid": 12')
    const afterDamage = service()
    await next.closeAll()
    expect((await afterDamage.openByName(doc.name)).readOnly).toBeUndefined()
  })

  it('refuses to rename or delete a file open elsewhere', async () => {
    const first = service()
    const doc = await newDoc(first)
    const other = otherInstance(true)
    await expect(other.rename(doc.name, 'Tên mới')).rejects.toMatchObject({ code: 'locked' })
    await expect(other.delete(doc.name)).rejects.toMatchObject({ code: 'locked' })
    expect(existsSync(libraryFile(doc.name))).toBe(true)
  })
})

describe('a file changed on disk by someone else', () => {
  it('refuses to overwrite it; "reload theirs" keeps mine in the history; "keep mine" saves a copy', async () => {
    const s = service()
    const doc = await newDoc(s)
    const path = libraryFile(doc.name)
    const theirs = withText(doc.report, 'Bản của người khác.')
    writeFileSync(path, JSON.stringify({ ...theirs, savedAt: '2025-12-10T04:00:00.000Z' }, null, 2))
    const mine = withText(doc.report, 'Bản của tôi.')
    const error = await s.save(doc.id, { report: mine }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DomainError)
    expect((error as DomainError).code).toBe('changedOnDisk')
    expect((error as DomainError).message).toContain('vừa bị thay đổi ở nơi khác')
    expect(readFileSync(path, 'utf8')).toContain('Bản của người khác.')

    const copy = await s.saveAs(doc.id, mine, { newName: 'Báo cáo (bản của tôi)' })
    expect(copy.name).toBe('Báo cáo (bản của tôi).baocao')
    expect(readFileSync(libraryFile(copy.name), 'utf8')).toContain('Bản của tôi.')
    expect(readFileSync(path, 'utf8')).toContain('Bản của người khác.')
    // The handle follows the copy; the other file is free again.
    await s.save(doc.id, { report: withText(doc.report, 'Tiếp tục trên bản sao.') })
    expect(readFileSync(libraryFile(copy.name), 'utf8')).toContain('Tiếp tục trên bản sao.')

    const other = await s.openByName(doc.name)
    writeFileSync(path, readFileSync(path, 'utf8').replace('Bản của người khác.', 'Lại sửa.'))
    await expect(s.save(other.id, { report: mine })).rejects.toMatchObject({ code: 'changedOnDisk' })
    const reloaded = await s.reload(other.id, mine)
    expect(JSON.stringify(reloaded.report)).toContain('Lại sửa.')
    const [kept] = await s.history(other.id)
    expect(kept?.reason).toBe('conflict')
    await s.save(other.id, { report: reloaded.report })
  })

  it('runs the operations on one handle in order: a save sent during a Save As lands in the copy', async () => {
    const s = service()
    const doc = await newDoc(s)
    const before = readFileSync(libraryFile(doc.name), 'utf8')
    const copying = s.saveAs(doc.id, withText(doc.report, 'Bản sao.'), { newName: 'Bản sao' })
    const saving = s.save(doc.id, { report: withText(doc.report, 'Sửa tiếp trên bản sao.') })
    await Promise.all([copying, saving])
    expect(readFileSync(libraryFile('Bản sao.baocao'), 'utf8')).toContain('Sửa tiếp trên bản sao.')
    expect(readFileSync(libraryFile(doc.name), 'utf8')).toBe(before)
  })

  it('saves normally when the file was only touched or was deleted', async () => {
    const s = service()
    const doc = await newDoc(s)
    const path = libraryFile(doc.name)
    utimesSync(path, new Date(), new Date(Date.now() + 5000))
    await s.save(doc.id, { report: withText(doc.report, 'Sau khi chạm.') })
    rmSync(path)
    await s.save(doc.id, { report: withText(doc.report, 'Ghi lại.') })
    expect(readFileSync(path, 'utf8')).toContain('Ghi lại.')
  })
})

describe('damaged and oversized files', () => {
  it('offers the newest valid backup of a damaged file and opens it as a copy, leaving the file untouched', async () => {
    const s = service({ backupIntervalMs: 0 })
    const doc = await newDoc(s)
    await s.save(doc.id, { report: withText(doc.report, 'Nội dung tốt.') })
    clock.t += 1000
    await s.save(doc.id, { report: withText(doc.report, 'Nội dung tốt hơn.') })
    await s.close(doc.id)
    const path = libraryFile(doc.name)
    const damaged = readFileSync(path, 'utf8').slice(0, 500)
    writeFileSync(path, damaged)
    const error = await s.openByName(doc.name).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'notJson', backup: { id: expect.any(String), savedAt: new Date(START).toISOString() } })
    expect((error as DomainError).message).toMatch(/^Tệp không đọc được/)
    const copy = await s.openBackupCopy((error as DomainError).backup?.id ?? '')
    expect(copy.name).toBe('Báo cáo tổng kết năm 2025 (khôi phục).baocao')
    expect(JSON.stringify(copy.report)).toContain('Nội dung tốt.')
    expect(readFileSync(path, 'utf8')).toBe(damaged)
  })

  it('refuses a file larger than any report without reading it', async () => {
    const s = service()
    mkdirSync(join(dir, 'library'), { recursive: true })
    const path = libraryFile('khong-lo.baocao')
    writeFileSync(path, '')
    truncateSync(path, 60 * 1024 * 1024)
    const started = Date.now()
    const error = await s.openByName('khong-lo.baocao').catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'tooLarge' })
    expect((error as DomainError).message).toContain('quá lớn (60 MB, tối đa 50 MB)')
    expect(Date.now() - started).toBeLessThan(1000)
  })

  it('turns a structure nested too deeply into a clear error, not a crash', async () => {
    const s = service()
    mkdirSync(join(dir, 'library'), { recursive: true })
    const deep = `{"format":"soan-bao-cao","schemaVersion":2,"x":${'['.repeat(200_000)}${']'.repeat(200_000)}}`
    writeFileSync(libraryFile('sau.baocao'), deep)
    const error = await s.openByName('sau.baocao').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DomainError)
    expect(['tooDeep', 'invalid', 'notJson']).toContain((error as DomainError).code)
  })
})

describe('disk full, no permission, a busy file, a vanished folder', () => {
  it('keeps the previous file and the journal on a full disk, and saves on retry once space is back', async () => {
    const s = service()
    const doc = await newDoc(s)
    const path = libraryFile(doc.name)
    const before = readFileSync(path, 'utf8')
    const text = withText(doc.report, 'Không được mất chữ nào.')
    await s.journal(doc.id, { report: text })
    faults.list = [{ match: /library[\\/].*\.baocao$/, code: 'ENOSPC', times: 1 }]
    const error = await s.save(doc.id, { report: text }).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'diskFull' })
    expect((error as DomainError).message).toContain('ổ đĩa đã đầy')
    expect(readFileSync(path, 'utf8')).toBe(before)
    expect(readdirSync(join(dir, 'data', 'recovery'))).toHaveLength(1)
    await s.save(doc.id, { report: text })
    expect(readFileSync(path, 'utf8')).toContain('Không được mất chữ nào.')
    expect(readdirSync(join(dir, 'data', 'recovery'))).toEqual([])
  })

  it('names the folder that cannot be written to', async () => {
    const s = service()
    const doc = await newDoc(s)
    faults.list = [{ match: /library[\\/].*\.baocao$/, code: 'EACCES', times: 1 }]
    const error = await s.save(doc.id, { report: doc.report }).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'noPermission' })
    expect((error as DomainError).message).toContain(`Không có quyền ghi vào thư mục “${join(dir, 'library')}”`)
    await s.save(doc.id, { report: doc.report })
  })

  it('retries a file held busy by another program (Windows EBUSY/EPERM) and then succeeds', async () => {
    const s = service()
    const doc = await newDoc(s)
    faults.list = [
      { match: /library[\\/].*\.baocao$/, code: 'EBUSY', times: 2 },
      { match: /library[\\/].*\.baocao$/, code: 'EPERM', times: 1 },
    ]
    await s.save(doc.id, { report: withText(doc.report, 'Sau ba lần thử.') })
    expect(faults.calls).toBe(3)
    expect(readFileSync(libraryFile(doc.name), 'utf8')).toContain('Sau ba lần thử.')
  })

  it('gives up on a file that stays busy, with the permission message', async () => {
    const s = service()
    const doc = await newDoc(s)
    faults.list = [{ match: /library[\\/].*\.baocao$/, code: 'EPERM', times: 100 }]
    await expect(s.save(doc.id, { report: doc.report })).rejects.toMatchObject({ code: 'noPermission' })
    expect(faults.calls).toBe(6)
  })

  it('reports a vanished folder and saves again once it is back', async () => {
    const s = service()
    const doc = await newDoc(s)
    renameSync(join(dir, 'library'), join(dir, 'usb-rut-ra'))
    const error = await s.save(doc.id, { report: withText(doc.report, 'Chờ ổ đĩa.') }).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'folderMissing' })
    expect((error as DomainError).message).toContain('Không tìm thấy thư mục')
    renameSync(join(dir, 'usb-rut-ra'), join(dir, 'library'))
    await s.save(doc.id, { report: withText(doc.report, 'Chờ ổ đĩa.') })
    expect(readFileSync(libraryFile(doc.name), 'utf8')).toContain('Chờ ổ đĩa.')
  })

  const isRoot = process.getuid?.() === 0
  if (isRoot)
    console.warn(
      'SKIPPED (reason): running as root, chmod cannot make a folder read-only; the same path is covered by the injected EACCES test above.',
    )
  it.skipIf(isRoot || process.platform === 'win32')(
    'refuses to save into a folder made read-only, then saves once it is writable',
    async () => {
      const s = service()
      const doc = await newDoc(s)
      const library = join(dir, 'library')
      chmodSync(library, 0o555)
      try {
        await expect(s.save(doc.id, { report: doc.report })).rejects.toMatchObject({ code: 'noPermission' })
      } finally {
        chmodSync(library, 0o755)
      }
      await s.save(doc.id, { report: doc.report })
    },
  )
})

describe('library names', () => {
  it('renames within the library only, with safe Windows names, and the history follows', async () => {
    const s = service({ backupIntervalMs: 0 })
    const doc = await newDoc(s)
    await s.save(doc.id, { report: doc.report })
    await s.close(doc.id)
    await expect(s.rename('../secret.baocao', 'x')).rejects.toMatchObject({ code: 'notFound' })
    // Separators in a new name are neutralised: the file stays in the library.
    const flattened = await s.rename(doc.name, '../../ngoai')
    expect(flattened.name).toBe('ngoai.baocao')
    expect(readdirSync(join(dir, 'library')).filter((n) => n.endsWith('.baocao'))).toEqual(['ngoai.baocao'])
    expect(existsSync(join(dir, 'ngoai.baocao'))).toBe(false)
    const renamed = await s.rename(flattened.name, 'CON')
    expect(renamed.name).toBe('_CON.baocao')
    const dotted = await s.rename(renamed.name, 'Báo cáo năm... ')
    expect(dotted.name).toBe('Báo cáo năm.baocao')
    const other = await newDoc(s)
    await s.close(other.id)
    await expect(s.rename(other.name, 'Báo cáo năm')).rejects.toMatchObject({ code: 'nameTaken' })
    const reopened = await s.openByName(dotted.name)
    expect((await s.history(reopened.id)).map((h) => h.reason)).toEqual(['save'])
  })

  it('cleans up temporary files left by a write that was killed, once they are old', async () => {
    const s = service()
    const doc = await newDoc(s)
    const stale = libraryFile(`${doc.name}.1234567`)
    const fresh = libraryFile(`${doc.name}.7654321`)
    writeFileSync(stale, '{"half":')
    writeFileSync(fresh, '{"half":')
    utimesSync(stale, new Date(START - 3_600_000), new Date(START - 3_600_000))
    utimesSync(fresh, new Date(START), new Date(START))
    expect((await s.list()).map((d) => d.name)).toEqual([doc.name])
    expect(existsSync(stale)).toBe(false)
    expect(existsSync(fresh)).toBe(true)
  })
})
