/**
 * The Electron main process as built (`out/main/index.js`), run under Node with a faithful stub of
 * `electron` (tests/support/electron-stub: app events in Electron's documented order, windows that
 * a page can hold open, the single-instance lock in userData, protocol.handle, ipcMain, dialog,
 * shell, app.getPath) and the real services, electron-store and conf. Each launch is a process
 * started as the operating system would: a command line, a working directory, an environment.
 *
 * One office day: the app is started by double-clicking a report, with a relative --data-dir and a
 * damaged settings file; a second double-click from another folder hands its report over; the
 * report is saved; the clerk quits with something unsaved and picks "Lưu và thoát". Then: "Thoát
 * không lưu" keeps the text for the next start; a missing preload stops the app with a message and
 * frees the lock; the portable build and a default install keep their data and library where
 * they should. The order of events and the files on disk are checked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { StubbedApp, type Launch } from '../../support/electron-stub/driver'
import { writeReport } from '../../../electron/services/documents/report-files'
import { contentFromParagraphs } from '../../../core/model/lexical'
import type { OpenDocument } from '../../../core/contract'
import { makeReport } from '../core/report-factory'

const ROOT = resolve(import.meta.dirname, '../../..')
const MAIN = join(ROOT, 'out/main/index.js')

/** Newest modification time under `dir` (files only). */
function newest(dir: string): number {
  let time = 0
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) time = Math.max(time, statSync(join(entry.parentPath, entry.name)).mtimeMs)
  }
  return time
}

/** The built main process, rebuilt when it is missing or older than its sources (npm test builds first). */
function ensureBuilt(): void {
  const sources = Math.max(...['electron', 'core', 'templates', 'renderer'].map((d) => newest(join(ROOT, d))))
  if (existsSync(MAIN) && statSync(MAIN).mtimeMs >= sources) return
  const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'inherit' })
  if (build.status !== 0) throw new Error('electron-vite build failed')
}

let base: string
const running: StubbedApp[] = []

function launch(options: Launch): StubbedApp {
  const app = new StubbedApp(options)
  running.push(app)
  return app
}

beforeAll(() => {
  ensureBuilt()
  base = mkdtempSync(join(tmpdir(), 'sbc-smoke-'))
}, 180_000)
afterAll(() => {
  for (const app of running) app.kill()
  rmSync(base, { recursive: true, force: true })
})

/** A home folder of its own for each launch, as a clerk's account. */
function account(name: string): Record<string, string> {
  const home = join(base, name)
  mkdirSync(join(home, '.config'), { recursive: true })
  return { HOME: home, XDG_CONFIG_HOME: join(home, '.config'), TMPDIR: tmpdir() }
}

async function reportFile(path: string, title: string, text: string): Promise<void> {
  mkdirSync(resolve(path, '..'), { recursive: true })
  const report = makeReport({ meta: { title } })
  const [first, ...rest] = report.sections
  await writeReport(path, { ...report, sections: first ? [{ ...first, content: contentFromParagraphs([text]) }, ...rest] : [] })
}

function withText(doc: OpenDocument, text: string): OpenDocument['report'] {
  const [first, ...rest] = doc.report.sections
  if (!first) throw new Error('report without sections')
  return { ...doc.report, sections: [{ ...first, content: contentFromParagraphs([text]) }, ...rest] }
}

/** Events before `last` happened in this order (each after the one before it). */
function inOrder(app: StubbedApp, names: string[]): number[] {
  const positions: number[] = []
  let from = 0
  for (const name of names) {
    const at = app.indexOf(name, from)
    positions.push(at)
    if (at >= 0) from = at + 1
  }
  return positions
}

