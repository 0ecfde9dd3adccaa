/**
 * Header defaults per issuer kind (spec §2.3, §2.6, §3.2, §5), used when a report is created for
 * an issuer other than the template's own (a chi bộ using the Đảng ủy template, HĐND using the
 * UBND one) and as the starting point of the office profile. Bracketed text is a visible blank.
 */
import type { IssuerKind, ProfileId, Signer } from '../model/schema'

export interface IssuerDefaults {
  profile: ProfileId
  parent: string
  issuer: string
  /** Symbol of a report from this issuer. */
  symbol: string
  signer: Omit<Signer, 'name'>
  archive: string
}

export const ISSUER_DEFAULTS: Record<IssuerKind, IssuerDefaults> = {
  'ubnd-phuong': {
    profile: 'state',
    parent: '',
    issuer: 'ỦY BAN NHÂN DÂN\nPHƯỜNG [TÊN PHƯỜNG]',
    symbol: 'BC-UBND',
    signer: { authority: 'TM', body: 'ỦY BAN NHÂN DÂN', headTitle: 'CHỦ TỊCH', title: 'CHỦ TỊCH' },
    archive: 'VT, VP',
  },
  'hdnd-phuong': {
    profile: 'state',
    parent: '',
    issuer: 'HỘI ĐỒNG NHÂN DÂN\nPHƯỜNG [TÊN PHƯỜNG]',
    symbol: 'BC-HĐND',
    signer: { authority: 'TM', body: 'THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN', headTitle: 'CHỦ TỊCH', title: 'CHỦ TỊCH' },
    archive: 'VT',
  },
  'phong-ubnd': {
    profile: 'state',
    parent: 'UBND PHƯỜNG [TÊN PHƯỜNG]',
    issuer: 'PHÒNG [TÊN PHÒNG]',
    symbol: 'BC-[PHÒNG]',
    signer: { authority: 'none', body: '', headTitle: '', title: 'TRƯỞNG PHÒNG' },
    archive: 'VT',
  },
  'dang-uy-phuong': {
    profile: 'party',
    parent: 'ĐẢNG BỘ TỈNH [TÊN TỈNH]',
    issuer: 'ĐẢNG ỦY PHƯỜNG [TÊN PHƯỜNG]',
    symbol: 'BC/ĐU',
    signer: { authority: 'TM', body: 'ĐẢNG ỦY', headTitle: 'BÍ THƯ', title: 'BÍ THƯ' },
    archive: 'Văn phòng Đảng ủy',
  },
  'chi-bo': {
    profile: 'party',
    parent: 'ĐẢNG BỘ PHƯỜNG [TÊN PHƯỜNG]',
    issuer: 'CHI BỘ [TÊN CHI BỘ]',
    symbol: 'BC/CB',
    signer: { authority: 'TM', body: 'CHI BỘ', headTitle: 'BÍ THƯ', title: 'BÍ THƯ' },
    archive: 'Chi bộ',
  },
}

/** Issuer kinds that can use a template of the given profile. */
export function issuerKindsFor(profile: ProfileId): IssuerKind[] {
  return (Object.keys(ISSUER_DEFAULTS) as IssuerKind[]).filter((k) => ISSUER_DEFAULTS[k].profile === profile)
}
