/**
 * How the page reaches the backend, spelled once for every side: the IPC channel of each contract
 * method (Electron), and the HTTP path and the token header (browser mode). The events the
 * backend pushes to the page are in server-events.ts.
 */
import type { MethodName } from './contract'

/** The Electron IPC channel of a contract method. */
export function ipcChannel(method: MethodName): string {
  return `api:${method}`
}

/** Browser mode: each method is `POST <API_PATH><method>`. */
export const API_PATH = '/api/'

/** Browser mode: the header carrying the per-launch token on every API call. */
export const TOKEN_HEADER = 'x-soan-bao-cao-token'