describe('an office day with the built main process', () => {
  let first: StubbedApp
  let work: string
  let dataDir: string
  let opened: OpenDocument
  let handedOver: OpenDocument
  const env = (): Record<string, string> => account('can-bo')

  beforeAll(async () => {
    work = join(base, 'Phòng Tư pháp')
    dataDir = join(work, 'du-lieu')
    mkdirSync(dataDir, { recursive: true })
    writeFileSync(join(dataDir, 'settings.json'), '{ "language": "vi", "office": { "place": "Hòa Khánh" ')
    await reportFile(join(work, 'Báo cáo Tư pháp.baocao'), 'Báo cáo công tác tư pháp năm 2025', 'Bản của Phòng Tư pháp.')
    // The second instance's report, and a decoy of the same name where the first one started.
    await reportFile(join(base, 'Phòng Văn hóa', 'Báo cáo.baocao'), 'Báo cáo công tác văn hóa năm 2025', 'Bản của Phòng Văn hóa.')
    await reportFile(join(work, 'Báo cáo.baocao'), 'Một báo cáo khác cùng tên', 'Không phải bản này.')
  })

  it('starts from a double-click with a relative --data-dir and a damaged settings file, in Electron’s order', async () => {
    first = launch({ cwd: work, args: ['--data-dir=du-lieu', 'Báo cáo Tư pháp.baocao'], env: env() })
    await first.waitFor('call:show')
    const order = inOrder(first, [
      'call:registerSchemesAsPrivileged',
      'call:setPath',
      'call:requestSingleInstanceLock',
      'app:will-finish-launching',
      'app:ready',
      'call:protocol.handle',
      'call:new BrowserWindow',
      'app:web-contents-created',
      'app:browser-window-created',
      'webContents:did-start-loading',
      'webContents:did-finish-load',
      'window:ready-to-show',
      'call:show',
    ])
    expect(
      order.every((at) => at >= 0),
      first.names().join(', '),
    ).toBe(true)
    // userData is the data folder, set before ready and before the lock that lives in it.
    expect(first.events.find((e) => e.name === 'call:setPath')?.detail).toEqual({ name: 'userData', path: dataDir, afterReady: false })
    expect(first.events.find((e) => e.name === 'call:requestSingleInstanceLock')?.detail).toMatchObject({ userData: dataDir, locked: true })
    expect(first.names()).not.toContain('webContents:preload-error')
    expect(first.names()).not.toContain('dialog:showErrorBox')

    // The damaged settings file is kept aside and told once; the app runs on the defaults.
    const aside = readdirSync(dataDir).filter((n) => n.startsWith('settings.damaged-'))
    expect(aside).toHaveLength(1)
    expect(await first.value('app.notices')).toEqual([{ code: 'settingsReset', params: { file: join(dataDir, aside[0] ?? '') } }])
    expect(await first.value('app.notices')).toEqual([])
    expect(await first.value('settings.get')).toMatchObject({ language: 'vi', office: { place: '' } })

    // The page, once ready, asks for the report it was started with: nothing was pushed before.
    expect(first.events.filter((e) => e.name === 'webContents:send')).toEqual([])
    opened = (await first.value<OpenDocument | null>('documents.openPending')) as OpenDocument
    expect(opened).toMatchObject({ name: 'Báo cáo Tư pháp.baocao', report: { meta: { title: 'Báo cáo công tác tư pháp năm 2025' } } })
    expect(await first.value('documents.openPending')).toBeNull()
    expect(await first.value('app.info')).toMatchObject({ mode: 'electron', libraryDir: join(dataDir, 'library') })
  })

  it('takes a report double-clicked in another folder from the second instance, which exits', async () => {
    const other = join(base, 'Phòng Văn hóa')
    const second = launch({ cwd: other, args: [`--data-dir=${join('..', 'Phòng Tư pháp', 'du-lieu')}`, 'Báo cáo.baocao'], env: env() })
    expect(await second.exited).toBe(0)
    expect(second.events.find((e) => e.name === 'call:requestSingleInstanceLock')?.detail).toMatchObject({
      userData: dataDir,
      locked: false,
    })
    expect(second.names()).not.toContain('app:ready')
    expect(second.names()).not.toContain('call:new BrowserWindow')

    const handoff = await first.waitFor('app:second-instance')
    expect(handoff.detail).toMatchObject({ workingDirectory: other })
    await first.waitFor('webContents:send', (d) => (d as { channel: string }).channel === 'app:open-pending')
    handedOver = (await first.value<OpenDocument | null>('documents.openPending', { currentKey: opened.key })) as OpenDocument
    // The report of the folder the second instance started in, not the first one's namesake.
    expect(handedOver).toMatchObject({ name: 'Báo cáo.baocao', report: { meta: { title: 'Báo cáo công tác văn hóa năm 2025' } } })
    await first.value('documents.close', { id: opened.id })
  })

  it('saves the report into its own file', async () => {
    const saved = await first.value<{ savedAt: string }>('documents.save', {
      id: handedOver.id,
      report: withText(handedOver, 'Đã lưu lúc 9 giờ.'),
    })
    expect(saved.savedAt).toMatch(/^\d{4}-/u)
    expect(readFileSync(join(base, 'Phòng Văn hóa', 'Báo cáo.baocao'), 'utf8')).toContain('Đã lưu lúc 9 giờ.')
    expect(readFileSync(join(work, 'Báo cáo.baocao'), 'utf8')).toContain('Không phải bản này.')
  })

  it('quits with unsaved changes: asks, saves on "Lưu và thoát", closes, then lets the documents go', async () => {
    await first.value('documents.journal', { id: handedOver.id, report: withText(handedOver, 'Gõ thêm, chưa kịp lưu.') })
    await first.setUnsaved(true)
    await first.answerDialogs({ messageBox: [0] })
    const from = first.events.length
    await first.clickMenu('Tệp', 'Thoát')
    await first.waitFor(
      'webContents:send',
      (d) => JSON.stringify(d) === JSON.stringify({ channel: 'menu:action', args: ['save-and-close'] }),
    )
    const asked = first.events.slice(from).find((e) => e.name === 'dialog:showMessageBox')
    expect(asked?.detail).toMatchObject({ buttons: ['Lưu và thoát', 'Thoát không lưu', 'Quay lại'] })
    // The page still has its handle: its last save goes to its own file.
    await first.value('documents.save', { id: handedOver.id, report: withText(handedOver, 'Gõ thêm, chưa kịp lưu.') })
    await first.setUnsaved(false)
    await first.closeWindow()
    expect(await first.exited).toBe(0)

    const quit = first.events.slice(from).map((e) => e.name)
    const sequence = [
      'app:before-quit',
      'window:close',
      'webContents:will-prevent-unload',
      'dialog:showMessageBox',
      'app:quit-cancelled',
      'webContents:send',
      'window:close',
      'window:closed',
      'app:window-all-closed',
      'app:before-quit',
      'app:will-quit',
      'app:before-quit',
      'app:will-quit',
      'app:quit',
    ]
    let at = 0
    for (const name of sequence) {
      const next = quit.indexOf(name, at)
      expect(next, `${name} after position ${at} in ${quit.join(', ')}`).toBeGreaterThanOrEqual(0)
      at = next + 1
    }

    expect(readFileSync(join(base, 'Phòng Văn hóa', 'Báo cáo.baocao'), 'utf8')).toContain('Gõ thêm, chưa kịp lưu.')
    expect(readdirSync(join(dataDir, 'locks'))).toEqual([])
    expect(existsSync(join(dataDir, 'recovery')) ? readdirSync(join(dataDir, 'recovery')) : []).toEqual([])
    expect(existsSync(join(dataDir, 'SingletonLock'))).toBe(false)
    expect(readdirSync(dataDir).filter((n) => n.startsWith('settings.damaged-'))).toHaveLength(1)
  })
})

