export { dataDirFor, defaultDataDir, defaultLibraryFor, documentsDir, LIBRARY_DIR_NAME } from './paths'
export {
  createConfSettings,
  openSettingsStore,
  settingsFrom,
  settleLibrary,
  Settings,
  type SettingsStore,
  type StartupNotice,
} from './settings'
export { DocumentService, writeReport, REPORT_EXTENSION } from './documents'
export { alternativeExportPath, buildExport, writeExport } from './export'
export { createHandlers, bindContract, type Handlers, type Dispatch, type ServiceContext } from './api'
export { builtinTemplates, findTemplate, TemplateService } from './templates'
export { APP_VERSION } from './version'
