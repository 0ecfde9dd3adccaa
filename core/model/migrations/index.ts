/** The migration chain: one file per step from version N-1 to N, in order. */
import { addIndicators } from './002-add-indicators'
import { reportV3 } from './003-report-v3'

export interface Migration {
  /** The version this step reads; it writes `from + 1`. */
  from: number
  up: (data: Record<string, unknown>) => Record<string, unknown>
}

export const migrations: readonly Migration[] = [addIndicators, reportV3]
