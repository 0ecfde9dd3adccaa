/**
 * The Electron security checklist (https://www.electronjs.org/docs/latest/tutorial/security),
 * item by item where it applies, with `electron` mocked: window preferences, permissions, CSP,
 * navigation, new windows, shell.openExternal, webviews, app:// instead of file://, the preload
 * bridge, a current Electron, and the fuses of electron-builder.yml. (Item 17, the IPC sender,
 * is in ipc.test.ts and ipc-validation.test.ts.)
 */
import { describe, expect, it, vi } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { WebContents } from 'electron'
import { hardenWebContents, isAppLink, isAppPage, secureWebPreferences } from '../../../electron/main/window'
import { serveAppRequest } from '../../../electron/main/protocol'
import { CONTENT_SECURITY_POLICY } from '../../../electron/host/csp'
import { methodNames } from '../../../core/contract'

const ROOT = join(import.meta.dirname, '../../..')

const bridge = vi.hoisted(() => ({ exposed: [] as [string, unknown][], invoked: [] as [string, unknown][] }))
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => bridge.exposed.push([key, value]) },
  ipcRenderer: {
    invoke: async (channel: string, request: unknown) => {
      bridge.invoked.push([channel, request])
      return { ok: true, value: {} }
    },
    on: vi.fn(),
    removeListener: vi.fn(),
  },
}))

type Listener = (event: { preventDefault: () => void }, url: string) => void

/** A fake WebContents that records what hardenWebContents installs. */
function fakeContents(): {
  contents: WebContents
  listeners: Map<string, Listener>
  openHandler: () => ((details: { url: string }) => { action: string }) | undefined
  permission: () => ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined
  permissionCheck: () => (() => boolean) | undefined
} {
  const listeners = new Map<string, Listener>()
  let openHandler: ((details: { url: string }) => { action: string }) | undefined
  let permission: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined
  let permissionCheck: (() => boolean) | undefined
  const contents = {
    setWindowOpenHandler: (h: typeof openHandler) => (openHandler = h),
    on: (name: string, l: Listener) => listeners.set(name, l),
    session: {
      setPermissionRequestHandler: (h: typeof permission) => (permission = h),
      setPermissionCheckHandler: (h: typeof permissionCheck) => (permissionCheck = h),
    },
  } as unknown as WebContents
  return { contents, listeners, openHandler: () => openHandler, permission: () => permission, permissionCheck: () => permissionCheck }
}

function prevented(listener: Listener | undefined, url: string): boolean {
  const event = { preventDefault: vi.fn() }
  listener?.(event, url)
  return event.preventDefault.mock.calls.length > 0
}

