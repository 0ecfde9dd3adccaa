// Build the Linux and the Windows package (`electron-builder --linux dir`, `--win dir`) with a
// stand-in Electron (the real binary cannot be downloaded everywhere) and check what comes out:
// the built app in app.asar and nothing else, the fuses flipped in the binary, the asar integrity
// record in the Windows exe, the .baocao file association the installer registers, and the Linux
// package's runtime dependencies.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const asar = require('@electron/asar')
// electron-builder's own dependencies: resedit edits Windows executables, js-yaml reads its config.
const { NtExecutable, NtExecutableResource, Resource } = require('resedit')
const yaml = require('js-yaml')

const ELECTRON_VERSION = '45.4.1'
// The stand-ins carry Electron's fuse wire (sentinel, version 1, 8 fuses in their default states)
// so that electron-builder flips the fuses of electron-builder.yml in them, as in a real build.
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
const FUSE_WIRE = `${FUSE_SENTINEL}\u0001\u0008${'10110001'}`
// Fuses as they must be flipped: '0' off, '1' on (order of @electron/fuses' FuseV1Options).
const EXPECTED_FUSES = {
  runAsNode: '0',
  enableCookieEncryption: '1',
  enableNodeOptionsEnvironmentVariable: '0',
  enableNodeCliInspectArguments: '0',
  enableEmbeddedAsarIntegrityValidation: '1',
  onlyLoadAppFromAsar: '1',
  loadBrowserProcessSpecificV8Snapshot: '0',
  grantFileProtocolExtraPrivileges: '0',
}
// Electron's runtime libraries on Debian and Ubuntu: electron-builder's defaults, plus GBM and ALSA.
const DEB_RUNTIME = [
  'libgtk-3-0',
  'libnotify4',
  'libnss3',
  'libxss1',
  'libxtst6',
  'xdg-utils',
  'libatspi2.0-0',
  'libuuid1',
  'libsecret-1-0',
  'libgbm1',
  'libasound2',
]

const results = []
const check = (name, ok, detail = '') => results.push({ name, ok, detail })
const temporary = []
const tempDir = (prefix) => {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  temporary.push(dir)
  return dir
}

/** A stand-in Linux Electron: a shell script holding the fuse wire. */
function linuxElectron() {
  const dir = tempDir('sbc-electron-linux-')
  writeFileSync(join(dir, 'electron'), `#!/bin/sh\necho placeholder\n# ${FUSE_WIRE}\n`, { mode: 0o755 })
  mkdirSync(join(dir, 'resources'))
  return dir
}

/**
 * A stand-in electron.exe: a real (empty) PE file with a version resource in one language, as
 * electron-builder needs to add the asar integrity record, and the fuse wire in a data resource.
 */
function windowsElectron() {
  const dir = tempDir('sbc-electron-win-')
  const exe = NtExecutable.createEmpty(false, false)
  const resources = NtExecutableResource.from(exe)
  const version = Resource.VersionInfo.createEmpty()
  version.setFileVersion(45, 4, 1, 0, 1033)
  version.setStringValues({ lang: 1033, codepage: 1200 }, { ProductName: 'Electron', OriginalFilename: 'electron.exe' })
  version.outputToResourceEntries(resources.entries)
  resources.entries.push({ type: 10, id: 1, lang: 1033, codepage: 1200, bin: Buffer.from(FUSE_WIRE, 'latin1') })
  resources.outputResource(exe)
  writeFileSync(join(dir, 'electron.exe'), Buffer.from(exe.generate()))
  mkdirSync(join(dir, 'resources'))
  return dir
}

/** Run electron-builder for one platform's `dir` target into a fresh folder. */
function build(platform, electronDist, extra = []) {
  const out = tempDir(`sbc-dist-${platform}-`)
  const result = spawnSync(
    'npx',
    [
      'electron-builder',
      `--${platform}`,
      'dir',
      `-c.electronDist=${electronDist}`,
      `-c.electronVersion=${ELECTRON_VERSION}`,
      `-c.directories.output=${out}`,
      ...extra,
      '--publish',
      'never',
    ],
    { encoding: 'utf8', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } },
  )
  check(
    `${platform}: electron-builder exits 0`,
    result.status === 0,
    result.status === 0 ? '' : `${result.stdout}\n${result.stderr}`.slice(-3000),
  )
  return out
}

