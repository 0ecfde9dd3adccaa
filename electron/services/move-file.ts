/**
 * Moving a file between folders that may be on different drives: the library on D:, a USB stick
 * or a network share, the trash in the app data folder on C:. A rename cannot cross a drive
 * (EXDEV); the move then copies, flushes the copy to disk, puts it in place, and only then removes
 * the original. Whatever fails, the file is in one place or the other, whole.
 */
import { randomBytes } from 'node:crypto'
import { constants } from 'node:fs'
import { copyFile, open, rename, rm, unlink } from 'node:fs/promises'
import { dirname } from 'node:path'
import { errnoCode } from './file-errors'

/** Flush a file's data to disk (Windows wants it opened for writing). */
async function syncFile(path: string): Promise<void> {
  const handle = await open(path, 'r+')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Flush a folder's entries to disk where the system allows it (Windows cannot open a folder, and needs no such flush). */
async function syncFolder(path: string): Promise<void> {
  try {
    const handle = await open(path, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    // Best effort: the copy itself is already on disk.
  }
}

/**
 * Move `from` to `to` (which must not exist yet). Throws the system error of the step that failed;
 * the original is removed only once the copy is complete and on disk, and when the original cannot
 * be removed (another program holds it), the copy is taken back so that nothing is doubled.
 */
export async function moveFile(from: string, to: string): Promise<void> {
  try {
    await rename(from, to)
    return
  } catch (error) {
    if (errnoCode(error) !== 'EXDEV') throw error
  }
  const partial = `${to}.${randomBytes(4).toString('hex')}.partial`
  try {
    await copyFile(from, partial, constants.COPYFILE_EXCL)
    await syncFile(partial)
    await rename(partial, to)
  } catch (error) {
    await rm(partial, { force: true })
    throw error
  }
  await syncFolder(dirname(to))
  try {
    await unlink(from)
  } catch (error) {
    await rm(to, { force: true })
    throw error
  }
}
