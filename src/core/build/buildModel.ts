import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type * as TF from '@tensorflow/tfjs';
import { loadConfig, type LoadedConfig } from '../config/index.js';
import type { Backend, ModelBuildConfig, Task } from '../config/types.js';
import { cleanTable } from '../data/clean.js';
import { readTable } from '../data/read.js';
import { splitRows } from '../data/split.js';
import type { Cell, Table } from '../data/types.js';
import { ModelBuildError } from '../errors.js';
import { encodeLabels, fitPreprocessor, inputWidth, transform, type Preprocessor } from '../features/preprocessor.js';
import type { HashProgress } from '../hashing/index.js';
import { checkWorkspace, type CheckReport } from '../provenance/index.js';
import { loadRuntime, type Runtime } from '../runtime/tensorflow.js';
import { fitModel, type EpochRecord, type Examples } from '../train/fit.js';
import { evaluateGates } from '../train/gates.js';
import { binaryMetrics, multiclassMetrics, regressionMetrics } from '../train/metrics.js';
import { buildDeclarativeModel, buildModuleModel, outputUnitsFor, type ModelContext } from '../train/model.js';
import { serializeModel, WEIGHTS_FILE } from '../train/serialize.js';
import { Profiler } from '../profile/profiler.js';
import { writePackage } from '../package/writePackage.js';
import { writeProvenance } from '../package/provenance.js';
import { resolveInside, toPosix } from '../util/paths.js';
import type { BuildResult, MetricsFile } from './types.js';

export interface BuildOptions {
  /** Config file (relative to `cwd`) or a loaded config. Default: model-build.yml in `cwd`. */
  config?: string | LoadedConfig;
  cwd?: string;
  /** Output folder; the model directory is `<out>/<name>`. Default: `package.out` beside the config. */
  out?: string;
  /** Overrides `training.backend`. */
  backend?: Backend;
  /** Build even when the provenance check fails; the result records it. */
  allowDirty?: boolean;
  /**
   * A provenance check the caller already ran for this config and output folder (the action
   * does, to key its build cache): reused instead of checking again.
   */
  check?: CheckReport;
  /** Hash cache for the check (see checkWorkspace). */
  cacheFile?: string | null;
  onCheckProgress?: (p: HashProgress) => void;
  onEpoch?: (record: EpochRecord, epochs: number) => void;
  /** An already loaded TensorFlow.js runtime (tests, repeated builds). */
  runtime?: Runtime;
  /** Archive timestamp in seconds (SOURCE_DATE_EPOCH); default: the commit time. */
  sourceDateEpoch?: number;
  /** Branch or tag to record when the checkout is detached (e.g. GITHUB_REF). */
  ref?: string;
  /** Who runs the build, for the provenance statement beside the archive. */
  builder?: { id: string; invocationId?: string };
}

/**
 * The model build pipeline: provenance check, data, features, seeded training, evaluation
 * and gates; writes the model directory (model.json, weights.bin, preprocessor.json,
 * metrics.json) atomically.
 */
