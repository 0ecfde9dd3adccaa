/**
 * The events the Electron main process pushes to the page, with their payload schemas, in one map
 * (as Actual's `ServerEvents`): main sends them typed, the preload checks each payload.
 */
import { z } from 'zod'
import { MenuAction } from './contract'

/** Events the Electron main process pushes to the page: channel → payload schema. */
export const serverEvents = {
  /** A native menu item, handled by the same code as the UI's buttons. */
  'menu:action': MenuAction,
  /**
   * The operating system asked the app to open a report (a double-clicked .baocao): the page then
   * takes it with `documents.openPending`, as it does once at start-up.
   */
  'app:open-pending': z.undefined(),
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
