/**
 * A stand-in for the `electron` module, faithful to Electron 45's documented behaviour in what the
 * app's main process uses, so that the built `out/main/index.js` runs under plain Node:
 *
 * - app: `will-finish-launching` then `ready` after the main script ran; paths as on Linux
 *   (appData from XDG_CONFIG_HOME, userData = appData/<productName>, documents from
 *   user-dirs.dirs); `setPath` refuses a relative or missing folder; the single-instance lock in
 *   userData as it is when asked; `second-instance` only after `ready`; `quit()` emits
 *   `before-quit`, closes every window (a page may refuse), then `will-quit` and `quit`, without
 *   `window-all-closed`; `exit()` ends at once without any of them.
 * - BrowserWindow and webContents: not before `ready`; `close()` emits `close`, then runs the
 *   page's beforeunload: a page holding the window emits `will-prevent-unload`, and the close goes
 *   on only when its `preventDefault()` is called; `destroy()` skips both; `loadURL` goes through
 *   the app's `protocol.handle` handler and emits `did-start-loading`, `dom-ready`,
 *   `did-finish-load` and `ready-to-show` (or `preload-error` when the preload is missing).
 * - protocol (schemes before `ready`, handlers after), ipcMain, dialog (answers queued by the
 *   test), shell, Menu.
 *
 * Everything emitted or called is recorded for the test (see channel.ts).
 */
