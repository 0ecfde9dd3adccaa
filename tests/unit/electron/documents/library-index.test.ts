/**
 * The library list reads a report whole only when it changed: an index of what the list shows,
 * keyed by each file's size and modification time, in the data folder. The index is a cache:
 * deleted or damaged, the next listing is the same, read from the files.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { serializeReport } from '../../../../core/model/migrate'
import { DocumentService } from '../../../../electron/services/documents'
import { makeReport } from '../../core/report-factory'

let dir = ''
const library = (): string => join(dir, 'library')
const indexFile = (): string => join(dir, 'data', 'library-index.json')
const service = (appVersion = '0.1.0'): DocumentService =>
  new DocumentService({ libraryDir: library(), dataDir: join(dir, 'data'), appVersion })

/**
 * Reports get a modification time in whole seconds: `utimes` takes seconds as a float, so putting
 * back a time with milliseconds may land a fraction of a millisecond earlier (a change, rightly).
 */
const PINNED = new Date('2025-12-01T08:00:00Z')

function writeReport(name: string, title: string): string {
  const path = join(library(), name)
  writeFileSync(path, serializeReport(makeReport({ meta: { title } })))
  utimesSync(path, PINNED, PINNED)
  return path
}

/** Bytes of the same length that are no report, with the file's old modification time put back. */
function garbleKeepingStat(path: string): void {
  const before = statSync(path)
  writeFileSync(path, 'x'.repeat(before.size))
  utimesSync(path, before.atime, before.mtime)
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sbc-index-'))
  await service().list()
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('the library index', () => {
  it('lists an unchanged report from the index, without reading it', async () => {
    const path = writeReport('a.baocao', 'Báo cáo tổng kết năm 2025')
    expect((await service().list()).map((d) => [d.name, d.title, d.error])).toEqual([['a.baocao', 'Báo cáo tổng kết năm 2025', null]])
    garbleKeepingStat(path)
    // A new service (a new start of the app) reads the index from the data folder.
    expect((await service().list()).map((d) => [d.title, d.error])).toEqual([['Báo cáo tổng kết năm 2025', null]])
    // Once the modification time moves, the file is read again and found damaged.
    utimesSync(path, new Date(), new Date(Date.now() + 5000))
    expect((await service().list()).map((d) => d.error?.code)).toEqual(['notJson'])
  })

  it('reads a report again when it changed, and forgets one that is gone', async () => {
    const documents = service()
    writeReport('a.baocao', 'Cũ')
    writeReport('b.baocao', 'Sẽ xóa')
    await documents.list()
    const path = writeReport('a.baocao', 'Mới hơn, dài hơn')
    utimesSync(path, new Date(), new Date(Date.now() + 5000))
    rmSync(join(library(), 'b.baocao'))
    expect((await documents.list()).map((d) => d.title)).toEqual(['Mới hơn, dài hơn'])
    expect(Object.keys((JSON.parse(readFileSync(indexFile(), 'utf8')) as { entries: object }).entries)).toEqual(['a.baocao'])
  })

  it('is a cache: deleted, damaged or written by another version, the listing is the same', async () => {
    writeReport('a.baocao', 'Một')
    writeReport('b.baocao', 'Hai')
    const first = await service().list()
    rmSync(indexFile())
    expect(await service().list()).toEqual(first)
    writeFileSync(indexFile(), '{ "format": "soan-bao-cao-library-index/1", "entries": [')
    expect(await service().list()).toEqual(first)
    const path = join(library(), 'a.baocao')
    garbleKeepingStat(path)
    // Another app version does not trust what this one read: the damaged file is read and shown so.
    expect((await service('0.2.0').list()).find((d) => d.name === 'a.baocao')?.error?.code).toBe('notJson')
  })
})
