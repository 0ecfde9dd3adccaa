/**
 * File names as the folder holds them. The UI shows and sends names in NFC, but a file saved with
 * Unikey's "Unicode tổ hợp" or copied from a Mac has a decomposed (NFD) name on disk, and Windows
 * and Linux compare names byte for byte: such a file is found again by its directory entry, whatever
 * its normalization, so that it can be opened, renamed and deleted.
 */
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * The real name in `folder` of the entry the clerk calls `name`: the entry itself when it is
 * spelled that way, else the one equal to it in NFC; null when there is none (or no folder).
 */
export async function entryNameIn(folder: string, name: string): Promise<string | null> {
  let entries: string[]
  try {
    entries = await readdir(folder)
  } catch {
    return null
  }
  if (entries.includes(name)) return name
  const wanted = name.normalize('NFC')
  return entries.find((entry) => entry.normalize('NFC') === wanted) ?? null
}

/** The path of the entry the clerk calls `name` in `folder`; the NFC name when there is no such entry yet. */
export async function entryPathIn(folder: string, name: string): Promise<string> {
  return join(folder, (await entryNameIn(folder, name)) ?? name.normalize('NFC'))
}
