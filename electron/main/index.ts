/**
 * Electron main: lifecycle, the secure window, the app:// protocol, the native menu, settings in
 * electron-store, and the contract bound to ipcMain. Domain work lives in services and core.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, shell } from 'electron'
import Store from 'electron-store'
import { existsSync, mkdirSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { tCore } from '../../core/i18n'
import type { MenuAction } from '../../core/contract'
import { DomainError } from '../../core/model/errors'
import { REPORT_EXTENSION_NAME } from '../../core/model/report-file'
import {
  APP_VERSION,
  bindContract,
  createHandlers,
  defaultLibraryFor,
  DocumentService,
  documentsDir,
  openSettingsStore,
  settleLibrary,
  TemplateService,
} from '../services'
import { APP_ORIGIN, bindIpc, pushEvent } from './ipc'
import { launchDirs } from './launch'
import { buildMenuTemplate } from './menu'
import { exportDialogOptions, pagesToPdf, printPages } from './printing'
import { reportPathsIn } from './open-files'
import { revealFile } from './reveal'
import { serveAppRequest } from './protocol'
import { hardenWebContents, secureWebPreferences } from './window'

protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }])

const launch = launchDirs(process.argv, process.env, process.cwd())

let mainWindow: BrowserWindow | null = null
/** Reports the operating system asked to open, until the page takes them (`documents.openPending`). */
const pendingPaths: string[] = reportPathsIn(process.argv.slice(1))

function send(action: MenuAction): void {
  if (mainWindow) pushEvent(mainWindow.webContents, 'menu:action', action)
}

/**
 * Start-up failed: say so in Vietnamese and exit, giving back the single-instance lock, so that
 * the next launch starts afresh instead of handing off to an invisible process.
 */
function failStart(error: unknown, message = tCore('startup.failed')): void {
  console.error(error)
  const detail = error instanceof DomainError ? `\n\n${error.message}` : ''
  try {
    dialog.showErrorBox(tCore('startup.failedTitle'), `${message}${detail}`)
  } finally {
    app.releaseSingleInstanceLock()
    app.exit(1)
  }
}

/**
 * The data folder becomes `userData`, created first (app.setPath refuses a missing folder): before
 * `ready`, so that the page's storage is there too, and before the single-instance lock, which
 * Electron keeps in userData (two data folders are two separate apps).
 */
function useDataDir(): boolean {
  try {
    mkdirSync(launch.dataDir, { recursive: true })
    app.setPath('userData', launch.dataDir)
    return true
  } catch (error) {
    failStart(error)
    return false
  }
}

/** The Documents folder as Electron knows it (redirected to OneDrive or moved included). */
function documentsFolder(): string {
  try {
    return app.getPath('documents')
  } catch {
    return documentsDir()
  }
}

/** "Mở thư mục báo cáo": the library in use now (created if needed), in the file manager. */
async function openFolder(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true }).catch(() => undefined)
  const error = await shell.openPath(folder)
  if (error) dialog.showErrorBox(tCore('menu.openFolder'), tCore('menu.openFolderFailed', { folder }))
}

async function start(): Promise<void> {
  const { settings, notice } = openSettingsStore(
    join(launch.dataDir, 'settings.json'),
    () => new Store<Record<string, unknown>>({ name: 'settings' }),
  )
  const { library, defaultLibrary } = settleLibrary(
    settings,
    () => defaultLibraryFor(launch.selfContained ? launch.dataDir : undefined, documentsFolder),
    !launch.selfContained,
  )
  const documents = new DocumentService({
    libraryDir: library,
    trashDir: join(launch.dataDir, 'trash'),
    dataDir: launch.dataDir,
    appVersion: APP_VERSION,
  })
  const rendererDir = join(import.meta.dirname, '../renderer')

  protocol.handle('app', (request) => serveAppRequest(rendererDir, request.url))
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, (url) => void shell.openExternal(url)))

  const dispatch = bindContract(
    createHandlers({
      documents,
      templates: new TemplateService(join(launch.dataDir, 'templates')),
      settings,
      appVersion: APP_VERSION,
      mode: 'electron',
      defaultLibraryDir: defaultLibrary,
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
      pickExportPath: async (fileName, folder) => {
        const options = exportDialogOptions(fileName, folder ?? documentsFolder())
        const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options)
        return result.canceled || !result.filePath ? null : result.filePath
      },
      revealExport: (path, how) => revealFile(shell, path, how),
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
      // The newest request wins: the page shows one report at a time.
      takePendingOpen: () => pendingPaths.splice(0).at(-1) ?? null,
    }),
    (error) => console.error(error),
  )
  bindIpc(ipcMain, dispatch)

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        send,
        openLibraryFolder: () => void openFolder(documents.library),
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
  // Without its preload the page cannot reach the backend at all: a damaged install, or an
  // antivirus that removed the file. Say so and stop, rather than show a window that saves nothing.
  mainWindow.webContents.on('preload-error', (_event, _path, error) => failStart(error, tCore('startup.damaged')))
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

/**
 * A report the operating system asked to open (a double-click, at start or later). It waits
 * until the page asks for it: at start-up, once the page is ready (a report pushed earlier was
 * hidden again by the page's own start), and at once when told now.
 */
function openFromSystem(path: string): void {
  pendingPaths.push(path)
  if (mainWindow) pushEvent(mainWindow.webContents, 'app:open-pending', undefined)
}

if (useDataDir()) {
  if (!app.requestSingleInstanceLock()) {
    app.quit()
  } else {
    // A relative path on a second instance's command line is from the folder it was started in.
    app.on('second-instance', (_event, argv, workingDirectory) => {
      if (mainWindow?.isMinimized()) mainWindow.restore()
      mainWindow?.focus()
      for (const path of reportPathsIn(argv.slice(1), existsSync, workingDirectory)) openFromSystem(path)
    })
    app.on('open-file', (event, path) => {
      event.preventDefault()
      openFromSystem(path)
    })
    app.on('window-all-closed', () => app.quit())
    app
      .whenReady()
      .then(start)
      .catch((error: unknown) => failStart(error))
  }
}
