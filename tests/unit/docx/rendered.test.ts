/**
 * Exports rendered by LibreOffice and measured from the PDF (pdftotext -bbox-layout): the issuer
 * in the left half of page 1 and the national (or Party) title in the right half, no word
 * straddling the two header columns, the date on the row of the number, "BÁO CÁO" centred below
 * both, no page number on page 1 and "2" centred at the top of page 2, every section title in
 * order, the signature level with "Nơi nhận", and the appendix page's orientation.
 *
 * For the four built-in templates, long issuer names and long place names on both sides, and a
 * section with every kind of editor content. PNGs of pages 1, 2 and the last page are kept in
 * artifacts/export/ for a person to look at.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderDocx } from '../../../core/docx'
import { headerColumns, headerDateLine, mmToTwips, profileFor, resolveLayout, signatureLines } from '../../../core/layout'
import { formatDocNumber, headingLabel, upperVi } from '../../../core/format'
import type { Report, Section } from '../../../core/model/schema'
import { missing, pdftoppm, pdftotext, soffice } from '../../support/prereqs'
import { around, centreX, convertToPdf, findPhrase, readPdfLayout, savePngs, type Line, type PdfPage, type Word } from './pdf-layout'
import { renderedCases } from './fixtures'

const ARTIFACTS = resolve('artifacts/export')
const PT_PER_TWIP = 1 / 20

interface Case {
  name: string
  report: Report
}

const CASES: Case[] = renderedCases()

const work = mkdtempSync(join(tmpdir(), 'sbc-rendered-'))
const rendered = new Map<string, PdfPage[]>()
const exportMs: string[] = []
let skipped = false

beforeAll(async () => {
  if (missing(soffice, pdftotext)) {
    skipped = true
    return
  }
  mkdirSync(ARTIFACTS, { recursive: true })
  // Pictures of an earlier run may show pages that no longer exist.
  for (const file of readdirSync(ARTIFACTS))
    if (CASES.some((c) => file.startsWith(`${c.name}-p`) && file.endsWith('.png'))) rmSync(join(ARTIFACTS, file))
  const paths: string[] = []
  for (const c of CASES) {
    const started = performance.now()
    const bytes = await renderDocx(c.report, { strict: true })
    exportMs.push(`${c.name} ${Math.round(performance.now() - started)} ms`)
    const path = join(work, `${c.name}.docx`)
    writeFileSync(path, bytes)
    writeFileSync(join(ARTIFACTS, `${c.name}.docx`), bytes)
    paths.push(path)
  }
  const started = performance.now()
  const pdfs = convertToPdf(paths, work)
  console.info(
    `Export (renderDocx): ${exportMs.join(', ')}; LibreOffice → PDF for ${paths.length} files: ${Math.round(performance.now() - started)} ms`,
  )
  // Without pdftoppm the checks still run; only the pictures are missing (a failure under CI).
  const pictures = !missing(pdftoppm)
  CASES.forEach((c, i) => {
    const pdf = pdfs[i] as string
    const pages = readPdfLayout(pdf)
    rendered.set(c.name, pages)
    if (pictures) savePngs(pdf, [...new Set([1, 2, pages.length])], ARTIFACTS, c.name)
  })
}, 300_000)

afterAll(() => rmSync(work, { recursive: true, force: true }))

function pagesOf(name: string): PdfPage[] {
  const pages = rendered.get(name)
  if (!pages) throw new Error(`${name} was not rendered`)
  return pages
}

const norm = (text: string): string => text.normalize('NFC').replace(/\s+/gu, ' ').trim()
const lower = (text: string): string => norm(text).toLocaleLowerCase('vi')

/** The printed heading texts of a report, in reading order, as the exporter numbers them. */
function headings(report: Report): string[] {
  const profile = profileFor(report.profile)
  const walk = (sections: readonly Section[], depth: number): string[] => {
    let index = 0
    return sections.flatMap((s) => {
      if (!s.numbered) return walk(s.children, depth)
      const style = report.numbering[Math.min(depth, report.numbering.length - 1)] ?? 'arabic'
      const title = profile.headings[style].upper ? upperVi(s.title) : s.title
      const label = headingLabel(style, ++index, report.profile)
      return [`${label} ${title}`, ...walk(s.children, depth + 1)]
    })
  }
  return walk(report.sections, 0)
}

