/**
 * The structures of a Word 97–2003 binary document ([MS-DOC]) that the import reads: the File
 * Information Block, the piece table (which characters are where, 8-bit or UTF-16), the
 * character and paragraph property pages (FKPs) and the font table. Every read is bounds-checked
 * by DataView: a damaged file throws, and the caller refuses it.
 */

/** Why a Word 97–2003 file cannot be read. */
export class Word97Error extends Error {
  constructor(
    readonly problem: 'notWord' | 'encrypted' | 'tooOld' | 'corrupt' | 'tooLarge',
    detail = '',
  ) {
    super(`${problem}${detail ? `: ${detail}` : ''}`)
    this.name = 'Word97Error'
  }
}

/** Text, footnotes, headers… are stored one after the other; these are their lengths in characters. */
export interface Fib {
  tableStream: '0Table' | '1Table'
  ccpText: number
  ccpFtn: number
  ccpAtn: number
  /** Offset and size in the table stream of each structure used here. */
  clx: Range
  plcfBteChpx: Range
  plcfBtePapx: Range
  sttbfFfn: Range
  plcffndRef: Range
  plcfandRef: Range
}

export interface Range {
  fc: number
  lcb: number
}

/** At most this many characters of body text (some 10,000 pages). */
export const MAX_TEXT_CHARS = 20_000_000

const FIB_RG_FC_LCB = { stshf: 1, plcffndRef: 2, plcfandRef: 4, plcfBteChpx: 12, plcfBtePapx: 13, sttbfFfn: 15, clx: 33 } as const

/** Read the FIB at the start of the WordDocument stream. */
export function readFib(doc: DataView): Fib {
  if (doc.byteLength < 0x200 || doc.getUint16(0, true) !== 0xa5ec) throw new Word97Error('notWord')
  const nFib = doc.getUint16(2, true)
  // Word 6 and Word 95 (nFib 101–105) lay out the FIB and the text differently.
  if (nFib < 0xc1) throw new Word97Error('tooOld')
  const flags = doc.getUint16(0x0a, true)
  if ((flags & 0x0100) !== 0 || (flags & 0x8000) !== 0) throw new Word97Error('encrypted')
  const csw = doc.getUint16(32, true)
  const rgLw = 34 + csw * 2 + 2
  const cslw = doc.getUint16(34 + csw * 2, true)
  const lw = (i: number): number => doc.getInt32(rgLw + i * 4, true)
  const rgFcLcb = rgLw + cslw * 4 + 2
  const pair = (i: number): Range => ({ fc: doc.getUint32(rgFcLcb + i * 8, true), lcb: doc.getUint32(rgFcLcb + i * 8 + 4, true) })
  const fib: Fib = {
    tableStream: (flags & 0x0200) !== 0 ? '1Table' : '0Table',
    ccpText: lw(3),
    ccpFtn: lw(4),
    ccpAtn: lw(6),
    clx: pair(FIB_RG_FC_LCB.clx),
    plcfBteChpx: pair(FIB_RG_FC_LCB.plcfBteChpx),
    plcfBtePapx: pair(FIB_RG_FC_LCB.plcfBtePapx),
    sttbfFfn: pair(FIB_RG_FC_LCB.sttbfFfn),
    plcffndRef: pair(FIB_RG_FC_LCB.plcffndRef),
    plcfandRef: pair(FIB_RG_FC_LCB.plcfandRef),
  }
  if (fib.ccpText < 0 || fib.ccpText > MAX_TEXT_CHARS) throw new Word97Error('tooLarge', 'text')
  // Every character takes at least a byte of the stream: a larger count is a lie, refused before any allocation.
  if (fib.ccpText > doc.byteLength) throw new Word97Error('corrupt', 'text length')
  return fib
}

/** A run of characters stored together: 8-bit (Windows-1252) or UTF-16. */
export interface Piece {
  cpStart: number
  cpEnd: number
  /** Byte offset of the first character in the WordDocument stream. */
  fc: number
  compressed: boolean
}

