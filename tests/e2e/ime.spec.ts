/**
 * Vietnamese input methods (Telex, VNI, Unikey) type through composition: each keystroke
 * replaces the syllable being composed until it is committed. Driven here through Chromium's own
 * IME entry points (CDP Input.imeSetComposition / Input.insertText), with a pause longer than the
 * autosave delay in the middle of a syllable: nothing may be lost, doubled, or saved half-composed.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { CDPSession, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { contentText } from '../../core/nodes/plain-text'
import type { Report, Section } from '../../core/model/schema'

/** Compose a syllable step by step (as Telex shows it), then commit it. */
async function compose(cdp: CDPSession, steps: readonly string[]): Promise<void> {
  for (const text of steps) await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length })
  await cdp.send('Input.insertText', { text: steps.at(-1) ?? '' })
}

function savedText(libraryDir: string): string {
  const file = readdirSync(libraryDir).find((f) => f.endsWith('.baocao'))
  return file ? readFileSync(join(libraryDir, file), 'utf8') : ''
}

/** The plain text of one section of a saved report, found by its template key. */
function sectionText(fileText: string, key: string): string {
  // Plain JSON: Playwright's loader cannot import core's i18n (JSON modules) for a full parse.
  const report = JSON.parse(fileText) as Report
  const find = (sections: Section[]): Section | undefined => sections.map((s) => (s.key === key ? s : find(s.children))).find(Boolean)
  return contentText(find(report.sections)?.content ?? null)
}

async function newReport(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await page.getByRole('button', { name: 'Tạo báo cáo mới' }).first().click()
  await page.getByRole('radio', { name: 'Báo cáo tổng kết năm' }).check()
  await page.getByRole('radio', { name: 'UBND phường', exact: true }).check()
  await page.getByLabel('Năm báo cáo').fill('2025')
  await page.getByRole('button', { name: 'Tạo báo cáo', exact: true }).click()
}

test('composition keeps every character, across an autosave in the middle of a syllable', async ({ page, host }) => {
  await newReport(page, host.url)
  const box = page.getByRole('textbox', { name: 'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH' })
  await box.click()
  await page.keyboard.press('Control+A')
  await page.keyboard.press('Delete')
  const cdp = await page.context().newCDPSession(page)

  await page.keyboard.type('Ủy ban nhân dân phường ')
  // "Việt": Telex shows v, vi, vie, viê, việ, việt; pause mid-syllable longer than the autosave delay.
  await cdp.send('Input.imeSetComposition', { text: 'Vi', selectionStart: 2, selectionEnd: 2 })
  await cdp.send('Input.imeSetComposition', { text: 'Viê', selectionStart: 3, selectionEnd: 3 })
  await page.waitForTimeout(1800)
  expect(savedText(host.libraryDir)).not.toContain('Viê')
  await cdp.send('Input.imeSetComposition', { text: 'Việt', selectionStart: 4, selectionEnd: 4 })
  await cdp.send('Input.insertText', { text: 'Việt' })
  await page.keyboard.type(' ')
  await compose(cdp, ['N', 'Na', 'Nam'])
  await page.keyboard.type(' ')
  // "Đảng" as VNI composes it: d, đ (d9), đa, đả (a3), đảng.
  await compose(cdp, ['D', 'Đ', 'Đa', 'Đả', 'Đản', 'Đảng'])
  await page.keyboard.type(' bộ.')

  const expected = 'Ủy ban nhân dân phường Việt Nam Đảng bộ.'
  await expect(box).toHaveText(expected)
  await expect(page.getByRole('status')).toContainText('Đã lưu', { timeout: 10_000 })
  await expect.poll(() => savedText(host.libraryDir)).toContain(expected)
  expect(sectionText(savedText(host.libraryDir), 'lanh-dao-chi-dao')).toBe(expected)

  await page.reload()
  await expect(page.getByRole('textbox', { name: 'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH' })).toHaveText(expected)
})
