/**
 * The export service: a final export runs the checks and stops on blocking problems, a draft goes
 * ahead and is named as one, and the file is written atomically — a failure half-way through
 * leaves no partial file and the previous export untouched.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildExport, writeExport } from '../../../electron/services/export'
import { DomainError } from '../../../core/model/errors'
import { makeReport } from '../core/report-factory'

/** When set, the next atomic write fails after half the bytes reached the temporary file. */
const failMidWrite = vi.hoisted(() => ({ value: false, seenBeforeFailure: null as string | null }))
vi.mock('write-file-atomic', async (importOriginal) => {
  const real = (
    (await importOriginal()) as { default: (path: string, data: Uint8Array, options?: Record<string, unknown>) => Promise<void> }
  ).default
  const fs = await import('node:fs')
  return {
    default: async (path: string, data: Uint8Array, options: Record<string, unknown> = {}) => {
      if (!failMidWrite.value) return real(path, data, options)
      failMidWrite.value = false
      return real(path, data, {
        ...options,
        tmpfileCreated: (tmp: string) => {
          fs.writeFileSync(tmp, data.subarray(0, Math.floor(data.length / 2)))
          // While the new file is being written, the old one is still whole.
          failMidWrite.seenBeforeFailure = fs.existsSync(path) ? fs.readFileSync(path, 'latin1') : null
          throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' })
        },
      })
    },
  }
})

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sbc-export-'))
  failMidWrite.value = false
  failMidWrite.seenBeforeFailure = null
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('buildExport', () => {
  it('refuses a final export while blocking problems remain', async () => {
    const report = makeReport({ meta: { number: '', signer: { name: '' } } })
    await expect(buildExport(report, false)).rejects.toMatchObject({ code: 'exportBlocked' })
  })

  it('refuses a final export with a layout choice outside the legal range', async () => {
    const report = makeReport({ layout: { bodySize: 16 } })
    await expect(buildExport(report, false)).rejects.toBeInstanceOf(DomainError)
  })

  it('lets a draft through with a blank number and date, names it as a draft and returns the warnings', async () => {
    const report = makeReport({ meta: { number: '', date: null } })
    const built = await buildExport(report, true)
    expect(built.fileName).toBe('Báo cáo tổng kết năm 2025 (dự thảo).docx')
    expect(built.bytes.byteLength).toBeGreaterThan(5000)
    expect(built.problems.map((p) => [p.code, p.severity])).toEqual(
      expect.arrayContaining([
        ['missingNumber', 'warning'],
        ['missingDate', 'warning'],
      ]),
    )
  })

  it('builds a final export of a complete report', async () => {
    const built = await buildExport(makeReport(), false)
    expect(built.fileName).toBe('Báo cáo tổng kết năm 2025 - 05-BC-UBND.docx')
    expect(built.problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(String.fromCharCode(built.bytes[0] ?? 0, built.bytes[1] ?? 0)).toBe('PK')
  })
})

describe('writeExport', () => {
  it('writes the file and leaves nothing else behind', async () => {
    const { bytes } = await buildExport(makeReport(), false)
    const path = join(dir, 'Báo cáo.docx')
    await writeExport(path, bytes)
    expect(readFileSync(path).equals(Buffer.from(bytes))).toBe(true)
    expect(readdirSync(dir)).toEqual(['Báo cáo.docx'])
  })

  it('leaves no partial file when the write fails half-way', async () => {
    const { bytes } = await buildExport(makeReport(), false)
    const path = join(dir, 'Báo cáo.docx')
    failMidWrite.value = true
    // A full disk is said as such, without the system's error code.
    const error = await writeExport(path, bytes).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'exportDiskFull' })
    expect((error as DomainError).message).toContain('ổ đĩa đã đầy')
    expect((error as DomainError).message).not.toContain('ENOSPC')
    expect(existsSync(path)).toBe(false)
    expect(readdirSync(dir)).toEqual([])
  })

  it('never touches an existing file until the new one is complete', async () => {
    const path = join(dir, 'Báo cáo.docx')
    writeFileSync(path, 'the previous export', 'latin1')
    const { bytes } = await buildExport(makeReport(), false)
    failMidWrite.value = true
    const error = await writeExport(path, bytes).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DomainError)
    expect((error as DomainError).message).toContain('Không có tệp dở dang nào được ghi')
    expect(failMidWrite.seenBeforeFailure).toBe('the previous export')
    expect(readFileSync(path, 'latin1')).toBe('the previous export')
    expect(readdirSync(dir)).toEqual(['Báo cáo.docx'])

    // The next export replaces it whole.
    await writeExport(path, bytes)
    expect(readFileSync(path).equals(Buffer.from(bytes))).toBe(true)
    expect(readdirSync(dir)).toEqual(['Báo cáo.docx'])
  })
})
