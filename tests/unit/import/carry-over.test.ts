/**
 * Starting a report from an earlier one: the same year's mid-year review becomes starting text
 * ("cần cập nhật"), the earlier "phương hướng, nhiệm vụ" becomes the tasks to report on, and the
 * indicators take "cùng kỳ" or the plan depending on how the two periods relate.
 */
import { describe, expect, it } from 'vitest'
import { carryOver } from '../../../core/import/carry-over'
import { contentItems } from '../../../core/import/content-ops'
import { contentText } from '../../../core/nodes/plain-text'
import type { Report, Section } from '../../../core/model/schema'
import { instantiate, type Template } from '../../../core/templates'
import { builtinTemplates } from '../../../electron/services/templates'
import { filledReport, idMaker } from './fixtures'

function template(id: string): Template {
  const found = builtinTemplates().find((t) => t.id === id)
  if (!found) throw new Error(id)
  return found
}

function fresh(id: string, year: number, half?: 1 | 2): Report {
  return instantiate(template(id), { year, half, appVersion: '0.1.0', newId: idMaker('new'), now: new Date('2025-12-01T00:00:00Z') })
}

function byKey(sections: readonly Section[], key: string): Section {
  for (const s of sections) {
    if (s.key === key) return s
    try {
      return byKey(s.children, key)
    } catch {
      // keep looking among the next siblings
    }
  }
  throw new Error(`no section ${key}`)
}

function flat(sections: readonly Section[]): Section[] {
  return sections.flatMap((s) => [s, ...flat(s.children)])
}

describe('a year-end report from the same year’s mid-year review', () => {
  const review = filledReport(template('so-ket-6-thang.ubnd-phuong'), { year: 2025, half: 1 })
  const target = fresh('tong-ket-nam.ubnd-phuong', 2025)
  const { report, summary } = carryOver(target, review, idMaker('carry'))

  it('takes the review’s text into the sections with the same key, marked “cần cập nhật”', () => {
    for (const key of ['lanh-dao-chi-dao', 'ngan-sach', 'ton-tai-han-che']) {
      const from = byKey(review.sections, key)
      const to = byKey(report.sections, key)
      expect(contentText(to.content).startsWith(contentText(from.content))).toBe(true)
      expect(to.needsUpdate).toBe(true)
    }
    expect(summary.sections).toBeGreaterThan(10)
  })

  it('leaves the opening and the next period’s direction as the template made them', () => {
    expect(byKey(report.sections, 'mo-dau')).toEqual(byKey(target.sections, 'mo-dau'))
    for (const section of flat([byKey(report.sections, 'phuong-huong')])) {
      expect(section.needsUpdate).toBe(false)
      expect(section.content).toEqual(byKey(target.sections, section.key).content)
    }
  })

  it('lists the review’s tasks in the results section of the same field', () => {
    const economyTasks = contentItems(byKey(review.sections, 'nhiem-vu-kinh-te').content)
    expect(economyTasks.length).toBeGreaterThan(0)
    const economy = contentItems(byKey(report.sections, 'kinh-te').content)
    const intro = economy.indexOf('Nhiệm vụ đề ra tại báo cáo 6 tháng đầu năm 2025 (cần đánh giá kết quả thực hiện):')
    expect(intro).toBeGreaterThanOrEqual(0)
    expect(economy.slice(intro + 1, intro + 1 + economyTasks.length)).toEqual(economyTasks)
    expect(JSON.stringify(byKey(report.sections, 'kinh-te').content)).toContain('"listType":"bullet"')
    // Tasks without a field of their own go to the results part.
    const general = contentItems(byKey(review.sections, 'muc-tieu-tong-quat').content)
    expect(contentItems(byKey(report.sections, 'ket-qua').content)).toEqual(expect.arrayContaining(general))
    expect(summary.tasks).toBeGreaterThan(economyTasks.length)
  })

  it('carries the plan of the same year, not the half-year results as “cùng kỳ”', () => {
    const rows = report.indicators[0]?.rows ?? []
    const fromRows = review.indicators[0]?.rows ?? []
    expect(rows.map((r) => r.plan)).toEqual(fromRows.map((r) => r.plan))
    expect(rows.map((r) => r.previous)).toEqual(target.indicators[0]?.rows.map((r) => r.previous))
    expect(rows.every((r) => r.actual === null)).toBe(true)
    expect(summary.indicators).toBe(rows.length)
  })

  it('never shares content objects with the earlier report', () => {
    const to = byKey(report.sections, 'lanh-dao-chi-dao').content
    expect(to).not.toBe(byKey(review.sections, 'lanh-dao-chi-dao').content)
  })
})

