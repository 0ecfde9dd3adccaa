/**
 * The open documents: a session handle per opened report, so that no file path ever crosses from
 * the UI. A handle holds the file's lock (a file open elsewhere opens read-only, see locks.ts) and
 * the report as the page last sent it; it saves, journals, reloads and saves under another name,
 * one operation after the other. A file changed on disk by someone else is never overwritten
 * silently, a failed save leaves the previous file as it was (durable-write.ts), and the version
 * on disk becomes a backup at the first save of a session and then every few minutes.
 */
import { randomUUID } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import type { OpenDocument } from '../../../core/contract'
import { DomainError } from '../../../core/model/errors'
import { withoutReportExtension } from '../../../core/model/report-file'
import { applyPatch } from '../../../core/model/patch'
import { repairPatch, repairReport, type LoosePatch } from '../../../core/model/repair'
import { serializeReport } from '../../../core/model/migrate'
import type { Report } from '../../../core/model/schema'
import { safeFileName } from '../../../core/format'
import type { BackupStore } from '../backups'
import { saveError } from '../file-errors'
import { fileKey } from '../file-key'
import type { JournalStore } from '../journal'
import type { LockStore } from '../locks'
import type { Library } from './library'
import {
  exists,
  hashOf,
  isNodeError,
  readReportFile,
  sameContent,
  stampAfterWrite,
  stampOf,
  withExtension,
  writeText,
  type FileStamp,
} from './report-files'

/** A write of an open report as it comes from the UI: the whole report, or a patch of its parts, not yet checked. */
export type WriteBody = { report: unknown } | { patch: LoosePatch }

/** A backup is taken at the first save of a session and then at most this often. */
export const BACKUP_INTERVAL_MS = 5 * 60 * 1000

/**
 * A handle of this instance that has neither saved nor journaled for this long (a browser tab
 * that crashed without closing its document) no longer holds its lock: another tab may open the
 * file for writing, and the idle handle becomes read-only. Nothing is overwritten silently even
 * so: every save checks that the file is still what the handle last wrote.
 */
const IDLE_LOCK_MS = 10 * 60 * 1000

/** What the parts of the document service share: the app's version and clock, the data folder's stores. */
export interface DocumentStores {
  appVersion: string
  now: () => Date
  backups: BackupStore
  journals: JournalStore
  locks: LockStore
}

export interface OpenDocumentsOptions extends DocumentStores {
  library: Library
  /** Least time between two backups of a document while it is being saved. */
  backupIntervalMs: number
}

/** A patch with nothing in it: the page has sent everything already. */
function isEmptyPatch(write: WriteBody): boolean {
  if (!('patch' in write)) return false
  const { sections, meta, indicators, layout } = write.patch
  return Object.keys(sections).length === 0 && meta === undefined && indicators === undefined && layout === undefined
}

interface OpenHandle {
  path: string
  readOnly: boolean
  /** The file as this handle last read or wrote it; null when it did not exist. */
  stamp: FileStamp | null
  /** When this handle last took a backup; null before its first save. */
  lastBackupAt: number | null
  /** Bumped by every journal write: a save clears the journal only when none came in meanwhile. */
  journalSeq: number
  /** When the handle was last opened, saved or journaled. */
  lastSeen: number
  /** The report as the page last sent or received it: the base a patch applies to. */
  current: Report | null
}

export class OpenDocuments {
  private readonly handles = new Map<string, OpenHandle>()
  /** The full path of every document opened by this backend, by its key (see {@link reopen}). */
  private readonly knownPaths = new Map<string, string>()
  /** The operation last queued on each handle (see `exclusive`). */
  private readonly queues = new Map<string, Promise<void>>()
  private readonly library: Library
  private readonly appVersion: string
  private readonly now: () => Date
  private readonly backupIntervalMs: number
  private readonly backups: BackupStore
  private readonly journals: JournalStore
  private readonly locks: LockStore

  constructor(options: OpenDocumentsOptions) {
    this.library = options.library
    this.appVersion = options.appVersion
    this.now = options.now
    this.backupIntervalMs = options.backupIntervalMs
    this.backups = options.backups
    this.journals = options.journals
    this.locks = options.locks
  }

