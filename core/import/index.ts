/**
 * Start from what the office already has: Word reports read into a report of the app, the
 * previous period's report carried over, and departments' contributions merged into sections.
 */
export { importReport, type ImportOptions, type ImportResult } from './report'
export { carryOver, type CarryOverResult, type CarryOverSummary } from './carry-over'
export { contributionsOf, mergeContributions, type Contribution, type MergeChange, type Placement } from './merge'
export { readMammothDocument, type ModelReading } from './mammoth-model'
export { readStyles, StyleTable } from './styles'
export { scanDocumentXml } from './raw-scan'
export { LostCounter, LostItem, LostKind, type SourceBlock, type SourceDocument, type SourceParagraph, type SourceTable } from './source'
