export * from './profiles'
export * from './metrics'
export * from './resolve'
export * from './signature'
