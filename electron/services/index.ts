/** What the two hosts of the services (Electron main and the browser-mode host) start them with. */
export { resolveAppDirs } from './paths'
export { createConfSettings, openSettingsStore } from './settings'
export { DocumentService } from './documents'
export { writeExport } from './export'
export { createHandlers, bindContract } from './api'
export { TemplateService } from './templates'
export { APP_VERSION } from './version'
