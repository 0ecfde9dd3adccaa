/**
 * The pages of whole reports: page 1 with the draft mark only on a draft, the signature and "Nơi
 * nhận" side by side and never alone on a page whatever the length of the body, the indicator
 * appendix on pages of its own, landscape when the exporter makes it landscape.
 */
import { describe, expect, it } from 'vitest'
import { layoutReport, type Page, type TextItem } from '../../../core/pages'
import { needsLandscape } from '../../../core/docx/printed'
import { resolveLayout, signatureLines, profileFor } from '../../../core/layout'
import { contentFromParagraphs } from '../../../core/model/lexical'
import type { Report, Section } from '../../../core/model/schema'
import { templateReport, TEMPLATE_IDS } from '../docx/fixtures'

const lineTexts = (page: Page): string[] =>
  page.items.filter((i): i is TextItem => i.kind === 'text').map((i) => i.runs.map((r) => r.text).join(''))
const pageWith = (pages: readonly Page[], text: string): number => pages.findIndex((p) => lineTexts(p).some((l) => l.includes(text)))

/** `report` with `count` more paragraphs of filler at the end of its last section. */
function lengthened(report: Report, count: number): Report {
  const filler = Array.from(
    { length: count },
    (_, i) => `Đoạn bổ sung số ${i + 1} nói thêm về kết quả thực hiện nhiệm vụ trong kỳ báo cáo.`,
  )
  const last = (sections: readonly Section[]): Section[] =>
    sections.map((s, i) =>
      i < sections.length - 1
        ? s
        : s.children.length > 0
          ? { ...s, children: last(s.children) }
          : { ...s, content: contentFromParagraphs(['Đoạn cuối của mục.', ...filler]) },
    )
  return { ...report, sections: last(report.sections) }
}

describe.each(TEMPLATE_IDS)('the pages of %s', (id) => {
  const report = templateReport(id)
  const profile = profileFor(report.profile)
  const pages = layoutReport(report)

  it('prints the draft mark on page 1 of a draft only', () => {
    expect(lineTexts(pages[0] as Page)).not.toContain(profile.draftMark.text)
    const draft = layoutReport(report, { draft: true })
    expect(lineTexts(draft[0] as Page)[0]).toBe(profile.draftMark.text)
  })

  it('puts the signature beside "Nơi nhận", level with it', () => {
    const page = pages[pageWith(pages, profile.recipients.label.text)] as Page
    const items = page.items.filter((i): i is TextItem => i.kind === 'text')
    const label = items.find((i) => i.runs[0]?.text === profile.recipients.label.text) as TextItem
    const authority = items.find((i) => i.runs[0]?.text === signatureLines(profile, report.meta.signer)[0]?.text) as TextItem
    expect(authority.y).toBeCloseTo(label.y, 0)
    expect(authority.x).toBeGreaterThan(page.width / 2 - 40)
    expect(label.x).toBeLessThan(page.width / 3)
  })

  it('puts the indicator appendix on pages of its own, landscape when the Word file has it landscape', () => {
    const layout = resolveLayout(report.profile, report.layout)
    const landscape = report.indicators.some((t) => t.rows.length > 0 && needsLandscape(t, report, layout))
    const first = pageWith(pages, profile.appendix.labelText)
    expect(first).toBeGreaterThan(pageWith(pages, profile.recipients.label.text))
    expect(pages.slice(first).every((p) => p.landscape === landscape)).toBe(true)
    expect((pages[first] as Page).number).toBeNull()
  })
})

describe('the signature block', () => {
  it('never stands alone on a page: the last paragraph of the body goes with it', () => {
    const report = templateReport('so-ket-6-thang.ubnd-phuong')
    const profile = profileFor(report.profile)
    let separated = 0
    // Lengthen the body a paragraph at a time: the signature falls at every place of a page.
    for (let count = 0; count < 40; count++) {
      const pages = layoutReport(lengthened(report, count))
      const signature = pageWith(pages, profile.recipients.label.text)
      const lastLine = `Đoạn bổ sung số ${count} nói`
      expect(pageWith(pages, count === 0 ? 'Đoạn cuối của mục' : lastLine)).toBeLessThanOrEqual(signature)
      const page = pages[signature] as Page
      const lines = lineTexts(page)
      // Something of the body stands above "Nơi nhận" on its page.
      expect(lines.indexOf(profile.recipients.label.text)).toBeGreaterThan(0)
      if (pageWith(pages, lastLine) !== signature && count > 0) separated++
    }
    expect(separated).toBe(0)
  })
})