export async function buildModel(options: BuildOptions = {}): Promise<BuildResult> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const startedOn = new Date();
  const clock = phaseClock();
  const first = typeof options.config === 'object' ? options.config : loadConfig(options.config, { cwd });
  const configDir = path.dirname(first.file);
  const outRoot = outputFolder(first, options.out, cwd);
  const check =
    options.check ??
    (await checkWorkspace({
      root: configDir,
      config: first,
      outputs: [outRoot],
      cacheFile: options.cacheFile,
      onProgress: options.onCheckProgress,
    }));
  if (!check.ok && !options.allowDirty) return { status: 'refused', check };
  const checkMs = clock();
  // Reload against the repository root so no data path may leave the repository.
  const loaded = check.git ? loadConfig(first.file, { cwd, root: check.git.root }) : first;
  const config = loaded.config;
  const display = (abs: string) => toPosix(path.relative(check.root, abs)) || '.';

  const { table, cleaning, trainRows, valRows, rowsRead } = await prepareData(loaded, display);
  const label = config.data.label!;
  const task = config.model?.task ?? inferTask(table, label);
  const seed = config.seed ?? 42;
  const warnings: string[] = [];
  const pre = fitPreprocessor(table, trainRows, {
    warn: (w) => warnings.push(w),
    label,
    task,
    features: config.features,
    exclude: config.data.exclude,
    impute: config.data.cleaning?.impute,
    source: table.source,
  });
  checkClassesCovered(pre, trainRows, valRows, table.source, config);
  const width = inputWidth(pre);
  const train: Examples = { x: transform(pre, trainRows), y: encodeLabels(pre, trainRows) };
  const val: Examples = { x: transform(pre, valRows), y: encodeLabels(pre, valRows) };

  const dataMs = clock();
  let runtime = options.runtime ?? (await loadRuntime({ backend: options.backend ?? config.training?.backend, projectRoot: configDir }));
  const runtimeMs = clock();
  const classCount = pre.label.classes?.length ?? 1;
  const ctx: ModelContext = { inputShape: [width], outputUnits: outputUnitsFor(task, classCount), task, seed };
  const modulePath = config.model?.module
    ? resolveInside(check.root, configDir, config.model.module, { what: 'model.module', file: display(loaded.file), pointer: '/model/module' })
    : null;
  const evaluate = (pred: Float32Array) => evaluateMetrics(task, pre, val.y, pred, classCount);
  const train1 = async (rt: Runtime) => {
    const model = modulePath
      ? await buildModuleModel(rt.tf, config.model ?? {}, ctx, modulePath, display(modulePath))
      : buildDeclarativeModel(rt.tf, config.model ?? {}, ctx);
    const fit = await fitModel(rt.tf, model, train, val, {
      task,
      classCount,
      width,
      epochs: config.training?.epochs ?? 50,
      batchSize: config.training?.batchSize ?? 32,
      seed,
      earlyStopping: config.training?.earlyStopping,
      validationMetric: evaluate,
      onEpoch: options.onEpoch,
    });
    return { model, fit };
  };
  let trained: Awaited<ReturnType<typeof train1>>;
  try {
    trained = await train1(runtime);
  } catch (e) {
    // A model whose ops the wasm backend lacks still trains, more slowly, on cpu.
    if (runtime.info.backend !== 'wasm' || !/not registered for backend/i.test((e as Error)?.message ?? '')) throw e;
    const reason = (e as Error).message.split('\n')[0]!;
    await runtime.tf.setBackend('cpu');
    runtime = { tf: runtime.tf, info: { ...runtime.info, backend: 'cpu', backendVersion: runtime.tf.version_core, simd: null, fallbacks: [...runtime.info.fallbacks, `wasm: ${reason}`] } };
    trained = await train1(runtime);
  }
  const { model, fit } = trained;
  const predictions = predictAll(runtime.tf, model, val.x, width);
  const metrics = evaluate(predictions);
  const gates = evaluateGates(config.gates ?? {}, metrics, display(loaded.file));
  const result: MetricsFile = {
    format: 1,
    task,
    label,
    ...(pre.label.classes ? { classes: pre.label.classes } : {}),
    metrics,
    gates,
    gatesPassed: gates.every((g) => g.passed),
    history: fit.history,
    epochsRun: fit.epochsRun,
    bestEpoch: fit.bestEpoch,
    stoppedEarly: fit.stoppedEarly,
    seed,
    runtime: runtime.info,
    warnings,
    data: { rows: table.rows.length, train: trainRows.length, validation: valRows.length, cleaning },
  };
  const trainMs = clock();
  const serialized = await serializeModel(runtime.tf, model);
  // compile() got an optimizer object, which model.dispose() leaves alive with its state.
  model.optimizer?.dispose();
  model.dispose();
  const modelDir = path.join(outRoot, config.name);
  const files: Record<string, string | Buffer> = {
    'model.json': `${JSON.stringify(serialized.modelJson, null, 2)}\n`,
    [WEIGHTS_FILE]: serialized.weights,
    'preprocessor.json': `${JSON.stringify(pre, null, 2)}\n`,
    'metrics.json': `${JSON.stringify(result, null, 2)}\n`,
  };
  writeDirAtomically(modelDir, files);
  // A model that misses a gate is kept for inspection but never packaged.
  const pkg =
    result.gatesPassed && check.git
      ? writePackage(
          {
            name: config.name,
            loaded,
            check,
            result,
            model: serialized,
            preprocessor: pre,
            profile: { ...profileRows(trainRows), predictions: profileRows(predictionRecords(pre, predictions, valRows.length)) },
            rows: rowsRead,
            mtime: options.sourceDateEpoch ?? check.git.commitTime,
            ref: options.ref,
            level: config.package?.compressionLevel,
          },
          outRoot,
        )
      : null;
  const provenance = pkg
    ? writeProvenance(pkg, {
        builderId: options.builder?.id ?? 'model-build/library',
        invocationId: options.builder?.invocationId,
        startedOn,
        finishedOn: new Date(),
        externalParameters: {
          config: toPosix(path.relative(check.root, loaded.file)),
          backend: options.backend ?? config.training?.backend ?? 'auto',
          allowDirty: Boolean(options.allowDirty),
        },
      })
    : null;
  return {
    status: 'built',
    provenance,
    check,
    allowedDirty: !check.ok,
    name: config.name,
    modelDir,
    files: Object.keys(files).sort(),
    package: pkg,
    result,
    timings: { check: checkMs, data: dataMs, runtime: runtimeMs, train: trainMs, write: clock() },
  };
}

