import type { ModelBuildConfig, Task } from '../config/types.js';
import type { DataKind, DataStatus } from '../provenance/report.js';
import type { RuntimeInfo } from '../runtime/tensorflow.js';
import type { EpochRecord } from '../train/fit.js';
import type { GateResult } from '../train/gates.js';
import type { TrainerInfo } from '../build/types.js';

/** The metadata format this model-build writes and the newest it reads. */
export const METADATA_FORMAT = 1;

/** metadata.json: everything needed to trust and rebuild the model (schema/metadata.schema.json). */
export interface PackageMetadata {
  format: number;
  name: string;
  version: string | null;
  description: string | null;
  intendedUse: string | null;
  /** The archive timestamp (commit time or SOURCE_DATE_EPOCH), ISO 8601. */
  timestamp: string;
  createdBy: { tool: 'model-build'; version: string };
  /**
   * True unless the tree was clean and every byte read matched its pointer: a build forced
   * with --allow-dirty past a failed check, or with unversioned imports. Absent in packages
   * from model-build 0.1 (read it as `code.dirty`).
   */
  dirty?: boolean;
  /** Why the build is dirty, one line each (empty for a clean build). */
  problems?: string[];
  code: {
    repository: string | null;
    commit: string;
    tree: string;
    ref: string | null;
    dirty: boolean;
    dirtyPaths: string[];
  };
  data: Array<{
    path: string;
    pointer: string | null;
    kind: DataKind | null;
    /** What the pointer records. */
    hash: string | null;
    /** Digest of the bytes actually read (equal to `hash` when the check proved they match). */
    actual?: string | null;
    /** The check's verdict for it (`ok`, `modified`, `unversioned`, ...). */
    status?: DataStatus;
    size: number | null;
    /** Rows read from it, for the training and validation files. */
    rows: number | null;
  }>;
  config: { path: string; digest: string; resolved: ModelBuildConfig };
  /**
   * The sweep variant this package is: the config's `sweep` entry whose overrides were applied
   * to it (`config.resolved` is the result). Absent for a build of the base config.
   */
  variant?: { id: string; overrides: Record<string, unknown> };
  task: Task;
  label: string;
  classes: string[] | null;
  training: {
    seed: number;
    backend: RuntimeInfo['backend'];
    backendVersion: string;
    tfjsVersion: string;
    simd: boolean | null;
    /** Absent in packages from before the dense trainer (TensorFlow.js trained them). */
    trainer?: TrainerInfo;
    epochsRun: number;
    bestEpoch: number;
    stoppedEarly: boolean;
    history: EpochRecord[];
  };
  metrics: Record<string, number | number[][]>;
  gates: GateResult[];
  gatesPassed: boolean;
  environment: {
    node: string;
    platform: string;
    arch: string;
    /** Exact versions of the packages the model needs at run time. */
    dependencies: Record<string, string>;
    /** sha256 of the package's package-lock.json. */
    lockfileDigest: string;
  };
  /** sha256 of every other file in the package (all but metadata.json and MANIFEST.sha256). */
  files: Record<string, string>;
}
