export * from './schema'
export * from './errors'
export { migrate, parseReport, loadReport, serializeReport } from './migrate'
export * from './office'
