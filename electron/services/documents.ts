/**
 * The report library: `.baocao` files in one folder, opened through session handles so that
 * no file path ever crosses from the UI. Every write is atomic (temp file, fsync, rename):
 * a failed save leaves the previous file as it was.
 */
import { randomUUID } from 'node:crypto'
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises'
import { basename, extname, join, resolve, sep } from 'node:path'
import writeFileAtomic from 'write-file-atomic'
import type { DocumentSummary, OpenDocument } from '../../core/contract'
import { DomainError } from '../../core/model/errors'
import { parseReport, serializeReport } from '../../core/model/migrate'
import type { LayoutChoices, Report } from '../../core/model/schema'
import { instantiate, type Template } from '../../core/templates'
import type { OfficeProfile } from '../../core/model/office'
import type { IssuerKind } from '../../core/model/schema'
import { periodText, safeFileName } from '../../core/format'

export const REPORT_EXTENSION = '.baocao'

export interface DocumentServiceOptions {
  libraryDir: string
  /** Where deleted reports go, recoverable (normally `<dataDir>/trash`). */
  trashDir?: string
  appVersion: string
  now?: () => Date
}

/** A report moved to the trash. */
export interface TrashEntry {
  /** Name inside the trash folder. */
  trashName: string
  /** Its name in the library before it was deleted. */
  name: string
  title: string
  deletedAt: string
}

export class DocumentService {
  private readonly open = new Map<string, string>()
  private libraryDir: string
  private readonly appVersion: string
  private readonly now: () => Date
  private readonly trashDir: string

  constructor(options: DocumentServiceOptions) {
    this.libraryDir = resolve(options.libraryDir)
    this.trashDir = resolve(options.trashDir ?? join(this.libraryDir, '.trash'))
    this.appVersion = options.appVersion
    this.now = options.now ?? (() => new Date())
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
    const names = (await readdir(this.libraryDir)).filter((n) => extname(n) === REPORT_EXTENSION)
    const rows = await Promise.all(
      names.map(async (name): Promise<DocumentSummary> => {
        const path = join(this.libraryDir, name)
        const info = await stat(path)
        try {
          const report = parseReport(await readFile(path, 'utf8'))
          return {
            name: name.normalize('NFC'),
            title: report.meta.title,
            reportKind: report.meta.reportKind,
            period: report.meta.period,
            issuer: report.meta.issuer.replace(/\s*\n\s*/gu, ' ').trim(),
            profile: report.profile,
            savedAt: report.savedAt,
            size: info.size,
            error: null,
          }
        } catch (error) {
          return {
            name: name.normalize('NFC'),
            title: '',
            reportKind: null,
            period: null,
            issuer: '',
            profile: null,
            savedAt: info.mtime.toISOString(),
            size: info.size,
            error: error instanceof Error ? error.message : String(error),
          }
        }
      }),
    )
    return rows.sort((a, b) => b.savedAt.localeCompare(a.savedAt))
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
    const report: Report = { ...created, layout: { ...layout } }
    await mkdir(this.libraryDir, { recursive: true })
    const kind = template.reportKind === 'tong-ket-nam' ? 'Báo cáo tổng kết' : 'Báo cáo sơ kết'
    const base = `${kind} ${periodText(report.meta.period)}`
    const name = await this.freeName(base)
    const path = join(this.libraryDir, name)
    await writeFileAtomic(path, serializeReport(report), { encoding: 'utf8', fsync: true })
    return this.register(path, name, report)
  }

  /** Open a report by its name in the library. Corrupt and newer files are refused untouched. */
  async openByName(name: string): Promise<OpenDocument> {
    const path = this.resolveInLibrary(name)
    let text: string
    try {
      text = await readFile(path, 'utf8')
    } catch (error) {
      if (isNodeError(error) && error.code === 'ENOENT') throw new DomainError('notFound', { name })
      throw new DomainError('readFailed', { name, detail: describe(error) })
    }
    return this.register(path, basename(path), parseReport(text))
  }

