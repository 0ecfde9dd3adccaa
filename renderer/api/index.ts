/**
 * The one API client of the UI. In Electron it calls the preload bridge (`window.soanBaoCao`);
 * in browser mode it posts to the local host with the per-launch token from the URL fragment.
 */
import type { Api, MenuAction, MethodName, OpenDocument, RequestOf, ResponseOf, Result } from '../../core/contract'

/** What electron/preload exposes on `window.soanBaoCao`. */
export interface Bridge {
  api: Api
  onMenuAction: (listener: (action: MenuAction) => void) => () => void
  onOpenDocument: (listener: (doc: OpenDocument) => void) => () => void
}

declare global {
  interface Window {
    soanBaoCao?: Bridge
  }
}

const TOKEN_KEY = 'soan-bao-cao.token'

function readToken(): string {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash)
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1])
    history.replaceState(null, '', window.location.pathname + window.location.search)
    return match[1]
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? ''
}

async function httpCall<M extends MethodName>(token: string, name: M, request: RequestOf<M>): Promise<Result<ResponseOf<M>>> {
  try {
    const response = await fetch(`/api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-soan-bao-cao-token': token },
      body: JSON.stringify(request),
      // Closing a document is sent as the page goes away: it must outlive the page.
      keepalive: name === 'documents.close',
    })
    return (await response.json()) as Result<ResponseOf<M>>
  } catch {
    return { ok: false, error: { code: 'offline', message: '' } }
  }
}

export interface Client {
  mode: 'electron' | 'web'
  call: <M extends MethodName>(name: M, request: RequestOf<M>) => Promise<Result<ResponseOf<M>>>
  onMenuAction: (listener: (action: MenuAction) => void) => () => void
  /** Electron only: reports the operating system opens with the app. */
  onOpenDocument: (listener: (doc: OpenDocument) => void) => () => void
}

function createClient(): Client {
  const bridge = window.soanBaoCao
  if (bridge) {
    return {
      mode: 'electron',
      call: (name, request) => (bridge.api[name] as (r: typeof request) => Promise<Result<ResponseOf<typeof name>>>)(request),
      onMenuAction: (listener) => bridge.onMenuAction(listener),
      onOpenDocument: (listener) => bridge.onOpenDocument(listener),
    }
  }
  const token = readToken()
  return {
    mode: 'web',
    call: (name, request) => httpCall(token, name, request),
    onMenuAction: () => () => undefined,
    onOpenDocument: () => () => undefined,
  }
}

export const client: Client = createClient()
