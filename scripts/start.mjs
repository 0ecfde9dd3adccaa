// `npm start`: build when the sources changed, then run the Electron app. Where Electron's binary
// is missing (it cannot be downloaded on an offline machine) or cannot start (no display, missing
// system libraries), say so in one line and run the same app in the default browser instead
// (browser mode, as `npm run start:web`): the URL is printed and the browser opened, `--no-open`,
// `--port` and `--data-dir` are honoured.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { isStale } from './stale.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const electronDir = dirname(require.resolve('electron/package.json'))
const args = process.argv.slice(2)
/** An Electron that ends with an error this soon after it was started never came up. */
const STARTUP_MS = 8000

function electronBinary() {
  const pathFile = join(electronDir, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : ''
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron')
  const full = relative ? join(electronDir, 'dist', relative) : ''
  return full && existsSync(full) ? full : null
}

/** Forward Ctrl+C and a stop request to the child, and leave with its exit code. */
function follow(child) {
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

/** The options browser mode knows, from those given to `npm start`. */
function hostArgs(given) {
  const out = []
  for (let i = 0; i < given.length; i++) {
    const arg = given[i]
    if (arg === '--no-open' || /^--(port|data-dir)=/.test(arg)) out.push(arg)
    else if ((arg === '--port' || arg === '--data-dir') && i + 1 < given.length) out.push(arg, given[++i])
  }
  return out
}

/** Browser mode, announced by the host in one line: Electron is `missing` or `failed`. */
function browserMode(reason) {
  follow(spawn(process.execPath, [join(root, 'out/main/host.js'), `--electron=${reason}`, ...hostArgs(args)], { stdio: 'inherit' }))
}

const outputs = ['out/main/index.js', 'out/main/host.js', 'out/preload/index.cjs', 'out/renderer/index.html'].map((p) => join(root, p))
const sources = ['core', 'electron', 'renderer', 'templates', 'assets', 'package.json', 'electron.vite.config.ts'].map((p) => join(root, p))
if (isStale(outputs, sources)) {
  const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

let binary = electronBinary()
if (!binary) {
  // Electron fetches its binary on first use; offline this fails at once.
  const download = spawnSync(process.execPath, [join(electronDir, 'install.js')], { encoding: 'utf8' })
  binary = download.status === 0 ? electronBinary() : null
}
if (!binary) browserMode('missing')
else {
  const started = Date.now()
  const electron = spawn(binary, ['.', ...args], { cwd: root, stdio: ['inherit', 'inherit', 'pipe'] })
  // Electron's own complaints are kept back until it is clearly up: a start that fails is told in one line.
  let holding = true
  const held = []
  electron.stderr.on('data', (chunk) => (holding ? held.push(chunk) : process.stderr.write(chunk)))
  const release = setTimeout(() => {
    holding = false
    for (const chunk of held.splice(0)) process.stderr.write(chunk)
  }, STARTUP_MS)
  let fellBack = false
  const fallBack = () => {
    if (fellBack) return
    fellBack = true
    clearTimeout(release)
    browserMode('failed')
  }
  electron.on('error', fallBack)
  electron.on('exit', (code, signal) => {
    if ((code !== 0 || signal) && Date.now() - started < STARTUP_MS) return fallBack()
    clearTimeout(release)
    process.exit(code ?? 0)
  })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => electron.kill(signal))
}
