/**
 * The first page of a report as ND30 (state) or the Party guidance lays it out: issuer (and
 * managing body), "Số: 05/BC-UBND" / "Số 45-BC/ĐU", national or Party title, place and date,
 * "BÁO CÁO", the trích yếu, and "Kính gửi" — whether written as the usual two-column table, as
 * paragraphs with tabs, or one line after another.
 */
import type { IssuerKind, ProfileId } from '../model/schema'
import { parseIsoDate } from '../format/dates'
import { upperVi } from '../format/text'
import { blockLines, paragraphLines, type Line } from './lines'
import type { SourceBlock, SourceParagraph } from './source'
import { cleanSpaces, isUpperText, isWholeBold, paragraphText } from './text'

/** What the first page said, field by field. */
export interface RecognisedHeader {
  /** False when nothing of a header was found: the whole file is body text. */
  found: boolean
  profile: ProfileId | null
  issuerKind: IssuerKind | null
  parent: string
  /** Issuer lines joined by "\n", as the header form keeps them. */
  issuer: string
  number: string
  symbol: string
  place: string
  date: string | null
  /** The year printed in the date line, even when the day and month are blank. */
  dateYear: number | null
  title: string
  kinhGui: string[]
  /** Index of the first top-level block of the body. */
  bodyStart: number
}

const SEARCH_BLOCKS = 25
const NATIONAL = /CỘNG\s+HÒA\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM/iu
const MOTTO = /Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc/iu
const PARTY = /ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM/iu
const NUMBER = /^Số\s*(:?)\s*(.*)$/u
const DATE = /^(.*?)[,\s]*\b[Nn]gày\s*([\d.…\s]*?)\s*tháng\s*([\d.…\s]*?)\s*năm\s*(\d{4})\b/u
const SEPARATOR = /^[\s*_\-–—.=~]*$/u
const DRAFT = /^(DỰ\s+THẢO|BẢN\s+NHÁP)\b/iu
const KIND = /^BÁO\s+CÁO\b\s*(.*)$/u

function lineKind(text: string): 'national' | 'motto' | 'party' | 'number' | 'date' | 'separator' | 'draft' | 'upper' | 'other' {
  if (NATIONAL.test(text)) return 'national'
  if (MOTTO.test(text)) return 'motto'
  if (PARTY.test(text)) return 'party'
  if (SEPARATOR.test(text)) return 'separator'
  if (DRAFT.test(text)) return 'draft'
  if (NUMBER.test(text) && /[/\-\d]/u.test(text)) return 'number'
  if (DATE.test(text)) return 'date'
  if (isUpperText(text) && text.length <= 80) return 'upper'
  return 'other'
}

/** "05/BC-UBND" (state) or "45-BC/ĐU" (Party) → number and symbol; blanks and dots give "". */
export function parseDocNumber(rest: string): { number: string; symbol: string; party: boolean } | null {
  const text = cleanSpaces(rest)
  const state = /^([\d\s.…_]*)\/\s*(\S.*)$/u.exec(text)
  if (state && !/[-]/u.test((state[1] ?? '').trim()))
    return { number: (state[1] ?? '').replace(/[^\d]/gu, ''), symbol: cleanSpaces(state[2] ?? ''), party: false }
  const party = /^([\d\s.…_]*)-\s*(\S.*)$/u.exec(text)
  if (party) return { number: (party[1] ?? '').replace(/[^\d]/gu, ''), symbol: cleanSpaces(party[2] ?? ''), party: true }
  return null
}

/** "Phú Xuân, ngày 15 tháng 12 năm 2025" → place and ISO date; a blank day or month gives null. */
export function parseDateLine(text: string): { place: string; date: string | null; year: number } | null {
  const match = DATE.exec(cleanSpaces(text))
  if (!match) return null
  const place = cleanSpaces((match[1] ?? '').replace(/,\s*$/u, ''))
  const year = Number(match[4])
  const day = Number((match[2] ?? '').replace(/[^\d]/gu, ''))
  const month = Number((match[3] ?? '').replace(/[^\d]/gu, ''))
  let date: string | null = null
  if (day > 0 && month > 0) {
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
    try {
      parseIsoDate(iso)
      date = iso
    } catch {
      date = null
    }
  }
  return { place, date, year }
}

