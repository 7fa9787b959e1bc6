#!/usr/bin/env node
// Benchmark: the training phase of `buildModel` against a plain TensorFlow.js script.
//
// Same data, same backend, same architecture, one process:
//   - ours:  buildModel({ config, backend, allowDirty: true, cacheFile: null }) and its
//            `timings.train` (model building + the seeded per-epoch training loop with a
//            validation evaluate per epoch + the final validation prediction and metrics);
//   - plain: what a user would write by hand: tf.sequential() with the same dense layers,
//            activations, output activation, optimizer, learning rate and loss, then
//            model.fit(x, y, { epochs, batchSize, shuffle: true, validationData, verbose: 0 })
//            and one predict on the validation rows. Timed around tensor creation, model
//            creation, fit and that predict (ours times the same work).
// Plain trains on exactly ours' matrices: the bench reads the built model's preprocessor.json
// and applies the library's `transform` to the same training and validation rows (the same
// readTable/cleanTable/splitRows the build uses); row counts are checked against metrics.json.
//
// Data sets:
//   - synthetic (judged): deterministic (seeded PRNG) 3-class data, 20 numeric features,
//     16,000 training + 4,000 validation rows in separate files; hidden [64, 64] relu, adam
//     0.001, 10 epochs, batch 64, no early stopping. Generated into bench/.work/train/synthetic,
//     a git repository with one commit, so the provenance check passes.
//   - penguins (informational, 344 rows: fixed costs dominate): examples/penguins copied into
//     bench/.work/train/penguins with early stopping removed, so both contenders run all 60
//     epochs (with it, ours would stop early and plain would not: not the same work).
// Backends cpu and wasm (loadRuntime; @tensorflow/tfjs-node is not used). Each backend gets an
// untimed warm-up of every contender, then N rounds with the contender order alternating.
// A breakdown of ours' per-epoch loop (permutation, gather, fit call, validation evaluate)
// against plain's single fit follows, so a missed goal says where the time goes.
//
// Prints a table, the goal (synthetic ours/plain <= 1.10 per backend) and a final line
// `BENCH train {json}`. Missing a goal is not an error; a failing build or check is.
//
// Usage: node bench/train.mjs [--runs 3] [--rows 20000] [--features 20] [--epochs 10]
//          [--batch-size 64] [--seed 1] [--backends cpu,wasm] [--no-penguins] [--no-breakdown] [--clean]

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PROJECT = path.resolve(HERE, '..');
const LIB = path.join(PROJECT, 'lib');
const SRC = path.join(PROJECT, 'src');
const WORK = path.join(HERE, '.work', 'train');
const PENGUINS = path.join(PROJECT, 'examples', 'penguins');
const MANIFEST_FORMAT = 1;
const GOAL = 1.1;

const GIT_ENV = {
  ...process.env,
  LC_ALL: 'C',
  GIT_TERMINAL_PROMPT: '0',
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.invalid',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.invalid',
  GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z',
};

class BenchError extends Error {}

function fail(message) {
  throw new BenchError(message);
}

function log(message) {
  process.stderr.write(`[bench train] ${message}\n`);
}

// ---------------------------------------------------------------------------------------------
// Options

function readOptions() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      rows: { type: 'string', default: '20000' },
      features: { type: 'string', default: '20' },
      epochs: { type: 'string', default: '10' },
      'batch-size': { type: 'string', default: '64' },
      seed: { type: 'string', default: '1' },
      backends: { type: 'string', default: 'cpu,wasm' },
      'no-penguins': { type: 'boolean', default: false },
      'no-breakdown': { type: 'boolean', default: false },
      clean: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    process.stdout.write(
      'Usage: node bench/train.mjs [--runs N (3)] [--rows N (20000)] [--features N (20)] [--epochs N (10)]\n' +
        '         [--batch-size N (64)] [--seed N (1)] [--backends cpu,wasm] [--no-penguins] [--no-breakdown] [--clean]\n' +
        '  --rows          synthetic rows in all; 80% train, 20% validation (separate files)\n' +
        '  --no-penguins   skip the (informational) examples/penguins comparison\n' +
        '  --no-breakdown  skip the per-epoch breakdown of where the training time goes\n' +
        '  --clean         delete the generated data (bench/.work/train) after the run\n',
    );
    process.exit(0);
  }
  const int = (name, min) => {
    const v = Number(values[name]);
    if (!Number.isInteger(v) || v < min) fail(`--${name} must be an integer >= ${min}, got "${values[name]}"`);
    return v;
  };
  const backends = values.backends.split(',').map((b) => b.trim()).filter(Boolean);
  for (const b of backends) if (b !== 'cpu' && b !== 'wasm') fail(`--backends: "${b}" is not cpu or wasm`);
  if (backends.length === 0) fail('--backends names no backend');
  return {
    runs: int('runs', 1),
    rows: int('rows', 10),
    features: int('features', 1),
    epochs: int('epochs', 1),
    batchSize: int('batch-size', 1),
    seed: int('seed', 0),
    backends: [...new Set(backends)],
    penguins: !values['no-penguins'],
    breakdown: !values['no-breakdown'],
    clean: values.clean,
  };
}

