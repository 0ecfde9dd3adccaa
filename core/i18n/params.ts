/** The parameters a message travels with across the process boundary (kept apart from i18next, so that the CLI's start stays light). */
import { z } from 'zod'

/** Values a message is filled with: names, excerpts, figures already written the Vietnamese way. */
export const MessageParams = z.record(z.string(), z.union([z.string(), z.number()]))
export type MessageParams = z.infer<typeof MessageParams>
