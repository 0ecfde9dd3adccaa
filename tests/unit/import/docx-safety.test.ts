/**
 * Hostile and broken files: each gives a clear Vietnamese error, quickly, without unpacking more
 * than the limits allow — a damaged OLE file, password-protected .docx (an OLE compound file), a
 * file that is not a ZIP, a truncated or damaged ZIP, ZIP bombs that tell the truth or lie about
 * their size, too many entries, an encrypted entry, broken XML, a ZIP that is not a Word file.
 */
import { crc32, deflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { DomainError } from '../../../core/model/errors'
import { readWordFile } from '../../../electron/services/word-file'
import { SafeZip, ZipError } from '../../../electron/services/safe-zip'
import { wordStyledReport } from './word-fixtures'

interface ZipEntrySpec {
  name: string
  data: Uint8Array
  /** Size written in the headers; the true size when left out. */
  declaredSize?: number
  deflate?: boolean
  flags?: number
}

/** A ZIP file written by hand, so that its headers can lie. */
function makeZip(entries: ZipEntrySpec[]): Uint8Array {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8')
    const body = entry.deflate === false ? Buffer.from(entry.data) : deflateRawSync(entry.data)
    const size = entry.declaredSize ?? entry.data.byteLength
    const crc = crc32(entry.data) >>> 0
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(entry.flags ?? 0, 6)
    local.writeUInt16LE(entry.deflate === false ? 0 : 8, 8)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(body.byteLength, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(name.byteLength, 26)
    locals.push(local, name, body)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(entry.flags ?? 0, 8)
    central.writeUInt16LE(entry.deflate === false ? 0 : 8, 10)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(body.byteLength, 20)
    central.writeUInt32LE(size, 24)
    central.writeUInt16LE(name.byteLength, 28)
    central.writeUInt32LE(offset, 42)
    centrals.push(central, name)
    offset += 30 + name.byteLength + body.byteLength
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.byteLength, 12)
  end.writeUInt32LE(offset, 16)
  return new Uint8Array(Buffer.concat([...locals, directory, end]))
}

const text = (s: string): Uint8Array => new TextEncoder().encode(s)

/** The smallest parts of a Word package, with `documentXml` as its body. */
function minimalDocx(documentXml: string): ZipEntrySpec[] {
  return [
    {
      name: '[Content_Types].xml',
      data: text(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
    },
    {
      name: '_rels/.rels',
      data: text(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
    },
    { name: 'word/document.xml', data: text(documentXml) },
  ]
}

async function failure(bytes: Uint8Array, name = 'bao-cao.docx'): Promise<{ error: DomainError; ms: number }> {
  const started = performance.now()
  try {
    await readWordFile(bytes, name)
  } catch (error) {
    if (error instanceof DomainError) return { error, ms: performance.now() - started }
    throw error
  }
  throw new Error('expected the import to fail')
}

function ole(extra: Uint8Array = new Uint8Array()): Uint8Array {
  const bytes = new Uint8Array(4096)
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
  bytes.set(extra, 1024)
  return bytes
}

describe('files that are not a readable .docx', () => {
  it('an OLE file with nothing readable behind its signature is damaged (real .doc files: legacy-doc.test.ts)', async () => {
    const { error } = await failure(ole(), 'bao-cao-cu.doc')
    expect(error.code).toBe('importCorrupt')
    expect(error.message).toContain('bao-cao-cu.doc')
  })

  it('a password-protected .docx says so and how to remove the password', async () => {
    const name = new Uint8Array([...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]))
    const { error } = await failure(ole(name))
    expect(error.code).toBe('importEncrypted')
    expect(error.message).toContain('mật khẩu')
  })

  it('a text file renamed to .docx is not a Word document', async () => {
    const { error } = await failure(text('Đây chỉ là văn bản thường, không phải tệp Word.'))
    expect(error.code).toBe('importNotDocx')
    expect(error.message).toBe('Tệp “bao-cao.docx” không phải tài liệu Word (.docx, .doc).')
  })

  it('a ZIP that holds no Word document is not a Word document', async () => {
    const { error } = await failure(makeZip([{ name: 'xl/workbook.xml', data: text('<workbook/>') }]))
    expect(error.code).toBe('importNotDocx')
  })

  it('a truncated file is damaged', async () => {
    const whole = await wordStyledReport()
    const { error } = await failure(whole.subarray(0, Math.floor(whole.byteLength / 2)))
    expect(error.code).toBe('importCorrupt')
    expect(error.message).toMatch(/bị hỏng/u)
  })

  it('a file whose compressed data was damaged fails its check, not later', async () => {
    const bytes = makeZip(
      minimalDocx(
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Xin chào các đồng chí trong Ban Thường vụ</w:t></w:r></w:p></w:body></w:document>',
      ),
    )
    const damaged = bytes.slice()
    const at = Buffer.from(damaged).indexOf(Buffer.from('word/document.xml')) + 'word/document.xml'.length + 4
    damaged[at] = (damaged[at] ?? 0) ^ 0xff
    const { error } = await failure(damaged)
    expect(error.code).toBe('importCorrupt')
  })

  it('broken XML is damaged', async () => {
    const { error } = await failure(
      makeZip(
        minimalDocx(
          '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>chưa đóng thẻ',
        ),
      ),
    )
    expect(error.code).toBe('importCorrupt')
  })

  it('an encrypted ZIP entry is refused as password-protected', async () => {
    const entries = minimalDocx('<w:document/>').map((e) => (e.name === 'word/document.xml' ? { ...e, flags: 1 } : e))
    const { error } = await failure(makeZip(entries))
    expect(error.code).toBe('importEncrypted')
  })
})

describe('ZIP bombs', () => {
  it('an entry declaring 3 GB is refused before anything is unpacked', async () => {
    const entries = [...minimalDocx('<w:document/>'), { name: 'word/media/big.bin', data: new Uint8Array(10), declaredSize: 3_000_000_000 }]
    const { error, ms } = await failure(makeZip(entries))
    expect(error.code).toBe('importTooLarge')
    expect(error.message).toContain('100 MB')
    expect(ms).toBeLessThan(1000)
  })

  it('entries adding up to more than 100 MB are refused', async () => {
    const entries = [
      ...minimalDocx('<w:document/>'),
      ...Array.from({ length: 11 }, (_, i) => ({ name: `word/media/p${i}.bin`, data: new Uint8Array(8), declaredSize: 10 * 1024 * 1024 })),
    ]
    const { error } = await failure(makeZip(entries))
    expect(error.code).toBe('importTooLarge')
  })

  it('an entry that lies about its size stops at the size it declared', async () => {
    const bomb = new Uint8Array(64 * 1024 * 1024)
    const xml = minimalDocx('')
    const entries = xml.map((e) => (e.name === 'word/document.xml' ? { ...e, data: bomb, declaredSize: 2048 } : e))
    const zip = makeZip(entries)
    expect(zip.byteLength).toBeLessThan(200 * 1024)
    const { error, ms } = await failure(zip)
    expect(error.code).toBe('importTooLarge')
    expect(ms).toBeLessThan(2000)
  })

  it('a ZIP with twenty thousand entries is refused', async () => {
    const entries = Array.from({ length: 20_000 }, (_, i) => ({ name: `x/${i}`, data: new Uint8Array(0), deflate: false }))
    const { error } = await failure(makeZip(entries))
    expect(error.code).toBe('importTooLarge')
  })
})

describe('SafeZip', () => {
  it('reads what a well-formed ZIP holds and checks each entry', () => {
    const zip = SafeZip.open(
      makeZip([
        { name: 'a.txt', data: text('Phú Xuân') },
        { name: 'B/c.txt', data: text('ĐẢNG ỦY'), deflate: false },
      ]),
    )
    expect(zip.names).toEqual(['a.txt', 'b/c.txt'])
    expect(zip.text('a.txt')).toBe('Phú Xuân')
    expect(zip.text('/B/C.TXT')).toBe('ĐẢNG ỦY')
    expect(() => zip.read('missing.txt')).toThrow(ZipError)
  })
})