import { EventEmitter } from 'node:events'
import { existsSync, readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { isAbsolute, join } from 'node:path'
import { exitProcess, onCommand, record } from './channel'
import { SingleInstanceLock, type Handoff } from './single-instance'

const packageJson = JSON.parse(readFileSync(join(import.meta.dirname, '../../../package.json'), 'utf8')) as {
  productName: string
  version: string
}

/** An event whose default can be prevented, as Electron passes to `before-quit`, `close`… */
function preventable(): { defaultPrevented: boolean; preventDefault: () => void } {
  const event = {
    defaultPrevented: false,
    preventDefault: () => {
      event.defaultPrevented = true
    },
  }
  return event
}

/** An emitter that records every event it emits, under `<prefix>:<event>`. */
class Recorded extends EventEmitter {
  constructor(private readonly prefix: string) {
    super()
  }

  emitRecorded(event: string, detail: unknown, ...args: unknown[]): boolean {
    record(`${this.prefix}:${event}`, detail)
    return this.emit(event, ...args)
  }
}

/** The page in a window, as far as the main process can tell: whether it holds the window for unsaved changes. */
const page = { unsaved: false }
const dialogAnswers = { messageBox: [] as number[], save: [] as (string | null)[], open: [] as (string | null)[] }

class App extends Recorded {
  readonly isPackaged = true
  private readonly paths = new Map<string, string>()
  private ready = false
  private quitting = false
  private exiting = false
  private readonly readyPromise: Promise<void>
  private markReady: () => void = () => undefined
  private readonly lock = new SingleInstanceLock()
  private readonly handoffs: Handoff[] = []
  /** Keeps the process alive, as Electron's own loop does, until the app ends. */
  private readonly keepAlive = setInterval(() => undefined, 60_000)

  constructor() {
    super('app')
    this.readyPromise = new Promise((resolve) => (this.markReady = resolve))
    const appData = process.env.XDG_CONFIG_HOME || join(homedir(), '.config')
    this.paths.set('home', homedir())
    this.paths.set('appData', appData)
    this.paths.set('userData', join(appData, packageJson.productName))
    this.paths.set('temp', process.env.TMPDIR || '/tmp')
    this.paths.set('exe', process.execPath)
  }

  getName(): string {
    return packageJson.productName
  }

  getVersion(): string {
    return packageJson.version
  }

  getPath(name: string): string {
    if (name === 'documents') return linuxDocumentsDir(this.paths.get('appData') ?? '')
    const path = this.paths.get(name)
    if (path === undefined) throw new Error(`Failed to get '${name}' path`)
    return path
  }

  setPath(name: string, path: string): void {
    record('call:setPath', { name, path, afterReady: this.ready })
    if (!isAbsolute(path)) throw new Error('Path must be absolute')
    if (!existsSync(path)) throw new Error(`Failed to set path: ${path} does not exist`)
    this.paths.set(name, path)
  }

  isReady(): boolean {
    return this.ready
  }

  whenReady(): Promise<void> {
    return this.readyPromise
  }

  requestSingleInstanceLock(additionalData?: unknown): boolean {
    const userData = this.getPath('userData')
    const handoff: Handoff = { argv: process.argv, workingDirectory: process.cwd(), additionalData: additionalData ?? {} }
    const locked = this.lock.request(userData, handoff, (received) => {
      this.handoffs.push(received)
      if (this.ready) this.deliverHandoffs()
    })
    record('call:requestSingleInstanceLock', { userData, locked, afterReady: this.ready })
    return locked
  }

  hasSingleInstanceLock(): boolean {
    return this.lock.held
  }

  releaseSingleInstanceLock(): void {
    record('call:releaseSingleInstanceLock')
    this.lock.release()
  }

  /** Emit `second-instance` for every command line handed over (never before `ready`). */
  private deliverHandoffs(): void {
    for (const { argv, workingDirectory, additionalData } of this.handoffs.splice(0)) {
      this.emitRecorded('second-instance', { argv, workingDirectory }, preventable(), argv, workingDirectory, additionalData)
    }
  }

  /** The main script has run: Electron finishes launching and becomes ready. */
  launch(): void {
    if (this.exiting) return
    this.emitRecorded('will-finish-launching', undefined)
    setImmediate(() => {
      if (this.exiting) return
      this.ready = true
      this.emitRecorded('ready', undefined, preventable(), {})
      this.markReady()
      this.deliverHandoffs()
    })
  }

  quit(): void {
    record('call:quit')
    if (this.quitting || this.exiting) return
    const event = preventable()
    this.emitRecorded('before-quit', undefined, event)
    if (event.defaultPrevented) return
    this.quitting = true
    const windows = BrowserWindow.getAllWindows()
    if (windows.length === 0) return this.willQuit()
    for (const window of windows) window.close()
  }

  exit(code = 0): void {
    record('call:exit', { code })
    this.end(code)
  }

  focus(): void {
    record('call:focus')
  }

  /** A window closed: the quit goes on once none is left, else it is the ordinary last-window case. */
  windowClosed(): void {
    if (BrowserWindow.getAllWindows().length > 0) return
    if (this.quitting) return this.willQuit()
    if (this.emitRecorded('window-all-closed', undefined)) return
    this.quit()
  }

  /** A window refused to close (its page held it): a quit in progress is cancelled. */
  closeCancelled(): void {
    if (this.quitting) record('app:quit-cancelled')
    this.quitting = false
  }

  private willQuit(): void {
    const event = preventable()
    this.emitRecorded('will-quit', undefined, event)
    if (event.defaultPrevented) {
      this.quitting = false
      return
    }
    this.emitRecorded('quit', { exitCode: 0 }, preventable(), 0)
    this.end(0)
  }

  private end(code: number): void {
    if (this.exiting) return
    this.exiting = true
    void this.lock.pendingHandoff.then(() => {
      this.lock.release()
      clearInterval(this.keepAlive)
      exitProcess(code)
    })
  }
}

/** The Documents folder as Chromium finds it on Linux: XDG user-dirs, else ~/Documents. */
function linuxDocumentsDir(configDir: string): string {
  try {
    const text = readFileSync(join(configDir, 'user-dirs.dirs'), 'utf8')
    const match = /^XDG_DOCUMENTS_DIR="(.+)"$/mu.exec(text)
    if (match?.[1]) return match[1].replace('$HOME', homedir())
  } catch {
    // No user-dirs file.
  }
  return join(homedir(), 'Documents')
}

export const app = new App()

type ProtocolHandler = (request: Request) => Response | Promise<Response>
const protocolHandlers = new Map<string, ProtocolHandler>()

export const protocol = {
  registerSchemesAsPrivileged(schemes: unknown[]): void {
    record('call:registerSchemesAsPrivileged', { schemes, afterReady: app.isReady() })
    if (app.isReady()) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready')
  },
  handle(scheme: string, handler: ProtocolHandler): void {
    record('call:protocol.handle', { scheme })
    if (!app.isReady()) throw new Error('protocol.handle cannot be called before the app is ready')
    protocolHandlers.set(scheme, handler)
  },
  isProtocolHandled(scheme: string): boolean {
    return protocolHandlers.has(scheme)
  },
}

type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown
const invokeHandlers = new Map<string, InvokeHandler>()

class IpcMain extends EventEmitter {
  handle(channel: string, handler: InvokeHandler): void {
    if (invokeHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
    invokeHandlers.set(channel, handler)
  }

  removeHandler(channel: string): void {
    invokeHandlers.delete(channel)
  }
}

export const ipcMain = new IpcMain()

class WebContents extends Recorded {
  readonly mainFrame = { url: '' }
  readonly session = {
    setPermissionRequestHandler: (): void => undefined,
    setPermissionCheckHandler: (): void => undefined,
  }

  private loading = false
  destroyed = false

  constructor(private readonly preload: string | undefined) {
    super('webContents')
  }

  setWindowOpenHandler(): void {}

  isLoading(): boolean {
    return this.loading
  }

  isDestroyed(): boolean {
    return this.destroyed
  }

  send(channel: string, ...args: unknown[]): void {
    record('webContents:send', { channel, args })
  }

  async loadURL(url: string): Promise<void> {
    this.loading = true
    this.emitRecorded('did-start-loading', { url })
    if (!this.preload || !existsSync(this.preload) || process.env.STUB_PRELOAD_FAILS === '1') {
      this.emitRecorded('preload-error', { preload: this.preload }, preventable(), this.preload, new Error('Unable to load preload script'))
    }
    const scheme = new URL(url).protocol.replace(/:$/u, '')
    const handler = protocolHandlers.get(scheme)
    const response = handler ? await handler(new Request(url)) : new Response('', { status: 404 })
    const body = await response.text()
    if (!response.ok || !body.includes('<div id="root">')) {
      this.loading = false
      this.emitRecorded('did-fail-load', { url, status: response.status })
      throw new Error(`ERR_FAILED (-2) loading '${url}'`)
    }
    this.mainFrame.url = url
    this.emitRecorded('dom-ready', undefined)
    this.loading = false
    this.emitRecorded('did-finish-load', undefined)
    owners.get(this)?.emitRecorded('ready-to-show', undefined)
  }

  reload(): void {
    record('call:reload')
    page.unsaved = false
    void this.loadURL(this.mainFrame.url)
  }

  /** The page's beforeunload: true when the page may go. */
  unload(): boolean {
    if (!page.unsaved) return true
    const event = preventable()
    this.emitRecorded('will-prevent-unload', undefined, event)
    return event.defaultPrevented
  }
}

const owners = new WeakMap<WebContents, BrowserWindow>()
const windows = new Set<BrowserWindow>()

export class BrowserWindow extends Recorded {
  readonly webContents: WebContents
  private destroyed = false

  static getAllWindows(): BrowserWindow[] {
    return [...windows]
  }

  constructor(options: { webPreferences?: { preload?: string } & Record<string, unknown> } & Record<string, unknown> = {}) {
    super('window')
    if (!app.isReady()) throw new Error('Cannot create BrowserWindow before app is ready')
    record('call:new BrowserWindow', { webPreferences: options.webPreferences })
    this.webContents = new WebContents(options.webPreferences?.preload)
    owners.set(this.webContents, this)
    windows.add(this)
    app.emitRecorded('web-contents-created', undefined, preventable(), this.webContents)
    app.emitRecorded('browser-window-created', undefined, preventable(), this)
  }

  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url)
  }

  show(): void {
    record('call:show')
  }

  focus(): void {
    record('call:focus')
  }

  isMinimized(): boolean {
    return false
  }

  restore(): void {}

  isDestroyed(): boolean {
    return this.destroyed
  }

  /** Close as the clerk's click on ×, the page's window.close() or a quit does. */
  close(): void {
    if (this.destroyed) return
    const event = preventable()
    this.emitRecorded('close', undefined, event)
    if (event.defaultPrevented || !this.webContents.unload()) return app.closeCancelled()
    this.destroy()
  }

  /** Close at once: no `close` event, no beforeunload; `closed` always. */
  destroy(): void {
    if (this.destroyed) return
    this.destroyed = true
    this.webContents.destroyed = true
    windows.delete(this)
    this.emitRecorded('closed', undefined)
    app.windowClosed()
  }
}

