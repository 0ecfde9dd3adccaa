/**
 * The office profile: what a clerk enters once (names, place, symbols, signer, recipients) and
 * every new report is prefilled from. Existing reports are never rewritten when it changes.
 */
import { z } from 'zod'
import { AuthorityMark, IssuerKind } from './schema'
import { DEFAULT_ABBREVIATIONS } from '../proof/abbreviations'

export const OfficeIssuer = z.object({
  parent: z.string().catch(''),
  issuer: z.string().catch(''),
  symbol: z.string().catch(''),
  signer: z
    .object({
      authority: AuthorityMark.catch('TM'),
      body: z.string().catch(''),
      headTitle: z.string().catch(''),
      title: z.string().catch(''),
      name: z.string().catch(''),
    })
    .optional()
    .catch(undefined),
  recipients: z.array(z.string()).catch([]),
  archive: z.string().catch(''),
  drafter: z.string().catch(''),
  copies: z.number().int().min(0).nullable().catch(null),
})
export type OfficeIssuer = z.infer<typeof OfficeIssuer>

/** The proofreader's settings: on or off, the accent style, the office dictionary and abbreviations. */
export const OfficeProofing = z.object({
  enabled: z.boolean().catch(true),
  /** "auto" follows each report's majority; "old" is "hòa, thủy, ủy", "new" is "hoà, thuỷ, uỷ". */
  accentStyle: z.enum(['auto', 'old', 'new']).catch('auto'),
  /** Names of people and streets, local words: never flagged. An over-long entry is cut, never the list dropped. */
  words: z
    .array(z.string())
    .transform((list) => list.slice(0, 50_000).map((w) => w.slice(0, 200)))
    .catch([]),
  /** Abbreviations accepted without being spelled out, with their full form. */
  abbreviations: z
    .record(z.string(), z.string())
    .transform((map) => Object.fromEntries(Object.entries(map).map(([abbr, full]) => [abbr.slice(0, 40), full.slice(0, 300)])))
    .catch({ ...DEFAULT_ABBREVIATIONS }),
})
export type OfficeProofing = z.infer<typeof OfficeProofing>

export const defaultOfficeProofing = (): OfficeProofing => ({
  enabled: true,
  accentStyle: 'auto',
  words: [],
  abbreviations: { ...DEFAULT_ABBREVIATIONS },
})

export const OfficeProfile = z.object({
  /** Place name of the date line, e.g. "Phú Xuân". */
  place: z.string().catch(''),
  /** Per issuer kind; a kind without an entry uses the built-in defaults. */
  issuers: z.partialRecord(IssuerKind, OfficeIssuer).catch({}),
  proofing: OfficeProofing.catch(defaultOfficeProofing),
  /** Counts under 10 written with a leading zero ("02/16", "08 đảng viên") in new reports. */
  leadingZero: z.boolean().catch(true),
})
export type OfficeProfile = z.infer<typeof OfficeProfile>

export const emptyOfficeProfile: OfficeProfile = { place: '', issuers: {}, proofing: defaultOfficeProofing(), leadingZero: true }
