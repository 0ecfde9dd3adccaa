/**
 * The page layout and the PDF: in Node, the layout of the report to its first page and to its
 * last (what the preview's worker does), and the PDF export (layout, Chromium printing, document
 * information) against the .docx export of the same run; in the browser, the preview opened with
 * Ctrl+F2 right after the report, to its first sheet and to its last.
 */
import type { Browser, Page } from 'playwright-core'
import { layoutReport, reportPages } from '../../core/pages'
import { buildPdf } from '../../electron/services/pdf'
import type { Fixture } from './fixture'
import { atMost, below, figure, single, skipped, type Figure } from './result'
import { collectGarbage, cpus, spread, timeRuns, walls } from './stats'

export interface PagesBenchOptions {
  runs: number
  gate: boolean
  chromiumPath: string | null
  log: (line: string) => void
}

/** Layout to the first page and to all pages, then the PDF against the .docx export median of this run. */
export async function benchPages(main: Fixture, exportMedian: number, o: PagesBenchOptions): Promise<Figure[]> {
  o.log(`pages: layout of ${main.name} × ${o.runs}`)
  const first = await timeRuns(o.runs, 2, () => {
    reportPages(main.report).next()
  })
  let count = 0
  const all = await timeRuns(o.runs, 1, () => {
    count = layoutReport(main.report).length
  })
  const figures: Figure[] = [
    figure(
      `pages.first.${main.name}`,
      `page layout to its first page, ${main.name}`,
      'ms',
      spread(walls(first)),
      below(250, 'ms'),
      'in Node, as the preview worker does (the whole flow is built first)',
      o.gate,
    ),
    figure(
      `pages.all.${main.name}`,
      `page layout, all ${count} pages, ${main.name}`,
      'ms',
      spread(walls(all)),
      below(1500, 'ms'),
      `CPU ${spread(cpus(all)).median.toFixed(0)} ms (median)`,
      o.gate,
    ),
  ]
  if (!o.chromiumPath) {
    figures.push(
      skipped(
        `pdf.${main.name}`,
        `PDF export, ${main.name}`,
        'ms',
        null,
        'Chromium not found (CHROMIUM_PATH, or apt-get install chromium)',
      ),
    )
    return figures
  }
  const browser = o.chromiumPath
  const runs = Math.max(2, Math.ceil(o.runs / 2))
  o.log(`pages: PDF export of ${main.name} × ${runs} (Chromium started each time, as the CLI does)`)
  let bytes = 0
  collectGarbage()
  const pdf = await timeRuns(runs, 1, async () => {
    bytes = (await buildPdf(main.report, true, () => browser)).bytes.byteLength
  })
  const pdfSpread = spread(walls(pdf))
  figures.push(
    figure(
      `pdf.${main.name}`,
      `PDF export in-process, ${main.name} (checks, layout, Chromium, document info)`,
      'ms',
      pdfSpread,
      null,
      `${Math.round(bytes / 1024)} kB; CPU of this process ${spread(cpus(pdf)).median.toFixed(0)} ms (Chromium's own is not in it)`,
    ),
  )
  if (Number.isFinite(exportMedian))
    figures.push(single('pdf.vsDocx', 'PDF export ÷ .docx export (medians, same run)', '×', pdfSpread.median / exportMedian, null))
  return figures
}

/** The preview in the app: Ctrl+F2 as soon as the report is editable, to the first sheet and to the last. */
export async function benchPreview(
  browser: Browser,
  url: string,
  open: (page: Page) => Promise<unknown>,
  main: Fixture,
  o: { gate: boolean; log: (line: string) => void },
): Promise<Figure[]> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' })
  try {
    const page = await context.newPage()
    await open(page)
    await page.goto(url)
    await page.waitForSelector('.sections [contenteditable="true"]', { timeout: 60_000 })
    // No named functions inside: the bench runs through tsx, whose helpers would not exist in the page.
    const times = await page.evaluate(
      () =>
        new Promise<{ first: number; all: number; pages: number }>((resolve) => {
          const started = performance.now()
          let first = NaN
          const observer = new MutationObserver(() => {
            if (Number.isNaN(first) && document.querySelector('.preview-pages .sheet')) first = performance.now() - started
            const status = document.querySelector('.preview-status')?.textContent?.trim() ?? ''
            if (!Number.isNaN(first) && /^\d[\d.]* trang$/u.test(status)) {
              observer.disconnect()
              resolve({ first, all: performance.now() - started, pages: document.querySelectorAll('.preview-pages .sheet').length })
            }
          })
          observer.observe(document.body, { subtree: true, childList: true, characterData: true })
          window.dispatchEvent(new KeyboardEvent('keydown', { key: 'F2', ctrlKey: true, bubbles: true }))
        }),
    )
    o.log(`browser: preview first sheet ${times.first.toFixed(0)} ms, all ${times.pages} sheets ${times.all.toFixed(0)} ms`)
    return [
      single(
        `preview.first.${main.name}`,
        `preview: Ctrl+F2 on opening → first sheet, ${main.name}`,
        'ms',
        times.first,
        below(1000, 'ms'),
        'the layout starts when the report opens, in a worker',
        o.gate,
      ),
      single(
        `preview.all.${main.name}`,
        `preview: Ctrl+F2 on opening → all ${times.pages} sheets, ${main.name}`,
        'ms',
        times.all,
        atMost(5000, 'ms'),
        'pages come in batches while the first are on screen',
        o.gate,
      ),
    ]
  } finally {
    await context.close()
  }
}
