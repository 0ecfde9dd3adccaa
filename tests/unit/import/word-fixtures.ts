/**
 * Word files built with the `docx` library in layouts our exporter never writes: Word heading
 * styles, real Word lists (automatic numbering and bullets), the header typed as paragraphs with
 * tabs, the signature as paragraphs, and the things an import cannot keep (an image, a comment,
 * a footnote, a hyperlink, tracked changes, a text box, a table inside a table), and a table of
 * contents, which is left out.
 */
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  InsertedTextRun,
  LevelFormat,
  Packer,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableRow,
  Textbox,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx'

// A 1×1 transparent PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')

export async function pack(
  children: FileChild[],
  options: { numbering?: boolean; comments?: boolean; footnotes?: boolean } = {},
): Promise<Uint8Array> {
  const document = new Document({
    creator: 'Phòng Văn hóa - Xã hội',
    ...(options.numbering
      ? {
          numbering: {
            config: [
              {
                reference: 'headings',
                levels: [
                  { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.', alignment: AlignmentType.LEFT },
                  { level: 1, format: LevelFormat.DECIMAL, text: '%2.', alignment: AlignmentType.LEFT },
                ],
              },
              {
                reference: 'bullets',
                levels: [
                  { level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT },
                  { level: 1, format: LevelFormat.BULLET, text: '◦', alignment: AlignmentType.LEFT },
                ],
              },
              { reference: 'steps', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1)', alignment: AlignmentType.LEFT }] },
            ],
          },
        }
      : {}),
    ...(options.comments
      ? {
          comments: {
            children: [
              {
                id: 0,
                author: 'Chánh Văn phòng',
                date: new Date('2025-12-01T00:00:00Z'),
                children: [new Paragraph('Kiểm tra lại số liệu này.')],
              },
            ],
          },
        }
      : {}),
    ...(options.footnotes ? { footnotes: { 1: { children: [new Paragraph('Số liệu của Chi cục Thống kê.')] } } } : {}),
    sections: [{ children }],
  })
  return new Uint8Array(await Packer.toArrayBuffer(document))
}

const bold = (text: string): TextRun => new TextRun({ text, bold: true })
const tab = (): TextRun => new TextRun({ children: [new Tab()] })

function cell(children: (Paragraph | Table)[]): TableCell {
  return new TableCell({ width: { size: 3000, type: WidthType.DXA }, children })
}

/**
 * A state report as a clerk types it in Word: header lines with tabs, "BÁO CÁO", the title,
 * headings in Word heading styles numbered by a Word list, bullets and steps as Word lists, a
 * table with a nested table, and the signature typed as paragraphs.
 */
export async function wordStyledReport(): Promise<Uint8Array> {
  const children: FileChild[] = [
    new Paragraph({ children: [bold('ỦY BAN NHÂN DÂN'), tab(), tab(), bold('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')] }),
    new Paragraph({ children: [bold('PHƯỜNG TÂN CHÍNH'), tab(), tab(), bold('Độc lập - Tự do - Hạnh phúc')] }),
    new Paragraph({
      children: [new TextRun('Số: 12/BC-UBND'), tab(), tab(), new TextRun({ text: 'Tân Chính, ngày 20 tháng 12 năm 2025', italics: true })],
    }),
    new Paragraph(''),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [bold('BÁO CÁO')] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [bold('Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2025;')],
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [bold('phương hướng, nhiệm vụ năm 2026')] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('_______________')] }),
    new Paragraph(''),
    new Paragraph({ style: 'TOC1', children: [new TextRun('I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025'), tab(), new TextRun('1')] }),
    new Paragraph({ style: 'TOC1', children: [new TextRun('II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026'), tab(), new TextRun('3')] }),
    new Paragraph('Thực hiện Nghị quyết của Hội đồng nhân dân phường, Ủy ban nhân dân phường báo cáo như sau:'),
    new Paragraph({
      text: 'Kết quả thực hiện nhiệm vụ năm 2025',
      heading: HeadingLevel.HEADING_1,
      numbering: { reference: 'headings', level: 0 },
    }),
    new Paragraph({
      text: 'Công tác lãnh đạo, chỉ đạo, điều hành',
      heading: HeadingLevel.HEADING_2,
      numbering: { reference: 'headings', level: 1 },
    }),
    new Paragraph({
      children: [
        new TextRun('Ban hành 45 kế hoạch'),
        new TextRun({ text: ' (đạt 100%)', bold: true }),
        new TextRun('; tổ chức họp giao ban hằng tuần.'),
      ],
    }),
    new Paragraph(''),
    new Paragraph({ text: 'Cải cách hành chính', numbering: { reference: 'bullets', level: 0 } }),
    new Paragraph({ text: 'Tiếp nhận 8.833 hồ sơ', numbering: { reference: 'bullets', level: 1 } }),
    new Paragraph({ text: 'Chuyển đổi số', numbering: { reference: 'bullets', level: 0 } }),
    new Paragraph({ text: 'Kết quả trên các lĩnh vực', heading: HeadingLevel.HEADING_2, numbering: { reference: 'headings', level: 1 } }),
    new Paragraph({
      children: [
        new TextRun('Thu ngân sách ước đạt 21 tỷ đồng'),
        new FootnoteReferenceRun(1),
        new TextRun(', '),
        new InsertedTextRun({ text: 'tăng 12,3% so với cùng kỳ', id: 1, author: 'Kế toán', date: '2025-12-01T00:00:00Z' }),
        new DeletedTextRun({ text: 'giảm 5%', id: 2, author: 'Kế toán', date: '2025-12-01T00:00:00Z' }),
        new TextRun('.'),
      ],
    }),
    new Paragraph({
      children: [
        new CommentRangeStart(0),
        new TextRun('Giao quân 22/17 thanh niên, đạt 129,41%.'),
        new CommentRangeEnd(0),
        new TextRun({ children: [new CommentReference(0)] }),
      ],
    }),
    new Paragraph({
      children: [
        new TextRun('Xem thêm tại '),
        new ExternalHyperlink({
          link: 'https://example.invalid/bao-cao',
          children: [new TextRun({ text: 'cổng thông tin phường', style: 'Hyperlink' })],
        }),
        new TextRun('.'),
      ],
    }),
    new Paragraph({ children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 20, height: 20 } })] }),
    new Table({
      rows: [
        new TableRow({
          tableHeader: true,
          children: [cell([new Paragraph({ children: [bold('Lĩnh vực')] })]), cell([new Paragraph({ children: [bold('Kết quả')] })])],
        }),
        new TableRow({ children: [cell([new Paragraph('Y tế')]), cell([new Paragraph('Tiêm chủng đạt 98%')])] }),
        new TableRow({
          children: [
            cell([new Paragraph('Giáo dục')]),
            cell([
              new Table({
                rows: [
                  new TableRow({ children: [cell([new Paragraph('Mầm non')]), cell([new Paragraph('3 trường')])] }),
                  new TableRow({ children: [cell([new Paragraph('Tiểu học')]), cell([new Paragraph('2 trường')])] }),
                ],
              }),
            ]),
          ],
        }),
      ],
    }),
    new Textbox({ style: { width: '200pt', height: '50pt' }, children: [new Paragraph('Ghi chú trong khung: số liệu ước đến 14/12.')] }),
    new Paragraph({
      text: 'Phương hướng, nhiệm vụ năm 2026',
      heading: HeadingLevel.HEADING_1,
      numbering: { reference: 'headings', level: 0 },
    }),
    new Paragraph({ text: 'Hoàn thành thu ngân sách', numbering: { reference: 'steps', level: 0 } }),
    new Paragraph({ text: 'Đẩy mạnh chuyển đổi số', numbering: { reference: 'steps', level: 0 } }),
    new Paragraph(''),
    new Paragraph(''),
    new Paragraph({ children: [new TextRun({ text: 'Nơi nhận:', bold: true, italics: true }), tab(), tab(), bold('TM. ỦY BAN NHÂN DÂN')] }),
    new Paragraph({ children: [new TextRun('- UBND thành phố Đà Nẵng;'), tab(), tab(), bold('CHỦ TỊCH')] }),
    new Paragraph('- Thường trực Đảng ủy phường;'),
    new Paragraph('- Lưu: VT, VP.'),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: '(Đã ký)', italics: true })] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [bold('Lê Hồng Nam')] }),
  ]
  return pack(children, { numbering: true, comments: true, footnotes: true })
}

