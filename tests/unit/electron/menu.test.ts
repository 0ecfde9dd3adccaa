import { describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { buildMenuTemplate } from '../../../electron/main/menu'

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((m) => (Array.isArray(m.submenu) ? m.submenu : []))
}

describe('native menu', () => {
  it('sends the same actions as the UI buttons', () => {
    const send = vi.fn()
    const template = buildMenuTemplate({ send, openLibraryFolder: vi.fn(), quit: vi.fn(), isDev: false })
    const byLabel = new Map(items(template).map((i) => [i.label, i]))
    const click = (label: string): void => (byLabel.get(label)?.click as () => void)()
    click('Tạo báo cáo mới…')
    click('Lưu')
    click('Xuất Word…')
    click('Giới thiệu Soạn Báo Cáo')
    expect(send.mock.calls.map((c) => c[0])).toEqual(['new', 'save', 'export', 'about'])
  })

  it('hides developer tools in a packaged app and has an English version', () => {
    const packaged = items(buildMenuTemplate({ send: vi.fn(), openLibraryFolder: vi.fn(), quit: vi.fn(), isDev: false }))
    expect(packaged.some((i) => i.role === 'toggleDevTools')).toBe(false)
    const english = buildMenuTemplate({ send: vi.fn(), openLibraryFolder: vi.fn(), quit: vi.fn(), isDev: true }, 'en')
    expect(english.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help'])
  })
})
