/**
 * The report library: `.baocao` files in one folder (or anywhere the clerk chose), opened through
 * session handles so that no file path ever crosses from the UI.
 *
 * Nothing typed is lost: every write is atomic (temp file, fsync, rename), so a failed save leaves
 * the previous file as it was; the UI journals unsaved text before saving (see journal.ts), and
 * a journal left by a crash is offered at the next start; each document keeps rolling backups
 * (backups.ts); a file open elsewhere opens read-only (locks.ts); a file changed on disk by
 * someone else is never overwritten silently.
 */
import { createHash, randomUUID } from 'node:crypto'
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises'
import type { Stats } from 'node:fs'
import { basename, dirname, extname, join, resolve, sep } from 'node:path'
import type { BackupEntry, DocumentSummary, OpenDocument, RecoveryEntry, TrashEntry } from '../../core/contract'
import { tCore } from '../../core/i18n'
import { DomainError, errorMessageOf, type BackupRef } from '../../core/model/errors'
import { REPORT_EXTENSION, withoutReportExtension } from '../../core/model/report-file'
import { applyPatch } from '../../core/model/patch'
import { repairPatch, repairReport, type LoosePatch } from '../../core/model/repair'
import { parseReport, serializeReport } from '../../core/model/migrate'
import type { LayoutChoices, Report } from '../../core/model/schema'
import { instantiate, type Template } from '../../core/templates'
import type { OfficeProfile } from '../../core/model/office'
import type { IssuerKind } from '../../core/model/schema'
import { reportName, safeFileName } from '../../core/format'
import { BackupStore, type RetentionPolicy } from './backups'
import { writeDurable } from './durable-write'
import { describeError, fileError, saveError } from './file-errors'
import { entryNameIn, entryPathIn } from './library-names'
import { moveFile } from './move-file'
import { fileKey } from './file-key'
import { JournalStore } from './journal'
import { LockStore } from './locks'
import { MAX_REPORT_CHARS } from '../../core/limits'
import { LibraryIndex, type ListedFile } from './library-index'

/** A write of an open report as it comes from the UI: the whole report, or a patch of its parts, not yet checked. */
export type WriteBody = { report: unknown } | { patch: LoosePatch }

/** The largest file opened as a report: what the app accepts as a report, and no more. */
export const MAX_FILE_BYTES = MAX_REPORT_CHARS

/** A backup is taken at the first save of a session and then at most this often. */
export const BACKUP_INTERVAL_MS = 5 * 60 * 1000

/**
 * A handle of this instance that has neither saved nor journaled for this long (a browser tab
 * that crashed without closing its document) no longer holds its lock: another tab may open the
 * file for writing, and the idle handle becomes read-only. Nothing is overwritten silently even
 * so: every save checks that the file is still what the handle last wrote.
 */
export const IDLE_LOCK_MS = 10 * 60 * 1000

export interface DocumentServiceOptions {
  libraryDir: string
  /** Where deleted reports go, recoverable (normally `<dataDir>/trash`). */
  trashDir?: string
  /** The app data folder: backups, recovery journals and locks live there. */
  dataDir: string
  appVersion: string
  now?: () => Date
  /** Least time between two backups of a document while it is being saved. */
  backupIntervalMs?: number
  retention?: RetentionPolicy
  /** Whether a process id is alive (for stale locks); tests replace it. */
  isProcessAlive?: (pid: number) => boolean
}

/** What the service remembers about the file behind a handle, to notice changes by someone else. */
interface FileStamp {
  mtimeMs: number
  size: number
  hash: string
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

export class DocumentService {
  private readonly handles = new Map<string, OpenHandle>()
  /** The full path of every document opened by this backend, by its key (see {@link reopen}). */
  private readonly knownPaths = new Map<string, string>()
  /** The operation last queued on each handle (see `exclusive`). */
  private readonly queues = new Map<string, Promise<void>>()
  private libraryDir: string
  private readonly appVersion: string
  private readonly now: () => Date
  private readonly trashDir: string
  private readonly backupIntervalMs: number
  private readonly backups: BackupStore
  private readonly journals: JournalStore
  private readonly locks: LockStore
  private readonly index: LibraryIndex
  private readonly isOpenHere = (id: string): boolean => {
    const handle = this.handles.get(id)
    return handle !== undefined && !handle.readOnly && this.now().getTime() - handle.lastSeen < IDLE_LOCK_MS
  }

