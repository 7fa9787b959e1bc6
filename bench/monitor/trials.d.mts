// Types for bench/monitor/trials.mjs, so the TypeScript test that shares it is checked too.

export type FeatureType = 'numeric continuous' | 'numeric discrete' | 'categorical' | 'boolean';
export declare const FEATURE_TYPES: FeatureType[];
export declare const SHIFT: { sigmas: number; sharePoints: number };
export declare const DATASET_NAMES: string[];

export interface Feature {
  column: string;
  type: FeatureType;
  note: string;
}

export interface Dataset {
  name: string;
  source: string;
  /** Rows of the real data set after dropping unlabeled ones; null for synthetic. */
  rows: number | null;
  features: Feature[];
  categories: Record<string, { values: unknown[]; shares: number[]; cumulative: number[] }>;
  sampler(rand: () => number): () => Record<string, unknown>;
}

/** What the trials need from model-build: lib/ for the bench, src/ for the test. */
export interface MonitorApi {
  Profiler: new () => { update(record: Record<string, unknown>): void; toJSON(): unknown };
  compareProfiles(
    reference: never,
    current: never,
    options: { columns?: string[] },
  ): {
    drift: boolean;
    driftedFeatures: string[];
    thresholds: unknown;
    features: Array<{ column: string; drift: boolean; reasons: string[] }>;
    violations: Array<{ column: string; kind: string }>;
  };
}

export interface SameCell {
  trials: number;
  reportAlarms: number;
  features: Record<string, number>;
  reasons: Record<string, Record<string, number>>;
}

export interface ShiftCell {
  trials: number;
  detected: number;
  reportFlagged: number;
  others: Record<string, number>;
  reasons: Record<string, number>;
}

export declare function rng(seed: number): () => number;
export declare function seedOf(...parts: Array<string | number>): number;
export declare function shiftShares(shares: number[], points?: number): number[];
export declare function loadDatasets(projectRoot: string, names?: string[]): Dataset[];
export declare function trialsFor(size: number, base: number): number;
export declare function cellTrials(reference: number, batch: number, base: number): number;
export declare function cellKey(reference: number, batch: number): string;
export declare function reasonName(reason: string): string;
export declare function sameDistributionTrials(
  api: MonitorApi,
  dataset: Dataset,
  options: { seed: number; from: number; to: number; referenceSizes: number[]; batchSizes: number[]; trials: number },
): { thresholds: unknown; cells: Record<string, SameCell> };
export declare function shiftedTrials(
  api: MonitorApi,
  dataset: Dataset,
  options: { seed: number; from: number; to: number; referenceSizes: number[]; batchSize: number },
): { thresholds: unknown; shifted: Record<string, Record<string, ShiftCell>> };
export declare function addCounts<T extends object>(target: T, source: object): T;
export declare function maxAlarms(n: number, p: number, risk: number): number;
export declare function minDetections(n: number, p: number, risk: number): number;