/** The training split's profile: what monitoring compares new data with. */
function profileRows(rows: ReadonlyArray<Record<string, Cell>>) {
  const profiler = new Profiler();
  for (const r of rows) profiler.update(r);
  return profiler.toJSON();
}

/**
 * The model's outputs as records with one column, `prediction`: the predicted class, or the
 * predicted value. Profiled on the validation split, they are what prediction drift compares.
 */
export function predictionRecords(pre: Preprocessor, raw: ArrayLike<number>, rows: number): Array<Record<string, Cell>> {
  const { label } = pre;
  const classes = label.classes ?? [];
  const width = label.task === 'multiclass' ? classes.length : 1;
  return Array.from({ length: rows }, (_, i) => {
    if (label.task === 'regression') return { prediction: raw[i]! * (label.scale ?? 1) + (label.shift ?? 0) };
    if (label.task === 'binary') return { prediction: classes[raw[i]! >= 0.5 ? 1 : 0]! };
    let best = 0;
    for (let c = 1; c < width; c++) if (raw[i * width + c]! > raw[i * width + best]!) best = c;
    return { prediction: classes[best]! };
  });
}

/** Where a build writes: `--out` (relative to cwd), else `package.out` beside the config. */
export function outputFolder(loaded: LoadedConfig, out: string | undefined, cwd: string): string {
  return out ? path.resolve(cwd, out) : path.resolve(path.dirname(loaded.file), loaded.config.package?.out ?? 'model-build-out');
}

/** Milliseconds since the previous call (for the in-memory timings only). */
function phaseClock(): () => number {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const ms = Math.round(now - last);
    last = now;
    return ms;
  };
}

