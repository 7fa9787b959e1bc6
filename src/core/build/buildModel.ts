import { fitCalibration, type Calibration } from '../monitor/calibration.js';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type * as TF from '@tensorflow/tfjs';
import { findConfigFile, loadConfig, type LoadedConfig } from '../config/index.js';
import type { Backend, ModelBuildConfig, Task } from '../config/types.js';
import { cleanTable } from '../data/clean.js';
import { readTable } from '../data/read.js';
import { splitRows } from '../data/split.js';
import type { Cell, Table } from '../data/types.js';
import { ModelBuildError } from '../errors.js';
import { encodeLabels, fitPreprocessor, inputWidth, preprocessorJson, transform, type Preprocessor } from '../features/preprocessor.js';
import { checkBeforeTraining, checkClassCount, checkModuleParameters } from '../train/limits.js';
import { Hasher, type HashProgress } from '../hashing/index.js';
import { checkWorkspace, type CheckReport } from '../provenance/index.js';
import { Git, commitTree, readGitFacts, type TreeEntry } from '../provenance/git.js';
import { resolveReal } from '../trust/boundary.js';
import { configuredOutput, judgeOutputFolder, OUTPUT_MARKER, OutputFolder, type OutputContext, type StepHook } from '../trust/outputs.js';
import { loadRuntime, type Runtime } from '../runtime/tensorflow.js';
import { fitModel, type EpochRecord, type Examples } from '../train/fit.js';
import { DEFAULT_SHARDS, fitDense } from '../train/denseFit.js';
import { evaluateGates } from '../train/gates.js';
import { binaryMetrics, multiclassMetrics, regressionMetrics } from '../train/metrics.js';
import { buildDeclarativeModel, buildModuleModel, outputUnitsFor, type ModelContext } from '../train/model.js';
import { serializeModel, WEIGHTS_FILE } from '../train/serialize.js';
import { Profiler } from '../profile/profiler.js';
import { archivePackage, type WrittenPackage } from '../package/writePackage.js';
import { provenanceFileFor, provenanceText } from '../package/provenance.js';
import { isInside, toPosix } from '../util/paths.js';
import type { BuildResult, MetricsFile, TrainerInfo } from './types.js';

export interface BuildOptions {
  /** Config file (relative to `cwd`) or a loaded config. Default: model-build.yml in `cwd`. */
  config?: string | LoadedConfig;
  cwd?: string;
  /** Output folder; the model directory is `<out>/<name>`. Default: `package.out` beside the config. */
  out?: string;
  /** Overrides `training.backend`. */
  backend?: Backend;
  /**
   * Threads the dense trainer computes shards on. Never changes the weights (the config's
   * `training.shards` does). Default: MODEL_BUILD_TRAIN_THREADS, else one per core.
   */
  trainThreads?: number;
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
  /** Build this variant of the config's sweep (its id, see `model-build sweep --plan`). */
  variant?: string;
  /** Who runs the build, for the provenance statement beside the archive. */
  builder?: { id: string; invocationId?: string };
}

/**
 * The model build pipeline: provenance check, data, features, seeded training, evaluation
 * and gates; writes the model directory (model.json, weights.bin, preprocessor.json,
 * metrics.json), the package and its provenance into an output folder it owns.
 */
