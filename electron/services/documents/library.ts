/**
 * The report library: the `.baocao` files of one folder, listed (through the index of what the
 * list shows, see library-index.ts), named, added, read without being opened, duplicated,
 * renamed, and moved to the trash and back. Opening a report is open-documents.ts.
 */
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises'
import { basename, dirname, extname, join, resolve, sep } from 'node:path'
import type { DocumentSummary, TrashEntry } from '../../../core/contract'
import { DomainError, errorMessageOf } from '../../../core/model/errors'
import { REPORT_EXTENSION, withoutReportExtension } from '../../../core/model/report-file'
import { parseReport } from '../../../core/model/migrate'
import type { Report } from '../../../core/model/schema'
import { safeFileName } from '../../../core/format'
import type { BackupStore } from '../backups'
import { writeDurable } from '../durable-write'
import { fileError } from '../file-errors'
import { fileKey } from '../file-key'
import type { JournalStore } from '../journal'
import { LibraryIndex, type ListedFile } from '../library-index'
import { entryNameIn, entryPathIn } from '../library-names'
import type { LockStore } from '../locks'
import { moveFile } from '../move-file'
import { exists, isNodeError, readReportFile, withExtension, writeReport } from './report-files'

export interface LibraryOptions {
  libraryDir: string
  /** Where deleted reports go, recoverable. */
  trashDir: string
  /** The cache of what the list shows (`library-index.json` in the data folder). */
  indexFile: string
  appVersion: string
  now: () => Date
  backups: BackupStore
  journals: JournalStore
  locks: LockStore
  /** Whether a handle of this backend holds the document open for writing (see locks.ts). */
  isOpenHere: (id: string) => boolean
}

export class Library {
  private libraryDir: string
  private readonly trashDir: string
  private readonly now: () => Date
  private readonly backups: BackupStore
  private readonly journals: JournalStore
  private readonly locks: LockStore
  private readonly index: LibraryIndex
  private readonly isOpenHere: (id: string) => boolean

  constructor(options: LibraryOptions) {
    this.libraryDir = resolve(options.libraryDir)
    this.trashDir = resolve(options.trashDir)
    this.now = options.now
    this.backups = options.backups
    this.journals = options.journals
    this.locks = options.locks
    this.isOpenHere = options.isOpenHere
    this.index = new LibraryIndex(options.indexFile, options.appVersion)
  }

  get dir(): string {
    return this.libraryDir
  }

  /** Use another library folder (the clerk chose one in the settings). */
  setDir(dir: string): void {
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

  /** The library's summary of the file `name` (just written, renamed or restored). */
  private async summaryOf(name: string): Promise<DocumentSummary> {
    const summary = (await this.list()).find((d) => d.name === name)
    if (!summary) throw new DomainError('notFound', { name })
    return summary
  }

  /** Write a new report into the library under a free name made from `base`; returns its path. */
  async add(base: string, report: Report): Promise<string> {
    await mkdir(this.libraryDir, { recursive: true })
    const path = join(this.libraryDir, await this.freeName(base))
    await writeReport(path, report)
    return path
  }

  /**
   * The report of a library file, read and checked but not opened: no handle, no lock (a report
   * started from this one, for instance). Refused as {@link readReportFile} refuses.
   */
  async read(name: string): Promise<Report> {
    const { report } = await readReportFile(await this.pathOf(name), name, this.backups)
    return report
  }

  /** True when `path` is a file of the library (not one opened from another folder). */
  holds(path: string): boolean {
    return dirname(path) === this.libraryDir
  }

  /** The library file whose key (see file-key.ts) is `key`, if there is one. */
  async findByKey(key: string): Promise<string | undefined> {
    await mkdir(this.libraryDir, { recursive: true })
    const names = (await readdir(this.libraryDir)).filter((n) => extname(n) === REPORT_EXTENSION)
    return names.map((n) => join(this.libraryDir, n)).find((p) => fileKey(p) === key)
  }

  /** Copy a report in the library under a free name "… (bản sao)"; the copy gets fresh ids. */
  async duplicate(name: string): Promise<DocumentSummary> {
    const path = await this.pathOf(name)
    const { report } = await readReportFile(path, name, this.backups)
    const copy: Report = { ...report, savedAt: this.now().toISOString() }
    const copyPath = await this.add(`${basename(path, REPORT_EXTENSION)} (bản sao)`, copy)
    return this.summaryOf(basename(copyPath))
  }

  /**
   * Rename a report in the library. Its backups and any recovery journal follow it; refused when
   * the new name is taken or the file is open in another window or program.
   */
  async rename(name: string, newName: string): Promise<DocumentSummary> {
    const from = await this.pathOf(name)
    const to = this.resolveIn(withExtension(safeFileName(withoutReportExtension(newName))))
    const toName = basename(to).normalize('NFC')
    if (!(await exists(from))) throw new DomainError('notFound', { name })
    if (from !== to) {
      // A change of case only is the same file on Windows and macOS.
      if (fileKey(from) !== fileKey(to) && (await exists(await this.pathOf(toName)))) throw new DomainError('nameTaken', { name: toName })
      const holder = await this.locks.holder(from, this.isOpenHere)
      if (holder) throw new DomainError('locked', { name })
      await rename(from, to).catch((error: unknown) => {
        throw fileError(error, from, 'renameFailed', name)
      })
      await this.backups.move(from, to)
      await this.journals.move(from, to)
    }
    return this.summaryOf(toName)
  }

  /** Move a report to the trash, from where {@link restoreDeleted} brings it back. */
  async delete(name: string): Promise<TrashEntry> {
    const path = await this.pathOf(name)
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
    return this.summaryOf(name)
  }

  /** The library file the clerk calls `name`, by its real directory entry (see library-names.ts). */
  async pathOf(name: string): Promise<string> {
    return entryPathIn(this.libraryDir, basename(this.resolveIn(name)))
  }

  private resolveIn(name: string): string {
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
