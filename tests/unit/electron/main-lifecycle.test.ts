/**
 * Electron main's start and quit with `electron` mocked (electron-store reads its file as the real
 * one does and throws on a damaged one): a relative --data-dir is resolved and created; a damaged
 * settings file is set aside, kept, and told once; documents stay open until every window has
 * closed (the last save uses its own handle) and are let go in will-quit; a page holding the
 * window for unsaved changes gets "Lưu và thoát / Thoát không lưu / Quay lại".
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

type Listener = (...args: unknown[]) => unknown

const state = vi.hoisted(() => ({
  userData: '',
  appListeners: new Map<string, Listener[]>(),
  contentsListeners: new Map<string, Listener[]>(),
  ipc: new Map<string, Listener>(),
  sent: [] as unknown[][],
  destroyed: 0,
  quit: 0,
  messageBoxResponse: 0,
}))

vi.mock('electron-store', async () => {
  const fs = await import('node:fs')
  const path = await import('node:path')
  return {
    default: class {
      private readonly file: string
      private data: Record<string, unknown>
      constructor(options: { name: string }) {
        this.file = path.join(state.userData, `${options.name}.json`)
        // As electron-store (conf) does: a file that is not JSON throws.
        this.data = fs.existsSync(this.file) ? (JSON.parse(fs.readFileSync(this.file, 'utf8')) as Record<string, unknown>) : {}
      }
      get store(): Record<string, unknown> {
        return this.data
      }
      set store(value: Record<string, unknown>) {
        this.data = value
        fs.writeFileSync(this.file, JSON.stringify(value))
      }
    },
  }
})

vi.mock('electron', () => {
  const on = (map: Map<string, Listener[]>) => (event: string, listener: Listener) => {
    map.set(event, [...(map.get(event) ?? []), listener])
  }
  const frame = { url: 'app://soan-bao-cao/index.html' }
  class BrowserWindow {
    webContents = {
      mainFrame: frame,
      send: (...args: unknown[]) => state.sent.push(args),
      on: on(state.contentsListeners),
      once: vi.fn(),
      isLoading: () => false,
      reload: vi.fn(),
    }
    once(): void {}
    on(): void {}
    show(): void {}
    destroy(): void {
      state.destroyed++
    }
    isMinimized(): boolean {
      return false
    }
    async loadURL(): Promise<void> {}
  }
  return {
    app: {
      setPath: (name: string, path: string) => {
        if (name === 'userData') state.userData = path
      },
      getPath: () => tmpdir(),
      isPackaged: false,
      requestSingleInstanceLock: () => true,
      releaseSingleInstanceLock: vi.fn(),
      exit: vi.fn(),
      on: on(state.appListeners),
      whenReady: () => Promise.resolve(),
      quit: () => {
        state.quit++
      },
    },
    BrowserWindow,
    dialog: {
      showErrorBox: vi.fn(),
      showMessageBox: async () => ({ response: state.messageBoxResponse }),
    },
    ipcMain: { handle: (channel: string, listener: Listener) => state.ipc.set(channel, listener) },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    shell: { openPath: vi.fn(), openExternal: vi.fn() },
  }
})

const base = mkdtempSync(join(tmpdir(), 'sbc-main-lifecycle-'))
const dataDir = join(base, 'data')
const damaged = '{ "language": "vi", "office": { "place": "Hòa Khánh" '

/** Call a contract method as the page would, through its IPC channel. */
async function call(name: string, request: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string } }> {
  const handler = state.ipc.get(`api:${name}`)
  if (!handler) throw new Error(`no handler for ${name}`)
  const frame = { url: 'app://soan-bao-cao/index.html' }
  return (await handler({ senderFrame: frame, sender: { mainFrame: frame } }, request)) as { ok: boolean }
}

beforeAll(async () => {
  // The damaged settings file is already there when the app starts.
  const { mkdirSync } = await import('node:fs')
  mkdirSync(dataDir, { recursive: true })
  writeFileSync(join(dataDir, 'settings.json'), damaged)
  process.argv.push(`--data-dir=${relative(process.cwd(), dataDir)}`)
  await import('../../../electron/main/index')
  await vi.waitFor(() => expect(state.ipc.size).toBeGreaterThan(10))
})

afterAll(() => rmSync(base, { recursive: true, force: true }))

describe('start', () => {
  it('resolves a relative --data-dir against the folder it was started in', () => {
    expect(state.userData).toBe(dataDir)
  })

  it('sets a damaged settings file aside, keeps it, starts with defaults and tells the page once', async () => {
    const aside = readdirSync(dataDir).filter((n) => /^settings\.damaged-.+\.json$/u.test(n))
    expect(aside).toHaveLength(1)
    expect(readFileSync(join(dataDir, aside[0] ?? ''), 'utf8')).toBe(damaged)
    const first = await call('app.notices', {})
    expect(first).toMatchObject({ ok: true, value: [{ code: 'settingsReset', params: { file: join(dataDir, aside[0] ?? '') } }] })
    expect(await call('app.notices', {})).toEqual({ ok: true, value: [] })
    expect(await call('settings.get', {})).toMatchObject({ ok: true, value: { language: 'vi' } })
  })
})

describe('quit', () => {
  it('keeps documents open until the windows have closed, then lets them go in will-quit', async () => {
    const created = (await call('documents.create', { templateId: 'tong-ket-nam.ubnd-phuong', year: 2026 })) as {
      ok: boolean
      value: { id: string; name: string }
    }
    expect(created.ok).toBe(true)
    const { id } = created.value
    for (const listener of state.appListeners.get('before-quit') ?? []) listener({ preventDefault: vi.fn() })
    // The window's last save, after before-quit, still has its handle.
    expect(await call('documents.save', { id, patch: { sections: {} } })).toMatchObject({ ok: true })
    const locks = (): string[] => (existsSync(join(dataDir, 'locks')) ? readdirSync(join(dataDir, 'locks')) : [])
    expect(locks()).toHaveLength(1)

    const event = { preventDefault: vi.fn() }
    for (const listener of state.appListeners.get('will-quit') ?? []) listener(event)
    expect(event.preventDefault).toHaveBeenCalled()
    await vi.waitFor(() => expect(state.quit).toBe(1))
    expect(locks()).toHaveLength(0)
    expect(await call('documents.save', { id, patch: { sections: {} } })).toMatchObject({ ok: false, error: { code: 'notOpen' } })
    // The second will-quit, from that app.quit(), lets the app go.
    const again = { preventDefault: vi.fn() }
    for (const listener of state.appListeners.get('will-quit') ?? []) listener(again)
    expect(again.preventDefault).not.toHaveBeenCalled()
  })

  it.each([
    [0, 'saves, then closes'],
    [1, 'closes without saving'],
    [2, 'keeps the window'],
  ] as const)('asks before closing with unsaved changes: answer %i %s', async (response, _what) => {
    state.messageBoxResponse = response
    state.sent.length = 0
    const destroyedBefore = state.destroyed
    for (const listener of state.contentsListeners.get('will-prevent-unload') ?? []) listener({ preventDefault: vi.fn() })
    await new Promise((r) => setTimeout(r, 10))
    expect(state.sent).toEqual(response === 0 ? [['menu:action', 'save-and-close']] : [])
    expect(state.destroyed - destroyedBefore).toBe(response === 1 ? 1 : 0)
  })
})
