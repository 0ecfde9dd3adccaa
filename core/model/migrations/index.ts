/** The migration chain: one file per step from version N-1 to N, in order. */
export interface Migration {
  from: number
  up: (data: Record<string, unknown>) => Record<string, unknown>
}

export const migrations: readonly Migration[] = []
