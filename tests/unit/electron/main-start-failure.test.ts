/**
 * A start-up that fails (here: registering the app:// protocol throws) shows a Vietnamese error
 * and exits, giving back the single-instance lock, instead of leaving an invisible process that
 * every later launch would hand off to.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it, vi } from 'vitest'

const state = vi.hoisted(() => ({
  errorBox: [] as string[][],
  released: 0,
  exitCodes: [] as number[],
}))

vi.mock('electron-store', () => ({
  default: class {
    store: Record<string, unknown> = {}
  },
}))

vi.mock('electron', () => ({
  app: {
    setPath: vi.fn(),
    getPath: () => tmpdir(),
    isPackaged: false,
    requestSingleInstanceLock: () => true,
    releaseSingleInstanceLock: () => {
      state.released++
    },
    exit: (code: number) => state.exitCodes.push(code),
    on: vi.fn(),
    whenReady: () => Promise.resolve(),
    quit: vi.fn(),
  },
  BrowserWindow: vi.fn(),
  dialog: { showErrorBox: (title: string, message: string) => state.errorBox.push([title, message]) },
  ipcMain: { handle: vi.fn() },
  Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn() },
  protocol: {
    registerSchemesAsPrivileged: vi.fn(),
    handle: () => {
      throw new Error('protocol cannot be registered')
    },
  },
  shell: { openPath: vi.fn(), openExternal: vi.fn() },
}))

const dataDir = mkdtempSync(join(tmpdir(), 'sbc-main-fail-'))
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

it('says in Vietnamese that the app cannot start, then exits and gives back the single-instance lock', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
  process.argv.push(`--data-dir=${dataDir}`)
  await import('../../../electron/main/index')
  await vi.waitFor(() => expect(state.exitCodes).toEqual([1]))
  expect(state.errorBox).toEqual([['Soạn Báo Cáo không khởi động được', expect.stringContaining('phải đóng lại')]])
  expect(state.errorBox[0]?.[1]).not.toContain('protocol cannot be registered')
  expect(state.released).toBe(1)
})