/**
 * A Party report: the header as a two-column table of other widths, headings typed in bold
 * capitals without numbers and "1-" sub-headings, and the signature table "T/M ĐẢNG ỦY".
 */
export async function partyReport(): Promise<Uint8Array> {
  const headerCell = (paragraphs: Paragraph[]): TableCell =>
    new TableCell({ width: { size: 4500, type: WidthType.DXA }, children: paragraphs })
  const center = (runs: TextRun[]): Paragraph => new Paragraph({ alignment: AlignmentType.CENTER, children: runs })
  return pack([
    new Table({
      rows: [
        new TableRow({
          children: [
            headerCell([
              center([new TextRun('ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG')]),
              center([bold('ĐẢNG ỦY PHƯỜNG THANH KHÊ TÂY')]),
              center([new TextRun('*')]),
              center([new TextRun('Số 45-BC/ĐU')]),
            ]),
            headerCell([
              center([bold('ĐẢNG CỘNG SẢN VIỆT NAM')]),
              center([new TextRun({ text: 'Thanh Khê Tây, ngày 05 tháng 7 năm 2025', italics: true })]),
            ]),
          ],
        }),
      ],
    }),
    center([bold('BÁO CÁO')]),
    center([bold('sơ kết công tác 6 tháng đầu năm 2025, phương hướng, nhiệm vụ 6 tháng cuối năm 2025')]),
    center([new TextRun('-----')]),
    new Paragraph('Thực hiện Chương trình công tác năm 2025, Ban Thường vụ Đảng ủy báo cáo như sau:'),
    new Paragraph({ children: [bold('KẾT QUẢ LÃNH ĐẠO THỰC HIỆN NHIỆM VỤ')] }),
    new Paragraph({ children: [bold('1- Công tác xây dựng Đảng và hệ thống chính trị')] }),
    new Paragraph('Kết nạp 03/08 đảng viên mới (đạt 37,5% chỉ tiêu).'),
    new Paragraph({ children: [bold('2- Lãnh đạo thực hiện nhiệm vụ quốc phòng - an ninh')] }),
    new Paragraph('Giao quân đạt 100% chỉ tiêu.'),
    new Paragraph({ children: [bold('PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025')] }),
    new Paragraph('Tiếp tục nâng cao chất lượng sinh hoạt chi bộ.'),
    new Table({
      rows: [
        new TableRow({
          children: [
            new TableCell({
              width: { size: 4000, type: WidthType.DXA },
              children: [
                new Paragraph({ children: [new TextRun({ text: 'Nơi nhận:', underline: {} })] }),
                new Paragraph('- Ban Thường vụ Thành ủy,'),
                new Paragraph('- Các chi bộ trực thuộc,'),
                new Paragraph('- Lưu Văn phòng Đảng ủy.'),
              ],
            }),
            new TableCell({
              width: { size: 5000, type: WidthType.DXA },
              children: [
                center([bold('T/M ĐẢNG ỦY')]),
                center([new TextRun('PHÓ BÍ THƯ')]),
                new Paragraph(''),
                new Paragraph(''),
                center([bold('Lê Thị Mai')]),
              ],
            }),
          ],
        }),
      ],
    }),
  ])
}

/** A plain letter-like file: no header, no headings, empty paragraphs between the text. */
export async function plainText(): Promise<Uint8Array> {
  return pack([
    new Paragraph(''),
    new Paragraph('Ghi chép họp giao ban tuần.'),
    new Paragraph(''),
    new Paragraph(''),
    new Paragraph('Các tổ dân phố báo cáo tình hình an ninh trật tự ổn định.'),
    new Paragraph(''),
  ])
}
