/**
 * "Mở tệp" and "Mở thư mục" after an export: only a file this session exported can be opened or
 * shown, a file moved away since is said plainly, browser mode does not offer it, and Electron's
 * shell (mocked) opens the file or shows it in its folder; a PC with no program for .docx is told so.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { bindContract, createHandlers, type ServiceContext } from '../../../electron/services'
import { revealFile } from '../../../electron/main/reveal'
import { DomainError } from '../../../core/model/errors'
import { templateReport } from '../docx/fixtures'
import { errorWords } from '../../support/words'
import { reportSentWhole } from '../../support/open-report'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function setUp(withReveal = true): { dispatch: ReturnType<typeof bindContract>; reveal: ReturnType<typeof vi.fn>; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sbc-reveal-'))
  dirs.push(dir)
  const reveal = vi.fn(async () => undefined)
  const ctx = {
    appVersion: '0.1.0',
    mode: 'electron',
    defaultLibraryDir: '/lib',
    documents: reportSentWhole,
    settings: { get: () => ({ office: { proofing: undefined } }) },
    pickExportPath: async (fileName: string) => join(dir, fileName),
    ...(withReveal ? { revealExport: reveal } : {}),
  } as unknown as ServiceContext
  return { dispatch: bindContract(createHandlers(ctx), () => undefined), reveal, dir }
}

async function exported(dispatch: ReturnType<typeof bindContract>): Promise<string> {
  const result = await dispatch('export.save', { id: 'open', report: templateReport('tong-ket-nam.ubnd-phuong'), draft: true })
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return (result.value as { path: string }).path
}

describe('export.reveal', () => {
  it('opens the file just exported, or shows it in its folder', async () => {
    const { dispatch, reveal } = setUp()
    const path = await exported(dispatch)
    expect(await dispatch('export.reveal', { path, how: 'open' })).toEqual({ ok: true, value: {} })
    expect(await dispatch('export.reveal', { path, how: 'folder' })).toEqual({ ok: true, value: {} })
    expect(reveal.mock.calls).toEqual([
      [path, 'open'],
      [path, 'folder'],
    ])
  })

  it('refuses any other path, and says so when the file was moved away', async () => {
    const { dispatch, reveal, dir } = setUp()
    const path = await exported(dispatch)
    const other = join(dir, 'khac.docx')
    writeFileSync(other, 'x')
    expect(await dispatch('export.reveal', { path: other, how: 'open' })).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    rmSync(path)
    const gone = await dispatch('export.reveal', { path, how: 'open' })
    expect(gone).toMatchObject({ ok: false, error: { code: 'exportGone' } })
    expect(errorWords(gone.ok ? undefined : gone.error)).toContain('đã bị chuyển đi, đổi tên hoặc xóa')
    expect(reveal).not.toHaveBeenCalled()
  })

  it('is not offered in browser mode', async () => {
    const { dispatch } = setUp(false)
    const path = await exported(dispatch)
    expect(await dispatch('export.reveal', { path, how: 'folder' })).toMatchObject({ ok: false, error: { code: 'unsupported' } })
  })
})

describe('revealFile (Electron shell)', () => {
  it('opens with shell.openPath and shows with showItemInFolder', async () => {
    const shell = { openPath: vi.fn(async () => ''), showItemInFolder: vi.fn() }
    await revealFile(shell, '/docs/Báo cáo.docx', 'open')
    await revealFile(shell, '/docs/Báo cáo.docx', 'folder')
    expect(shell.openPath).toHaveBeenCalledWith('/docs/Báo cáo.docx')
    expect(shell.showItemInFolder).toHaveBeenCalledWith('/docs/Báo cáo.docx')
  })

  it('tells the clerk when no program opens the file', async () => {
    const shell = { openPath: vi.fn(async () => 'No application is associated'), showItemInFolder: vi.fn() }
    const error = await revealFile(shell, '/docs/Báo cáo.docx', 'open').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DomainError)
    expect((error as DomainError).message).toContain('Không mở được tệp “Báo cáo.docx”')
    expect((error as DomainError).message).not.toContain('No application')
  })
})
