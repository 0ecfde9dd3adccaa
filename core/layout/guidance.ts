/**
 * The format guidance each profile follows, as data with its source (spec §0, §3.4): Nghị định
 * 30/2020/NĐ-CP for state bodies; for the Party, Hướng dẫn 36-HD/VPTW (2018) for documents dated
 * before 27/5/2026 and Hướng dẫn 05-HD/VPTW (27/5/2026, under Quy định 399-QĐ/TW) from that day.
 *
 * HD 05's text could not be read: the values quoted for it are HD 36's, so its profile keeps HD
 * 36's values and says so (`valuesFrom`), until a Party office confirms them.
 */
import type { Meta, ProfileId } from '../model/schema'
import { isIsoDate } from '../format/dates'

export type GuidanceId = 'nd30' | 'hd36' | 'hd05'

export interface Guidance {
  id: GuidanceId
  /** As a report cites it: "Hướng dẫn 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng". */
  name: string
  /** Short form for labels: "HD 36-HD/VPTW". */
  short: string
  /** First day (ISO) of the documents it applies to. */
  from: string
  /** Where its values were read. */
  source: string
  /** The guidance whose values this profile keeps because its own are known only second-hand; null when its own. */
  valuesFrom: GuidanceId | null
}

export const ND30: Guidance = {
  id: 'nd30',
  name: 'Nghị định 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư',
  short: 'NĐ 30/2020/NĐ-CP',
  from: '2020-03-05',
  source: 'Toàn văn Nghị định và các Phụ lục I, II, III',
  valuesFrom: null,
}

export const HD36: Guidance = {
  id: 'hd36',
  name: 'Hướng dẫn 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng về thể thức và kỹ thuật trình bày văn bản của Đảng',
  short: 'HD 36-HD/VPTW',
  from: '2018-04-03',
  source: 'Phụ lục 3 của Hướng dẫn như hai nguồn thứ cấp trích dẫn; văn bản thực tế của Đảng (Nghị quyết 60-NQ/TW)',
  valuesFrom: null,
}

export const HD05: Guidance = {
  id: 'hd05',
  name: 'Hướng dẫn 05-HD/VPTW ngày 27/5/2026 của Văn phòng Trung ương Đảng về thể thức và kỹ thuật trình bày văn bản của Đảng (thực hiện Quy định 399-QĐ/TW ngày 09/01/2026), thay Hướng dẫn 36-HD/VPTW',
  short: 'HD 05-HD/VPTW',
  from: '2026-05-27',
  source: 'Nhiều nguồn thứ cấp năm 2026; chưa có toàn văn Hướng dẫn, các giá trị các nguồn này nêu trùng với Hướng dẫn 36',
  valuesFrom: 'hd36',
}

/** Party guidance, newest last. */
export const PARTY_GUIDANCE: readonly Guidance[] = [HD36, HD05]

/**
 * The day a report's format is judged by: its issue date once it is one, otherwise the last day
 * of its period (the day a report on the period is usually written by), so that every 2026
 * mid-year and year-end Party report falls under HD 05.
 */
export function guidanceDate(meta: Pick<Meta, 'date' | 'period'>): string {
  if (meta.date !== null && isIsoDate(meta.date)) return meta.date
  const { period } = meta
  return period.kind === 'half' && period.half === 1 ? `${period.year}-06-30` : `${period.year}-12-31`
}

/** The guidance a profile follows for a document dated `date` (ISO); the newest without a date. */
export function guidanceFor(profile: ProfileId, date?: string): Guidance {
  if (profile === 'state') return ND30
  const inForce = date === undefined ? PARTY_GUIDANCE : PARTY_GUIDANCE.filter((g) => g.from <= date)
  return inForce.at(-1) ?? HD36
}
