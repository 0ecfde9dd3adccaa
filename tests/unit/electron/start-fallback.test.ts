/**
 * `npm start` on a machine where the desktop app cannot run: Electron's binary is missing or
 * ends at once (no display, missing libraries). It says so in one line, without Electron's own
 * error text, and serves the same app in browser mode (here with --no-open), which answers.
 */
import { spawn } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tCore } from '../../../core/i18n'

const ROOT = join(import.meta.dirname, '../../..')
let dir = ''

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sbc-start-'))
  // An Electron that cannot open a window: it complains and exits with an error.
  writeFileSync(join(dir, 'electron'), '#!/bin/sh\necho "Missing X server or $DISPLAY" >&2\nexit 1\n')
  chmodSync(join(dir, 'electron'), 0o755)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function startWith(electronDir: string): Promise<{ stdout: string; stderr: string; status: number }> {
  const child = spawn(process.execPath, [join(ROOT, 'scripts/start.mjs'), '--no-open', '--port', '0', '--data-dir', join(dir, 'data')], {
    cwd: ROOT,
    env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: electronDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`no browser mode: ${stdout}${stderr}`)), 110_000)
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8')
      const match = /(http:\/\/127\.0\.0\.1:\d+)\/#token=[\w-]+/u.exec(stdout)
      if (match?.[1]) {
        clearTimeout(timer)
        resolveUrl(match[1])
      }
    })
    child.once('exit', (code) => reject(new Error(`npm start ended (${code}): ${stdout}${stderr}`)))
  })
  const status = (await fetch(url)).status
  const exited = new Promise((done) => child.once('exit', done))
  child.kill('SIGTERM')
  await exited
  return { stdout, stderr, status }
}

describe('npm start without a working Electron', () => {
  it('says so in one line and serves the app in browser mode when Electron cannot start', async () => {
    const { stdout, stderr, status } = await startWith(dir)
    expect(stdout).toContain(tCore('cli.host.electron.failed'))
    expect(stdout).toContain(tCore('cli.host.stop'))
    expect(stderr).not.toContain('Missing X server')
    expect(status).toBe(200)
  }, 120_000)

  it('does the same when the Electron program named by ELECTRON_OVERRIDE_DIST_PATH is not there', async () => {
    const { stdout, status } = await startWith(join(dir, 'nothing-here'))
    expect(stdout).toContain(tCore('cli.host.electron.failed'))
    expect(status).toBe(200)
  }, 120_000)
})
