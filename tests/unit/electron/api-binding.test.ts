import { describe, expect, it, vi } from 'vitest'
import { bindContract, type Handlers } from '../../../electron/services/api'
import { DomainError } from '../../../core/model/errors'

function spyHandlers(): { handlers: Handlers; calls: string[] } {
  const calls: string[] = []
  const handler = (name: string, value: unknown) =>
    vi.fn(async () => {
      calls.push(name)
      return value
    })
  const handlers = {
    'app.info': handler('app.info', { version: '1.0.0', mode: 'web', libraryDir: '/tmp/x' }),
    'templates.list': handler('templates.list', []),
    'documents.list': handler('documents.list', []),
    'documents.create': handler('documents.create', {}),
    'documents.open': handler('documents.open', {}),
    'documents.save': handler('documents.save', { savedAt: 'x' }),
    'checks.run': handler('checks.run', []),
    'export.build': handler('export.build', {}),
    'export.save': handler('export.save', {}),
  } as unknown as Handlers
  return { handlers, calls }
}

describe('bindContract', () => {
  it('passes a valid request to its handler and wraps the value', async () => {
    const { handlers, calls } = spyHandlers()
    const dispatch = bindContract(handlers)
    await expect(dispatch('app.info', {})).resolves.toEqual({ ok: true, value: { version: '1.0.0', mode: 'web', libraryDir: '/tmp/x' } })
    expect(calls).toEqual(['app.info'])
  })

  it('rejects an invalid request with a clear Vietnamese error and never calls the service', async () => {
    const { handlers, calls } = spyHandlers()
    const dispatch = bindContract(handlers)
    const result = await dispatch('documents.create', { templateId: 'tong-ket-nam.ubnd-phuong', year: 'năm ngoái' })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('badRequest')
      expect(result.error.message).toMatch(/^Yêu cầu không hợp lệ/)
      expect(result.error.message).toContain('year')
    }
    const traversal = await dispatch('documents.open', { name: '../../etc/passwd' })
    expect(traversal.ok).toBe(false)
    expect(calls).toEqual([])
  })

  it('refuses an unknown method without touching any handler', async () => {
    const { handlers, calls } = spyHandlers()
    const result = await bindContract(handlers)('fs.readFile', { path: '/etc/passwd' })
    expect(result).toMatchObject({ ok: false, error: { code: 'unknownMethod' } })
    expect(calls).toEqual([])
  })

  it('turns a domain error into {ok:false} with its code, message and values (for the page’s own language)', async () => {
    const { handlers } = spyHandlers()
    handlers['documents.open'] = async () => {
      throw new DomainError('notFound', { name: 'a.baocao' })
    }
    const result = await bindContract(handlers)('documents.open', { name: 'a.baocao' })
    expect(result).toEqual({
      ok: false,
      error: { code: 'notFound', message: 'Không tìm thấy tệp “a.baocao” trong thư mục báo cáo.', params: { name: 'a.baocao' } },
    })
  })

  it('reports an unexpected error as internal and tells the caller', async () => {
    const { handlers } = spyHandlers()
    handlers['documents.list'] = async () => {
      throw new Error('disk on fire')
    }
    const seen: unknown[] = []
    const result = await bindContract(handlers, (e) => seen.push(e))('documents.list', {})
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(seen).toHaveLength(1)
  })

  it('validates responses too, so a handler bug cannot leak malformed data', async () => {
    const { handlers } = spyHandlers()
    handlers['app.info'] = async () => ({ version: 1 }) as never
    const result = await bindContract(handlers)('app.info', {})
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
  })
})
