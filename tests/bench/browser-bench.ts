/**
 * Measurements in Chromium against the built app in browser mode: page load to an editable
 * report, the renderer's JS heap, typing latency with the caret mid-report (and the same on a
 * plain contenteditable page holding the same text, the browser's floor), the autosave as the
 * renderer sees it, and the size of the renderer bundle.
 *
 * Latency is measured from the keydown event's timestamp to the end of the next frame (a message
 * posted from requestAnimationFrame runs after that frame's style, layout and paint). Chromium runs
 * with vsync and the frame-rate limit off, so that the figure is the work a keystroke causes, not
 * where in the 16.7 ms display interval the key happened to land.
 */
import type { ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { extname, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium, type Browser, type Page } from '@playwright/test'
import { serializeReport } from '../../core/model/migrate'
import { fileKey } from '../../electron/services/file-key'
import { flatSections, type Fixture } from './fixture'
import { reportBodyHtml } from './html'
import { plainBlocks } from './plain'
import { atMost, below, figure, single, skipped, type Figure } from './result'
import { spread } from './stats'
import { launchHost } from '../support/host'
import { benchPreview } from './pages-bench'
import { QUIET_CHROMIUM_ARGS } from '../../electron/services/browser-args'

/** renderer/app/document-actions.ts reopens the report whose path key (file-key.ts) is kept here after a reload. */
const OPEN_DOCUMENT_KEY = 'soan-bao-cao.open-document-key'
/** One copy of the report per page load: a report still open (locked) in the previous page would open read-only. */
const reportName = (i: number): string => `Báo cáo benchmark ${i + 1}.baocao`
const FLOOR_ORIGIN = 'http://floor.bench.invalid'
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', ...QUIET_CHROMIUM_ARGS]
/** Frames as soon as there is work, not on a 60 Hz clock (see the module comment). */
const FRAME_ARGS = ['--disable-gpu-vsync', '--disable-frame-rate-limit']
/** Typed with the caret mid-paragraph: letters and spaces on every keyboard layout. */
const TYPED = 'cong tac phong chong dich benh va phat trien kinh te xa hoi nam nay dat ket qua tot '

export interface BrowserBenchOptions {
  chromiumPath: string
  outDir: string
  workDir: string
  loads: number
  keystrokes: number
  gate: boolean
  log: (line: string) => void
}

interface Host {
  url: string
  origin: string
  process: ChildProcess
}

async function startHost(outDir: string, dataDir: string): Promise<Host> {
  const { url, process: child } = await launchHost(outDir, dataDir)
  return { url, origin: new URL(url).origin, process: child }
}

interface BenchWindow {
  __editableAt?: number
  __readOnly?: boolean
  __latencies: number[]
  __waitFor: (count: number) => Promise<void>
}

/** Installed before the app's scripts: reopen the report, note when its first editor is editable. */
function loadProbe(arg: { key: string; name: string }): void {
  sessionStorage.setItem(arg.key, arg.name)
  const w = window as unknown as BenchWindow
  const observer = new MutationObserver(() => {
    if (w.__editableAt === undefined && document.querySelector('.sections [contenteditable="true"]')) {
      w.__editableAt = performance.now()
      observer.disconnect()
    } else if (document.querySelector('.sections [contenteditable="false"]')) {
      w.__readOnly = true
    }
  })
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['contenteditable'] })
}

/** Keydown → end of the next frame, for every key; `__waitFor(n)` resolves once n are in. */
function latencyProbe(): void {
  const w = window as unknown as BenchWindow
  w.__latencies = []
  let waiting: { count: number; resolve: () => void } | null = null
  w.__waitFor = (count) =>
    new Promise<void>((resolve) => {
      if (w.__latencies.length >= count) resolve()
      else waiting = { count, resolve }
    })
  window.addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp
      requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => {
          w.__latencies.push(performance.now() - start)
          if (waiting && w.__latencies.length >= waiting.count) {
            waiting.resolve()
            waiting = null
          }
        }
        channel.port2.postMessage(null)
      })
    },
    true,
  )
}