export async function buildModel(options: BuildOptions = {}): Promise<BuildResult> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const startedOn = new Date();
  const clock = phaseClock();
  // Data paths may lead anywhere inside the repository, not only below the config's folder.
  const configFile = typeof options.config === 'object' ? options.config.file : findConfigFile(options.config, cwd);
  const lookup = await readGitFacts(path.dirname(configFile));
  const repoRoot = lookup.ok ? lookup.facts.root : path.dirname(configFile);
  const variant = options.variant ?? (typeof options.config === 'object' ? options.config.variant?.id : undefined);
  const first = typeof options.config === 'object' && options.config.variant?.id === variant ? options.config : loadConfig(configFile, { cwd, root: repoRoot, variant });
  const configDir = path.dirname(first.file);
  const outRoot = configuredOutput(first, options.out, cwd);
  const check =
    options.check ??
    (await checkWorkspace({
      root: configDir,
      config: first,
      // The configured folder is output too when --out points elsewhere (verify's rebuilds do).
      outputs: [outRoot, configuredOutput(first), ...markedAncestors(outRoot, repoRoot)],
      cacheFile: options.cacheFile,
      onProgress: options.onCheckProgress,
    }));
  if (!check.ok && !options.allowDirty) return { status: 'refused', check };
  const checkMs = clock();
  const loaded = check.git && check.git.root !== repoRoot ? loadConfig(first.file, { cwd, root: check.git.root, variant }) : first;
  const config = loaded.config;
  const display = (abs: string) => toPosix(path.relative(check.root, abs)) || '.';
  const tree = check.git ? await commitTree(check.git.root, check.git.commit) : [];
  const dirtySet = new Set(check.git?.dirtyPaths.map((d) => d.path) ?? []);

  // Where the build writes is judged, created, marked and locked before any expensive work.
  const output = OutputFolder.claim(outRoot, config.name, outputContext(check, tree, options.out, display(loaded.file), config.package?.out));
  try {
    const modulePath = config.model?.module ? path.resolve(configDir, config.model.module) : null;
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
      origin: { file: display(loaded.file), locate: loaded.locate },
      maxClasses: config.model?.maxClasses,
      maxInputs: config.model?.maxInputs,
    });
    checkClassesCovered(pre, trainRows, valRows, table.source, config);
    const width = inputWidth(pre);
    // Gates against the (maybe inferred) task, parameter count and memory: before encoding and TF.
    checkBeforeTraining({
      config,
      task,
      inputWidth: width,
      outputUnits: outputUnitsFor(task, pre.label.classes?.length ?? 1),
      trainRows: trainRows.length,
      validationRows: valRows.length,
      origin: { file: display(loaded.file), locate: loaded.locate },
    });
    const train: Examples = { x: transform(pre, trainRows), y: encodeLabels(pre, trainRows) };
    const val: Examples = { x: transform(pre, valRows), y: encodeLabels(pre, valRows) };

    const dataMs = clock();
    let runtime = options.runtime ?? (await loadRuntime({ backend: options.backend ?? config.training?.backend, projectRoot: configDir }));
    const runtimeMs = clock();
    const classCount = pre.label.classes?.length ?? 1;
    const ctx: ModelContext = { inputShape: [width], outputUnits: outputUnitsFor(task, classCount), task, seed };
    const guard = {
      root: check.git?.root ?? configDir,
      allowed: tree.filter((e) => e.type === 'blob' && e.mode !== '120000' && !dirtySet.has(e.path)).map((e) => e.path),
      enforce: !options.allowDirty,
    };
    const refusedImports: string[] = [];
    const evaluate = (pred: Float32Array) => evaluateMetrics(task, pre, val.y, pred, classCount);
    const train1 = async (rt: Runtime) => {
      let model: TF.LayersModel;
      if (modulePath) {
        const built = await buildModuleModel(rt.tf, config.model ?? {}, ctx, modulePath, display(modulePath), guard);
        model = built.model;
        checkModuleParameters(model.countParams(), config, { file: display(loaded.file), locate: loaded.locate });
        refusedImports.push(...built.refusedImports.filter((r) => !refusedImports.includes(r)));
      } else model = buildDeclarativeModel(rt.tf, config.model ?? {}, ctx);
      const fitOptions = {
        task,
        classCount,
        width,
        epochs: config.training?.epochs ?? 50,
        batchSize: config.training?.batchSize ?? 32,
        seed,
        earlyStopping: config.training?.earlyStopping,
        validationMetric: evaluate,
        onEpoch: options.onEpoch,
      };
      // Declarative models train on the dense trainer, on all cores, deterministically; a model
      // module is the user's TensorFlow.js code, trained by TensorFlow.js.
      if (modulePath) return { model, fit: await fitModel(rt.tf, model, train, val, fitOptions), trainer: { name: 'tfjs' } as TrainerInfo };
      const shards = config.training?.shards ?? DEFAULT_SHARDS;
      const fit = await fitDense(rt.tf, model, train, val, { ...fitOptions, spec: config.model ?? {}, shards, workers: options.trainThreads ?? trainThreadsFromEnv() });
      return { model, fit, trainer: { name: 'dense', shards } as TrainerInfo };
    };
    let trained: Awaited<ReturnType<typeof train1>>;
    try {
      trained = await train1(runtime);
    } catch (e) {
      // A model whose ops the wasm backend lacks still trains, more slowly, on cpu.
      if (runtime.info.backend !== 'wasm' || !/not registered for backend/i.test((e as Error)?.message ?? '')) throw e;
      const reason = (e as Error).message.split('\n')[0]!;
      await runtime.tf.setBackend('cpu');
      runtime = withCpuFallback(runtime, reason);
      trained = await train1(runtime);
    }
    const { model, fit, trainer } = trained;
    const predictions = predictAll(runtime.tf, model, val.x, width);
    const metrics = evaluate(predictions);
    const calibration = calibrationOf(pre, predictions, val.y);
    const gates = evaluateGates(config.gates ?? {}, metrics, display(loaded.file));
    const result: MetricsFile = {
      format: 1,
      task,
      label,
      ...(pre.label.classes ? { classes: pre.label.classes } : {}),
      metrics,
      ...(calibration ? { calibration } : {}),
      gates,
      gatesPassed: gates.every((g) => g.passed),
      history: fit.history,
      epochsRun: fit.epochsRun,
      bestEpoch: fit.bestEpoch,
      stoppedEarly: fit.stoppedEarly,
      seed,
      trainer,
      runtime: runtime.info,
      warnings,
      data: { rows: table.rows.length, train: trainRows.length, validation: valRows.length, cleaning },
    };
    const trainMs = clock();
    const serialized = await serializeModel(runtime.tf, model);
    // compile() got an optimizer object, which model.dispose() leaves alive with its state.
    model.optimizer?.dispose();
    model.dispose();
    const files: Record<string, string | Buffer> = {
      'model.json': `${JSON.stringify(serialized.modelJson, null, 2)}\n`,
      [WEIGHTS_FILE]: serialized.weights,
      'preprocessor.json': preprocessorJson(pre),
      'metrics.json': `${JSON.stringify(result, null, 2)}\n`,
    };
    const problems = [
      ...check.problems.map((p) => `${p.path}: ${p.message}`),
      ...refusedImports.map((r) => `unversioned import: ${r}`),
    ];
    // A model that misses a gate is kept for inspection but never packaged.
    let pkg: WrittenPackage | null = null;
    let provenance: string | null = null;
    let packaged: { archiveFile: string; provenanceFile: string; bytes: Buffer; text: string } | null = null;
    if (result.gatesPassed && check.git) {
      const archived = archivePackage(
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
          problems,
          actual: problems.length > 0 ? await digestsOfWhatWasRead(check) : undefined,
        },
        output.dir,
      );
      pkg = archived.pkg;
      const text = provenanceText(pkg, {
        builderId: options.builder?.id ?? 'model-build/library',
        invocationId: options.builder?.invocationId,
        startedOn,
        finishedOn: new Date(),
        externalParameters: {
          config: toPosix(path.relative(check.root, loaded.file)),
          backend: options.backend ?? config.training?.backend ?? 'auto',
          allowDirty: Boolean(options.allowDirty),
          ...(loaded.variant ? { variant: loaded.variant.id, overrides: loaded.variant.overrides } : {}),
        },
        // How the backend was arrived at on this host: an observation, so here, not in the archive.
        internalParameters: { runtime: runtime.notes },
      });
      const archiveFile = path.basename(pkg.archive);
      const provenanceFile = path.basename(provenanceFileFor(pkg.archive));
      packaged = { archiveFile, provenanceFile, bytes: archived.bytes, text };
      provenance = provenanceFileFor(pkg.archive);
    }
    // Everything is serialized before anything is put in place: a failure above leaves the
    // previous outputs as they were.
    const step = faultHook();
    // The old provenance goes first, so it never sits beside an archive it does not describe.
    const modelDir = output.replace(
      { name: config.name, files },
      packaged
        ? [
            { name: packaged.archiveFile, content: packaged.bytes },
            { name: packaged.provenanceFile, content: packaged.text },
          ]
        : [],
      packaged ? [packaged.provenanceFile] : [],
      step,
    );
    await noteUnignoredOutput(check, output.dir);
    return {
      status: 'built',
      provenance,
      check,
      allowedDirty: problems.length > 0,
      problems,
      name: config.name,
      modelDir,
      files: Object.keys(files).sort(),
      package: pkg,
      result,
      runtimeNotes: runtime.notes,
      timings: { check: checkMs, data: dataMs, runtime: runtimeMs, train: trainMs, write: clock() },
    };
  } catch (e) {
    output.release(true);
    throw e;
  } finally {
    output.release();
  }
}

