/**
 * Electron main with `electron` mocked: the window is created with the hardened preferences,
 * content comes from app://, navigation and new windows are denied, the menu is Vietnamese.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'

const state = vi.hoisted(() => ({
  windowOptions: [] as Record<string, unknown>[],
  loaded: [] as string[],
  schemes: [] as unknown[],
  handled: [] as string[],
  ipcChannels: [] as string[],
  menu: [] as unknown[],
  webContentsCreated: [] as ((event: unknown, contents: unknown) => void)[],
  ready: Promise.resolve(),
}))

vi.mock('electron-store', () => ({
  default: class {
    store: Record<string, unknown> = {}
  },
}))

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = { send: vi.fn(), on: vi.fn(), once: vi.fn(), isLoading: () => false }
    constructor(options: Record<string, unknown>) {
      state.windowOptions.push(options)
    }
    once(): void {}
    on(): void {}
    show(): void {}
    isMinimized(): boolean {
      return false
    }
    async loadURL(url: string): Promise<void> {
      state.loaded.push(url)
    }
  }
  const app = {
    setPath: vi.fn(),
    getPath: () => '/tmp',
    isPackaged: false,
    requestSingleInstanceLock: () => true,
    on: (event: string, listener: (event: unknown, contents: unknown) => void) => {
      if (event === 'web-contents-created') state.webContentsCreated.push(listener)
    },
    whenReady: () => state.ready,
    quit: vi.fn(),
  }
  return {
    app,
    BrowserWindow,
    dialog: { showSaveDialog: vi.fn() },
    ipcMain: { handle: (channel: string) => state.ipcChannels.push(channel) },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: (t: unknown[]) => state.menu.push(...t) },
    protocol: {
      registerSchemesAsPrivileged: (s: unknown[]) => state.schemes.push(...s),
      handle: (scheme: string) => state.handled.push(scheme),
    },
    shell: { openPath: vi.fn() },
  }
})

beforeAll(async () => {
  process.argv.push('--data-dir=/tmp/sbc-main-test')
  await import('../../../electron/main/index')
  await new Promise((r) => setTimeout(r, 50))
})

describe('electron main (electron mocked)', () => {
  it('creates one window with context isolation, sandbox and no node integration', () => {
    expect(state.windowOptions).toHaveLength(1)
    const prefs = state.windowOptions[0]?.webPreferences as Record<string, unknown>
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false })
    expect(String(prefs.preload)).toMatch(/preload[\\/]index\.cjs$/)
  })

  it('loads the UI through the app:// protocol, not file://', () => {
    expect(state.schemes).toEqual([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ])
    expect(state.handled).toEqual(['app'])
    expect(state.loaded).toEqual(['app://soan-bao-cao/index.html'])
  })

  it('binds every contract method to ipcMain', () => {
    expect(state.ipcChannels).toContain('api:documents.save')
    expect(state.ipcChannels).toContain('api:export.save')
  })

  it('denies window.open and navigation away from the app', () => {
    const handlers: Record<string, (event: { preventDefault: () => void }, url: string) => void> = {}
    let openHandler: ((details: { url: string }) => { action: string }) | undefined
    const contents = {
      setWindowOpenHandler: (h: (details: { url: string }) => { action: string }) => (openHandler = h),
      on: (name: string, h: (event: { preventDefault: () => void }, url: string) => void) => (handlers[name] = h),
      session: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() },
    }
    for (const listener of state.webContentsCreated) listener({}, contents)
    expect(openHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' })
    const away = { preventDefault: vi.fn() }
    handlers['will-navigate']?.(away, 'https://evil.example/')
    expect(away.preventDefault).toHaveBeenCalled()
    const inside = { preventDefault: vi.fn() }
    handlers['will-navigate']?.(inside, 'app://soan-bao-cao/index.html')
    expect(inside.preventDefault).not.toHaveBeenCalled()
  })

  it('has the Vietnamese menu Tệp, Sửa, Xem, Trợ giúp', () => {
    const labels = (state.menu as MenuItemConstructorOptions[]).map((m) => m.label)
    expect(labels).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp'])
  })
})
