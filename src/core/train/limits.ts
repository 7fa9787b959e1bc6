/**
 * Size limits of the model a build trains, checked before TensorFlow.js loads: a label with 10k
 * classes trained for 9 minutes to 8.7 GB before dying, and `units: 1e6` ran out of memory.
 * Every limit has a setting in the config; the defaults fit a GitHub-hosted runner (7–16 GB of
 * memory, and TensorFlow.js' wasm backend addresses at most 4 GiB) with room to spare.
 */
import type { ModelBuildConfig, Task } from '../config/types.js';
import { settingError, checkTaskSettings, type ConfigOrigin } from '../config/rules.js';
import { ModelBuildError } from '../errors.js';

/** `model.maxClasses`: a classifier over more classes is rarely meant; regression or bucketing is. */
export const DEFAULT_MAX_CLASSES = 1000;
/** `model.maxInputs`: input width after one-hot and bucketing. Tabular models need hundreds, not tens of thousands. */
export const DEFAULT_MAX_INPUTS = 10_000;
/**
 * Distinct values a categorical feature may one-hot encode without an explicit
 * `features.<column>.topK` (which then decides, up to model.maxInputs).
 */
export const DEFAULT_MAX_VOCABULARY = 1000;
/** `training.maxParameters`: 50M float32 parameters train in about 800 MB with Adam. */
export const DEFAULT_MAX_PARAMETERS = 50_000_000;
/** `training.maxMemoryMiB`: below the wasm backend's 4 GiB address space and a runner's memory. */
export const DEFAULT_MAX_MEMORY_MIB = 4096;

/** Hidden layers when the config gives none; must match buildDeclarativeModel in model.ts. */
export const DEFAULT_HIDDEN = [{ units: 16 }] as const;

const F32 = 4;

/** Per-parameter state slots an optimizer keeps besides the weight and its gradient. */
const OPTIMIZER_SLOTS: Record<string, number> = { adam: 2, rmsprop: 2, adagrad: 1, sgd: 0 };

export interface ModelSizeInput {
  inputWidth: number;
  outputUnits: number;
  /** Hidden layer widths; null for a user module (its parameters are unknown before it runs). */
  hidden: ReadonlyArray<{ units: number; dropout?: number }> | null;
  batchSize: number;
  optimizer?: string;
  /** Dense trainer: logical shards per batch (each holds a float64 gradient); null for a user module. */
  shards?: number | null;
  /** Training and validation rows, for the memory the encoded data takes. */
  trainRows: number;
  validationRows: number;
}

export interface ModelSizeEstimate {
  /** Trainable parameters (weights and biases), or null for a user module. */
  parameters: number | null;
  /** Estimated peak bytes, by part. */
  bytes: { weights: number; gradients: number; optimizer: number; activations: number; data: number; total: number };
}

/**
 * Parameters and training memory of a dense model: weights, their gradients and the optimizer's
 * slots (float32); one batch of activations, forward and backward, plus dropout masks; and the
 * encoded data, held three times (the JS array, the tensor, and each epoch's shuffled copy).
 */
export function estimateModelSize(input: ModelSizeInput): ModelSizeEstimate {
  const { inputWidth, outputUnits } = input;
  let parameters: number | null = null;
  let activations = 0;
  const batch = Math.max(1, Math.min(input.batchSize, input.trainRows || input.batchSize));
  if (input.hidden) {
    const widths = [inputWidth, ...input.hidden.map((h) => h.units), outputUnits];
    parameters = 0;
    for (let i = 1; i < widths.length; i++) parameters += widths[i - 1]! * widths[i]! + widths[i]!;
    const units = widths.reduce((a, b) => a + b, 0);
    const masks = input.hidden.reduce((a, h) => a + (h.dropout ? h.units : 0), 0);
    activations = batch * (2 * units + masks) * F32;
  } else {
    activations = batch * 2 * (inputWidth + outputUnits) * F32;
  }
  const weights = (parameters ?? 0) * F32;
  const slots = OPTIMIZER_SLOTS[input.optimizer ?? 'adam'] ?? 2;
  let data = 3 * (input.trainRows + input.validationRows) * (inputWidth + outputUnits) * F32;
  let gradients = weights;
  if (input.hidden && input.shards) {
    // The dense trainer: float64 weights and one float64 gradient per shard, and the training
    // rows in shared memory (inputs float32, targets float64) for its threads.
    gradients += (parameters ?? 0) * 8 * (input.shards + 2);
    data += input.trainRows * (inputWidth * F32 + outputUnits * 8 + 4);
  }
  const bytes = { weights, gradients, optimizer: weights * slots, activations, data, total: 0 };
  bytes.total = bytes.weights + bytes.gradients + bytes.optimizer + bytes.activations + bytes.data;
  return { parameters, bytes };
}

export interface CheckModelSizeOptions {
  config: ModelBuildConfig;
  /** Width of the model input (`inputWidth(preprocessor)`). */
  inputWidth: number;
  /** Output units (`outputUnitsFor(task, classCount)`). */
  outputUnits: number;
  trainRows: number;
  validationRows: number;
  /** The config file, so the error names it and the setting's line. */
  origin?: ConfigOrigin;
}

/**
 * Refuses a model over `training.maxParameters` or a build over `training.maxMemoryMiB`, with the
 * estimate and the setting to change. Call before loading TensorFlow.js. Returns the estimate.
 */
