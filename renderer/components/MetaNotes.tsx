/**
 * Notes of "Thông tin văn bản": which format guidance the report follows (the Party's by the
 * report's date: HD 36 before 27/5/2026, HD 05 from then on, whose values are HD 36's until
 * confirmed), and the managing body offered for "Kính gửi", named as a sentence names it.
 */
import { useTranslation } from 'react-i18next'
import type { Meta, Report } from '../../core/model/schema'
import { guidanceDate, profileFor } from '../../core/layout'
import { findPlaceholder } from '../../core/checks/placeholders'
import { nameInSentence } from '../../core/format'

export function GuidanceNote({ report }: { report: Pick<Report, 'profile' | 'meta'> }): React.JSX.Element {
  const { t } = useTranslation()
  const { guidance } = profileFor(report.profile, guidanceDate(report.meta))
  return (
    <p className="guidance-note small" data-guidance={guidance.id}>
      {t(`meta.guidance.${guidance.id}`)}
      {guidance.valuesFrom && <> {t('meta.guidance.secondHand', { from: t(`meta.guidance.short.${guidance.valuesFrom}`) })}</>}
    </p>
  )
}

/** "Thêm: Ủy ban nhân dân thành phố Đà Nẵng" when the managing body is filled in and not already a recipient. */
export function KinhGuiSuggestion({
  meta,
  readOnly,
  onAdd,
}: {
  meta: Pick<Meta, 'parent' | 'kinhGui'>
  readOnly: boolean
  onAdd: (name: string) => void
}): React.JSX.Element | null {
  const { t } = useTranslation()
  const parent = meta.parent.trim()
  if (parent === '' || findPlaceholder(parent, 'field')) return null
  const name = nameInSentence(parent)
  if (meta.kinhGui.some((r) => r.trim().toLocaleLowerCase('vi') === name.toLocaleLowerCase('vi'))) return null
  return (
    <button type="button" className="link-btn small" disabled={readOnly} onClick={() => onAdd(name)}>
      {t('meta.addKinhGui', { name })}
    </button>
  )
}
