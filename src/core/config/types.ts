/** The configuration, as described by schema/model-build.schema.json. */
import type { SweepConfig, SweepPlan, Variant } from './sweep.js';

export type Task = 'binary' | 'multiclass' | 'regression';
export type Backend = 'auto' | 'tensorflow' | 'wasm' | 'cpu';
export type ColumnType = 'number' | 'string' | 'boolean' | 'category';

export interface DataConfig {
  path: string;
  validation?: string;
  extra?: string[];
  format?: 'auto' | 'csv' | 'jsonl' | 'json';
  delimiter?: string;
  label?: string;
  columns?: Record<string, ColumnType>;
  exclude?: string[];
  cleaning?: {
    dropMissingLabel?: boolean;
    dropDuplicates?: boolean;
    impute?: Record<string, 'mean' | 'median' | 'mode' | { constant: number | string | boolean }>;
    clip?: Record<string, [number | null, number | null]>;
  };
  split?: { validation?: number; stratify?: boolean };
}

export type FeatureSpec =
  | { type: 'numeric'; transform?: 'standardize' | 'minmax' | 'log' | 'none' }
  | { type: 'categorical'; topK?: number }
  | { type: 'boolean' }
  | { type: 'bucketized'; boundaries: number[] }
  | 'drop';

export interface HiddenLayerSpec {
  units: number;
  activation?: string;
  dropout?: number;
}

export interface ModelConfig {
  task?: Task;
  hidden?: HiddenLayerSpec[];
  l2?: number;
  optimizer?: 'adam' | 'sgd' | 'rmsprop' | 'adagrad';
  learningRate?: number;
  module?: string;
  /** Refuse a label with more classes than this (default 1000, see train/limits.ts). */
  maxClasses?: number;
  /** Refuse a model input wider than this after one-hot encoding (default 10000). */
  maxInputs?: number;
}

export interface TrainingConfig {
  epochs?: number;
  batchSize?: number;
  backend?: Backend;
  earlyStopping?: { monitor?: string; patience?: number; minDelta?: number };
  /** Refuse a declarative model with more parameters than this (default 50 million). */
  maxParameters?: number;
  /** Refuse a build whose estimated training memory exceeds this many MiB (default 4096). */
  maxMemoryMiB?: number;
  /**
   * Logical shards each batch of a declarative model is cut into (default 4): their gradients are
   * summed in shard order, so this — never the core count — decides the weights.
   */
  shards?: number;
}

export interface MonitorConfig {
  /** Report-wide false-alarm level (default 0.05). */
  alpha?: number;
  /** Deprecated synonym of `alpha`. */
  ks?: number;
  /** Minimum effects a significant test must also reach. */
  psi?: number;
  jensenShannon?: number;
  missingRateIncrease?: number;
  bins?: number;
  features?: string[];
}

export interface ModelBuildConfig {
  $schema?: string;
  name: string;
  version?: string;
  description?: string;
  intendedUse?: string;
  seed?: number;
  data: DataConfig;
  features?: Record<string, FeatureSpec>;
  model?: ModelConfig;
  training?: TrainingConfig;
  /** metric name → comparison, e.g. `accuracy: ">= 0.9"` */
  gates?: Record<string, string>;
  package?: { out?: string; compressionLevel?: number };
  monitor?: MonitorConfig;
  sweep?: SweepConfig;
}

/** A config file that passed the schema, with its location and the data paths it reads. */
export interface LoadedConfig {
  /** Absolute path of the config file. */
  file: string;
  /** The config with schema defaults filled in. */
  config: ModelBuildConfig;
  /** sha256 of the file's bytes, `sha256:<hex>`. */
  digest: string;
  /** Every data path the config reads, absolute, with the JSON pointer that names it. */
  dataPaths: ConfigDataPath[];
  /** The expanded `sweep` section, when the config has one. */
  sweep?: SweepPlan;
  /** The variant this config is (base config with its overrides applied), when one was asked for. */
  variant?: Variant;
  /** Line and column of the setting at a JSON pointer (of its key with `atKey`), when known. */
  locate?: (pointer: string, atKey?: boolean) => { line?: number; column?: number };
}

export interface ConfigDataPath {
  /** Absolute path. */
  path: string;
  /** As written in the config. */
  given: string;
  /** JSON pointer of the setting, e.g. `/data/path`. */
  pointer: string;
}