  /** Whether the handle `id` of this backend holds its document open for writing, and is not idle. */
  readonly isOpenHere = (id: string): boolean => {
    const handle = this.handles.get(id)
    return handle !== undefined && !handle.readOnly && this.now().getTime() - handle.lastSeen < IDLE_LOCK_MS
  }

  /**
   * Open a report by its name in the library. A damaged, foreign, too large or newer file is
   * refused untouched, with its newest valid backup attached to the error when there is one.
   */
  async openByName(name: string): Promise<OpenDocument> {
    const path = await this.library.pathOf(name)
    const { report, stamp } = await readReportFile(path, name, this.backups)
    return this.register(path, report, stamp)
  }

  /** Open a report anywhere on disk (Electron's open dialog, the CLI). */
  async openPath(path: string): Promise<OpenDocument> {
    const full = resolve(path)
    const { report, stamp } = await readReportFile(full, path, this.backups)
    return this.register(full, report, stamp)
  }

  /**
   * Open again the document with this key (see {@link OpenDocument.key}): after the page was
   * reloaded, or when this backend no longer holds the handle the page had. The key names one file
   * by its full path, never by a name looked up in the library: a report opened from another
   * folder is never confused with a file of the same name in the library. A key this backend has
   * not seen (it was restarted) is looked for among the library's files.
   */
  async reopen(key: string): Promise<OpenDocument> {
    const path = this.knownPaths.get(key) ?? (await this.library.findByKey(key))
    if (path === undefined) throw new DomainError('notFound', { name: '' })
    return this.openPath(path)
  }

  /** True when the document with this key is a file of the library (not one opened from another folder). */
  isInLibrary(key: string): boolean {
    const path = this.knownPaths.get(key)
    return path !== undefined && this.library.holds(path)
  }

  /**
   * Register a handle for a file just read or written; read-only when another window holds its
   * lock. `read` is the stamp of the bytes `report` was read from: a change on disk after that read
   * is then seen by the next save. Without it (a file just written) the file is stamped now.
   */
  async register(path: string, report: Report, read?: FileStamp): Promise<OpenDocument> {
    const id = randomUUID()
    const lock = await this.locks.acquire(path, id, this.isOpenHere)
    // An idle handle of this instance whose lock was taken over may no longer write.
    const idle = lock.ok && lock.tookOver?.session === this.locks.session ? this.handles.get(lock.tookOver.handle) : undefined
    if (idle) idle.readOnly = true
    const stamp = read ?? (await this.stampNow(path))
    const handle: OpenHandle = {
      path,
      readOnly: !lock.ok,
      stamp,
      lastBackupAt: null,
      journalSeq: 0,
      lastSeen: this.now().getTime(),
      current: report,
    }
    this.handles.set(id, handle)
    if (lock.ok) await this.setAsideOrphanJournal(path, report)
    return this.describeHandle(id, handle, report)
  }

  /**
   * A journal found when a document is opened with its lock free was left by a session that
   * ended without saving. It moves to the document's history, so that new typing cannot
   * overwrite it.
   */
  private async setAsideOrphanJournal(path: string, report: Report): Promise<void> {
    const orphan = await this.journals.readFor(path)
    if (!orphan) return
    if (!sameContent(orphan.report, report)) await this.backups.add(path, serializeReport(orphan.report), 'journal').catch(() => undefined)
    await this.journals.removeFor(path)
  }

  private describeHandle(id: string, handle: OpenHandle, report: Report): OpenDocument {
    const name = basename(handle.path).normalize('NFC')
    const key = fileKey(handle.path)
    this.knownPaths.set(key, handle.path)
    if (!handle.readOnly) return { id, key, name, report }
    return { id, key, name, report, readOnly: true, readOnlyReason: 'locked' }
  }

  /**
   * Save an open report atomically; returns the time written into the file. Refused when the
   * handle is read-only or the file was changed on disk by someone else since this handle read
   * or wrote it. The version on disk becomes a backup at the first save of a session and then
   * every few minutes; a successful save clears the document's recovery journal.
   */
  save(id: string, write: WriteBody): Promise<{ savedAt: string; replaced: string[] }> {
    return this.exclusive(id, async () => {
      const { report, replaced } = this.resolveWrite(this.handleFor(id), write)
      return { ...(await this.saveHandle(id, report)), replaced }
    })
  }