export const dialog = {
  showErrorBox(title: string, content: string): void {
    record('dialog:showErrorBox', { title, content })
  },
  async showMessageBox(...args: unknown[]): Promise<{ response: number; checkboxChecked: boolean }> {
    const options = args.at(-1) as { buttons?: string[]; cancelId?: number; message?: string }
    if (!app.isReady()) throw new Error('dialog.showMessageBox cannot be called before the app is ready')
    const response = dialogAnswers.messageBox.shift() ?? options.cancelId ?? 0
    record('dialog:showMessageBox', { message: options.message, buttons: options.buttons, response })
    return { response, checkboxChecked: false }
  },
  async showSaveDialog(...args: unknown[]): Promise<{ canceled: boolean; filePath: string }> {
    const options = args.at(-1) as { defaultPath?: string }
    const answer = dialogAnswers.save.shift() ?? null
    record('dialog:showSaveDialog', { defaultPath: options.defaultPath, answer })
    return answer === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: answer }
  },
  async showOpenDialog(...args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> {
    const answer = dialogAnswers.open.shift() ?? null
    record('dialog:showOpenDialog', { options: args.at(-1), answer })
    return answer === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [answer] }
  },
}

export const shell = {
  async openPath(path: string): Promise<string> {
    record('shell:openPath', { path, exists: existsSync(path) })
    return existsSync(path) ? '' : 'Failed to open path'
  },
  async openExternal(url: string): Promise<void> {
    record('shell:openExternal', { url })
  },
}

