/**
 * Any Word file the clerk picks, read as what it really is, whatever its name says: a .docx (a
 * ZIP package), a Word 97–2003 document (an OLE compound file with a WordDocument stream), an
 * encrypted document (an OLE file with an EncryptedPackage stream, or a .doc with its encryption
 * flag), an RTF file or a web page saved with a .doc name. Damaged files are refused with a
 * Vietnamese message, never half-read.
 */
import CFB from 'cfb'
import { readWord97, Word97Error } from '../../core/import/word97/read'
import { decodeHtml, readHtml } from '../../core/import/html'
import { readRtf, RtfError } from '../../core/import/rtf'
import type { SourceDocument } from '../../core/import/source'
import { DomainError } from '../../core/model/errors'
import { baseName, readDocx } from './docx-file'

// What a damaged .doc's message names: the file's structure, never an exception's text.
const DOC_DETAIL = 'Word 97–2003'

// The stream name of an encrypted Office package inside its OLE container, in UTF-16LE.
const ENCRYPTED_PACKAGE = new Uint8Array([...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]))

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b)
}

function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let k = 0; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer
    return true
  }
  return false
}

/** What the first bytes say a file is. */
export type WordFileKind = 'docx' | 'ole' | 'rtf' | 'html' | 'unknown'

/** The kind of a file from its first bytes (a UTF-8 or UTF-16 byte-order mark is skipped). */
export function sniffWordFile(bytes: Uint8Array): WordFileKind {
  if (startsWith(bytes, [0x50, 0x4b])) return 'docx'
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole'
  const head = new TextDecoder('utf-8')
    .decode(bytes.subarray(0, 2048))
    .replace(/^\uFEFF/u, '')
    .trimStart()
    .toLowerCase()
  if (head.startsWith('{\\rtf')) return 'rtf'
  if (/^(?:<!doctype html|<html|<\?xml[^>]*>\s*(?:<\?mso-application[^>]*>\s*)?<html|<meta|<head|<body)/u.test(head)) return 'html'
  return 'unknown'
}

function word97Failure(error: Word97Error, name: string): DomainError {
  switch (error.problem) {
    case 'encrypted':
      return new DomainError('importEncrypted', { name })
    case 'tooOld':
      return new DomainError('importWord95', { name })
    case 'notWord':
      return new DomainError('importNotDocx', { name })
    case 'tooLarge':
      return new DomainError('importTooLarge', { name, limit: 30 })
    default:
      return new DomainError('importCorrupt', { name, detail: DOC_DETAIL })
  }
}

/** A Word 97–2003 file (or an encrypted Office file, which is refused). */
function readOle(bytes: Uint8Array, name: string): SourceDocument {
  // Named in the directory near the start: said even when the container itself is damaged.
  if (contains(bytes.subarray(0, Math.min(bytes.length, 1024 * 1024)), ENCRYPTED_PACKAGE))
    throw new DomainError('importEncrypted', { name })
  let container: CFB.CFB$Container
  try {
    container = CFB.read(bytes, { type: 'array' })
  } catch {
    throw new DomainError('importCorrupt', { name, detail: 'OLE' })
  }
  const stream = (path: string): Uint8Array | null => {
    const entry = CFB.find(container, path)
    if (!entry || !entry.content) return null
    return entry.content instanceof Uint8Array ? entry.content : Uint8Array.from(entry.content)
  }
  if (stream('EncryptionInfo')) throw new DomainError('importEncrypted', { name })
  const wordDocument = stream('WordDocument')
  if (!wordDocument) throw new DomainError('importNotDocx', { name })
  try {
    return readWord97({ wordDocument, table: (tableName) => stream(tableName) })
  } catch (error) {
    if (error instanceof Word97Error) throw word97Failure(error, name)
    // A RangeError from a structure pointing outside its stream, and the like: no technical text for the clerk.
    throw new DomainError('importCorrupt', { name, detail: DOC_DETAIL })
  }
}

/** Read a Word file of any of the kinds above into blocks; throws a DomainError the clerk can act on. */
export async function readWordFile(bytes: Uint8Array, fileName: string): Promise<SourceDocument> {
  const name = baseName(fileName)
  switch (sniffWordFile(bytes)) {
    case 'docx':
      return readDocx(bytes, fileName)
    case 'ole':
      return readOle(bytes, name)
    case 'rtf':
      try {
        return readRtf(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'))
      } catch (error) {
        if (error instanceof RtfError) throw new DomainError('importCorrupt', { name, detail: 'RTF' })
        throw error
      }
    case 'html':
      return readHtml(decodeHtml(bytes))
    default:
      throw new DomainError(/\.doc$/iu.test(name) ? 'importCorrupt' : 'importNotDocx', { name, detail: DOC_DETAIL })
  }
}
