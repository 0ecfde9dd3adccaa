/**
 * The stub's line to the test that started this process (a `fork` IPC channel): every event the
 * stub emits or call it receives is recorded there in order, and the test's commands (the page
 * calling the backend, the clerk clicking a menu or closing the window) come back through it.
 */

/** One thing that happened in the stubbed Electron, in the order it happened. */
export interface StubEvent {
  /** "app:ready", "window:close", "webContents:send", "dialog:showMessageBox", "call:setPath"… */
  name: string
  detail?: unknown
}

export type StubMessage =
  | { type: 'event'; event: StubEvent }
  | { type: 'reply'; id: number; ok: boolean; value?: unknown; error?: string }
  | { type: 'exit'; code: number }

export interface StubCommand {
  id: number
  op: string
  args?: unknown
}

type Handler = (args: unknown) => unknown

const handlers = new Map<string, Handler>()

function post(message: StubMessage, done?: () => void): void {
  if (process.send && process.connected) process.send(message, undefined, undefined, () => done?.())
  else done?.()
}

/** Record an event for the test. */
export function record(name: string, detail?: unknown): void {
  post({ type: 'event', event: detail === undefined ? { name } : { name, detail: toPlain(detail) } })
}

/** Something JSON can carry: functions and Electron objects become their names. */
function toPlain(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (_key, v: unknown) => {
      if (typeof v === 'function') return '[function]'
      if (v instanceof Error) return { error: v.message, code: (v as NodeJS.ErrnoException).code }
      return v
    }) ?? 'null',
  )
}

/** Let the test drive `op` (the page, the clerk, the operating system). */
export function onCommand(op: string, handler: Handler): void {
  handlers.set(op, handler)
}

/** Tell the test the process ends with `code`, then end it once that message is out. */
export function exitProcess(code: number): void {
  post({ type: 'exit', code }, () => process.exit(code))
}

process.on('message', (message: StubCommand) => {
  const handler = handlers.get(message.op)
  if (!handler) {
    post({ type: 'reply', id: message.id, ok: false, error: `unknown command ${message.op}` })
    return
  }
  Promise.resolve()
    .then(() => handler(message.args))
    .then(
      (value) => post({ type: 'reply', id: message.id, ok: true, value: toPlain(value) }),
      (error: unknown) => post({ type: 'reply', id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) }),
    )
})
