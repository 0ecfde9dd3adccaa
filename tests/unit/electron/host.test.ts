import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { networkInterfaces, tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AddressInfo } from 'node:net'
import { startHost, type RunningHost } from '../../../electron/host/server'
import { TOKEN_HEADER } from '../../../core/transport'
import type { Dispatch } from '../../../electron/services/api'
import { request as httpRequest } from 'node:http'
import { httpCall, type CallOptions, type Reply } from '../../support/http'

const TOKEN = 'test-token-0123456789abcdef'
let host: RunningHost
const dispatch = vi.fn<Dispatch>(async (name) => ({ ok: true, value: { called: name } }))

const call = (path: string, options?: CallOptions): Promise<Reply> => httpCall(host.port, path, options)

beforeAll(async () => {
  const staticDir = mkdtempSync(join(tmpdir(), 'sbc-host-'))
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Soạn Báo Cáo</title>')
  host = await startHost({ dispatch, staticDir, token: TOKEN })
})
afterAll(() => host.close())

describe('browser-mode host', () => {
  it('listens on the loopback address only', () => {
    const address = host.server.address() as AddressInfo
    expect(address.address).toBe('127.0.0.1')
    expect(host.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/#token=`))
  })

  it('is not reachable on any non-loopback interface', async () => {
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal)
    if (!external) {
      console.warn('No non-loopback IPv4 interface on this machine: only the bound address is checked.')
      return
    }
    const refused = await new Promise<boolean>((resolve) => {
      const req = httpRequest({ host: external.address, port: host.port, path: '/', timeout: 2000 }, () => resolve(false))
      req.on('error', () => resolve(true))
      req.on('timeout', () => {
        req.destroy()
        resolve(true)
      })
      req.end()
    })
    expect(refused).toBe(true)
  })

  it('refuses an API request without the token, and never dispatches it', async () => {
    dispatch.mockClear()
    const res = await call('/api/documents.list', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
    expect(res.status).toBe(401)
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    const wrong = await call('/api/documents.list', {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: 'x'.repeat(TOKEN.length) },
      body: '{}',
    })
    expect(wrong.status).toBe(401)
    expect(dispatch).not.toHaveBeenCalled()
  })

  it('dispatches an API request that carries the token', async () => {
    dispatch.mockClear()
    const res = await call('/api/documents.list', {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN },
      body: '{}',
    })
    expect(res.status).toBe(200)
    expect(JSON.parse(res.body)).toEqual({ ok: true, value: { called: 'documents.list' } })
    expect(dispatch).toHaveBeenCalledWith('documents.list', {})
  })

  it('refuses a foreign Host header (DNS rebinding) even with the token', async () => {
    dispatch.mockClear()
    const res = await call('/api/documents.list', {
      method: 'POST',
      hostHeader: 'evil.example:80',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN },
      body: '{}',
    })
    expect(res.status).toBe(421)
    expect(dispatch).not.toHaveBeenCalled()
  })

  it('refuses GET on the API and malformed JSON', async () => {
    expect((await call('/api/documents.list', { headers: { [TOKEN_HEADER]: TOKEN } })).status).toBe(405)
    const bad = await call('/api/documents.list', {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN },
      body: '{oops',
    })
    expect(bad.status).toBe(400)
  })

  it('serves the UI with the strict CSP and never a file outside it', async () => {
    const page = await call('/')
    expect(page.status).toBe(200)
    expect(page.body).toContain('Soạn Báo Cáo')
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'self'")
    expect((await call('/../../etc/passwd')).status).toBe(404)
    expect((await call('/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404)
  })
})
