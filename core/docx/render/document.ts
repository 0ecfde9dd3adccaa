/**
 * Stage two of the exporter: a report and its blocks → a `.docx` file, laid out by the format
 * profile of core/layout. Page 1 carries the two-column header, "BÁO CÁO" and the trích yếu; the
 * body follows with literal heading numbers; the signature and "Nơi nhận" sit side by side at the
 * end; indicator tables go into appendix sections (landscape when too wide for portrait).
 *
 * Every size, mark, separator and spacing comes from the profile (core/layout/profiles.ts) and the
 * clerk's layout choices, through the document's paragraph styles (core/layout/styles.ts): each
 * paragraph names its style and carries only what the clerk set, each run only the editor's marks.
 */
import { Document, Packer } from 'docx'
import type { Report } from '../../model/schema'
import { periodText } from '../../format'
import { documentStyles, STYLE } from '../../layout'
import type { BlockOptions } from '../blocks'
import { headerBlock, kinhGuiBlock, signatureBlock, titleBlock } from '../compose'
import { bodyItems, listDepth, printedForm } from '../printed'
import { appendixSections } from './appendix'
import { bodyChildren } from './body'
import { pageHeaders, pageSetup } from './page'
import type { Children } from './properties'
import { styleOptions } from './styles'
import { Typesetter } from './typesetter'
import { xmlText } from './xml'

export interface RenderOptions {
  /** A draft: blanks allowed, the profile's draft mark printed above the header. */
  draft?: boolean
  /** Throw on unknown editor node types (tests); otherwise keep their text and report them. */
  strict?: boolean
  /** Called for each unknown node type met outside strict mode. */
  onUnknown?: (type: string) => void
}

/** Build the Word document for a report; resolves to the bytes of the `.docx` file. */
export async function renderDocx(report: Report, options: RenderOptions = {}): Promise<Uint8Array> {
  // Everything but the document itself is garbage by the time docx writes it.
  const buffer = await Packer.toArrayBuffer(reportDocument(report, options))
  return new Uint8Array(buffer)
}

function reportDocument(whole: Report, options: RenderOptions): Document {
  const { report, layout } = printedForm(whole, options)
  const blockOptions: BlockOptions = { strict: options.strict ?? false, ...(options.onUnknown ? { onUnknown: options.onUnknown } : {}) }
  const items = bodyItems(report, layout.profile, blockOptions)
  const t = new Typesetter(layout, documentStyles(layout, report.numbering, listDepth(items)))
  const setup = pageSetup(layout)

  const p = layout.profile
  const main: Children = [
    ...(options.draft ? [t.text(STYLE.draftMark, p.draftMark.text)] : []),
    headerBlock(t, layout, report.meta),
    ...titleBlock(t, layout, report.meta),
    ...kinhGuiBlock(t, layout, report.meta),
    ...bodyChildren(t, report, items),
    signatureBlock(t, layout, report.meta),
  ]

  return new Document({
    creator: 'Soạn Báo Cáo',
    title: xmlText(report.meta.title),
    description: `${p.title.kind.text} ${periodText(report.meta.period)} (${p.guidance.short})`,
    // A justified line ending in a line break (Shift+Enter) keeps its normal word spacing.
    compatibility: { doNotExpandShiftReturn: true },
    styles: styleOptions(layout.profile, t.styles),
    sections: [{ properties: setup(false), headers: pageHeaders(), children: main }, ...appendixSections(t, report, setup)],
  })
}
