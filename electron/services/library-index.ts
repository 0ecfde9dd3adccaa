/**
 * A small index of what the home screen lists about each report of the library (title, kind,
 * period, issuer, side, saved at), so that listing the library reads a report whole only when it
 * changed: an entry is used while the file's size and modification time are those it was made
 * from. The index is a cache in the data folder (`library-index.json`): deleting it, or a damaged
 * one, loses nothing — the next listing reads the reports again and writes it anew.
 */
import { randomUUID } from 'node:crypto'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { z } from 'zod'
import { DocumentSummary } from '../../core/contract'
import { SCHEMA_VERSION } from '../../core/model/schema'

const INDEX_FORMAT = 'soan-bao-cao-library-index/1'

const Entry = z.object({ size: z.number(), mtimeMs: z.number(), summary: DocumentSummary })
type Entry = z.infer<typeof Entry>

const IndexFile = z.object({
  format: z.literal(INDEX_FORMAT),
  /** The app and schema version that read the files: another version may read them otherwise (a newer file it now opens). */
  readBy: z.string(),
  libraryDir: z.string(),
  entries: z.record(z.string(), Entry),
})

/** A library file as the directory listing gives it. */
export interface ListedFile {
  /** Name as the directory entry spells it. */
  name: string
  size: number
  /** Modification time in whole milliseconds (what every file system and copy tool keeps). */
  mtimeMs: number
}

export class LibraryIndex {
  private entries: Map<string, Entry> | null = null
  private loadedFor = ''

  private readonly readBy: string

  constructor(
    private readonly file: string,
    appVersion: string,
  ) {
    this.readBy = `${appVersion}/${SCHEMA_VERSION}`
  }

  /**
   * The summary of every listed file: from the index when the file is unchanged, otherwise from
   * `summarize` (which reads it). The index is then brought in line with the listing and saved
   * when anything changed; a failure to save it is of no consequence.
   */
  async summaries(
    libraryDir: string,
    files: readonly ListedFile[],
    summarize: (file: ListedFile) => Promise<DocumentSummary>,
  ): Promise<DocumentSummary[]> {
    const entries = await this.load(libraryDir)
    let changed = entries.size !== files.length
    const next = new Map<string, Entry>()
    const rows = await Promise.all(
      files.map(async (file) => {
        const known = entries.get(file.name)
        if (known && known.size === file.size && known.mtimeMs === file.mtimeMs) {
          next.set(file.name, known)
          return known.summary
        }
        changed = true
        const summary = await summarize(file)
        next.set(file.name, { size: file.size, mtimeMs: file.mtimeMs, summary })
        return summary
      }),
    )
    this.entries = next
    if (changed) await this.save(libraryDir, next)
    return rows
  }

  private async load(libraryDir: string): Promise<Map<string, Entry>> {
    if (this.entries && this.loadedFor === libraryDir) return this.entries
    this.loadedFor = libraryDir
    try {
      const parsed = IndexFile.safeParse(JSON.parse(await readFile(this.file, 'utf8')))
      const usable = parsed.success && parsed.data.libraryDir === libraryDir && parsed.data.readBy === this.readBy
      this.entries = usable ? new Map(Object.entries(parsed.data.entries)) : new Map()
    } catch {
      this.entries = new Map()
    }
    return this.entries
  }

  private async save(libraryDir: string, entries: ReadonlyMap<string, Entry>): Promise<void> {
    const temp = `${this.file}.${randomUUID()}.tmp`
    try {
      await mkdir(dirname(this.file), { recursive: true })
      await writeFile(temp, JSON.stringify({ format: INDEX_FORMAT, readBy: this.readBy, libraryDir, entries: Object.fromEntries(entries) }))
      await rename(temp, this.file)
    } catch {
      await rm(temp, { force: true }).catch(() => undefined)
    }
  }
}