function issuerKindOf(issuer: string, symbol: string, profile: ProfileId): IssuerKind {
  const text = upperVi(`${issuer} ${symbol}`)
  if (/CHI BỘ|\/CB\b/u.test(text)) return 'chi-bo'
  if (/ĐẢNG ỦY|ĐẢNG BỘ|\/ĐU\b/u.test(text)) return 'dang-uy-phuong'
  if (profile === 'party') return 'dang-uy-phuong'
  if (/HỘI ĐỒNG NHÂN DÂN|HĐND/u.test(text)) return 'hdnd-phuong'
  if (/^PHÒNG\b|\bPHÒNG\s|VĂN PHÒNG/u.test(upperVi(issuer))) return 'phong-ubnd'
  return 'ubnd-phuong'
}

/** Managing body and issuer from the upper-case lines of the left column. */
function splitIssuer(lines: readonly Line[], profile: ProfileId): { parent: string; issuer: string } {
  const texts = lines.map((l) => l.text)
  if (texts.length === 0) return { parent: '', issuer: '' }
  // ND30 and HD36 both print the managing body upright and the issuer bold.
  const firstBold = lines.findIndex((l) => l.bold)
  if (firstBold > 0 && lines.slice(firstBold).every((l) => l.bold)) {
    return { parent: texts.slice(0, firstBold).join(' '), issuer: texts.slice(firstBold).join('\n') }
  }
  if (texts.length >= 2) {
    const first = texts[0] ?? ''
    const rest = texts.slice(1)
    const partyParent =
      profile === 'party' && /^ĐẢNG BỘ\b/u.test(first) && rest.some((t) => /^(ĐẢNG ỦY|CHI BỘ|BAN|ỦY BAN KIỂM TRA)\b/u.test(t))
    const stateParent = /^(UBND|ỦY BAN NHÂN DÂN)\b/u.test(first) && /^(PHÒNG|VĂN PHÒNG|TRUNG TÂM|BAN)\b/u.test(rest[0] ?? '')
    if (partyParent || stateParent) return { parent: first, issuer: rest.join('\n') }
  }
  return { parent: '', issuer: texts.join('\n') }
}

function kindIndex(blocks: readonly SourceBlock[]): number {
  const limit = Math.min(blocks.length, SEARCH_BLOCKS)
  for (let i = 0; i < limit; i++) {
    const block = blocks[i]
    if (block?.kind !== 'paragraph') continue
    const first = cleanSpaces(paragraphText(block).split('\n')[0] ?? '')
    const match = KIND.exec(first)
    if (match && (match[1] === '' || isUpperText(match[1] ?? ''))) return i
  }
  return -1
}

/** The leading blocks that look like a header when there is no "BÁO CÁO" line. */
function headerZoneWithoutKind(blocks: readonly SourceBlock[]): number {
  let end = 0
  let marks = 0
  for (let i = 0; i < Math.min(blocks.length, 12); i++) {
    const kinds = blockLines(blocks[i] as SourceBlock, i).map((l) => lineKind(l.text))
    const strong = kinds.filter((k) => k === 'national' || k === 'motto' || k === 'party' || k === 'number' || k === 'date').length
    if (kinds.some((k) => k === 'other') && strong === 0) break
    marks += strong
    end = i + 1
  }
  return marks > 0 ? end : 0
}

function isTitleParagraph(paragraph: SourceParagraph): boolean {
  const text = cleanSpaces(paragraphText(paragraph))
  if (text === '' || SEPARATOR.test(text)) return false
  if (/^(Kính\s+gửi|Phần\s+[IVXLC\d]|PHẦN\s+[IVXLC\d]|[IVXLC]+\s*[.\-–]\s)/u.test(text)) return false
  return isWholeBold(paragraph) || paragraph.align === 'center'
}

