/**
 * The CLI as a process, as a clerk's shell runs it: every message ends with a newline, and an
 * output closed early (`soan-bao-cao check x | head`) ends the run quietly, without a stack trace.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serializeReport } from '../../../core/model/migrate'
import { makeReport } from '../core/report-factory'

const ROOT = join(import.meta.dirname, '../../..')
const CLI = ['--import', 'tsx', join(ROOT, 'electron/cli.ts')]
let dir = ''
let report = ''

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sbc-cli-process-'))
  report = join(dir, 'bao-cao.baocao')
  // A report with problems, so that `check` writes several lines.
  writeFileSync(report, serializeReport(makeReport({ meta: { number: '', date: null, signer: { name: '' } } })))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [...CLI, ...args, '--data-dir', join(dir, 'data')], { cwd: ROOT, encoding: 'utf8' })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('the CLI as a process', () => {
  it('ends every output with a newline, on stdout and on stderr', () => {
    for (const [args, stream] of [
      [['templates'], 'stdout'],
      [['check', report], 'stdout'],
      [['--help'], 'stdout'],
      [['--version'], 'stdout'],
      [['export', join(dir, 'khong-co.baocao'), '-o', join(dir, 'x.docx')], 'stderr'],
      [['lenh-la'], 'stderr'],
    ] as const) {
      const result = run(...args)
      const text = result[stream]
      expect(text.length, args.join(' ')).toBeGreaterThan(0)
      expect(text.endsWith('\n'), `${args.join(' ')}: ${JSON.stringify(text.slice(-20))}`).toBe(true)
    }
  })

  it('stops quietly when its output is closed before it writes', async () => {
    const child = spawn(process.execPath, [...CLI, 'check', report], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout.destroy()
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    const code = await new Promise<number | null>((done) => child.on('close', done))
    expect(stderr).toBe('')
    expect([0, 1]).toContain(code)
  })
})
