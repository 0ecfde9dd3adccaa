/** What the two hosts of the services (Electron main and the browser-mode host) start them with. */
export { dataDirFor, defaultLibraryFor, documentsDir } from './paths'
export { createConfSettings, openSettingsStore, settleLibrary } from './settings'
export { DocumentService } from './documents'
export { createHandlers, bindContract, type ServiceContext } from './api'
export { TemplateService } from './templates'
export { APP_VERSION } from './version'
