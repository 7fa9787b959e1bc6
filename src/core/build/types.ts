import type { Task } from '../config/types.js';
import type { CleaningStep } from '../data/clean.js';
import type { WrittenPackage } from '../package/writePackage.js';
import type { CheckReport } from '../provenance/report.js';
import type { RuntimeInfo, RuntimeNotes } from '../runtime/tensorflow.js';
import type { EpochRecord } from '../train/fit.js';
import type { GateResult } from '../train/gates.js';

/** Written as metrics.json beside the model: deterministic for a given commit, data and runtime. */
import type { Calibration } from '../monitor/calibration.js';

export type TrainerInfo = { name: 'dense'; shards: number } | { name: 'tfjs' };

export interface MetricsFile {
  format: 1;
  task: Task;
  label: string;
  classes?: string[];
  /** Validation metrics. */
  metrics: Record<string, number | number[][]>;
  /** Classification: how often the top class was right, by its probability, on the validation split (monitor's accuracy estimate without labels). */
  calibration?: Calibration;
  gates: GateResult[];
  gatesPassed: boolean;
  history: EpochRecord[];
  epochsRun: number;
  bestEpoch: number;
  stoppedEarly: boolean;
  seed: number;
  /** What trained the weights: model-build's dense trainer (declarative models, with its shard count) or TensorFlow.js (model modules). */
  trainer: TrainerInfo;
  runtime: RuntimeInfo;
  /** Advice that did not stop the build. */
  warnings: string[];
  data: {
    rows: number;
    train: number;
    validation: number;
    cleaning: CleaningStep[];
  };
}

export type BuildResult =
  | {
      status: 'refused';
      /** The provenance check that failed; nothing was trained or written. */
      check: CheckReport;
    }
  | {
      status: 'built';
      check: CheckReport;
      /** True when the build is dirty: --allow-dirty built past a failed check (recorded in the package). */
      allowedDirty: boolean;
      /** Why it is dirty, one line each: the check's problems and unversioned imports. Empty when clean. */
      problems: string[];
      name: string;
      /** Absolute path of the model directory. */
      modelDir: string;
      files: string[];
      /** The archive, or null when a gate failed (such models are not packaged). */
      package: WrittenPackage | null;
      /** The provenance statement beside the archive (run-specific facts), when packaged. */
      provenance: string | null;
      result: MetricsFile;
      /** How the backend was asked for and why a faster one was not used: not in the model files. */
      runtimeNotes: RuntimeNotes;
      /** Wall-clock milliseconds per phase. Run-specific, so never written into the model files. */
      timings: { check: number; data: number; runtime: number; train: number; write: number };
    };
