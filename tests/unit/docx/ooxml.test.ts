/**
 * The test helper that works out the effective formatting of paragraphs and runs (ooxml.ts), on a
 * small hand-made package: the document defaults, a chain of paragraph styles, the paragraph's and
 * the run's own properties, indents inherited attribute by attribute, a hanging indent replacing
 * a first-line one, and the sides of a paragraph border.
 */
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { directRunProps, findAll, isOn, paraProps, readDocx, runProps, textOf, type XmlElement } from './ooxml'

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

const STYLES = `<?xml version="1.0" encoding="UTF-8"?>
<w:styles ${W}>
  <w:docDefaults>
    <w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault>
    <w:pPrDefault><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault>
  </w:docDefaults>
  <w:style w:type="paragraph" w:styleId="Normal" w:default="1"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Body"><w:name w:val="Body"/><w:basedOn w:val="Normal"/>
    <w:pPr><w:spacing w:after="120"/><w:ind w:left="0" w:firstLine="567"/><w:jc w:val="both"/></w:pPr>
    <w:rPr><w:rFonts w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:b/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Heading"><w:name w:val="Heading"/><w:basedOn w:val="Body"/>
    <w:pPr><w:keepNext/><w:pBdr><w:bottom w:val="single" w:sz="6"/></w:pBdr></w:pPr>
    <w:rPr><w:b w:val="0"/><w:i/><w:sz w:val="26"/></w:rPr></w:style>
  <w:style w:type="table" w:styleId="TableNormal" w:default="1"><w:name w:val="Normal Table"/></w:style>
</w:styles>`

const DOCUMENT = `<?xml version="1.0" encoding="UTF-8"?>
<w:document ${W}><w:body>
  <w:p><w:r><w:t>plain</w:t></w:r></w:p>
  <w:p><w:pPr><w:pStyle w:val="Heading"/><w:ind w:hanging="300"/><w:pBdr><w:top w:val="single"/></w:pBdr></w:pPr>
    <w:r><w:t>heading</w:t></w:r><w:r><w:rPr><w:b/><w:sz w:val="20"/></w:rPr><w:t>own</w:t></w:r></w:p>
  <w:p><w:pPr><w:pStyle w:val="Body"/><w:ind w:left="567"/><w:jc w:val="center"/></w:pPr><w:r><w:t>body</w:t></w:r></w:p>
</w:body></w:document>`

async function sample(): Promise<{ paragraph: (text: string) => XmlElement; run: (text: string) => XmlElement }> {
  const zip = new JSZip()
  zip.file('word/styles.xml', STYLES)
  zip.file('word/document.xml', DOCUMENT)
  zip.file(
    'word/_rels/document.xml.rels',
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>',
  )
  const docx = await readDocx(await zip.generateAsync({ type: 'uint8array' }))
  const find = (name: string, text: string): XmlElement => {
    const found = findAll(docx.body, name).find((e) => textOf(e).startsWith(text))
    if (!found) throw new Error(`No ${name} "${text}"`)
    return found
  }
  return { paragraph: (text) => find('w:p', text), run: (text) => find('w:r', text) }
}

describe('effective formatting (ooxml.ts)', () => {
  it('takes a run of a paragraph without a style from the default paragraph style and the document defaults', async () => {
    const { run } = await sample()
    const props = runProps(run('plain'))
    expect(props['w:rFonts']).toEqual({ 'w:ascii': 'Times New Roman', 'w:hAnsi': 'Times New Roman' })
    expect(props['w:sz']?.['w:val']).toBe('28')
    expect(isOn(props, 'w:b')).toBe(false)
  })

  it('lays the style chain, the farthest first, then the run over the defaults, fonts merged slot by slot', async () => {
    const { run } = await sample()
    const props = runProps(run('heading'))
    expect(props['w:rFonts']).toEqual({
      'w:ascii': 'Times New Roman',
      'w:hAnsi': 'Times New Roman',
      'w:eastAsia': 'Times New Roman',
      'w:cs': 'Times New Roman',
    })
    // Body makes it bold, Heading (based on Body) says not bold, and italic.
    expect(isOn(props, 'w:b')).toBe(false)
    expect(isOn(props, 'w:i')).toBe(true)
    expect(props['w:sz']?.['w:val']).toBe('26')
    expect(props['w:lang']?.['w:val']).toBe('vi-VN')
    const own = runProps(run('own'))
    expect(isOn(own, 'w:b')).toBe(true)
    expect(isOn(own, 'w:i')).toBe(true)
    expect(own['w:sz']?.['w:val']).toBe('20')
    expect(directRunProps(run('own'))).toEqual({ 'w:b': {}, 'w:sz': { 'w:val': '20' } })
  })

  it('inherits paragraph properties attribute by attribute; a hanging indent replaces a first-line one; border sides add up', async () => {
    const { paragraph } = await sample()
    const heading = paraProps(paragraph('heading'))
    expect(heading['w:spacing']).toEqual({ 'w:before': '0', 'w:after': '120', 'w:line': '240', 'w:lineRule': 'auto' })
    expect(heading['w:ind']).toEqual({ 'w:left': '0', 'w:hanging': '300' })
    expect(heading['w:jc']?.['w:val']).toBe('both')
    expect(isOn(heading, 'w:keepNext')).toBe(true)
    expect(heading['w:pBdr/w:bottom']?.['w:val']).toBe('single')
    expect(heading['w:pBdr/w:top']?.['w:val']).toBe('single')
    expect(heading['w:pStyle']).toBeUndefined()
    const body = paraProps(paragraph('body'))
    expect(body['w:ind']).toEqual({ 'w:left': '567', 'w:firstLine': '567' })
    expect(body['w:jc']?.['w:val']).toBe('center')
    expect(isOn(body, 'w:keepNext')).toBe(false)
  })
})
