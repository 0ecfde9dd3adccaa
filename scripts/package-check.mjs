// Build the Linux package with a placeholder Electron folder (the real binary cannot be
// downloaded everywhere) and check what ends up in app.asar: the built app, no tests, no sources.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync, existsSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const asar = require('@electron/asar')

const placeholder = mkdtempSync(join(tmpdir(), 'sbc-electron-dist-'))
writeFileSync(join(placeholder, 'electron'), '#!/bin/sh\necho placeholder\n', { mode: 0o755 })
mkdirSync(join(placeholder, 'resources'), { recursive: true })
const out = mkdtempSync(join(tmpdir(), 'sbc-dist-'))

const build = spawnSync(
  'npx',
  ['electron-builder', '--linux', 'dir', `-c.electronDist=${placeholder}`, '-c.electronVersion=45.4.1', `-c.directories.output=${out}`, '--publish', 'never'],
  { encoding: 'utf8', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } },
)
const asarPath = join(out, 'linux-unpacked', 'resources', 'app.asar')
const results = []
const check = (name, ok, detail = '') => results.push({ name, ok, detail })

check('electron-builder exits 0', build.status === 0, build.status === 0 ? '' : `${build.stdout}\n${build.stderr}`.slice(-3000))
if (existsSync(asarPath)) {
  const files = asar.listPackage(asarPath, {}).map((f) => f.replaceAll('\\', '/'))
  for (const needed of ['/package.json', '/out/main/index.js', '/out/main/cli.js', '/out/main/host.js', '/out/preload/index.cjs', '/out/renderer/index.html']) {
    check(`app.asar contains ${needed}`, files.includes(needed))
  }
  const forbidden = files.filter((f) => /^\/(tests|core|electron|renderer|scripts|templates|\.ci)\//.test(f) || f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.includes('/node_modules/'))
  check('app.asar has no tests or TypeScript sources', forbidden.length === 0, forbidden.slice(0, 10).join('\n'))
  const devOnly = ['react', 'lexical', 'vitest', 'playwright', 'electron-vite', 'typescript'].filter((p) => files.some((f) => f.startsWith(`/node_modules/${p}/`)))
  check('app.asar has no build-only packages', devOnly.length === 0, devOnly.join(', '))
  console.log(`app.asar: ${files.length} entries`)
} else {
  check('app.asar was built', false, asarPath)
}
rmSync(out, { recursive: true, force: true })
rmSync(placeholder, { recursive: true, force: true })

for (const r of results) console.log(`${r.ok ? '✓' : '✗'} ${r.name}${r.ok || !r.detail ? '' : `\n${r.detail}`}`)
const failed = results.filter((r) => !r.ok).length
console.log(`PACKAGE-CHECK ${results.length - failed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
