import { describe, expect, it, vi } from 'vitest'
import type { IpcMainInvokeEvent } from 'electron'
import { bindIpc, isTrustedSender } from '../../../electron/main/ipc'
import { methodNames } from '../../../core/contract'
import type { Dispatch } from '../../../electron/services/api'

type Listener = (event: IpcMainInvokeEvent, request: unknown) => Promise<unknown>

function fakeEvent(url: string, main = true): IpcMainInvokeEvent {
  const mainFrame = { url }
  return { senderFrame: main ? mainFrame : { url }, sender: { mainFrame } } as unknown as IpcMainInvokeEvent
}

describe('bindIpc', () => {
  it('registers one api:<name> channel per contract method', () => {
    const channels: string[] = []
    bindIpc({ handle: (channel: string) => void channels.push(channel) } as never, vi.fn())
    expect(channels).toEqual(methodNames.map((n) => `api:${n}`))
  })

  it('dispatches calls from the app:// main frame and refuses other senders', async () => {
    const listeners = new Map<string, Listener>()
    const dispatch = vi.fn<Dispatch>(async () => ({ ok: true, value: 'ok' }))
    bindIpc({ handle: (channel: string, l: Listener) => void listeners.set(channel, l) } as never, dispatch)
    const listener = listeners.get('api:documents.list')
    expect(listener).toBeDefined()
    await expect(listener?.(fakeEvent('app://soan-bao-cao/index.html'), {})).resolves.toEqual({ ok: true, value: 'ok' })
    expect(dispatch).toHaveBeenCalledWith('documents.list', {})
    dispatch.mockClear()
    for (const event of [
      fakeEvent('https://evil.example/'),
      fakeEvent('file:///etc/passwd'),
      fakeEvent('app://soan-bao-cao/index.html', false),
    ]) {
      await expect(listener?.(event, {})).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } })
    }
    expect(dispatch).not.toHaveBeenCalled()
  })

  it('treats a missing sender frame as untrusted', () => {
    expect(isTrustedSender({ senderFrame: null, sender: { mainFrame: {} } } as never)).toBe(false)
  })
})