function slice(view: DataView, range: Range): DataView {
  if (range.fc + range.lcb > view.byteLength) throw new Word97Error('corrupt', 'table range')
  return new DataView(view.buffer, view.byteOffset + range.fc, range.lcb)
}

/** The piece table from the Clx in the table stream. */
export function readPieces(table: DataView, clx: Range): Piece[] {
  const data = slice(table, clx)
  let at = 0
  // Skip the Prc entries (property modifiers of pieces, used by fast saves only).
  while (at < data.byteLength && data.getUint8(at) === 0x01) at += 3 + data.getUint16(at + 1, true)
  if (at >= data.byteLength || data.getUint8(at) !== 0x02) throw new Word97Error('corrupt', 'piece table')
  const lcb = data.getUint32(at + 1, true)
  const plc = at + 5
  const n = (lcb - 4) / 12
  if (!Number.isInteger(n) || n < 1 || plc + lcb > data.byteLength) throw new Word97Error('corrupt', 'piece table size')
  const pieces: Piece[] = []
  for (let i = 0; i < n; i++) {
    const cpStart = data.getUint32(plc + i * 4, true)
    const cpEnd = data.getUint32(plc + (i + 1) * 4, true)
    const fcRaw = data.getUint32(plc + (n + 1) * 4 + i * 8 + 2, true)
    const compressed = (fcRaw & 0x40000000) !== 0
    if (cpEnd < cpStart) throw new Word97Error('corrupt', 'piece order')
    pieces.push({ cpStart, cpEnd, fc: compressed ? (fcRaw & 0x3fffffff) / 2 : fcRaw, compressed })
  }
  return pieces
}

/** Formatting of a range of the stream given by an FKP: [fcStart, fcEnd) and its property bytes. */
export interface FkpRun {
  fcStart: number
  fcEnd: number
  grpprl: Uint8Array
}

function bte(table: DataView, range: Range): number[] {
  if (range.lcb < 12) return []
  const data = slice(table, range)
  const n = (range.lcb - 4) / 8
  if (!Number.isInteger(n)) throw new Word97Error('corrupt', 'bin table')
  return Array.from({ length: n }, (_, i) => data.getUint32((n + 1) * 4 + i * 4, true) & 0x3fffff)
}

function page(doc: DataView, pn: number): DataView {
  if ((pn + 1) * 512 > doc.byteLength) throw new Word97Error('corrupt', 'property page')
  return new DataView(doc.buffer, doc.byteOffset + pn * 512, 512)
}

function bytes(view: DataView, at: number, length: number): Uint8Array {
  if (at + length > view.byteLength) throw new Word97Error('corrupt', 'property length')
  return new Uint8Array(view.buffer, view.byteOffset + at, length)
}

/** The character runs of the CHPX pages, in stream order. */
export function readChpx(doc: DataView, table: DataView, range: Range): FkpRun[] {
  const runs: FkpRun[] = []
  for (const pn of bte(table, range)) {
    const fkp = page(doc, pn)
    const crun = fkp.getUint8(511)
    for (let i = 0; i < crun; i++) {
      const offset = fkp.getUint8(4 * (crun + 1) + i) * 2
      const grpprl = offset === 0 ? new Uint8Array(0) : bytes(fkp, offset + 1, fkp.getUint8(offset))
      runs.push({ fcStart: fkp.getUint32(i * 4, true), fcEnd: fkp.getUint32((i + 1) * 4, true), grpprl })
    }
  }
  return runs
}

