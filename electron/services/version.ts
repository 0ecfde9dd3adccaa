import pkg from '../../package.json'

/** The app version written into every saved report. */
export const APP_VERSION: string = pkg.version
