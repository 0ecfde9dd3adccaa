/**
 * The Vietnamese native menu. Entries that act on the document send a MenuAction to the page,
 * which runs the same handler as its buttons.
 */
import type { MenuItemConstructorOptions } from 'electron'
import type { MenuAction } from '../../core/contract'
import { tCore, type Language } from '../../core/i18n'

export interface MenuHandlers {
  send: (action: MenuAction) => void
  openLibraryFolder: () => void
  quit: () => void
  isDev: boolean
}

export function buildMenuTemplate(handlers: MenuHandlers, lng: Language = 'vi'): MenuItemConstructorOptions[] {
  const t = (key: string): string => tCore(`menu.${key}`, {}, lng)
  const action = (label: string, a: MenuAction, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => handlers.send(a),
  })
  // Shown in the menu, but the key itself goes to the page, which knows where the focus is (a
  // section, a field of the report, or a box with its own undo).
  const pageKey = (label: string, a: MenuAction, accelerator: string): MenuItemConstructorOptions => ({
    ...action(label, a, accelerator),
    registerAccelerator: false,
  })
  return [
    {
      label: t('file'),
      submenu: [
        action(t('new'), 'new', 'CmdOrCtrl+N'),
        action(t('library'), 'open-library', 'CmdOrCtrl+O'),
        { label: t('openFolder'), click: handlers.openLibraryFolder },
        { type: 'separator' },
        action(t('save'), 'save', 'CmdOrCtrl+S'),
        action(t('check'), 'check'),
        action(t('export'), 'export', 'CmdOrCtrl+Shift+E'),
        action(t('exportDraft'), 'export-draft'),
        action(t('exportPdf'), 'export-pdf'),
        { type: 'separator' },
        action(t('preview'), 'preview', 'CmdOrCtrl+F2'),
        action(t('print'), 'print', 'CmdOrCtrl+P'),
        { type: 'separator' },
        action(t('settings'), 'settings', 'CmdOrCtrl+,'),
        { type: 'separator' },
        { label: t('quit'), accelerator: 'CmdOrCtrl+Q', click: handlers.quit },
      ],
    },
    {
      label: t('edit'),
      submenu: [
        pageKey(t('undo'), 'undo', 'CmdOrCtrl+Z'),
        pageKey(t('redo'), 'redo', 'CmdOrCtrl+Y'),
        { type: 'separator' },
        { label: t('cut'), role: 'cut' },
        { label: t('copy'), role: 'copy' },
        { label: t('paste'), role: 'paste' },
        { label: t('selectAll'), role: 'selectAll' },
        { type: 'separator' },
        action(t('find'), 'find', 'CmdOrCtrl+F'),
        action(t('replace'), 'replace', 'CmdOrCtrl+H'),
        { type: 'separator' },
        pageKey(t('nextBlank'), 'next-blank', 'F8'),
        pageKey(t('previousBlank'), 'previous-blank', 'Shift+F8'),
      ],
    },
    {
      label: t('view'),
      submenu: [
        { label: t('zoomIn'), role: 'zoomIn' },
        { label: t('zoomOut'), role: 'zoomOut' },
        { label: t('zoomReset'), role: 'resetZoom' },
        { type: 'separator' },
        action(t('hideHints'), 'hide-hints'),
        action(t('showHints'), 'show-hints'),
        { type: 'separator' },
        { label: t('fullscreen'), role: 'togglefullscreen' },
        ...(handlers.isDev ? [{ label: t('devtools'), role: 'toggleDevTools' } as const] : []),
      ],
    },
    {
      label: t('help'),
      submenu: [pageKey(t('shortcuts'), 'shortcuts', 'F1'), action(t('about'), 'about')],
    },
  ]
}