describe.each(CASES)('rendered with LibreOffice: $name', ({ name, report }) => {
  const profile = profileFor(report.profile)
  const layout = resolveLayout(report.profile, report.layout)
  const leftMargin = mmToTwips(layout.margins.left) * PT_PER_TWIP
  const textCentre = leftMargin + (layout.textWidth * PT_PER_TWIP) / 2
  const [leftColumn] = headerColumns(layout, report.meta)
  const boundary = leftMargin + leftColumn * PT_PER_TWIP

  /** Page 1, its header words (above "BÁO CÁO") and the "BÁO CÁO" line. */
  function page1(): { page: PdfPage; header: Word[]; kind: Word[] } {
    const page = pagesOf(name)[0] as PdfPage
    const kind = findPhrase(page, profile.title.kind.text)
    if (!kind) throw new Error('"BÁO CÁO" not found on page 1')
    const top = around(kind).yMin
    return { page, header: page.words.filter((w) => w.yMax <= top), kind }
  }

  it('puts the issuer in the left half and the national title in the right half, no word across the columns', (ctx) => {
    if (skipped) return ctx.skip()
    const { page, header } = page1()
    for (const w of header)
      expect(w.xMax <= boundary + 0.5 || w.xMin >= boundary - 0.5, `"${w.text}" straddles the header columns`).toBe(true)
    const left = header.filter((w) => w.xMax <= boundary + 0.5)
    const right = header.filter((w) => w.xMin >= boundary - 0.5)
    const leftText = norm(left.map((w) => w.text).join(' '))
    const rightText = norm(right.map((w) => w.text).join(' '))
    expect(leftText).toContain(norm(upperVi(report.meta.issuer)))
    if (report.meta.parent) expect(leftText).toContain(norm(upperVi(report.meta.parent)))
    expect(leftText).toContain(norm(formatDocNumber(report.profile, report.meta.number, report.meta.symbol)))
    expect(rightText).toContain(profile.header.nationalTitle.text)
    if (profile.header.motto) expect(rightText).toContain(profile.header.motto.text)
    expect(rightText).toContain(norm(headerDateLine(report.meta)))
    // The issuer block sits in the left half of the page, the national title in the right half.
    expect(around(left).xMax).toBeLessThan(page.width / 2)
    const title = findPhrase(page, profile.header.nationalTitle.text) as Word[]
    expect(centreX(around(title))).toBeGreaterThan(page.width / 2)
    expect(around(right).xMax).toBeLessThanOrEqual(page.width - mmToTwips(layout.margins.right) * PT_PER_TWIP + 1)
  })

  it('prints the date line on the row of the number', (ctx) => {
    if (skipped) return ctx.skip()
    const { page } = page1()
    const number = findPhrase(page, formatDocNumber(report.profile, report.meta.number, report.meta.symbol).split(' ')[0] ?? 'Số') as Word[]
    const dateStart = findPhrase(page, headerDateLine(report.meta).split(' ').slice(0, 1).join(' ')) as Word[]
    expect(Math.abs(around(number).yMax - around(dateStart).yMax)).toBeLessThanOrEqual(3)
  })

  it('centres "BÁO CÁO" below the header, the trích yếu under it', (ctx) => {
    if (skipped) return ctx.skip()
    const { page, header, kind } = page1()
    const kindBox = around(kind)
    expect(Math.abs(centreX(kindBox) - textCentre)).toBeLessThanOrEqual(2)
    expect(kindBox.yMin).toBeGreaterThan(around(header).yMax + 2)
    const summaryStart = findPhrase(page, report.meta.title.split(' ').slice(0, 4).join(' ')) as Word[]
    expect(around(summaryStart).yMin).toBeGreaterThan(kindBox.yMin + 5)
    const summaryLine = page.lines.find((l) => l.words.includes(summaryStart[0] as Word)) as Line
    expect(Math.abs(centreX(summaryLine) - textCentre)).toBeLessThanOrEqual(3)
  })

  it('shows no page number on page 1 and "2" at the top centre of page 2', (ctx) => {
    if (skipped) return ctx.skip()
    const pages = pagesOf(name)
    expect(pages.length).toBeGreaterThanOrEqual(2)
    const topMargin = mmToTwips(layout.margins.top) * PT_PER_TWIP
    const [first, second] = pages as [PdfPage, PdfPage]
    expect(first.words.filter((w) => w.yMax <= topMargin)).toEqual([])
    const inMargin = second.words.filter((w) => w.yMax <= topMargin)
    expect(inMargin.map((w) => w.text)).toEqual(['2'])
    expect(Math.abs(centreX(inMargin[0] as Word) - textCentre)).toBeLessThanOrEqual(3)
    expect((inMargin[0] as Word).yMin).toBeGreaterThanOrEqual(mmToTwips(profile.headerDistanceMm) * PT_PER_TWIP - 2)
  })

  it('prints every section title, in order', (ctx) => {
    if (skipped) return ctx.skip()
    const text = lower(
      pagesOf(name)
        .map((p) => p.lines.map((l) => l.text).join(' '))
        .join(' '),
    )
    let at = 0
    for (const heading of headings(report)) {
      const found = text.indexOf(lower(heading), at)
      expect(found, `"${heading}" after position ${at}`).toBeGreaterThanOrEqual(0)
      at = found + heading.length
    }
    expect(text.includes('./.')).toBe(profile.body.endMark === './.')
  })

  it('puts "Nơi nhận" level with the signature authority, left and right', (ctx) => {
    if (skipped) return ctx.skip()
    const pages = pagesOf(name)
    const authorityLine = signatureLines(profile, report.meta.signer)[0]?.text ?? ''
    expect(authorityLine.startsWith(report.profile === 'state' ? 'TM. ' : 'T/M ')).toBe(true)
    const page = pages.find((p) => findPhrase(p, profile.recipients.label.text) !== null)
    if (!page) throw new Error('"Nơi nhận:" not found')
    const label = around(findPhrase(page, profile.recipients.label.text) as Word[])
    const authority = around(findPhrase(page, authorityLine) as Word[])
    expect(Math.abs(label.yMax - authority.yMax)).toBeLessThanOrEqual(4)
    expect(label.xMax).toBeLessThan(page.width / 2)
    expect(authority.xMin).toBeGreaterThan(page.width / 2 - 20)
    const signer = around(findPhrase(page, report.meta.signer.name) as Word[])
    expect(signer.yMin - authority.yMax).toBeGreaterThan(50)
    expect(Math.abs(centreX(signer) - centreX(authority))).toBeLessThanOrEqual(40)
  })

  it('puts the indicator appendix on its own page in the right orientation', (ctx) => {
    if (skipped) return ctx.skip()
    const pages = pagesOf(name)
    const last = pages.at(-1) as PdfPage
    expect(findPhrase(last, profile.appendix.labelText)).not.toBeNull()
    const landscape = report.indicators.some((t) => t.columns === 'state')
    expect(last.width > last.height).toBe(landscape)
  })
})
