/**
 * The crash journal: for each open document, what the editor held a moment ago, in
 * `<dataDir>/recovery/<key>.json`. The UI writes it shortly after every change, before the
 * (slower, debounced) save; a successful save removes it. A journal still there at the next start
 * holds text that never reached the document, and is offered for recovery.
 */
import { mkdir, readFile, readdir, rm } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { loadReport, migrate } from '../../core/model/migrate'
import { repairReport } from '../../core/model/repair'
import type { Report } from '../../core/model/schema'
import { writeDurable } from './durable-write'
import { fileKey, isFileKey } from './file-key'

const JOURNAL_FORMAT = 'soan-bao-cao-journal'

export interface JournalEntry {
  key: string
  /** The document the text belongs to. */
  path: string
  name: string
  journaledAt: string
  report: Report
}

/** The journals of all open documents, one file each. */
export class JournalStore {
  constructor(private readonly dir: string) {}

  /** Replace the journal of the document at `path` (atomic, fsync). */
  async write(path: string, name: string, report: Report, journaledAt: string): Promise<void> {
    await mkdir(this.dir, { recursive: true })
    await writeDurable(this.file(fileKey(path)), JSON.stringify({ format: JOURNAL_FORMAT, path, name, journaledAt, report }))
  }

  /** The journal with this key; null when there is none or it cannot be read as a report. */
  async read(key: string): Promise<JournalEntry | null> {
    if (!isFileKey(key)) return null
    try {
      const data = JSON.parse(await readFile(this.file(key), 'utf8')) as Record<string, unknown>
      if (
        data.format !== JOURNAL_FORMAT ||
        typeof data.path !== 'string' ||
        typeof data.name !== 'string' ||
        typeof data.journaledAt !== 'string'
      )
        return null
      return { key, path: data.path, name: data.name, journaledAt: data.journaledAt, report: journaledReport(data.report) }
    } catch {
      return null
    }
  }

  /** The journal of the document at `path`, if any. */
  readFor(path: string): Promise<JournalEntry | null> {
    return this.read(fileKey(path))
  }

  /** Delete the journal with this key, if any. */
  async remove(key: string): Promise<void> {
    if (isFileKey(key)) await rm(this.file(key), { force: true })
  }

  /** Delete the journal of the document at `path`, if any. */
  removeFor(path: string): Promise<void> {
    return this.remove(fileKey(path))
  }

  /** The document moved from `from` to `to` (renamed): its journal follows it. */
  async move(from: string, to: string): Promise<void> {
    const entry = await this.readFor(from)
    if (!entry) return
    await this.write(to, basename(to), entry.report, entry.journaledAt)
    await this.removeFor(from)
  }

  /** Keys of every journal present. */
  async keys(): Promise<string[]> {
    try {
      return (await readdir(this.dir)).map((n) => /^([0-9a-f]+)\.json$/.exec(n)?.[1] ?? '').filter(isFileKey)
    } catch {
      return []
    }
  }

  private file(key: string): string {
    return join(this.dir, `${key}.json`)
  }
}

/**
 * The report of a journal. Journals are written repaired, but one from an app whose schema took
 * values this one does not is kept as far as it can be, never dropped for one value.
 */
function journaledReport(data: unknown): Report {
  try {
    return loadReport(data)
  } catch (error) {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) throw error
    return repairReport(migrate(data as Record<string, unknown>), null).value
  }
}
