/** Security settings every window and web contents gets (see ARCHITECTURE.md, Security). */
import type { BrowserWindowConstructorOptions, WebContents } from 'electron'
import pkg from '../../package.json'
import { APP_ORIGIN } from './ipc'

/** The only pages the app itself links to; nothing else is handed to the system browser. */
export const APP_LINKS: readonly string[] = [pkg.homepage]

/** True for a link the app created itself: https, and exactly one of {@link APP_LINKS}. */
export function isAppLink(url: string): boolean {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' && APP_LINKS.some((link) => new URL(link).href === parsed.href)
  } catch {
    return false
  }
}

/** True for a page of the app itself (app://soan-bao-cao/…), the only place the window may show. */
export function isAppPage(url: string): boolean {
  try {
    // Node gives custom schemes an opaque origin, so compare scheme and host.
    const parsed = new URL(url)
    return `${parsed.protocol}//${parsed.host}` === APP_ORIGIN
  } catch {
    return false
  }
}

export function secureWebPreferences(preload: string): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
  }
}

/**
 * Deny new windows (an app link opens in the system browser instead), navigation away from
 * app://, webviews, and every permission request or check (camera, notifications, …).
 */
export function hardenWebContents(contents: WebContents, openExternal: (url: string) => void = () => undefined): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isAppLink(url)) openExternal(url)
    return { action: 'deny' }
  })
  contents.on('will-navigate', (event, url) => {
    if (!isAppPage(url)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAppPage(url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  contents.session.setPermissionCheckHandler(() => false)
}
