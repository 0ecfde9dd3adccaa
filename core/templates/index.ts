export * from './schema'
export { instantiate, parseTemplate, periodFor, fillPlaceholders, type InstantiateOptions } from './instantiate'
export { ISSUER_DEFAULTS, issuerKindsFor, type IssuerDefaults } from './issuers'
