/**
 * Streaming, mergeable, deterministic summaries of data columns, and the drift statistics that
 * compare them. Every sketch serializes to a versioned JSON shape (`kind`, `version`) whose text
 * is the same for the same values in the same order.
 */
export { HyperLogLog, HLL_DEFAULT_LG_K, HLL_MIN_LG_K, HLL_MAX_LG_K, type HyperLogLogJSON, type HyperLogLogOptions } from './hyperLogLog.js';
export {
  KllSketch,
  kllRankError,
  KLL_DEFAULT_K,
  KLL_DEFAULT_SEED,
  KLL_MIN_K,
  KLL_MAX_K,
  type KllOptions,
  type KllSketchJSON,
  type KllSortedView,
} from './kll.js';
export {
  FrequentItemsSketch,
  FREQUENT_ITEMS_DEFAULT_LG_MAX_K,
  type FrequentItem,
  type FrequentItemsJSON,
  type FrequentItemsOptions,
} from './frequentItems.js';
export { Moments, type MomentsJSON } from './moments.js';
export {
  DRIFT_DEFAULTS,
  psi,
  jensenShannonDivergence,
  jensenShannonDistance,
  binEdgesFromQuantiles,
  histogram,
  kolmogorovQ,
  ksPValue,
  ksStatisticOnGrid,
  ksTwoSample,
  numericDrift,
  alignCategories,
  categoricalDrift,
  categoricalPsi,
  categoricalJensenShannon,
  type PsiOptions,
  type JensenShannonOptions,
  type KsResult,
  type KsOptions,
  type KsSample,
  type NumericDriftOptions,
  type NumericDrift,
  type CategorySource,
  type CategoryOptions,
  type AlignedCategories,
  type CategoricalDrift,
} from './drift.js';
export { murmur3String, murmur3Number, murmur3Bytes, hashOut } from './murmur3.js';
export { streamUint32 } from './seeded.js';
export { compareUtf8 } from './encoding.js';
export { Profiler, type Profile, type ColumnState, type ColumnSummary, type ProfiledType } from './profiler.js';
export { profileFile, profileFiles, PROFILE_RANGE_BYTES, type ProfileOptions } from './profileFile.js';