describe('quitting without saving', () => {
  it('"Thoát không lưu" closes at once, and the next start offers the unsaved text', async () => {
    const env = account('thoat-khong-luu')
    const dataDir = join(base, 'khong-luu')
    const app = launch({ cwd: base, args: [`--data-dir=${dataDir}`], env })
    await app.waitFor('window:ready-to-show')
    const doc = await app.value<OpenDocument>('documents.create', { templateId: 'tong-ket-nam.ubnd-phuong', year: 2026 })
    await app.value('documents.journal', { id: doc.id, report: withText(doc, 'Câu này chưa được lưu.') })
    await app.setUnsaved(true)
    await app.answerDialogs({ messageBox: [1] })
    await app.closeWindow()
    expect(await app.exited).toBe(0)
    expect(app.names()).toContain('window:closed')
    expect(readFileSync(join(dataDir, 'library', doc.name), 'utf8')).not.toContain('Câu này chưa được lưu.')
    expect(readdirSync(join(dataDir, 'locks'))).toEqual([])

    const next = launch({ cwd: base, args: [`--data-dir=${dataDir}`], env })
    await next.waitFor('window:ready-to-show')
    expect(await next.value('recovery.list')).toMatchObject([{ name: doc.name }])
    await next.clickMenu('Tệp', 'Thoát')
    expect(await next.exited).toBe(0)
  })
})

