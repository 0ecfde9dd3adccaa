import { describe, expect, it } from 'vitest'
import { resolve } from 'node:path'
import { reportPathsIn } from '../../../electron/main/open-files'

describe('reports named on the command line (file association)', () => {
  it('picks existing .baocao files, as absolute paths, and ignores switches and other files', () => {
    const existing = new Set([resolve('Báo cáo tổng kết năm 2025.baocao'), resolve('/tmp/x/BAO CAO.BAOCAO')])
    const argv = [
      '--data-dir=/tmp/d',
      'Báo cáo tổng kết năm 2025.baocao',
      '/tmp/x/BAO CAO.BAOCAO',
      'notes.docx',
      'missing.baocao',
      '--inspect',
    ]
    expect(reportPathsIn(argv, (p) => existing.has(p))).toEqual([
      resolve('Báo cáo tổng kết năm 2025.baocao'),
      resolve('/tmp/x/BAO CAO.BAOCAO'),
    ])
  })

  it('gives nothing for a plain start', () => {
    expect(reportPathsIn(['.', '--no-sandbox'], () => true)).toEqual([])
  })
})
