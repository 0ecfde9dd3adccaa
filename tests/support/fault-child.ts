/**
 * The process the fault-injection test kills: it opens one report and then, as fast as it can,
 * writes the next version to the journal and saves every version not divisible by 3, printing
 * "J v" / "S v" after each write has completed (stdout to a pipe is synchronous on Linux and
 * macOS, so a printed line means the write finished before the kill).
 *
 * Usage: node fault-child.cjs <libraryDir> <dataDir> <file name> <start version>
 */
import { DocumentService } from '../../electron/services/documents'
import { reportVersion, timeOfVersion } from './growing-report'

async function main(): Promise<void> {
  const [libraryDir, dataDir, name, start] = process.argv.slice(2)
  if (!libraryDir || !dataDir || !name || !start) throw new Error('usage: fault-child <libraryDir> <dataDir> <name> <start>')
  let version = Number(start)
  const service = new DocumentService({
    libraryDir,
    dataDir,
    appVersion: '0.1.0',
    now: () => timeOfVersion(version),
    backupIntervalMs: 60_000,
  })
  const doc = await service.openByName(name)
  if (doc.readOnly) {
    process.stdout.write('READONLY\n')
    process.exit(3)
  }
  process.stdout.write('READY\n')
  for (;;) {
    version++
    const report = reportVersion(doc.report, version)
    await service.journal(doc.id, { report: report })
    process.stdout.write(`J ${version}\n`)
    if (version % 3 !== 0) {
      await service.save(doc.id, { report: report })
      process.stdout.write(`S ${version}\n`)
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`)
  process.exit(2)
})
