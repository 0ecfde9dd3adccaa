/**
 * A V8 code cache for the bundled CLI: what Node 22 calls `module.enableCompileCache()`, which
 * Node 20, still supported here, does not have.
 *
 * A CommonJS module of the bundle (out/cli/) is compiled with the code V8 kept for it at the end of
 * an earlier run, so a command neither parses its modules again nor compiles again the functions the
 * earlier run used. The cache is made after the run, not at compile time: that is what makes it pay
 * (a cache made at compile time, as the v8-compile-cache package does, holds only the top level and
 * saved about a sixth as much here).
 *
 * The cache is only a cache: a file that is missing, damaged (checked by its SHA-1), from another
 * Node or for other source is not used and is written again at the end of the run; a folder that
 * cannot be written is passed over. Nothing of it can stop a command or change what it does.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import Module, { createRequire } from 'node:module'
import { basename, dirname, join, relative, isAbsolute } from 'node:path'
import { Script } from 'node:vm'
import writeFileAtomic from 'write-file-atomic'

/** The part of a CommonJS module that compiling it needs (Node's `Module`, whose `_compile` its types leave out). */
interface CompilingModule {
  exports: unknown
}
type Compile = (this: CompilingModule, content: string, filename: string) => unknown
interface ModulePrototype {
  _compile: Compile
}

/** A module compiled in this run whose code is not in the cache yet. */
interface Pending {
  script: Script
  file: string
}

export interface CodeCacheOptions {
  /** The modules to cache: the files in this folder and below it. */
  within: string
  /** Where the cache files go, one folder per app version, Node version and architecture. */
  dir: string
  /** The app's version, part of the folder's name: an update starts a new folder and removes the old ones. */
  appVersion: string
}

export interface CodeCacheRun {
  /** Write the cache of the modules compiled without it. Called once, at the end of the run. */
  save(): void
}

const HASH_BYTES = 20

function sha1(data: string | Uint8Array): Buffer {
  return createHash('sha1').update(data).digest()
}

/** The cache's code for `content`, or undefined when there is none or it is damaged. */
function readCache(file: string): Buffer | undefined {
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch {
    return undefined
  }
  const data = bytes.subarray(HASH_BYTES)
  return bytes.length > HASH_BYTES && sha1(data).equals(bytes.subarray(0, HASH_BYTES)) ? data : undefined
}

/** Remove the folders of other app or Node versions: their files can no longer be used. */
function removeOtherVersions(folder: string): void {
  const parent = dirname(folder)
  for (const name of readdirSync(parent)) {
    if (name !== basename(folder)) rmSync(join(parent, name), { recursive: true, force: true })
  }
}

/**
 * Compile the CommonJS modules `within` a folder with the code cache, from now on. Returns null
 * when `NODE_DISABLE_COMPILE_CACHE` is set, as Node's own cache does.
 */
export function enableCodeCache(options: CodeCacheOptions, env: NodeJS.ProcessEnv = process.env): CodeCacheRun | null {
  if (env.NODE_DISABLE_COMPILE_CACHE) return null
  const folder = join(options.dir, `${options.appVersion}-node${process.version}-${process.arch}`)
  const prototype = Module.prototype as unknown as ModulePrototype
  const original = prototype._compile
  const pending: Pending[] = []
  // V8 refuses code made under other flags: runs with other flags (--cpu-prof, NODE_OPTIONS) keep files of their own
  // rather than write over each other's at every run.
  const flags = [...process.execArgv, env.NODE_OPTIONS ?? ''].join(' ')
  const inside = (filename: string): boolean => {
    const path = relative(options.within, filename)
    return path !== '' && !path.startsWith('..') && !isAbsolute(path)
  }

  prototype._compile = function compile(this: CompilingModule, content: string, filename: string): unknown {
    // A module with an `import()` (the PDF export's, of playwright-core) is compiled as Node does: an
    // `import()` in code from a cache fails with ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING
    // (nodejs/node#43663; v8-compile-cache#30 is the same).
    if (!inside(filename) || content.includes('import(')) return original.call(this, content, filename)
    const file = join(folder, `${sha1(`${flags}\0${content}`).toString('hex')}.bin`)
    const cachedData = readCache(file)
    const script = new Script(Module.wrap(content), { filename, cachedData })
    // V8's word: false only when it used the code given (undefined when none was given).
    if (script.cachedDataRejected !== false) pending.push({ script, file })
    const wrapper: unknown = script.runInThisContext({ displayErrors: true })
    if (typeof wrapper !== 'function') return original.call(this, content, filename)
    // The same arguments as Node's own module wrapper: exports, require, module, __filename, __dirname.
    return wrapper.call(this.exports, this.exports, createRequire(filename), this, filename, dirname(filename))
  }

  return {
    save() {
      if (pending.length === 0) return
      try {
        mkdirSync(folder, { recursive: true })
        removeOtherVersions(folder)
        for (const { script, file } of pending.splice(0)) {
          const data = script.createCachedData()
          writeFileAtomic.sync(file, Buffer.concat([sha1(data), data]), { fsync: false })
        }
      } catch {
        // A folder that cannot be written (read-only profile, full disk): the next run compiles again.
      }
    },
  }
}
