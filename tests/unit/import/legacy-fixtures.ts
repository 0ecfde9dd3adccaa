/**
 * Word files typed in the legacy fonts, as ward archives hold them: the body in `.VnTime` set as
 * the document's default font (no font on the runs), the header and headings in `.VnTimeH` typed
 * in lower case, one paragraph in `VNI-Times`, one paragraph mixing Unicode and TCVN3 runs, an
 * English line, and "ư" stored as `<w:softHyphen/>` as Word and LibreOffice may write byte 0xAD.
 */
import JSZip from 'jszip'
import { AlignmentType, Document, Packer, Paragraph, Tab, TextRun, type FileChild } from 'docx'
import { BASES, TCVN3_OTHERS, TCVN3_VOWELS, TONES, VNI_D, VNI_VOWELS } from '../../../core/import/legacy-encoding/tables'

function encoder(
  table: (base: (typeof BASES)[number], tone: number) => string,
  extra: Record<string, string>,
  capitals: boolean,
): (text: string) => string {
  const map = new Map<string, string>(Object.entries(extra))
  for (const base of BASES) {
    TONES.forEach((mark, tone) => {
      const letter = (base + mark).normalize('NFC')
      map.set(letter, table(base, tone))
      if (capitals) map.set(letter.toUpperCase(), table(base, tone).toUpperCase())
    })
  }
  return (text) =>
    [...text.normalize('NFC')]
      .map((c) => {
        const mapped = map.get(c)
        if (mapped !== undefined) return mapped
        // TCVN3 has no capitals with tones: a fixture must spell them as a typist did ("Uỷ").
        if (c.charCodeAt(0) > 0x7f && c !== c.toLowerCase()) throw new Error(`No legacy spelling for "${c}"`)
        return c
      })
      .join('')
}

/** Unicode → TCVN3; capitals with tones have no code (write "Uỷ ban", or use {@link toTcvn3Capitals}). */
export const toTcvn3 = encoder(
  (base, tone) => TCVN3_VOWELS[base].charAt(tone),
  Object.fromEntries(Object.entries(TCVN3_OTHERS).map(([byte, letter]) => [letter, byte])),
  false,
)
/** Unicode → what a typist in a capitals font (`.VnTimeH`) types: the small-letter bytes. */
export const toTcvn3Capitals = (text: string): string => toTcvn3(text.toLowerCase())
/** Unicode → VNI. */
export const toVni = encoder((base, tone) => VNI_VOWELS[base][tone] ?? '', { đ: VNI_D, Đ: VNI_D.toUpperCase() }, true)

const SOFT_HYPHEN_MARK = '{SH}'
const vnTimeH = (text: string, bold = true): TextRun => new TextRun({ text: toTcvn3Capitals(text), font: '.VnTimeH', bold })
const tab = (): TextRun => new TextRun({ children: [new Tab()] })
/** Body text in the default font (.VnTime), with every "ư" stored as a soft hyphen element. */
const body = (text: string): Paragraph => new Paragraph(toTcvn3(text).replaceAll('\u00AD', SOFT_HYPHEN_MARK))

/** A year-end report of 2005 typed in the ABC fonts, with one VNI paragraph and one mixed. */
export async function tcvn3Report(): Promise<Uint8Array> {
  const children: FileChild[] = [
    new Paragraph({ children: [vnTimeH('Ủy ban nhân dân'), tab(), tab(), vnTimeH('Cộng hoà xã hội chủ nghĩa Việt Nam')] }),
    new Paragraph({
      children: [vnTimeH('Phường Tân Chính'), tab(), tab(), new TextRun({ text: toTcvn3('Độc lập - Tự do - Hạnh phúc'), bold: true })],
    }),
    new Paragraph({
      children: [
        new TextRun(toTcvn3('Số: 35/BC-UBND')),
        tab(),
        tab(),
        new TextRun({ text: toTcvn3('Tân Chính, ngày 15 tháng 12 năm 2005'), italics: true }),
      ],
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [vnTimeH('Báo cáo')] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: toTcvn3('Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2005'), bold: true })],
    }),
    body('Thực hiện Nghị quyết của Hội đồng nhân dân phường, Uỷ ban nhân dân phường báo cáo như sau:'),
    new Paragraph({ children: [vnTimeH('I. Kết quả thực hiện nhiệm vụ năm 2005')] }),
    new Paragraph({ children: [vnTimeH('1. Kinh tế')] }),
    body('Thu ngân sách ước đạt 2.150 triệu đồng, đạt 107% dự toán; người dân đồng thuận, phường đạt chuẩn văn minh đô thị.'),
    new Paragraph({
      children: [
        new TextRun({ text: toVni('Công tác y tế được thực hiện tốt, tiêm chủng đạt 98%; trường học được sửa chữa.'), font: 'VNI-Times' }),
      ],
    }),
    new Paragraph({
      children: [
        new TextRun({ text: 'Đoạn gõ bằng Unicode; ', font: 'Times New Roman' }),
        new TextRun({ text: toTcvn3('tiếp theo gõ bằng bảng mã TCVN3.'), font: '.VnTime' }),
      ],
    }),
    new Paragraph({ children: [new TextRun({ text: 'Budget report, version 2.0 (English).', font: 'Arial' })] }),
    new Paragraph({ children: [vnTimeH('II. Phương hướng, nhiệm vụ năm 2006')] }),
    body('Tiếp tục đẩy mạnh cải cách hành chính, phấn đấu thu ngân sách vượt 10% dự toán.'),
    new Paragraph({
      children: [new TextRun({ text: toTcvn3('Nơi nhận:'), bold: true, italics: true }), tab(), tab(), vnTimeH('TM. Ủy ban nhân dân')],
    }),
    new Paragraph({ children: [new TextRun(toTcvn3('- UBND quận;')), tab(), tab(), vnTimeH('Chủ tịch')] }),
    body('- Lưu: VP.'),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: toTcvn3('Nguyễn Văn Bình'), bold: true })] }),
  ]
  const document = new Document({ styles: { default: { document: { run: { font: '.VnTime', size: 28 } } } }, sections: [{ children }] })
  const zip = await JSZip.loadAsync(await Packer.toArrayBuffer(document))
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
  zip.file('word/document.xml', xml.replaceAll(SOFT_HYPHEN_MARK, '</w:t><w:softHyphen/><w:t xml:space="preserve">'))
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array' }))
}

