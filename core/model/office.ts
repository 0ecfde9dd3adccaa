/**
 * The office profile: what a clerk enters once (names, place, symbols, signer, recipients) and
 * every new report is prefilled from. Existing reports are never rewritten when it changes.
 */
import { z } from 'zod'
import { AuthorityMark, IssuerKind } from './schema'

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

export const OfficeProfile = z.object({
  /** Place name of the date line, e.g. "Phú Xuân". */
  place: z.string().catch(''),
  /** Per issuer kind; a kind without an entry uses the built-in defaults. */
  issuers: z.partialRecord(IssuerKind, OfficeIssuer).catch({}),
})
export type OfficeProfile = z.infer<typeof OfficeProfile>

export const emptyOfficeProfile: OfficeProfile = { place: '', issuers: {} }