  /** Open a report anywhere on disk (Electron's open dialog, the CLI). */
  async openPath(path: string): Promise<OpenDocument> {
    let text: string
    try {
      text = await readFile(path, 'utf8')
    } catch (error) {
      throw new DomainError(isNodeError(error) && error.code === 'ENOENT' ? 'notFound' : 'readFailed', { name: path, detail: describe(error) })
    }
    return this.register(resolve(path), basename(path), parseReport(text))
  }

  /** Save an open report atomically; returns the time written into the file. */
  async save(id: string, report: Report): Promise<{ savedAt: string }> {
    const path = this.open.get(id)
    if (!path) throw new DomainError('notOpen')
    const savedAt = this.now().toISOString()
    await writeReport(path, { ...report, appVersion: this.appVersion, savedAt })
    return { savedAt }
  }

  /** Copy a report in the library under a free name "… (bản sao)"; the copy gets fresh ids. */
  async duplicate(name: string): Promise<DocumentSummary> {
    const path = this.resolveInLibrary(name)
    const report = parseReport(await this.readText(path, name))
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
    const path = this.resolveInLibrary(name)
    let title = ''
    try {
      title = parseReport(await readFile(path, 'utf8')).meta.title
    } catch (error) {
      if (isNodeError(error) && error.code === 'ENOENT') throw new DomainError('notFound', { name })
      // A damaged file can be deleted too.
    }
    await mkdir(this.trashDir, { recursive: true })
    const deletedAt = this.now().toISOString()
    const trashName = `${deletedAt.replace(/[:.]/g, '-')} ${basename(path)}`
    await rename(path, join(this.trashDir, trashName))
    await writeFileAtomic(join(this.trashDir, `${trashName}.json`), JSON.stringify({ name: basename(path), title, deletedAt }), { encoding: 'utf8' })
    return { trashName, name: basename(path).normalize('NFC'), title, deletedAt }
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
        entries.push({ trashName, name: String(info.name ?? trashName), title: String(info.title ?? ''), deletedAt: String(info.deletedAt ?? '') })
      } catch {
        entries.push({ trashName, name: trashName, title: '', deletedAt: '' })
      }
    }
    return entries.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt))
  }

  /** Bring a report back from the trash under its old name (or a free one next to it). */
  async restoreDeleted(trashName: string): Promise<DocumentSummary> {
    const from = resolve(this.trashDir, trashName.normalize('NFC'))
    if (!from.startsWith(this.trashDir + sep) || extname(from) !== REPORT_EXTENSION) throw new DomainError('notFound', { name: trashName })
    const entry = (await this.listDeleted()).find((e) => e.trashName === basename(from))
    if (!entry) throw new DomainError('notFound', { name: trashName })
    await mkdir(this.libraryDir, { recursive: true })
    const name = await this.freeName(basename(entry.name, REPORT_EXTENSION))
    await rename(from, join(this.libraryDir, name))
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
    return this.register(path, name, report)
  }

  /** Release a document's session handle. */
  close(id: string): void {
    this.open.delete(id)
  }

  private async readText(path: string, name: string): Promise<string> {
    try {
      return await readFile(path, 'utf8')
    } catch (error) {
      if (isNodeError(error) && error.code === 'ENOENT') throw new DomainError('notFound', { name })
      throw new DomainError('readFailed', { name, detail: describe(error) })
    }
  }

  private register(path: string, name: string, report: Report): OpenDocument {
    const id = randomUUID()
    this.open.set(id, path)
    return { id, name: name.normalize('NFC'), report }
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

/** Write a report file atomically. Throws DomainError('saveFailed') and leaves the old file intact. */
export async function writeReport(path: string, report: Report): Promise<void> {
  try {
    await writeFileAtomic(path, serializeReport(report), { encoding: 'utf8', fsync: true })
  } catch (error) {
    throw new DomainError('saveFailed', { detail: describe(error) })
  }
}

export function isNodeError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'code' in error
}

export function describe(error: unknown): string {
  if (isNodeError(error) && error.code) return `${error.code}${error.path ? ` (${error.path})` : ''}`
  return error instanceof Error ? error.message : String(error)
}