/** Put the caret in the middle of the paragraph with `text` (else the middle paragraph) inside `selector`. */
function placeCaret(arg: { selector: string; text: string }): string {
  const root = document.querySelector<HTMLElement>(arg.selector)
  if (!root) return `no ${arg.selector}`
  const paragraphs = [...root.querySelectorAll('p')]
  const paragraph = paragraphs.find((p) => p.textContent === arg.text) ?? paragraphs[Math.floor(paragraphs.length / 2)]
  if (!paragraph) return 'no paragraph'
  paragraph.scrollIntoView({ block: 'center' })
  root.focus({ preventScroll: true })
  const full = paragraph.textContent ?? ''
  const space = full.indexOf(' ', Math.floor(full.length / 2))
  const target = space < 0 ? Math.floor(full.length / 2) : space + 1
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT)
  let seen = 0
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = (node as Text).data.length
    if (seen + length >= target) {
      const selection = window.getSelection()
      selection?.setBaseAndExtent(node, target - seen, node, target - seen)
      return 'ok'
    }
    seen += length
  }
  return 'no text'
}

async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))))
}

/** Type `count` characters one at a time, each after the previous one's frame; the latencies in ms. */
async function typeAndMeasure(page: Page, count: number): Promise<number[]> {
  await page.evaluate(latencyProbe)
  for (let i = 0; i < count; i++) {
    await page.keyboard.type(TYPED[i % TYPED.length] ?? 'a')
    await page.evaluate((n) => (window as unknown as BenchWindow).__waitFor(n), i + 1)
  }
  return page.evaluate(() => (window as unknown as BenchWindow).__latencies)
}

/** Renderer main-thread CPU per keystroke (ms) over `count` more keys, from a trace: other load on the machine does not count. */
async function cpuPerKey(browser: Browser, page: Page, count: number): Promise<number> {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] })
  for (let i = 0; i < count; i++) {
    await page.keyboard.type(TYPED[i % TYPED.length] ?? 'a')
    await nextFrames(page)
  }
  return mainThreadTasks(await browser.stopTracing()).total / count
}

/** The section mid-report whose editor the caret goes into, and the paragraph in its middle. */
function typingTarget(fixture: Fixture): { sectionId: string; text: string } {
  const withText = flatSections(fixture.report.sections).filter((s) =>
    plainBlocks(s.content).some((b) => b.kind === 'text' && b.text.length > 200),
  )
  const section = withText[Math.floor(withText.length / 2)]
  if (!section) throw new Error('no section with text in the fixture')
  const paragraphs = plainBlocks(section.content).filter((b) => b.kind === 'text' && b.text.length > 200)
  const paragraph = paragraphs[Math.floor(paragraphs.length / 2)]
  return { sectionId: section.id, text: paragraph?.kind === 'text' ? paragraph.text : '' }
}

function floorPage(fixture: Fixture, outDir: string): string {
  const css = readdirSync(join(outDir, 'renderer/assets')).filter((f) => f.endsWith('.css'))
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>floor</title>
${css.map((f) => `<link rel="stylesheet" href="/assets/${f}">`).join('\n')}
</head><body><main class="page-scroll"><div class="page"><div class="sections"><section class="sec">
<div class="section-editable" id="floor" contenteditable="true" spellcheck="false">
${reportBodyHtml(fixture.report, 'pv-paragraph')}
</div></section></div></div></main></body></html>`
}

const MIME: Record<string, string> = { '.css': 'text/css', '.woff2': 'font/woff2', '.woff': 'font/woff', '.js': 'text/javascript' }

interface TraceEvent {
  name?: string
  ph?: string
  pid?: number
  tid?: number
  dur?: number
  tdur?: number
  args?: { name?: string }
}

/** The renderer main thread's tasks in a Chromium trace: the longest and the total, in thread CPU ms. */
export function mainThreadTasks(trace: Buffer): { longest: number; total: number } {
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents
  const mains = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  )
  const byThread = new Map<string, number[]>()
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`
    if (e.ph !== 'X' || e.name !== 'RunTask' || !mains.has(key)) continue
    const list = byThread.get(key) ?? []
    list.push((e.tdur ?? e.dur ?? 0) / 1000)
    byThread.set(key, list)
  }
  // The page's renderer is the main thread that worked the most.
  const tasks = [...byThread.values()].sort((a, b) => b.reduce((x, y) => x + y, 0) - a.reduce((x, y) => x + y, 0))[0] ?? []
  return { longest: Math.max(0, ...tasks), total: tasks.reduce((x, y) => x + y, 0) }
}

