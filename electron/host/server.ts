/**
 * Browser mode: the built renderer and the contract over HTTP, on the loopback interface only.
 * Every API call needs the per-launch token; the Host header must name the loopback address
 * (against DNS rebinding); every response carries the same strict CSP as the Electron window.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { timingSafeEqual } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { extname, resolve, sep } from 'node:path'
import type { AddressInfo } from 'node:net'
import type { Dispatch } from '../services/api'
import { DomainError, errorInfoOf } from '../../core/model/errors'
import { API_PATH, TOKEN_HEADER } from '../../core/transport'
import { CONTENT_SECURITY_POLICY } from './csp'

export { CONTENT_SECURITY_POLICY }

export const LOOPBACK = '127.0.0.1'
const MAX_BODY = 50 * 1024 * 1024

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
}

export interface HostOptions {
  dispatch: Dispatch
  /** The built renderer (out/renderer). */
  staticDir: string
  token: string
  port?: number
}

export interface RunningHost {
  server: Server
  port: number
  url: string
  close: () => Promise<void>
}

function tokenMatches(given: string | undefined, expected: string): boolean {
  if (!given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

function send(res: ServerResponse, status: number, body: string | Buffer, type: string): void {
  res.writeHead(status, {
    'content-type': type,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cache-control': 'no-store',
  })
  res.end(body)
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8')
}

function fail(res: ServerResponse, status: number, error: DomainError): void {
  sendJson(res, status, { ok: false, error: errorInfoOf(error) })
}

function refuse(res: ServerResponse, status: number): void {
  fail(res, status, new DomainError('forbidden'))
}

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    const buffer = chunk as Buffer
    size += buffer.length
    if (size > MAX_BODY) throw new BodyTooLarge()
    chunks.push(buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** A percent-decoded URL path, or null when its encoding is broken. */
function decodePath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname)
  } catch {
    return null
  }
}

/** Start the host. Resolves once it listens on 127.0.0.1 (a random free port unless one is given). */
export function startHost(options: HostOptions): Promise<RunningHost> {
  const root = resolve(options.staticDir)
  let allowedHosts: Set<string> = new Set()

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) fail(res, 500, new DomainError('internal', { detail: 'host' }))
      else res.destroy()
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!allowedHosts.has(req.headers.host ?? '')) return refuse(res, 421)
    const url = new URL(req.url ?? '/', `http://${LOOPBACK}`)

    if (url.pathname.startsWith(API_PATH)) {
      if (req.method !== 'POST') return refuse(res, 405)
      if (!tokenMatches(req.headers[TOKEN_HEADER] as string | undefined, options.token)) return refuse(res, 401)
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return refuse(res, 415)
      let request: unknown
      try {
        const body = await readBody(req)
        request = body ? JSON.parse(body) : {}
      } catch (error) {
        if (error instanceof BodyTooLarge) {
          res.once('finish', () => req.destroy())
          return fail(res, 413, new DomainError('badRequest', { detail: `> ${MAX_BODY / 1024 / 1024} MB` }))
        }
        return fail(res, 400, new DomainError('badRequest', { detail: 'JSON' }))
      }
      const result = await options.dispatch(decodePath(url.pathname.slice(API_PATH.length)) ?? '', request)
      return sendJson(res, 200, result)
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405)
    const decoded = decodePath(url.pathname)
    if (decoded === null || decoded.includes('\0')) return refuse(res, 404)
    const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '')
    const path = resolve(root, relative)
    if (!path.startsWith(root + sep)) return refuse(res, 404)
    try {
      const info = await stat(path)
      if (!info.isFile()) return refuse(res, 404)
      send(res, 200, await readFile(path), MIME[extname(path)] ?? 'application/octet-stream')
    } catch {
      refuse(res, 404)
    }
  }

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, LOOPBACK, () => {
      const port = (server.address() as AddressInfo).port
      allowedHosts = new Set([`${LOOPBACK}:${port}`, `localhost:${port}`])
      resolvePromise({
        server,
        port,
        url: `http://${LOOPBACK}:${port}/#token=${options.token}`,
        close: () => new Promise((done) => server.close(() => done())),
      })
    })
  })
}
