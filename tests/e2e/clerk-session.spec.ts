/**
 * A full clerk session in browser mode: set up the office profile, create the mid-year review of
 * a Đảng ủy, fill the header, write three sections (one with a bulleted list, one with a table),
 * fill two indicators and insert one as a sentence, find and replace a year, reload and find
 * everything intact, export and check the file. Screenshots of the home screen, the editor and
 * the header preview are kept in artifacts/screenshots for a person to look at.
 */
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import { expect, test, ROOT } from './fixtures'

const SHOTS = join(ROOT, 'artifacts', 'screenshots')

const POLITICS = 'Đảng ủy tổ chức quán triệt Nghị quyết cho 100% cán bộ, đảng viên; so với năm 2025 số đảng viên tham gia tăng rõ.'
const ORG_ITEMS = ['Kiện toàn 02 chi bộ trực thuộc', 'Kết nạp 03 đảng viên mới', 'Trao Huy hiệu 40 năm tuổi Đảng cho 05 đồng chí']
const ECONOMY = 'Thu ngân sách trên địa bàn đạt kết quả khá so với năm 2025.'

test('a clerk drafts a Party mid-year review from profile to Word file', async ({ page, host }, testInfo) => {
  mkdirSync(SHOTS, { recursive: true })
  await page.goto(host.url)

  // The office profile, entered once.
  await page.getByRole('button', { name: 'Cài đặt' }).click()
  await page.getByLabel('Địa danh').fill('Tân Chính')
  await page.getByRole('tab', { name: /Đảng ủy phường/ }).click()
  await page.getByLabel('Cơ quan cấp trên').fill('ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG')
  await page.getByRole('textbox', { name: 'Cơ quan ban hành' }).fill('ĐẢNG ỦY PHƯỜNG TÂN CHÍNH')
  await page.getByLabel('Họ và tên người ký').fill('Nguyễn Văn Bình')
  await page.getByLabel('Nơi nhận (mỗi dòng một nơi)').fill('Ban Thường vụ Thành ủy Đà Nẵng\nCác chi bộ trực thuộc')
  await page.getByRole('button', { name: 'Lưu cài đặt' }).click()
  await expect(page.getByText('Đã lưu cài đặt.')).toBeVisible()
  await page
    .getByRole('button', { name: /Quay lại/ })
    .first()
    .click()
  await expect(page.getByRole('heading', { name: 'Báo cáo của bạn' })).toBeVisible()
  await page.screenshot({ path: join(SHOTS, 'home.png') })

  // A mid-year review of the Đảng ủy, first half of 2026.
  await page.getByRole('button', { name: 'Tạo báo cáo mới' }).first().click()
  await page.getByRole('radio', { name: 'Báo cáo sơ kết 6 tháng' }).check()
  await page.getByRole('radio', { name: 'Đảng ủy phường' }).check()
  await page.getByLabel('Năm báo cáo').fill('2026')
  await page.getByRole('radio', { name: '6 tháng đầu năm' }).check()
  await page.getByRole('button', { name: 'Tạo báo cáo', exact: true }).click()

  const header = page.getByRole('group', { name: 'Phần đầu văn bản như khi in' })
  await expect(header).toContainText('ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG')
  await expect(header).toContainText('ĐẢNG ỦY PHƯỜNG TÂN CHÍNH')
  await expect(header).toContainText('ĐẢNG CỘNG SẢN VIỆT NAM')
  await expect(header).toContainText('sơ kết công tác 6 tháng đầu năm 2026, phương hướng, nhiệm vụ 6 tháng cuối năm 2026')

  // The header: number and date.
  await page.getByRole('tab', { name: 'Thông tin văn bản' }).click()
  await page.getByLabel('Số', { exact: true }).fill('45')
  await page.getByLabel('Ngày ban hành').fill('2026-06-20')
  await expect(header).toContainText('Số 45-BC/ĐU')
  await expect(header).toContainText('Tân Chính, ngày 20 tháng 6 năm 2026')
  await header.screenshot({ path: join(SHOTS, 'header-preview.png') })

  // Three sections: plain text, a bulleted list, a table.
  const politics = page.getByRole('textbox', { name: 'a) Công tác chính trị, tư tưởng' })
  await politics.click()
  await page.keyboard.press('Control+A')
  await page.keyboard.type(POLITICS)

  const organisation = page.getByRole('textbox', { name: 'b) Công tác tổ chức, cán bộ, đảng viên' })
  await organisation.click()
  await page.keyboard.press('Control+A')
  await page.keyboard.press('Delete')
  await page.getByRole('button', { name: 'Danh sách gạch đầu dòng' }).click()
  await page.keyboard.type(ORG_ITEMS.join('\n'))
  await expect(organisation.locator('li')).toHaveCount(3)
  // Enter on an empty item leaves the list: the paragraph after it takes the indicator sentence.
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await expect(organisation.locator('p')).toHaveCount(1)

  const economy = page.getByRole('textbox', { name: '2- Lãnh đạo thực hiện nhiệm vụ phát triển kinh tế - xã hội' })
  await economy.click()
  await page.keyboard.press('Control+A')
  await page.keyboard.type(ECONOMY)
  await page.keyboard.press('Enter')
  await page.getByRole('button', { name: 'Chèn bảng' }).click()
  await expect(economy.locator('table')).toHaveCount(1)
  await economy.locator('th, td').first().click()
  await page.keyboard.type('Chỉ tiêu')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Kế hoạch')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Kết quả')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Thu ngân sách')
  await page.keyboard.press('Tab')
  await page.keyboard.type('12.677')
  await page.keyboard.press('Tab')
  await page.keyboard.type('21.000')

  // Two indicators; the first goes into the organisation section as a sentence.
  await organisation.locator('p').last().click()
  await page.getByRole('tab', { name: 'Chỉ tiêu' }).click()
  // Kết nạp đảng viên is a count against its target: its cells say so.
  await page.getByLabel('Tổng số / chỉ tiêu — Kết nạp đảng viên mới').fill('8')
  await page.getByLabel('Số đạt — Kết nạp đảng viên mới').fill('3')
  await expect(page.getByLabel('Tỷ lệ % KH — Kết nạp đảng viên mới')).toHaveText('37,5%')
  // A count against its target: no "Không đạt" unless the row sets a target rate.
  await expect(page.getByLabel('Đánh giá — Kết nạp đảng viên mới')).toHaveText('—')
  await page.getByLabel('Chỉ tiêu NQ — Số cuộc kiểm tra').fill('4')
  await page.getByLabel('Kết quả — Số cuộc kiểm tra').fill('5')
  await expect(page.getByLabel('Đánh giá — Số cuộc kiểm tra')).toHaveText('Vượt')
  await page.getByRole('button', { name: /Chèn câu về Kết nạp đảng viên mới/ }).click()
  await expect(organisation).toContainText('Kết nạp 03/08 đảng viên mới (đạt 37,5%).')

  // Find and replace a year across all sections.
  await page.keyboard.press('Control+H')
  await page.getByPlaceholder('Tìm trong báo cáo').fill('năm 2025')
  await expect(page.getByRole('search')).toContainText('2 kết quả')
  await page.getByPlaceholder('Thay bằng').fill('năm 2026')
  await page.getByRole('button', { name: 'Thay tất cả' }).click()
  await expect(page.getByRole('search')).toContainText('Không tìm thấy')
  await expect(politics).toContainText('so với năm 2026')
  await expect(page.getByRole('status')).toContainText('Đã lưu', { timeout: 10_000 })
  await page.screenshot({ path: join(SHOTS, 'editor.png') })

  // Reload: everything is still there.
  await page.reload()
  await expect(page.getByRole('textbox', { name: 'a) Công tác chính trị, tư tưởng' })).toContainText(
    POLITICS.replace('năm 2025', 'năm 2026'),
  )
  const reopenedOrg = page.getByRole('textbox', { name: 'b) Công tác tổ chức, cán bộ, đảng viên' })
  for (const item of ORG_ITEMS) await expect(reopenedOrg).toContainText(item)
  await expect(reopenedOrg).toContainText('Kết nạp 03/08 đảng viên mới (đạt 37,5%).')
  const reopenedEconomy = page.getByRole('textbox', { name: '2- Lãnh đạo thực hiện nhiệm vụ phát triển kinh tế - xã hội' })
  await expect(reopenedEconomy.locator('table')).toContainText('21.000')
  await expect(page.getByRole('group', { name: 'Phần đầu văn bản như khi in' })).toContainText('Số 45-BC/ĐU')

  // Export: required sections are still empty, so the final export offers a draft.
  const downloadPromise = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Xuất Word' }).click()
  await expect(page.getByRole('dialog')).toContainText('chưa có nội dung')
  await page.getByRole('dialog').getByRole('button', { name: 'Xuất bản nháp' }).click()
  const download = await downloadPromise
  expect(download.suggestedFilename()).toBe('Báo cáo sơ kết 6 tháng đầu năm 2026 - 45-BC-ĐU (dự thảo).docx')
  const path = testInfo.outputPath('report.docx')
  await download.saveAs(path)
  const xml = (await (await JSZip.loadAsync(readFileSync(path))).file('word/document.xml')?.async('string')) ?? ''
  // The text as it reads, whatever lines the exporter broke it into.
  const text = xml
    .replace(/<w:br\/>/g, ' ')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/[ \t]+/g, ' ')
  for (const expected of [
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    'ĐẢNG ỦY PHƯỜNG TÂN CHÍNH',
    'Số 45-BC/ĐU',
    'Tân Chính, ngày 20 tháng 6 năm 2026',
    'T/M ĐẢNG ỦY',
    'Nguyễn Văn Bình',
    '- Ban Thường vụ Thành ủy Đà Nẵng,',
    'so với năm 2026',
    ORG_ITEMS[0] ?? '',
    'Kết nạp 03/08 đảng viên mới (đạt 37,5%).',
    '21.000',
    'Phụ lục',
    '37,5%',
  ]) {
    expect(text, expected).toContain(expected)
  }
  expect(text).not.toContain('năm 2025')
})
