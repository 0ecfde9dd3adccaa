/**
 * The document's styles as docx options: the document defaults (Word's "Normal") and one
 * paragraph style per kind of paragraph (core/layout/styles.ts), each carrying only what it
 * changes from the style it is based on.
 */
import { BorderStyle, UnderlineType, type IParagraphStyleOptions, type IPropertiesOptions } from 'docx'
import {
  NORMAL_STYLE,
  ownFormat,
  type DocumentStyle,
  type DocumentStyles,
  type LayoutProfile,
  type OwnFormat,
  type StyleFormat,
} from '../../layout'
import { ALIGN, BLACK, indentOf, NO_BORDER, spacingOf } from './properties'

/** The font of every script and the language, as a style's text names them. */
interface StyleText {
  fonts: { ascii: string; hAnsi: string; eastAsia: string; cs: string }
  language: { value: string; eastAsia: string; bidirectional: string }
}

// Word's outline level of body text.
const BODY_TEXT_LEVEL = 9

/** The document defaults (Word's "Normal") and the paragraph styles, as docx options. */
export function styleOptions(profile: LayoutProfile, sheet: DocumentStyles): NonNullable<IPropertiesOptions['styles']> {
  const name = profile.font
  const language = profile.language
  const text: StyleText = {
    fonts: { ascii: name, hAnsi: name, eastAsia: name, cs: name },
    language: { value: language, eastAsia: language, bidirectional: language },
  }
  const { defaults, styles } = sheet
  const parentOf = (id: string): StyleFormat => (id === NORMAL_STYLE ? defaults : sheet.get(id).format)
  // docx's own Title, Heading 1–6, Strong and List Paragraph, which this document does not use:
  // out of Word's style gallery (no w:qFormat at all: the schema knows no w:val="false" for it),
  // and without docx's blue, so the gallery shows the report's styles.
  const unused = { quickFormat: undefined, run: {} }
  return {
    default: {
      document: {
        run: { font: text.fonts, size: defaults.run.size * 2, language: text.language, color: BLACK },
        paragraph: { spacing: spacingOf(defaults.paragraph) },
      },
      title: unused,
      heading1: unused,
      heading2: unused,
      heading3: unused,
      heading4: unused,
      heading5: unused,
      heading6: unused,
      strong: { quickFormat: undefined },
      listParagraph: { quickFormat: undefined },
    },
    paragraphStyles: styles.map((style) => paragraphStyle(style, ownFormat(style.format, parentOf(style.basedOn)), text)),
  }
}

/** A paragraph style: what it changes from the style it is based on. */
function paragraphStyle(style: DocumentStyle, own: OwnFormat, text: StyleText): IParagraphStyleOptions {
  const { run, paragraph } = own
  return {
    id: style.id,
    name: style.name,
    basedOn: style.basedOn,
    next: style.next,
    ...(style.gallery ? { quickFormat: true } : {}),
    // Word reads a style's text reliably only with all four font slots and the language given.
    run: {
      font: text.fonts,
      size: run.size * 2,
      ...(run.bold !== undefined ? { bold: run.bold, boldComplexScript: run.bold } : {}),
      ...(run.italic !== undefined ? { italics: run.italic, italicsComplexScript: run.italic } : {}),
      ...(run.underline !== undefined ? { underline: run.underline ? {} : { type: UnderlineType.NONE } } : {}),
      ...(run.caps !== undefined ? { allCaps: run.caps } : {}),
      language: text.language,
    },
    paragraph: {
      ...(paragraph.align !== undefined ? { alignment: ALIGN[paragraph.align] } : {}),
      ...(paragraph.left !== undefined && paragraph.right !== undefined && paragraph.firstLine !== undefined
        ? { indent: indentOf({ left: paragraph.left, right: paragraph.right, firstLine: paragraph.firstLine }) }
        : {}),
      ...(paragraph.before !== undefined && paragraph.after !== undefined && paragraph.line !== undefined
        ? { spacing: spacingOf({ before: paragraph.before, after: paragraph.after, line: paragraph.line }) }
        : {}),
      ...(paragraph.keepNext !== undefined ? { keepNext: paragraph.keepNext } : {}),
      ...(paragraph.keepLines !== undefined ? { keepLines: paragraph.keepLines } : {}),
      ...(paragraph.rule !== undefined
        ? {
            border: {
              bottom: paragraph.rule > 0 ? { style: BorderStyle.SINGLE, size: paragraph.rule, color: BLACK, space: 0 } : NO_BORDER,
            },
          }
        : {}),
      ...(paragraph.outlineLevel !== undefined ? { outlineLevel: paragraph.outlineLevel ?? BODY_TEXT_LEVEL } : {}),
    },
  }
}
