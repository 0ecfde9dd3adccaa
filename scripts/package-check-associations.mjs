// afterPack hook of the packaging check (scripts/package-check.mjs): writes the file associations
// the NSIS installer would register, as electron-builder computes them for this platform (the
// shared and the Windows-specific ones, each with the .ico file it would install), so that the
// check can read them without building the installer.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

export default async function recordFileAssociations(context) {
  const { packager, outDir } = context
  const associations = []
  for (const item of packager.fileAssociations) {
    const icon = item.icon ? await packager.getResource(`${item.icon}.ico`) : null
    associations.push({ ext: [].concat(item.ext), name: item.name ?? null, icon })
  }
  writeFileSync(join(outDir, 'file-associations.json'), JSON.stringify(associations, null, 2))
}
