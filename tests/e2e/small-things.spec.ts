/**
 * Small things a clerk expects: after an export, the file at hand (browser mode: its download
 * link; Electron's "Mở tệp" / "Mở thư mục" are unit-tested with electron mocked); "Ẩn tất cả gợi
 * ý" and "Hiện tất cả gợi ý", remembered; the outline's buttons drawn as icons, not as a font's
 * missing glyph; a long section title that keeps its height on hover; Trợ giúp → Phím tắt (F1);
 * a file dropped on the home screen: a report opens, another kind of file is refused with a message;
 * the side panel's tabs on one row at 1366 px; a double-clicked “Mở báo cáo”, “Nhân bản” or “Xóa”
 * does its work once; the rename dialog refuses the characters a file name cannot have.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import { createYearEndReport, expect, test } from './fixtures'
import { makeFixture } from '../bench/fixture'

test.use({ viewport: { width: 1366, height: 768 }, locale: 'en-US' })

test('after an export the notice stays with a link that downloads the file again', async ({ page, host }) => {
  await page.goto(host.url)
  await createYearEndReport(page)
  const first = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Xuất bản nháp' }).click()
  const downloaded = await first
  const notice = page.getByRole('group', { name: 'Tệp vừa xuất' })
  await expect(notice).toContainText(`Đã xuất tệp ${downloaded.suggestedFilename()}`)
  // Still there after the toasts' time.
  await page.waitForTimeout(6_000)
  await expect(notice).toBeVisible()

  const again = page.waitForEvent('download')
  await notice.getByRole('link', { name: 'Tải tệp về' }).click()
  const second = await again
  expect(second.suggestedFilename()).toBe(downloaded.suggestedFilename())
  const bytes = readFileSync((await second.path()) ?? '')
  expect(bytes).toEqual(readFileSync((await downloaded.path()) ?? ''))
  const zip = await JSZip.loadAsync(bytes)
  expect(await zip.file('word/document.xml')?.async('string')).toContain('BÁO CÁO')

  await notice.getByRole('button', { name: 'Ẩn thông báo' }).click()
  await expect(notice).toHaveCount(0)
})

test('all hints are hidden and shown at once, and the choice is kept', async ({ page, host }) => {
  await page.goto(host.url)
  await createYearEndReport(page)
  const hints = page.locator('.hint-text')
  await expect(hints.first()).toBeVisible()
  const shown = await hints.count()
  expect(shown).toBeGreaterThan(3)

  await page.getByRole('button', { name: 'Trợ giúp' }).click()
  await page.getByRole('menuitem', { name: 'Ẩn tất cả gợi ý' }).click()
  await expect(hints).toHaveCount(0)
  // One hint can still be opened on its own.
  await page.locator('.hint-toggle').first().click()
  await expect(hints).toHaveCount(1)

  await page.reload()
  await expect(page.locator('.hint-toggle').first()).toBeVisible()
  await expect(hints).toHaveCount(0)

  await page.getByRole('button', { name: 'Trợ giúp' }).click()
  await page.getByRole('menuitem', { name: 'Hiện tất cả gợi ý' }).click()
  await expect(hints).toHaveCount(shown)
})

test('the outline draws its buttons as icons and a long title keeps its height on hover', async ({ page, host }) => {
  await page.goto(host.url)
  await createYearEndReport(page)
  const outline = page.getByRole('navigation', { name: 'Mục lục' })
  const row = outline.locator('.outline-row').filter({ hasText: 'Thương mại, dịch vụ, công nghiệp' }).first()
  const add = row.getByRole('button', { name: /Thêm mục con/u })
  // No "＋" character that a PC's fonts may lack: an SVG in the text colour.
  await row.hover()
  await expect(add).toBeVisible()
  expect(await add.evaluate((button) => ({ svg: button.querySelector('svg') !== null, text: button.textContent?.trim() }))).toEqual({
    svg: true,
    text: '',
  })

  // A long title: at most two lines, and the same height with the buttons shown over it.
  await page.mouse.move(800, 400)
  const before = await row.boundingBox()
  await row.hover()
  const after = await row.boundingBox()
  expect(after?.height).toBe(before?.height)
  const lineHeight = await row.locator('.outline-link').evaluate((element) => parseFloat(getComputedStyle(element).lineHeight) || 20)
  expect(after?.height ?? 0).toBeLessThan(3 * lineHeight + 12)
  await page.screenshot({ path: test.info().outputPath('outline-hover.png') })
})

test('the side panel keeps its five tabs on one row at 1366 px, every label whole', async ({ page, host }) => {
  await page.goto(host.url)
  await createYearEndReport(page)
  const tabs = page.getByRole('tablist', { name: 'Bảng điều hướng' }).getByRole('tab')
  await expect(tabs).toHaveCount(5)
  for (const name of ['Mục lục', 'Thông tin văn bản', 'Chỉ tiêu', 'Kiểm tra', 'Soát lỗi']) {
    await tabs.filter({ hasText: name }).click()
    const boxes = await tabs.evaluateAll((buttons) =>
      buttons.map((button) => {
        const box = button.getBoundingClientRect()
        return { top: Math.round(box.top), cut: button.scrollWidth > button.clientWidth + 1 }
      }),
    )
    // One row (a second row pushed "Soát lỗi" under the others), and no label cut off.
    expect(new Set(boxes.map((box) => box.top)).size, name).toBe(1)
    expect(
      boxes.some((box) => box.cut),
      name,
    ).toBe(false)
  }
  await page.screenshot({ path: test.info().outputPath('sidebar-tabs.png'), clip: { x: 0, y: 0, width: 683, height: 300 } })
})

test('Trợ giúp → Phím tắt and F1 list the shortcuts', async ({ page, host }) => {
  await page.goto(host.url)
  await createYearEndReport(page)
  await page.getByRole('button', { name: 'Trợ giúp' }).click()
  await page.getByRole('menuitem', { name: /Phím tắt/u }).click()
  const dialog = page.getByRole('dialog', { name: 'Phím tắt' })
  const list = dialog.getByRole('table', { name: 'Danh sách phím tắt' })
  await expect(list.getByRole('row', { name: /F8 Chỗ trống tiếp theo/u })).toBeVisible()
  await expect(list.getByRole('row', { name: /Ctrl\+Z Hoàn tác/u })).toBeVisible()
  await expect(list.getByRole('row', { name: /Ctrl\+S Lưu ngay/u })).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('shortcuts.png') })
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)

  await page.getByRole('textbox', { name: 'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH' }).click()
  await page.keyboard.press('F1')
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Đóng' }).click()
  await expect(dialog).toHaveCount(0)
})

test('a report dropped on the home screen opens; another kind of file is refused with a message', async ({ page, host }) => {
  // A report to drop: one made here, read back from the library folder.
  await page.goto(host.url)
  await createYearEndReport(page)
  await expect(page.getByRole('status')).toContainText('Đã lưu')
  const name = 'Báo cáo tổng kết năm 2025.baocao'
  const text = readFileSync(`${host.libraryDir}/${name}`, 'utf8')
  await page.getByRole('button', { name: /Trang chủ/u }).click()

  const drop = async (fileName: string, content: string): Promise<void> => {
    const transfer = await page.evaluateHandle(
      ([file, body]) => {
        const data = new DataTransfer()
        data.items.add(new File([body], file))
        return data
      },
      [fileName, content] as const,
    )
    await page.locator('.drop-zone').dispatchEvent('dragover', { dataTransfer: transfer })
    await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer: transfer })
  }
  await drop('ghi chú.txt', 'không phải báo cáo')
  await expect(page.locator('.toast')).toContainText('Tệp “ghi chú.txt” không phải báo cáo (.baocao).')

  await drop('Bản sao gửi từ phường khác.baocao', text)
  await expect(page.getByRole('textbox', { name: /I\. /u }).first()).toBeVisible()
  // The editor's title bar names the file it opened.
  await expect(page.locator('header').first()).toContainText('Bản sao gửi từ phường khác')
})

test('a double-click on “Mở báo cáo” opens the report once, for writing, and leaves no lock behind', async ({ page, host }) => {
  await page.goto(host.url)
  await createYearEndReport(page)
  await expect(page.getByRole('status')).toContainText('Đã lưu')
  await page.getByRole('button', { name: /Trang chủ/u }).click()

  const readOnly = page.getByText(/chỉ xem được/u)
  for (let round = 0; round < 2; round++) {
    await page
      .getByRole('button', { name: /Mở báo cáo/u })
      .first()
      .dblclick()
    const editor = page.locator('.sections [contenteditable="true"]').first()
    await expect(editor).toBeVisible()
    await editor.click()
    const sentence = `Câu thêm lần ${round + 1}.`
    await page.keyboard.type(` ${sentence}`)
    // Saved to the file: the report was opened for writing.
    await expect.poll(() => readFileSync(`${host.libraryDir}/Báo cáo tổng kết năm 2025.baocao`, 'utf8').includes(sentence)).toBe(true)
    await expect(readOnly).toHaveCount(0)
    // Home and back: a handle left open by a second open would hold the file and make it read-only.
    await page.getByRole('button', { name: /Trang chủ/u }).click()
  }
})

test('a double-click on “Nhân bản” or “Xóa” on the home screen does it once, with no error', async ({ page, host }) => {
  mkdirSync(host.libraryDir, { recursive: true })
  writeFileSync(join(host.libraryDir, 'Báo cáo quý.baocao'), `${JSON.stringify(makeFixture(1).report, null, 2)}\n`)
  // An office PC's slow disk: the second click always comes while the first is still at work.
  await page.route(/\/api\/documents\.(duplicate|delete)$/u, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 300))
    await route.continue()
  })
  await page.goto(host.url)
  await page
    .getByRole('button', { name: /^Nhân bản/u })
    .first()
    .dblclick()
  await expect(page.locator('.toast').filter({ hasText: 'Đã tạo bản sao' })).toHaveCount(1)
  await expect.poll(() => readdirSync(host.libraryDir).sort()).toEqual(['Báo cáo quý (bản sao).baocao', 'Báo cáo quý.baocao'])

  await page.getByRole('button', { name: /^Xóa/u }).first().dblclick()
  await expect(page.locator('.toast').filter({ hasText: 'vào thùng rác' })).toHaveCount(1)
  await expect.poll(() => readdirSync(host.libraryDir).filter((name) => name.endsWith('.baocao'))).toHaveLength(1)
  // Nothing failed: no "Không chuyển được … vào thùng rác" for the second click.
  await expect(page.locator('.toast').filter({ hasText: 'Không chuyển được' })).toHaveCount(0)
})

test('the rename dialog says which characters a file name cannot have, before anything is sent', async ({ page, host }) => {
  mkdirSync(host.libraryDir, { recursive: true })
  writeFileSync(join(host.libraryDir, 'Báo cáo quý.baocao'), `${JSON.stringify(makeFixture(1).report, null, 2)}\n`)
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Đổi tên' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'Đổi tên báo cáo' })
  const field = dialog.getByLabel('Tên tệp mới')
  const confirm = dialog.getByRole('button', { name: 'Đổi tên' })
  for (const name of ['Báo cáo 6/2026', 'a:b', '..', 'Báo cáo "quý"']) {
    await field.fill(name)
    await expect(dialog.getByRole('alert')).toHaveText('Tên tệp không được có các ký tự \\ / : * ? " < > | và không được chỉ là dấu chấm.')
    await expect(confirm).toBeDisabled()
    await expect(field).toHaveAttribute('aria-invalid', 'true')
  }
  await field.fill('Báo cáo 6 tháng 2026')
  await expect(dialog.getByRole('alert')).toHaveCount(0)
  await confirm.click()
  await expect(page.getByText('Báo cáo 6 tháng 2026.baocao', { exact: true })).toBeVisible()
  expect(readdirSync(host.libraryDir)).toContain('Báo cáo 6 tháng 2026.baocao')
})