/** An output folder inside the repository that git does not ignore makes the next check noisy: say so now. */
async function noteUnignoredOutput(check: CheckReport, dir: string): Promise<void> {
  if (!check.git) return;
  const root = resolveReal(check.git.root).real;
  const rel = toPosix(path.relative(root, dir));
  if (rel === '' || rel.startsWith('..')) return;
  const ignored = await new Git(root).tryRun(['check-ignore', '-q', `${rel}/`]);
  const note = `${rel}/ holds build output and is not ignored by git: add it to .gitignore`;
  if (ignored.code !== 0 && !check.notes.includes(note)) check.notes.push(note);
}

/** The runtime after the wasm backend lacked a kernel and training moved to cpu. */
function withCpuFallback(runtime: Runtime, reason: string): Runtime {
  return {
    tf: runtime.tf,
    info: { ...runtime.info, backend: 'cpu', backendVersion: runtime.tf.version_core, simd: null },
    notes: { ...runtime.notes, fallbacks: [...runtime.notes.fallbacks, `wasm: ${reason}`] },
  };
}

/**
 * For a dirty build: digests of the bytes actually read where the check did not prove they
 * match a pointer (unversioned or modified files), so the package records what it trained on.
 */
async function digestsOfWhatWasRead(check: CheckReport): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  const files = check.data.filter((d) => d.status !== 'ok' && d.actual === null).map((d) => d.path);
  // Never the cache: these are exactly the files whose recorded digests cannot be trusted.
  const hasher = new Hasher({ root: check.root, cacheFile: null });
  try {
    for (const rel of files) {
      const abs = path.join(check.root, rel);
      if (!statSync(abs, { throwIfNoEntry: false })?.isFile()) continue;
      result.set(rel, `sha256:${(await hasher.digest(abs, ['sha256'])).sha256}`);
    }
  } finally {
    await hasher.close();
  }
  return result;
}

