/**
 * Hostile and broken Word 97–2003 files: each is refused quickly with a Vietnamese message —
 * a .doc with its encryption flag (a password), an encrypted Office file (OLE with an
 * EncryptedPackage), Word 6/95, a truncated file, garbage behind an OLE signature, an OLE file
 * that holds no Word document, a body longer than the limit, property pages pointing outside the
 * file, an RTF nested without end — and 300 mutated .doc files (fixed seed) either import or are
 * refused, never hang or crash.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import CFB from 'cfb'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DomainError } from '../../../core/model/errors'
import { readWordFile } from '../../../electron/services/word-file'
import { convertWithLibreOffice } from '../../support/libreoffice'
import { missing, soffice } from '../../support/prereqs'
import { seededRandom } from '../../support/random'
import { TCVN3_HTML } from './legacy-fixtures'

const skip = missing(soffice)
let dir = ''
let doc: Uint8Array = new Uint8Array()

beforeAll(() => {
  if (skip) return
  dir = mkdtempSync(join(tmpdir(), 'sbc-doc-safety-'))
  writeFileSync(join(dir, 'bao-cao.html'), TCVN3_HTML)
  doc = new Uint8Array(readFileSync(convertWithLibreOffice([join(dir, 'bao-cao.html')], 'doc:MS Word 97', dir)[0] ?? ''))
}, 240_000)

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

/** The .doc with one of its streams changed. */
function withStream(name: string, change: (bytes: Uint8Array) => void): Uint8Array {
  const container = CFB.read(doc, { type: 'array' })
  const entry = CFB.find(container, name)
  if (!entry?.content) throw new Error(`no ${name}`)
  const bytes = Uint8Array.from(entry.content)
  change(bytes)
  entry.content = bytes
  return new Uint8Array(CFB.write(container, { type: 'array' }) as number[])
}

async function refusal(bytes: Uint8Array, name = 'hồ-sơ.doc'): Promise<DomainError> {
  const started = performance.now()
  const error = await readWordFile(bytes, name).then(
    () => null,
    (e: unknown) => e,
  )
  expect(performance.now() - started).toBeLessThan(5_000)
  if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(error)}`)
  expect(error.message).toContain('hồ-sơ.doc')
  expect(error.message).not.toMatch(/RangeError|undefined|at \w+ \(/u)
  return error
}

const view = (bytes: Uint8Array): DataView => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)

describe.skipIf(skip)('broken and protected .doc files', () => {
  it('reads the intact file', async () => {
    const source = await readWordFile(doc, 'hồ-sơ.doc')
    expect(source.blocks.length).toBeGreaterThan(10)
  })

  it('refuses a password-protected .doc (encryption flag in the FIB)', async () => {
    const error = await refusal(withStream('WordDocument', (b) => view(b).setUint16(0x0a, view(b).getUint16(0x0a, true) | 0x0100, true)))
    expect(error.code).toBe('importEncrypted')
    expect(error.message).toContain('mật khẩu')
  })

  it('refuses Word 6/95, a body longer than the limit and property pages outside the file', async () => {
    expect((await refusal(withStream('WordDocument', (b) => view(b).setUint16(2, 0x65, true)))).code).toBe('importWord95')
    // ccpText is the fourth 32-bit value after the FIB's 16-bit values.
    const ccpText = (b: Uint8Array): number => 34 + view(b).getUint16(32, true) * 2 + 2 + 12
    expect((await refusal(withStream('WordDocument', (b) => view(b).setUint32(ccpText(b), 0x7fffffff, true)))).code).toBe('importTooLarge')
    const error = await refusal(
      withStream('WordDocument', (b) => {
        const v = view(b)
        const rgFcLcb = 34 + v.getUint16(32, true) * 2 + 2 + v.getUint16(34 + v.getUint16(32, true) * 2, true) * 4 + 2
        // Point the character property bin table at the end of the stream.
        v.setUint32(rgFcLcb + 12 * 8, 0xfffffff0, true)
      }),
    )
    expect(error.code).toBe('importCorrupt')
  })

  it('refuses a truncated file and garbage behind an OLE signature', async () => {
    expect((await refusal(doc.slice(0, Math.floor(doc.length / 2)))).code).toBe('importCorrupt')
    const garbage = new Uint8Array(4096).map((_, i) => (i * 7919) & 0xff)
    garbage.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    expect((await refusal(garbage)).code).toBe('importCorrupt')
    expect((await refusal(new TextEncoder().encode('not a Word file at all'))).code).toBe('importCorrupt')
  })
})

describe('OLE files that are not Word 97 documents', () => {
  it('refuses an encrypted Office file and an OLE file without a Word document', async () => {
    const encrypted = CFB.utils.cfb_new()
    CFB.utils.cfb_add(encrypted, 'EncryptionInfo', new Uint8Array(64))
    CFB.utils.cfb_add(encrypted, 'EncryptedPackage', new Uint8Array(1024))
    expect((await refusal(new Uint8Array(CFB.write(encrypted, { type: 'array' }) as number[]))).code).toBe('importEncrypted')
    const workbook = CFB.utils.cfb_new()
    CFB.utils.cfb_add(workbook, 'Workbook', new Uint8Array(1024))
    expect((await refusal(new Uint8Array(CFB.write(workbook, { type: 'array' }) as number[]))).code).toBe('importNotDocx')
  })

  it('refuses an RTF nested without end', async () => {
    expect((await refusal(new TextEncoder().encode(`{\\rtf1 ${'{'.repeat(5000)}`))).code).toBe('importCorrupt')
  })
})

describe.skipIf(skip)('300 mutated .doc files (seed 17)', () => {
  it('each imports or is refused with a message, quickly', async () => {
    const random = seededRandom(17)
    let refused = 0
    const started = performance.now()
    for (let n = 0; n < 300; n++) {
      const stream = random() < 0.5 ? 'WordDocument' : '1Table'
      const bytes = withStream(stream, (b) => {
        const count = 1 + Math.floor(random() * 16)
        for (let k = 0; k < count; k++) b[Math.floor(random() * b.length)] = Math.floor(random() * 256)
      })
      const one = performance.now()
      try {
        await readWordFile(bytes, 'hồ-sơ.doc')
      } catch (error) {
        expect(error).toBeInstanceOf(DomainError)
        refused++
      }
      expect(performance.now() - one).toBeLessThan(2_000)
    }
    console.log(`300 mutated .doc files: ${refused} refused, ${300 - refused} read, ${Math.round(performance.now() - started)} ms`)
  })
})