interface MenuItem {
  label?: string
  submenu?: MenuItem[]
  click?: (...args: unknown[]) => void
}
let applicationMenu: MenuItem[] = []

export const Menu = {
  buildFromTemplate(template: MenuItem[]): { items: MenuItem[] } {
    return { items: template }
  },
  setApplicationMenu(menu: { items: MenuItem[] } | null): void {
    applicationMenu = menu?.items ?? []
  },
}

export const contextBridge = {
  exposeInMainWorld(): void {
    throw new Error('contextBridge is only available in a preload script')
  },
}

export const ipcRenderer = new EventEmitter()

const electron = { app, BrowserWindow, contextBridge, dialog, ipcMain, ipcRenderer, Menu, protocol, shell }
export default electron

// ---- what the test drives ---------------------------------------------------------------------

/** The page calls the backend through its preload, from the window's main frame. */
onCommand('invoke', async (args) => {
  const { channel, request } = args as { channel: string; request: unknown }
  const window = BrowserWindow.getAllWindows()[0]
  const handler = invokeHandlers.get(channel)
  if (!window || !handler) throw new Error(`no window or no handler for ${channel}`)
  const contents = window.webContents
  return handler({ sender: { mainFrame: contents.mainFrame }, senderFrame: contents.mainFrame }, request)
})
onCommand('page', (args) => {
  page.unsaved = (args as { unsaved: boolean }).unsaved
})
/** The page's own window.close(), or the clerk's click on ×. */
onCommand('close-window', () => BrowserWindow.getAllWindows()[0]?.close())
onCommand('menu', (args) => {
  const labels = args as string[]
  let items = applicationMenu
  let item: MenuItem | undefined
  for (const label of labels) {
    item = items.find((i) => i.label === label)
    items = item?.submenu ?? []
  }
  if (!item?.click) throw new Error(`no menu item ${labels.join(' › ')}`)
  record('menu:click', labels)
  item.click(item, BrowserWindow.getAllWindows()[0], {})
})
onCommand('dialog-answers', (args) => {
  const answers = args as Partial<typeof dialogAnswers>
  dialogAnswers.messageBox.push(...(answers.messageBox ?? []))
  dialogAnswers.save.push(...(answers.save ?? []))
  dialogAnswers.open.push(...(answers.open ?? []))
})
onCommand('render-process-gone', () => {
  const contents = BrowserWindow.getAllWindows()[0]?.webContents
  contents?.emitRecorded('render-process-gone', { reason: 'crashed' }, preventable(), { reason: 'crashed', exitCode: 1 })
})
