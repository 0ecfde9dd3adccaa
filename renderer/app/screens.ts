/**
 * The screens other than home, each a chunk of its own: the home screen loads neither the
 * editor (Lexical), nor the new-report wizard, nor the settings, nor the templates. A report about to open starts
 * loading the editor's chunk at once, alongside its own request (see {@link preloadEditor}).
 */
import { lazy } from 'react'
import type * as EditorModule from '../screens/EditorScreen'

const loadEditor = (): Promise<typeof EditorModule> => import('../screens/EditorScreen')

export const EditorScreen = lazy(async () => ({ default: (await loadEditor()).EditorScreen }))
export const NewReportScreen = lazy(async () => ({ default: (await import('../screens/NewReportScreen')).NewReportScreen }))
export const TemplatesScreen = lazy(async () => ({ default: (await import('../screens/TemplatesScreen')).TemplatesScreen }))
export const SettingsScreen = lazy(async () => ({ default: (await import('../screens/SettingsScreen')).SettingsScreen }))

/** The page's typeface in the styles it prints in; the sample text asks for its Vietnamese and Latin subsets. */
const PAGE_FONTS = ['400 1em Tinos', '700 1em Tinos', 'italic 400 1em Tinos', 'italic 700 1em Tinos']
const PAGE_FONT_SAMPLE = 'Aa Ăă Đđ Ơơ Ưư ạ ế'

/** Start loading the editor before it is shown (a report is being opened). */
export function preloadEditor(): void {
  void loadEditor()
}

/**
 * Start loading the page's fonts once the report is asked for: they come while it is read, not
 * after its page is laid out (and not before the requests the start waits for).
 */
export function preloadPageFonts(): void {
  if (typeof document === 'undefined' || !('fonts' in document)) return
  for (const font of PAGE_FONTS) void document.fonts.load(font, PAGE_FONT_SAMPLE).catch(() => undefined)
}
