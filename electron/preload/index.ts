/**
 * The only bridge between the page and the backend: one async function per contract method,
 * plus menu actions. ipcRenderer itself is never exposed.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { MenuAction, methodNames } from '../../core/contract'

const api = Object.fromEntries(methodNames.map((name) => [name, (request: unknown) => ipcRenderer.invoke(`api:${name}`, request)]))

contextBridge.exposeInMainWorld('soanBaoCao', {
  api,
  onMenuAction: (listener: (action: MenuAction) => void) => {
    const handler = (_event: IpcRendererEvent, action: unknown): void => {
      const parsed = MenuAction.safeParse(action)
      if (parsed.success) listener(parsed.data)
    }
    ipcRenderer.on('menu:action', handler)
    return () => {
      ipcRenderer.removeListener('menu:action', handler)
    }
  },
  /**
   * The operating system asked the app to open a report (a double-clicked .baocao): the page then
   * takes it with `documents.openPending`, as it does once at start-up.
   */
  onOpenPending: (listener: () => void) => {
    const handler = (): void => listener()
    ipcRenderer.on('app:open-pending', handler)
    return () => {
      ipcRenderer.removeListener('app:open-pending', handler)
    }
  },
})
