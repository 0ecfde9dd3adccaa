/**
 * A report that grows by one paragraph per version, the same in the fault-injection child and
 * in the test that checks what survived: version `v` has `v` paragraphs in its first section and
 * `v` as its document number, and is saved at a time derived from `v`.
 */
import { contentFromParagraphs } from '../../core/model/lexical'
import type { Report } from '../../core/model/schema'

const BASE_TIME = Date.parse('2025-12-01T00:00:00Z')

/** The clock of version `v`: each version is saved one second after the previous one. */
export function timeOfVersion(v: number): Date {
  return new Date(BASE_TIME + v * 1000)
}

/** Version `v` of a report built on `base`. */
export function reportVersion(base: Report, v: number): Report {
  const [first, ...rest] = base.sections
  if (!first) throw new Error('the base report has no section')
  const paragraphs = Array.from(
    { length: v },
    (_, i) => `Đoạn ${i + 1}: Ủy ban nhân dân phường đã triển khai kế hoạch số ${i + 1}, đạt ${(i % 100) + 1}% chỉ tiêu đề ra.`,
  )
  return {
    ...base,
    meta: { ...base.meta, number: String(v) },
    sections: [{ ...first, content: contentFromParagraphs(paragraphs) }, ...rest],
  }
}

/** Which version a report is (its document number). */
export function versionOf(report: Report): number {
  return Number(report.meta.number)
}