/** Recognise the header at the start of `blocks`. */
export function recogniseHeader(blocks: readonly SourceBlock[]): RecognisedHeader {
  const kindAt = kindIndex(blocks)
  const zoneEnd = kindAt >= 0 ? kindAt : headerZoneWithoutKind(blocks)
  const lines = blocks.slice(0, zoneEnd).flatMap((block, i) => blockLines(block, i))

  let profile: ProfileId | null = null
  let numberInfo: ReturnType<typeof parseDocNumber> = null
  let dateInfo: ReturnType<typeof parseDateLine> = null
  const issuerLines: Line[] = []
  let numberSeen = false
  for (const line of lines) {
    const kind = lineKind(line.text)
    if (kind === 'national' || kind === 'motto') profile ??= 'state'
    else if (kind === 'party') profile = 'party'
    else if (kind === 'number' && !numberInfo) {
      const match = NUMBER.exec(line.text)
      numberInfo = parseDocNumber(match?.[2] ?? '')
      if (numberInfo && match?.[1] === '' && numberInfo.party) profile ??= 'party'
      numberSeen = true
    } else if (kind === 'date' && !dateInfo) dateInfo = parseDateLine(line.text)
    else if (kind === 'upper' && line.column === 0 && !numberSeen) issuerLines.push(line)
  }
  profile ??= numberInfo?.party ? 'party' : /\/(ĐU|CB)\b/u.test(numberInfo?.symbol ?? '') ? 'party' : lines.length > 0 ? 'state' : null

  let index = zoneEnd
  let title = ''
  if (kindAt >= 0) {
    const kindParagraph = blocks[kindAt] as SourceParagraph
    const kindLines = paragraphLines(kindParagraph, kindAt)
      .map((l) => l.text)
      .filter((t) => t !== '')
    const sameLine = KIND.exec(kindLines[0] ?? '')?.[1] ?? ''
    const parts = [sameLine, ...kindLines.slice(1)].filter((t) => t !== '')
    index = kindAt + 1
    while (index < blocks.length && parts.length < 4) {
      const block = blocks[index]
      if (block?.kind !== 'paragraph' || !isTitleParagraph(block)) break
      parts.push(cleanSpaces(paragraphText(block).replace(/\n/gu, ' ')))
      index++
    }
    title = cleanSpaces(parts.join(' '))
  }

  const kinhGui: string[] = []
  while (index < blocks.length) {
    const block = blocks[index]
    if (block?.kind !== 'paragraph') break
    const text = cleanSpaces(paragraphText(block).replace(/\n/gu, ' '))
    if (text !== '' && !SEPARATOR.test(text)) {
      const match = /^Kính\s+gửi\s*:?\s*(.*)$/u.exec(text)
      if (match) kinhGui.push(...splitRecipients(match[1] ?? ''))
      else if (kinhGui.length > 0 && /^[-–+]\s*\S/u.test(text)) kinhGui.push(...splitRecipients(text))
      else break
    }
    index++
  }

  const { parent, issuer } = profile ? splitIssuer(issuerLines, profile) : { parent: '', issuer: '' }
  const symbol = numberInfo?.symbol ?? ''
  return {
    found: zoneEnd > 0 || kindAt >= 0,
    profile,
    issuerKind: profile && (issuer !== '' || symbol !== '') ? issuerKindOf(issuer, symbol, profile) : null,
    parent,
    issuer,
    number: numberInfo?.number ?? '',
    symbol,
    place: dateInfo?.place ?? '',
    date: dateInfo?.date ?? null,
    dateYear: dateInfo?.year ?? null,
    title,
    kinhGui,
    bodyStart: index,
  }
}

/** "- UBND thành phố;" lines (or one recipient) without dashes and line endings. */
function splitRecipients(text: string): string[] {
  return text
    .split(/\s+(?=[-–]\s)/u)
    .map((part) => cleanSpaces(part.replace(/^[-–+]\s*/u, '').replace(/[;,.]+$/u, '')))
    .filter((part) => part !== '')
}
