// Bundle the command line (electron/cli.ts) for Node into out/cli/: one small entry that reads the
// options, and a chunk per command loaded when it runs, with the packages it uses bundled and
// tree-shaken (docx, zod, i18next, write-file-atomic), so that a command loads only what it needs.
// conf, mammoth, playwright-core and pdf-lib stay packages of node_modules: only `new`, `import`
// and a PDF export load them.
//   node scripts/build-cli.mjs [--out <folder>]    (default: out/cli)
import { builtinModules } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { build } from 'rolldown'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const { values } = parseArgs({ options: { out: { type: 'string' } } })
const outDir = resolve(values.out ?? join(root, 'out/cli'))
const EXTERNAL = new Set(['conf', 'mammoth', 'playwright-core', 'pdf-lib', ...builtinModules])

await build({
  input: { cli: join(root, 'electron/cli.ts') },
  platform: 'node',
  external: (id) => id.startsWith('node:') || EXTERNAL.has(id) || EXTERNAL.has(id.split('/')[0]),
  logLevel: 'warn',
  output: {
    dir: outDir,
    format: 'esm',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    minify: true,
    cleanDir: true,
    // Bundled CommonJS (write-file-atomic and its dependencies) asks for `require` and `__filename`.
    banner:
      "import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; " +
      'const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __fu(new URL(".", import.meta.url));',
  },
})
console.log(`CLI → ${outDir}`)
