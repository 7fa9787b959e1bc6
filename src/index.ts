/**
 * model-build as a library. Everything here is free of `@actions/*`, never exits the process
 * and never prints: results are values, failures are `ModelBuildError`s.
 */
export { ModelBuildError, type ErrorCode, type ErrorLocation } from './core/errors.js';
export { loadConfig, findConfigFile, DEFAULT_CONFIG_NAMES, type LoadConfigOptions } from './core/config/index.js';
export type * from './core/config/types.js';
export * from './core/provenance/index.js';
export { Hasher, HashCache, HashPool, type HashAlgo, type FileDigests, type HashProgress } from './core/hashing/index.js';
export { buildModel, inferTask, type BuildOptions } from './core/build/buildModel.js';
export type { BuildResult, MetricsFile } from './core/build/types.js';
export { loadModel, type LoadedModel, type LoadModelOptions, type Prediction } from './core/predict/loadModel.js';
export { loadRuntime, type Runtime, type RuntimeInfo, type BackendName, type LoadRuntimeOptions } from './core/runtime/tensorflow.js';
export { readTable, parseCsv, parseJsonRecords, type Cell, type InferredType, type ReadOptions, type Table } from './core/data/index.js';
export { readRecords, type RawRecord } from './core/data/records.js';
export { fitPreprocessor, transform, type Preprocessor, type FeatureStep, type LabelEncoding } from './core/features/preprocessor.js';
export { binaryMetrics, multiclassMetrics, regressionMetrics, rocAuc } from './core/train/metrics.js';
export { evaluateGates, parseGate, type GateResult } from './core/train/gates.js';
export type { EpochRecord } from './core/train/fit.js';
export { writePackage, packageFiles, validateMetadata, type PackageInput, type WrittenPackage } from './core/package/writePackage.js';
export { readPackage, verifyPackage, loadPackagedModel, type InspectedPackage, type PackageFile } from './core/package/readPackage.js';
export {
  serveModel,
  loadServedModel,
  SERVE_LIMITS,
  HttpError,
  type ServeOptions,
  type ModelServer,
  type RequestLog,
  type ServedModel,
  type ServeLimits,
  type ServeErrorCode,
  type RecordProblem,
} from './core/serve/index.js';
export { provenanceStatement, writeProvenance, type RunDetails } from './core/package/provenance.js';
export { METADATA_FORMAT, type PackageMetadata } from './core/package/metadata.js';
export { Profiler, profileFile, profileFiles, type Profile, type ProfileOptions, type ColumnSummary, type ProfiledType } from './core/profile/index.js';
export { loadModelFrom, type ModelFileReader } from './core/predict/loadModel.js';
export { verifyBuild, type VerifyOptions, type VerifyReport, type BuiltArchive } from './core/verify/verifyBuild.js';
export { comparePackages, type PackageComparison, type FileDifference, type TensorDifference, type MetricDifference } from './core/verify/compare.js';
export * from './core/monitor/index.js';
export { planSweep, variantId, canonicalJson, MAX_SWEEP_VARIANTS, type SweepConfig, type SweepPlan, type Variant, type Direction } from './core/config/sweep.js';
export { selectBest, type Candidate, type SelectOptions, type Selection, type RankedVariant, type RejectedCandidate } from './core/sweep/select.js';
export { runSweep, type SweepOptions, type SweepResult } from './core/sweep/runSweep.js';
export { sweepMatrix } from './core/sweep/matrix.js';
export * from './core/dvc/index.js';
export {
  signModelFiles,
  checkModelSignature,
  verifyModelSignature,
  signPackage,
  checkPackageSignature,
  signatureFileFor,
  loadSigningKey,
  loadPublicKey,
  generateSigningKey,
  keyFingerprint,
  parseBundle,
  parseStatement,
  modelStatement,
  readTrustedRoots,
  trustedRootFromJson,
  certificateIdentity,
  GITHUB_ACTIONS_ISSUER,
  BUNDLE_MEDIA_TYPE,
  MODEL_SIGNING_PREDICATE_TYPE,
  SIGNING_KEY_PASSPHRASE_ENV,
  type SigningKey,
  type VerificationKey,
  type ModelSignature,
  type SignModelOptions,
  type SignatureTrust,
  type SignatureVerdict,
  type ModelSignatureCheck,
  type ModelStatement,
  type ModelResource,
  type ModelFileMap,
  type ModelFiles,
  type ProvedDigests,
  type KeylessTrust,
  type TrustedRootMaterial,
  type CertificateIdentity,
} from './core/signing/index.js';
