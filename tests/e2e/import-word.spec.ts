/**
 * Starting from what the office already has, through the UI as a clerk would:
 * open last year's report from Word ("Mở từ Word…"), see what could not be kept, keep writing;
 * insert a department's contribution ("Chèn nội dung từ tệp…") and undo it; start next year's
 * report from it ("Tạo từ báo cáo kỳ trước") and see the "cần cập nhật" mark go when editing.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Document, HeadingLevel, Packer, Paragraph } from 'docx'
import { expect, test } from './fixtures'
import { wordStyledReport } from '../unit/import/word-fixtures'

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const LEADERSHIP = '1. Công tác lãnh đạo, chỉ đạo, điều hành'
const DEPARTMENT = 'Phòng Văn hóa - Xã hội tham mưu tổ chức 12 hội nghị chuyên đề.'

async function departmentFile(): Promise<Buffer> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Công tác lãnh đạo, chỉ đạo, điều hành', heading: HeadingLevel.HEADING_1 }),
          new Paragraph(DEPARTMENT),
        ],
      },
    ],
  })
  return Buffer.from(await Packer.toArrayBuffer(document))
}

test('a clerk opens last year’s Word report, merges a contribution and starts the next report from it', async ({ page, host }) => {
  await page.goto(host.url)

  // Mở từ Word…
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Mở từ Word…' }).click()
  await (await chooser).setFiles({ name: 'Bao cao tong ket 2025.docx', mimeType: DOCX, buffer: Buffer.from(await wordStyledReport()) })

  const notice = page.getByRole('dialog', { name: 'Đã mở từ Word: Bao cao tong ket 2025.docx' })
  await expect(notice).toBeVisible()
  for (const line of [
    '1 hình ảnh',
    '1 hộp văn bản',
    '1 ghi chú (comment)',
    '2 thay đổi đang theo dõi',
    '1 chú thích cuối trang',
    '1 bảng lồng trong bảng',
    '1 liên kết',
  ]) {
    await expect(notice).toContainText(line)
  }
  await notice.getByRole('button', { name: 'Đã hiểu' }).click()

  const leadership = page.getByRole('textbox', { name: LEADERSHIP })
  await expect(leadership).toContainText('Ban hành 45 kế hoạch (đạt 100%); tổ chức họp giao ban hằng tuần.')
  await expect(page.getByRole('textbox', { name: '2. Kết quả trên các lĩnh vực' })).toContainText('Tiêm chủng đạt 98%')
  // Other test files of this worker share the library: look for this file only.
  expect(readdirSync(host.libraryDir)).toContain('Bao cao tong ket 2025.baocao')

  // Keep writing: the imported report saves like any other.
  await leadership.click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type(' Đã kiểm tra.')
  await expect(page.getByRole('status')).toContainText('Đã lưu', { timeout: 10_000 })
  expect(readFileSync(join(host.libraryDir, 'Bao cao tong ket 2025.baocao'), 'utf8')).toContain('Đã kiểm tra.')

  // Chèn nội dung từ tệp…: appended after what is written, then undone.
  await page.getByRole('button', { name: 'Tệp' }).click()
  await page.getByRole('menuitem', { name: 'Chèn nội dung từ tệp…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Chèn nội dung từ tệp' })
  const fileChooser = page.waitForEvent('filechooser')
  await dialog.getByRole('button', { name: 'Chọn tệp…' }).click()
  await (await fileChooser).setFiles({ name: 'phong-vhxh.docx', mimeType: DOCX, buffer: await departmentFile() })
  await expect(dialog.getByRole('combobox', { name: 'Chèn “Công tác lãnh đạo, chỉ đạo, điều hành” vào mục' })).toHaveValue(/.+/u)
  await dialog.getByRole('button', { name: 'Chèn (1)' }).click()
  await expect(leadership).toContainText('Ban hành 45 kế hoạch')
  await expect(leadership).toContainText(DEPARTMENT)
  await page.locator('.toast', { hasText: 'Đã chèn nội dung vào 1 mục.' }).getByRole('button', { name: 'Hoàn tác' }).click()
  await expect(leadership).not.toContainText(DEPARTMENT)
  await expect(leadership).toContainText('Đã kiểm tra.')

  // Tạo từ báo cáo kỳ trước: the next year's report lists last year's tasks, marked to update.
  await page
    .getByRole('button', { name: /Về trang chủ|Trang chủ/u })
    .first()
    .click()
  await page.getByRole('button', { name: 'Tạo báo cáo mới' }).first().click()
  await page.getByRole('radio', { name: 'Báo cáo tổng kết năm' }).check()
  await page.getByRole('radio', { name: 'UBND phường', exact: true }).check()
  await page.getByLabel('Năm báo cáo').fill('2026')
  await page.getByRole('radio', { name: 'Tạo từ báo cáo kỳ trước' }).check()
  await page.getByRole('combobox', { name: /^Báo cáo kỳ trước/u }).selectOption('Bao cao tong ket 2025.baocao')
  await expect(page.getByRole('radio', { name: 'Tạo từ báo cáo kỳ trước' })).toBeChecked()
  await page.getByRole('button', { name: 'Tạo báo cáo', exact: true }).click()

  const results = page.getByRole('textbox', { name: 'Phần I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2026' })
  await expect(results).toContainText('Nhiệm vụ đề ra tại báo cáo năm 2025')
  await expect(results).toContainText('Hoàn thành thu ngân sách')
  const section = page.locator('section', { has: results })
  await expect(section.getByText('Cần cập nhật')).toBeVisible()
  await results.click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type(' Đã hoàn thành.')
  await expect(section.getByText('Cần cập nhật')).toHaveCount(0)
})
