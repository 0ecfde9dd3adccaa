/**
 * The only bridge between the page and the backend: one async function per contract method,
 * plus a listener for the events the main process pushes (core/server-events.ts), each payload
 * checked against its schema. ipcRenderer itself is never exposed.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { methodNames } from '../../core/contract'
import { ipcChannel } from '../../core/transport'
import { parseServerEvent, serverEventNames, type ServerEventName, type ServerEvents } from '../../core/server-events'

const api = Object.fromEntries(methodNames.map((name) => [name, (request: unknown) => ipcRenderer.invoke(ipcChannel(name), request)]))

contextBridge.exposeInMainWorld('soanBaoCao', {
  api,
  on: <E extends ServerEventName>(event: E, listener: (payload: ServerEvents[E]) => void): (() => void) => {
    if (!serverEventNames.includes(event)) return () => undefined
    const handler = (_event: IpcRendererEvent, payload: unknown): void => {
      const parsed = parseServerEvent(event, payload)
      if (parsed !== undefined) listener(parsed)
    }
    ipcRenderer.on(event, handler)
    return () => {
      ipcRenderer.removeListener(event, handler)
    }
  },
})
