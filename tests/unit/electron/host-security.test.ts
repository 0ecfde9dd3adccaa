/**
 * The browser-mode host against a hostile page or local program, with the real services behind
 * it: requests without the token or with a wrong one, a foreign Host header (DNS rebinding),
 * invalid payloads, oversized bodies, `../` and encoded paths, directory listings. Everything is
 * refused, nothing reaches the library, and nothing outside the UI folder is served.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { connect } from 'node:net'
import { startHost, type RunningHost } from '../../../electron/host/server'
import { TOKEN_HEADER } from '../../../core/transport'
import { bindContract, createHandlers, type Dispatch } from '../../../electron/services/api'
import { DocumentService } from '../../../electron/services/documents'
import { TemplateService } from '../../../electron/services/templates'
import { settingsFrom } from '../../../electron/services/settings'
import { httpCall, type CallOptions, type Reply } from '../../support/http'
import { errorWords } from '../../support/words'
import type { ErrorMessage } from '../../../core/model/errors'

const TOKEN = 'k9Qw3rT5yU7iO0pA2sD4fG6hJ8kL1zX3'
let host: RunningHost
let dir: string
let dispatched: string[]

const call = (path: string, options?: CallOptions): Promise<Reply> => httpCall(host.port, path, options)

const api = (name: string, body: unknown, headers: Record<string, string> = {}): Promise<Reply> =>
  call(`/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN, ...headers },
    body: JSON.stringify(body),
  })

/** A raw HTTP/1.0 request: lets a test send no Host header at all, or a raw request line. */
function raw(text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(host.port, '127.0.0.1', () => socket.end(text))
    let data = ''
    socket.on('data', (c: Buffer) => (data += c.toString('utf8')))
    socket.on('end', () => resolve(data))
    socket.on('error', reject)
  })
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sbc-host-sec-'))
  const staticDir = join(dir, 'renderer')
  mkdirSync(join(staticDir, 'assets'), { recursive: true })
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Soạn Báo Cáo</title>')
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(dir, 'secret.txt'), 'bí mật')
  const documents = new DocumentService({ libraryDir: join(dir, 'library'), dataDir: join(dir, 'data'), appVersion: '0.1.0' })
  const kv = { store: {} as Record<string, unknown> }
  const real = bindContract(
    createHandlers({
      documents,
      templates: new TemplateService(null),
      settings: settingsFrom(kv),
      appVersion: '0.1.0',
      mode: 'web',
      defaultLibraryDir: join(dir, 'library'),
    }),
  )
  dispatched = []
  const dispatch = vi.fn<Dispatch>(async (name, request) => {
    dispatched.push(name)
    return real(name, request)
  })
  host = await startHost({ dispatch, staticDir, token: TOKEN })
})
afterAll(async () => {
  await host.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('browser-mode host, hostile requests', () => {
  it('refuses every API call without the right token, compared whole', async () => {
    dispatched = []
    const wrong = [undefined, '', TOKEN.slice(0, -1), `${TOKEN}x`, TOKEN.toLowerCase(), `${TOKEN.slice(0, -1)}Y`, `${TOKEN},${TOKEN}`]
    for (const token of wrong) {
      const headers: Record<string, string> = { 'content-type': 'application/json' }
      if (token !== undefined) headers[TOKEN_HEADER] = token
      const res = await call('/api/documents.list', { method: 'POST', headers, body: '{}' })
      expect(res.status, `token ${JSON.stringify(token)}`).toBe(401)
      const body = JSON.parse(res.body) as { error?: ErrorMessage }
      expect(body).toMatchObject({ ok: false, error: { code: 'forbidden' } })
      expect(errorWords(body.error)).toBe('Yêu cầu bị từ chối.')
    }
    // The token in the URL, a cookie or an authorization header does not count.
    expect(
      (await call(`/api/documents.list?token=${TOKEN}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }))
        .status,
    ).toBe(401)
    expect(
      (
        await call('/api/documents.list', {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: `token=${TOKEN}`, authorization: `Bearer ${TOKEN}` },
          body: '{}',
        })
      ).status,
    ).toBe(401)
    expect(dispatched).toEqual([])
  })

  it('refuses a foreign or missing Host header (DNS rebinding), even with the token', async () => {
    dispatched = []
    for (const hostHeader of [
      'evil.example',
      `evil.example:${host.port}`,
      `127.0.0.1.evil.example:${host.port}`,
      '127.0.0.1',
      `127.0.0.1:${host.port + 1}`,
      `[::1]:${host.port}`,
      `localhost.:${host.port}`,
    ]) {
      const res = await call('/api/documents.list', {
        method: 'POST',
        hostHeader,
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN },
        body: '{}',
      })
      expect(res.status, hostHeader).toBe(421)
      expect((await call('/', { hostHeader })).status, `page ${hostHeader}`).toBe(421)
    }
    expect(await raw('GET / HTTP/1.0\r\n\r\n')).toMatch(/^HTTP\/1\.\d 421/)
    expect(dispatched).toEqual([])
    expect((await call('/', { hostHeader: `localhost:${host.port}` })).status).toBe(200)
  })

  it('answers invalid payloads with a Vietnamese error and never touches the library', async () => {
    const cases: [string, unknown][] = [
      ['documents.open', { name: '../../secret.txt' }],
      ['documents.open', { name: '..\\..\\secret.baocao' }],
      ['documents.open', { name: '/etc/passwd' }],
      ['documents.open', { name: 'C:\\Windows\\win.ini' }],
      ['documents.open', { name: '..' }],
      ['documents.open', { name: 'a\u0000.baocao' }],
      ['documents.open', { name: 42 }],
      ['documents.rename', { name: 'a.baocao', newName: '../b' }],
      ['documents.delete', { name: '../library/x.baocao' }],
      ['documents.restoreDeleted', { trashName: '../../secret.txt' }],
      ['documents.save', { id: 'x', report: 'không phải báo cáo' }],
      ['documents.journal', { id: '', report: null }],
      ['documents.create', { templateId: 'tong-ket-nam.ubnd-phuong', year: 1e9 }],
      ['history.restore', { id: 'x', backupId: '', current: {} }],
      ['recovery.restore', { id: 'x'.repeat(1000) }],
      ['documents.list', 'không phải đối tượng'],
      ['documents.list', [1, 2, 3]],
    ]
    for (const [name, body] of cases) {
      const res = await api(name, body)
      expect(res.status, name).toBe(200)
      const result = JSON.parse(res.body) as { ok: boolean; error?: ErrorMessage }
      expect(result, `${name} ${JSON.stringify(body)}`).toMatchObject({ ok: false, error: { code: 'badRequest' } })
      expect(errorWords(result.error)).toMatch(/^Yêu cầu không hợp lệ/)
    }
    // Names that pass the schema but leave the library are still refused by the service.
    for (const body of [{ trashName: '..x.baocao' }, { name: '..x.baocao' }]) {
      const name = 'trashName' in body ? 'documents.restoreDeleted' : 'documents.open'
      expect(JSON.parse((await api(name, body)).body)).toMatchObject({ ok: false, error: { code: 'notFound' } })
    }
    for (const id of ['../../../etc/passwd', `${'0'.repeat(32)}/../../secret.txt`]) {
      expect(JSON.parse((await api('history.openCopy', { backupId: id })).body)).toMatchObject({ ok: false, error: { code: 'notFound' } })
    }
    expect(JSON.parse((await api('recovery.restore', { id: '../../secret' })).body)).toMatchObject({
      ok: false,
      error: { code: 'notFound' },
    })
    expect(readdirSync(dir).filter((n) => !['renderer', 'secret.txt', 'library', 'data'].includes(n))).toEqual([])
    expect(existsSync(join(dir, 'library')) ? readdirSync(join(dir, 'library')) : []).toEqual([])
  })

  it('refuses unknown methods, including names of object properties', async () => {
    for (const name of ['fs.readFile', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '..%2Fdocuments.list', '%E0%A4%A']) {
      const res = await api(name, {})
      expect(res.status, name).toBe(200)
      expect(JSON.parse(res.body), name).toMatchObject({ ok: false, error: { code: 'unknownMethod' } })
    }
  })

  it('refuses malformed JSON, a wrong content type, a wrong method and an oversized body', async () => {
    const headers = { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN }
    expect((await call('/api/documents.list', { method: 'POST', headers, body: '{"a":' })).status).toBe(400)
    expect(
      (await call('/api/documents.list', { method: 'POST', headers: { ...headers, 'content-type': 'text/plain' }, body: '{}' })).status,
    ).toBe(415)
    expect((await call('/api/documents.list', { method: 'PUT', headers, body: '{}' })).status).toBe(405)
    expect((await call('/api/documents.list', { headers })).status).toBe(405)
    expect((await call('/index.html', { method: 'POST', headers, body: '{}' })).status).toBe(405)
    const huge = Buffer.alloc(51 * 1024 * 1024, 0x20)
    const res = await call('/api/documents.list', { method: 'POST', headers, body: huge }).catch((error: unknown) => ({
      status: -1,
      body: String(error),
      headers: {},
    }))
    // The host answers 413 and drops the connection; either way nothing is dispatched.
    expect([413, -1]).toContain(res.status)
  })

  it('serves no file outside the UI folder, whatever the encoding, and lists no directory', async () => {
    const attempts = [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2e%2e%2fsecret.txt',
      '/..%2f..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%2E%2E/%2E%2E/%2E%2E/etc/passwd',
      '/..%5c..%5csecret.txt',
      '//etc/passwd',
      '/%2fetc%2fpasswd',
      '/index.html%00.js',
      '/%E0%A4%A',
      '/assets/',
      '/assets',
      '/assets/.',
    ]
    for (const path of attempts) {
      const res = await call(path)
      expect(res.status, path).toBe(404)
      expect(res.body, path).not.toContain('bí mật')
      expect(res.body, path).not.toContain('root:')
    }
    const raws = await raw(`GET /../../secret.txt HTTP/1.0\r\nHost: 127.0.0.1:${host.port}\r\n\r\n`)
    expect(raws).not.toContain('bí mật')
    const ok = await call('/assets/app.js')
    expect(ok.status).toBe(200)
    expect(ok.headers['content-security-policy']).toContain("default-src 'self'")
    expect(ok.headers['x-content-type-options']).toBe('nosniff')
  })
})
