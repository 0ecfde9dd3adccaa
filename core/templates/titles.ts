/**
 * The usual trích yếu of each report kind and side (spec §4.1–4.4), for "Tạo lại trích yếu".
 * The state form starts with a capital; the Party form with a lower-case letter.
 */
import type { Period, ProfileId, ReportKind } from '../model/schema'
import { nextPeriodText, periodText } from '../format'

export function suggestedTitle(kind: ReportKind, profile: ProfileId, period: Period): string {
  const now = periodText(period)
  const next = nextPeriodText(period)
  if (profile === 'party') {
    return kind === 'tong-ket-nam'
      ? `tổng kết công tác xây dựng Đảng và lãnh đạo thực hiện nhiệm vụ chính trị ${now}, phương hướng, nhiệm vụ ${next}`
      : `sơ kết công tác ${now}, phương hướng, nhiệm vụ ${next}`
  }
  return kind === 'tong-ket-nam'
    ? `Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh ${now}; phương hướng, nhiệm vụ ${next}`
    : `Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh ${now}; nhiệm vụ, giải pháp trọng tâm ${next}`
}
