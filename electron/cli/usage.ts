/**
 * The CLI's own types and its usage error, apart from everything heavier: the entry (electron/cli.ts)
 * needs them to print the version or the help without loading zod or the exporter.
 */

export interface CliIo {
  out: (line: string) => void
  err: (line: string) => void
}

/** The options every command may read (parsed once by the entry). */
export interface CliOptions {
  year?: string | undefined
  half?: string | undefined
  output?: string | undefined
  draft: boolean
  /** `export`: docx or pdf (else the output's extension decides). */
  format?: string | undefined
  /** `check`: the problems as JSON. */
  json: boolean
  force: boolean
  issuer?: string | undefined
  /** The data folder, resolved. */
  dataDir: string
}

export interface CommandContext {
  args: readonly string[]
  options: CliOptions
  io: CliIo
}

/** A command run: its exit code (0 done, 1 blocking problems or a failed operation, 2 bad usage). */
export type Command = (context: CommandContext) => Promise<number>

/** Bad usage: exit code 2, with a pointer to --help. */
export class UsageError extends Error {}
