/**
 * A report's period as the UI names it, in the UI's language ("năm 2025" / "2025"). The report's
 * own text (its title, the Word file) always says it in Vietnamese, with core/format's periodText.
 */
import type { Period } from '../../core/model/schema'
import { i18n } from '../i18n'

export function periodLabel(period: Period): string {
  const key = period.kind === 'year' ? 'common.period.year' : `common.period.half${period.half}`
  return i18n.t(key, { year: period.year })
}
