/**
 * The one API client of the UI. In Electron it calls the preload bridge (`window.soanBaoCao`);
 * in browser mode it posts to the local host with the per-launch token from the URL fragment.
 * A page served by Electron (app://) without its bridge has lost its preload: it never falls back
 * to HTTP (every call would fail as "offline"), the UI shows a fatal error instead.
 */
import type { Api, MethodName, RequestOf, ResponseOf, Result } from '../../core/contract'
import { API_PATH, TOKEN_HEADER } from '../../core/transport'
import type { ServerEventName, ServerEvents } from '../../core/server-events'

/** Listen to an event the backend pushes; returns the function that stops listening. */
export type OnServerEvent = <E extends ServerEventName>(event: E, listener: (payload: ServerEvents[E]) => void) => () => void

/** What electron/preload exposes on `window.soanBaoCao`. */
export interface Bridge {
  api: Api
  on: OnServerEvent
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
    const response = await fetch(`${API_PATH}${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify(request),
      // Closing a document is sent as the page goes away: it must outlive the page.
      keepalive: name === 'documents.close',
    })
    return (await response.json()) as Result<ResponseOf<M>>
  } catch {
    return { ok: false, error: { code: 'offline', params: {} } }
  }
}

export interface Client {
  mode: 'electron' | 'web'
  /** Electron's page without its preload bridge: nothing can be loaded or saved. */
  bridgeMissing: boolean
  call: <M extends MethodName>(name: M, request: RequestOf<M>) => Promise<Result<ResponseOf<M>>>
  /** Electron only: menu actions and the reports the operating system opens with the app. */
  on: OnServerEvent
}

const noListener = (): (() => void) => () => undefined

function createClient(): Client {
  const bridge = window.soanBaoCao
  if (bridge) {
    return {
      mode: 'electron',
      bridgeMissing: false,
      call: (name, request) => (bridge.api[name] as (r: typeof request) => Promise<Result<ResponseOf<typeof name>>>)(request),
      on: (event, listener) => bridge.on(event, listener),
    }
  }
  if (window.location.protocol === 'app:') {
    return {
      mode: 'electron',
      bridgeMissing: true,
      call: () => Promise.resolve({ ok: false, error: { code: 'bridgeMissing', params: {} } }),
      on: noListener,
    }
  }
  const token = readToken()
  return {
    mode: 'web',
    bridgeMissing: false,
    call: (name, request) => httpCall(token, name, request),
    on: noListener,
  }
}

export const client: Client = createClient()