/** Bytes of the renderer bundle, raw and gzipped. */
export function bundleSize(outDir: string, gate: boolean): Figure[] {
  const assets = join(outDir, 'renderer/assets')
  const files = readdirSync(assets)
  const sizes = (ext: string): { raw: number; gzip: number } =>
    files
      .filter((f) => extname(f) === ext)
      .map((f) => readFileSync(join(assets, f)))
      .reduce((sum, bytes) => ({ raw: sum.raw + bytes.byteLength, gzip: sum.gzip + gzipSync(bytes, { level: 9 }).byteLength }), {
        raw: 0,
        gzip: 0,
      })
  const js = sizes('.js')
  const css = sizes('.css')
  const fonts = files.filter((f) => /\.woff2?$/.test(f)).reduce((n, f) => n + readFileSync(join(assets, f)).byteLength, 0)
  return [
    single('bundle.js.gzip', 'renderer bundle JS (gzip)', 'kB', js.gzip / 1024, null, `${Math.round(js.raw / 1024)} kB before gzip`, gate),
    single(
      'bundle.css.gzip',
      'renderer bundle CSS (gzip)',
      'kB',
      css.gzip / 1024,
      null,
      `${Math.round(css.raw / 1024)} kB before gzip; fonts ${Math.round(fonts / 1024)} kB (woff/woff2, loaded on use)`,
      gate,
    ),
  ]
}

/** Chromium with a fresh temporary profile (Playwright makes one per launch). */
async function launch(chromiumPath: string): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: [...CHROMIUM_ARGS, ...FRAME_ARGS] })
}