  /**
   * The whole report a write stands for: the report itself, or the handle's report patched. A
   * part that does not pass the schema takes its last good value (see core/model/repair.ts):
   * the rest is saved all the same, and the places replaced are returned.
   */
  private resolveWrite(handle: OpenHandle, write: WriteBody): { report: Report; replaced: string[] } {
    if ('report' in write) {
      const repaired = repairReport(write.report, handle.current)
      return { report: repaired.value, replaced: repaired.replaced }
    }
    if (!handle.current) throw new DomainError('needFull')
    const repaired = repairPatch(write.patch, handle.current)
    return { report: applyPatch(handle.current, repaired.value), replaced: repaired.replaced }
  }

  /** Write `report` into the writable handle's file (see {@link save}); inside {@link exclusive}. */
  async saveHandle(id: string, report: Report): Promise<{ savedAt: string }> {
    const handle = this.writableHandle(id)
    handle.lastSeen = this.now().getTime()
    const journalSeq = handle.journalSeq
    const savedAt = this.now().toISOString()
    const text = serializeReport({ ...report, appVersion: this.appVersion, savedAt })
    const onDisk = await this.checkUnchanged(handle)
    if (onDisk.exists && this.backupDue(handle)) {
      const previous = await readFile(handle.path, 'utf8').catch(() => null)
      // A backup is a safety net for the save, never a reason for the save to fail.
      if (previous !== null) await this.backups.add(handle.path, previous, 'save').catch(() => undefined)
      handle.lastBackupAt = this.now().getTime()
    }
    await writeText(handle.path, text)
    handle.stamp = await stampAfterWrite(handle.path, text)
    handle.current = report
    if (handle.journalSeq === journalSeq) await this.journals.removeFor(handle.path)
    return { savedAt }
  }

  /**
   * Write the recovery journal of an open document: what the editor holds now, not yet saved.
   * Nothing is written for a read-only handle.
   */
  journal(id: string, write: WriteBody): Promise<{ replaced: string[] }> {
    return this.exclusive(id, async () => {
      const handle = this.handleFor(id)
      if (handle.readOnly) return { replaced: [] }
      const { report, replaced } = this.resolveWrite(handle, write)
      handle.current = report
      handle.lastSeen = this.now().getTime()
      handle.journalSeq++
      try {
        await this.journals.write(handle.path, basename(handle.path), report, this.now().toISOString())
      } catch (error) {
        throw saveError(error, handle.path)
      }
      return { replaced }
    })
  }

  /**
   * The open report with the page's changes not yet sent, for its checks or an export: they become
   * the handle's current report, as with a journal write, and the next save writes them. A write
   * that changes nothing leaves the current report as it is (the same object, so that the checks
   * run on it are known to be for it).
   */
  reportWith(id: string, write: WriteBody): Promise<Report> {
    return this.exclusive(id, async () => {
      const handle = this.handleFor(id)
      if (handle.current && isEmptyPatch(write)) return handle.current
      const { report } = this.resolveWrite(handle, write)
      handle.current = report
      handle.lastSeen = this.now().getTime()
      return report
    })
  }

  /**
   * Save an open report under another name: in the library (`newName`) or at a path the clerk
   * chose. The handle moves to the new file (and is writable there, even if the old one was
   * read-only), the old file stays as it was.
   */
  saveAs(
    id: string,
    report: Report,
    target: { newName: string } | { path: string },
  ): Promise<{ name: string; key: string; savedAt: string }> {
    return this.exclusive(id, async () => {
      const handle = this.handleFor(id)
      const path =
        'newName' in target
          ? await this.library.pathOf(withExtension(safeFileName(withoutReportExtension(target.newName))))
          : resolve(target.path)
      const name = basename(path).normalize('NFC')
      if (path !== handle.path && (await exists(path)) && 'newName' in target) throw new DomainError('nameTaken', { name })
      if (path !== handle.path) {
        const lock = await this.locks.acquire(path, id, this.isOpenHere)
        if (!lock.ok) throw new DomainError('locked', { name })
      }
      const savedAt = this.now().toISOString()
      const text = serializeReport({ ...report, appVersion: this.appVersion, savedAt })
      try {
        await writeText(path, text)
      } catch (error) {
        if (path !== handle.path) await this.locks.release(path, id)
        throw error
      }
      if (path !== handle.path) {
        if (!handle.readOnly) {
          await this.locks.release(handle.path, id)
          await this.journals.removeFor(handle.path)
        }
        handle.path = path
        handle.lastBackupAt = null
      }
      handle.readOnly = false
      handle.stamp = await stampAfterWrite(path, text)
      handle.current = report
      await this.journals.removeFor(path)
      const key = fileKey(path)
      this.knownPaths.set(key, path)
      return { name, key, savedAt }
    })
  }

