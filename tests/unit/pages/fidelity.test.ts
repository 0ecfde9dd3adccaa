/**
 * Page fidelity, measured: the preview's pages (core/pages) against LibreOffice's rendering of the
 * exported .docx, for the four templates filled with text, long issuer and place names on both
 * sides, the rich-content fixture, layout choices (body size, line spacing, margins, several
 * "Kính gửi", a draft), and the benchmark's 30- and 100-page reports. The page counts must be
 * within one page (they are equal today) and the first page's lines must break at the same words;
 * every other line is compared too and the differences are printed. The page counts are printed
 * side by side.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderDocx } from '../../../core/docx'
import { layoutReport, type Page } from '../../../core/pages'
import type { Report } from '../../../core/model/schema'
import { missing, pdftotext, soffice } from '../../support/prereqs'
import { convertToPdf, readPdfLayout, type PdfPage } from '../docx/pdf-layout'
import { renderedCases, templateReport } from '../docx/fixtures'
import { makeFixture } from '../../bench/fixture'
import { compareWithLibreOffice } from './compare'

interface Case {
  name: string
  report: Report
  draft?: boolean
}

function withLayout(report: Report, layout: Report['layout'], kinhGui: string[] = []): Report {
  return { ...report, layout, meta: { ...report.meta, kinhGui } }
}

const CASES: Case[] = [
  ...renderedCases(),
  {
    name: 'layout-choices.state',
    report: withLayout(
      templateReport('tong-ket-nam.ubnd-phuong'),
      { bodySize: 13, lineSpacing: 1.3, margins: { top: 25, bottom: 22, left: 35, right: 20 } },
      ['Ủy ban nhân dân Thành phố Huế', 'Sở Nội vụ Thành phố Huế'],
    ),
    draft: true,
  },
  {
    name: 'layout-choices.party',
    report: withLayout(templateReport('so-ket-6-thang.dang-uy-phuong'), { bodySize: 15, lineSpacing: 20 }, ['Ban Thường vụ Thành ủy Huế']),
    draft: true,
  },
  { name: 'generated-30', report: makeFixture(30).report },
  { name: 'generated-100', report: makeFixture(100).report },
]

const work = mkdtempSync(join(tmpdir(), 'sbc-fidelity-'))
const rendered = new Map<string, { libreOffice: PdfPage[]; layout: Page[] }>()
let skipped = false

beforeAll(async () => {
  if (missing(soffice, pdftotext)) {
    skipped = true
    return
  }
  const paths: string[] = []
  for (const c of CASES) {
    const path = join(work, `${c.name}.docx`)
    writeFileSync(path, await renderDocx(c.report, { strict: true, draft: c.draft ?? false }))
    paths.push(path)
  }
  const pdfs = convertToPdf(paths, work)
  CASES.forEach((c, i) => {
    rendered.set(c.name, { libreOffice: readPdfLayout(pdfs[i] as string), layout: layoutReport(c.report, { draft: c.draft ?? false }) })
  })
  const rows = CASES.map((c) => {
    const r = rendered.get(c.name)
    const all = r ? compareWithLibreOffice(r.layout, r.libreOffice) : { lines: 0, differences: [] }
    return `${c.name.padEnd(30)} ${String(r?.layout.length).padStart(8)} ${String(r?.libreOffice.length).padStart(12)} ${`${all.lines - all.differences.length}/${all.lines}`.padStart(14)}`
  })
  console.info(['Pages: preview against LibreOffice', `${'report'.padEnd(30)}  preview  LibreOffice  lines alike`, ...rows].join('\n'))
}, 600_000)

afterAll(() => rmSync(work, { recursive: true, force: true }))

describe.each(CASES)('the preview of $name against LibreOffice', ({ name }) => {
  it('has the same number of pages, give or take one', (ctx) => {
    if (skipped) return ctx.skip()
    const r = rendered.get(name)
    if (!r) throw new Error(`${name} was not rendered`)
    expect(Math.abs(r.layout.length - r.libreOffice.length)).toBeLessThanOrEqual(1)
  })

  it('breaks the lines of page 1 at the same words', (ctx) => {
    if (skipped) return ctx.skip()
    const r = rendered.get(name)
    if (!r) throw new Error(`${name} was not rendered`)
    const first = compareWithLibreOffice(r.layout, r.libreOffice, 0, 1)
    expect(first.lines).toBeGreaterThan(10)
    expect(first.differences).toEqual([])
  })

  it('breaks the lines of every page the same way, or says where not', (ctx) => {
    if (skipped) return ctx.skip()
    const r = rendered.get(name)
    if (!r) throw new Error(`${name} was not rendered`)
    const all = compareWithLibreOffice(r.layout, r.libreOffice)
    if (all.differences.length > 0) console.warn(`${name}: lines that differ`, all.differences.slice(0, 5))
    // Every line is alike on every case with Debian 12's LibreOffice 7.4; one in two hundred is
    // tolerated for a point release of LibreOffice, and the differences are printed above.
    expect(all.differences.length).toBeLessThanOrEqual(Math.floor(all.lines * 0.005))
  })
})