export function checkModelSize(options: CheckModelSizeOptions): ModelSizeEstimate {
  const { config, origin } = options;
  const training = config.training ?? {};
  const isModule = Boolean(config.model?.module);
  const estimate = estimateModelSize({
    inputWidth: options.inputWidth,
    outputUnits: options.outputUnits,
    hidden: isModule ? null : (config.model?.hidden ?? DEFAULT_HIDDEN),
    batchSize: training.batchSize ?? 32,
    optimizer: config.model?.optimizer,
    shards: isModule ? null : (training.shards ?? 4),
    trainRows: options.trainRows,
    validationRows: options.validationRows,
  });
  const maxParameters = training.maxParameters ?? DEFAULT_MAX_PARAMETERS;
  const maxBytes = (training.maxMemoryMiB ?? DEFAULT_MAX_MEMORY_MIB) * 1024 * 1024;
  const { parameters, bytes } = estimate;
  const where = (pointer: string) => ({ file: origin?.file, pointer, ...(origin?.locate?.(pointer) ?? {}) });
  if (parameters !== null && parameters > maxParameters) {
    const layers = [options.inputWidth, ...(config.model?.hidden ?? DEFAULT_HIDDEN).map((h) => h.units), options.outputUnits].join(' → ');
    throw new ModelBuildError(
      'MODEL_INVALID',
      `the model would have ${count(parameters)} parameters (layers ${layers}; about ${formatBytes(bytes.weights + bytes.gradients + bytes.optimizer)} of weights, gradients and optimizer state), over training.maxParameters = ${count(maxParameters)}`,
      {
        ...where(training.maxParameters !== undefined ? '/training/maxParameters' : config.model?.hidden ? '/model/hidden' : '/data'),
        hint: 'use fewer or smaller hidden layers (model.hidden) or fewer inputs (data.exclude, features.<column>.topK), or raise training.maxParameters',
      },
    );
  }
  if (bytes.total > maxBytes) {
    const parts = [
      parameters !== null ? `weights, gradients and optimizer state ${formatBytes(bytes.weights + bytes.gradients + bytes.optimizer)}` : null,
      `activations of a batch ${formatBytes(bytes.activations)}`,
      `encoded data ${formatBytes(bytes.data)}`,
    ].filter(Boolean);
    throw new ModelBuildError(
      'MODEL_INVALID',
      `training would need about ${formatBytes(bytes.total)} of memory (${parts.join(', ')}), over training.maxMemoryMiB = ${training.maxMemoryMiB ?? DEFAULT_MAX_MEMORY_MIB}`,
      {
        ...where(training.maxMemoryMiB !== undefined ? '/training/maxMemoryMiB' : '/training'),
        hint: 'lower training.batchSize or model.hidden units, use fewer rows or inputs, or raise training.maxMemoryMiB',
      },
    );
  }
  return estimate;
}

/**
 * A user module's model can only be counted once built: call with `model.countParams()` right
 * after buildModuleModel, before training.
 */
export function checkModuleParameters(parameters: number, config: ModelBuildConfig, origin?: ConfigOrigin): void {
  const max = config.training?.maxParameters ?? DEFAULT_MAX_PARAMETERS;
  if (parameters <= max) return;
  const slots = OPTIMIZER_SLOTS[config.model?.optimizer ?? 'adam'] ?? 2;
  throw new ModelBuildError(
    'MODEL_INVALID',
    `the model built by model.module has ${count(parameters)} parameters (about ${formatBytes(parameters * F32 * (2 + slots))} of weights, gradients and optimizer state), over training.maxParameters = ${count(max)}`,
    {
      file: origin?.file,
      pointer: '/model/module',
      ...(origin?.locate?.('/model/module') ?? {}),
      hint: 'build a smaller model in the module, or raise training.maxParameters',
    },
  );
}

/**
 * Every check that needs the data but not TensorFlow.js: the gates and early-stopping monitor
 * against the task (also when it was inferred), then the model size. Call right after the
 * preprocessor is fitted, before the data is encoded and before the runtime loads.
 */
export function checkBeforeTraining(options: CheckModelSizeOptions & { task: Task }): ModelSizeEstimate {
  checkTaskSettings(options.config, options.task, options.origin);
  return checkModelSize(options);
}

/** Refuses a label with more classes than `model.maxClasses` (default 1000). */
export function checkClassCount(classes: number, label: string, maxClasses: number | undefined, source: string, origin?: ConfigOrigin): void {
  const max = maxClasses ?? DEFAULT_MAX_CLASSES;
  if (classes <= max) return;
  throw settingError(
    origin ?? { file: source },
    maxClasses === undefined ? '/data/label' : '/model/maxClasses',
    `label "${label}" has ${count(classes)} distinct classes, over model.maxClasses = ${count(max)}`,
    `a classifier over so many classes rarely learns: predict a number (model.task: regression), bucket or group the label into fewer classes, or raise model.maxClasses`,
  );
}

export const count = (n: number) => n.toLocaleString('en-US');

export function formatBytes(n: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
  let i = 0;
  let v = n;
  while (v >= 1024 && i < units.length - 1) [v, i] = [v / 1024, i + 1];
  return i === 0 ? `${n} bytes` : `${v.toFixed(1)} ${units[i]}`;
}