// ---------------------------------------------------------------------------------------------
// The library: lib/ compiled from src/ (built here when missing or older than any source file)

function newestMtime(dir, ext) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p, ext));
    else if (entry.name.endsWith(ext)) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

function ensureLib() {
  const index = path.join(LIB, 'index.js');
  const srcNewest = newestMtime(SRC, '.ts');
  const libTime = fs.existsSync(index) ? fs.statSync(index).mtimeMs : -1;
  if (libTime >= srcNewest) return { built: false, warnings: '' };
  log(`${fs.existsSync(index) ? 'lib/ is older than src/' : 'lib/index.js is missing'}: npx tsc -p tsconfig.build.json ...`);
  const tsc = path.join(PROJECT, 'node_modules', 'typescript', 'bin', 'tsc');
  if (!fs.existsSync(tsc)) fail('typescript is not installed (node_modules/typescript): run `npm ci` first');
  const started = Date.now();
  const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: PROJECT, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.error) fail(`tsc: ${r.error.message}`);
  const fresh = fs.existsSync(index) && fs.statSync(index).mtimeMs >= started - 2000;
  if (r.status !== 0) {
    // tsc emits despite type errors (noEmitOnError is off): usable when lib/ was written.
    const out = `${r.stdout}${r.stderr}`.trim();
    if (!fresh) fail(`tsc -p tsconfig.build.json exited with ${r.status} and did not write lib/:\n${out.slice(0, 4000)}`);
    const n = out.split('\n').filter((l) => /error TS/.test(l)).length;
    log(`warning: tsc reported ${n} type error(s) but emitted lib/; benchmarking the emitted code`);
    return { built: true, warnings: `${n} tsc error(s)` };
  }
  return { built: true, warnings: '' };
}

async function importLib() {
  const url = (rel) => pathToFileURL(path.join(LIB, rel)).href;
  const lib = await import(url('index.js'));
  const { cleanTable } = await import(url('core/data/clean.js'));
  const { splitRows } = await import(url('core/data/split.js'));
  const { buildDeclarativeModel } = await import(url('core/train/model.js'));
  const { Rng } = await import(url('core/util/random.js'));
  for (const [name, f] of Object.entries({ buildModel: lib.buildModel, loadRuntime: lib.loadRuntime, transform: lib.transform, readTable: lib.readTable, cleanTable, splitRows, buildDeclarativeModel, Rng })) {
    if (typeof f !== 'function') fail(`lib/ does not export ${name} where the bench expects it`);
  }
  return { ...lib, cleanTable, splitRows, buildDeclarativeModel, Rng };
}

