/** Stage two of the exporter: a report → a `.docx` file (`renderDocx`, in `document.ts`). */
export { renderDocx, type RenderOptions } from './document'
