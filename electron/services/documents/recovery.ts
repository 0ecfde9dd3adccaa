/**
 * Getting text back: the versions of an open document (its backups, see backups.ts) and putting
 * one back, a backup copied out of a file that no longer opens, and the unsaved text a crash left
 * in a recovery journal (see journal.ts), restored into its document or set aside.
 */
import { readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { BackupEntry, OpenDocument, RecoveryEntry } from '../../../core/contract'
import { tCore } from '../../../core/i18n'
import { DomainError } from '../../../core/model/errors'
import { withoutReportExtension } from '../../../core/model/report-file'
import { serializeReport } from '../../../core/model/migrate'
import type { Report } from '../../../core/model/schema'
import { safeFileName } from '../../../core/format'
import { fileKey } from '../file-key'
import type { Library } from './library'
import type { DocumentStores, OpenDocuments } from './open-documents'
import { exists, parseText, sameContent, writeReport } from './report-files'

export class Recovery {
  constructor(
    private readonly stores: DocumentStores,
    private readonly library: Library,
    private readonly open: OpenDocuments,
  ) {}

  /** "Lịch sử phiên bản" of an open document, newest first. */
  async history(id: string): Promise<BackupEntry[]> {
    const files = await this.stores.backups.list(this.open.pathOf(id))
    return Promise.all(
      files.map(async (file) => ({
        id: file.id,
        createdAt: file.createdAt.toISOString(),
        savedAt: await this.stores.backups.read(file.id).then(
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
    return this.open.exclusive(id, async () => {
      const path = this.open.writablePathOf(id)
      if (!backupId.startsWith(`${fileKey(path)}/`)) throw new DomainError('notFound', { name: backupId })
      const { text } = await this.stores.backups.read(backupId)
      const report = parseText(text)
      const undoId = await this.stores.backups.add(
        path,
        serializeReport({ ...current, savedAt: this.stores.now().toISOString() }),
        'restore',
      )
      const { savedAt } = await this.open.saveHandle(id, report)
      return { report: { ...report, appVersion: this.stores.appVersion, savedAt }, undoId, savedAt }
    })
  }

  /**
   * "Mở bản sao lưu gần nhất" for a file that cannot be opened: the backup is written to a new
   * file in the library ("… (khôi phục)") and opened; the damaged file stays untouched.
   */
  async openBackupCopy(backupId: string): Promise<OpenDocument> {
    const { text, source } = await this.stores.backups.read(backupId)
    const report = parseText(text)
    const original = source ? withoutReportExtension(source.name) : tCore('documents.untitled')
    const path = await this.library.add(recoveredName(original), report)
    return this.open.register(path, report)
  }

  /**
   * Unsaved text left by a crash: journals whose document is not open anywhere, and which hold
   * something other than the file. Journals equal to their file are removed on the way.
   */
  async listRecoverable(): Promise<RecoveryEntry[]> {
    const entries: RecoveryEntry[] = []
    for (const key of await this.stores.journals.keys()) {
      const entry = await this.stores.journals.read(key)
      if (!entry || (await this.open.isLive(entry.path))) continue
      if (await matchesFile(entry.path, entry.report)) {
        await this.stores.journals.remove(key)
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
    const entry = await this.stores.journals.read(key)
    if (!entry) throw new DomainError('notFound', { name: key })
    if (await this.open.isLive(entry.path)) throw new DomainError('locked', { name: entry.name })
    const previous = await readFile(entry.path, 'utf8').catch(() => null)
    if (previous !== null) await this.stores.backups.add(entry.path, previous, 'restore')
    const report: Report = { ...entry.report, appVersion: this.stores.appVersion, savedAt: this.stores.now().toISOString() }
    let path = entry.path
    if (await exists(dirname(path))) await writeReport(path, report)
    else path = await this.library.add(recoveredName(withoutReportExtension(entry.name)), report)
    await this.stores.journals.remove(key)
    return this.open.register(path, report)
  }

  /** "Bỏ qua": set recovered text aside in its document's history instead of deleting it. */
  async discardRecovery(key: string): Promise<void> {
    const entry = await this.stores.journals.read(key)
    if (!entry) {
      await this.stores.journals.remove(key)
      return
    }
    if (await this.open.isLive(entry.path)) throw new DomainError('locked', { name: entry.name })
    await this.stores.backups.add(entry.path, serializeReport(entry.report), 'journal')
    await this.stores.journals.remove(key)
  }
}

/** The name of a file that holds text got back from `name` ("… (khôi phục)"). */
function recoveredName(name: string): string {
  return safeFileName(tCore('documents.recoveredName', { name }))
}

/** True when the file at `path` holds the same report (ignoring when and by which version it was saved). */
async function matchesFile(path: string, report: Report): Promise<boolean> {
  try {
    return sameContent(parseText(await readFile(path, 'utf8')), report)
  } catch {
    return false
  }
}

/** The `savedAt` of a report file's text, read from its head without parsing it all. */
function savedAtOf(text: string): string {
  return /"savedAt":\s*"([^"]*)"/.exec(text.slice(0, 2000))?.[1] ?? ''
}
