/**
 * Old files through the UI, as a clerk would: a Word report typed in the ABC (TCVN3) and VNI
 * fonts opened with "Mở từ Word…", a Word 97–2003 .doc dropped on the home screen, and TCVN3
 * text pasted from an old document — all in Unicode, with the notice saying what was converted
 * and what a .doc loses. Unicode and English pastes are left alone.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { TCVN3_HTML, tcvn3Report, toTcvn3, toTcvn3Capitals } from '../unit/import/legacy-fixtures'
import { convertWithLibreOffice } from '../support/libreoffice'
import { missing, soffice } from '../support/prereqs'

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

test('a report typed in TCVN3 and VNI fonts opens in Unicode and says what was converted', async ({ page, host }) => {
  await page.goto(host.url)
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Mở từ Word…' }).click()
  await (await chooser).setFiles({ name: 'Bao cao 2005.docx', mimeType: DOCX, buffer: Buffer.from(await tcvn3Report()) })

  const notice = page.getByRole('dialog', { name: 'Đã mở từ Word: Bao cao 2005.docx' })
  await expect(notice).toContainText(/Đã chuyển mã TCVN3 → Unicode \(\d+ đoạn chữ\)/u)
  await expect(notice).toContainText('Đã chuyển mã VNI → Unicode (1 đoạn chữ)')
  await page.screenshot({ path: 'test-results/legacy-notice.png' })
  await notice.getByRole('button', { name: 'Đã hiểu' }).click()

  const economy = page.getByRole('textbox', { name: /Kinh tế/u })
  await expect(economy).toContainText('Thu ngân sách ước đạt 2.150 triệu đồng, đạt 107% dự toán; người dân đồng thuận')
  await expect(economy).toContainText('Công tác y tế được thực hiện tốt')
  await expect(economy).toContainText('Đoạn gõ bằng Unicode; tiếp theo gõ bằng bảng mã TCVN3.')
  const header = page.getByRole('group', { name: 'Phần đầu văn bản như khi in' })
  await expect(header).toContainText('PHƯỜNG TÂN CHÍNH')
  await expect(header).toContainText('Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2005')
  await page.screenshot({ path: 'test-results/legacy-editor.png' })
})

test('a Word 97–2003 .doc dropped on the home screen opens, with what it loses listed', async ({ page, host }) => {
  test.skip(missing(soffice), `LibreOffice not found — install with: ${soffice.install}`)
  const dir = mkdtempSync(join(tmpdir(), 'sbc-e2e-doc-'))
  try {
    writeFileSync(join(dir, 'bao-cao-2005.html'), TCVN3_HTML)
    const doc = readFileSync(convertWithLibreOffice([join(dir, 'bao-cao-2005.html')], 'doc:MS Word 97', dir)[0] ?? '')
    await page.goto(host.url)
    const transfer = await page.evaluateHandle((base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
      const data = new DataTransfer()
      data.items.add(new File([bytes], 'Bao cao 2005.doc', { type: 'application/msword' }))
      return data
    }, doc.toString('base64'))
    await page.locator('.drop-zone').dispatchEvent('dragover', { dataTransfer: transfer })
    await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer: transfer })

    const notice = page.getByRole('dialog', { name: 'Đã mở từ Word: Bao cao 2005.doc' })
    await expect(notice).toContainText('Đã chuyển mã TCVN3 → Unicode')
    await expect(notice).toContainText('Tệp Word 97–2003 (.doc)')
    await notice.getByRole('button', { name: 'Đã hiểu' }).click()
    await expect(page.getByRole('textbox', { name: /Kinh tế/u })).toContainText('đạt 107% dự toán')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('TCVN3 text pasted from an old document becomes Unicode; Unicode and English are left alone', async ({ page, host }) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Tạo báo cáo mới' }).first().click()
  await page.getByRole('radio', { name: 'UBND phường', exact: true }).check()
  await page.getByRole('button', { name: 'Tạo báo cáo', exact: true }).click()
  const box = page.getByRole('textbox', { name: 'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH' })
  await box.click()
  await page.keyboard.press('Control+A')
  await page.keyboard.press('Delete')

  const paste = async (html: string, plain: string): Promise<void> => {
    await box.evaluate(
      (element, [h, p]) => {
        const data = new DataTransfer()
        if (h) data.setData('text/html', h)
        data.setData('text/plain', p ?? '')
        element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
      },
      [html, plain],
    )
  }

  // From Word: the fonts are on the clipboard; a capitals font gives capitals.
  await paste(
    `<html><body><p><span style="font-family:'.VnTimeH'">${toTcvn3Capitals('Kết quả')}</span> <span style="font-family:.VnTime">${toTcvn3('công tác cải cách hành chính')}</span></p></body></html>`,
    'fallback',
  )
  await expect(box).toContainText('KẾT QUẢ công tác cải cách hành chính')
  await expect(page.locator('.toast', { hasText: 'Đã chuyển mã TCVN3 → Unicode' })).toBeVisible()

  // Plain text: recognised by its characters.
  await page.keyboard.press('Enter')
  await paste('', toTcvn3('Phường đã hoàn thành 100% chỉ tiêu.'))
  await expect(box).toContainText('Phường đã hoàn thành 100% chỉ tiêu.')

  // Unicode Vietnamese and English: pasted as they are, nothing said.
  await page.keyboard.press('Enter')
  await page.locator('.toast').evaluateAll((toasts) => toasts.forEach((t) => t.remove()))
  await paste('', 'Tôi có ý kiến. Hello world. Café, São Paulo, Müller.')
  await expect(box).toContainText('Tôi có ý kiến. Hello world. Café, São Paulo, Müller.')
  await expect(page.locator('.toast', { hasText: 'Đã chuyển mã' })).toHaveCount(0)
})
