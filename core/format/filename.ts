/**
 * File names made from titles, safe on Windows, macOS and Linux: no reserved characters, no
 * control characters, no leading dots (hidden files, "..") or trailing dots and spaces, no
 * reserved device names (CON, NUL, COM1…), at most 120 characters, NFC.
 */
import type { Period, ReportKind } from '../model/schema'
import { periodText } from './text'

const FORBIDDEN = /[<>:"/\\|?*\p{Cc}]/gu
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/iu
const MAX_LENGTH = 120

/**
 * Whether the clerk may name a file `name`: none of the characters Windows refuses
 * (\ / : * ? " < > |) nor control characters, and not "." or "..". The backend refuses any other
 * name; the name dialog says so before sending it.
 */
export function isAllowedFileName(name: string): boolean {
  return !/[<>:"/\\|?*\p{Cc}]/u.test(name) && name !== '.' && name !== '..'
}

/**
 * A file name (without extension) built from `text`: forbidden characters become spaces, runs of
 * spaces collapse, leading and trailing dots and spaces go, a reserved device name gets "_" in
 * front, and an empty result becomes `fallback`.
 */
export function safeFileName(text: string, fallback = 'Báo cáo'): string {
  let name = text.normalize('NFC').replace(FORBIDDEN, ' ').replace(/\s+/gu, ' ').trim()
  // Cut between characters, never inside a surrogate pair.
  const chars = Array.from(name)
  if (chars.length > MAX_LENGTH) name = chars.slice(0, MAX_LENGTH).join('').trim()
  name = name.replace(/^[. ]+/u, '').replace(/[. ]+$/u, '')
  if (name === '') return fallback
  if (RESERVED.test(name)) name = `_${name}`
  return name
}

/** What the kinds of report are called in a file name. */
const KIND_NAME: Record<ReportKind, string> = { 'tong-ket-nam': 'Báo cáo tổng kết', 'so-ket-6-thang': 'Báo cáo sơ kết' }

/** The name a report is known by in file names: "Báo cáo tổng kết năm 2025", "Báo cáo sơ kết 6 tháng đầu năm 2026". */
export function reportName(kind: ReportKind, period: Period): string {
  return `${KIND_NAME[kind]} ${periodText(period)}`
}
