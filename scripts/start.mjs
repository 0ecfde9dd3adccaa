// `npm start`: build, then run the Electron app. Electron 45 fetches its binary on first use; where
// that is impossible (offline machine), say so in one message and point to browser mode.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const electronDir = dirname(require.resolve('electron/package.json'))

function electronBinary() {
  const pathFile = join(electronDir, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : ''
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron')
  const full = relative ? join(electronDir, 'dist', relative) : ''
  return full && existsSync(full) ? full : null
}

let binary = electronBinary()
if (!binary) {
  const download = spawnSync(process.execPath, [join(electronDir, 'install.js')], { encoding: 'utf8' })
  binary = download.status === 0 ? electronBinary() : null
}
if (!binary) {
  console.error(
    'Không mở được ứng dụng máy tính: máy này chưa có chương trình Electron và không tải về được. ' +
      'Hãy chạy ứng dụng trong trình duyệt, cùng dữ liệu và chức năng: npm run start:web',
  )
  process.exit(1)
}
const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' })
if (build.status !== 0) process.exit(build.status ?? 1)
const child = spawn(binary, ['.', ...process.argv.slice(2)], { stdio: 'inherit' })
child.on('exit', (code) => process.exit(code ?? 0))
