/**
 * A long report (40 pages) opens fast because the sections far from the screen are only blocks of
 * about their height until the clerk comes near them. What the clerk sees must not suffer: the
 * first section shows its text and takes the caret, after opening from the list and after a
 * reload (which reopens the report); a section reached from the outline shows its text and its
 * editor; scrolling to the end draws every section on the way, the last one included.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, scrollToEnd, test } from './fixtures'
import { flatSections, makeFixture } from '../bench/fixture'
import { contentText } from '../../core/nodes/plain-text'
import type { Section } from '../../core/model/schema'

const fixture = makeFixture(40)
const sections = flatSections(fixture.report.sections).filter((s) => contentText(s.content).trim() !== '')
const first = sections[0] as Section
const far = sections[Math.floor(sections.length * 0.7)] as Section
const last = sections.at(-1) as Section

/** The first 40 characters of a section's first paragraph, as the page shows them. */
const opening = (section: Section): string => contentText(section.content).trim().split('\n')[0]?.slice(0, 40) ?? ''
const body = (page: Page, section: Section) => page.locator(`[data-section="${section.id}"] .section-editable`)

async function expectFirstSectionReady(page: Page): Promise<void> {
  const box = body(page, first)
  await expect(box).toBeVisible()
  await expect(box).toContainText(opening(first))
  await expect(box).toHaveAttribute('contenteditable', 'true')
  const height = await box.evaluate((el) => el.getBoundingClientRect().height)
  expect(height).toBeGreaterThan(100)
}

test('a long report shows its first section at once, draws far sections as they come near, after a reload too', async ({ page, host }) => {
  mkdirSync(host.libraryDir, { recursive: true })
  writeFileSync(join(host.libraryDir, 'Báo cáo dài.baocao'), `${JSON.stringify(fixture.report, null, 2)}\n`)
  await page.goto(host.url)
  await page
    .getByRole('button', { name: /Mở báo cáo/u })
    .first()
    .click()
  await expectFirstSectionReady(page)
  // Far sections are not drawn yet: a block of about their height stands for each.
  await expect(body(page, last).locator('.section-pending')).toHaveCount(1)
  const pendingHeight = await body(page, last).evaluate((el) => el.getBoundingClientRect().height)
  expect(pendingHeight).toBeGreaterThan(20)

  // A reload reopens the report: its first section is there, with its text, ready to type in.
  await page.reload()
  await expectFirstSectionReady(page)
  await body(page, first).click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type(' Thêm một câu.')
  await expect(body(page, first)).toContainText('Thêm một câu.')

  // The outline brings a far section: its text is drawn and its editor takes the caret.
  const farRow = flatSections(fixture.report.sections).indexOf(far)
  await page
    .locator('.outline-link')
    .nth(farRow)
    .click({ position: { x: 12, y: 8 } })
  await expect(body(page, far)).toContainText(opening(far))
  await expect(body(page, far)).toHaveAttribute('contenteditable', 'true')
  await expect(body(page, far)).toBeInViewport()

  // Scrolling down draws each section as it comes near: the last one shows its text.
  await scrollToEnd(page, 700, 30)
  await expect(body(page, last)).toContainText(opening(last))
  await expect(body(page, last)).toBeInViewport()
})
