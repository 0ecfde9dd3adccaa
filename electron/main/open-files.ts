/**
 * Reports handed to the app by the operating system: a double-clicked `.baocao` file (the file
 * association) arrives in the command line of the first or of a second instance, or, on macOS,
 * as an `open-file` event.
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { isReportFileName } from '../../core/model/report-file'

/**
 * The `.baocao` files named on a command line, as absolute paths (a relative one taken from `cwd`,
 * the folder that command line was started in), existing ones only.
 */
export function reportPathsIn(
  argv: readonly string[],
  exists: (path: string) => boolean = existsSync,
  cwd: string = process.cwd(),
): string[] {
  return argv
    .filter((arg) => !arg.startsWith('-') && isReportFileName(arg))
    .map((arg) => resolve(cwd, arg))
    .filter((path) => exists(path))
}