// ---------------------------------------------------------------------------------------------
// Data sets: git repositories under bench/.work/train

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gaussian(rng) {
  const u = 1 - rng(); // (0, 1]
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20, ...opts });
  if (r.error) fail(`${cmd} ${args.join(' ')}: ${r.error.message}`);
  if (r.status !== 0) fail(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}:\n${r.stderr ?? ''}${r.stdout ?? ''}`);
  return r.stdout;
}

function commitRepo(repo, files) {
  const git = (...args) => run('git', args, { cwd: repo, env: GIT_ENV });
  git('init', '-q', '-b', 'main');
  git('add', '--', ...files);
  git('-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', 'commit', '-q', '-m', 'bench data');
  const status = git('status', '--porcelain', '--untracked-files=all');
  if (status.trim() !== '') fail(`generated repository ${repo} is not clean:\n${status}`);
}

function readManifest(dir) {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  } catch {
    return null;
  }
}

function headOk(repo) {
  return spawnSync('git', ['rev-parse', '--verify', '-q', 'HEAD'], { cwd: repo, env: GIT_ENV, stdio: 'ignore' }).status === 0;
}

/**
 * Three classes from a fixed random linear map of the features plus a non-linear term and
 * noise: separable enough to learn, not trivially. Labels are strings (multiclass).
 */
function syntheticDataset(params) {
  const dir = path.join(WORK, 'synthetic');
  const repo = path.join(dir, 'repo');
  const m = readManifest(dir);
  if (m && m.format === MANIFEST_FORMAT && JSON.stringify(m.params) === JSON.stringify(params) && headOk(repo)) {
    log(`reusing synthetic data in ${path.relative(PROJECT, repo)}`);
    return { name: 'synthetic', config: path.join(repo, 'model-build.yml'), ...m.info };
  }
  const started = performance.now();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(repo, 'data'), { recursive: true });
  const { rows, features, epochs, batchSize, seed } = params;
  const rng = mulberry32(seed);
  const classes = ['alpha', 'beta', 'gamma'];
  const W = classes.map(() => Array.from({ length: features }, () => gaussian(rng)));
  const scale = Array.from({ length: features }, () => 0.5 + 4 * rng()); // columns on different scales
  const offset = Array.from({ length: features }, () => 10 * gaussian(rng));
  const names = Array.from({ length: features }, (_, j) => `x${String(j + 1).padStart(2, '0')}`);
  const header = `${[...names, 'label'].join(',')}\n`;
  const nVal = Math.max(3, Math.round(rows * 0.2));
  const nTrain = rows - nVal;
  const make = (n) => {
    const lines = [header];
    for (let i = 0; i < n; i++) {
      const z = Array.from({ length: features }, () => gaussian(rng));
      const logits = W.map((w) => w.reduce((s, wj, j) => s + wj * z[j], 0) / Math.sqrt(features));
      logits[2] += 0.8 * (z[0] * z[1]) - 0.3; // a non-linear interaction for the hidden layers
      for (let c = 0; c < logits.length; c++) logits[c] += 0.6 * gaussian(rng);
      const label = classes[logits.indexOf(Math.max(...logits))];
      lines.push(`${z.map((v, j) => (offset[j] + scale[j] * v).toFixed(4)).join(',')},${label}\n`);
    }
    return lines.join('');
  };
  fs.writeFileSync(path.join(repo, 'data', 'train.csv'), make(nTrain));
  fs.writeFileSync(path.join(repo, 'data', 'validation.csv'), make(nVal));
  const config = [
    'name: synthetic',
    'version: "1.0.0"',
    'description: Deterministic synthetic 3-class data for bench/train.mjs.',
    'seed: 42',
    'data:',
    '  path: data/train.csv',
    '  validation: data/validation.csv',
    '  label: label',
    'model:',
    '  task: multiclass',
    '  hidden:',
    '    - { units: 64, activation: relu }',
    '    - { units: 64, activation: relu }',
    '  optimizer: adam',
    '  learningRate: 0.001',
    'training:',
    `  epochs: ${epochs}`,
    `  batchSize: ${batchSize}`,
    'package:',
    '  out: out',
    '',
  ].join('\n');
  fs.writeFileSync(path.join(repo, 'model-build.yml'), config);
  fs.writeFileSync(path.join(repo, '.gitignore'), '/out/\n');
  commitRepo(repo, ['.gitignore', 'model-build.yml', 'data/train.csv', 'data/validation.csv']);
  const info = { trainRows: nTrain, valRows: nVal };
  fs.writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify({ format: MANIFEST_FORMAT, params, info })}\n`);
  log(`generated ${rows} synthetic rows (${nTrain} train, ${nVal} validation) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { name: 'synthetic', config: path.join(repo, 'model-build.yml'), ...info };
}

/** examples/penguins in its own repository, early stopping removed (see the header). */
async function penguinsDataset() {
  const YAML = await import('yaml');
  const dir = path.join(WORK, 'penguins');
  const repo = path.join(dir, 'repo');
  const srcConfig = path.join(PENGUINS, 'model-build.yml');
  const cfg = YAML.parse(fs.readFileSync(srcConfig, 'utf8'));
  if (!cfg?.data?.path || cfg.data.validation) fail(`${path.relative(PROJECT, srcConfig)}: expected data.path and no data.validation`);
  if (cfg.training) delete cfg.training.earlyStopping;
  cfg.package = { ...(cfg.package ?? {}), out: 'out' };
  const configText = YAML.stringify(cfg);
  const csv = fs.readFileSync(path.resolve(PENGUINS, cfg.data.path));
  const params = { configText, csvBytes: csv.length, csvHead: csv.subarray(0, 256).toString('latin1') };
  const m = readManifest(dir);
  if (m && m.format === MANIFEST_FORMAT && JSON.stringify(m.params) === JSON.stringify(params) && headOk(repo)) {
    return { name: 'penguins', config: path.join(repo, 'model-build.yml') };
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(path.join(repo, cfg.data.path)), { recursive: true });
  fs.writeFileSync(path.join(repo, cfg.data.path), csv);
  fs.writeFileSync(path.join(repo, 'model-build.yml'), configText);
  fs.writeFileSync(path.join(repo, '.gitignore'), '/out/\n');
  commitRepo(repo, ['.gitignore', 'model-build.yml', cfg.data.path]);
  fs.writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify({ format: MANIFEST_FORMAT, params })}\n`);
  return { name: 'penguins', config: path.join(repo, 'model-build.yml') };
}

