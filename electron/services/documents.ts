/**
 * The report library: `.baocao` files in one folder, opened through session handles so that
 * no file path ever crosses from the UI. Every write is atomic (temp file, fsync, rename):
 * a failed save leaves the previous file as it was.
 */
import { randomUUID } from 'node:crypto'
import { mkdir, readdir, readFile, stat } from 'node:fs/promises'
import { basename, extname, join, resolve, sep } from 'node:path'
import writeFileAtomic from 'write-file-atomic'
import type { DocumentSummary, OpenDocument } from '../../core/contract'
import { DomainError } from '../../core/model/errors'
import { parseReport, serializeReport } from '../../core/model/migrate'
import type { Report } from '../../core/model/schema'
import { instantiate, type Template } from '../../core/templates'
import type { OfficeProfile } from '../../core/model/office'
import type { IssuerKind } from '../../core/model/schema'
import { periodText } from '../../core/format'

export const REPORT_EXTENSION = '.baocao'

export interface DocumentServiceOptions {
  libraryDir: string
  appVersion: string
  now?: () => Date
}

export class DocumentService {
  private readonly open = new Map<string, string>()
  private readonly libraryDir: string
  private readonly appVersion: string
  private readonly now: () => Date

  constructor(options: DocumentServiceOptions) {
    this.libraryDir = resolve(options.libraryDir)
    this.appVersion = options.appVersion
    this.now = options.now ?? (() => new Date())
  }

  get library(): string {
    return this.libraryDir
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
          return { name: name.normalize('NFC'), title: report.meta.title, savedAt: report.savedAt, size: info.size }
        } catch {
          return { name: name.normalize('NFC'), title: '', savedAt: info.mtime.toISOString(), size: info.size }
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
  ): Promise<OpenDocument> {
    const report = instantiate(template, {
      year: request.year,
      half: request.half,
      issuerKind: request.issuerKind,
      office,
      appVersion: this.appVersion,
      newId: () => randomUUID(),
      now: this.now(),
    })
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
