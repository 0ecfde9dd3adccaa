/**
 * The report folder typed in Cài đặt: a file, or a path that is not a full one, is refused with a
 * message that says why, and nothing is saved; a folder that does not exist yet is accepted (the
 * first report made there creates it), and an empty field goes back to the default folder.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bindContract, createHandlers, type Dispatch } from '../../../electron/services/api'
import { DocumentService } from '../../../electron/services/documents'
import { TemplateService } from '../../../electron/services/templates'
import { settingsFrom } from '../../../electron/services/settings'
import { errorText } from '../../../core/i18n/words'
import { coreTranslate } from '../../../core/i18n'

let dir: string
let dispatch: Dispatch
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sbc-library-setting-'))
  dispatch = bindContract(
    createHandlers({
      documents: new DocumentService({ libraryDir: join(dir, 'library'), dataDir: join(dir, 'data'), appVersion: '0.1.0' }),
      templates: new TemplateService(join(dir, 'templates')),
      settings: settingsFrom({ store: {} }),
      appVersion: '0.1.0',
      mode: 'web',
      defaultLibraryDir: join(dir, 'library'),
    }),
    () => undefined,
  )
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** The report folder the backend works in now. */
async function expectLibrary(folder: string): Promise<void> {
  expect(await dispatch('app.info', {})).toMatchObject({ ok: true, value: { libraryDir: folder } })
}

describe('the report folder chosen in the settings', () => {
  it('refuses a file, saying it is a file, and keeps the folder in use', async () => {
    const file = join(dir, 'passwd')
    writeFileSync(file, 'root:x:0:0\n')
    const result = await dispatch('settings.set', { customLibraryDir: `  ${file} ` })
    expect(result).toMatchObject({ ok: false, error: { code: 'libraryNotFolder', params: { path: file } } })
    if (result.ok) return
    expect(errorText(result.error, coreTranslate('vi'))).toBe(
      `“${file}” là một tệp, không phải thư mục. Hãy chọn một thư mục để chứa các báo cáo. Cài đặt chưa được lưu.`,
    )
    await expectLibrary(join(dir, 'library'))
    expect(await dispatch('settings.get', {})).toMatchObject({ ok: true, value: { customLibraryDir: '' } })
  })

  it('refuses a path that is not a full one', async () => {
    const result = await dispatch('settings.set', { customLibraryDir: 'relative/folder', language: 'en' })
    expect(result).toMatchObject({ ok: false, error: { code: 'libraryNotAbsolute', params: { path: 'relative/folder' } } })
    // Nothing of the request is saved.
    expect(await dispatch('settings.get', {})).toMatchObject({ ok: true, value: { language: 'vi', customLibraryDir: '' } })
  })

  it('accepts a folder that does not exist yet, and an empty field goes back to the default', async () => {
    const chosen = join(dir, 'D', 'Báo cáo phường')
    expect(await dispatch('settings.set', { customLibraryDir: chosen })).toMatchObject({ ok: true })
    await expectLibrary(chosen)
    expect(await dispatch('settings.set', { customLibraryDir: '' })).toMatchObject({ ok: true })
    await expectLibrary(join(dir, 'library'))
  })
})
