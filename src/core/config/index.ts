export { loadConfig, findConfigFile, DEFAULT_CONFIG_NAMES, type LoadConfigOptions } from './load.js';
export { CONFIG_LIMITS, MAX_CONFIG_ALIASES, MAX_CONFIG_BYTES, MAX_CONFIG_DEPTH, MAX_CONFIG_STRING, MAX_CONFIG_VALUES } from './limits.js';
export { checkTaskSettings, metricNames, settingError, type ConfigOrigin } from './rules.js';
export type * from './types.js';
