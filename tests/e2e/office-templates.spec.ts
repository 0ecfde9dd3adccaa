/**
 * The office's own templates, as a clerk makes and shares them: a report saved as a template
 * ("Lưu làm mẫu…"), seen on "Mẫu báo cáo" with its starter sentences and blanks, renamed,
 * exported, used for the next year's report, a built-in one duplicated and the copy deleted; a
 * broken file in the templates folder is named while the rest load, and a Word report is
 * imported as a template — all without a restart.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { tcvn3Report } from '../unit/import/legacy-fixtures'

test('a clerk saves a report as a template, shares it and starts next year’s report from it', async ({ page, host }) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Tạo báo cáo mới' }).first().click()
  await page.getByRole('radio', { name: 'UBND phường', exact: true }).check()
  await page.getByLabel('Năm báo cáo').fill('2025')
  await page.getByRole('button', { name: 'Tạo báo cáo', exact: true }).click()
  const box = page.getByRole('textbox', { name: 'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH' })
  await box.click()
  await page.keyboard.press('Control+A')
  await page.keyboard.press('Delete')
  await page.keyboard.type('Năm 2025, phường ban hành 45 kế hoạch, đạt 100% chỉ tiêu theo Nghị quyết số 12-NQ/ĐU.')
  await expect(page.getByRole('status')).toContainText('Đã lưu', { timeout: 10_000 })

  // Lưu làm mẫu…
  await page.getByRole('button', { name: 'Tệp' }).click()
  await page.getByRole('menuitem', { name: 'Lưu làm mẫu…' }).click()
  const save = page.getByRole('dialog', { name: 'Lưu báo cáo làm mẫu' })
  await save.getByLabel('Tên mẫu').fill('Tổng kết năm của phường Tân Chính')
  await save.getByRole('button', { name: 'Lưu làm mẫu' }).click()
  await page
    .locator('.toast', { hasText: 'Đã lưu mẫu “Tổng kết năm của phường Tân Chính”.' })
    .getByRole('button', { name: 'Xem mẫu' })
    .click()

  // Mẫu báo cáo: listed among the office's templates, with the blanks in the preview.
  await expect(page.getByRole('heading', { name: 'Mẫu báo cáo', level: 1 })).toBeVisible()
  const preview = page.getByRole('region', { name: 'Xem trước mẫu' })
  await expect(preview.getByRole('heading', { name: 'Tổng kết năm của phường Tân Chính' })).toBeVisible()
  const year = new Date().getFullYear()
  await expect(preview).toContainText(
    `Năm ${year}, phường ban hành [số liệu] kế hoạch, đạt [số liệu] chỉ tiêu theo Nghị quyết số 12-NQ/ĐU.`,
  )
  await page.screenshot({ path: 'test-results/templates-screen.png' })

  // Renamed; exported as a file to send to another ward.
  await preview.getByRole('button', { name: 'Đổi tên' }).click()
  const rename = page.getByRole('dialog', { name: 'Đổi tên mẫu' })
  await rename.getByLabel('Tên mẫu').fill('Mẫu tổng kết năm của phường')
  await rename.getByRole('button', { name: 'Đổi tên' }).click()
  await expect(page.getByRole('button', { name: /Mẫu tổng kết năm của phường/u })).toBeVisible()
  const download = page.waitForEvent('download')
  await preview.getByRole('button', { name: 'Xuất tệp mẫu…' }).click()
  const file = await (await download).path()
  const exported = JSON.parse(readFileSync(file, 'utf8')) as { name: string; format: string }
  expect(exported).toMatchObject({ name: 'Mẫu tổng kết năm của phường', format: 'soan-bao-cao-template' })

  // A built-in template duplicated, then the copy deleted.
  await page
    .getByRole('button', { name: /Báo cáo tổng kết năm.*UBND/u })
    .first()
    .click()
  await preview.getByRole('button', { name: 'Nhân bản' }).click()
  await expect(page.locator('.toast', { hasText: 'Đã tạo bản sao' })).toBeVisible()
  await preview.getByRole('button', { name: 'Xóa mẫu' }).click()
  await page.getByRole('dialog', { name: 'Xóa mẫu' }).getByRole('button', { name: 'Xóa mẫu' }).click()
  await expect(page.locator('.toast', { hasText: 'Đã xóa mẫu.' })).toBeVisible()
  await expect(page.getByRole('button', { name: /\(bản sao\)/u })).toHaveCount(0)

  // A broken file put in the folder by hand is named; the rest still load, with no restart.
  const folder = join(host.dataDir, 'templates')
  mkdirSync(folder, { recursive: true })
  writeFileSync(join(folder, 'mau-hong.json'), '{ "format": "soan-bao-cao-template", "id": ')
  await page.getByRole('button', { name: /Trang chủ/u }).click()
  await page.getByRole('button', { name: 'Mẫu báo cáo' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'mau-hong.json' })).toContainText('JSON')
  await expect(page.getByRole('button', { name: /Mẫu tổng kết năm của phường/u })).toBeVisible()

  // A Word report imported as a template.
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Nhập mẫu…' }).click()
  await (
    await chooser
  ).setFiles({
    name: 'Bao cao chuyen de 2005.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from(await tcvn3Report()),
  })
  await expect(page.locator('.toast', { hasText: 'Đã nhập mẫu “Bao cao chuyen de 2005”.' })).toBeVisible()
  await expect(preview).toContainText('Thu ngân sách ước đạt [số liệu] triệu đồng')

  // Next year's report from the office's template.
  await page.getByRole('button', { name: /Trang chủ/u }).click()
  await page.getByRole('button', { name: 'Tạo báo cáo mới' }).first().click()
  await page.getByRole('radio', { name: 'UBND phường', exact: true }).check()
  await page.getByLabel('Năm báo cáo').fill('2026')
  await page.getByRole('combobox', { name: 'Mẫu báo cáo' }).selectOption({ label: 'Mẫu tổng kết năm của phường (mẫu của bạn)' })
  await page.getByRole('button', { name: 'Tạo báo cáo', exact: true }).click()
  await expect(page.getByRole('textbox', { name: 'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH' })).toContainText(
    'Năm 2026, phường ban hành [số liệu] kế hoạch, đạt [số liệu] chỉ tiêu theo Nghị quyết số 12-NQ/ĐU.',
  )
})