  constructor(options: DocumentServiceOptions) {
    this.libraryDir = resolve(options.libraryDir)
    this.trashDir = resolve(options.trashDir ?? join(this.libraryDir, '.trash'))
    this.appVersion = options.appVersion
    this.now = options.now ?? (() => new Date())
    this.backupIntervalMs = options.backupIntervalMs ?? BACKUP_INTERVAL_MS
    const dataDir = resolve(options.dataDir)
    this.backups = new BackupStore(join(dataDir, 'backups'), this.now, options.retention)
    this.journals = new JournalStore(join(dataDir, 'recovery'))
    this.locks = new LockStore(join(dataDir, 'locks'), options.isProcessAlive ? { isAlive: options.isProcessAlive } : {})
    this.index = new LibraryIndex(join(dataDir, 'library-index.json'), options.appVersion)
  }

  get library(): string {
    return this.libraryDir
  }

  /** Use another library folder (the clerk chose one in the settings). Open documents stay open. */
  setLibrary(dir: string): void {
    this.libraryDir = resolve(dir)
  }

  /** Reports in the library, newest first. Unreadable files are listed by name so none is hidden. */
  async list(): Promise<DocumentSummary[]> {
    await mkdir(this.libraryDir, { recursive: true })
    const all = await readdir(this.libraryDir)
    await removeStaleTempFiles(this.libraryDir, all, this.now())
    const names = all.filter((n) => extname(n) === REPORT_EXTENSION)
    const files = await Promise.all(
      names.map(async (name): Promise<ListedFile> => {
        const info = await stat(join(this.libraryDir, name))
        return { name, size: info.size, mtimeMs: Math.trunc(info.mtimeMs) }
      }),
    )
    const rows = await this.index.summaries(this.libraryDir, files, (file) => this.summarize(file))
    return rows.sort((a, b) => b.savedAt.localeCompare(a.savedAt))
  }

  /** What the library list shows about one file, read whole; a file that cannot be opened says why. */
  private async summarize(file: ListedFile): Promise<DocumentSummary> {
    const name = file.name.normalize('NFC')
    try {
      const report = parseReport(await readFile(join(this.libraryDir, file.name), 'utf8'))
      return {
        name,
        title: report.meta.title,
        reportKind: report.meta.reportKind,
        period: report.meta.period,
        issuer: report.meta.issuer.replace(/\s*\n\s*/gu, ' ').trim(),
        profile: report.profile,
        savedAt: report.savedAt,
        size: file.size,
        error: null,
      }
    } catch (error) {
      const unreadable = { title: '', reportKind: null, period: null, issuer: '', profile: null }
      return { name, ...unreadable, savedAt: new Date(file.mtimeMs).toISOString(), size: file.size, error: errorMessageOf(error) }
    }
  }

  /** Create a report from a template and save it under a fresh, human-readable name. */
  async create(
    template: Template,
    request: { year: number; half?: 1 | 2 | undefined; issuerKind?: IssuerKind | undefined },
    office?: OfficeProfile,
    layout: LayoutChoices = {},
  ): Promise<OpenDocument> {
    const created = instantiate(template, {
      year: request.year,
      half: request.half,
      issuerKind: request.issuerKind,
      office,
      appVersion: this.appVersion,
      newId: () => randomUUID(),
      now: this.now(),
    })
    const report: Report = { ...created, layout: { ...created.layout, ...layout } }
    await mkdir(this.libraryDir, { recursive: true })
    const name = await this.freeName(reportName(template.reportKind, report.meta.period))
    const path = join(this.libraryDir, name)
    await writeReport(path, report)
    return this.register(path, report)
  }