async function prepareData(loaded: LoadedConfig, display: (abs: string) => string) {
  const { config } = loaded;
  const data = config.data;
  if (!data.label) {
    throw new ModelBuildError('CONFIG_INVALID', 'data.label is required to build a model', {
      file: display(loaded.file),
      pointer: '/data',
      hint: 'name the column to predict, e.g. `label: species`',
    });
  }
  const readOptions = { format: data.format, delimiter: data.delimiter, columns: data.columns };
  const [trainPath, valPath] = [loaded.dataPaths[0]!.path, data.validation ? loaded.dataPaths[1]!.path : null];
  const raw = await readTable(trainPath, { ...readOptions, display: display(trainPath) });
  const rowsRead = new Map([[trainPath, raw.rows.length]]);
  const cleaned = cleanTable(raw, data.label, data.cleaning);
  if (valPath) {
    const rawVal = await readTable(valPath, { ...readOptions, display: display(valPath) });
    rowsRead.set(valPath, rawVal.rows.length);
    const cleanedVal = cleanTable(rawVal, data.label, data.cleaning);
    return { table: cleaned.table, cleaning: cleaned.steps, trainRows: cleaned.table.rows, valRows: cleanedVal.table.rows, rowsRead };
  }
  const task = config.model?.task ?? inferTask(cleaned.table, data.label);
  const stratify = data.split?.stratify ?? task !== 'regression';
  const split = splitRows(cleaned.table, {
    seed: config.seed ?? 42,
    fraction: data.split?.validation ?? 0.2,
    stratifyBy: stratify ? data.label : undefined,
  });
  const pick = (idx: number[]) => idx.map((i) => cleaned.table.rows[i]!);
  return { table: cleaned.table, cleaning: cleaned.steps, trainRows: pick(split.train), valRows: pick(split.validation), rowsRead };
}

/** The task a label suggests when the config does not say. */
export function inferTask(table: Table, label: string): Task {
  const type = table.types[label];
  if (type === 'boolean') return 'binary';
  if (type === 'number') return 'regression';
  const classes = new Set(table.rows.map((r) => r[label]).filter((v) => v !== null));
  return classes.size === 2 ? 'binary' : 'multiclass';
}

/** Every class must be in both splits: a metric over a missing class means nothing. */
function checkClassesCovered(pre: Preprocessor, trainRows: Array<Record<string, Cell>>, valRows: Array<Record<string, Cell>>, source: string, config: ModelBuildConfig) {
  const classes = pre.label.classes;
  if (!classes) return;
  const inVal = new Set(valRows.map((r) => String(r[pre.label.column])));
  const missing = classes.filter((c) => !inVal.has(c));
  if (missing.length > 0) {
    throw new ModelBuildError('DATA_INVALID', `class${missing.length > 1 ? 'es' : ''} ${missing.map((m) => `"${m}"`).join(', ')} of "${pre.label.column}" ${missing.length > 1 ? 'are' : 'is'} not in the validation split`, {
      file: source,
      hint: config.data.validation ? 'add examples of every class to the validation file' : 'set data.split.stratify: true (the default for classification)',
    });
  }
  const inTrain = new Set(trainRows.map((r) => String(r[pre.label.column])));
  const unseen = [...inVal].filter((c) => !inTrain.has(c));
  if (unseen.length > 0) {
    throw new ModelBuildError('DATA_INVALID', `validation holds class(es) the training data lacks: ${unseen.join(', ')}`, { file: source });
  }
}

function predictAll(tf: Runtime['tf'], model: TF.LayersModel, x: Float32Array, width: number): Float32Array {
  return tf.tidy(() => (model.predict(tf.tensor2d(x, [x.length / width, width]), { batchSize: 1024 }) as TF.Tensor).dataSync() as Float32Array);
}

/** Validation metrics from raw model outputs. */
function evaluateMetrics(task: Task, pre: Preprocessor, y: number[], pred: Float32Array, classCount: number): Record<string, number | number[][]> {
  if (task === 'binary') return { ...binaryMetrics(y, Array.from(pred)) };
  if (task === 'multiclass') {
    const probs = y.map((_, i) => Array.from(pred.subarray(i * classCount, (i + 1) * classCount)));
    return { ...multiclassMetrics(y, probs, classCount) };
  }
  const { shift = 0, scale = 1 } = pre.label;
  const back = (v: number) => v * scale + shift;
  return { ...regressionMetrics(y.map(back), Array.from(pred, back)) };
}

/** Writes a directory under a temp name, then renames it into place: never a half-written model. */
function writeDirAtomically(dir: string, files: Record<string, string | Buffer>): void {
  mkdirSync(path.dirname(dir), { recursive: true });
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp);
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(tmp, name), content);
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
}