/**
 * Judges where a build of this config would write, without writing anything; throws
 * OUTPUT_REFUSED like the build would. For callers that put files there before building (the
 * action restores its build cache into the folder).
 */
export async function judgeBuildOutput(loaded: LoadedConfig, check: CheckReport, out?: string, cwd = process.cwd()): Promise<string> {
  const tree = check.git ? await commitTree(check.git.root, check.git.commit) : [];
  const display = toPosix(path.relative(check.root, loaded.file));
  const ctx = outputContext(check, tree, out, display, loaded.config.package?.out);
  return judgeOutputFolder(configuredOutput(loaded, out, cwd), loaded.config.name, ctx);
}

/**
 * Output folders model-build marked that hold `dir` (a local sweep builds each variant in a
 * folder inside the sweep's): what they hold untracked is build output too, not dirt. Only
 * ancestors of where this build writes count, and never the repository root itself.
 */
function markedAncestors(dir: string, repoRoot: string): string[] {
  const root = resolveReal(repoRoot).real;
  const found: string[] = [];
  for (let d = path.dirname(resolveReal(dir).real); d !== root && isInside(root, d); d = path.dirname(d)) {
    if (existsSync(path.join(d, OUTPUT_MARKER))) found.push(d);
  }
  return found;
}

/** Judges, marks and locks the output folder for work that spans builds (a local sweep). Release it when done. */
export async function claimBuildOutput(loaded: LoadedConfig, check: CheckReport, out?: string, cwd = process.cwd()): Promise<OutputFolder> {
  const tree = check.git ? await commitTree(check.git.root, check.git.commit) : [];
  const display = toPosix(path.relative(check.root, loaded.file));
  return OutputFolder.claim(configuredOutput(loaded, out, cwd), loaded.config.name, outputContext(check, tree, out, display, loaded.config.package?.out));
}

