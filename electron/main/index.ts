/**
 * Electron main: lifecycle, the secure window, the app:// protocol, the native menu, settings in
 * electron-store, and the contract bound to ipcMain. Domain work lives in services and core.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, shell } from 'electron'
import Store from 'electron-store'
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { tCore } from '../../core/i18n'
import type { MenuAction } from '../../core/contract'
import { DomainError } from '../../core/model/errors'
import { REPORT_EXTENSION_NAME } from '../../core/model/report-file'
import {
  APP_VERSION,
  bindContract,
  createHandlers,
  DocumentService,
  openSettingsStore,
  resolveAppDirs,
  TemplateService,
  writeExport,
} from '../services'
import { APP_ORIGIN, bindIpc, pushEvent } from './ipc'
import { buildMenuTemplate } from './menu'
import { exportDialogOptions, pagesToPdf, printPages } from './printing'
import { reportPathsIn } from './open-files'
import { serveAppRequest } from './protocol'
import { hardenWebContents, secureWebPreferences } from './window'

protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }])

// A relative --data-dir is taken from the folder the app was started in (app.setPath wants an
// absolute path, and throws before any window could say so).
const dataDirOption = process.argv.find((a) => a.startsWith('--data-dir='))?.slice('--data-dir='.length)
const dataDirArg = dataDirOption ? resolve(dataDirOption) : undefined
const dirsForData = resolveAppDirs({ dataDir: dataDirArg })

let mainWindow: BrowserWindow | null = null
/** Reports the operating system asked to open before the window was ready. */
const pendingPaths: string[] = reportPathsIn(process.argv.slice(1))
let openReportPath: ((path: string) => void) | null = null

function send(action: MenuAction): void {
  if (mainWindow) pushEvent(mainWindow.webContents, 'menu:action', action)
}

/**
 * Start-up failed: say so in Vietnamese and exit, giving back the single-instance lock, so that
 * the next launch starts afresh instead of handing off to an invisible process.
 */
function failStart(error: unknown): void {
  console.error(error)
  const detail = error instanceof DomainError ? `\n\n${error.message}` : ''
  try {
    dialog.showErrorBox(tCore('startup.failedTitle'), `${tCore('startup.failed')}${detail}`)
  } finally {
    app.releaseSingleInstanceLock()
    app.exit(1)
  }
}

