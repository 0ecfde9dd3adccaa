/**
 * The built CLI (out/cli/, CommonJS, bundled by scripts/build-cli.mjs) as the `soan-bao-cao`
 * command runs it: every command works from the bundle, and its code cache
 * (electron/cli/code-cache.ts) is written by a first run, used as it is by the next ones, and never
 * stops a command: a damaged file is written again, a folder that cannot be written is passed over,
 * NODE_DISABLE_COMPILE_CACHE turns it off, and the folders of other versions are removed.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serializeReport } from '../../../core/model/migrate'
import { makeReport } from '../core/report-factory'
import { chromium, missing } from '../../support/prereqs'

const ROOT = join(import.meta.dirname, '../../..')
let dir = ''
let bundle = ''
let report = ''

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sbc-cli-bundle-'))
  // Inside the project, as out/cli/ is: the bundle finds mammoth, playwright-core and the fonts in node_modules.
  bundle = join(ROOT, '.cache', 'test', `cli-bundle-${process.pid}`)
  const built = spawnSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs'), '--out', bundle], { cwd: ROOT, encoding: 'utf8' })
  expect(built.status, built.stderr).toBe(0)
  report = join(dir, 'bao-cao.baocao')
  writeFileSync(report, serializeReport(makeReport()))
}, 120_000)
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
  rmSync(bundle, { recursive: true, force: true })
})

interface Run {
  status: number | null
  stdout: string
  stderr: string
}

/** Run the bundle as a process, with `cache` as the user's cache folder. */
function run(cache: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Run {
  const result = spawnSync(process.execPath, [join(bundle, 'cli.js'), ...args, '--data-dir', join(dir, 'data')], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, XDG_CACHE_HOME: cache, LOCALAPPDATA: cache, NODE_DISABLE_COMPILE_CACHE: '', NODE_OPTIONS: '', ...env },
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** The code cache's folder under a user cache folder, and its files with their bytes and times. */
function cacheFiles(cache: string): Map<string, { bytes: Buffer; mtimeMs: number }> {
  const root = join(cache, 'soan-bao-cao', 'cli-code')
  const files = new Map<string, { bytes: Buffer; mtimeMs: number }>()
  if (!existsSync(root)) return files
  for (const version of readdirSync(root)) {
    for (const name of readdirSync(join(root, version))) {
      const path = join(root, version, name)
      files.set(path, { bytes: readFileSync(path), mtimeMs: statSync(path).mtimeMs })
    }
  }
  return files
}

const sha1 = (data: Uint8Array | string): string => createHash('sha1').update(data).digest('hex')

/** Each cache file's content hash and time, to compare two states of the folder. */
function summary(files: Map<string, { bytes: Buffer; mtimeMs: number }>): Record<string, string> {
  return Object.fromEntries([...files].map(([path, { bytes, mtimeMs }]) => [path, `${sha1(bytes)} ${mtimeMs}`]))
}

/** The SHA-1 of each module of the bundle, as the cache names its files when Node runs without flags. */
function bundleHashes(): Map<string, string> {
  const hashes = new Map<string, string>()
  const add = (path: string): void => void hashes.set(sha1(`\0${readFileSync(path, 'utf8')}`), path)
  add(join(bundle, 'cli.js'))
  for (const name of readdirSync(join(bundle, 'chunks'))) add(join(bundle, 'chunks', name))
  return hashes
}

const exportArgs = (name: string): string[] => ['export', report, '-o', join(dir, name), '--draft']

describe('the built CLI', () => {
  it('runs every command from the bundle, with nothing on stderr', () => {
    const cache = join(dir, 'cache-commands')
    expect(run(cache, ['--version'])).toMatchObject({ status: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/u) as string })
    const templates = run(cache, ['templates'])
    expect(templates).toMatchObject({ status: 0, stderr: '' })
    expect(templates.stdout).toContain('tong-ket-nam.ubnd-phuong')
    // `new` reads the settings (conf, bundled): a package loaded the wrong way read them as damaged.
    const created = run(cache, ['new', 'tong-ket-nam.ubnd-phuong', '--year', '2026', '-o', join(dir, 'moi.baocao')])
    expect(created).toMatchObject({ status: 0, stderr: '' })
    expect(existsSync(join(dir, 'moi.baocao'))).toBe(true)
    const checked = run(cache, ['check', join(dir, 'moi.baocao'), '--json'])
    expect(checked.status).toBe(1)
    expect(JSON.parse(checked.stdout)).toEqual({
      problems: expect.arrayContaining([expect.objectContaining({ severity: 'error' })]) as unknown,
    })
    const exported = run(cache, exportArgs('bao-cao.docx'))
    expect(exported).toMatchObject({ status: 0, stderr: '' })
    expect(exported.stdout).toMatch(/Đã xuất tệp Word: .*bao-cao\.docx \(\d+ byte, \d+ ms\)\n$/u)
    // `import` loads mammoth from node_modules, outside the bundle.
    const imported = run(cache, ['import', join(dir, 'bao-cao.docx'), '-o', join(dir, 'nhap.baocao')])
    expect(imported).toMatchObject({ status: 0, stderr: '' })
    expect(existsSync(join(dir, 'nhap.baocao'))).toBe(true)
    const unknown = run(cache, ['lenh-la'])
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toContain('lenh-la')
  })

  it('writes a code cache at its first run and uses it, unchanged, at the next ones', () => {
    const cache = join(dir, 'cache-reuse')
    const first = run(cache, exportArgs('lan-1.docx'))
    expect(first).toMatchObject({ status: 0, stderr: '' })
    const written = cacheFiles(cache)
    // One file per module of the bundle the export loaded, named by its source's SHA-1; the entry
    // (compiled before the cache is on) and the packages of node_modules are not cached.
    const hashes = bundleHashes()
    const modules = [...written.keys()].map((path) => hashes.get(path.slice(-44, -4)))
    expect(modules.length).toBeGreaterThanOrEqual(4)
    expect(modules.every((m) => m !== undefined && !m.endsWith('cli.js'))).toBe(true)
    expect(modules.some((m) => /[/\\]export-[^/\\]+\.js$/u.test(m ?? ''))).toBe(true)
    // Each file starts with the SHA-1 of the code after it.
    for (const { bytes } of written.values()) expect(sha1(bytes.subarray(20))).toBe(bytes.subarray(0, 20).toString('hex'))

    const second = run(cache, exportArgs('lan-2.docx'))
    expect(second).toMatchObject({ status: 0, stderr: '' })
    // The same Word file (its size varies by a byte or two with the time written into it).
    expect(Math.abs(readFileSync(join(dir, 'lan-2.docx')).length - readFileSync(join(dir, 'lan-1.docx')).length)).toBeLessThan(8)
    // Used, not refused: a refused file would have been written again.
    expect(summary(cacheFiles(cache))).toEqual(summary(written))

    // Node run with other flags (which V8 may refuse code made without) keeps files of its own:
    // runs that alternate do not write over each other's.
    const flags = { NODE_OPTIONS: '--max-semi-space-size=8' }
    expect(run(cache, exportArgs('lan-3.docx'), flags).status).toBe(0)
    const both = cacheFiles(cache)
    expect(both.size).toBe(written.size * 2)
    expect(run(cache, exportArgs('lan-4.docx')).status).toBe(0)
    expect(run(cache, exportArgs('lan-5.docx'), flags).status).toBe(0)
    expect(summary(cacheFiles(cache))).toEqual(summary(both))
  })

  it('writes a damaged or foreign cache file again, and the command runs as usual', () => {
    const cache = join(dir, 'cache-damaged')
    expect(run(cache, exportArgs('a.docx')).status).toBe(0)
    const files = [...cacheFiles(cache)]
    expect(files.length).toBeGreaterThanOrEqual(3)
    const [flipped, cut, foreign] = files
    if (!flipped || !cut || !foreign) throw new Error('no cache files')
    const bytes = Buffer.from(flipped[1].bytes)
    bytes[Math.floor(bytes.length / 2)] = (bytes[Math.floor(bytes.length / 2)] ?? 0) ^ 0xff
    writeFileSync(flipped[0], bytes)
    writeFileSync(cut[0], cut[1].bytes.subarray(0, 10))
    // Another module's code under this name, with a good checksum: V8 refuses it (another source).
    writeFileSync(foreign[0], flipped[1].bytes)

    const again = run(cache, exportArgs('b.docx'))
    expect(again).toMatchObject({ status: 0, stderr: '' })
    expect(again.stdout).toMatch(/Đã xuất tệp Word/u)
    const rewritten = cacheFiles(cache)
    for (const [path] of [flipped, cut, foreign]) {
      const now = rewritten.get(path)?.bytes
      expect(now && sha1(now.subarray(20))).toBe(now?.subarray(0, 20).toString('hex'))
    }
    expect(rewritten.get(foreign[0])?.bytes.equals(flipped[1].bytes)).toBe(false)
    // Once written again, the files are used as they are.
    expect(run(cache, exportArgs('c.docx')).status).toBe(0)
    expect(summary(cacheFiles(cache))).toEqual(summary(rewritten))
  })

  it('passes over a cache folder it cannot write, and writes none with NODE_DISABLE_COMPILE_CACHE', () => {
    const blocked = join(dir, 'cache-blocked')
    writeFileSync(blocked, 'not a folder')
    expect(run(blocked, exportArgs('d.docx'))).toMatchObject({ status: 0, stderr: '' })
    expect(run(blocked, exportArgs('d.docx'))).toMatchObject({ status: 0, stderr: '' })

    const off = join(dir, 'cache-off')
    expect(run(off, exportArgs('e.docx'), { NODE_DISABLE_COMPILE_CACHE: '1' })).toMatchObject({ status: 0, stderr: '' })
    expect(existsSync(off)).toBe(false)
  })

  it('removes the folders of other versions when it writes its own', () => {
    const cache = join(dir, 'cache-versions')
    const old = join(cache, 'soan-bao-cao', 'cli-code', '0.0.9-nodev18.20.0-x64')
    mkdirSync(old, { recursive: true })
    writeFileSync(join(old, `${'0'.repeat(40)}.bin`), 'old code')
    expect(run(cache, exportArgs('f.docx')).status).toBe(0)
    expect(existsSync(old)).toBe(false)
    expect(cacheFiles(cache).size).toBeGreaterThan(0)
  })

  it('prints a PDF from its cached code too (the PDF module, with its import(), is compiled as Node does)', (ctx) => {
    if (missing(chromium)) return ctx.skip()
    const cache = join(dir, 'cache-pdf')
    for (const name of ['g.pdf', 'h.pdf']) {
      const printed = run(cache, exportArgs(name), { CHROMIUM_PATH: chromium.path ?? '' })
      expect(printed, printed.stderr).toMatchObject({ status: 0, stderr: '' })
      expect(readFileSync(join(dir, name)).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    }
  }, 60_000)
})
