/**
 * Pure formatting of numbers, dates, document numbers, heading labels and periods as official
 * Vietnamese documents print them (spec §2.4, §2.5, §3.1–3.3, §4.5, §6).
 */
export { formatNumber, parseViNumber, formatPercent, rate, formatRatio } from './numbers'
export { formatDateInput, formatDateLong, formatDateLine, formatDateShort, isIsoDate, parseViDate } from './dates'
export { toRoman, vietnameseAlpha, headingLabel } from './numbering'
export { formatDocNumber, periodText, nextPeriod, nextPeriodText, upperVi } from './text'
export { nameInSentence } from './names'
export { isAllowedFileName, safeFileName, reportName } from './filename'
export { searchPattern } from './search'
