import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);
import {
  Rng,
  evaluateGates,
  fitCalibration
} from "./chunk-4Y6FMFNR.js";
import {
  archivePackage
} from "./chunk-UOJCVBOE.js";
import {
  WEIGHTS_FILE,
  checkBeforeTraining,
  checkClassCount,
  checkModuleParameters,
  encodeLabels,
  fitPreprocessor,
  inputWidth,
  loadRuntime,
  preprocessorJson,
  serializeModel,
  transform
} from "./chunk-TY4TGASN.js";
import {
  OUTPUT_MARKER,
  OutputFolder,
  checkWorkspace,
  configuredOutput,
  judgeOutputFolder
} from "./chunk-UG4SUMJ2.js";
import {
  Git,
  Hasher,
  commitTree,
  findConfigFile,
  loadConfig,
  readGitFacts
} from "./chunk-PBFU3N36.js";
import {
  resolveReal
} from "./chunk-MDEWCTW4.js";
import {
  LOWER_IS_BETTER,
  binaryMetrics,
  multiclassMetrics,
  regressionMetrics
} from "./chunk-EXTS7PAH.js";
import {
  ownFile,
  ownPackageRoot
} from "./chunk-AH66PB2E.js";
import {
  ACTIVATIONS,
  layerOffsets
} from "./chunk-X3SKKC6O.js";
import {
  Profiler
} from "./chunk-F4RPJ75B.js";
import {
  readTable
} from "./chunk-FT5MJEK3.js";
import {
  compareBytes,
  isInside,
  toPosix
} from "./chunk-RIGD5S4O.js";
import {
  ModelBuildError
} from "./chunk-J3ZPWLJ2.js";

// src/core/build/buildModel.ts
import { existsSync as existsSync2, statSync } from "node:fs";
import path3 from "node:path";

