/**
 * Nothing typed is lost, as a clerk sees it: "Lịch sử phiên bản" puts an earlier version back
 * and "Hoàn tác" undoes that; and text that never reached the file survives a kill -9 of the
 * browser-mode host, to be offered by a new host on the same data folder ("Khôi phục").
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, startHost, test } from './fixtures'

const LEADERSHIP = 'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH'

async function createReport(page: Page, year: number): Promise<void> {
  await page.getByRole('button', { name: 'Tạo báo cáo mới' }).first().click()
  await page.getByRole('radio', { name: 'Báo cáo tổng kết năm' }).check()
  await page.getByRole('radio', { name: 'UBND phường', exact: true }).check()
  await page.getByLabel('Năm báo cáo').fill(String(year))
  await page.getByRole('button', { name: 'Tạo báo cáo', exact: true }).click()
  await expect(page.getByRole('textbox', { name: LEADERSHIP })).toBeVisible()
}

function fileText(libraryDir: string, year: number): string {
  return readFileSync(join(libraryDir, `Báo cáo tổng kết năm ${year}.baocao`), 'utf8')
}

test('"Lịch sử phiên bản" restores an earlier version, and "Hoàn tác" brings the newer one back', async ({ page, host }) => {
  const first = 'Phiên bản thứ nhất: đã ban hành 45 kế hoạch.'
  const second = 'Phiên bản thứ hai: bổ sung 12 chỉ thị.'
  await page.goto(host.url)
  await createReport(page, 2031)
  const box = page.getByRole('textbox', { name: LEADERSHIP })
  await box.click()
  await page.keyboard.type(first)
  await expect.poll(() => fileText(host.libraryDir, 2031)).toContain(first)

  // A new session: its first save keeps the version on disk (the first one) in the history.
  await page.reload()
  await expect(box).toContainText(first)
  await box.click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type(` ${second}`)
  await expect.poll(() => fileText(host.libraryDir, 2031)).toContain(second)

  await page.getByRole('button', { name: 'Tệp' }).click()
  await page.getByRole('menuitem', { name: 'Lịch sử phiên bản' }).click()
  const dialog = page.getByRole('dialog', { name: 'Lịch sử phiên bản' })
  await expect(dialog.getByText('Bản đã lưu').first()).toBeVisible()
  await dialog
    .getByRole('button', { name: /^Khôi phục phiên bản lưu lúc/ })
    .first()
    .click()
  await expect(dialog).toBeHidden()
  await expect(box).toContainText(first)
  await expect(box).not.toContainText(second)
  await expect.poll(() => fileText(host.libraryDir, 2031)).not.toContain(second)

  await page.locator('.toasts').getByRole('button', { name: 'Hoàn tác' }).click()
  await expect(box).toContainText(second)
  await expect.poll(() => fileText(host.libraryDir, 2031)).toContain(second)
})

test('text that never reached the file survives kill -9 of the host and is offered by the next one', async ({ page }) => {
  const unsaved = 'Nội dung gõ ngay trước khi mất điện: 8.833 hồ sơ đúng hạn.'
  const dataDir = mkdtempSync(join(tmpdir(), 'sbc-e2e-kill-'))
  const first = await startHost(dataDir)
  let second: Awaited<ReturnType<typeof startHost>> | null = null
  try {
    await page.goto(first.url)
    await createReport(page, 2032)
    // The saves never reach the host (a hung disk, the host dies first); only the journal does.
    await page.route('**/api/documents.save', (route) => route.abort())
    await page.getByRole('textbox', { name: LEADERSHIP }).click()
    await page.keyboard.type(unsaved)
    const journal = (): string =>
      readdirSync(dataDir, { recursive: true, withFileTypes: true })
        .filter((e) => e.parentPath.endsWith('recovery'))
        .filter((e) => e.isFile() && e.name.endsWith('.json'))
        .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'))
        .join('\n')
    await expect.poll(() => journal(), { timeout: 10_000 }).toContain(unsaved)
    expect(fileText(first.libraryDir, 2032)).not.toContain(unsaved)

    const exited = new Promise((done) => first.process.once('exit', done))
    first.process.kill('SIGKILL')
    await exited
    await page.unroute('**/api/documents.save')

    second = await startHost(dataDir)
    await page.goto(second.url)
    const prompt = page.getByRole('region', { name: 'Khôi phục nội dung chưa lưu' })
    await expect(prompt).toBeVisible()
    await expect(prompt).toContainText('Báo cáo tổng kết năm 2032.baocao')
    await prompt.getByRole('button', { name: /^Khôi phục nội dung chưa lưu của/ }).click()
    await expect(page.getByRole('textbox', { name: LEADERSHIP })).toContainText(unsaved)
    expect(fileText(second.libraryDir, 2032)).toContain(unsaved)
    await expect(page.getByText('Đã khôi phục nội dung chưa lưu')).toBeVisible()
    await expect(prompt).toBeHidden()
  } finally {
    first.process.kill('SIGKILL')
    second?.process.kill('SIGKILL')
    rmSync(dataDir, { recursive: true, force: true })
  }
})

