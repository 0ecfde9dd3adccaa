// Whether a build output is older than its sources: shared by `npm start` and the `soan-bao-cao` bin,
// which rebuild only when something changed.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** The newest modification time under the given paths (0 when none exists). */
export function newestMtime(paths) {
  let latest = 0
  for (const path of paths) {
    if (!existsSync(path)) continue
    const info = statSync(path)
    latest = Math.max(latest, info.mtimeMs)
    if (info.isDirectory()) latest = Math.max(latest, newestMtime(readdirSync(path).map((name) => join(path, name))))
  }
  return latest
}

/** True when an output is missing, or older than the newest of the sources. */
export function isStale(outputs, sources) {
  if (!outputs.every((path) => existsSync(path))) return true
  const oldest = Math.min(...outputs.map((path) => statSync(path).mtimeMs))
  return newestMtime(sources) > oldest
}