describe('a report from the same period a year before', () => {
  it('takes last year’s results as “cùng kỳ”, its tasks as a list, and no results text', () => {
    const lastYear = filledReport(template('tong-ket-nam.ubnd-phuong'), { year: 2024 })
    const custom = {
      id: 'extra',
      key: '',
      name: 'Số hộ kinh doanh mới',
      unit: 'hộ',
      kind: 'plan' as const,
      planWord: 'kế hoạch',
      plan: 40,
      actual: 52,
      previous: null,
      estimate: false,
      targetRate: null,
      note: 'Tự thêm',
    }
    const earlier: Report = { ...lastYear, indicators: lastYear.indicators.map((t) => ({ ...t, rows: [...t.rows, custom] })) }
    const target = fresh('tong-ket-nam.ubnd-phuong', 2025)
    const { report } = carryOver(target, earlier, idMaker('carry'))
    expect(byKey(report.sections, 'lanh-dao-chi-dao').content).toEqual(byKey(target.sections, 'lanh-dao-chi-dao').content)
    expect(byKey(report.sections, 'lanh-dao-chi-dao').needsUpdate).toBe(false)
    expect(contentText(byKey(report.sections, 'kinh-te').content)).toContain('Nhiệm vụ đề ra tại báo cáo năm 2024')
    const rows = report.indicators[0]?.rows ?? []
    const templateRows = lastYear.indicators[0]?.rows ?? []
    expect(rows.slice(0, templateRows.length).map((r) => r.previous)).toEqual(templateRows.map((r) => r.actual))
    expect(rows.slice(0, templateRows.length).map((r) => r.plan)).toEqual(target.indicators[0]?.rows.map((r) => r.plan))
    expect(rows.at(-1)).toMatchObject({ name: 'Số hộ kinh doanh mới', previous: 52, plan: null, actual: null, note: 'Tự thêm' })
    expect(rows.at(-1)?.id).not.toBe('extra')
  })

  it('fills header fields the template left as placeholders from the earlier report', () => {
    const earlier = filledReport(template('tong-ket-nam.dang-uy-phuong'), { year: 2024 })
    const target = fresh('tong-ket-nam.dang-uy-phuong', 2025)
    expect(target.meta.issuer).toContain('[')
    const { report } = carryOver(target, earlier, idMaker('carry'))
    expect(report.meta).toMatchObject({
      issuer: earlier.meta.issuer,
      parent: earlier.meta.parent,
      place: 'Phú Xuân',
      signer: earlier.meta.signer,
      recipients: earlier.meta.recipients,
      number: '',
      date: null,
    })
    expect(report.meta.title).toBe(target.meta.title)
  })

  it('takes nothing into the indicators between periods that do not compare (a year, then a half)', () => {
    const earlier = filledReport(template('tong-ket-nam.dang-uy-phuong'), { year: 2024 })
    const target = fresh('so-ket-6-thang.dang-uy-phuong', 2025, 1)
    const { report, summary } = carryOver(target, earlier, idMaker('carry'))
    expect(report.indicators).toEqual(target.indicators)
    expect(summary.indicators).toBe(0)
    expect(summary.tasks).toBeGreaterThan(0)
  })
})
