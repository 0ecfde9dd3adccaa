/**
 * How the page reaches the backend, spelled once for every side: the IPC channel of each contract
 * method (Electron), the HTTP path and the token header (browser mode), and the events the
 * backend pushes to the page with their payload schemas (as Actual's `ServerEvents`).
 */
import type { z } from 'zod'
import { MenuAction, OpenDocument, type MethodName } from './contract'

/** The Electron IPC channel of a contract method. */
export function ipcChannel(method: MethodName): string {
  return `api:${method}`
}

/** Browser mode: each method is `POST <API_PATH><method>`. */
export const API_PATH = '/api/'

/** Browser mode: the header carrying the per-launch token on every API call. */
export const TOKEN_HEADER = 'x-soan-bao-cao-token'

/** Events the Electron main process pushes to the page: channel → payload schema. */
export const serverEvents = {
  /** A native menu item, handled by the same code as the UI's buttons. */
  'menu:action': MenuAction,
  /** A report the operating system asked the app to open (double-click on a .baocao file). */
  'app:open-document': OpenDocument,
} as const
export type ServerEventName = keyof typeof serverEvents
export type ServerEvents = { [E in ServerEventName]: z.infer<(typeof serverEvents)[E]> }
export const serverEventNames = Object.keys(serverEvents) as ServerEventName[]

/** Parse a pushed payload against its event's schema; undefined when it does not fit. */
export function parseServerEvent<E extends ServerEventName>(event: E, payload: unknown): ServerEvents[E] | undefined {
  const schema: z.ZodType = serverEvents[event]
  const parsed = schema.safeParse(payload)
  return parsed.success ? (parsed.data as ServerEvents[E]) : undefined
}
