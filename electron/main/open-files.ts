/**
 * Reports handed to the app by the operating system: a double-clicked `.baocao` file (the file
 * association) arrives in the command line of the first or of a second instance, or, on macOS,
 * as an `open-file` event.
 */
import { existsSync } from 'node:fs'
import { extname, resolve } from 'node:path'

/** The `.baocao` files named on a command line, as absolute paths, existing ones only. */
export function reportPathsIn(argv: readonly string[], exists: (path: string) => boolean = existsSync): string[] {
  return argv
    .filter((arg) => !arg.startsWith('-') && extname(arg).toLowerCase() === '.baocao')
    .map((arg) => resolve(arg))
    .filter((path) => exists(path))
}