  /**
   * Open a report by its name in the library. A damaged, foreign, too large or newer file is
   * refused untouched, with its newest valid backup attached to the error when there is one.
   */
  async openByName(name: string): Promise<OpenDocument> {
    const path = await this.findInLibrary(name)
    const { report } = await this.readReportFile(path, name)
    return this.register(path, report)
  }

  /** Open a report anywhere on disk (Electron's open dialog, the CLI). */
  async openPath(path: string): Promise<OpenDocument> {
    const full = resolve(path)
    const { report } = await this.readReportFile(full, path)
    return this.register(full, report)
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

  private async saveHandle(id: string, report: Report): Promise<{ savedAt: string }> {
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
    await this.writeText(handle.path, text)
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
          ? await this.findInLibrary(withExtension(safeFileName(withoutReportExtension(target.newName))))
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
        await this.writeText(path, text)
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
   * Rename a report in the library. Its backups and any recovery journal follow it; refused when
   * the new name is taken or the file is open in another window or program.
   */
  async rename(name: string, newName: string): Promise<DocumentSummary> {
    const from = await this.findInLibrary(name)
    const to = this.resolveInLibrary(withExtension(safeFileName(withoutReportExtension(newName))))
    const toName = basename(to).normalize('NFC')
    if (!(await exists(from))) throw new DomainError('notFound', { name })
    if (from !== to) {
      // A change of case only is the same file on Windows and macOS.
      if (fileKey(from) !== fileKey(to) && (await exists(await this.findInLibrary(toName))))
        throw new DomainError('nameTaken', { name: toName })
      const holder = await this.locks.holder(from, this.isOpenHere)
      if (holder) throw new DomainError('locked', { name })
      await rename(from, to).catch((error: unknown) => {
        throw fileError(error, from, 'renameFailed', name)
      })
      await this.backups.move(from, to)
      await this.journals.move(from, to)
    }
    const summary = (await this.list()).find((d) => d.name === toName)
    if (!summary) throw new DomainError('notFound', { name: toName })
    return summary
  }

  /**
   * "Tải bản trên đĩa" after a conflict: the clerk's version goes to the backups, then the file
   * is read again and becomes what this handle compares against.
   */
  reload(id: string, mine: Report): Promise<OpenDocument> {
    return this.exclusive(id, async () => {
      const handle = this.handleFor(id)
      await this.backups.add(handle.path, serializeReport({ ...mine, savedAt: this.now().toISOString() }), 'conflict')
      const { report, stamp } = await this.readReportFile(handle.path, basename(handle.path))
      handle.stamp = stamp
      handle.current = report
      if (!handle.readOnly) await this.journals.removeFor(handle.path)
      return this.describeHandle(id, handle, report)
    })
  }

  /** "Lịch sử phiên bản" of an open document, newest first. */
  async history(id: string): Promise<BackupEntry[]> {
    const handle = this.handleFor(id)
    const files = await this.backups.list(handle.path)
    return Promise.all(
      files.map(async (file) => ({
        id: file.id,
        createdAt: file.createdAt.toISOString(),
        savedAt: await this.backups.read(file.id).then(
          ({ text }) => savedAtOf(text),
          () => '',
        ),
        reason: file.reason,
        size: file.size,
      })),
    )
  }

  /**
   * Put a backup of an open document back. `current` (what the clerk has now) becomes a backup
   * first, so the restore can be undone by restoring that one (its id is returned).
   */
  restoreBackup(id: string, backupId: string, current: Report): Promise<{ report: Report; undoId: string; savedAt: string }> {
    return this.exclusive(id, async () => {
      const handle = this.writableHandle(id)
      if (!backupId.startsWith(`${fileKey(handle.path)}/`)) throw new DomainError('notFound', { name: backupId })
      const { text } = await this.backups.read(backupId)
      const report = parseText(text)
      const undoId = await this.backups.add(handle.path, serializeReport({ ...current, savedAt: this.now().toISOString() }), 'restore')
      const { savedAt } = await this.saveHandle(id, report)
      return { report: { ...report, appVersion: this.appVersion, savedAt }, undoId, savedAt }
    })
  }

  /**
   * "Mở bản sao lưu gần nhất" for a file that cannot be opened: the backup is written to a new
   * file in the library ("… (khôi phục)") and opened; the damaged file stays untouched.
   */
  async openBackupCopy(backupId: string): Promise<OpenDocument> {
    const { text, source } = await this.backups.read(backupId)
    const report = parseText(text)
    await mkdir(this.libraryDir, { recursive: true })
    const original = source ? withoutReportExtension(source.name) : tCore('documents.untitled')
    const name = await this.freeName(safeFileName(tCore('documents.recoveredName', { name: original })))
    const path = join(this.libraryDir, name)
    await writeReport(path, report)
    return this.register(path, report)
  }

  /**
   * Unsaved text left by a crash: journals whose document is not open anywhere, and which hold
   * something other than the file. Journals equal to their file are removed on the way.
   */
  async listRecoverable(): Promise<RecoveryEntry[]> {
    const entries: RecoveryEntry[] = []
    for (const key of await this.journals.keys()) {
      const entry = await this.journals.read(key)
      if (!entry || (await this.isLive(entry.path))) continue
      if (await this.matchesFile(entry.path, entry.report)) {
        await this.journals.remove(key)
        continue
      }
      entries.push({ id: key, name: entry.name.normalize('NFC'), title: entry.report.meta.title, journaledAt: entry.journaledAt })
    }
    return entries.sort((a, b) => b.journaledAt.localeCompare(a.journaledAt))
  }

  /**
   * "Khôi phục": write the recovered text into its document (the version on disk becomes a
   * backup first) and open it. When the document's folder is gone, the text goes to a new file
   * in the library instead.
   */
  async restoreRecovery(key: string): Promise<OpenDocument> {
    const entry = await this.journals.read(key)
    if (!entry) throw new DomainError('notFound', { name: key })
    if (await this.isLive(entry.path)) throw new DomainError('locked', { name: entry.name })
    let path = entry.path
    const previous = await readFile(path, 'utf8').catch(() => null)
    if (previous !== null) await this.backups.add(path, previous, 'restore')
    if (!(await exists(dirname(path)))) {
      await mkdir(this.libraryDir, { recursive: true })
      path = join(
        this.libraryDir,
        await this.freeName(safeFileName(tCore('documents.recoveredName', { name: withoutReportExtension(entry.name) }))),
      )
    }
    const report: Report = { ...entry.report, appVersion: this.appVersion, savedAt: this.now().toISOString() }
    await writeReport(path, report)
    await this.journals.remove(key)
    return this.register(path, report)
  }

  /** "Bỏ qua": set recovered text aside in its document's history instead of deleting it. */
  async discardRecovery(key: string): Promise<void> {
    const entry = await this.journals.read(key)
    if (!entry) {
      await this.journals.remove(key)
      return
    }
    if (await this.isLive(entry.path)) throw new DomainError('locked', { name: entry.name })
    await this.backups.add(entry.path, serializeReport(entry.report), 'journal')
    await this.journals.remove(key)
  }

  /** Copy a report in the library under a free name "… (bản sao)"; the copy gets fresh ids. */
  async duplicate(name: string): Promise<DocumentSummary> {
    const path = await this.findInLibrary(name)
    const { report } = await this.readReportFile(path, name)
    const base = `${basename(path, REPORT_EXTENSION)} (bản sao)`
    const copyName = await this.freeName(base)
    const copy: Report = { ...report, savedAt: this.now().toISOString() }
    await writeReport(join(this.libraryDir, copyName), copy)
    const summary = (await this.list()).find((d) => d.name === copyName)
    if (!summary) throw new DomainError('notFound', { name: copyName })
    return summary
  }

  /** Move a report to the trash, from where {@link restoreDeleted} brings it back. */
  async delete(name: string): Promise<TrashEntry> {
    const path = await this.findInLibrary(name)
    if (await this.locks.holder(path, this.isOpenHere)) throw new DomainError('locked', { name })
    let title = ''
    try {
      title = parseReport(await readFile(path, 'utf8')).meta.title
    } catch (error) {
      if (isNodeError(error) && error.code === 'ENOENT') throw new DomainError('notFound', { name })
      // A damaged file can be deleted too.
    }
    const deletedAt = this.now().toISOString()
    const original = basename(path).normalize('NFC')
    const trashName = `${deletedAt.replace(/[:.]/g, '-')} ${original}`
    try {
      await mkdir(this.trashDir, { recursive: true })
      // The trash may be on another drive than the library (see move-file.ts).
      await moveFile(path, join(this.trashDir, trashName))
    } catch (error) {
      throw fileError(error, path, 'deleteFailed', name)
    }
    await writeDurable(join(this.trashDir, `${trashName}.json`), JSON.stringify({ name: original, title, deletedAt }), {
      fsync: false,
    })
    return { trashName, name: original, title, deletedAt }
  }

  /** Reports in the trash, newest first. */
  async listDeleted(): Promise<TrashEntry[]> {
    let names: string[]
    try {
      names = await readdir(this.trashDir)
    } catch {
      return []
    }
    const entries: TrashEntry[] = []
    for (const trashName of names.filter((n) => n.endsWith(REPORT_EXTENSION))) {
      try {
        const info = JSON.parse(await readFile(join(this.trashDir, `${trashName}.json`), 'utf8')) as Partial<TrashEntry>
        entries.push({
          trashName,
          name: String(info.name ?? trashName).normalize('NFC'),
          title: String(info.title ?? ''),
          deletedAt: String(info.deletedAt ?? ''),
        })
      } catch {
        entries.push({ trashName, name: trashName.normalize('NFC'), title: '', deletedAt: '' })
      }
    }
    return entries.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt))
  }

