#!/usr/bin/env node
// The `soan-bao-cao` command (and `npm run cli`): the bundled CLI in out/cli/, rebuilt first when
// the sources in this folder are newer than it (scripts/build-cli.mjs, about a second).
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const built = join(root, 'out', 'cli', 'cli.js')
const SOURCES = ['core', 'electron', 'templates', 'package.json', 'scripts/build-cli.mjs']

/** The newest modification time under the given paths (0 when none exists). */
function newest(paths) {
  let latest = 0
  for (const path of paths) {
    if (!existsSync(path)) continue
    const info = statSync(path)
    latest = Math.max(latest, info.mtimeMs)
    if (info.isDirectory()) latest = Math.max(latest, newest(readdirSync(path).map((name) => join(path, name))))
  }
  return latest
}

const sources = SOURCES.map((path) => join(root, path))
const hasSources = existsSync(join(root, 'electron', 'cli.ts'))
if (hasSources && (!existsSync(built) || newest(sources) > statSync(built).mtimeMs)) {
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
await import(pathToFileURL(built).href)