// src/core/data/clean.ts
function cleanTable(table, label, cleaning = {}) {
  if (!table.columns.includes(label)) {
    throw new ModelBuildError("DATA_INVALID", `the label column "${label}" is not in the data (columns: ${table.columns.join(", ")})`, {
      file: table.source,
      hint: "fix data.label in the config"
    });
  }
  for (const column of [...Object.keys(cleaning.clip ?? {}), ...Object.keys(cleaning.impute ?? {})]) {
    if (!table.columns.includes(column)) {
      throw new ModelBuildError("DATA_INVALID", `data.cleaning names column "${column}", which is not in the data`, {
        file: table.source,
        hint: `columns: ${table.columns.join(", ")}`
      });
    }
  }
  const steps = [];
  let rows = table.rows.map((r, i) => ({ r, line: table.lines[i] }));
  if (cleaning.dropMissingLabel !== false) {
    const before = rows.length;
    rows = rows.filter(({ r }) => r[label] !== null && r[label] !== void 0);
    steps.push({ step: "dropMissingLabel", column: label, rows: before - rows.length });
  } else {
    const missing = rows.find(({ r }) => r[label] === null);
    if (missing) {
      throw new ModelBuildError("DATA_INVALID", `row has no value for the label "${label}"`, {
        file: table.source,
        line: missing.line,
        hint: "set data.cleaning.dropMissingLabel: true, or fill the label"
      });
    }
  }
  if (cleaning.dropDuplicates) {
    const seen = /* @__PURE__ */ new Set();
    const before = rows.length;
    rows = rows.filter(({ r }) => {
      const key = JSON.stringify(table.columns.map((c) => r[c] ?? null));
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    steps.push({ step: "dropDuplicates", rows: before - rows.length });
  }
  for (const [column, [lo, hi]] of Object.entries(cleaning.clip ?? {})) {
    let touched = 0;
    rows = rows.map(({ r, line }) => {
      const v = r[column];
      if (typeof v !== "number") return { r, line };
      const c = Math.min(hi ?? Infinity, Math.max(lo ?? -Infinity, v));
      if (c === v) return { r, line };
      touched++;
      return { r: { ...r, [column]: c }, line };
    });
    steps.push({ step: "clip", column, rows: touched });
  }
  for (const column of Object.keys(cleaning.impute ?? {})) {
    steps.push({ step: "impute", column, rows: rows.filter(({ r }) => r[column] === null || r[column] === void 0).length });
  }
  if (rows.length === 0) {
    throw new ModelBuildError("DATA_INVALID", "no rows left after cleaning", { file: table.source, hint: "check the label column and cleaning settings" });
  }
  return { table: { ...table, rows: rows.map((x) => x.r), lines: rows.map((x) => x.line) }, steps };
}

// src/core/data/split.ts
function splitRows(table, options) {
  const rng = Rng.forPurpose(options.seed, "split");
  const n = table.rows.length;
  if (!options.stratifyBy) {
    const order = rng.permutation(n);
    const k = Math.max(1, Math.round(n * options.fraction));
    if (n - k < 1) throw tooFew(table, n);
    return { validation: order.slice(0, k).sort((a, b) => a - b), train: order.slice(k).sort((a, b) => a - b) };
  }
  const column = options.stratifyBy;
  const groups = /* @__PURE__ */ new Map();
  table.rows.forEach((r, i) => {
    const key = String(r[column]);
    let g = groups.get(key);
    if (!g) groups.set(key, g = []);
    g.push(i);
  });
  const train = [];
  const validation = [];
  for (const key of [...groups.keys()].sort(compareBytes)) {
    const members = groups.get(key);
    if (members.length < 2) {
      const line = table.lines[members[0]];
      throw new ModelBuildError("DATA_INVALID", `class "${key}" of "${column}" has a single example: it cannot be in both the training and the validation split`, {
        file: table.source,
        line,
        hint: "add examples of that class, remove the row, or merge the class with another"
      });
    }
    rng.shuffle(members);
    const k = Math.min(members.length - 1, Math.max(1, Math.round(members.length * options.fraction)));
    validation.push(...members.slice(0, k));
    train.push(...members.slice(k));
  }
  return { train: train.sort((a, b) => a - b), validation: validation.sort((a, b) => a - b) };
}
function tooFew(table, n) {
  return new ModelBuildError("DATA_INVALID", `${n} row(s) are too few to split into training and validation`, { file: table.source });
}

// src/core/train/fit.ts
var EpochTracker = class {
  constructor(o) {
    this.o = o;
    this.monitor = o.earlyStopping?.monitor ?? "val_loss";
    this.patience = o.earlyStopping ? o.earlyStopping.patience ?? 5 : Infinity;
    this.minDelta = o.earlyStopping?.minDelta ?? 0;
    this.lowerIsBetter = LOWER_IS_BETTER.has(this.monitor.replace(/^val_/, ""));
    this.best = this.lowerIsBetter ? Infinity : -Infinity;
  }
  o;
  history = [];
  monitor;
  patience;
  minDelta;
  lowerIsBetter;
  best;
  bestEpoch = 0;
  stoppedEarly = false;
  /**
   * Records an epoch. `predictions` is asked for only when a metric other than val_loss is
   * monitored. Returns 'best' (these weights are the best so far: keep them when early
   * stopping), 'stop' (patience ran out) or 'continue'.
   */
  record(epoch, loss, valLoss, predictions) {
    const record = { epoch, loss, val_loss: valLoss };
    const monitor = this.monitor;
    if (monitor !== "val_loss") {
      const metrics = this.o.validationMetric?.(predictions()) ?? {};
      const value2 = metrics[monitor.replace(/^val_/, "")];
      if (typeof value2 !== "number") {
        throw new ModelBuildError("MODEL_INVALID", `early stopping monitors "${monitor}", which this task does not compute`, {
          hint: `use val_loss, or val_ and one of: ${Object.keys(metrics).filter((k) => typeof metrics[k] === "number").join(", ")}`
        });
      }
      record[monitor] = value2;
    }
    if (!Number.isFinite(record.loss)) {
      throw new ModelBuildError("MODEL_INVALID", `training diverged: loss is ${record.loss} at epoch ${epoch}`, {
        hint: "lower model.learningRate, or check the data for extreme values (data.cleaning.clip)"
      });
    }
    this.history.push(record);
    this.o.onEpoch?.(record, this.o.epochs);
    const value = record[monitor];
    const improved = this.lowerIsBetter ? value < this.best - this.minDelta : value > this.best + this.minDelta;
    if (improved || this.history.length === 1) {
      this.best = value;
      this.bestEpoch = epoch;
      return "best";
    }
    if (epoch - this.bestEpoch >= this.patience) {
      this.stoppedEarly = true;
      return "stop";
    }
    return "continue";
  }
  /** True when the best epoch's weights must be put back: early stopping, and a later epoch ran. */
  get restoreBest() {
    return Boolean(this.o.earlyStopping) && this.bestEpoch !== this.history.length;
  }
  result() {
    const epochsRun = this.history.length;
    return { history: this.history, epochsRun, bestEpoch: this.o.earlyStopping ? this.bestEpoch : epochsRun, stoppedEarly: this.stoppedEarly };
  }
};
async function fitModel(tf, model, train, val, o) {
  const rng = Rng.forPurpose(o.seed, "shuffle");
  const n = train.y.length;
  const xTrain = tf.tensor2d(train.x, [n, o.width]);
  const yTrain = labelTensor(tf, train.y, o);
  const xVal = tf.tensor2d(val.x, [val.y.length, o.width]);
  const yVal = labelTensor(tf, val.y, o);
  const epochs = new EpochTracker(o);
  let bestWeights = null;
  try {
    for (let epoch = 1; epoch <= o.epochs; epoch++) {
      const order = tf.tensor1d(Int32Array.from(rng.permutation(n)), "int32");
      const xs = tf.gather(xTrain, order);
      const ys = tf.gather(yTrain, order);
      const h = await model.fit(xs, ys, { epochs: 1, batchSize: o.batchSize, shuffle: false, verbose: 0 });
      tf.dispose([order, xs, ys]);
      const verdict = epochs.record(epoch, Number(h.history.loss[0]), scalar(model.evaluate(xVal, yVal, { batchSize: 1024 })), () => {
        const pred = model.predict(xVal);
        const values = pred.dataSync();
        pred.dispose();
        return values;
      });
      if (verdict === "best" && o.earlyStopping) {
        tf.dispose(bestWeights ?? []);
        bestWeights = model.getWeights().map((w) => w.clone());
      } else if (verdict === "stop") break;
    }
    if (bestWeights && epochs.restoreBest) model.setWeights(bestWeights);
    return epochs.result();
  } finally {
    tf.dispose([xTrain, yTrain, xVal, yVal, ...bestWeights ?? []]);
  }
}
function labelTensor(tf, y, o) {
  if (o.task === "multiclass") return tf.tidy(() => tf.oneHot(tf.tensor1d(y, "int32"), o.classCount).toFloat());
  return tf.tensor2d(Float32Array.from(y), [y.length, 1]);
}
function scalar(t) {
  const s = Array.isArray(t) ? t[0] : t;
  const v = s.dataSync()[0];
  (Array.isArray(t) ? t : [t]).forEach((x) => x.dispose());
  return v;
}

// src/core/train/denseFit.ts
import os from "node:os";
var DEFAULT_SHARDS = 4;
var MAX_SHARDS = 64;
function denseNetSpec(spec, o) {
  const hidden = spec.hidden ?? [{ units: 16, activation: "relu" }];
  const activations = hidden.map((h) => h.activation ?? "relu");
  const unknown = activations.find((a) => !ACTIVATIONS.includes(a));
  if (unknown) throw new ModelBuildError("CONFIG_INVALID", `the dense trainer has no activation "${unknown}"`, { hint: `use one of ${ACTIVATIONS.join(", ")}` });
  return {
    sizes: [o.width, ...hidden.map((h) => h.units), o.task === "multiclass" ? o.classCount : 1],
    activations,
    dropout: hidden.map((h) => h.dropout ?? 0),
    output: o.task === "multiclass" ? "softmax" : o.task === "binary" ? "sigmoid" : "linear"
  };
}
async function fitDense(tf, model, train, val, o) {
  const net = denseNetSpec(o.spec, o);
  const shards = o.shards ?? DEFAULT_SHARDS;
  if (!Number.isInteger(shards) || shards < 1 || shards > MAX_SHARDS) {
    throw new ModelBuildError("CONFIG_INVALID", `training.shards must be a whole number from 1 to ${MAX_SHARDS}, got ${shards}`, { hint: `leave it out for ${DEFAULT_SHARDS}` });
  }
  const workers = o.workers ?? os.availableParallelism();
  if (!Number.isInteger(workers) || workers < 1) throw new ModelBuildError("USAGE", `workers must be a whole number of at least 1, got ${workers}`);
  const threads = Math.min(workers, shards);
  const { layers, count } = layerOffsets(net);
  const n = train.y.length;
  const batchSize = Math.max(1, Math.min(o.batchSize, n));
  const batches = Math.ceil(n / batchSize);
  const valRows = val.y.length;
  const outputs = net.sizes.at(-1);
  const shared = {
    spec: net,
    shards,
    threads,
    rows: n,
    batchSize,
    dropoutSeed: Rng.forPurpose(o.seed, "dropout").tfSeed(),
    optimizer: o.spec.optimizer ?? "adam",
    learningRate: o.spec.learningRate ?? 1e-3,
    l2: o.spec.l2 ?? 0,
    // The hidden layers' kernels carry the L2 penalty (buildDeclarativeModel regularizes them, not the output).
    penalized: layers.slice(0, -1).map((l, i) => [l.kernel, l.kernel + net.sizes[i] * net.sizes[i + 1]]),
    params: new SharedArrayBuffer(count * 8),
    x: new SharedArrayBuffer(train.x.byteLength),
    y: new SharedArrayBuffer(n * 8),
    order: new SharedArrayBuffer(n * 4),
    grads: new SharedArrayBuffer(shards * count * 8),
    losses: new SharedArrayBuffer(shards * 8),
    valRows,
    valX: new SharedArrayBuffer(val.x.byteLength),
    valY: new SharedArrayBuffer(valRows * 8),
    valPred: new SharedArrayBuffer(valRows * outputs * 4),
    valLosses: new SharedArrayBuffer(valRows * 8),
    control: new SharedArrayBuffer(0)
  };
  const { ShardThread, publishEpoch, runEpoch, validationLoss, stopWorkers, readCounters, countersBytes, SHARDS_MODULE_URL, CONTROL_SLOTS } = await import("./chunk-EKAUSE3Q.js");
  shared.control = new SharedArrayBuffer(CONTROL_SLOTS * 4);
  if (o.onCounters) shared.counters = new SharedArrayBuffer(countersBytes(threads));
  const main = new ShardThread(shared, 0);
  const params = main.params;
  new Float32Array(shared.x).set(train.x);
  main.data.y.set(train.y);
  main.val.x.set(val.x);
  main.val.y.set(val.y);
  readWeights(model, net, params);
  const rng = Rng.forPurpose(o.seed, "shuffle");
  const epochs = new EpochTracker(o);
  let bestParams = null;
  let step = 0;
  const pool = threads > 1 ? await (await import("./chunk-YS7QU76I.js")).DensePool.start(shared, SHARDS_MODULE_URL) : null;
  try {
    for (let epoch = 1; epoch <= o.epochs; epoch++) {
      main.data.order.set(rng.permutation(n));
      publishEpoch(main, step);
      const lossSum = runEpoch(main, step);
      step += batches;
      if (lossSum === void 0) {
        await new Promise((resolve) => setImmediate(resolve));
        throw (await import("./chunk-YS7QU76I.js")).workerFailed(pool?.messages.join("; ") || "a worker stopped answering (no progress for 300 s)");
      }
      const valLoss = validationLoss(main);
      const verdict = epochs.record(epoch, lossSum / n, valLoss, () => main.val.pred);
      if (verdict === "best" && o.earlyStopping) bestParams = Float64Array.from(params);
      else if (verdict === "stop") break;
      await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    if (pool) stopWorkers(main);
    const counters = readCounters(main);
    if (pool) await pool.close();
    if (counters) o.onCounters?.(counters);
  }
  writeWeights(tf, model, net, bestParams && epochs.restoreBest ? bestParams : params);
  return epochs.result();
}
function shapes(net) {
  return net.sizes.slice(0, -1).flatMap((inputs, l) => [[inputs, net.sizes[l + 1]], [net.sizes[l + 1]]]);
}
function readWeights(model, net, params) {
  const weights = model.getWeights();
  const want = shapes(net);
  const got = weights.map((w) => w.shape);
  if (JSON.stringify(got) !== JSON.stringify(want)) {
    throw new ModelBuildError("INTERNAL", `the dense trainer expected weights ${JSON.stringify(want)}, the model has ${JSON.stringify(got)}`, {
      hint: "fitDense trains models from buildDeclarativeModel only; use fitModel for others"
    });
  }
  let at = 0;
  for (const w of weights) {
    const data = w.dataSync();
    for (let i = 0; i < data.length; i++) params[at + i] = data[i];
    at += data.length;
  }
}
function writeWeights(tf, model, net, params) {
  let at = 0;
  const tensors = shapes(net).map((shape) => {
    const size = shape.reduce((a, b) => a * b, 1);
    const t = tf.tensor(Float32Array.from(params.subarray(at, at + size)), shape, "float32");
    at += size;
    return t;
  });
  model.setWeights(tensors);
  tf.dispose(tensors);
}

// src/core/train/model.ts
import path2 from "node:path";

// src/core/train/seededDropout.ts
function makeSeededDropout(tf) {
  class SeededDropout extends tf.layers.Layer {
    constructor(rate, seed, config = {}) {
      super(config);
      this.rate = rate;
      this.seed = seed;
    }
    rate;
    seed;
    static className = "SeededDropout";
    step = 0;
    call(inputs, kwargs) {
      const x = Array.isArray(inputs) ? inputs[0] : inputs;
      if (!kwargs.training || this.rate === 0) return x;
      const seed = 1 + (this.seed + this.step++ * 7919) % 2147483646;
      return tf.tidy(() => {
        const keep = tf.randomUniform(x.shape, 0, 1, "float32", seed).greaterEqual(this.rate).cast("float32");
        return x.mul(keep).div(1 - this.rate);
      });
    }
    computeOutputShape(shape) {
      return shape;
    }
    getConfig() {
      return { ...super.getConfig(), rate: this.rate, seed: this.seed };
    }
  }
  return SeededDropout;
}

// src/core/trust/moduleGuard.ts
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import * as nodeModule from "node:module";
import path from "node:path";
import { MessageChannel, receiveMessageOnPort } from "node:worker_threads";
import { pathToFileURL } from "node:url";
function hooksUrl() {
  const beside = new URL("./moduleHooks.mjs", import.meta.url);
  if (beside.protocol === "file:" && existsSync(beside)) return beside;
  return pathToFileURL(ownFile("dist/moduleHooks.mjs"));
}
async function importGuarded(moduleFile, options) {
  const entry = `${pathToFileURL(moduleFile).href}?sha256=${createHash("sha256").update(readFileSync(moduleFile)).digest("hex")}`;
  const data = { entry, root: options.root, own: ownPackageRoot(), allowed: options.allowed, enforce: options.enforce };
  const refused = [];
  const hooks = await import(hooksUrl().href);
  const registerHooks2 = nodeModule.registerHooks;
  if (registerHooks2) {
    const check = hooks.createGuard(data, (m) => refused.push(m));
    const handle = registerHooks2({
      resolve(specifier, context, next) {
        const r = next(specifier, context);
        check(r.url, context.parentURL);
        return r;
      }
    });
    try {
      return { module: await import(entry), guard: { refused }, refusedMarker: hooks.REFUSED, release: () => handle.deregister() };
    } catch (e) {
      handle.deregister();
      throw e;
    }
  }
  const { port1, port2 } = new MessageChannel();
  nodeModule.register(hooksUrl().href, { data: { ...data, port: port2 }, transferList: [port2] });
  const unpatch = guardRequire(hooks.createGuard({ ...data, anyParentInside: true }, (m) => refused.push(m)));
  const drain = () => {
    for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) refused.push(String(m.message));
  };
  try {
    const module = await import(entry);
    drain();
    const release = () => {
      unpatch();
      drain();
      port1.close();
    };
    return { module, guard: { refused }, refusedMarker: hooks.REFUSED, release };
  } catch (e) {
    unpatch();
    drain();
    port1.close();
    throw e;
  }
}
function guardRequire(check) {
  const Module2 = nodeModule.Module;
  const original = Module2._resolveFilename;
  Module2._resolveFilename = function(request, parent, ...rest) {
    const filename = original.call(this, request, parent, ...rest);
    if (parent?.filename && path.isAbsolute(filename)) check(pathToFileURL(filename).href, pathToFileURL(parent.filename).href);
    return filename;
  };
  return () => {
    Module2._resolveFilename = original;
  };
}

// src/core/train/model.ts
var REFUSED_IMPORT = "[model-build: unversioned import] ";
var outputUnitsFor = (task, classes) => task === "multiclass" ? classes : 1;
function lossFor(task) {
  return task === "multiclass" ? "categoricalCrossentropy" : task === "binary" ? "binaryCrossentropy" : "meanSquaredError";
}
function buildDeclarativeModel(tf, spec, ctx) {
  const rng = Rng.forPurpose(ctx.seed, "init");
  const dropoutRng = Rng.forPurpose(ctx.seed, "dropout");
  const SeededDropout = makeSeededDropout(tf);
  const l2 = spec.l2;
  const regularizer = l2 ? () => tf.regularizers.l2({ l2 }) : () => void 0;
  const model = tf.sequential({ name: "sequential_1" });
  const hidden = spec.hidden ?? [{ units: 16, activation: "relu" }];
  hidden.forEach((layer, i) => {
    model.add(
      tf.layers.dense({
        units: layer.units,
        activation: layer.activation ?? "relu",
        inputShape: i === 0 ? ctx.inputShape : void 0,
        kernelInitializer: tf.initializers.glorotUniform({ seed: rng.tfSeed() }),
        biasInitializer: tf.initializers.zeros(),
        kernelRegularizer: regularizer(),
        name: `dense_${i + 1}`
      })
    );
    if (layer.dropout) model.add(new SeededDropout(layer.dropout, dropoutRng.tfSeed(), { name: `dropout_${i + 1}` }));
  });
  model.add(
    tf.layers.dense({
      units: ctx.outputUnits,
      activation: ctx.task === "multiclass" ? "softmax" : ctx.task === "binary" ? "sigmoid" : "linear",
      inputShape: hidden.length === 0 ? ctx.inputShape : void 0,
      kernelInitializer: tf.initializers.glorotUniform({ seed: rng.tfSeed() }),
      biasInitializer: tf.initializers.zeros(),
      name: "output"
    })
  );
  compile(tf, model, spec, ctx.task);
  return model;
}
function compile(tf, model, spec, task) {
  const lr = spec.learningRate ?? 1e-3;
  const optimizer = spec.optimizer === "sgd" ? tf.train.sgd(lr) : spec.optimizer === "rmsprop" ? tf.train.rmsprop(lr) : spec.optimizer === "adagrad" ? tf.train.adagrad(lr) : tf.train.adam(lr);
  model.compile({ optimizer, loss: lossFor(task) });
}
async function buildModuleModel(tf, spec, ctx, modulePath, display, guard) {
  let imported;
  try {
    imported = await importGuarded(path2.resolve(modulePath), guard);
  } catch (e) {
    const message = e?.message ?? String(e);
    const marker = message.indexOf(REFUSED_IMPORT);
    if (marker >= 0) {
      throw new ModelBuildError("UNVERSIONED_CODE", `the model module imports unversioned code: ${message.slice(marker + REFUSED_IMPORT.length).split("\n")[0]}`, {
        file: display,
        hint: "commit the imported file (or install the package from your lockfile); --allow-dirty builds anyway and records it"
      });
    }
    throw new ModelBuildError("MODEL_INVALID", `cannot load the model module: ${message.split("\n")[0]}`, {
      file: display,
      hint: 'it must be an ES module (.mjs, or .js in a "type": "module" package) exporting build(tf, ctx)'
    });
  }
  try {
    const model = await runModuleBuild(tf, spec, ctx, imported.module, display, imported.refusedMarker);
    return { model, refusedImports: imported.guard.refused };
  } finally {
    imported.release();
  }
}
async function runModuleBuild(tf, spec, ctx, mod, display, refusedMarker) {
  const build = mod.build ?? mod.default?.build;
  if (typeof build !== "function") {
    throw new ModelBuildError("MODEL_INVALID", "the model module does not export a build(tf, ctx) function", { file: display });
  }
  let model;
  try {
    model = await build(tf, { ...ctx });
  } catch (e) {
    const message = e?.message ?? String(e);
    if (message.includes(refusedMarker)) {
      throw new ModelBuildError("UNVERSIONED_CODE", `the model module imports unversioned code: ${message.slice(message.indexOf(refusedMarker) + refusedMarker.length).split("\n")[0]}`, {
        file: display,
        hint: "commit the imported file (or install the package from your lockfile); --allow-dirty builds anyway and records it"
      });
    }
    throw new ModelBuildError("MODEL_INVALID", `build(tf, ctx) threw: ${message}`, {
      file: display,
      hint: "run it on its own to debug; ctx holds inputShape, outputUnits, task and seed"
    });
  }
  if (!(model instanceof tf.LayersModel)) {
    const what = model === null ? "null" : typeof model === "object" ? model.constructor?.name ?? "an object" : typeof model;
    throw new ModelBuildError("MODEL_INVALID", `build(tf, ctx) returned ${what}, not a tf.LayersModel`, {
      file: display,
      hint: "return tf.sequential() or tf.model(); use the tf passed in, not your own import"
    });
  }
  const shape = (dims) => `[${dims.map((d) => d ?? "*").join(", ")}]`;
  const expected = shape([null, ...ctx.inputShape]);
  const got = shape(model.inputs[0]?.shape ?? []);
  const out = model.outputs[0]?.shape.slice(-1)[0];
  if (model.inputs.length !== 1 || got !== expected || out !== ctx.outputUnits) {
    throw new ModelBuildError("MODEL_INVALID", `the model takes ${got} and returns ${out} units; the data needs input ${expected} and ${ctx.outputUnits} output units`, {
      file: display,
      hint: "build the input layer from ctx.inputShape and the last layer with ctx.outputUnits units"
    });
  }
  if (!model.optimizer) compile(tf, model, spec, ctx.task);
  return model;
}

// src/core/package/provenance.ts
function provenanceStatement(pkg, run) {
  const m = pkg.metadata;
  return {
    _type: "https://in-toto.io/Statement/v1",
    subject: [{ name: pkg.archive.split(/[\\/]/).pop(), digest: { sha256: pkg.digest.slice("sha256:".length) } }],
    predicateType: "https://slsa.dev/provenance/v1",
    predicate: {
      buildDefinition: {
        buildType: "urn:model-build:build:v1",
        externalParameters: run.externalParameters,
        internalParameters: { seed: m.training.seed, backend: m.training.backend, node: m.environment.node, ...run.internalParameters },
        resolvedDependencies: [
          {
            uri: m.code.repository ? `git+${m.code.repository}${m.code.ref ? `@${m.code.ref}` : ""}` : "git+local",
            digest: { gitCommit: m.code.commit, gitTree: m.code.tree }
          },
          ...m.data.filter((d) => d.hash).map((d) => {
            const [algo, value] = d.hash.split(":");
            return { uri: d.path, digest: { [algo]: value } };
          })
        ]
      },
      runDetails: {
        builder: { id: run.builderId, version: { "model-build": m.createdBy.version } },
        metadata: {
          ...run.invocationId ? { invocationId: run.invocationId } : {},
          startedOn: run.startedOn.toISOString(),
          finishedOn: run.finishedOn.toISOString()
        },
        byproducts: [{ name: "contents", digest: { sha256: pkg.contentDigest.slice("sha256:".length) } }]
      }
    }
  };
}
var provenanceFileFor = (archive) => archive.replace(/\.zip$/, "") + ".provenance.intoto.json";
var provenanceText = (pkg, run) => `${JSON.stringify(provenanceStatement(pkg, run), null, 2)}
`;

// src/core/build/buildModel.ts
async function buildModel(options = {}) {
  const cwd = path3.resolve(options.cwd ?? process.cwd());
  const startedOn = /* @__PURE__ */ new Date();
  const clock = phaseClock();
  const configFile = typeof options.config === "object" ? options.config.file : findConfigFile(options.config, cwd);
  const lookup = await readGitFacts(path3.dirname(configFile));
  const repoRoot = lookup.ok ? lookup.facts.root : path3.dirname(configFile);
  const variant = options.variant ?? (typeof options.config === "object" ? options.config.variant?.id : void 0);
  const first = typeof options.config === "object" && options.config.variant?.id === variant ? options.config : loadConfig(configFile, { cwd, root: repoRoot, variant });
  const configDir = path3.dirname(first.file);
  const outRoot = configuredOutput(first, options.out, cwd);
  const check = options.check ?? await checkWorkspace({
    root: configDir,
    config: first,
    // The configured folder is output too when --out points elsewhere (verify's rebuilds do).
    outputs: [outRoot, configuredOutput(first), ...markedAncestors(outRoot, repoRoot)],
    cacheFile: options.cacheFile,
    onProgress: options.onCheckProgress
  });
  if (!check.ok && !options.allowDirty) return { status: "refused", check };
  const checkMs = clock();
  const loaded = check.git && check.git.root !== repoRoot ? loadConfig(first.file, { cwd, root: check.git.root, variant }) : first;
  const config = loaded.config;
  const display = (abs) => toPosix(path3.relative(check.root, abs)) || ".";
  const tree = check.git ? await commitTree(check.git.root, check.git.commit) : [];
  const dirtySet = new Set(check.git?.dirtyPaths.map((d) => d.path) ?? []);
  const output = OutputFolder.claim(outRoot, config.name, outputContext(check, tree, options.out, display(loaded.file), config.package?.out));
  try {
    const modulePath = config.model?.module ? path3.resolve(configDir, config.model.module) : null;
    const { table, cleaning, trainRows, valRows, rowsRead } = await prepareData(loaded, display);
    const label = config.data.label;
    const task = config.model?.task ?? inferTask(table, label);
    const seed = config.seed ?? 42;
    const warnings = [];
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
      maxInputs: config.model?.maxInputs
    });
    checkClassesCovered(pre, trainRows, valRows, table.source, config);
    const width = inputWidth(pre);
    checkBeforeTraining({
      config,
      task,
      inputWidth: width,
      outputUnits: outputUnitsFor(task, pre.label.classes?.length ?? 1),
      trainRows: trainRows.length,
      validationRows: valRows.length,
      origin: { file: display(loaded.file), locate: loaded.locate }
    });
    const train = { x: transform(pre, trainRows), y: encodeLabels(pre, trainRows) };
    const val = { x: transform(pre, valRows), y: encodeLabels(pre, valRows) };
    const dataMs = clock();
    let runtime = options.runtime ?? await loadRuntime({ backend: options.backend ?? config.training?.backend, projectRoot: configDir });
    const runtimeMs = clock();
    const classCount = pre.label.classes?.length ?? 1;
    const ctx = { inputShape: [width], outputUnits: outputUnitsFor(task, classCount), task, seed };
    const guard = {
      root: check.git?.root ?? configDir,
      allowed: tree.filter((e) => e.type === "blob" && e.mode !== "120000" && !dirtySet.has(e.path)).map((e) => e.path),
      enforce: !options.allowDirty
    };
    const refusedImports = [];
    const evaluate = (pred) => evaluateMetrics(task, pre, val.y, pred, classCount);
    const train1 = async (rt) => {
      let model2;
      if (modulePath) {
        const built = await buildModuleModel(rt.tf, config.model ?? {}, ctx, modulePath, display(modulePath), guard);
        model2 = built.model;
        checkModuleParameters(model2.countParams(), config, { file: display(loaded.file), locate: loaded.locate });
        refusedImports.push(...built.refusedImports.filter((r) => !refusedImports.includes(r)));
      } else model2 = buildDeclarativeModel(rt.tf, config.model ?? {}, ctx);
      const fitOptions = {
        task,
        classCount,
        width,
        epochs: config.training?.epochs ?? 50,
        batchSize: config.training?.batchSize ?? 32,
        seed,
        earlyStopping: config.training?.earlyStopping,
        validationMetric: evaluate,
        onEpoch: options.onEpoch
      };
      if (modulePath) return { model: model2, fit: await fitModel(rt.tf, model2, train, val, fitOptions), trainer: { name: "tfjs" } };
      const shards = config.training?.shards ?? DEFAULT_SHARDS;
      const fit2 = await fitDense(rt.tf, model2, train, val, { ...fitOptions, spec: config.model ?? {}, shards, workers: options.trainThreads ?? trainThreadsFromEnv() });
      return { model: model2, fit: fit2, trainer: { name: "dense", shards } };
    };
    let trained;
    try {
      trained = await train1(runtime);
    } catch (e) {
      if (runtime.info.backend !== "wasm" || !/not registered for backend/i.test(e?.message ?? "")) throw e;
      const reason = e.message.split("\n")[0];
      await runtime.tf.setBackend("cpu");
      runtime = withCpuFallback(runtime, reason);
      trained = await train1(runtime);
    }
    const { model, fit, trainer } = trained;
    const predictions = predictAll(runtime.tf, model, val.x, width);
    const metrics = evaluate(predictions);
    const calibration = calibrationOf(pre, predictions, val.y);
    const gates = evaluateGates(config.gates ?? {}, metrics, display(loaded.file));
    const result = {
      format: 1,
      task,
      label,
      ...pre.label.classes ? { classes: pre.label.classes } : {},
      metrics,
      ...calibration ? { calibration } : {},
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
      data: { rows: table.rows.length, train: trainRows.length, validation: valRows.length, cleaning }
    };
    const trainMs = clock();
    const serialized = await serializeModel(runtime.tf, model);
    model.optimizer?.dispose();
    model.dispose();
    const files = {
      "model.json": `${JSON.stringify(serialized.modelJson, null, 2)}
`,
      [WEIGHTS_FILE]: serialized.weights,
      "preprocessor.json": preprocessorJson(pre),
      "metrics.json": `${JSON.stringify(result, null, 2)}
`
    };
    const problems = [
      ...check.problems.map((p) => `${p.path}: ${p.message}`),
      ...refusedImports.map((r) => `unversioned import: ${r}`)
    ];
    let pkg = null;
    let provenance = null;
    let packaged = null;
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
          actual: problems.length > 0 ? await digestsOfWhatWasRead(check) : void 0
        },
        output.dir
      );
      pkg = archived.pkg;
      const text = provenanceText(pkg, {
        builderId: options.builder?.id ?? "model-build/library",
        invocationId: options.builder?.invocationId,
        startedOn,
        finishedOn: /* @__PURE__ */ new Date(),
        externalParameters: {
          config: toPosix(path3.relative(check.root, loaded.file)),
          backend: options.backend ?? config.training?.backend ?? "auto",
          allowDirty: Boolean(options.allowDirty),
          ...loaded.variant ? { variant: loaded.variant.id, overrides: loaded.variant.overrides } : {}
        },
        // How the backend was arrived at on this host: an observation, so here, not in the archive.
        internalParameters: { runtime: runtime.notes }
      });
      const archiveFile = path3.basename(pkg.archive);
      const provenanceFile = path3.basename(provenanceFileFor(pkg.archive));
      packaged = { archiveFile, provenanceFile, bytes: archived.bytes, text };
      provenance = provenanceFileFor(pkg.archive);
    }
    const step = faultHook();
    const modelDir = output.replace(
      { name: config.name, files },
      packaged ? [
        { name: packaged.archiveFile, content: packaged.bytes },
        { name: packaged.provenanceFile, content: packaged.text }
      ] : [],
      packaged ? [packaged.provenanceFile] : [],
      step
    );
    await noteUnignoredOutput(check, output.dir);
    return {
      status: "built",
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
      timings: { check: checkMs, data: dataMs, runtime: runtimeMs, train: trainMs, write: clock() }
    };
  } catch (e) {
    output.release(true);
    throw e;
  } finally {
    output.release();
  }
}
async function noteUnignoredOutput(check, dir) {
  if (!check.git) return;
  const root = resolveReal(check.git.root).real;
  const rel = toPosix(path3.relative(root, dir));
  if (rel === "" || rel.startsWith("..")) return;
  const ignored = await new Git(root).tryRun(["check-ignore", "-q", `${rel}/`]);
  const note = `${rel}/ holds build output and is not ignored by git: add it to .gitignore`;
  if (ignored.code !== 0 && !check.notes.includes(note)) check.notes.push(note);
}
function withCpuFallback(runtime, reason) {
  return {
    tf: runtime.tf,
    info: { ...runtime.info, backend: "cpu", backendVersion: runtime.tf.version_core, simd: null },
    notes: { ...runtime.notes, fallbacks: [...runtime.notes.fallbacks, `wasm: ${reason}`] }
  };
}
async function digestsOfWhatWasRead(check) {
  const result = /* @__PURE__ */ new Map();
  const files = check.data.filter((d) => d.status !== "ok" && d.actual === null).map((d) => d.path);
  const hasher = new Hasher({ root: check.root, cacheFile: null });
  try {
    for (const rel of files) {
      const abs = path3.join(check.root, rel);
      if (!statSync(abs, { throwIfNoEntry: false })?.isFile()) continue;
      result.set(rel, `sha256:${(await hasher.digest(abs, ["sha256"])).sha256}`);
    }
  } finally {
    await hasher.close();
  }
  return result;
}
async function judgeBuildOutput(loaded, check, out, cwd = process.cwd()) {
  const tree = check.git ? await commitTree(check.git.root, check.git.commit) : [];
  const display = toPosix(path3.relative(check.root, loaded.file));
  const ctx = outputContext(check, tree, out, display, loaded.config.package?.out);
  return judgeOutputFolder(configuredOutput(loaded, out, cwd), loaded.config.name, ctx);
}
function markedAncestors(dir, repoRoot) {
  const root = resolveReal(repoRoot).real;
  const found = [];
  for (let d = path3.dirname(resolveReal(dir).real); d !== root && isInside(root, d); d = path3.dirname(d)) {
    if (existsSync2(path3.join(d, OUTPUT_MARKER))) found.push(d);
  }
  return found;
}
async function claimBuildOutput(loaded, check, out, cwd = process.cwd()) {
  const tree = check.git ? await commitTree(check.git.root, check.git.commit) : [];
  const display = toPosix(path3.relative(check.root, loaded.file));
  return OutputFolder.claim(configuredOutput(loaded, out, cwd), loaded.config.name, outputContext(check, tree, out, display, loaded.config.package?.out));
}
function outputContext(check, tree, out, configDisplay, configured) {
  const root = resolveReal(check.git ? check.git.root : check.root).real;
  const tracked = tree.map((e) => e.path).concat(check.git?.dirtyPaths.filter((d) => d.state !== "untracked").map((d) => d.path) ?? []);
  const gitDirs = check.git ? [path3.join(check.git.root, ".git"), check.git.commonDir].map((d) => resolveReal(d).real) : [];
  return {
    root,
    gitDirs,
    holdsTracked: (rel) => tracked.find((t) => rel === "" || t === rel || t.startsWith(`${rel}/`)) ?? null,
    fromConfig: out === void 0,
    what: out !== void 0 ? `--out "${out}"` : `package.out "${configured ?? "model-build-out"}"`,
    where: out !== void 0 ? {} : { file: configDisplay, pointer: "/package/out" }
  };
}
function faultHook() {
  const at = process.env.MODEL_BUILD_FAULT_AT;
  const trace = process.env.MODEL_BUILD_TRACE_STEPS === "1";
  if (!at && !trace) return () => {
  };
  return (step) => {
    if (trace) process.stderr.write(`model-build step: ${step}
`);
    if (step === at) process.kill(process.pid, "SIGKILL");
  };
}
function profileRows(rows) {
  const profiler = new Profiler();
  for (const r of rows) profiler.update(r);
  return profiler.toJSON();
}
function predictionRecords(pre, raw, rows) {
  const { label } = pre;
  const classes = label.classes ?? [];
  const width = label.task === "multiclass" ? classes.length : 1;
  return Array.from({ length: rows }, (_, i) => {
    if (label.task === "regression") return { prediction: raw[i] * (label.scale ?? 1) + (label.shift ?? 0) };
    if (label.task === "binary") return { prediction: classes[raw[i] >= 0.5 ? 1 : 0] };
    let best = 0;
    for (let c = 1; c < width; c++) if (raw[i * width + c] > raw[i * width + best]) best = c;
    return { prediction: classes[best] };
  });
}
function calibrationOf(pre, raw, y) {
  const { label } = pre;
  if (label.task === "regression" || y.length === 0) return void 0;
  const width = label.task === "multiclass" ? label.classes.length : 1;
  const confidence = new Float64Array(y.length);
  const right = new Array(y.length);
  for (let i = 0; i < y.length; i++) {
    if (label.task === "binary") {
      const p = raw[i];
      confidence[i] = Math.max(p, 1 - p);
      right[i] = (p >= 0.5 ? 1 : 0) === y[i];
    } else {
      let best = 0;
      for (let c = 1; c < width; c++) if (raw[i * width + c] > raw[i * width + best]) best = c;
      confidence[i] = raw[i * width + best];
      right[i] = best === y[i];
    }
  }
  return fitCalibration(confidence, right);
}
var outputFolder = (loaded, out, cwd) => configuredOutput(loaded, out, cwd);
function phaseClock() {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const ms = Math.round(now - last);
    last = now;
    return ms;
  };
}
async function prepareData(loaded, display) {
  const { config } = loaded;
  const data = config.data;
  if (!data.label) {
    throw new ModelBuildError("CONFIG_INVALID", "data.label is required to build a model", {
      file: display(loaded.file),
      pointer: "/data",
      hint: "name the column to predict, e.g. `label: species`"
    });
  }
  const readOptions = { format: data.format, delimiter: data.delimiter, columns: data.columns };
  const [trainPath, valPath] = [loaded.dataPaths[0].path, data.validation ? loaded.dataPaths[1].path : null];
  const raw = await readTable(trainPath, { ...readOptions, display: display(trainPath) });
  const rowsRead = /* @__PURE__ */ new Map([[trainPath, raw.rows.length]]);
  const cleaned = cleanTable(raw, data.label, data.cleaning);
  if (valPath) {
    const rawVal = await readTable(valPath, { ...readOptions, display: display(valPath) });
    rowsRead.set(valPath, rawVal.rows.length);
    const cleanedVal = cleanTable(rawVal, data.label, data.cleaning);
    return { table: cleaned.table, cleaning: cleaned.steps, trainRows: cleaned.table.rows, valRows: cleanedVal.table.rows, rowsRead };
  }
  const task = config.model?.task ?? inferTask(cleaned.table, data.label);
  if (task !== "regression") {
    const classes = new Set(cleaned.table.rows.map((r) => r[data.label])).size;
    checkClassCount(classes, data.label, config.model?.maxClasses, cleaned.table.source, { file: display(loaded.file), locate: loaded.locate });
  }
  const stratify = data.split?.stratify ?? task !== "regression";
  const split = splitRows(cleaned.table, {
    seed: config.seed ?? 42,
    fraction: data.split?.validation ?? 0.2,
    stratifyBy: stratify ? data.label : void 0
  });
  const pick = (idx) => idx.map((i) => cleaned.table.rows[i]);
  return { table: cleaned.table, cleaning: cleaned.steps, trainRows: pick(split.train), valRows: pick(split.validation), rowsRead };
}
function inferTask(table, label) {
  const type = table.types[label];
  if (type === "boolean") return "binary";
  if (type === "number") return "regression";
  const classes = new Set(table.rows.map((r) => r[label]).filter((v) => v !== null));
  return classes.size === 2 ? "binary" : "multiclass";
}
function checkClassesCovered(pre, trainRows, valRows, source, config) {
  const classes = pre.label.classes;
  if (!classes) return;
  const inVal = new Set(valRows.map((r) => String(r[pre.label.column])));
  const missing = classes.filter((c) => !inVal.has(c));
  if (missing.length > 0) {
    throw new ModelBuildError("DATA_INVALID", `class${missing.length > 1 ? "es" : ""} ${missing.map((m) => `"${m}"`).join(", ")} of "${pre.label.column}" ${missing.length > 1 ? "are" : "is"} not in the validation split`, {
      file: source,
      hint: config.data.validation ? "add examples of every class to the validation file" : "set data.split.stratify: true (the default for classification)"
    });
  }
  const inTrain = new Set(trainRows.map((r) => String(r[pre.label.column])));
  const unseen = [...inVal].filter((c) => !inTrain.has(c));
  if (unseen.length > 0) {
    throw new ModelBuildError("DATA_INVALID", `validation holds class(es) the training data lacks: ${unseen.join(", ")}`, { file: source });
  }
}
function predictAll(tf, model, x, width) {
  return tf.tidy(() => model.predict(tf.tensor2d(x, [x.length / width, width]), { batchSize: 1024 }).dataSync());
}
function evaluateMetrics(task, pre, y, pred, classCount) {
  if (task === "binary") return { ...binaryMetrics(y, Array.from(pred)) };
  if (task === "multiclass") {
    const probs = y.map((_, i) => Array.from(pred.subarray(i * classCount, (i + 1) * classCount)));
    return { ...multiclassMetrics(y, probs, classCount) };
  }
  const { shift = 0, scale = 1 } = pre.label;
  const back = (v) => v * scale + shift;
  return { ...regressionMetrics(y.map(back), Array.from(pred, back)) };
}
var TRAIN_THREADS_ENV = "MODEL_BUILD_TRAIN_THREADS";
function trainThreadsFromEnv() {
  const v = process.env[TRAIN_THREADS_ENV];
  if (v === void 0 || v === "") return void 0;
  if (!/^[1-9][0-9]{0,3}$/.test(v)) {
    throw new ModelBuildError("USAGE", `${TRAIN_THREADS_ENV} must be a whole number from 1 to 9999, got ${JSON.stringify(v)}`, { hint: `unset it to train on one thread per core` });
  }
  return Number(v);
}

export {
  provenanceFileFor,
  buildModel,
  judgeBuildOutput,
  claimBuildOutput,
  outputFolder,
  TRAIN_THREADS_ENV
};
