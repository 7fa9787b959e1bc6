export { loadConfig, findConfigFile, DEFAULT_CONFIG_NAMES, type LoadConfigOptions } from './load.js';
export type * from './types.js';