/** How the output folder is judged: against the repository's git folders and tracked paths. */
function outputContext(check: CheckReport, tree: TreeEntry[], out: string | undefined, configDisplay: string, configured: string | undefined): OutputContext {
  // Outside any repository (a build forced with --allow-dirty) the folder checked stands in for it.
  const root = resolveReal(check.git ? check.git.root : check.root).real;
  const tracked = tree.map((e) => e.path).concat(check.git?.dirtyPaths.filter((d) => d.state !== 'untracked').map((d) => d.path) ?? []);
  const gitDirs = check.git ? [path.join(check.git.root, '.git'), check.git.commonDir].map((d) => resolveReal(d).real) : [];
  return {
    root,
    gitDirs,
    holdsTracked: (rel) => tracked.find((t) => rel === '' || t === rel || t.startsWith(`${rel}/`)) ?? null,
    fromConfig: out === undefined,
    what: out !== undefined ? `--out "${out}"` : `package.out "${configured ?? 'model-build-out'}"`,
    where: out !== undefined ? {} : { file: configDisplay, pointer: '/package/out' },
  };
}

/**
 * Test-only fault injection: MODEL_BUILD_FAULT_AT=<step> ends the process right after that
 * write step (as a kill would), so tests can prove no step leaves a half-written output.
 */
function faultHook(): StepHook {
  const at = process.env.MODEL_BUILD_FAULT_AT;
  // MODEL_BUILD_TRACE_STEPS=1 names every step on stderr, so fault tests cover steps added later.
  const trace = process.env.MODEL_BUILD_TRACE_STEPS === '1';
  if (!at && !trace) return () => {};
  return (step) => {
    if (trace) process.stderr.write(`model-build step: ${step}\n`);
    if (step === at) process.kill(process.pid, 'SIGKILL');
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

/** Top-class probability and whether the top class was right, per validation row, fitted (classification only). */
function calibrationOf(pre: Preprocessor, raw: ArrayLike<number>, y: readonly number[]): Calibration | undefined {
  const { label } = pre;
  if (label.task === 'regression' || y.length === 0) return undefined;
  const width = label.task === 'multiclass' ? label.classes!.length : 1;
  const confidence = new Float64Array(y.length);
  const right = new Array<boolean>(y.length);
  for (let i = 0; i < y.length; i++) {
    if (label.task === 'binary') {
      const p = raw[i]!;
      confidence[i] = Math.max(p, 1 - p);
      right[i] = (p >= 0.5 ? 1 : 0) === y[i];
    } else {
      let best = 0;
      for (let c = 1; c < width; c++) if (raw[i * width + c]! > raw[i * width + best]!) best = c;
      confidence[i] = raw[i * width + best]!;
      right[i] = best === y[i];
    }
  }
  return fitCalibration(confidence, right);
}

/** Where a build writes (kept for callers of 0.1): see configuredOutput. */
export const outputFolder = (loaded: LoadedConfig, out: string | undefined, cwd: string): string => configuredOutput(loaded, out, cwd);

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
  if (task !== 'regression') {
    // Before the split: a label with thousands of single-example classes is a class-count problem.
    const classes = new Set(cleaned.table.rows.map((r) => r[data.label!])).size;
    checkClassCount(classes, data.label, config.model?.maxClasses, cleaned.table.source, { file: display(loaded.file), locate: loaded.locate });
  }
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

/** Environment variable for the dense trainer's thread count (a sweep gives each of its children a share of the cores). */
export const TRAIN_THREADS_ENV = 'MODEL_BUILD_TRAIN_THREADS';

function trainThreadsFromEnv(): number | undefined {
  const v = process.env[TRAIN_THREADS_ENV];
  if (v === undefined || v === '') return undefined;
  if (!/^[1-9][0-9]{0,3}$/.test(v)) {
    throw new ModelBuildError('USAGE', `${TRAIN_THREADS_ENV} must be a whole number from 1 to 9999, got ${JSON.stringify(v)}`, { hint: `unset it to train on one thread per core` });
  }
  return Number(v);
}