/** The paragraph runs of the PAPX pages; `grpprl` starts after the style index, given as `istd`. */
export function readPapx(doc: DataView, table: DataView, range: Range): (FkpRun & { istd: number })[] {
  const runs: (FkpRun & { istd: number })[] = []
  for (const pn of bte(table, range)) {
    const fkp = page(doc, pn)
    const crun = fkp.getUint8(511)
    for (let i = 0; i < crun; i++) {
      const offset = fkp.getUint8(4 * (crun + 1) + 13 * i) * 2
      const fcStart = fkp.getUint32(i * 4, true)
      const fcEnd = fkp.getUint32((i + 1) * 4, true)
      if (offset === 0) {
        runs.push({ fcStart, fcEnd, istd: 0, grpprl: new Uint8Array(0) })
        continue
      }
      const cb = fkp.getUint8(offset)
      const [start, length] = cb === 0 ? [offset + 2, fkp.getUint8(offset + 1) * 2] : [offset + 1, cb * 2 - 1]
      if (length < 2) throw new Word97Error('corrupt', 'paragraph properties')
      const data = bytes(fkp, start, length)
      runs.push({ fcStart, fcEnd, istd: (data[0] ?? 0) | ((data[1] ?? 0) << 8), grpprl: data.subarray(2) })
    }
  }
  return runs
}

/** Call `visit` with each property (sprm) of a grpprl and a view of its operand. */
export function eachSprm(grpprl: Uint8Array, visit: (sprm: number, operand: DataView) => void): void {
  const view = new DataView(grpprl.buffer, grpprl.byteOffset, grpprl.byteLength)
  let at = 0
  while (at + 2 <= grpprl.byteLength) {
    const sprm = view.getUint16(at, true)
    at += 2
    let size: number
    switch (sprm >> 13) {
      case 0:
      case 1:
        size = 1
        break
      case 2:
      case 4:
      case 5:
        size = 2
        break
      case 3:
        size = 4
        break
      case 7:
        size = 3
        break
      default:
        // Variable length: one length byte, except the table definition's two.
        if (sprm === 0xd608 || sprm === 0xd606) {
          if (at + 2 > grpprl.byteLength) return
          size = view.getUint16(at, true) + 1
        } else {
          if (at + 1 > grpprl.byteLength) return
          size = view.getUint8(at) + 1
        }
    }
    if (at + size > grpprl.byteLength) return
    visit(sprm, new DataView(grpprl.buffer, grpprl.byteOffset + at, size))
    at += size
  }
}

/** The font names of the SttbfFfn, by index. */
export function readFonts(table: DataView, range: Range): string[] {
  if (range.lcb < 4) return []
  const data = slice(table, range)
  const count = data.getUint16(0, true)
  const fonts: string[] = []
  let at = 4
  for (let i = 0; i < count && at < data.byteLength; i++) {
    const size = data.getUint8(at) + 1
    let name = ''
    for (let c = at + 40; c + 1 < at + size && c + 1 < data.byteLength; c += 2) {
      const code = data.getUint16(c, true)
      if (code === 0) break
      name += String.fromCharCode(code)
    }
    fonts.push(name)
    at += size
  }
  return fonts
}

const CP1252 = new TextDecoder('windows-1252')
const UTF16 = new TextDecoder('utf-16le')

/** The characters of [cpStart, cpEnd), with the stream offset of each (for the FKP lookups). */
export function readText(doc: DataView, pieces: readonly Piece[], cpEnd: number): { text: string; fcs: Uint32Array } {
  const fcs = new Uint32Array(cpEnd)
  const parts: string[] = []
  let length = 0
  for (const piece of pieces) {
    if (piece.cpStart >= cpEnd) break
    const count = Math.min(piece.cpEnd, cpEnd) - piece.cpStart
    const size = piece.compressed ? count : count * 2
    const raw = bytes(doc, piece.fc, size)
    const text = (piece.compressed ? CP1252 : UTF16).decode(raw)
    for (let k = 0; k < count && length + k < cpEnd; k++) fcs[length + k] = piece.fc + (piece.compressed ? k : k * 2)
    parts.push(text.slice(0, count))
    length += count
  }
  return { text: parts.join('').slice(0, cpEnd), fcs }
}
