// Build the Linux package with a placeholder Electron folder (the real binary cannot be
// downloaded everywhere) and check what ends up in app.asar: the built app, no tests, no sources.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const asar = require('@electron/asar')

const placeholder = mkdtempSync(join(tmpdir(), 'sbc-electron-dist-'))
// The placeholder carries Electron's fuse wire (sentinel, version 1, 8 fuses in their default
// states) so that electron-builder flips the fuses of electron-builder.yml in it, as in a real build.
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
const DEFAULT_FUSES = '10110001'
writeFileSync(join(placeholder, 'electron'), `#!/bin/sh\necho placeholder\n# ${FUSE_SENTINEL}\u0001\u0008${DEFAULT_FUSES}\n`, {
  mode: 0o755,
})
mkdirSync(join(placeholder, 'resources'), { recursive: true })
const out = mkdtempSync(join(tmpdir(), 'sbc-dist-'))

const build = spawnSync(
  'npx',
  [
    'electron-builder',
    '--linux',
    'dir',
    `-c.electronDist=${placeholder}`,
    '-c.electronVersion=45.4.1',
    `-c.directories.output=${out}`,
    '--publish',
    'never',
  ],
  { encoding: 'utf8', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } },
)
const asarPath = join(out, 'linux-unpacked', 'resources', 'app.asar')
const binaryPath = join(out, 'linux-unpacked', 'soan-bao-cao')
const results = []
const check = (name, ok, detail = '') => results.push({ name, ok, detail })

check('electron-builder exits 0', build.status === 0, build.status === 0 ? '' : `${build.stdout}\n${build.stderr}`.slice(-3000))
if (existsSync(asarPath)) {
  const files = asar.listPackage(asarPath, {}).map((f) => f.replaceAll('\\', '/'))
  for (const needed of [
    '/package.json',
    '/out/main/index.js',
    '/out/cli/cli.js',
    '/out/main/host.js',
    '/out/preload/index.cjs',
    '/out/renderer/index.html',
  ]) {
    check(`app.asar contains ${needed}`, files.includes(needed))
  }
  const forbidden = files.filter(
    (f) =>
      /^\/(tests|core|electron|renderer|scripts|templates|\.ci)\//.test(f) ||
      (f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.includes('/node_modules/')),
  )
  check('app.asar has no tests or TypeScript sources', forbidden.length === 0, forbidden.slice(0, 10).join('\n'))
  const devOnly = ['react', 'lexical', 'vitest', 'playwright', 'electron-vite', 'typescript'].filter((p) =>
    files.some((f) => f.startsWith(`/node_modules/${p}/`)),
  )
  check('app.asar has no build-only packages', devOnly.length === 0, devOnly.join(', '))
  console.log(`app.asar: ${files.length} entries`)
} else {
  check('app.asar was built', false, asarPath)
}
if (existsSync(binaryPath)) {
  // Electron fuses as flipped in the packaged binary: '0' off, '1' on (order of @electron/fuses' FuseV1Options).
  const binary = readFileSync(binaryPath)
  const at = binary.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length
  const wire = binary.subarray(at + 2, at + 2 + binary[at + 1]).toString('latin1')
  const expected = {
    runAsNode: '0',
    enableCookieEncryption: '1',
    enableNodeOptionsEnvironmentVariable: '0',
    enableNodeCliInspectArguments: '0',
    enableEmbeddedAsarIntegrityValidation: '1',
    onlyLoadAppFromAsar: '1',
    loadBrowserProcessSpecificV8Snapshot: '0',
    grantFileProtocolExtraPrivileges: '0',
  }
  Object.entries(expected).forEach(([fuse, state], i) =>
    check(`Electron fuse ${fuse} is ${state === '1' ? 'on' : 'off'}`, wire[i] === state, `found ${wire[i]}`),
  )
} else {
  check('the packaged Electron binary exists', false, binaryPath)
}
rmSync(out, { recursive: true, force: true })
rmSync(placeholder, { recursive: true, force: true })

for (const r of results) console.log(`${r.ok ? '✓' : '✗'} ${r.name}${r.ok || !r.detail ? '' : `\n${r.detail}`}`)
const failed = results.filter((r) => !r.ok).length
console.log(`PACKAGE-CHECK ${results.length - failed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
