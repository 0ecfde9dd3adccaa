#!/usr/bin/env node
// The `soan-bao-cao` command: the built CLI when present, otherwise the TypeScript source via tsx.
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const built = join(root, 'out', 'main', 'cli.js')
if (existsSync(built)) {
  await import(pathToFileURL(built).href)
} else {
  const { register } = await import('tsx/esm/api')
  register()
  const { runCli } = await import(pathToFileURL(join(root, 'electron', 'cli.ts')).href)
  process.exitCode = await runCli(process.argv.slice(2))
}