function checkAsar(platform, asarPath) {
  if (!existsSync(asarPath)) return check(`${platform}: app.asar was built`, false, asarPath)
  const files = asar.listPackage(asarPath, {}).map((f) => f.replaceAll('\\', '/'))
  for (const needed of [
    '/package.json',
    '/out/main/index.js',
    '/out/cli/cli.js',
    // The bundle is CommonJS in a "type": "module" package: this file says so.
    '/out/cli/package.json',
    '/out/main/host.js',
    '/out/preload/index.cjs',
    '/out/renderer/index.html',
  ]) {
    check(`${platform}: app.asar contains ${needed}`, files.includes(needed))
  }
  const forbidden = files.filter(
    (f) =>
      /^\/(tests|core|electron|renderer|scripts|templates|\.ci)\//.test(f) ||
      (f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.includes('/node_modules/')),
  )
  check(`${platform}: app.asar has no tests or TypeScript sources`, forbidden.length === 0, forbidden.slice(0, 10).join('\n'))
  const devOnly = ['react', 'lexical', 'vitest', 'playwright', 'electron-vite', 'typescript', 'tsx'].filter((p) =>
    files.some((f) => f.startsWith(`/node_modules/${p}/`)),
  )
  check(`${platform}: app.asar has no build-only packages`, devOnly.length === 0, devOnly.join(', '))
  console.log(`${platform} app.asar: ${files.length} entries`)
}

function checkFuses(platform, binaryPath) {
  if (!existsSync(binaryPath)) return check(`${platform}: the packaged Electron binary exists`, false, binaryPath)
  const binary = readFileSync(binaryPath)
  const at = binary.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length
  const wire = binary.subarray(at + 2, at + 2 + binary[at + 1]).toString('latin1')
  Object.entries(EXPECTED_FUSES).forEach(([fuse, state], i) =>
    check(`${platform}: Electron fuse ${fuse} is ${state === '1' ? 'on' : 'off'}`, wire[i] === state, `found ${wire[i]}`),
  )
}

/** The exe's INTEGRITY/ELECTRONASAR resource names app.asar with the SHA-256 of its header, as Electron checks at start. */
function checkAsarIntegrity(exePath, asarPath) {
  if (!existsSync(exePath) || !existsSync(asarPath)) return check('win: asar integrity record', false, exePath)
  const resources = NtExecutableResource.from(NtExecutable.from(readFileSync(exePath)))
  const entry = resources.entries.find((e) => e.type === 'INTEGRITY' && e.id === 'ELECTRONASAR')
  const record = entry ? JSON.parse(Buffer.from(entry.bin).toString('utf8')) : []
  const expected = createHash('sha256').update(asar.getRawHeader(asarPath).headerString).digest('hex')
  check(
    'win: the exe records the integrity of resources\\app.asar (SHA256 of its header)',
    record.length === 1 && record[0].file === 'resources\\app.asar' && record[0].alg === 'SHA256' && record[0].value === expected,
    JSON.stringify(record),
  )
}

/** What the NSIS installer registers for .baocao, as electron-builder computed it (see package-check-associations.mjs). */
function checkFileAssociation(out) {
  const file = join(out, 'file-associations.json')
  const associations = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : []
  const baocao = associations.find((a) => a.ext.includes('baocao'))
  check('win: the installer associates .baocao with the app', baocao?.name === 'Báo cáo Soạn Báo Cáo', JSON.stringify(associations))
  const icon = baocao?.icon ? readFileSync(baocao.icon) : Buffer.alloc(0)
  check(
    'win: the .baocao icon is a Windows icon file',
    icon.length > 6 && icon.readUInt16LE(0) === 0 && icon.readUInt16LE(2) === 1,
    baocao?.icon ?? '',
  )
}

function checkDebDepends() {
  const config = yaml.load(readFileSync('electron-builder.yml', 'utf8'))
  const depends = config.deb?.depends ?? []
  for (const lib of DEB_RUNTIME) {
    check(
      `linux: the deb package depends on ${lib}`,
      depends.some((d) =>
        d
          .split('|')
          .map((a) => a.trim())
          .includes(lib),
      ),
      JSON.stringify(depends),
    )
  }
  const aptCache = spawnSync('apt-cache', ['--version'], { encoding: 'utf8' })
  if (aptCache.status !== 0) return console.log('apt-cache not found: the deb dependencies are not looked up in the package lists')
  for (const dependency of depends) {
    const known = dependency
      .split('|')
      .some((name) => spawnSync('apt-cache', ['show', '--no-all-versions', name.trim()], { stdio: 'ignore' }).status === 0)
    check(`linux: "${dependency}" is a package of this distribution`, known)
  }
}

const linux = build('linux', linuxElectron())
checkAsar('linux', join(linux, 'linux-unpacked', 'resources', 'app.asar'))
checkFuses('linux', join(linux, 'linux-unpacked', 'soan-bao-cao'))
checkDebDepends()

const win = build('win', windowsElectron(), [`-c.afterPack=${join(import.meta.dirname, 'package-check-associations.mjs')}`])
const winAsar = join(win, 'win-unpacked', 'resources', 'app.asar')
const winExe = join(win, 'win-unpacked', 'soan-bao-cao.exe')
checkAsar('win', winAsar)
checkFuses('win', winExe)
checkAsarIntegrity(winExe, winAsar)
checkFileAssociation(win)

for (const dir of temporary) rmSync(dir, { recursive: true, force: true })

for (const r of results) console.log(`${r.ok ? '✓' : '✗'} ${r.name}${r.ok || !r.detail ? '' : `\n${r.detail}`}`)
const failed = results.filter((r) => !r.ok).length
console.log(`PACKAGE-CHECK ${results.length - failed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
