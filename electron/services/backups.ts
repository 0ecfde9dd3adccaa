/**
 * Rolling backups of each document ("Lịch sử phiên bản"), in `<dataDir>/backups/<key>/`, one
 * file per backup named after the moment it was taken and why:
 *
 *   backups/3f2a…/source.json                        where the document lives
 *   backups/3f2a…/20251210T030000000Z-0-save.baocao   the file as it was before a save
 *
 * Retention: the newest 20, plus the newest of each day for the last 30 days; older ones are
 * pruned after every new backup.
 */
import { mkdir, readFile, readdir, rename, rm, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { DomainError } from '../../core/model/errors'
import { writeDurable } from './durable-write'
import { fileKey, FILE_KEY_LENGTH } from './file-key'
import { REPORT_EXTENSION } from '../../core/model/report-file'

/** Why a backup was taken: before a save, before a restore, unsaved text set aside, the clerk's version in a conflict. */
export const BACKUP_REASONS = ['save', 'restore', 'journal', 'conflict'] as const
export type BackupReason = (typeof BACKUP_REASONS)[number]

export interface RetentionPolicy {
  /** The newest backups kept whatever their age. */
  keepLast: number
  /** Days for which the newest backup of the day is kept. */
  keepDays: number
}

/** The newest 20 backups, and one a day for 30 days. */
export const DEFAULT_RETENTION: RetentionPolicy = { keepLast: 20, keepDays: 30 }

export interface BackupFile {
  /** `<key>/<file name>`: opaque to the UI, checked before use. */
  id: string
  createdAt: Date
  reason: BackupReason
  size: number
}

/** Where a backed-up document lives, kept next to its backups. */
export interface BackupSource {
  path: string
  name: string
}

const EXTENSION = REPORT_EXTENSION.replace('.', '\\.')
const FILE_PATTERN = new RegExp(`^(\\d{8}T\\d{9}Z)-(\\d+)-(save|restore|journal|conflict)${EXTENSION}$`)
const ID_PATTERN = new RegExp(`^([0-9a-f]{${FILE_KEY_LENGTH}})/(\\d{8}T\\d{9}Z-\\d+-(?:save|restore|journal|conflict)${EXTENSION})$`)
const SOURCE_FILE = 'source.json'

function compactTime(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '')
}

function parseCompactTime(text: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(text)
  if (!m) return new Date(NaN)
  return new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`)
}

function localDay(date: Date): string {
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`
}

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Which backups a policy keeps. `createdAt` must be sorted newest first; returns the indexes
 * kept: the first `keepLast`, and the newest of each local calendar day younger than `keepDays`.
 */
export function backupsToKeep(createdAt: readonly Date[], now: Date, policy: RetentionPolicy = DEFAULT_RETENTION): Set<number> {
  const keep = new Set<number>()
  const daysSeen = new Set<string>()
  createdAt.forEach((date, index) => {
    if (index < policy.keepLast) keep.add(index)
    const day = localDay(date)
    if (now.getTime() - date.getTime() < policy.keepDays * DAY_MS && !daysSeen.has(day)) keep.add(index)
    daysSeen.add(day)
  })
  return keep
}

/** The backups of every document, in one folder of the app data. */
export class BackupStore {
  constructor(
    private readonly dir: string,
    private readonly now: () => Date = () => new Date(),
    private readonly policy: RetentionPolicy = DEFAULT_RETENTION,
  ) {}

  /** Keep `text`, a version of the document at `path`; prunes old backups. Returns the new id. */
  async add(path: string, text: string, reason: BackupReason): Promise<string> {
    const key = fileKey(path)
    const folder = join(this.dir, key)
    await mkdir(folder, { recursive: true })
    await writeDurable(join(folder, SOURCE_FILE), JSON.stringify({ path, name: basename(path) } satisfies BackupSource), { fsync: false })
    const stamp = compactTime(this.now())
    const existing = new Set(await readdir(folder))
    let seq = 0
    while (existing.has(`${stamp}-${seq}-${reason}${REPORT_EXTENSION}`)) seq++
    const file = `${stamp}-${seq}-${reason}${REPORT_EXTENSION}`
    await writeDurable(join(folder, file), text)
    await this.prune(path)
    return `${key}/${file}`
  }

  /** Backups of the document at `path`, newest first. */
  async list(path: string): Promise<BackupFile[]> {
    return this.listKey(fileKey(path))
  }

  /** The text of a backup and where its document lives. Throws notFound for an unknown or malformed id. */
  async read(id: string): Promise<{ text: string; source: BackupSource | null; file: BackupFile }> {
    const m = ID_PATTERN.exec(id)
    if (!m?.[1] || !m[2]) throw new DomainError('notFound', { name: id })
    const folder = join(this.dir, m[1])
    const file = (await this.listKey(m[1])).find((b) => b.id === id)
    if (!file) throw new DomainError('notFound', { name: id })
    const text = await readFile(join(folder, m[2]), 'utf8')
    let source: BackupSource | null = null
    try {
      const parsed = JSON.parse(await readFile(join(folder, SOURCE_FILE), 'utf8')) as Partial<BackupSource>
      if (typeof parsed.path === 'string' && typeof parsed.name === 'string') source = { path: parsed.path, name: parsed.name }
    } catch {
      source = null
    }
    return { text, source, file }
  }

  /** The document moved from `from` to `to` (renamed): its backups follow it. */
  async move(from: string, to: string): Promise<void> {
    const source = join(this.dir, fileKey(from))
    const target = join(this.dir, fileKey(to))
    const names = await readdir(source).catch((): string[] => [])
    if (source !== target && names.length > 0) {
      await mkdir(target, { recursive: true })
      for (const name of names.filter((n) => FILE_PATTERN.test(n))) await rename(join(source, name), join(target, name))
      await rm(source, { recursive: true, force: true })
    }
    if (names.length > 0)
      await writeDurable(join(target, SOURCE_FILE), JSON.stringify({ path: to, name: basename(to) } satisfies BackupSource), {
        fsync: false,
      })
  }

  /** Apply the retention policy to the backups of `path`. */
  async prune(path: string): Promise<void> {
    const key = fileKey(path)
    const files = await this.listKey(key)
    const keep = backupsToKeep(
      files.map((f) => f.createdAt),
      this.now(),
      this.policy,
    )
    await Promise.all(files.filter((_, i) => !keep.has(i)).map((f) => rm(join(this.dir, f.id), { force: true })))
  }

  private async listKey(key: string): Promise<BackupFile[]> {
    const folder = join(this.dir, key)
    let names: string[]
    try {
      names = await readdir(folder)
    } catch {
      return []
    }
    const files: (BackupFile & { seq: number })[] = []
    for (const name of names) {
      const m = FILE_PATTERN.exec(name)
      if (!m?.[1] || !m[2] || !m[3]) continue
      const info = await stat(join(folder, name)).catch(() => null)
      if (!info) continue
      files.push({
        id: `${key}/${name}`,
        createdAt: parseCompactTime(m[1]),
        reason: m[3] as BackupReason,
        size: info.size,
        seq: Number(m[2]),
      })
    }
    files.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.seq - a.seq)
    return files.map(({ seq: _seq, ...file }) => file)
  }
}