async function start(): Promise<void> {
  mkdirSync(dirsForData.dataDir, { recursive: true })
  app.setPath('userData', dirsForData.dataDir)
  const { settings, notice } = openSettingsStore(
    join(dirsForData.dataDir, 'settings.json'),
    () => new Store<Record<string, unknown>>({ name: 'settings' }),
  )
  const dirs = resolveAppDirs({ dataDir: dataDirArg, libraryDir: settings.get().libraryDir })
  const documents = new DocumentService({
    libraryDir: dirs.libraryDir,
    trashDir: join(dirs.dataDir, 'trash'),
    dataDir: dirs.dataDir,
    appVersion: APP_VERSION,
  })
  const rendererDir = join(import.meta.dirname, '../renderer')

  protocol.handle('app', (request) => serveAppRequest(rendererDir, request.url))
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, (url) => void shell.openExternal(url)))

  const dispatch = bindContract(
    createHandlers({
      documents,
      templates: new TemplateService(join(dirs.dataDir, 'templates')),
      settings,
      appVersion: APP_VERSION,
      mode: 'electron',
      defaultLibraryDir: dirsForData.libraryDir,
      notices: notice ? [notice] : [],
      pickReportFile: async () => {
        const options = {
          title: tCore('menu.openTitle'),
          properties: ['openFile' as const],
          filters: [{ name: tCore('menu.reportFiles'), extensions: [REPORT_EXTENSION_NAME] }],
        }
        const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options)
        return result.canceled ? null : (result.filePaths[0] ?? null)
      },
      saveExport: async (fileName, bytes) => {
        const options = exportDialogOptions(fileName, app.getPath('documents'))
        const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options)
        if (result.canceled || !result.filePath) return null
        await writeExport(result.filePath, bytes)
        return result.filePath
      },
      printPages: () => (mainWindow ? printPages(mainWindow.webContents) : Promise.resolve(false)),
      pagesToPdf: () => (mainWindow ? pagesToPdf(mainWindow.webContents) : Promise.reject(new Error('no window'))),
      pickSavePath: async (suggestedName) => {
        const options = {
          title: tCore('menu.saveAsTitle'),
          defaultPath: join(documents.library, suggestedName),
          filters: [{ name: tCore('menu.reportFiles'), extensions: [REPORT_EXTENSION_NAME] }],
        }
        const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options)
        return result.canceled || !result.filePath ? null : result.filePath
      },
    }),
    (error) => console.error(error),
  )
  bindIpc(ipcMain, dispatch)

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        send,
        openLibraryFolder: () => void shell.openPath(dirs.libraryDir),
        quit: () => app.quit(),
        isDev: !app.isPackaged,
      }),
    ),
  )

  mainWindow = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 1024,
    minHeight: 700,
    title: 'Soạn Báo Cáo',
    show: false,
    webPreferences: secureWebPreferences(join(import.meta.dirname, '../preload/index.cjs')),
  })
  mainWindow.once('ready-to-show', () => mainWindow?.show())
  // A crashed page leaves its documents open: release them and load the page again, which then
  // offers the journaled text that never reached the files.
  mainWindow.webContents.on('render-process-gone', (_event, details) => {
    void documents.closeAll().then(() => {
      if (details.reason !== 'clean-exit') mainWindow?.webContents.reload()
    })
  })
  // Documents are let go only once every window has closed (and made its last save with its own
  // handle); letting go earlier made that save reopen the report by name.
  let released = false
  app.on('will-quit', (event) => {
    if (released) return
    event.preventDefault()
    void documents
      .closeAll()
      .catch((error: unknown) => console.error(error))
      .finally(() => {
        released = true
        app.quit()
      })
  })
  mainWindow.webContents.on('will-prevent-unload', () => askBeforeClosing())
  mainWindow.on('closed', () => {
    mainWindow = null
  })
  openReportPath = (path) => {
    documents.openPath(path).then(
      (doc) => mainWindow && pushEvent(mainWindow.webContents, 'app:open-document', doc),
      (error: unknown) => dialog.showErrorBox(tCore('menu.openTitle'), error instanceof Error ? error.message : String(error)),
    )
  }
  mainWindow.webContents.once('did-finish-load', () => {
    for (const path of pendingPaths.splice(0)) openReportPath?.(path)
  })
  await mainWindow.loadURL(`${APP_ORIGIN}/index.html`)
}

/**
 * The page held the window open because something is not saved yet (the renderer's beforeunload):
 * "Lưu và thoát" saves and closes, "Thoát không lưu" closes anyway (the text stays in the
 * crash journal, offered at the next start), "Quay lại" keeps the window.
 */
function askBeforeClosing(): void {
  const window = mainWindow
  if (!window) return
  void dialog
    .showMessageBox(window, {
      type: 'warning',
      title: tCore('quit.title'),
      message: tCore('quit.message'),
      detail: tCore('quit.detail'),
      buttons: [tCore('quit.save'), tCore('quit.discard'), tCore('quit.cancel')],
      defaultId: 0,
      cancelId: 2,
      noLink: true,
    })
    .then(({ response }) => {
      if (response === 0) send('save-and-close')
      else if (response === 1) window.destroy()
    })
}

/** A double-clicked report: open it now, or as soon as the window has loaded. */
function openFromSystem(path: string): void {
  if (openReportPath && mainWindow && !mainWindow.webContents.isLoading()) openReportPath(path)
  else pendingPaths.push(path)
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', (_event, argv) => {
    if (mainWindow?.isMinimized()) mainWindow.restore()
    mainWindow?.focus()
    for (const path of reportPathsIn(argv.slice(1))) openFromSystem(path)
  })
  app.on('open-file', (event, path) => {
    event.preventDefault()
    openFromSystem(path)
  })
  app.on('window-all-closed', () => app.quit())
  app.whenReady().then(start).catch(failStart)
}