// ---------------------------------------------------------------------------------------------
// Contenders

async function runOurs(lib, ds, runtime) {
  const before = runtime.tf.memory().numTensors;
  const r = await lib.buildModel({ config: ds.config, backend: runtime.info.backend, runtime, allowDirty: true, cacheFile: null });
  if (r.status !== 'built') fail(`${ds.name}: buildModel refused: ${JSON.stringify(r.check?.problems ?? r.check ?? r).slice(0, 2000)}`);
  if (r.result.runtime.backend !== runtime.info.backend) fail(`${ds.name}: buildModel trained on ${r.result.runtime.backend}, not ${runtime.info.backend}`);
  if (r.result.epochsRun !== ds.epochs) fail(`${ds.name}: buildModel ran ${r.result.epochsRun} epochs, expected ${ds.epochs}`);
  const leaked = runtime.tf.memory().numTensors - before;
  return {
    ms: r.timings.train,
    accuracy: typeof r.result.metrics.accuracy === 'number' ? r.result.metrics.accuracy : null,
    leaked,
    build: r,
  };
}

function plainModel(tf, spec) {
  const model = tf.sequential();
  spec.hidden.forEach((layer, i) => {
    model.add(tf.layers.dense({ units: layer.units, activation: layer.activation ?? 'relu', ...(i === 0 ? { inputShape: [spec.width] } : {}) }));
  });
  model.add(tf.layers.dense({ units: spec.outputUnits, activation: spec.outputActivation, ...(spec.hidden.length === 0 ? { inputShape: [spec.width] } : {}) }));
  const lr = spec.learningRate;
  const optimizer = { sgd: tf.train.sgd, rmsprop: tf.train.rmsprop, adagrad: tf.train.adagrad, adam: tf.train.adam }[spec.optimizer](lr);
  model.compile({ optimizer, loss: spec.loss });
  return model;
}

function labelTensor(tf, y, spec) {
  if (spec.task === 'multiclass') return tf.tidy(() => tf.oneHot(tf.tensor1d(y, 'int32'), spec.outputUnits).toFloat());
  return tf.tensor2d(Float32Array.from(y), [y.length, 1]);
}

/** The hand-written script, timed around tensors + model + fit + one predict on validation. */
async function runPlain(tf, ds) {
  const { spec, train, val } = ds.plain;
  const before = tf.memory().numTensors;
  const t0 = performance.now();
  const x = tf.tensor2d(train.x, [train.y.length, spec.width]);
  const y = labelTensor(tf, train.y, spec);
  const xVal = tf.tensor2d(val.x, [val.y.length, spec.width]);
  const yVal = labelTensor(tf, val.y, spec);
  const model = plainModel(tf, spec);
  await model.fit(x, y, { epochs: ds.epochs, batchSize: spec.batchSize, shuffle: true, validationData: [xVal, yVal], verbose: 0 });
  const predTensor = model.predict(xVal);
  const pred = await predTensor.data();
  const ms = performance.now() - t0;
  tf.dispose([x, y, xVal, yVal, predTensor]);
  model.optimizer.dispose(); // model.dispose() leaves an optimizer instance (and its state) alone
  model.dispose();
  let accuracy = null;
  if (spec.task === 'multiclass') {
    let hits = 0;
    const k = spec.outputUnits;
    for (let i = 0; i < val.y.length; i++) {
      let best = 0;
      for (let c = 1; c < k; c++) if (pred[i * k + c] > pred[i * k + best]) best = c;
      if (best === val.y[i]) hits++;
    }
    accuracy = hits / val.y.length;
  } else if (spec.task === 'binary') {
    accuracy = val.y.reduce((s, yi, i) => s + ((pred[i] >= 0.5 ? 1 : 0) === yi ? 1 : 0), 0) / val.y.length;
  }
  return { ms, accuracy, leaked: tf.memory().numTensors - before };
}

/**
 * Plain's inputs: the built model's preprocessor.json applied with the library's transform to
 * the rows the build trained and validated on (readTable, cleanTable, splitRows as in the build).
 */