describe('Electron security checklist', () => {
  it('2–4, 6, 8–11: no Node in any renderer, context isolation, sandbox, web security, no insecure content, no experimental or Blink features, no <webview>', () => {
    const prefs = secureWebPreferences('/app/preload/index.cjs')
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    })
    expect(prefs.experimentalFeatures ?? false).toBe(false)
    expect(prefs.enableBlinkFeatures).toBeUndefined()
    expect(prefs.preload).toBe('/app/preload/index.cjs')
  })

  it('5: denies every permission request and check (camera, microphone, notifications, geolocation…)', () => {
    const fake = fakeContents()
    hardenWebContents(fake.contents)
    for (const name of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn()
      fake.permission()?.({}, name, callback)
      expect(callback, name).toHaveBeenCalledWith(false)
    }
    expect(fake.permissionCheck()?.()).toBe(false)
  })

  it('7: serves every page with a strict Content-Security-Policy', async () => {
    const csp = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([k, ...v]) => [k, v]),
    )
    expect(csp['default-src']).toEqual(["'self'"])
    expect(csp['script-src']).toEqual(["'self'"])
    expect(csp['object-src']).toEqual(["'none'"])
    expect(csp['base-uri']).toEqual(["'none'"])
    expect(csp['frame-ancestors']).toEqual(["'none'"])
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|\*|http:|https:/)
    const response = await serveAppRequest(join(ROOT, 'tests/unit/electron'), 'app://soan-bao-cao/electron-security.test.ts')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('12: refuses to attach any <webview>', () => {
    const fake = fakeContents()
    hardenWebContents(fake.contents)
    expect(prevented(fake.listeners.get('will-attach-webview'), 'https://evil.example/')).toBe(true)
  })

  it('13: allows navigation and redirects only inside app://soan-bao-cao', () => {
    const fake = fakeContents()
    hardenWebContents(fake.contents)
    for (const event of ['will-navigate', 'will-redirect']) {
      const listener = fake.listeners.get(event)
      expect(prevented(listener, 'app://soan-bao-cao/index.html'), event).toBe(false)
      for (const url of [
        'https://evil.example/',
        'file:///etc/passwd',
        'app://soan-bao-cao.evil/index.html',
        'app://evil/',
        'javascript:alert(1)',
        'data:text/html,hi',
        'not a url',
      ]) {
        expect(prevented(listener, url), `${event} ${url}`).toBe(true)
      }
    }
    expect(isAppPage('app://soan-bao-cao/a/b.html')).toBe(true)
  })

  it('14–15: never opens a new window; only https links the app itself makes go to the system browser', () => {
    const opened: string[] = []
    const fake = fakeContents()
    hardenWebContents(fake.contents, (url) => opened.push(url))
    const homepage = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { homepage: string }).homepage
    for (const url of [
      homepage,
      'https://evil.example/',
      'http://soanbaocao.invalid',
      'file:///C:/Windows/System32/calc.exe',
      'smb://share/x',
      'ms-msdt:/id',
      `${homepage}/../../x`,
      'javascript:alert(1)',
    ]) {
      expect(fake.openHandler()?.({ url }), url).toEqual({ action: 'deny' })
    }
    expect(opened).toEqual([homepage])
    expect(isAppLink(homepage)).toBe(true)
    expect(isAppLink(homepage.replace('https:', 'http:'))).toBe(false)
  })

  it('16: uses a current Electron', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }
    const major = Number(/(\d+)/.exec(pkg.devDependencies.electron ?? '')?.[1])
    expect(major).toBeGreaterThanOrEqual(40)
  })

  it('18: loads the UI through app://, never file://, and serves nothing outside the renderer folder', async () => {
    const main = readFileSync(join(ROOT, 'electron/main/index.ts'), 'utf8')
    expect(main).toContain('loadURL(`${APP_ORIGIN}/index.html`)')
    expect(main).not.toMatch(/loadFile\(|file:\/\//)
    const root = join(ROOT, 'tests/unit/electron')
    for (const url of [
      'app://soan-bao-cao/../../../package.json',
      'app://soan-bao-cao/%2e%2e/%2e%2e/package.json',
      'app://soan-bao-cao/..%2f..%2fpackage.json',
      'app://soan-bao-cao/%2F%2Fetc%2Fpasswd',
    ]) {
      expect((await serveAppRequest(root, url)).status, url).toBe(404)
    }
  })

  it('19: flips the fuses in electron-builder.yml (run as node, NODE_OPTIONS and --inspect off; cookie encryption, asar integrity and asar-only on)', () => {
    const yml = readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')
    const block = /^electronFuses:\n((?: {2}\S.*\n)+)/m.exec(yml)?.[1] ?? ''
    const fuses = Object.fromEntries(
      block
        .trim()
        .split('\n')
        .map((line) => line.trim().split(/:\s*/)),
    )
    expect(fuses).toEqual({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableCookieEncryption: 'true',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
      grantFileProtocolExtraPrivileges: 'false',
    })
    expect(yml).toMatch(/^asar: true$/m)
  })

  it('20: the preload exposes one object of contract methods, never ipcRenderer or Electron', async () => {
    await import('../../../electron/preload/index')
    expect(bridge.exposed.map(([key]) => key)).toEqual(['soanBaoCao'])
    const exposed = bridge.exposed[0]?.[1] as { api: Record<string, (r: unknown) => Promise<unknown>> } & Record<string, unknown>
    // Besides the api object, only listener functions (menu actions and the like).
    for (const [key, value] of Object.entries(exposed)) if (key !== 'api') expect(typeof value, key).toBe('function')
    expect(Object.keys(exposed.api).sort()).toEqual([...methodNames].sort())
    for (const fn of Object.values(exposed.api)) expect(typeof fn).toBe('function')
    await exposed.api['documents.list']?.({})
    expect(bridge.invoked).toEqual([['api:documents.list', {}]])
    const text = readFileSync(join(ROOT, 'electron/preload/index.ts'), 'utf8')
    expect(text).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*[,)]/)
  })
})
