/** Settings that cannot be read never stop the app: the file is set aside (kept) and told once. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createConfSettings, openSettingsStore } from '../../../electron/services/settings'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sbc-settings-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('settings of the browser-mode host and the CLI', () => {
  it('start from defaults when the file is damaged, keeping the damaged file beside the new one', () => {
    const damaged = '{"language":"en","office":{"place":"Hòa Khánh"'
    writeFileSync(join(dir, 'settings.json'), damaged)
    const { settings, notice } = createConfSettings(dir)
    expect(settings.get().language).toBe('vi')
    expect(notice?.code).toBe('settingsReset')
    const aside = readdirSync(dir).filter((n) => n.startsWith('settings.damaged-'))
    expect(aside).toHaveLength(1)
    expect(notice?.file).toBe(join(dir, aside[0] ?? ''))
    expect(readFileSync(notice?.file ?? '', 'utf8')).toBe(damaged)

    settings.set({ language: 'en' })
    const again = createConfSettings(dir)
    expect(again.notice).toBeNull()
    expect(again.settings.get().language).toBe('en')
  })

  it('keep settings in memory for the session when no file can be made at all', () => {
    const { settings, notice } = openSettingsStore(join(dir, 'settings.json'), () => {
      throw new Error('EACCES')
    })
    expect(notice?.code).toBe('settingsReset')
    expect(settings.set({ language: 'en' }).language).toBe('en')
    expect(settings.get().language).toBe('en')
  })
})
