/**
 * The entry of the bundled CLI (out/cli/cli.js, CommonJS: scripts/build-cli.mjs). It turns the code
 * cache on (code-cache.ts) before the CLI's own modules load, runs the command line, and writes the
 * cache of what this run compiled as the process ends.
 */
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { userCacheDir } from '../services/paths'
import { APP_VERSION } from '../services/version'
import { enableCodeCache } from './code-cache'

const cache = enableCodeCache({
  within: dirname(fileURLToPath(import.meta.url)),
  dir: join(userCacheDir(), 'cli-code'),
  appVersion: APP_VERSION,
})
if (cache) process.once('exit', () => cache.save())
void import('../cli').then(({ main }) => main())
