export { Hasher, type HasherOptions, type HashProgress } from './hasher.js';
export { HashPool, type HashAlgo, type FileDigests } from './pool.js';
export { HashCache, CACHE_FORMAT, sweepStaleTemps } from './cache.js';
