/** Sizes the app accepts, shared by the contract (which enforces them) and the page (which says so before sending). */

/** The largest report text accepted (50 MB of JSON is far beyond a 300-page report). */
export const MAX_REPORT_CHARS = 50 * 1024 * 1024

/** The largest Word file accepted for import, in bytes (sent as base64, a third larger). */
export const MAX_IMPORT_BYTES = 30 * 1024 * 1024

/** The largest template file accepted (a template is a few tens of kilobytes). */
export const MAX_TEMPLATE_CHARS = 2 * 1024 * 1024