const span = (font: string, text: string): string =>
  `<span style="font-family:'${font}'">${text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;')}</span>`
const vn = (text: string): string => span('.VnTime', toTcvn3(text))
const vnH = (text: string): string => span('.VnTimeH', toTcvn3Capitals(text))

/**
 * The same report of 2005 as a web page in the ABC fonts, for LibreOffice to write as .doc or
 * RTF: the header and signature in tables, headings in `.VnTimeH`, a VNI paragraph, a mixed one,
 * an English one and a table of figures.
 */
export const TCVN3_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>Bao cao</title></head><body>
<table style="width:100%"><tr><td style="text-align:center"><b>${vnH('Ủy ban nhân dân')}<br>${vnH('Phường Tân Chính')}</b></td>
<td style="text-align:center"><b>${vnH('Cộng hoà xã hội chủ nghĩa Việt Nam')}</b><br><b>${vn('Độc lập - Tự do - Hạnh phúc')}</b></td></tr>
<tr><td style="text-align:center">${vn('Số: 35/BC-UBND')}</td><td style="text-align:center"><i>${vn('Tân Chính, ngày 15 tháng 12 năm 2005')}</i></td></tr></table>
<p align="center"><b>${vnH('Báo cáo')}</b></p>
<p align="center"><b>${vn('Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2005')}</b></p>
<p align="justify">${vn('Thực hiện Nghị quyết của Hội đồng nhân dân phường, Uỷ ban nhân dân phường báo cáo như sau:')}</p>
<p><b>${vnH('I. Kết quả thực hiện nhiệm vụ năm 2005')}</b></p>
<p><b>${vn('1. Kinh tế')}</b></p>
<p align="justify">${vn('Thu ngân sách ước đạt 2.150 triệu đồng, ')}<b>${vn('đạt 107% dự toán')}</b>${vn('; người dân đồng thuận, phường đạt chuẩn văn minh đô thị.')}</p>
<p>${span('VNI-Times', toVni('Công tác y tế được thực hiện tốt, tiêm chủng đạt 98%; trường học được sửa chữa.'))}</p>
<p>${span('Times New Roman', 'Đoạn gõ bằng Unicode; ')}${vn('tiếp theo gõ bằng bảng mã TCVN3.')}</p>
<p>${span('Arial', 'Budget report, version 2.0 (English).')}</p>
<table border="1"><tr><td>${vn('Chỉ tiêu')}</td><td>${vn('Kết quả')}</td></tr><tr><td>${vn('Thu ngân sách')}</td><td>${vn('107%')}</td></tr></table>
<p><b>${vnH('II. Phương hướng, nhiệm vụ năm 2006')}</b></p>
<p>${vn('Tiếp tục đẩy mạnh cải cách hành chính, phấn đấu thu ngân sách vượt 10% dự toán.')}</p>
<table style="width:100%"><tr><td><b><i>${vn('Nơi nhận:')}</i></b><br>${vn('- UBND quận;')}<br>${vn('- Lưu: VP.')}</td>
<td style="text-align:center"><b>${vnH('TM. Ủy ban nhân dân')}<br>${vnH('Chủ tịch')}</b><br><br><b>${vn('Nguyễn Văn Bình')}</b></td></tr></table>
</body></html>`

/** The header and signature both fixtures hold, as the import should recognise them. */
export const TCVN3_REPORT_META = {
  issuer: 'ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN CHÍNH',
  number: '35',
  symbol: 'BC-UBND',
  place: 'Tân Chính',
  date: '2005-12-15',
  period: { kind: 'year', year: 2005 },
  title: 'Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2005',
  signer: { authority: 'TM', body: 'ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Nguyễn Văn Bình' },
  recipients: ['UBND quận'],
  archive: 'VP',
}