async function preparePlain(lib, ds, build) {
  const YAML = await import('yaml');
  const cfg = YAML.parse(fs.readFileSync(ds.config, 'utf8'));
  const dir = path.dirname(ds.config);
  const pre = JSON.parse(fs.readFileSync(path.join(build.modelDir, 'preprocessor.json'), 'utf8'));
  const label = cfg.data.label;
  const read = async (rel) => lib.cleanTable(await lib.readTable(path.join(dir, rel)), label, cfg.data.cleaning).table;
  const table = await read(cfg.data.path);
  let trainRows;
  let valRows;
  if (cfg.data.validation) {
    trainRows = table.rows;
    valRows = (await read(cfg.data.validation)).rows;
  } else {
    const task = build.result.task;
    const split = lib.splitRows(table, {
      seed: cfg.seed ?? 42,
      fraction: cfg.data.split?.validation ?? 0.2,
      stratifyBy: (cfg.data.split?.stratify ?? task !== 'regression') ? label : undefined,
    });
    trainRows = split.train.map((i) => table.rows[i]);
    valRows = split.validation.map((i) => table.rows[i]);
  }
  const { data } = build.result;
  if (trainRows.length !== data.train || valRows.length !== data.validation) {
    fail(`${ds.name}: plain's rows (${trainRows.length} train, ${valRows.length} validation) differ from the build's (${data.train}, ${data.validation})`);
  }
  const task = build.result.task;
  const classes = pre.label.classes;
  const encode = (rows) =>
    rows.map((r) => {
      if (classes) {
        const k = classes.indexOf(String(r[label]));
        if (k < 0) fail(`${ds.name}: label ${JSON.stringify(r[label])} not among the classes`);
        return k;
      }
      return ((Number(r[label]) - (pre.label.shift ?? 0)) / (pre.label.scale ?? 1));
    });
  const width = pre.inputs.length;
  const train = { x: lib.transform(pre, trainRows), y: encode(trainRows) };
  const val = { x: lib.transform(pre, valRows), y: encode(valRows) };
  if (train.x.length !== train.y.length * width || val.x.length !== val.y.length * width) fail(`${ds.name}: transform returned a matrix of unexpected size`);
  const hidden = (cfg.model?.hidden ?? [{ units: 16, activation: 'relu' }]).map((h) => ({ units: h.units, activation: h.activation ?? 'relu' }));
  if ((cfg.model?.hidden ?? []).some((h) => h.dropout) || cfg.model?.l2 || cfg.model?.module) {
    fail(`${ds.name}: the plain script does not model dropout, l2 or model.module`);
  }
  const spec = {
    task,
    width,
    hidden,
    outputUnits: task === 'multiclass' ? classes.length : 1,
    outputActivation: task === 'multiclass' ? 'softmax' : task === 'binary' ? 'sigmoid' : 'linear',
    loss: task === 'multiclass' ? 'categoricalCrossentropy' : task === 'binary' ? 'binaryCrossentropy' : 'meanSquaredError',
    optimizer: cfg.model?.optimizer ?? 'adam',
    learningRate: cfg.model?.learningRate ?? 0.001,
    batchSize: cfg.training?.batchSize ?? 32,
  };
  return { spec, train, val, modelSpec: cfg.model ?? {}, seed: cfg.seed ?? 42 };
}

// ---------------------------------------------------------------------------------------------
// Breakdown: ours' loop step by step (as in src/core/train/fit.ts), and the per-epoch costs
// that differ between ours and plain

