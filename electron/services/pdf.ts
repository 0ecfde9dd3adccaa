/**
 * The PDF of a report, outside Electron (the browser-mode host and the command line): the pages of
 * the page layout (core/pages) printed by a Chromium-family browser found on the machine — never a
 * downloaded one — driven by playwright-core, with Tinos inlined so that the fonts are embedded and
 * the text (diacritics included) can be selected and searched. pdf-lib then sets the document's
 * title, author, subject and language. In Electron the window prints the same pages itself.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join, win32 } from 'node:path'
import type { Report } from '../../core/model/schema'
import type { Problem } from '../../core/checks/problem'
import { exportFileName } from '../../core/docx'
import { layoutReport } from '../../core/pages'
import { printDocument } from '../../core/pages/html'
import { DomainError } from '../../core/model/errors'
import { tCore } from '../../core/i18n'
import { checkedExport, type BuiltExport } from './export'
import { describeError } from './file-errors'
import { QUIET_CHROMIUM_ARGS } from './browser-args'
import { pdfInfo, withPdfInfo } from './pdf-info'

// ---- the browser ---------------------------------------------------------------------------------

/** Where each platform's Chromium-family browsers are installed, in the order they are tried. */
function candidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES(X86)'], env.PROGRAMFILES, env.LOCALAPPDATA].filter((r): r is string => !!r)
    return [
      ...roots.map((r) => win32.join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe')),
      ...roots.map((r) => win32.join(r, 'Google', 'Chrome', 'Application', 'chrome.exe')),
    ]
  }
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ]
  }
  return [
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/microsoft-edge',
  ]
}

/**
 * The browser to print with: `CHROMIUM_PATH`, then Microsoft Edge or Google Chrome on Windows,
 * Chrome or Chromium on Linux and macOS; null when there is none.
 */
export function findBrowser(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  exists: (path: string) => boolean = existsSync,
): string | null {
  const chosen = env.CHROMIUM_PATH?.trim()
  if (chosen) return exists(chosen) ? chosen : null
  return candidates(platform, env).find(exists) ?? null
}

/** The browser to print with, or an error that says what to install (or that `CHROMIUM_PATH` is wrong). */
export function requireBrowser(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  exists: (path: string) => boolean = existsSync,
): string {
  const found = findBrowser(env, platform, exists)
  if (found) return found
  const chosen = env.CHROMIUM_PATH?.trim()
  throw chosen ? new DomainError('pdfBadBrowserPath', { path: chosen }) : new DomainError('pdfNoBrowser')
}

// ---- the fonts -----------------------------------------------------------------------------------

// The subsets of Tinos a Vietnamese report needs, in the four styles the pages use.
const SUBSETS = ['latin', 'latin-ext', 'vietnamese'] as const
const STYLE_SHEETS = ['400.css', '700.css', '400-italic.css', '700-italic.css'] as const

let fontFaces: Promise<string> | null = null

/** @font-face rules for Tinos with the font files inlined (data: URLs), read once from @fontsource/tinos. */
export function tinosFontFaces(): Promise<string> {
  fontFaces ??= (async () => {
    const require = createRequire(import.meta.url)
    const rules: string[] = []
    for (const sheet of STYLE_SHEETS) {
      const path = require.resolve(`@fontsource/tinos/${sheet}`)
      const css = await readFile(path, 'utf8')
      for (const rule of css.match(/@font-face\s*\{[^}]*\}/gu) ?? []) {
        const file = /url\(\.\/files\/([^)]+\.woff2)\)/u.exec(rule)?.[1]
        if (!file || !SUBSETS.some((subset) => file.startsWith(`tinos-${subset}-`))) continue
        const data = (await readFile(join(dirname(path), 'files', file))).toString('base64')
        rules.push(rule.replace(/src:[^;]*;/u, `src: url(data:font/woff2;base64,${data}) format('woff2');`))
      }
    }
    return rules.join('\n')
  })()
  return fontFaces
}

// ---- printing --------------------------------------------------------------------------------------

/** Flags for a headless browser that prints and does nothing else. */
const BROWSER_ARGS = [...QUIET_CHROMIUM_ARGS, '--disable-extensions']

/** Print an HTML document to PDF with the browser at `browserPath` (pages sized by the document's CSS). */
export async function htmlToPdf(html: string, browserPath: string): Promise<Uint8Array> {
  const { chromium } = await import('playwright-core')
  // Chromium refuses its sandbox to root (containers, CI); elsewhere it keeps it.
  const sandbox = typeof process.getuid !== 'function' || process.getuid() !== 0
  const browser = await chromium.launch({ executablePath: browserPath, headless: true, chromiumSandbox: sandbox, args: BROWSER_ARGS })
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true })
    const page = await context.newPage()
    await page.setContent(html, { waitUntil: 'load' })
    return await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true })
  } finally {
    await browser.close()
  }
}

/** The print document of a report: its pages as laid out, with the fonts inlined. */
export async function reportPrintDocument(report: Report, draft: boolean): Promise<string> {
  return printDocument(layoutReport(report, { draft }), {
    title: pdfInfo(report).title,
    lang: 'vi',
    fontFaces: await tinosFontFaces(),
    pageLabel: (position) => tCore('pdf.page', { position }),
  })
}

/**
 * Build a report's PDF with the browser found on the machine. Like the Word export, a final copy
 * is refused while blocking problems remain (a draft is always made, marked "DỰ THẢO").
 */
export async function buildPdf(
  report: Report,
  draft: boolean,
  browser: () => string = requireBrowser,
  problems?: Problem[],
): Promise<BuiltExport> {
  return checkedExport(
    report,
    draft,
    async () => {
      const browserPath = browser()
      try {
        const pdf = await htmlToPdf(await reportPrintDocument(report, draft), browserPath)
        return { fileName: exportFileName(report, draft, 'pdf'), bytes: await withPdfInfo(pdf, pdfInfo(report)) }
      } catch (error) {
        throw new DomainError('pdfFailed', { detail: describeError(error) })
      }
    },
    problems,
  )
}
