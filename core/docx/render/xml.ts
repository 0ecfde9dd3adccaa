/**
 * The XML elements the exporter writes itself instead of docx's own, for speed on a long report:
 * properties shared by every element of one look, runs and paragraphs without docx's option
 * handling, cells whose properties are shared. What they write is what docx would write.
 */
import {
  BaseXmlComponent,
  FileChild,
  TableCell,
  XmlAttributeComponent,
  XmlComponent,
  type IContext,
  type ITableCellOptions,
  type IXmlableObject,
} from 'docx'

/**
 * The XML of a component, made by docx once and shared by every element with that look: the
 * properties of runs, paragraphs and table cells of one look, `xml:space="preserve"`. docx would
 * otherwise build and walk the same objects again for each of the thousands of runs, paragraphs
 * and cells of a long report.
 */
export class SharedXml extends BaseXmlComponent {
  private xml: IXmlableObject | undefined

  constructor(
    private readonly source: BaseXmlComponent,
    rootKey: 'w:rPr' | 'w:pPr' | 'w:tcPr' | '_attr',
  ) {
    super(rootKey)
  }

  prepForXml(context: IContext): IXmlableObject | undefined {
    this.xml ??= this.source.prepForXml(context)
    return this.xml
  }
}

/** `xml:space="preserve"`: the spaces of the text are all kept. */
class SpaceAttribute extends XmlAttributeComponent<{ readonly space: 'preserve' }> {
  protected override readonly xmlKeys = { space: 'xml:space' } as const
}

const PRESERVE_SPACE = new SharedXml(new SpaceAttribute({ space: 'preserve' }), '_attr')

// Text whose white space a reader may drop without xml:space="preserve": at either end, repeated, tabs, line feeds.
const FRAGILE_SPACE = /^\s|\s$|\s\s|[\t\n\r]/u

/** Characters XML 1.0 cannot hold (control characters, U+FFFE/U+FFFF, lone surrogates): Word refuses a file with one. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/** Text as a Word file can hold it: what XML cannot carry is left out (it never prints anyway). */
export const xmlText = (text: string): string => text.replace(NOT_XML, '')

/**
 * The text of a run, as Word writes it: xml:space="preserve" where the text has spaces to keep
 * (docx's own text element writes it on every run: some 14 % of the markup of a long report).
 */
class TextElement extends XmlComponent {
  constructor(raw: string) {
    super('w:t')
    const text = xmlText(raw)
    if (FRAGILE_SPACE.test(text)) this.root.push(PRESERVE_SPACE)
    this.root.push(text)
  }
}

/**
 * A run of text, with the shared properties of its look if it has any: the XML of a docx
 * TextRun of that text (but for xml:space, see {@link TextElement}), without the options of
 * TextRun it has no use for (fields, breaks, children), which are most of a TextRun's cost.
 */
export class PlainRun extends XmlComponent {
  constructor(text: string, properties: SharedXml | null) {
    super('w:r')
    if (properties) this.root.push(properties)
    this.root.push(new TextElement(text))
  }
}

/**
 * A paragraph of a style, its properties shared with the paragraphs of the same look: the XML of
 * `new Paragraph({ ...look, children })`, without the option handling a docx Paragraph does for
 * each of them. A section never ends at one (each section ends with a table here, after which
 * docx writes a paragraph of its own for the section's properties).
 */
export class StyledParagraph extends FileChild {
  constructor(properties: SharedXml, children: readonly XmlComponent[]) {
    super('w:p')
    this.root.push(properties, ...children)
  }
}

/**
 * A table cell whose properties are shared with the cells of the same look: those of the first
 * such cell, or `shared`. Its width is in those properties; vertical merges are written out as
 * `verticalMerge` cells, never left to docx's `rowSpan`, which builds the cells below from the
 * options of this one.
 */
export class SharedCell extends TableCell {
  readonly shared: SharedXml

  constructor(options: ITableCellOptions, shared?: SharedXml, children: readonly FileChild[] = []) {
    super(options)
    this.shared = shared ?? new SharedXml(this.root[0] as BaseXmlComponent, 'w:tcPr')
    this.root[0] = this.shared
    this.root.push(...children)
  }

  override setColumnWidth(): void {
    // The width is in the shared properties already.
  }
}