async function breakdown(lib, tf, ds) {
  const { spec, train, val, modelSpec, seed } = ds.plain;
  const E = ds.epochs;
  const n = train.y.length;
  const x = tf.tensor2d(train.x, [n, spec.width]);
  const y = labelTensor(tf, train.y, spec);
  const xVal = tf.tensor2d(val.x, [val.y.length, spec.width]);
  const yVal = labelTensor(tf, val.y, spec);
  const ctx = { inputShape: [spec.width], outputUnits: spec.outputUnits, task: spec.task, seed };
  const now = () => performance.now();
  const out = {};
  try {
    // 1. ours' loop, each step timed.
    {
      const rng = lib.Rng.forPurpose(seed, 'shuffle');
      const model = lib.buildDeclarativeModel(tf, modelSpec, ctx);
      const t = { permutation: 0, gather: 0, fit: 0, evaluate: 0 };
      const t0 = now();
      for (let e = 0; e < E; e++) {
        let a = now();
        const order = tf.tensor1d(Int32Array.from(rng.permutation(n)), 'int32');
        t.permutation += now() - a;
        a = now();
        const xs = tf.gather(x, order);
        const ys = tf.gather(y, order); // cpu and wasm run kernels eagerly: no sync needed
        t.gather += now() - a;
        a = now();
        await model.fit(xs, ys, { epochs: 1, batchSize: spec.batchSize, shuffle: false, verbose: 0 });
        t.fit += now() - a;
        tf.dispose([order, xs, ys]);
        a = now();
        const ev = model.evaluate(xVal, yVal, { batchSize: 1024 });
        (Array.isArray(ev) ? ev[0] : ev).dataSync();
        tf.dispose(ev);
        t.evaluate += now() - a;
      }
      t.total = now() - t0;
      model.optimizer.dispose();
      model.dispose();
      out.oursLoop = t;
    }
    // 2. per-epoch costs, each the median of REPS repetitions on a trained model:
    //    - the fit-call overhead: fit() on one batch minus trainOnBatch() on the same batch
    //      (ours pays it every epoch, plain once);
    //    - the per-epoch gather of the permuted rows (ours only; plain gathers per batch, as
    //      ours' fit does too);
    //    - the validation pass: ours' evaluate with batch 1024 and the one fit() runs for
    //      validationData, with the fit batch size.
    {
      const REPS = 15;
      const model = lib.buildDeclarativeModel(tf, modelSpec, ctx);
      const bs = Math.min(spec.batchSize, n);
      const xb = x.slice([0, 0], [bs, spec.width]);
      const yb = y.slice([0, 0], [bs, y.shape[1]]);
      const rng = lib.Rng.forPurpose(seed, 'breakdown');
      const med = async (fn) => {
        const xs = [];
        for (let r = 0; r < REPS; r++) {
          const a = now();
          await fn();
          xs.push(now() - a);
        }
        return median(xs);
      };
      const evaluate = (batchSize) => {
        const ev = model.evaluate(xVal, yVal, { batchSize });
        (Array.isArray(ev) ? ev[0] : ev).dataSync();
        tf.dispose(ev);
      };
      out.perEpochMs = {
        fitOneBatch: await med(() => model.fit(xb, yb, { epochs: 1, batchSize: bs, shuffle: false, verbose: 0 })),
        trainOnBatch: await med(() => model.trainOnBatch(xb, yb)),
        permutationGather: await med(() => {
          const order = tf.tensor1d(Int32Array.from(rng.permutation(n)), 'int32');
          tf.dispose([order, tf.gather(x, order), tf.gather(y, order)]);
        }),
        evaluateOurs: await med(() => evaluate(1024)),
        evaluatePlain: await med(() => evaluate(spec.batchSize)),
      };
      tf.dispose([xb, yb]);
      model.optimizer.dispose();
      model.dispose();
      const p = out.perEpochMs;
      p.fitCallOverhead = p.fitOneBatch - p.trainOnBatch;
      // What ours does beyond plain over the whole run, from the per-epoch costs.
      out.estimatedExtraMs = (E - 1) * p.fitCallOverhead + E * (p.permutationGather + p.evaluateOurs - p.evaluatePlain);
    }
  } finally {
    tf.dispose([x, y, xVal, yVal]);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function cpuModel() {
  try {
    const line = fs.readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((l) => l.startsWith('model name'));
    if (line) return line.split(':').slice(1).join(':').trim();
  } catch {
    /* not Linux */
  }
  return os.cpus()[0]?.model ?? 'unknown';
}

function table(head, rows, align) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (r) => r.map((v, i) => ((align?.[i] ?? (i === 0 ? 'l' : 'r')) === 'l' ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
  return [`  ${fmt(head)}`, `  ${widths.map((w) => '-'.repeat(w)).join('  ')}`, ...rows.map((r) => `  ${fmt(r)}`)];
}

async function main() {
  const opts = readOptions();
  if (spawnSync('git', ['--version'], { stdio: 'ignore' }).status !== 0) fail('git not found on PATH');
  const libBuild = ensureLib();
  const lib = await importLib();

  const datasets = [];
  const synth = syntheticDataset({ rows: opts.rows, features: opts.features, epochs: opts.epochs, batchSize: opts.batchSize, seed: opts.seed });
  datasets.push({ ...synth, epochs: opts.epochs, judged: true });
  if (opts.penguins) {
    const p = await penguinsDataset();
    const YAML = await import('yaml');
    const cfg = YAML.parse(fs.readFileSync(p.config, 'utf8'));
    datasets.push({ ...p, epochs: cfg.training?.epochs ?? 50, judged: false });
  }

  const samples = {}; // samples[dataset][backend][contender] = seconds[]
  const accuracy = {};
  const runtimes = {};
  const breakdowns = {};
  const leaks = {}; // tensors left allocated by one run (informational: a library bug, not a timing)
  for (const backend of opts.backends) {
    log(`backend ${backend}: loading ...`);
    const runtime = await lib.loadRuntime({ backend });
    if (runtime.info.backend !== backend) fail(`loadRuntime({ backend: '${backend}' }) gave ${runtime.info.backend}`);
    if (runtime.tf.getBackend() !== backend) fail(`tf.getBackend() is ${runtime.tf.getBackend()}, expected ${backend}`);
    runtimes[backend] = runtime.info;
    const tf = runtime.tf;

    // Warm-up (untimed): every contender once per data set. The first build also yields
    // preprocessor.json for plain's matrices.
    for (const ds of datasets) {
      log(`backend ${backend}: warm-up on ${ds.name} ...`);
      const ours = await runOurs(lib, ds, runtime);
      if (!ds.plain) {
        ds.plain = await preparePlain(lib, ds, ours.build);
        ds.trainRows = ds.plain.train.y.length;
        ds.valRows = ds.plain.val.y.length;
        ds.width = ds.plain.spec.width;
        ds.checkOk = ours.build.check.ok;
        if (!ours.build.check.ok) log(`note: the provenance check of ${ds.name} failed (built with allowDirty): ${JSON.stringify(ours.build.check.problems ?? '').slice(0, 300)}`);
      }
      await runPlain(tf, ds);
    }

    for (const ds of datasets) {
      samples[ds.name] ??= {};
      accuracy[ds.name] ??= {};
      const s = (samples[ds.name][backend] = { ours: [], plain: [] });
      const acc = (accuracy[ds.name][backend] = { ours: [], plain: [] });
      for (let round = 0; round < opts.runs; round++) {
        const order = round % 2 === 0 ? ['ours', 'plain'] : ['plain', 'ours'];
        for (const c of order) {
          const r = c === 'ours' ? await runOurs(lib, ds, runtime) : await runPlain(tf, ds);
          if (r.leaked !== 0) leaks[`${ds.name} ${backend} ${c}`] = r.leaked;
          s[c].push(r.ms / 1000);
          acc[c].push(r.accuracy);
        }
        log(`${ds.name} ${backend} round ${round + 1}/${opts.runs}: ours ${s.ours.at(-1).toFixed(3)} s, plain ${s.plain.at(-1).toFixed(3)} s`);
      }
    }
    if (opts.breakdown) {
      const ds = datasets[0];
      log(`backend ${backend}: breakdown on ${ds.name} ...`);
      breakdowns[backend] = await breakdown(lib, tf, ds);
    }
  }

  // Results.
  const results = {};
  for (const ds of datasets) {
    results[ds.name] = {};
    for (const backend of opts.backends) {
      const s = samples[ds.name][backend];
      const med = { ours: median(s.ours), plain: median(s.plain) };
      const work = ds.trainRows * ds.epochs;
      const ratio = med.ours / med.plain;
      results[ds.name][backend] = {
        medianSeconds: med,
        minSeconds: { ours: Math.min(...s.ours), plain: Math.min(...s.plain) },
        maxSeconds: { ours: Math.max(...s.ours), plain: Math.max(...s.plain) },
        samplesPerSecond: { ours: work / med.ours, plain: work / med.plain },
        valAccuracy: { ours: median(accuracy[ds.name][backend].ours.filter((a) => a !== null)), plain: median(accuracy[ds.name][backend].plain.filter((a) => a !== null)) },
        ratio,
        ...(ds.judged ? { goal: { value: ratio, goal: GOAL, pass: ratio <= GOAL } } : {}),
        samples: s,
      };
    }
  }

  const env = {
    node: process.version,
    cpu: cpuModel(),
    cores: os.availableParallelism ? os.availableParallelism() : os.cpus().length,
    platform: `${os.platform()} ${os.release()}`,
    tfjs: Object.values(runtimes)[0]?.tfjsVersion ?? null,
    wasmSimd: runtimes.wasm?.simd ?? null,
  };
  const lines = [''];
  lines.push('model-build training benchmark (ours = buildModel timings.train, plain = hand-written tfjs model.fit)');
  for (const ds of datasets) {
    lines.push(
      `  data   ${ds.name}: ${ds.trainRows} train + ${ds.valRows} validation rows, ${ds.width} inputs, ${ds.epochs} epochs, batch ${ds.plain.spec.batchSize}, hidden [${ds.plain.spec.hidden.map((h) => `${h.units} ${h.activation}`).join(', ')}], ${ds.plain.spec.optimizer} ${ds.plain.spec.learningRate}${ds.judged ? '' : ' (informational)'}`,
    );
  }
  lines.push(`  env    node ${env.node}, ${env.cpu}, ${env.cores} cores, ${env.platform}, tfjs ${env.tfjs}${runtimes.wasm ? `, wasm simd ${env.wasmSimd}` : ''}`);
  lines.push(`  runs   median of ${opts.runs} per contender (after 1 untimed warm-up per backend, contenders alternating)${libBuild.warnings ? `; lib/ built with ${libBuild.warnings}` : ''}`);
  lines.push('');
  const rows = [];
  for (const ds of datasets) {
    for (const backend of opts.backends) {
      const r = results[ds.name][backend];
      for (const c of ['ours', 'plain']) {
        rows.push([
          ds.name,
          backend,
          c,
          r.medianSeconds[c].toFixed(3),
          r.minSeconds[c].toFixed(3),
          r.maxSeconds[c].toFixed(3),
          r.samplesPerSecond[c].toFixed(0),
          Number.isFinite(r.valAccuracy[c]) ? r.valAccuracy[c].toFixed(3) : '-',
        ]);
      }
    }
  }
  lines.push(...table(['data', 'backend', 'contender', 'median s', 'min s', 'max s', 'samples/s', 'val acc'], rows, ['l', 'l', 'l']));
  lines.push('');
  // samples/s side by side.
  if (opts.backends.length > 1) {
    const [b0, b1] = opts.backends;
    const sideRows = [];
    for (const ds of datasets) {
      for (const c of ['ours', 'plain']) {
        const v0 = results[ds.name][b0].samplesPerSecond[c];
        const v1 = results[ds.name][b1].samplesPerSecond[c];
        sideRows.push([ds.name, c, v0.toFixed(0), v1.toFixed(0), `${(v1 / v0).toFixed(2)}x`]);
      }
    }
    lines.push(...table(['samples/s', 'contender', b0, b1, `${b1}/${b0}`], sideRows, ['l', 'l']));
    lines.push('');
  }
  for (const ds of datasets) {
    for (const backend of opts.backends) {
      const r = results[ds.name][backend];
      const label = `${ds.name} ${backend} ours / plain`.padEnd(32);
      lines.push(`  ${label}${r.ratio.toFixed(3)}   ${ds.judged ? `(goal <= ${GOAL.toFixed(2)})  ${r.goal.pass ? 'PASS' : 'MISS'}` : '(not judged: fixed costs dominate)'}`);
    }
  }
  for (const [what, n] of Object.entries(leaks)) lines.push(`  note: ${what} left ${n} tensor(s) allocated per run (tf.memory().numTensors)`);
  if (opts.breakdown) {
    const ds = datasets[0];
    const E = ds.epochs;
    const col = (get, digits) => opts.backends.map((b) => get(breakdowns[b]).toFixed(digits));
    lines.push('');
    lines.push(`  where ours' time goes (${ds.name}: the loop of src/core/train/fit.ts replayed step by step, one run, seconds)`);
    const loopRows = [
      ['permutation + index tensor', (b) => b.oursLoop.permutation / 1000],
      ['gather x, y (per-epoch copy)', (b) => b.oursLoop.gather / 1000],
      ['fit(epochs: 1) calls', (b) => b.oursLoop.fit / 1000],
      ['evaluate(validation, batch 1024)', (b) => b.oursLoop.evaluate / 1000],
      ['total', (b) => b.oursLoop.total / 1000],
    ].map(([name, get]) => [name, ...col(get, 3)]);
    lines.push(...table(['step', ...opts.backends], loopRows));
    lines.push('');
    lines.push(`  per-epoch costs that differ between ours and plain (median of 15, ms)`);
    const microRows = [
      ['fit() call overhead (fit 1 batch - trainOnBatch)', (b) => b.perEpochMs.fitCallOverhead],
      ['permutation + gather x, y (ours only)', (b) => b.perEpochMs.permutationGather],
      ['validation: ours, evaluate batch 1024', (b) => b.perEpochMs.evaluateOurs],
      [`validation: plain, in fit, batch ${ds.plain.spec.batchSize}`, (b) => b.perEpochMs.evaluatePlain],
      [`=> ours - plain over ${E} epochs (estimate)`, (b) => b.estimatedExtraMs],
    ].map(([name, get]) => [name, ...col(get, 1)]);
    lines.push(...table(['cost', ...opts.backends], microRows));
  }
  lines.push('');
  process.stdout.write(`${lines.join('\n')}\n`);

  const result = {
    data: Object.fromEntries(
      datasets.map((ds) => [
        ds.name,
        { trainRows: ds.trainRows, validationRows: ds.valRows, inputs: ds.width, epochs: ds.epochs, batchSize: ds.plain.spec.batchSize, hidden: ds.plain.spec.hidden, judged: ds.judged, provenanceCheckOk: ds.checkOk },
      ]),
    ),
    runs: opts.runs,
    env,
    runtimes,
    results,
    ratios: Object.fromEntries(datasets.map((ds) => [ds.name, Object.fromEntries(opts.backends.map((b) => [b, results[ds.name][b].ratio]))])),
    goals: Object.fromEntries(opts.backends.map((b) => [`${datasets[0].name}.${b}.oursVsPlain`, results[datasets[0].name][b].goal])),
    leakedTensorsPerRun: leaks,
    ...(opts.breakdown ? { breakdownMs: breakdowns } : {}),
  };
  process.stdout.write(`BENCH train ${JSON.stringify(result)}\n`);

  if (opts.clean) {
    fs.rmSync(WORK, { recursive: true, force: true });
    log(`removed ${path.relative(PROJECT, WORK)}`);
  }
}

try {
  await main();
} catch (e) {
  if (e instanceof BenchError) {
    process.stderr.write(`[bench train] error: ${e.message}\n`);
    process.exit(1);
  }
  process.stderr.write(`[bench train] ${e?.stack ?? e}\n`);
  process.exit(1);
}
