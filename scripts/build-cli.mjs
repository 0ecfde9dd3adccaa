// Bundle the command line (electron/cli.ts) for Node into out/cli/: one small entry
// (electron/cli/start.ts) that turns the code cache on and reads the options, and a chunk per command
// loaded when it runs, with the packages it uses bundled and tree-shaken (docx, zod, i18next, conf,
// write-file-atomic), so that a command loads only what it needs. mammoth, playwright-core and
// pdf-lib stay packages of node_modules: only `import` and a PDF export load them.
// The bundle is CommonJS (out/cli/package.json says so): Node 20 keeps a code cache
// (electron/cli/code-cache.ts) only for CommonJS.
//   node scripts/build-cli.mjs [--out <folder>]    (default: out/cli)
import { builtinModules } from 'node:module'
import { writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { build } from 'rolldown'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const { values } = parseArgs({ options: { out: { type: 'string' } } })
const outDir = resolve(values.out ?? join(root, 'out/cli'))
const EXTERNAL = new Set(['mammoth', 'playwright-core', 'pdf-lib', ...builtinModules])

await build({
  input: { cli: join(root, 'electron/cli/start.ts') },
  platform: 'node',
  external: (id) => id.startsWith('node:') || EXTERNAL.has(id) || EXTERNAL.has(id.split('/')[0]),
  logLevel: 'warn',
  output: {
    dir: outDir,
    format: 'cjs',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    minify: true,
    cleanDir: true,
  },
})
writeFileSync(join(outDir, 'package.json'), `${JSON.stringify({ type: 'commonjs' })}\n`)
console.log(`CLI → ${outDir}`)