describe('a broken install', () => {
  it('stops with a Vietnamese message when the preload cannot load, and frees the lock for the next start', async () => {
    const env = account('thieu-preload')
    const dataDir = join(base, 'thieu-preload')
    const broken = launch({ cwd: base, args: [`--data-dir=${dataDir}`], env: { ...env, STUB_PRELOAD_FAILS: '1' } })
    expect(await broken.exited).toBe(1)
    const error = broken.events.find((e) => e.name === 'dialog:showErrorBox')?.detail as { title: string; content: string }
    expect(error.title).toBe('Soạn Báo Cáo không khởi động được')
    expect(error.content).toContain('bị thiếu hoặc hỏng')
    expect(broken.names()).toContain('call:releaseSingleInstanceLock')

    const again = launch({ cwd: base, args: [`--data-dir=${dataDir}`], env })
    await again.waitFor('window:ready-to-show')
    expect(again.events.find((e) => e.name === 'call:requestSingleInstanceLock')?.detail).toMatchObject({ locked: true })
    await again.clickMenu('Tệp', 'Thoát')
    expect(await again.exited).toBe(0)
  })
})

describe('where the data and the library are', () => {
  it('keeps the portable build’s data and library beside the exe; the menu opens that library', async () => {
    const usb = join(base, 'USB')
    mkdirSync(usb)
    const app = launch({ cwd: base, args: [], env: { ...account('portable'), PORTABLE_EXECUTABLE_DIR: usb } })
    await app.waitFor('window:ready-to-show')
    const dataDir = join(usb, 'soan-bao-cao-data')
    expect(app.events.find((e) => e.name === 'call:setPath')?.detail).toMatchObject({ path: dataDir })
    expect(await app.value('app.info')).toMatchObject({ libraryDir: join(dataDir, 'library') })
    await app.clickMenu('Tệp', 'Mở thư mục báo cáo')
    expect((await app.waitFor('shell:openPath')).detail).toEqual({ path: join(dataDir, 'library'), exists: true })
    await app.clickMenu('Tệp', 'Thoát')
    expect(await app.exited).toBe(0)
    // Nothing of it in the account's application data folder.
    expect(readdirSync(join(base, 'portable', '.config'))).toEqual([])
  })

  it('puts the library in the real Documents folder, keeps it in the settings, and opens the one in use', async () => {
    const env = account('mac-dinh')
    writeFileSync(join(env.XDG_CONFIG_HOME ?? '', 'user-dirs.dirs'), 'XDG_DOCUMENTS_DIR="$HOME/Tài liệu"\n')
    const app = launch({ cwd: base, args: [], env })
    await app.waitFor('window:ready-to-show')
    const dataDir = join(env.XDG_CONFIG_HOME ?? '', 'soan-bao-cao')
    const library = join(env.HOME ?? '', 'Tài liệu', 'Soạn Báo Cáo')
    expect(await app.value('app.info')).toMatchObject({ libraryDir: library })
    expect(JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8'))).toMatchObject({ defaultLibraryDir: library })

    // The clerk picks another folder in Cài đặt: "Mở thư mục báo cáo" opens that one, not the first.
    const chosen = join(base, 'D', 'Báo cáo phường')
    await app.value('settings.set', { customLibraryDir: chosen })
    await app.clickMenu('Tệp', 'Mở thư mục báo cáo')
    expect((await app.waitFor('shell:openPath')).detail).toEqual({ path: chosen, exists: true })
    await app.clickMenu('Tệp', 'Thoát')
    expect(await app.exited).toBe(0)
  })
})
