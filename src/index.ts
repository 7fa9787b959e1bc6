/**
 * model-build as a library. Everything here is free of `@actions/*`, never exits the process
 * and never prints: results are values, failures are `ModelBuildError`s.
 */
export { ModelBuildError, type ErrorCode, type ErrorLocation } from './core/errors.js';
export { loadConfig, findConfigFile, DEFAULT_CONFIG_NAMES, type LoadConfigOptions } from './core/config/index.js';
export type * from './core/config/types.js';
export * from './core/provenance/index.js';
export { Hasher, HashCache, HashPool, type HashAlgo, type FileDigests, type HashProgress } from './core/hashing/index.js';
