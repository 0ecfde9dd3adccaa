/**
 * The text of the signature block and of "Nơi nhận", shared by the exporter and the page preview
 * so that both print the same lines.
 */
import type { Meta } from '../model/schema'
import { upperVi } from '../format/text'
import type { LayoutProfile } from './profiles'

/** The lines of the signature block above the name: authority, head's title, own title. */
export function signatureLines(profile: LayoutProfile, signer: Meta['signer']): { text: string; authority: boolean }[] {
  const mark = profile.signature.marks
  const body = signer.body.trim()
  const head = signer.headTitle.trim()
  const title = signer.title.trim()
  const lines: { text: string; authority: boolean }[] = []
  const add = (text: string, authority: boolean): void => {
    if (text.trim() !== '') lines.push({ text: upperVi(text.trim()), authority })
  }
  switch (signer.authority) {
    case 'none':
      add(title, true)
      return lines
    case 'TM':
      add(`${mark.TM} ${body}`, true)
      break
    case 'KT':
      if (body !== '') add(`${mark.TM} ${body}`, true)
      add(`${mark.KT} ${head}`, true)
      break
    case 'Q':
      if (body !== '') add(`${mark.TM} ${body}`, true)
      add(`${mark.Q} ${title}`, true)
      return lines
    case 'TL':
    case 'TUQ':
      add(`${mark[signer.authority]} ${head}`, true)
      break
  }
  add(title, false)
  return lines
}

/** "Nơi nhận" lines with the profile's dashes and endings, "Như trên" first when there is a Kính gửi. */
export function recipientLines(profile: LayoutProfile, meta: Meta): string[] {
  const items = meta.recipients.map((r) => r.trim().replace(/[;,.]+$/u, '')).filter((r) => r !== '')
  if (meta.kinhGui.some((r) => r.trim() !== '') && !items.some((r) => /^như trên$/iu.test(r))) items.unshift('Như trên')
  const archive = meta.archive.trim().replace(/[.]+$/u, '')
  const all = archive === '' ? items : [...items, `${profile.recipients.archivePrefix}${archive}`]
  return all.map((item, i) => `- ${item}${i === all.length - 1 ? profile.recipients.lastEnd : profile.recipients.itemEnd}`)
}

/** Drafter initials and copies (ô 12): "PL.(10)", or "" when no initials are given. */
export function drafterLine(meta: Pick<Meta, 'drafter' | 'copies'>): string {
  const drafter = meta.drafter.trim()
  if (drafter === '') return ''
  return `${upperVi(drafter)}.${meta.copies === null ? '' : `(${meta.copies})`}`
}