  /**
   * "Tải bản trên đĩa" after a conflict: the clerk's version goes to the backups, then the file
   * is read again and becomes what this handle compares against.
   */
  reload(id: string, mine: Report): Promise<OpenDocument> {
    return this.exclusive(id, async () => {
      const handle = this.handleFor(id)
      await this.backups.add(handle.path, serializeReport({ ...mine, savedAt: this.now().toISOString() }), 'conflict')
      const { report, stamp } = await readReportFile(handle.path, basename(handle.path), this.backups)
      handle.stamp = stamp
      handle.current = report
      if (!handle.readOnly) await this.journals.removeFor(handle.path)
      return this.describeHandle(id, handle, report)
    })
  }

  /** Release a document's session handle and its lock. Its journal stays until a save clears it. */
  async close(id: string): Promise<void> {
    const handle = this.handles.get(id)
    if (!handle) return
    this.handles.delete(id)
    if (!handle.readOnly) await this.locks.release(handle.path, id)
  }

  /** Release every handle (the window's page crashed or reloaded, the app quits). */
  async closeAll(): Promise<void> {
    await Promise.all([...this.handles.keys()].map((id) => this.close(id)))
  }

  /** The file behind an open handle. */
  pathOf(id: string): string {
    return this.handleFor(id).path
  }

  /** The file behind an open handle that may write; refused for a read-only one. */
  writablePathOf(id: string): string {
    return this.writableHandle(id).path
  }

  /** True when a window or process has the document at `path` open. */
  async isLive(path: string): Promise<boolean> {
    for (const handle of this.handles.values()) if (handle.path === path && !handle.readOnly) return true
    return (await this.locks.holder(path, this.isOpenHere)) !== null
  }

  /**
   * Run the operations on one handle one after the other, in the order they came in: a save
   * never checks the file while a Save As or a restore is halfway through changing it.
   */
  exclusive<T>(id: string, task: () => Promise<T>): Promise<T> {
    const next = (this.queues.get(id) ?? Promise.resolve()).then(task, task)
    const settled = next.then(
      () => undefined,
      () => undefined,
    )
    this.queues.set(id, settled)
    void settled.then(() => {
      if (this.queues.get(id) === settled) this.queues.delete(id)
    })
    return next
  }

  private handleFor(id: string): OpenHandle {
    const handle = this.handles.get(id)
    if (!handle) throw new DomainError('notOpen')
    return handle
  }

  private writableHandle(id: string): OpenHandle {
    const handle = this.handleFor(id)
    if (handle.readOnly) throw new DomainError('readOnly')
    return handle
  }

  /** Throws changedOnDisk when the file is not what this handle last read or wrote. */
  private async checkUnchanged(handle: OpenHandle): Promise<{ exists: boolean }> {
    const info = await stat(handle.path).catch((error: unknown) => {
      if (isNodeError(error) && error.code === 'ENOENT') return null
      throw saveError(error, handle.path)
    })
    // A file deleted behind our back is simply written again: the clerk's text is the truth.
    if (!info) return { exists: false }
    const stamp = handle.stamp
    if (stamp && info.size === stamp.size && info.mtimeMs === stamp.mtimeMs) return { exists: true }
    const bytes = await readFile(handle.path).catch((error: unknown) => {
      throw saveError(error, handle.path)
    })
    if (stamp && hashOf(bytes) === stamp.hash) {
      handle.stamp = stampOf(info, bytes)
      return { exists: true }
    }
    throw new DomainError('changedOnDisk', { name: basename(handle.path) })
  }

  /** The stamp of the file as it is on disk now; null when it cannot be read. */
  private async stampNow(path: string): Promise<FileStamp | null> {
    const bytes = await readFile(path).catch(() => null)
    const info = await stat(path).catch(() => null)
    return bytes !== null && info ? stampOf(info, bytes) : null
  }

  private backupDue(handle: OpenHandle): boolean {
    return handle.lastBackupAt === null || this.now().getTime() - handle.lastBackupAt >= this.backupIntervalMs
  }
}
