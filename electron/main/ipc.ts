/**
 * Binds the contract to ipcMain: one channel `api:<name>` per method, each going through the
 * shared dispatch (zod-validated) after the sender frame is checked.
 */
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron'
import { methodNames, type Result } from '../../core/contract'
import { ipcChannel } from '../../core/transport'
import type { ServerEventName, ServerEvents } from '../../core/server-events'
import { DomainError, errorInfoOf } from '../../core/model/errors'
import type { Dispatch } from '../services/api'

export const APP_ORIGIN = 'app://soan-bao-cao'

/** Only our own top-level page, loaded from app://, may call the backend. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>): boolean {
  const frame = event.senderFrame
  if (!frame) return false
  if (frame !== event.sender.mainFrame) return false
  try {
    return new URL(frame.url).origin === APP_ORIGIN || frame.url.startsWith(`${APP_ORIGIN}/`)
  } catch {
    return false
  }
}

export function bindIpc(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch, trusted: typeof isTrustedSender = isTrustedSender): void {
  for (const name of methodNames) {
    ipcMain.handle(ipcChannel(name), async (event, request: unknown): Promise<Result<unknown>> => {
      if (!trusted(event)) {
        return { ok: false, error: errorInfoOf(new DomainError('forbidden')) }
      }
      return dispatch(name, request)
    })
  }
}

/** Push an event to the page, typed by core/server-events. */
export function pushEvent<E extends ServerEventName>(contents: Pick<WebContents, 'send'>, event: E, payload: ServerEvents[E]): void {
  contents.send(event, payload)
}
