/**
 * Where the desktop app keeps things on a real office PC: the library in the real Documents folder
 * (moved to OneDrive or D: included), kept in the settings at the first run so that Electron,
 * browser mode and the CLI agree; the data folder from --data-dir (relative to where the app was
 * started) or beside the portable exe; a second instance's relative paths from its own folder.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defaultLibraryFor, documentsDir, LIBRARY_DIR_NAME, userCacheDir, type PathEnv } from '../../../electron/services/paths'
import { createConfSettings, settleLibrary } from '../../../electron/services/settings'
import { launchDirs, PORTABLE_DATA_DIR_NAME } from '../../../electron/main/launch'
import { reportPathsIn } from '../../../electron/main/open-files'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sbc-paths-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('the Documents folder', () => {
  const windows = (answer: string | null, calls: string[][] = []): PathEnv => ({
    platform: 'win32',
    env: { APPDATA: 'C:\\Users\\Cán bộ\\AppData\\Roaming' },
    home: 'C:\\Users\\Cán bộ',
    run: (command, args) => {
      calls.push([command, ...args])
      return answer
    },
  })

  it('asks Windows for its Documents known folder, redirected to OneDrive, with a Vietnamese user name', () => {
    const calls: string[][] = []
    expect(documentsDir(windows('C:\\Users\\Cán bộ\\OneDrive - UBND\\Tài liệu\r\n', calls))).toBe(
      'C:\\Users\\Cán bộ\\OneDrive - UBND\\Tài liệu',
    )
    expect(calls[0]?.[0]).toBe('powershell.exe')
    expect(calls[0]?.at(-1)).toContain("GetFolderPath('MyDocuments')")
    // The answer comes back as UTF-8, so that "Cán bộ" survives the console's code page.
    expect(calls[0]?.at(-1)).toContain('UTF8Encoding')
  })

  it('falls back to the profile folder when Windows cannot say', () => {
    expect(documentsDir(windows(null))).toBe(join('C:\\Users\\Cán bộ', 'Documents'))
    expect(documentsDir(windows('Lỗi: không chạy được'))).toBe(join('C:\\Users\\Cán bộ', 'Documents'))
  })

  it('reads XDG_DOCUMENTS_DIR on Linux, from the environment or user-dirs.dirs', () => {
    const home = join(dir, 'home')
    mkdirSync(join(home, '.config'), { recursive: true })
    expect(documentsDir({ platform: 'linux', env: { XDG_DOCUMENTS_DIR: '$HOME/Văn bản' }, home })).toBe(join(home, 'Văn bản'))
    writeFileSync(join(home, '.config', 'user-dirs.dirs'), 'XDG_DESKTOP_DIR="$HOME/Desktop"\nXDG_DOCUMENTS_DIR="$HOME/Tài liệu"\n')
    expect(documentsDir({ platform: 'linux', env: {}, home })).toBe(join(home, 'Tài liệu'))
  })
})

describe('the cache folder', () => {
  it("is the user's cache folder of each system, apart from the data", () => {
    const home = 'C:\\Users\\Cán bộ'
    expect(userCacheDir({ platform: 'win32', env: { LOCALAPPDATA: `${home}\\AppData\\Local` }, home })).toBe(
      join(`${home}\\AppData\\Local`, 'soan-bao-cao', 'Cache'),
    )
    expect(userCacheDir({ platform: 'win32', env: {}, home })).toBe(join(home, 'AppData', 'Local', 'soan-bao-cao', 'Cache'))
    expect(userCacheDir({ platform: 'darwin', env: {}, home: '/Users/canbo' })).toBe('/Users/canbo/Library/Caches/soan-bao-cao')
    expect(userCacheDir({ platform: 'linux', env: { XDG_CACHE_HOME: '/tmp/c' }, home: '/home/canbo' })).toBe('/tmp/c/soan-bao-cao')
    expect(userCacheDir({ platform: 'linux', env: { XDG_CACHE_HOME: '' }, home: '/home/canbo' })).toBe('/home/canbo/.cache/soan-bao-cao')
  })
})

describe('the library folder, kept in the settings at the first run', () => {
  it('is "Soạn Báo Cáo" in the Documents folder the first run found, and stays there when Documents moves', () => {
    const first = createConfSettings(dir).settings
    const found = settleLibrary(first, () => defaultLibraryFor(undefined, () => 'D:\\Tài liệu'), true)
    expect(found).toEqual({ library: join('D:\\Tài liệu', LIBRARY_DIR_NAME), defaultLibrary: join('D:\\Tài liệu', LIBRARY_DIR_NAME) })

    // Browser mode or the CLI later, or Documents redirected to OneDrive since: the same folder.
    const later = createConfSettings(dir).settings
    let asked = 0
    const again = settleLibrary(
      later,
      () => {
        asked++
        return 'C:\\Users\\x\\OneDrive\\Documents\\Soạn Báo Cáo'
      },
      true,
    )
    expect(again.library).toBe(found.library)
    expect(asked).toBe(0)
  })

  it('prefers the folder the clerk chose, and never keeps a --data-dir library', () => {
    const { settings } = createConfSettings(dir)
    settings.set({ libraryDir: 'E:\\Báo cáo phường' })
    expect(settleLibrary(settings, () => 'unused', true).library).toBe('E:\\Báo cáo phường')

    const { settings: test } = createConfSettings(join(dir, 'test'))
    expect(settleLibrary(test, () => defaultLibraryFor(join(dir, 'test')), false)).toEqual({
      library: join(dir, 'test', 'library'),
      defaultLibrary: join(dir, 'test', 'library'),
    })
    expect(test.get().defaultLibraryDir).toBe('')
  })
})

describe('the data folder of a launch', () => {
  it('resolves a relative --data-dir against the folder the app was started in', () => {
    expect(launchDirs(['/opt/app', '--data-dir=du-lieu'], {}, '/home/canbo')).toEqual({
      dataDir: join('/home/canbo', 'du-lieu'),
      selfContained: true,
    })
  })

  it('keeps the portable build’s data beside its exe, or in the profile when that folder cannot be written', () => {
    const exeDir = join(dir, 'USB')
    expect(launchDirs(['x.exe'], { PORTABLE_EXECUTABLE_DIR: exeDir }, dir)).toEqual({
      dataDir: join(exeDir, PORTABLE_DATA_DIR_NAME),
      selfContained: true,
    })
    const readOnly = launchDirs(['x.exe'], { PORTABLE_EXECUTABLE_DIR: exeDir }, dir, () => false)
    expect(readOnly.selfContained).toBe(false)
    expect(readOnly.dataDir).not.toContain(exeDir)
  })

  it('lets --data-dir win over the portable folder', () => {
    expect(launchDirs(['x.exe', `--data-dir=${join(dir, 'd')}`], { PORTABLE_EXECUTABLE_DIR: dir }, '/').dataDir).toBe(join(dir, 'd'))
  })
})

describe('reports on a second instance’s command line', () => {
  it('are taken from that instance’s own folder, not the first one’s', () => {
    const second = join(dir, 'Phòng Văn hóa')
    const exists = (p: string): boolean => p === join(second, 'Báo cáo.baocao')
    expect(reportPathsIn(['Báo cáo.baocao'], exists, second)).toEqual([join(second, 'Báo cáo.baocao')])
    expect(reportPathsIn(['Báo cáo.baocao'], exists, dir)).toEqual([])
  })
})
