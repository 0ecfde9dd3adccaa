/**
 * Nothing a clerk types in one place can stop the rest from being saved: hostile values in every
 * field of "Thông tin văn bản" and every cell of "Chỉ tiêu" (too long, wrong shape, control
 * characters, a five-digit year, 31/02), then more typing in a section, then kill -9 of the host.
 * A new host on the same data folder shows every word again, and the checks say in Vietnamese
 * what to fix. Chromium runs in an en-US locale, as on an English Windows PC.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { expect, startHost, test } from './fixtures'

test.use({ locale: 'en-US', viewport: { width: 1366, height: 768 } })

const LEADERSHIP = 'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH'
const TYPED_AFTER = 'Gõ sau khi các ô bị điền sai: tiếp nhận 8.833 hồ sơ, giải quyết đúng hạn 8.743 hồ sơ.'

/** One hostile value per field, each different, so that every one can be found again. */
function hostile(i: number): string {
  switch (i % 5) {
    case 0:
      return `Quá dài ${i} ${'Ủy ban nhân dân phường Hòa Khánh '.repeat(60).trim()}`
    case 1:
      return `Ký tự điều khiển ${i} \u0001\u0007\u001b xong`
    case 2:
      return `Không phải XML ${i} \uFFFE\uFFFF </w:t><w:p> & "nháy" 'đơn'`
    case 3:
      return `Chữ tổ hợp ${i} Hoa\u0300 Kha\u0301nh`
    default:
      return `Emoji và chữ khác ${i} 📄 مرحبا 中文`
  }
}

async function createReport(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Tạo báo cáo mới' }).first().click()
  await page.getByRole('radio', { name: 'Báo cáo tổng kết năm' }).check()
  await page.getByRole('radio', { name: 'UBND phường', exact: true }).check()
  await page.getByLabel('Năm báo cáo').fill('2026')
  await page.getByRole('button', { name: 'Tạo báo cáo', exact: true }).click()
  await expect(page.getByRole('textbox', { name: LEADERSHIP })).toBeVisible()
}

/** The free-text fields of the header form (not the date, the copies or the choices). */
function textFields(page: Page): Locator {
  return page.locator('form.meta-form').locator('input[type="text"]:not(#field-date):not(#field-copies), textarea')
}

test('hostile values in every field and cell never stop a save, and survive kill -9 of the host', async ({ page }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sbc-e2e-hostile-'))
  const first = await startHost(dataDir)
  let second: Awaited<ReturnType<typeof startHost>> | null = null
  try {
    await page.goto(first.url)
    await createReport(page)

    // Every field of the header form.
    await page.getByRole('tab', { name: 'Thông tin văn bản' }).click()
    const fields = textFields(page)
    const count = await fields.count()
    expect(count).toBeGreaterThanOrEqual(10)
    const typed = new Map<string, string>()
    for (let i = 0; i < count; i++) {
      const field = fields.nth(i)
      const id = await field.getAttribute('id')
      if (id === null) throw new Error(`field ${i} has no id`)
      const value = hostile(i)
      await field.fill(value)
      typed.set(id, value)
    }
    await page.locator('#field-date').fill('31/02/2026')
    await expect(page.getByText('“31/02/2026” chưa phải là một ngày có thật')).toBeVisible()
    await page.locator('#field-date').fill('02/12/20233')
    await page.locator('#field-copies').fill('mười bản')
    await page.getByLabel('Năm báo cáo').fill('20233')
    await page.locator('[id^="layout-margin-top"]').fill('1e400')

    // Every figure and name of the indicator grid.
    await page.getByRole('tab', { name: 'Chỉ tiêu' }).click()
    const cells = page.locator('.indicator-table input.num')
    const cellCount = await cells.count()
    expect(cellCount).toBeGreaterThanOrEqual(6)
    const cellValues = ['12.5', '1,2,3', 'abc', '9'.repeat(400), '-', '31/02', '1e400', 'mười hai']
    for (let i = 0; i < cellCount; i++) await cells.nth(i).fill(cellValues[i % cellValues.length] ?? 'x')
    const firstName = page.locator('.indicator-table textarea.name').first()
    await firstName.fill(hostile(0))

    // Then the clerk goes on writing.
    const box = page.getByRole('textbox', { name: LEADERSHIP })
    await box.click()
    await page.keyboard.press('Control+End')
    await page.keyboard.type(TYPED_AFTER)
    await expect(page.getByRole('status')).toContainText('Đã lưu', { timeout: 15_000 })
    await expect(page.getByText('Chưa lưu được')).toHaveCount(0)

    const exited = new Promise((done) => first.process.once('exit', done))
    first.process.kill('SIGKILL')
    await exited

    // A new host on the same folder: every word is there again.
    second = await startHost(dataDir)
    await page.goto(second.url)
    await page.getByRole('region', { name: 'Mở gần đây' }).getByRole('button').first().click()
    await expect(page.getByRole('textbox', { name: LEADERSHIP })).toContainText(TYPED_AFTER)
    await page.getByRole('tab', { name: 'Thông tin văn bản' }).click()
    for (const [id, value] of typed) {
      await expect(page.locator(`[id="${id}"]`), id).toHaveValue(value.normalize('NFC'))
    }
    await expect(page.locator('#field-date')).toHaveValue('02/12/20233')
    await expect(page.locator('#field-copies')).toHaveValue('mười bản')
    await page.getByRole('tab', { name: 'Chỉ tiêu' }).click()
    // None of them reads as a number: each is kept as typed, to be fixed where it is.
    for (let i = 0; i < cellCount; i++) await expect(cells.nth(i)).toHaveValue(cellValues[i % cellValues.length] ?? 'x')
    await expect(page.locator('.indicator-table textarea.name').first()).toHaveValue(hostile(0).normalize('NFC'))

    // The checks say what to fix, in Vietnamese, without technical text.
    await page.getByRole('button', { name: 'Kiểm tra' }).first().click()
    const panel = page.getByRole('tabpanel')
    await expect(panel).toContainText('Ngày ban hành “02/12/20233” không phải là một ngày có thật')
    await expect(panel).toContainText('Số lượng bản “mười bản” không phải là một số nguyên')
    await expect(panel).toContainText('chưa phải là một con số')
    await expect(panel).not.toContainText('YYYY')
  } finally {
    first.process.kill('SIGKILL')
    second?.process.kill('SIGKILL')
    rmSync(dataDir, { recursive: true, force: true })
  }
})