export async function benchBrowser(main: Fixture, o: BrowserBenchOptions): Promise<Figure[]> {
  const dataDir = join(o.workDir, 'browser-data')
  rmSync(dataDir, { recursive: true, force: true })
  mkdirSync(join(dataDir, 'library'), { recursive: true })
  const text = serializeReport(main.report)
  for (let i = 0; i <= o.loads; i++) writeFileSync(join(dataDir, 'library', reportName(i)), text)
  if (!existsSync(join(o.outDir, 'main/host.js'))) throw new Error(`no build in ${o.outDir}`)
  const browser = await launch(o.chromiumPath)
  let host: Host | null = null
  const figures: Figure[] = []
  try {
    host = await startHost(o.outDir, dataDir)
    // Page load → first section editor editable, each time in a fresh context (no cache, no storage).
    const loads: number[] = []
    let page: Page | null = null
    for (let i = 0; i < o.loads; i++) {
      await page?.context().close()
      const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' })
      page = await context.newPage()
      await page.addInitScript(loadProbe, { key: OPEN_DOCUMENT_KEY, name: fileKey(join(dataDir, 'library', reportName(i))) })
      await page.goto(host.url)
      await page.waitForFunction(
        () => (window as unknown as BenchWindow).__editableAt !== undefined || (window as unknown as BenchWindow).__readOnly === true,
        null,
        { timeout: 60_000 },
      )
      if (await page.evaluate(() => (window as unknown as BenchWindow).__readOnly === true)) throw new Error('the report opened read-only')
      loads.push(await page.evaluate(() => (window as unknown as BenchWindow).__editableAt ?? NaN))
      o.log(`browser: load ${i + 1}/${o.loads}: ${loads.at(-1)?.toFixed(0)} ms`)
    }
    if (!page) throw new Error('no page')
    // One more load, traced: how much of it is the renderer's own work (thread CPU) and the open request.
    await page.context().close()
    const tracedContext = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' })
    page = await tracedContext.newPage()
    await page.addInitScript(loadProbe, { key: OPEN_DOCUMENT_KEY, name: fileKey(join(dataDir, 'library', reportName(o.loads))) })
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] })
    await page.goto(host.url)
    await page.waitForFunction(() => (window as unknown as BenchWindow).__editableAt !== undefined, null, { timeout: 60_000 })
    const loadTasks = mainThreadTasks(await browser.stopTracing())
    const openRequest = await page.evaluate(
      () => performance.getEntriesByType('resource').find((e) => e.name.includes('/api/documents.reopen'))?.duration ?? NaN,
    )
    figures.push(
      figure(
        `browser.load.${main.name}`,
        `browser mode: page load → editable, ${main.name}`,
        'ms',
        spread(loads),
        below(1500, 'ms'),
        `a reload with the report open, fresh browser context each time; traced load: renderer main thread ${loadTasks.total.toFixed(0)} ms CPU (longest task ${loadTasks.longest.toFixed(0)} ms), documents.reopen request ${openRequest.toFixed(0)} ms`,
        o.gate,
      ),
    )

    // Heap once the page has settled, after a full collection.
    await page.waitForTimeout(1500)
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('HeapProfiler.collectGarbage')
    const heap = await cdp.send('Runtime.getHeapUsage')
    figures.push(
      single(
        `heap.${main.name}`,
        `renderer JS heap after opening ${main.name}`,
        'MB',
        heap.usedSize / 2 ** 20,
        below(150, 'MB'),
        `after a forced GC; ${Math.round(heap.totalSize / 2 ** 20)} MB allocated`,
        o.gate,
      ),
    )

    // Typing mid-report: mount the middle section's editor and put the caret mid-paragraph.
    const target = typingTarget(main)
    const sectionSelector = `#section-${target.sectionId}`
    await page.locator(sectionSelector).scrollIntoViewIfNeeded()
    const editable = `${sectionSelector} [contenteditable="true"]`
    await page.waitForSelector(editable, { timeout: 20_000 })
    const placed = await page.evaluate(placeCaret, { selector: editable, text: target.text })
    if (placed !== 'ok') throw new Error(`caret not placed in the app: ${placed}`)
    await nextFrames(page)
    let saveRequests = 0
    let journalRequests = 0
    page.on('request', (request) => {
      if (request.url().includes('/api/documents.save')) saveRequests++
      if (request.url().includes('/api/documents.journal')) journalRequests++
    })
    o.log(`browser: typing ${o.keystrokes} keys mid-report`)
    const typingStarted = Date.now()
    const typing = spread(await typeAndMeasure(page, o.keystrokes - 1))
    const typingSeconds = (Date.now() - typingStarted) / 1000
    const savesWhileTyping = saveRequests
    const journalsWhileTyping = journalRequests

    // The autosave that follows, as the renderer sees it: the request, and the main-thread work
    // around it from a trace (thread CPU time, so that other load on the machine does not count).
    // The trace starts before the last key, the save comes one quiet second after it.
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] })
    const savedResponse = page.waitForResponse((r) => r.url().includes('/api/documents.save'), { timeout: 15_000 }).catch(() => null)
    await page.keyboard.type('.')
    const saved = await savedResponse
    await nextFrames(page)
    await page.waitForTimeout(300)
    const autosaveTasks = mainThreadTasks(await browser.stopTracing())
    const saveRoundTrip = await page.evaluate(() => {
      const entries = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/documents.save'))
      return entries.at(-1)?.duration ?? NaN
    })
    const appCpu = await cpuPerKey(browser, page, 40)
    const content = await page.locator(editable).textContent()
    if (!content?.includes(TYPED.slice(0, 20))) throw new Error('the typed text is not in the editor')

    // The floor: the same text in one plain contenteditable, same stylesheet and fonts, no app.
    const floorContext = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' })
    const floor = await floorContext.newPage()
    const html = floorPage(main, o.outDir)
    await floor.route(`${FLOOR_ORIGIN}/**`, async (route) => {
      const path = new URL(route.request().url()).pathname
      if (path === '/') return route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' })
      const file = join(o.outDir, 'renderer', decodeURIComponent(path))
      if (!path.startsWith('/assets/') || !existsSync(file)) return route.fulfill({ status: 404, body: '' })
      return route.fulfill({ body: readFileSync(file), contentType: MIME[extname(file)] ?? 'application/octet-stream' })
    })
    await floor.goto(`${FLOOR_ORIGIN}/`)
    await floor.evaluate(() => document.fonts.ready.then(() => undefined))
    const floorPlaced = await floor.evaluate(placeCaret, { selector: '#floor', text: target.text })
    if (floorPlaced !== 'ok') throw new Error(`caret not placed on the floor page: ${floorPlaced}`)
    await nextFrames(floor)
    o.log(`browser: typing ${o.keystrokes} keys on the plain contenteditable page`)
    const floorTyping = spread(await typeAndMeasure(floor, o.keystrokes))
    const floorCpu = await cpuPerKey(browser, floor, 40)
    await floorContext.close()

    figures.push(
      figure(
        'typing.p50',
        `typing latency p50, caret mid-report, ${main.name}`,
        'ms',
        { ...typing, median: typing.median },
        null,
        `keydown → end of next frame, ${typing.n} keys; renderer main-thread CPU ${appCpu.toFixed(1)} ms a key (floor ${floorCpu.toFixed(1)} ms)`,
      ),
      {
        ...figure(
          'typing.p95',
          `typing latency p95, caret mid-report, ${main.name}`,
          'ms',
          { ...typing, median: typing.p95 },
          below(16, 'ms'),
          '',
          o.gate,
        ),
      },
      figure('typing.floor.p50', 'plain contenteditable p50 (browser floor)', 'ms', floorTyping, null),
      figure('typing.floor.p95', 'plain contenteditable p95 (browser floor)', 'ms', { ...floorTyping, median: floorTyping.p95 }, null),
      single(
        'typing.vsFloor',
        'typing p95 ÷ floor p95',
        '×',
        typing.p95 / floorTyping.p95,
        atMost(2, '×'),
        `p50 ratio ${(typing.median / floorTyping.median).toFixed(2)}×`,
        o.gate,
      ),
      single(
        'autosave.whileTyping',
        'autosaves started while typing',
        'count',
        savesWhileTyping,
        atMost(0, ''),
        'typing only marks the section dirty; the save waits for 1 s of quiet',
        o.gate,
      ),
      single(
        'journal.whileTyping',
        'crash-journal writes while typing',
        'count',
        journalsWhileTyping,
        null,
        `in ${typingSeconds.toFixed(1)} s of typing; each sends only the changed sections; slowest keystroke ${typing.max.toFixed(0)} ms`,
      ),
      saved
        ? single(
            'autosave.renderer',
            'autosave: longest renderer main-thread task',
            'ms',
            autosaveTasks.longest,
            below(50, 'ms'),
            `thread CPU time; ${autosaveTasks.total.toFixed(0)} ms in all; request round trip ${saveRoundTrip.toFixed(0)} ms`,
            o.gate,
          )
        : skipped('autosave.renderer', 'autosave: longest renderer main-thread task', 'ms', below(50, 'ms'), 'no save request within 15 s'),
    )
    await page.context().close()

    // The print preview of the same report, opened (Ctrl+F2) as soon as the report is editable.
    const key = fileKey(join(dataDir, 'library', reportName(0)))
    figures.push(
      ...(await benchPreview(browser, host.url, (p) => p.addInitScript(loadProbe, { key: OPEN_DOCUMENT_KEY, name: key }), main, o)),
    )
  } finally {
    await browser.close()
    host?.process.kill()
  }
  return figures
}
