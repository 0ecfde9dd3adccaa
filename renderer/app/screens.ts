/**
 * The screens other than home, each a chunk of its own: the home screen loads neither the
 * editor (Lexical), nor the new-report wizard, nor the settings, nor the templates. A report about
 * to open starts loading the editor's chunk at once, alongside its own request
 * (see {@link preloadEditor}); the home screen loads them all in its idle time
 * ({@link preloadScreens}), after it is drawn.
 *
 * A screen whose chunk is already loaded is drawn at once. Through `React.lazy` alone it would
 * first suspend (its import() resolves a microtask later), show the loading fallback, and React
 * would then hold the screen back until 300 ms after that fallback appeared.
 */
import { createElement, lazy, useState, type ComponentType } from 'react'

interface LazyScreen {
  Screen: ComponentType
  /** Start loading the screen's chunk (once; again after a failed load). */
  preload: () => Promise<ComponentType>
}

function lazyScreen(load: () => Promise<ComponentType>): LazyScreen {
  let loaded: ComponentType | undefined
  let loading: Promise<ComponentType> | undefined
  const preload = (): Promise<ComponentType> =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined
        throw error
      },
    ))
  const Suspending = lazy(async () => ({ default: await preload() }))
  function Screen(): React.JSX.Element {
    // Chosen when the screen mounts and kept: switching would mount the screen a second time.
    const [Loaded] = useState(() => loaded)
    return createElement(Loaded ?? Suspending)
  }
  return { Screen, preload }
}

const screens = {
  editor: lazyScreen(async () => (await import('../screens/EditorScreen')).EditorScreen),
  new: lazyScreen(async () => (await import('../screens/NewReportScreen')).NewReportScreen),
  templates: lazyScreen(async () => (await import('../screens/TemplatesScreen')).TemplatesScreen),
  settings: lazyScreen(async () => (await import('../screens/SettingsScreen')).SettingsScreen),
}

export type LazyScreenName = keyof typeof screens

export const EditorScreen = screens.editor.Screen
export const NewReportScreen = screens.new.Screen
export const TemplatesScreen = screens.templates.Screen
export const SettingsScreen = screens.settings.Screen

/** The page's typeface in the styles it prints in; the sample text asks for its Vietnamese and Latin subsets. */
const PAGE_FONTS = ['400 1em Tinos', '700 1em Tinos', 'italic 400 1em Tinos', 'italic 700 1em Tinos']
const PAGE_FONT_SAMPLE = 'Aa Ăă Đđ Ơơ Ưư ạ ế'

/** Start loading the editor before it is shown (a report is being opened). */
export function preloadEditor(): void {
  void screenReady('editor')
}

/**
 * Resolves once a screen's code is in (or could not be loaded: the screen then tells). The
 * actions switch screens after it, so that the screen before stays until the next can be drawn.
 */
export function screenReady(name: LazyScreenName): Promise<void> {
  return screens[name].preload().then(
    () => undefined,
    () => undefined,
  )
}

/**
 * Load the chunks of the screens the home screen leads to (the editor first: nearly every visit
 * ends in a report), so that none shows a loading screen on its first visit.
 */
export function preloadScreens(): void {
  for (const name of ['editor', 'new', 'templates', 'settings'] as const) void screenReady(name)
}

/**
 * Start loading the page's fonts once the report is asked for: they come while it is read, not
 * after its page is laid out (and not before the requests the start waits for).
 */
export function preloadPageFonts(): void {
  if (typeof document === 'undefined' || !('fonts' in document)) return
  for (const font of PAGE_FONTS) void document.fonts.load(font, PAGE_FONT_SAMPLE).catch(() => undefined)
}