  /** Bring a report back from the trash under its old name (or a free one next to it). */
  async restoreDeleted(trashName: string): Promise<DocumentSummary> {
    // Only an entry of the trash folder itself, found whatever the normalization of its name.
    const inTrash = await entryNameIn(this.trashDir, trashName)
    const entry = inTrash === null ? undefined : (await this.listDeleted()).find((e) => e.trashName === inTrash)
    if (inTrash === null || !entry) throw new DomainError('notFound', { name: trashName })
    const from = join(this.trashDir, inTrash)
    let name: string
    try {
      await mkdir(this.libraryDir, { recursive: true })
      name = await this.freeName(basename(entry.name, REPORT_EXTENSION))
      // The library may be on another drive than the trash (see move-file.ts).
      await moveFile(from, join(this.libraryDir, name))
    } catch (error) {
      throw fileError(error, from, 'restoreFailed', entry.name)
    }
    await rm(`${from}.json`, { force: true })
    const summary = (await this.list()).find((d) => d.name === name)
    if (!summary) throw new DomainError('notFound', { name })
    return summary
  }

  /**
   * Bring a `.baocao` file from elsewhere into the library (opened from the browser, dropped on
   * the window). The text is validated first: a damaged or newer file is refused and nothing is
   * written.
   */
  async importText(fileName: string, text: string): Promise<OpenDocument> {
    const report = parseReport(text)
    await mkdir(this.libraryDir, { recursive: true })
    const base = safeFileName(basename(fileName.replace(/\\/g, '/'), REPORT_EXTENSION))
    const name = await this.freeName(base)
    const path = join(this.libraryDir, name)
    await writeReport(path, report)
    return this.register(path, report)
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

  /**
   * Read and check a report file. Refuses a missing, unreadable, too large, damaged, foreign or
   * newer file with a clear error, which names the newest valid backup when there is one.
   */
  private async readReportFile(path: string, name: string): Promise<{ report: Report; stamp: FileStamp }> {
    let info: Stats
    let text: string
    try {
      info = await stat(path)
      if (!info.isFile()) throw new DomainError('notFound', { name })
      if (info.size > MAX_FILE_BYTES) {
        throw new DomainError(
          'tooLarge',
          { name, size: Math.ceil(info.size / 1024 / 1024), max: MAX_FILE_BYTES / 1024 / 1024 },
          { backup: await this.newestValidBackup(path) },
        )
      }
      text = await readFile(path, 'utf8')
    } catch (error) {
      if (error instanceof DomainError) throw error
      if (isNodeError(error) && error.code === 'ENOENT') throw new DomainError('notFound', { name })
      throw fileError(error, path, 'readFailed', name)
    }
    try {
      return { report: parseText(text), stamp: stampOf(info, text) }
    } catch (error) {
      if (!(error instanceof DomainError)) throw error
      throw new DomainError(error.code, error.params, { backup: await this.newestValidBackup(path) })
    }
  }

  /** The newest backup of `path` that opens as a valid report. */
  private async newestValidBackup(path: string): Promise<BackupRef | undefined> {
    for (const file of await this.backups.list(path)) {
      try {
        const report = parseText((await this.backups.read(file.id)).text)
        return { id: file.id, savedAt: report.savedAt }
      } catch {
        // A damaged backup: look at the next one.
      }
    }
    return undefined
  }

  /** Register a handle for a file just read or written; read-only when another window holds its lock. */
  private async register(path: string, report: Report): Promise<OpenDocument> {
    const id = randomUUID()
    const lock = await this.locks.acquire(path, id, this.isOpenHere)
    // An idle handle of this instance whose lock was taken over may no longer write.
    const idle = lock.ok && lock.tookOver?.session === this.locks.session ? this.handles.get(lock.tookOver.handle) : undefined
    if (idle) idle.readOnly = true
    const text = await readFile(path, 'utf8').catch(() => null)
    const info = await stat(path).catch(() => null)
    const stamp = text !== null && info ? stampOf(info, text) : null
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

  /** True when the document with this key is a file of the library (not one opened from another folder). */
  isInLibrary(key: string): boolean {
    const path = this.knownPaths.get(key)
    return path !== undefined && dirname(path) === this.libraryDir
  }

  /**
   * Open again the document with this key (see {@link OpenDocument.key}): after the page was
   * reloaded, or when this backend no longer holds the handle the page had. The key names one file
   * by its full path, never by a name looked up in the library: a report opened from another
   * folder is never confused with a file of the same name in the library. A key this backend has
   * not seen (it was restarted) is looked for among the library's files.
   */
  async reopen(key: string): Promise<OpenDocument> {
    let path = this.knownPaths.get(key)
    if (path === undefined) {
      await mkdir(this.libraryDir, { recursive: true })
      const names = (await readdir(this.libraryDir)).filter((n) => extname(n) === REPORT_EXTENSION)
      path = names.map((n) => join(this.libraryDir, n)).find((p) => fileKey(p) === key)
    }
    if (path === undefined) throw new DomainError('notFound', { name: '' })
    return this.openPath(path)
  }

  /**
   * Run the operations on one handle one after the other, in the order they came in: a save
   * never checks the file while a Save As or a restore is halfway through changing it.
   */
  private exclusive<T>(id: string, task: () => Promise<T>): Promise<T> {
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
    const text = await readFile(handle.path, 'utf8').catch((error: unknown) => {
      throw saveError(error, handle.path)
    })
    if (stamp && hashOf(text) === stamp.hash) {
      handle.stamp = stampOf(info, text)
      return { exists: true }
    }
    throw new DomainError('changedOnDisk', { name: basename(handle.path) })
  }

  private backupDue(handle: OpenHandle): boolean {
    return handle.lastBackupAt === null || this.now().getTime() - handle.lastBackupAt >= this.backupIntervalMs
  }

  private async writeText(path: string, text: string): Promise<void> {
    try {
      await writeDurable(path, text)
    } catch (error) {
      throw saveError(error, path)
    }
  }

  /** True when a window or process has the document at `path` open. */
  private async isLive(path: string): Promise<boolean> {
    for (const handle of this.handles.values()) if (handle.path === path && !handle.readOnly) return true
    return (await this.locks.holder(path, this.isOpenHere)) !== null
  }

  /** True when the file at `path` holds the same report (ignoring when and by which version it was saved). */
  private async matchesFile(path: string, report: Report): Promise<boolean> {
    try {
      return sameContent(parseText(await readFile(path, 'utf8')), report)
    } catch {
      return false
    }
  }

  /** The library file the clerk calls `name`, by its real directory entry (see library-names.ts). */
  private async findInLibrary(name: string): Promise<string> {
    return entryPathIn(this.libraryDir, basename(this.resolveInLibrary(name)))
  }

  private resolveInLibrary(name: string): string {
    const path = resolve(this.libraryDir, name.normalize('NFC'))
    if (!path.startsWith(this.libraryDir + sep) || extname(path) !== REPORT_EXTENSION) {
      throw new DomainError('notFound', { name })
    }
    return path
  }

  private async freeName(base: string): Promise<string> {
    const existing = new Set((await readdir(this.libraryDir)).map((n) => n.normalize('NFC')))
    for (let i = 1; ; i++) {
      const candidate = `${base}${i === 1 ? '' : ` (${i})`}${REPORT_EXTENSION}`.normalize('NFC')
      if (!existing.has(candidate)) return candidate
    }
  }
}

/**
 * Write a report file atomically. A failure throws a DomainError naming the cause (disk full,
 * no permission, folder gone) and leaves the old file intact.
 */
export async function writeReport(path: string, report: Report): Promise<void> {
  try {
    await writeDurable(path, serializeReport(report))
  } catch (error) {
    throw saveError(error, path)
  }
}

/**
 * Parse the text of a report file; anything that is not a usable report becomes a DomainError
 * (a structure nested too deeply to walk included), never a crash.
 */
export function parseText(text: string): Report {
  try {
    return parseReport(text)
  } catch (error) {
    if (error instanceof DomainError) throw error
    if (error instanceof RangeError) throw new DomainError('tooDeep')
    throw new DomainError('invalid', { path: '', detail: describeError(error) })
  }
}

function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

function stampOf(info: Stats, text: string): FileStamp {
  return { mtimeMs: info.mtimeMs, size: info.size, hash: hashOf(text) }
}

async function stampAfterWrite(path: string, text: string): Promise<FileStamp | null> {
  const info = await stat(path).catch(() => null)
  return info ? stampOf(info, text) : null
}

/** Two reports with the same content, whenever and by whatever version they were saved. */
function sameContent(a: Report, b: Report): boolean {
  const plain = (r: Report): string => serializeReport({ ...r, savedAt: '', appVersion: '' })
  return plain(a) === plain(b)
}

/** The `savedAt` of a report file's text, read from its head without parsing it all. */
function savedAtOf(text: string): string {
  return /"savedAt":\s*"([^"]*)"/.exec(text.slice(0, 2000))?.[1] ?? ''
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}

function withExtension(base: string): string {
  return `${base}${REPORT_EXTENSION}`
}

/** Temporary files of writes interrupted by a crash (write-file-atomic names them `<file>.<number>`). */
const TEMP_FILE = new RegExp(`\\${REPORT_EXTENSION}\\.\\d{1,10}$`)
const TEMP_MAX_AGE_MS = 60_000

async function removeStaleTempFiles(dir: string, names: readonly string[], now: Date): Promise<void> {
  for (const name of names.filter((n) => TEMP_FILE.test(n))) {
    const path = join(dir, name)
    const info = await stat(path).catch(() => null)
    // A recent one may belong to a write in progress in another window.
    if (info && now.getTime() - info.mtimeMs > TEMP_MAX_AGE_MS) await rm(path, { force: true })
  }
}

export function isNodeError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'code' in error
}
