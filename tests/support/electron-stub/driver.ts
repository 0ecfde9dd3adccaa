/**
 * The test's side of the stubbed Electron: starts the built main process in a child process (as
 * the operating system would, with a command line, a working directory and an environment), plays
 * the page, the clerk and the system through commands, and keeps every event in order.
 */
import { fork, type ChildProcess } from 'node:child_process'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { StubCommand, StubEvent, StubMessage } from './channel'

const ROOT = resolve(import.meta.dirname, '../../..')
const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href
const ENTRY = join(import.meta.dirname, 'main-process.ts')

export interface Launch {
  cwd: string
  args: string[]
  env: Record<string, string>
}

/** A contract call's result as the page gets it. */
export type CallResult = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } }

export class StubbedApp {
  readonly events: StubEvent[] = []
  readonly output: string[] = []
  readonly exited: Promise<number>
  private readonly child: ChildProcess
  private readonly replies = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>()
  private readonly waiters: { test: (event: StubEvent) => boolean; resolve: (event: StubEvent) => void }[] = []
  private nextId = 1

  constructor({ cwd, args, env }: Launch) {
    this.child = fork(ENTRY, args, {
      cwd,
      env: { PATH: process.env.PATH ?? '', ...env },
      execArgv: ['--import', TSX],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    })
    this.child.stdout?.on('data', (chunk: Buffer) => this.output.push(chunk.toString()))
    this.child.stderr?.on('data', (chunk: Buffer) => this.output.push(chunk.toString()))
    this.child.on('message', (message: StubMessage) => this.receive(message))
    this.exited = new Promise((done) => this.child.on('exit', (code) => done(code ?? -1)))
  }

  private receive(message: StubMessage): void {
    if (message.type === 'event') {
      this.events.push(message.event)
      for (const waiter of [...this.waiters]) {
        if (waiter.test(message.event)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1)
          waiter.resolve(message.event)
        }
      }
    } else if (message.type === 'reply') {
      const reply = this.replies.get(message.id)
      this.replies.delete(message.id)
      if (message.ok) reply?.resolve(message.value)
      else reply?.reject(new Error(message.error))
    }
  }

  private command(op: string, args?: unknown): Promise<unknown> {
    const id = this.nextId++
    const message: StubCommand = { id, op, args }
    return new Promise((resolve, reject) => {
      this.replies.set(id, { resolve, reject })
      this.child.send(message)
    })
  }

  /** The first event (already seen or still to come) named `name` and passing `test`. */
  waitFor(name: string, test: (detail: unknown) => boolean = () => true, timeoutMs = 20_000): Promise<StubEvent> {
    const matches = (event: StubEvent): boolean => event.name === name && test(event.detail)
    const seen = this.events.find(matches)
    if (seen) return Promise.resolve(seen)
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no ${name} within ${timeoutMs} ms; events: ${this.names().join(', ')}\n${this.output.join('')}`)),
        timeoutMs,
      )
      this.waiters.push({
        test: matches,
        resolve: (event) => {
          clearTimeout(timer)
          resolve(event)
        },
      })
    })
  }

  /** The page calls a contract method through its preload. */
  async call(name: string, request: unknown = {}): Promise<CallResult> {
    return (await this.command('invoke', { channel: `api:${name}`, request })) as CallResult
  }

  /** Like {@link call}, for a call that must succeed. */
  async value<T>(name: string, request: unknown = {}): Promise<T> {
    const result = await this.call(name, request)
    if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`)
    return result.value as T
  }

  /** Whether the page holds the window for unsaved changes (its beforeunload). */
  setUnsaved(unsaved: boolean): Promise<unknown> {
    return this.command('page', { unsaved })
  }

  /** Answers for the next dialogs: message boxes by button index, save dialogs by path (null cancels). */
  answerDialogs(answers: { messageBox?: number[]; save?: (string | null)[]; open?: (string | null)[] }): Promise<unknown> {
    return this.command('dialog-answers', answers)
  }

  clickMenu(...labels: string[]): Promise<unknown> {
    return this.command('menu', labels)
  }

  /** The page's window.close(), or the clerk's click on ×. */
  closeWindow(): Promise<unknown> {
    return this.command('close-window')
  }

  /** The events' names in order, e.g. to compare sequences. */
  names(): string[] {
    return this.events.map((e) => e.name)
  }

  /** Position of the first event named `name` (-1 when none). */
  indexOf(name: string, from = 0): number {
    return this.events.findIndex((e, i) => i >= from && e.name === name)
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill('SIGKILL')
  }
}