test('a file changed on disk by another program is not overwritten: "Giữ bản của tôi" saves a copy', async ({ page, host }) => {
  const mine = 'Bản của tôi: số liệu đã đối chiếu với phòng Kinh tế.'
  await page.goto(host.url)
  await createReport(page, 2033)
  const path = join(host.libraryDir, 'Báo cáo tổng kết năm 2033.baocao')
  // Another program rewrites the file while it is open.
  const theirs = readFileSync(path, 'utf8').replace('"number": "', '"number": "99')
  writeFileSync(path, theirs)
  await page.getByRole('textbox', { name: LEADERSHIP }).click()
  await page.keyboard.type(mine)
  const dialog = page.getByRole('dialog', { name: 'Tệp đã bị thay đổi ở nơi khác' })
  await expect(dialog).toContainText('vừa bị thay đổi ở nơi khác')
  expect(readFileSync(path, 'utf8')).toBe(theirs)
  await dialog.getByRole('button', { name: 'Giữ bản của tôi (lưu thành bản sao)' }).click()
  await expect(dialog).toBeHidden()
  const copy = join(host.libraryDir, 'Báo cáo tổng kết năm 2033 (bản của tôi).baocao')
  await expect.poll(() => readFileSync(copy, 'utf8')).toContain(mine)
  expect(readFileSync(path, 'utf8')).toBe(theirs)
  // Editing goes on in the copy.
  await expect(page.locator('.doc-sub')).toContainText('Báo cáo tổng kết năm 2033 (bản của tôi).baocao')
  await page.getByRole('textbox', { name: LEADERSHIP }).click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type(' Thêm.')
  await expect.poll(() => readFileSync(copy, 'utf8')).toContain('Thêm.')
  expect(readFileSync(path, 'utf8')).toBe(theirs)
})

test('the same report opened in a second tab is read-only, with the reason', async ({ page, host, context }) => {
  await page.goto(host.url)
  await createReport(page, 2034)
  const second = await context.newPage()
  await second.goto(host.url)
  await second
    .getByRole('button', { name: /^Mở báo cáo .*năm 2034/ })
    .first()
    .click()
  await expect(second.getByRole('alert').filter({ hasText: 'đang được mở ở cửa sổ hoặc chương trình khác' })).toBeVisible()
  await expect(second.getByRole('status')).toContainText('Chỉ xem')
  await second.close()
})

test('a 20 MB paste is refused at once, the page stays responsive, and a normal paste still works', async ({ page, host }) => {
  await page.goto(host.url)
  await createReport(page, 2035)
  const box = page.getByRole('textbox', { name: LEADERSHIP })
  await box.click()
  /** Paste `text` repeated `times` times (built in the page); returns the characters pasted and the time it took. */
  const paste = (text: string, times: number): Promise<{ chars: number; ms: number }> =>
    box.evaluate(
      (element, [value, count]) => {
        const data = new DataTransfer()
        data.setData('text/plain', value.repeat(count))
        const started = performance.now()
        element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
        return { chars: data.getData('text/plain').length, ms: performance.now() - started }
      },
      [text, times] as const,
    )
  const huge = await paste('Ủy ban nhân dân phường ', 900_000)
  expect(huge.chars).toBeGreaterThan(20_000_000)
  expect(huge.ms).toBeLessThan(2000)
  await expect(page.locator('.toasts')).toContainText('Nội dung dán quá lớn')
  await expect(box).not.toContainText('Ủy ban nhân dân phường Ủy ban nhân dân phường')
  await paste('Đoạn dán bình thường.', 1)
  await expect(box).toContainText('Đoạn dán bình thường.')
  await expect.poll(() => fileText(host.libraryDir, 2035)).toContain('Đoạn dán bình thường.')
})

test('a damaged file is refused untouched and its newest valid backup is offered', async ({ page, host }) => {
  const text = 'Nội dung trước khi tệp bị hỏng.'
  await page.goto(host.url)
  await createReport(page, 2036)
  await page.getByRole('textbox', { name: LEADERSHIP }).click()
  await page.keyboard.type(text)
  // The first save of the session keeps the file as created in the history.
  await expect.poll(() => fileText(host.libraryDir, 2036)).toContain(text)
  const path = join(host.libraryDir, 'Báo cáo tổng kết năm 2036.baocao')
  const damaged = fileText(host.libraryDir, 2036).slice(0, 300)
  writeFileSync(path, damaged)
  await page.getByRole('button', { name: /Trang chủ/ }).click()
  await page.getByRole('button', { name: 'Mở báo cáo Báo cáo tổng kết năm 2036.baocao' }).click()
  const toast = page.locator('.toasts')
  await expect(toast).toContainText('Tệp không đọc được')
  await toast.getByRole('button', { name: 'Mở bản sao lưu gần nhất' }).click()
  await expect(page.locator('.doc-sub')).toContainText('Báo cáo tổng kết năm 2036 (khôi phục).baocao')
  await expect(page.getByRole('textbox', { name: LEADERSHIP })).toBeVisible()
  expect(readFileSync(path, 'utf8')).toBe(damaged)
})

test('a damaged settings file does not stop the app: it is set aside, kept, and the clerk is told once', async ({ page }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sbc-e2e-settings-'))
  writeFileSync(join(dataDir, 'settings.json'), '{"office": {"place": "Hòa Kh')
  const host = await startHost(dataDir)
  try {
    await page.goto(host.url)
    await expect(page.getByText('Tệp cài đặt bị hỏng nên không đọc được')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Tạo báo cáo mới' }).first()).toBeVisible()
    expect(readdirSync(dataDir).some((n) => /^settings\.damaged-.+\.json$/u.test(n))).toBe(true)
    await page.reload()
    await expect(page.getByRole('button', { name: 'Tạo báo cáo mới' }).first()).toBeVisible()
    await expect(page.getByText('Tệp cài đặt bị hỏng nên không đọc được')).toHaveCount(0)
  } finally {
    host.process.kill('SIGKILL')
    rmSync(dataDir, { recursive: true, force: true })
  }
})
