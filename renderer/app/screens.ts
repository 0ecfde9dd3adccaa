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

/** Start loading the editor before it is shown (a report is being opened). */
export function preloadEditor(): void {
  void loadEditor()
}
