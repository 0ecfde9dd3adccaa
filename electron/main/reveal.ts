/** "Mở tệp" and "Mở thư mục" after an export, through Electron's shell. */
import type { Shell } from 'electron'
import { basename } from 'node:path'
import { DomainError } from '../../core/model/errors'

export async function revealFile(shell: Pick<Shell, 'openPath' | 'showItemInFolder'>, path: string, how: 'open' | 'folder'): Promise<void> {
  if (how === 'folder') return shell.showItemInFolder(path)
  // openPath answers with an error text ("" when the file opened); it does not throw.
  if ((await shell.openPath(path)) !== '') throw new DomainError('exportOpenFailed', { name: basename(path) })
}
