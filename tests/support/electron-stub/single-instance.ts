/**
 * The single-instance lock as Electron keeps it: in the userData folder at the moment it is asked
 * for (Chromium's process singleton). The first process holds it and listens; a later one finds it
 * held, hands over its command line, working directory and additional data, and is told "no".
 * Here: a lock file with the holder's pid, and a local socket named after the folder.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createConnection, createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface Handoff {
  argv: string[]
  workingDirectory: string
  additionalData: unknown
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

export class SingleInstanceLock {
  private server: Server | null = null
  private lockFile: string | null = null
  /** A handoff to the first instance still being written: the process must not end before it is out. */
  pendingHandoff: Promise<void> = Promise.resolve()

  /** Take the lock in `userData`, or hand `handoff` to the process that holds it and get false. */
  request(userData: string, handoff: Handoff, onHandoff: (handoff: Handoff) => void): boolean {
    mkdirSync(userData, { recursive: true })
    const lockFile = join(userData, 'SingletonLock')
    const socket = join(tmpdir(), `sbc-stub-${createHash('sha256').update(userData).digest('hex').slice(0, 16)}.sock`)
    const holder = existsSync(lockFile) ? Number(readFileSync(lockFile, 'utf8')) : NaN
    if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
      this.pendingHandoff = new Promise((resolve) => {
        const connection = createConnection(socket, () => connection.end(JSON.stringify(handoff)))
        connection.on('close', () => resolve())
        connection.on('error', () => resolve())
      })
      return false
    }
    writeFileSync(lockFile, String(process.pid))
    rmSync(socket, { force: true })
    this.lockFile = lockFile
    this.server = createServer((connection) => {
      let text = ''
      connection.setEncoding('utf8')
      connection.on('data', (chunk: string) => (text += chunk))
      connection.on('end', () => onHandoff(JSON.parse(text) as Handoff))
    })
    this.server.listen(socket)
    return true
  }

  /** Give the lock back (app.releaseSingleInstanceLock, or the process ends). */
  release(): void {
    this.server?.close()
    this.server = null
    if (this.lockFile) rmSync(this.lockFile, { force: true })
    this.lockFile = null
  }

  get held(): boolean {
    return this.lockFile !== null
  }
}
