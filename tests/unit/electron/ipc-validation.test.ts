/**
 * IPC: only the contract's channels exist, every request passes its zod schema before any
 * handler runs, and only the app's own top-level page may call. Random payloads for every method
 * never crash the binding and never reach a handler unless they are valid.
 */
import { describe, expect, it, vi } from 'vitest'
import type { IpcMainInvokeEvent } from 'electron'
import { bindIpc, isTrustedSender } from '../../../electron/main/ipc'
import { bindContract, type Handlers } from '../../../electron/services/api'
import { contract, methodNames, type Result } from '../../../core/contract'
import { seededRandom as random } from '../../support/random'
import { errorWords } from '../../support/words'
import type { ErrorMessage } from '../../../core/model/errors'

type Listener = (event: IpcMainInvokeEvent, request: unknown) => Promise<Result<unknown>>

/** Handlers that record the call and answer something the response schema will refuse. */
function recordingHandlers(): { handlers: Handlers; calls: string[] } {
  const calls: string[] = []
  const handlers = Object.fromEntries(
    methodNames.map((name) => [
      name,
      async () => {
        calls.push(name)
        return {}
      },
    ]),
  ) as unknown as Handlers
  return { handlers, calls }
}

function event(url: string, options: { subframe?: boolean; noFrame?: boolean } = {}): IpcMainInvokeEvent {
  const mainFrame = { url }
  const senderFrame = options.noFrame ? null : options.subframe ? { url } : mainFrame
  return { senderFrame, sender: { mainFrame } } as unknown as IpcMainInvokeEvent
}

describe('IPC binding', () => {
  it('registers exactly the contract channels: any other channel has no handler', () => {
    const listeners = new Map<string, Listener>()
    bindIpc({ handle: (channel: string, l: Listener) => void listeners.set(channel, l) } as never, vi.fn())
    expect([...listeners.keys()].sort()).toEqual(methodNames.map((n) => `api:${n}`).sort())
    for (const channel of ['api:fs.readFile', 'api:__proto__', 'menu:action', 'api:', 'documents.list'])
      expect(listeners.has(channel), channel).toBe(false)
  })

  it('answers only the top-level app:// page, never a frame, another origin or a look-alike', async () => {
    const listeners = new Map<string, Listener>()
    const dispatch = vi.fn(async () => ({ ok: true as const, value: {} }))
    bindIpc({ handle: (channel: string, l: Listener) => void listeners.set(channel, l) } as never, dispatch)
    const save = listeners.get('api:documents.save')
    const refused = [
      event('https://evil.example/'),
      event('http://127.0.0.1:5173/'),
      event('file:///C:/Users/x/evil.html'),
      event('app://soan-bao-cao.evil/index.html'),
      event('app://evil/index.html'),
      event('app://soan-bao-cao/index.html', { subframe: true }),
      event('app://soan-bao-cao/index.html', { noFrame: true }),
      event('about:blank'),
      event('devtools://devtools/bundled/inspector.html'),
    ]
    for (const e of refused) {
      const result = (await save?.(e, {})) as { ok: boolean; error?: ErrorMessage }
      expect(result, e.senderFrame?.url ?? 'no frame').toMatchObject({ ok: false, error: { code: 'forbidden' } })
      expect(errorWords(result.error)).toBe('Yêu cầu bị từ chối.')
    }
    expect(dispatch).not.toHaveBeenCalled()
    expect(isTrustedSender(event('app://soan-bao-cao/index.html'))).toBe(true)
  })

  it('validates every method: a payload of the wrong shape never reaches its handler', async () => {
    const { handlers, calls } = recordingHandlers()
    const dispatch = bindContract(handlers)
    for (const name of methodNames) {
      for (const payload of [42, 'x', [], true]) {
        const result = await dispatch(name, payload)
        expect(result, `${name} ${JSON.stringify(payload)}`).toMatchObject({ ok: false, error: { code: 'badRequest' } })
      }
    }
    expect(calls).toEqual([])
  })

  it('refuses unknown methods, including names of object properties', async () => {
    const { handlers, calls } = recordingHandlers()
    const dispatch = bindContract(handlers)
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'fs.readFile', '', 'documents.list ']) {
      expect(await dispatch(name, {}), name).toMatchObject({ ok: false, error: { code: 'unknownMethod' } })
    }
    expect(calls).toEqual([])
  })

  it('survives 2.000 random payloads: always a Result, a handler only for a schema-valid request', async () => {
    const rand = random(7)
    const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T
    const leaf = (): unknown =>
      pick([
        null,
        0,
        -1,
        1.5,
        Number.POSITIVE_INFINITY,
        Number.NaN,
        '',
        'a',
        '../../etc/passwd',
        'x'.repeat(300),
        true,
        {},
        [],
        { __proto__: { polluted: 1 } },
      ])
    const value = (depth: number): unknown => {
      if (depth > 3 || rand() < 0.4) return leaf()
      if (rand() < 0.5) return Array.from({ length: Math.floor(rand() * 4) }, () => value(depth + 1))
      const keys = [
        'id',
        'name',
        'newName',
        'report',
        'backupId',
        'current',
        'templateId',
        'year',
        'text',
        'fileName',
        'trashName',
        'draft',
        '__proto__',
      ]
      return Object.fromEntries(Array.from({ length: Math.floor(rand() * 5) }, () => [pick(keys), value(depth + 1)]))
    }
    const { handlers, calls } = recordingHandlers()
    const dispatch = bindContract(handlers)
    let valid = 0
    for (let i = 0; i < 2000; i++) {
      const name = pick(methodNames)
      const payload = value(0)
      const before = calls.length
      const result = await dispatch(name, payload)
      expect(typeof result.ok).toBe('boolean')
      const accepted = contract[name].request.safeParse(payload ?? {}).success
      expect(calls.length - before, `${name} ${JSON.stringify(payload)}`).toBe(accepted ? 1 : 0)
      if (accepted) valid++
    }
    expect(valid).toBeGreaterThan(0)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
