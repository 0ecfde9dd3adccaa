/**
 * The only bridge between the page and the backend: one async function per contract method,
 * plus menu actions. ipcRenderer itself is never exposed.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { MenuAction, methodNames, OpenDocument } from '../../core/contract'

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
  /** A report the operating system asked the app to open (double-click on a .baocao file). */
  onOpenDocument: (listener: (doc: OpenDocument) => void) => {
    const handler = (_event: IpcRendererEvent, doc: unknown): void => {
      const parsed = OpenDocument.safeParse(doc)
      if (parsed.success) listener(parsed.data)
    }
    ipcRenderer.on('app:open-document', handler)
    return () => {
      ipcRenderer.removeListener('app:open-document', handler)
    }
  },
})
