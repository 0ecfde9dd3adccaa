/**
 * A child process that runs the built Electron main process (`out/main/index.js`) under Node with
 * the stub of `electron` (see electron.ts), as a packaged app would be started:
 * `node --import tsx main-process.ts <app arguments…>`. The test drives it through the fork
 * channel (see driver.ts).
 */
import { register } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { record } from './channel'

register('./resolve-electron.mjs', import.meta.url)
const { app } = await import('./electron')

process.on('unhandledRejection', (reason) => record('process:unhandledRejection', { reason: String(reason) }))
process.on('uncaughtException', (error) => record('process:uncaughtException', { error: error.message }))

// As a packaged app sees it: argv[0] is the executable, the app's own arguments follow.
process.argv.splice(1, 1)
const main = process.env.STUB_MAIN ?? join(import.meta.dirname, '../../../out/main/index.js')
await import(pathToFileURL(main).href)
app.launch()
