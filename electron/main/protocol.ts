/**
 * The `app://` protocol: serves the built renderer from disk with the strict CSP, never a path
 * outside the renderer folder. Used instead of file:// so the page has a real, narrow origin.
 */
import { readFile } from 'node:fs/promises'
import { extname, resolve, sep } from 'node:path'
import { CONTENT_SECURITY_POLICY } from '../host/csp'

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
}

/** Answer one app:// request from `rendererDir`. */
export async function serveAppRequest(rendererDir: string, requestUrl: string): Promise<Response> {
  const root = resolve(rendererDir)
  const url = new URL(requestUrl)
  const relative = url.pathname === '/' || url.pathname === '' ? 'index.html' : decodeURIComponent(url.pathname).replace(/^\/+/, '')
  const path = resolve(root, relative)
  if (!path.startsWith(root + sep)) return new Response('Not found', { status: 404 })
  try {
    const body = await readFile(path)
    return new Response(body, {
      status: 200,
      headers: {
        'content-type': MIME[extname(path)] ?? 'application/octet-stream',
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
      },
    })
  } catch {
    return new Response('Not found', { status: 404 })
  }
}
