/**
 * Stage two of the exporter: a report → a `.docx` file, built with the `docx` library, one part of
 * the document per module: `document.ts` assembles it (`renderDocx`); `page.ts` the page setup and
 * page numbers; `typesetter.ts` the paragraphs, runs and cells the header, title, "Kính gửi" and
 * signature of core/docx/compose.ts are made of; `body.ts` the headings, paragraphs, lists and
 * tables; `appendix.ts` the indicator tables; `styles.ts` the document's styles; `properties.ts`
 * and `xml.ts` the units and the shared XML they all use.
 */
export { renderDocx, type RenderOptions } from './document'
