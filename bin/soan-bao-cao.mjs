#!/usr/bin/env node
// The `soan-bao-cao` command (and `npm run cli`): the bundled CLI in out/cli/, rebuilt first when
// the sources in this folder are newer than it (scripts/build-cli.mjs, about a second).
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const built = join(root, 'out', 'cli', 'cli.js')
const SOURCES = ['core', 'electron', 'templates', 'package.json', 'scripts/build-cli.mjs']

// Installed without its sources, the bundle is what there is.
if (existsSync(join(root, 'electron', 'cli.ts'))) {
  const { isStale } = await import(pathToFileURL(join(root, 'scripts', 'stale.mjs')).href)
  if (
    isStale(
      [built],
      SOURCES.map((path) => join(root, path)),
    )
  ) {
    const result = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] })
    if (result.status !== 0) process.exit(result.status ?? 1)
  }
}
await import(pathToFileURL(built).href)
