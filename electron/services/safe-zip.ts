/**
 * A ZIP reader for files the clerk picks, which may be damaged, hostile or not ZIP at all. The
 * central directory is read first and the declared sizes are checked against the limits before
 * anything is inflated; each entry is then inflated with its declared size as a hard cap (a
 * "zip bomb" that lies about its size stops at the cap) and its CRC is checked. Entries are
 * inflated only when asked for, so images in a Word file are never unpacked.
 */
import { crc32, inflateRawSync } from 'node:zlib'

export interface ZipLimits {
  /** Total uncompressed size of all entries. */
  maxTotal: number
  /** Uncompressed size of one entry. */
  maxEntry: number
  maxEntries: number
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxTotal: 100 * 1024 * 1024, maxEntry: 100 * 1024 * 1024, maxEntries: 10_000 }

export type ZipProblem = 'notZip' | 'encrypted' | 'corrupt' | 'tooLarge'

/** Why a ZIP file cannot be read; `detail` is short technical text for the message. */
export class ZipError extends Error {
  constructor(
    readonly problem: ZipProblem,
    readonly detail: string,
  ) {
    super(`${problem}: ${detail}`)
    this.name = 'ZipError'
  }
}

interface Entry {
  name: string
  flags: number
  method: number
  crc: number
  compressedSize: number
  size: number
  localOffset: number
}

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50

export class SafeZip {
  private readonly entries = new Map<string, Entry>()
  private inflated = 0

  private constructor(
    private readonly bytes: Uint8Array,
    private readonly view: DataView,
    private readonly limits: ZipLimits,
  ) {}

  /** Read the central directory of `bytes`; throws {@link ZipError}. */
  static open(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): SafeZip {
    const zip = new SafeZip(bytes, new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), limits)
    zip.readDirectory()
    return zip
  }

  get names(): string[] {
    return [...this.entries.keys()]
  }

  has(name: string): boolean {
    return this.entries.has(normalize(name))
  }

  /** The declared uncompressed size of an entry, or null when there is none. */
  sizeOf(name: string): number | null {
    return this.entries.get(normalize(name))?.size ?? null
  }

  /** Inflate one entry; throws {@link ZipError} when it is damaged or bigger than it says. */
  read(name: string): Uint8Array {
    const entry = this.entries.get(normalize(name))
    if (!entry) throw new ZipError('corrupt', `missing ${name}`)
    const v = this.view
    const at = entry.localOffset
    if (at + 30 > this.bytes.byteLength || v.getUint32(at, true) !== LOCAL) throw new ZipError('corrupt', `local header of ${entry.name}`)
    const start = at + 30 + v.getUint16(at + 26, true) + v.getUint16(at + 28, true)
    const end = start + entry.compressedSize
    if (end > this.bytes.byteLength) throw new ZipError('corrupt', `truncated ${entry.name}`)
    if (this.inflated + entry.size > this.limits.maxTotal) throw new ZipError('tooLarge', 'total')
    const raw = this.bytes.subarray(start, end)
    let out: Uint8Array
    if (entry.method === 0) {
      out = raw
    } else if (entry.method === 8) {
      try {
        out = inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.size) })
      } catch (error) {
        const code = error instanceof Error && 'code' in error ? String(error.code) : ''
        throw new ZipError(
          code === 'ERR_BUFFER_TOO_LARGE' ? 'tooLarge' : 'corrupt',
          `${entry.name}: ${code || (error instanceof Error ? error.message : String(error))}`,
        )
      }
    } else {
      throw new ZipError('corrupt', `compression method ${entry.method}`)
    }
    if (out.byteLength !== entry.size) throw new ZipError('corrupt', `size of ${entry.name}`)
    if (crc32(out) >>> 0 !== entry.crc) throw new ZipError('corrupt', `CRC of ${entry.name}`)
    this.inflated += out.byteLength
    return out
  }

  /** An entry as UTF-8 text (a byte-order mark is dropped). */
  text(name: string): string {
    return new TextDecoder('utf-8').decode(this.read(name)).replace(/^\uFEFF/u, '')
  }

  private readDirectory(): void {
    const v = this.view
    const length = this.bytes.byteLength
    if (length < 22 || v.getUint32(0, true) !== LOCAL) throw new ZipError('notZip', 'signature')
    let eocd = -1
    for (let i = length - 22; i >= Math.max(0, length - 22 - 0xffff); i--) {
      if (v.getUint32(i, true) === EOCD) {
        eocd = i
        break
      }
    }
    if (eocd < 0) throw new ZipError('corrupt', 'end of central directory')
    const count = v.getUint16(eocd + 10, true)
    const dirSize = v.getUint32(eocd + 12, true)
    const dirOffset = v.getUint32(eocd + 16, true)
    if (count === 0xffff || dirOffset === 0xffffffff) throw new ZipError('corrupt', 'ZIP64')
    if (count > this.limits.maxEntries) throw new ZipError('tooLarge', 'entries')
    if (dirOffset + dirSize > eocd) throw new ZipError('corrupt', 'central directory')
    let at = dirOffset
    let total = 0
    for (let n = 0; n < count; n++) {
      if (at + 46 > eocd || v.getUint32(at, true) !== CENTRAL) throw new ZipError('corrupt', 'central directory entry')
      const nameLength = v.getUint16(at + 28, true)
      const entry: Entry = {
        flags: v.getUint16(at + 8, true),
        method: v.getUint16(at + 10, true),
        crc: v.getUint32(at + 16, true),
        compressedSize: v.getUint32(at + 20, true),
        size: v.getUint32(at + 24, true),
        localOffset: v.getUint32(at + 42, true),
        name: new TextDecoder('utf-8').decode(this.bytes.subarray(at + 46, at + 46 + nameLength)),
      }
      at += 46 + nameLength + v.getUint16(at + 30, true) + v.getUint16(at + 32, true)
      if ((entry.flags & 1) !== 0) throw new ZipError('encrypted', entry.name)
      if (entry.size > this.limits.maxEntry) throw new ZipError('tooLarge', entry.name)
      total += entry.size
      if (total > this.limits.maxTotal) throw new ZipError('tooLarge', 'total')
      const key = normalize(entry.name)
      if (!this.entries.has(key)) this.entries.set(key, entry)
    }
  }
}

/** Part names of a package are compared without case (OPC), and without a leading "/". */
function normalize(name: string): string {
  return name.replace(/\\/gu, '/').replace(/^\/+/u, '').toLowerCase()
}
