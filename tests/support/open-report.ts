/**
 * The checks and the exports take an open report by its id (with the changes the page has not
 * sent yet): tests of those handlers open the report first, as the page does.
 */
import type { Report } from '../../core/model/schema'
import { serializeReport } from '../../core/model/migrate'
import type { Dispatch } from '../../electron/services/api'

/** Bring `report` into the library through the contract and open it; its id. */
export async function openReport(dispatch: Dispatch, report: Report, fileName = 'Báo cáo.baocao'): Promise<string> {
  const opened = await dispatch('documents.importFile', { fileName, text: serializeReport(report) })
  if (!opened.ok) throw new Error(JSON.stringify(opened.error))
  return (opened.value as { id: string }).id
}

/**
 * The documents of a service context stubbed for tests of the export handlers alone: a request
 * that carries the whole report is the open report.
 */
export const reportSentWhole = {
  reportWith: async (_id: string, write: { report: unknown } | { patch: unknown }): Promise<unknown> =>
    'report' in write ? write.report : Promise.reject(new Error('the stub takes whole reports only')),
}
