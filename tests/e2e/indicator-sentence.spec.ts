/**
 * "Chèn câu" as a clerk uses it: the caret left between two sentences of a section, the figures
 * typed in the grid, then the button. The row's sentence goes exactly there, whole, with its full
 * stop and a space on each side, and one Ctrl+Z takes it back whole. A second indicator table is
 * added and given its own title.
 */
import { createYearEndReport, expect, test } from './fixtures'

const LEADERSHIP = 'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH'
const ROW = 'Thu ngân sách nhà nước trên địa bàn'
const SENTENCE = 'Thu ngân sách nhà nước trên địa bàn ước đạt 14.050 triệu đồng, đạt 112,4% dự toán.'

test('"Chèn câu" writes a whole sentence at the caret, as one undoable step', async ({ page, host }) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto(host.url)
  await createYearEndReport(page)
  const box = page.getByRole('textbox', { name: LEADERSHIP })
  await box.click()
  await page.keyboard.press('Control+A')
  await page.keyboard.type('Đầu đoạn đã viết. Cuối đoạn đã viết.')
  // The caret just before "Cuối".
  for (let i = 0; i < 'Cuối đoạn đã viết.'.length; i++) await page.keyboard.press('ArrowLeft')

  await page.getByRole('tab', { name: 'Chỉ tiêu' }).click()
  await page.getByLabel(`Kế hoạch — ${ROW}`).fill('12.500')
  await page.getByLabel(`Thực hiện — ${ROW}`).fill('14.050')
  await expect(page.getByLabel(`Tỷ lệ % KH — ${ROW}`)).toHaveText('112,4%')
  await page.getByRole('button', { name: `Chèn câu về ${ROW} vào mục đang soạn` }).click()
  await expect(box).toHaveText(`Đầu đoạn đã viết. ${SENTENCE} Cuối đoạn đã viết.`)

  await box.press('Control+Z')
  await expect(box).toHaveText('Đầu đoạn đã viết. Cuối đoạn đã viết.')

  // A second table, with a title of its own.
  await page.getByRole('button', { name: 'Thêm bảng chỉ tiêu' }).click()
  const titles = page.getByLabel('Tên bảng (in ở phụ lục)')
  await expect(titles).toHaveCount(2)
  await titles.last().fill('Chỉ tiêu về an sinh xã hội')
  await expect(page.getByRole('region', { name: 'Chỉ tiêu về an sinh xã hội' })).toBeVisible()

  // Deleted, then brought back by the toast's "Hoàn tác" (the same step as Ctrl+Z), title and all.
  await page.getByRole('button', { name: 'Xóa bảng “Chỉ tiêu về an sinh xã hội”' }).click()
  await expect(titles).toHaveCount(1)
  const toast = page.locator('.toast', { hasText: 'Đã xóa bảng “Chỉ tiêu về an sinh xã hội”.' })
  await toast.getByRole('button', { name: 'Hoàn tác' }).click()
  await expect(page.getByRole('region', { name: 'Chỉ tiêu về an sinh xã hội' })).toBeVisible()
  await expect(titles).toHaveCount(2)
  // It was an undo, not a new step: the deletion is what ↷ would redo.
  await expect(page.getByRole('button', { name: 'Làm lại' })).toHaveAttribute('title', /Xóa bảng chỉ tiêu “Chỉ tiêu về an sinh xã hội”/u)
  await expect(page.getByRole('status')).toContainText('Đã lưu', { timeout: 10_000 })
})
