/**
 * The reports of the app, behind one service for the API, the hosts and the CLI:
 *
 * - library.ts: the library folder — list, names, add, read, duplicate, rename, trash;
 * - open-documents.ts: opened reports by session handle — open, locks, save, journal, reload,
 *   save as, close;
 * - recovery.ts: versions and crash journals — history, restore a backup, recover unsaved text;
 * - report-files.ts: reading, checking and writing one report file.
 *
 * Nothing typed is lost: every write is atomic (temp file, fsync, rename), so a failed save leaves
 * the previous file as it was; the UI journals unsaved text before saving (see journal.ts), and
 * a journal left by a crash is offered at the next start; each document keeps rolling backups
 * (backups.ts); a file open elsewhere opens read-only (locks.ts); a file changed on disk by
 * someone else is never overwritten silently.
 */
import { randomUUID } from 'node:crypto'
import { basename, join, resolve } from 'node:path'
import type { BackupEntry, DocumentSummary, OpenDocument, RecoveryEntry, TrashEntry } from '../../../core/contract'
import { REPORT_EXTENSION } from '../../../core/model/report-file'
import { normalizeText, parseReport } from '../../../core/model/migrate'
import type { IssuerKind, LayoutChoices, Report } from '../../../core/model/schema'
import { instantiate, type Template } from '../../../core/templates'
import type { OfficeProfile } from '../../../core/model/office'
import { reportName, safeFileName } from '../../../core/format'
import { BackupStore, type RetentionPolicy } from '../backups'
import { JournalStore } from '../journal'
import { LockStore } from '../locks'
import { Library } from './library'
import { BACKUP_INTERVAL_MS, OpenDocuments, type DocumentStores, type WriteBody } from './open-documents'
import { Recovery } from './recovery'

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

export class DocumentService {
  private readonly appVersion: string
  private readonly now: () => Date
  private readonly libraryFolder: Library
  private readonly open: OpenDocuments
  private readonly recovery: Recovery

  constructor(options: DocumentServiceOptions) {
    const libraryDir = resolve(options.libraryDir)
    const dataDir = resolve(options.dataDir)
    const { appVersion } = options
    const now = options.now ?? (() => new Date())
    const backups = new BackupStore(join(dataDir, 'backups'), now, options.retention)
    const journals = new JournalStore(join(dataDir, 'recovery'))
    const locks = new LockStore(join(dataDir, 'locks'), options.isProcessAlive ? { isAlive: options.isProcessAlive } : {})
    const stores: DocumentStores = { appVersion, now, backups, journals, locks }
    this.appVersion = appVersion
    this.now = now
    this.libraryFolder = new Library({
      ...stores,
      libraryDir,
      trashDir: options.trashDir ?? join(libraryDir, '.trash'),
      indexFile: join(dataDir, 'library-index.json'),
      isOpenHere: (id) => this.open.isOpenHere(id),
    })
    this.open = new OpenDocuments({
      ...stores,
      library: this.libraryFolder,
      backupIntervalMs: options.backupIntervalMs ?? BACKUP_INTERVAL_MS,
    })
    this.recovery = new Recovery(stores, this.libraryFolder, this.open)
  }

  // The library (library.ts)

  get library(): string {
    return this.libraryFolder.dir
  }

  /** Use another library folder (the clerk chose one in the settings). Open documents stay open. */
  setLibrary(dir: string): void {
    this.libraryFolder.setDir(dir)
  }

  list(): Promise<DocumentSummary[]> {
    return this.libraryFolder.list()
  }

  /** A library report read and checked, not opened: no handle, no lock. */
  readReport(name: string): Promise<Report> {
    return this.libraryFolder.read(name)
  }

  duplicate(name: string): Promise<DocumentSummary> {
    return this.libraryFolder.duplicate(name)
  }

  rename(name: string, newName: string): Promise<DocumentSummary> {
    return this.libraryFolder.rename(name, newName)
  }

  delete(name: string): Promise<TrashEntry> {
    return this.libraryFolder.delete(name)
  }

  listDeleted(): Promise<TrashEntry[]> {
    return this.libraryFolder.listDeleted()
  }

  restoreDeleted(trashName: string): Promise<DocumentSummary> {
    return this.libraryFolder.restoreDeleted(trashName)
  }

  // New reports: written into the library, then opened

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
    return this.addAndOpen(reportName(template.reportKind, report.meta.period), report)
  }

  /**
   * Bring a report made elsewhere (a Word import) into the library under a free name made from
   * `fileName`, and open it. Its text is kept in NFC, as a file read back would have it.
   */
  importReport(fileName: string, report: Report): Promise<OpenDocument> {
    return this.addAndOpen(safeFileName(basename(fileName.replace(/\\/g, '/'), REPORT_EXTENSION)), normalizeText(report))
  }

  /**
   * Bring a `.baocao` file from elsewhere into the library (opened from the browser, dropped on
   * the window). The text is validated first: a damaged or newer file is refused and nothing is
   * written.
   */
  importText(fileName: string, text: string): Promise<OpenDocument> {
    return this.importReport(fileName, parseReport(text))
  }

  private async addAndOpen(base: string, report: Report): Promise<OpenDocument> {
    return this.open.register(await this.libraryFolder.add(base, report), report)
  }

  // Open documents (open-documents.ts)

  openByName(name: string): Promise<OpenDocument> {
    return this.open.openByName(name)
  }

  openPath(path: string): Promise<OpenDocument> {
    return this.open.openPath(path)
  }

  reopen(key: string): Promise<OpenDocument> {
    return this.open.reopen(key)
  }

  isInLibrary(key: string): boolean {
    return this.open.isInLibrary(key)
  }

  save(id: string, write: WriteBody): Promise<{ savedAt: string; replaced: string[] }> {
    return this.open.save(id, write)
  }

  journal(id: string, write: WriteBody): Promise<{ replaced: string[] }> {
    return this.open.journal(id, write)
  }

  reportWith(id: string, write: WriteBody): Promise<Report> {
    return this.open.reportWith(id, write)
  }

  saveAs(
    id: string,
    report: Report,
    target: { newName: string } | { path: string },
  ): Promise<{ name: string; key: string; savedAt: string }> {
    return this.open.saveAs(id, report, target)
  }

  reload(id: string, mine: Report): Promise<OpenDocument> {
    return this.open.reload(id, mine)
  }

  close(id: string): Promise<void> {
    return this.open.close(id)
  }

  closeAll(): Promise<void> {
    return this.open.closeAll()
  }

  // Versions and crash recovery (recovery.ts)

  history(id: string): Promise<BackupEntry[]> {
    return this.recovery.history(id)
  }

  restoreBackup(id: string, backupId: string, current: Report): Promise<{ report: Report; undoId: string; savedAt: string }> {
    return this.recovery.restoreBackup(id, backupId, current)
  }

  openBackupCopy(backupId: string): Promise<OpenDocument> {
    return this.recovery.openBackupCopy(backupId)
  }

  listRecoverable(): Promise<RecoveryEntry[]> {
    return this.recovery.listRecoverable()
  }

  restoreRecovery(key: string): Promise<OpenDocument> {
    return this.recovery.restoreRecovery(key)
  }

  discardRecovery(key: string): Promise<void> {
    return this.recovery.discardRecovery(key)
  }
}
