/**
 * "This file is open elsewhere": one lock file per open document in `<dataDir>/locks/<key>.lock`,
 * holding the process id, a random id of the service instance (one per app or host launch) and
 * the document handle. A second window, instance or browser tab that opens the same file finds
 * the lock and opens it read-only. A lock whose process is gone (a crash, a kill) is stale and
 * is taken over.
 */
import { randomUUID } from 'node:crypto'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileKey } from './file-key'

export interface LockHolder {
  pid: number
  /** The service instance that holds it. */
  session: string
  /** The document handle inside that instance. */
  handle: string
  at: string
}

/** Taken (`tookOver`: the stale holder it replaced), or refused with the live holder. */
export type AcquireResult = { ok: true; tookOver?: LockHolder } | { ok: false; holder: LockHolder }

/** True while a process with this id runs (EPERM: it runs under another user). This process counts as running. */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return error instanceof Error && 'code' in error && error.code === 'EPERM'
  }
}

export interface LockStoreOptions {
  isAlive?: (pid: number) => boolean
}

/** The locks of the documents this app instance has open. */
export class LockStore {
  /** This service instance. */
  readonly session = randomUUID()
  private readonly isAlive: (pid: number) => boolean

  constructor(
    private readonly dir: string,
    options: LockStoreOptions = {},
  ) {
    this.isAlive = options.isAlive ?? processAlive
  }

  /**
   * Take the lock of the document at `path` for `handle`. Fails with the holder when another
   * live window or process has it; `isOpenHere` tells whether a handle of this instance is still
   * open (a lock left by a closed handle is stale).
   */
  async acquire(path: string, handle: string, isOpenHere: (handle: string) => boolean): Promise<AcquireResult> {
    await mkdir(this.dir, { recursive: true })
    const file = this.file(path)
    const mine: LockHolder = { pid: process.pid, session: this.session, handle, at: new Date().toISOString() }
    let stale: LockHolder | undefined
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await writeFile(file, JSON.stringify(mine), { flag: 'wx' })
        return stale ? { ok: true, tookOver: stale } : { ok: true }
      } catch (error) {
        if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error
      }
      const holder = await readHolder(file)
      if (holder && this.isLive(holder, isOpenHere)) return { ok: false, holder }
      stale = holder ?? undefined
      await rm(file, { force: true })
    }
    const holder = await readHolder(file)
    return holder ? { ok: false, holder } : { ok: true }
  }

  /** Give the lock back, if `handle` holds it. */
  async release(path: string, handle: string): Promise<void> {
    const file = this.file(path)
    const holder = await readHolder(file)
    if (holder && holder.session === this.session && holder.handle === handle) await rm(file, { force: true })
  }

  /** The live holder of the lock of `path`, if any. */
  async holder(path: string, isOpenHere: (handle: string) => boolean): Promise<LockHolder | null> {
    const holder = await readHolder(this.file(path))
    return holder && this.isLive(holder, isOpenHere) ? holder : null
  }

  private isLive(holder: LockHolder, isOpenHere: (handle: string) => boolean): boolean {
    if (holder.session === this.session) return isOpenHere(holder.handle)
    return this.isAlive(holder.pid)
  }

  private file(path: string): string {
    return join(this.dir, `${fileKey(path)}.lock`)
  }
}

async function readHolder(file: string): Promise<LockHolder | null> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as Partial<LockHolder>
    if (typeof data.pid !== 'number' || typeof data.session !== 'string' || typeof data.handle !== 'string') return null
    return { pid: data.pid, session: data.session, handle: data.handle, at: String(data.at ?? '') }
  } catch {
    return null
  }
}
