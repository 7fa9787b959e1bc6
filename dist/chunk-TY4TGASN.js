import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);
import {
  checkTaskSettings,
  settingError
} from "./chunk-EXTS7PAH.js";
import {
  compareBytes
} from "./chunk-RIGD5S4O.js";
import {
  didYouMean,
  regularFile
} from "./chunk-4KALBLMG.js";
import {
  ModelBuildError
} from "./chunk-J3ZPWLJ2.js";

// src/core/predict/loadModel.ts
import { existsSync as existsSync2, readFileSync } from "node:fs";
import path2 from "node:path";

// src/core/runtime/tensorflow.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
var NATIVE_PACKAGES = ["@tensorflow/tfjs-node-gpu", "@tensorflow/tfjs-node"];
async function loadRuntime(options = {}) {
  const wanted = options.backend ?? "auto";
  const fallbacks = [];
  if (wanted === "auto" || wanted === "tensorflow") {
    const native = loadNative(options.projectRoot, fallbacks);
    if (native) return { ...native, notes: { requested: wanted, fallbacks } };
    if (wanted === "tensorflow") {
      throw new ModelBuildError("BACKEND_UNAVAILABLE", `backend "tensorflow" requested but @tensorflow/tfjs-node does not load: ${fallbacks.join("; ")}`, {
        hint: "run `npm install @tensorflow/tfjs-node` in your project, or use backend: auto"
      });
    }
  }
  const tf = cjs(await import("./chunk-ZKKPYIYH.js"));
  tf.enableProdMode();
  if (wanted === "auto" || wanted === "wasm") {
    try {
      const wasm = cjs(await import("./chunk-63U6MX7I.js"));
      wasm.setWasmPaths(`${wasmDir()}${path.sep}`);
      if (!await tf.setBackend("wasm")) throw new Error("the wasm backend failed to initialize");
      await tf.ready();
      const simd = Boolean(await tf.env().getAsync("WASM_HAS_SIMD_SUPPORT"));
      return { tf, info: { backend: "wasm", tfjsVersion: tf.version_core, backendVersion: wasm.version_wasm, simd }, notes: { requested: wanted, fallbacks } };
    } catch (e) {
      if (wanted === "wasm") {
        throw new ModelBuildError("BACKEND_UNAVAILABLE", `backend "wasm" failed to load: ${e.message}`, {
          hint: "use backend: cpu, or reinstall model-build so the .wasm files are present"
        });
      }
      fallbacks.push(`wasm: ${e.message}`);
    }
  }
  await tf.setBackend("cpu");
  await tf.ready();
  return { tf, info: { backend: "cpu", tfjsVersion: tf.version_core, backendVersion: tf.version_core, simd: null }, notes: { requested: wanted, fallbacks } };
}
function cjs(mod) {
  const d = mod.default;
  return d && typeof d === "object" && !("version_core" in mod) && !("setWasmPaths" in mod) ? d : mod;
}
function loadNative(projectRoot, fallbacks) {
  const bases = [projectRoot && path.join(projectRoot, "package.json"), fileURLToPath(import.meta.url)].filter(
    (b) => Boolean(b)
  );
  for (const base of bases) {
    const req = createRequire(base);
    for (const name of NATIVE_PACKAGES) {
      let resolved;
      try {
        resolved = req.resolve(name);
      } catch {
        continue;
      }
      try {
        const tf = req(resolved);
        tf.enableProdMode();
        return {
          tf,
          info: {
            backend: "tensorflow",
            tfjsVersion: tf.version_core,
            backendVersion: tf.version[name.slice("@tensorflow/".length)] ?? tf.version_core,
            simd: null
          }
        };
      } catch (e) {
        fallbacks.push(`${name} (${resolved}): ${e.message.split("\n")[0]}`);
      }
    }
  }
  if (fallbacks.length === 0) fallbacks.push("@tensorflow/tfjs-node is not installed");
  return null;
}
function wasmDir() {
  const here = path.dirname(fileURLToPath(import.meta.url));
  if (existsSync(path.join(here, "tfjs-backend-wasm-simd.wasm"))) return here;
  const req = createRequire(import.meta.url);
  return path.dirname(req.resolve("@tensorflow/tfjs-backend-wasm"));
}

// src/core/train/serialize.ts
var WEIGHTS_FILE = "weights.bin";
async function serializeModel(tf, model) {
  let captured;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      captured = artifacts;
      return { modelArtifactsInfo: { dateSaved: /* @__PURE__ */ new Date(0), modelTopologyType: "JSON" } };
    })
  );
  const a = captured;
  const data = a.weightData;
  const buffers = data === void 0 ? [] : Array.isArray(data) ? data : [data];
  return {
    modelJson: {
      format: "layers-model",
      generatedBy: `TensorFlow.js tfjs-layers v${tf.version_layers}`,
      convertedBy: null,
      modelTopology: standardLayers(a.modelTopology),
      weightsManifest: [{ paths: [WEIGHTS_FILE], weights: a.weightSpecs ?? [] }]
    },
    weights: Buffer.concat(buffers.map((b) => Buffer.from(b)))
  };
}
function standardLayers(topology) {
  return JSON.parse(JSON.stringify(topology), (_key, value) => {
    if (value && typeof value === "object" && value.class_name === "SeededDropout") {
      const v = value;
      return {
        class_name: "Dropout",
        config: { rate: v.config.rate, noise_shape: null, seed: null, name: v.config.name, trainable: v.config.trainable ?? true, dtype: v.config.dtype ?? "float32" }
      };
    }
    return value;
  });
}
async function deserializeModel(tf, modelJson, weights) {
  const weightData = weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength);
  return tf.loadLayersModel(
    tf.io.fromMemory({
      modelTopology: modelJson.modelTopology,
      weightSpecs: modelJson.weightsManifest.flatMap((m) => m.weights),
      weightData
    })
  );
}

// src/core/predict/checkPreprocessor.ts
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var finite = (v) => typeof v === "number" && Number.isFinite(v);
var strings = (v) => Array.isArray(v) && v.every((x) => typeof x === "string");
var stepWidth = (s) => s.kind === "categorical" ? s.vocabulary.length + 1 : s.kind === "bucketized" ? s.boundaries.length + 1 : 1;
function checkPreprocessor(value, file) {
  const fail = (where, why) => {
    throw new ModelBuildError("MODEL_INVALID", `preprocessor.json: ${where} ${why}`, {
      file,
      pointer: where,
      hint: "the model was damaged or edited after it was built: build it again"
    });
  };
  if (!isObject(value)) return fail("/", "is not a JSON object");
  if (value.format !== 1) {
    throw new ModelBuildError("MODEL_INVALID", `preprocessor.json has format ${JSON.stringify(value.format)}; this model-build reads format 1`, {
      file,
      hint: typeof value.format === "number" && value.format > 1 ? "upgrade model-build" : "build the model again"
    });
  }
  const label = value.label;
  if (!isObject(label)) return fail("/label", "must be an object");
  if (typeof label.column !== "string") fail("/label/column", "must be a string");
  if (label.task === "regression") {
    if (!finite(label.shift) || !finite(label.scale)) fail("/label", "needs finite shift and scale for regression");
  } else if (label.task === "binary" || label.task === "multiclass") {
    if (!strings(label.classes) || label.classes.length < 2) fail("/label/classes", "must list at least two class names");
    if (label.task === "binary" && label.classes.length !== 2) fail("/label/classes", "must list exactly two classes for a binary model");
  } else fail("/label/task", "must be binary, multiclass or regression");
  if (!Array.isArray(value.steps)) return fail("/steps", "must be an array");
  value.steps.forEach((step, i) => {
    const at = `/steps/${i}`;
    if (!isObject(step) || typeof step.column !== "string") return fail(at, "must be an object naming a column");
    switch (step.kind) {
      case "numeric":
        if (!["standardize", "minmax", "log", "none"].includes(step.transform)) fail(`${at}/transform`, "is not a known transform");
        if (!finite(step.fill) || !finite(step.shift) || !finite(step.scale) || step.scale === 0) fail(at, "needs finite fill, shift and a non-zero scale");
        break;
      case "boolean":
        if (!finite(step.fill)) fail(`${at}/fill`, "must be a finite number");
        break;
      case "bucketized":
        if (!Array.isArray(step.boundaries) || !step.boundaries.every(finite)) fail(`${at}/boundaries`, "must be an array of finite numbers");
        if (!finite(step.fill)) fail(`${at}/fill`, "must be a finite number");
        break;
      case "categorical":
        if (!strings(step.vocabulary)) fail(`${at}/vocabulary`, "must be an array of strings");
        if (step.fill !== null && typeof step.fill !== "string") fail(`${at}/fill`, "must be a string or null");
        break;
      default:
        fail(`${at}/kind`, "must be numeric, boolean, bucketized or categorical");
    }
  });
  if (!strings(value.inputs)) return fail("/inputs", "must be an array of input names");
  const width = value.steps.reduce((n, s) => n + stepWidth(s), 0);
  if (width !== value.inputs.length) fail("/inputs", `lists ${value.inputs.length} inputs, but the steps make ${width}`);
  return value;
}

// src/core/train/limits.ts
var DEFAULT_MAX_CLASSES = 1e3;
var DEFAULT_MAX_INPUTS = 1e4;
var DEFAULT_MAX_VOCABULARY = 1e3;
var DEFAULT_MAX_PARAMETERS = 5e7;
var DEFAULT_MAX_MEMORY_MIB = 4096;
var DEFAULT_HIDDEN = [{ units: 16 }];
var F32 = 4;
var OPTIMIZER_SLOTS = { adam: 2, rmsprop: 2, adagrad: 1, sgd: 0 };
function estimateModelSize(input) {
  const { inputWidth: inputWidth2, outputUnits } = input;
  let parameters = null;
  let activations = 0;
  const batch = Math.max(1, Math.min(input.batchSize, input.trainRows || input.batchSize));
  if (input.hidden) {
    const widths = [inputWidth2, ...input.hidden.map((h) => h.units), outputUnits];
    parameters = 0;
    for (let i = 1; i < widths.length; i++) parameters += widths[i - 1] * widths[i] + widths[i];
    const units = widths.reduce((a, b) => a + b, 0);
    const masks = input.hidden.reduce((a, h) => a + (h.dropout ? h.units : 0), 0);
    activations = batch * (2 * units + masks) * F32;
  } else {
    activations = batch * 2 * (inputWidth2 + outputUnits) * F32;
  }
  const weights = (parameters ?? 0) * F32;
  const slots = OPTIMIZER_SLOTS[input.optimizer ?? "adam"] ?? 2;
  let data = 3 * (input.trainRows + input.validationRows) * (inputWidth2 + outputUnits) * F32;
  let gradients = weights;
  if (input.hidden && input.shards) {
    gradients += (parameters ?? 0) * 8 * (input.shards + 2);
    data += input.trainRows * (inputWidth2 * F32 + outputUnits * 8 + 4);
  }
  const bytes = { weights, gradients, optimizer: weights * slots, activations, data, total: 0 };
  bytes.total = bytes.weights + bytes.gradients + bytes.optimizer + bytes.activations + bytes.data;
  return { parameters, bytes };
}
function checkModelSize(options) {
  const { config, origin } = options;
  const training = config.training ?? {};
  const isModule = Boolean(config.model?.module);
  const estimate = estimateModelSize({
    inputWidth: options.inputWidth,
    outputUnits: options.outputUnits,
    hidden: isModule ? null : config.model?.hidden ?? DEFAULT_HIDDEN,
    batchSize: training.batchSize ?? 32,
    optimizer: config.model?.optimizer,
    shards: isModule ? null : training.shards ?? 4,
    trainRows: options.trainRows,
    validationRows: options.validationRows
  });
  const maxParameters = training.maxParameters ?? DEFAULT_MAX_PARAMETERS;
  const maxBytes = (training.maxMemoryMiB ?? DEFAULT_MAX_MEMORY_MIB) * 1024 * 1024;
  const { parameters, bytes } = estimate;
  const where = (pointer) => ({ file: origin?.file, pointer, ...origin?.locate?.(pointer) ?? {} });
  if (parameters !== null && parameters > maxParameters) {
    const layers = [options.inputWidth, ...(config.model?.hidden ?? DEFAULT_HIDDEN).map((h) => h.units), options.outputUnits].join(" \u2192 ");
    throw new ModelBuildError(
      "MODEL_INVALID",
      `the model would have ${count(parameters)} parameters (layers ${layers}; about ${formatBytes(bytes.weights + bytes.gradients + bytes.optimizer)} of weights, gradients and optimizer state), over training.maxParameters = ${count(maxParameters)}`,
      {
        ...where(training.maxParameters !== void 0 ? "/training/maxParameters" : config.model?.hidden ? "/model/hidden" : "/data"),
        hint: "use fewer or smaller hidden layers (model.hidden) or fewer inputs (data.exclude, features.<column>.topK), or raise training.maxParameters"
      }
    );
  }
  if (bytes.total > maxBytes) {
    const parts = [
      parameters !== null ? `weights, gradients and optimizer state ${formatBytes(bytes.weights + bytes.gradients + bytes.optimizer)}` : null,
      `activations of a batch ${formatBytes(bytes.activations)}`,
      `encoded data ${formatBytes(bytes.data)}`
    ].filter(Boolean);
    throw new ModelBuildError(
      "MODEL_INVALID",
      `training would need about ${formatBytes(bytes.total)} of memory (${parts.join(", ")}), over training.maxMemoryMiB = ${training.maxMemoryMiB ?? DEFAULT_MAX_MEMORY_MIB}`,
      {
        ...where(training.maxMemoryMiB !== void 0 ? "/training/maxMemoryMiB" : "/training"),
        hint: "lower training.batchSize or model.hidden units, use fewer rows or inputs, or raise training.maxMemoryMiB"
      }
    );
  }
  return estimate;
}
function checkModuleParameters(parameters, config, origin) {
  const max = config.training?.maxParameters ?? DEFAULT_MAX_PARAMETERS;
  if (parameters <= max) return;
  const slots = OPTIMIZER_SLOTS[config.model?.optimizer ?? "adam"] ?? 2;
  throw new ModelBuildError(
    "MODEL_INVALID",
    `the model built by model.module has ${count(parameters)} parameters (about ${formatBytes(parameters * F32 * (2 + slots))} of weights, gradients and optimizer state), over training.maxParameters = ${count(max)}`,
    {
      file: origin?.file,
      pointer: "/model/module",
      ...origin?.locate?.("/model/module") ?? {},
      hint: "build a smaller model in the module, or raise training.maxParameters"
    }
  );
}
function checkBeforeTraining(options) {
  checkTaskSettings(options.config, options.task, options.origin);
  return checkModelSize(options);
}
function checkClassCount(classes, label, maxClasses, source, origin) {
  const max = maxClasses ?? DEFAULT_MAX_CLASSES;
  if (classes <= max) return;
  throw settingError(
    origin ?? { file: source },
    maxClasses === void 0 ? "/data/label" : "/model/maxClasses",
    `label "${label}" has ${count(classes)} distinct classes, over model.maxClasses = ${count(max)}`,
    `a classifier over so many classes rarely learns: predict a number (model.task: regression), bucket or group the label into fewer classes, or raise model.maxClasses`
  );
}
var count = (n) => n.toLocaleString("en-US");
function formatBytes(n) {
  const units = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB"];
  let i = 0;
  let v = n;
  while (v >= 1024 && i < units.length - 1) [v, i] = [v / 1024, i + 1];
  return i === 0 ? `${n} bytes` : `${v.toFixed(1)} ${units[i]}`;
}

// src/core/features/preprocessor.ts
var OOV = "<other>";
var escapePointer = (s) => s.replace(/~/g, "~0").replace(/\//g, "~1");
function checkNamedColumns(columns, options) {
  const origin = options.origin ?? { file: options.source };
  const present = new Set(columns);
  const shown = columns.length > 30 ? `${columns.slice(0, 30).join(", ")}, \u2026 (${columns.length} in all)` : columns.join(", ");
  const unknown = (setting, pointer, name, atKey) => {
    const guess = didYouMean(name, columns);
    return settingError(origin, pointer, `${setting} names column "${name}", which is not in the data (${options.source})`, `${guess ? `did you mean "${guess}"? ` : ""}columns: ${shown}`, atKey);
  };
  for (const [column, spec] of Object.entries(options.features ?? {})) {
    const pointer = `/features/${escapePointer(column)}`;
    if (!present.has(column)) throw unknown(`features.${column}`, pointer, column, true);
    if (column === options.label && spec !== "drop") {
      throw settingError(origin, pointer, `features.${column}: "${column}" is the label (data.label); it cannot also be a feature`, "remove it from features: the label is never an input", true);
    }
  }
  (options.exclude ?? []).forEach((column, i) => {
    if (!present.has(column)) throw unknown("data.exclude", `/data/exclude/${i}`, column, false);
  });
}
function fitPreprocessor(table, rows, options) {
  checkNamedColumns(table.columns, options);
  const origin = options.origin ?? { file: table.source };
  const excluded = /* @__PURE__ */ new Set([options.label, ...options.exclude ?? []]);
  const candidates = table.columns.filter((c) => !excluded.has(c) && options.features?.[c] !== "drop");
  const maxInputs = options.maxInputs ?? DEFAULT_MAX_INPUTS;
  if (candidates.length > maxInputs) throw tooWide(`${count(candidates.length)} feature columns`, "each column is at least one input", options, origin);
  const steps = [];
  for (const column of candidates) {
    const spec = options.features?.[column];
    if (spec === "drop") continue;
    const type = table.types[column];
    if (type === "empty") {
      throw new ModelBuildError("DATA_INVALID", `column "${column}" has no values at all`, {
        file: table.source,
        hint: `drop it: add "${column}" to data.exclude, or set features.${column}: drop`
      });
    }
    const values = rows.map((r) => r[column] ?? null);
    const step = fitStep(column, spec ?? defaultSpec(type), values, options.impute?.[column], table.source);
    if (step.kind === "categorical" && (spec === void 0 || spec.type === "categorical" && spec.topK === void 0) && step.vocabulary.length > DEFAULT_MAX_VOCABULARY) {
      throw settingError(
        origin,
        `/features/${escapePointer(column)}`,
        `column "${column}" has ${count(step.vocabulary.length)} distinct values; one-hot encoding more than ${count(DEFAULT_MAX_VOCABULARY)} needs an explicit topK`,
        `set features.${column}: { type: categorical, topK: 100 } to keep the most frequent values, or add "${column}" to data.exclude`,
        true
      );
    }
    if (step.kind === "categorical" && spec === void 0 && step.vocabulary.length > 20 && step.vocabulary.length > rows.length / 2) {
      options.warn?.(
        `column "${column}" has ${step.vocabulary.length} distinct values in ${rows.length} training rows and looks like an identifier or free text; one-hot encoding it mostly memorizes rows (add it to data.exclude, or set features.${column}: { type: categorical, topK: 20 })`
      );
    }
    steps.push(step);
  }
  if (steps.length === 0) {
    throw new ModelBuildError("DATA_INVALID", "no feature columns left: every column is the label, excluded or dropped", {
      file: table.source
    });
  }
  const width = steps.reduce((n, s) => n + stepWidth2(s), 0);
  if (width > maxInputs) {
    const widest = [...steps].sort((a, b) => stepWidth2(b) - stepWidth2(a) || compareBytes(a.column, b.column)).slice(0, 3);
    throw tooWide(`${count(width)} values`, `widest: ${widest.map((s) => `${s.column} ${count(stepWidth2(s))}`).join(", ")}`, options, origin);
  }
  const label = fitLabel(table, rows, options);
  const pre = { format: 1, label, steps, inputs: steps.flatMap(inputNames) };
  assertFiniteJson(pre, "preprocessor", table.source);
  return pre;
}
function tooWide(what, detail, options, origin) {
  return settingError(
    origin,
    options.maxInputs === void 0 ? "/data" : "/model/maxInputs",
    `the model input would be ${what} wide (${detail}), over model.maxInputs = ${count(options.maxInputs ?? DEFAULT_MAX_INPUTS)}`,
    "exclude columns (data.exclude), set features.<column>.topK on categorical columns, or raise model.maxInputs"
  );
}
var stepWidth2 = (s) => s.kind === "categorical" ? s.vocabulary.length + 1 : s.kind === "bucketized" ? s.boundaries.length + 1 : 1;
function defaultSpec(type) {
  if (type === "number") return { type: "numeric", transform: "standardize" };
  if (type === "boolean") return { type: "boolean" };
  return { type: "categorical" };
}
function fitStep(column, spec, values, impute, source) {
  const numbers = values.map(toNumber).filter((v) => v !== null);
  if ((spec.type === "numeric" || spec.type === "bucketized") && numbers.length === 0) {
    throw new ModelBuildError("DATA_INVALID", `column "${column}" is configured as ${spec.type} but holds no numbers in the training split`, {
      file: source,
      hint: `check its values, or configure features.${column} as categorical`
    });
  }
  switch (spec.type) {
    case "numeric": {
      const transform2 = spec.transform ?? "standardize";
      if (transform2 === "log" && numbers.some((v) => v <= -1)) {
        throw new ModelBuildError("DATA_INVALID", `column "${column}": the log transform needs values > -1`, {
          file: source,
          hint: `use transform: standardize for features.${column}`
        });
      }
      const fill = numericFill(numbers, impute, column, source);
      const f = transform2 === "log" ? Math.log1p : (v) => v;
      const mapped = numbers.map(f);
      let shift = 0, scale = 1;
      if (transform2 === "standardize" || transform2 === "log") {
        shift = mean(mapped);
        scale = spread(mapped, shift) || 1;
      } else if (transform2 === "minmax") {
        let lo = Infinity, hi = -Infinity;
        for (const v of mapped) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
        shift = lo;
        scale = hi - lo || 1;
      }
      if (!Number.isFinite(shift) || !Number.isFinite(scale)) {
        throw new ModelBuildError("DATA_INVALID", `column "${column}": its values are too large to ${transform2 === "minmax" ? "scale" : "standardize"} (the ${Number.isFinite(shift) ? "spread" : "mean"} overflows a double)`, {
          file: source,
          hint: `rescale the column, or use transform: log (values > -1) or none for features.${column}`
        });
      }
      return { kind: "numeric", column, transform: transform2, fill, shift, scale };
    }
    case "bucketized": {
      const boundaries = [...spec.boundaries].sort((a, b) => a - b);
      boundaries.forEach((b, i) => {
        if (!Number.isFinite(b) || i > 0 && b === boundaries[i - 1]) {
          throw new ModelBuildError("DATA_INVALID", `features.${column}.boundaries must be finite and distinct (${String(b)} is ${Number.isFinite(b) ? "repeated" : "not finite"})`, {
            file: source,
            hint: "the first bucket already extends to -\u221E and the last to +\u221E: list finite cut points, smallest first"
          });
        }
      });
      return { kind: "bucketized", column, boundaries, fill: numericFill(numbers, impute ?? "median", column, source) };
    }
    case "boolean": {
      const bools = values.map(toBoolean).filter((v) => v !== null);
      let fill = mode(bools) ?? 0;
      if (impute && typeof impute === "object") {
        const b = toBoolean(impute.constant);
        if (b === null) {
          throw new ModelBuildError("DATA_INVALID", `column "${column}" is boolean: impute constant ${JSON.stringify(impute.constant)} is not true or false`, {
            file: source,
            hint: `set data.cleaning.impute.${column}: { constant: false } (or true, or mode)`
          });
        }
        fill = b;
      } else if (impute === "mean" || impute === "median") {
        throw new ModelBuildError("DATA_INVALID", `column "${column}" is boolean: impute it with mode or a constant, not ${impute}`, { file: source });
      }
      return { kind: "boolean", column, fill };
    }
    case "categorical": {
      const counts = /* @__PURE__ */ new Map();
      for (const v of values) if (v !== null) counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
      let vocabulary = [...counts.entries()].sort((a, b) => b[1] - a[1] || compareBytes(a[0], b[0])).map(([k]) => k);
      if (spec.topK !== void 0) vocabulary = vocabulary.slice(0, spec.topK);
      let fill = null;
      if (impute === "mode") fill = vocabulary[0] ?? null;
      else if (impute && typeof impute === "object") fill = String(impute.constant);
      else if (impute) {
        throw new ModelBuildError("DATA_INVALID", `column "${column}" is categorical: impute it with mode or a constant, not ${impute}`, {
          file: source
        });
      }
      return { kind: "categorical", column, vocabulary: vocabulary.sort(compareBytes), fill };
    }
  }
}
function numericFill(numbers, impute, column, source) {
  if (impute === void 0 || impute === "mean") return mean(numbers);
  if (impute === "median") return median(numbers);
  if (impute === "mode") return mode(numbers) ?? 0;
  const c = typeof impute.constant === "string" && impute.constant.trim() === "" ? NaN : Number(impute.constant);
  if (!Number.isFinite(c)) {
    throw new ModelBuildError("DATA_INVALID", `column "${column}" is numeric: impute constant ${JSON.stringify(impute.constant)} is not a finite number`, {
      file: source,
      hint: `set data.cleaning.impute.${column} to a number, e.g. { constant: 0 }, or to mean, median or mode`
    });
  }
  return c;
}
function fitLabel(table, rows, options) {
  const { label: column, task } = options;
  if (task === "regression") {
    const ys = rows.map((r) => toNumber(r[column] ?? null));
    const bad = ys.findIndex((v) => v === null);
    if (bad >= 0) {
      throw new ModelBuildError("DATA_INVALID", `label "${column}" must be a number for regression: ${JSON.stringify(rows[bad][column])}`, {
        file: table.source,
        hint: "use task: binary or multiclass for a categorical label"
      });
    }
    const nums = ys;
    const shift = mean(nums);
    const scale = spread(nums, shift) || 1;
    if (!Number.isFinite(shift) || !Number.isFinite(scale)) {
      throw new ModelBuildError("DATA_INVALID", `label "${column}": its values are too large to standardize (the ${Number.isFinite(shift) ? "spread" : "mean"} overflows a double)`, {
        file: table.source,
        hint: "rescale the label (e.g. thousands instead of units)"
      });
    }
    return { column, task, shift, scale };
  }
  const distinct = new Set(rows.map((r) => String(r[column])));
  checkClassCount(distinct.size, column, options.maxClasses, table.source, options.origin);
  const classes = [...distinct].sort(compareBytes);
  if (task === "binary" && classes.length !== 2) {
    throw new ModelBuildError("DATA_INVALID", `task binary needs exactly 2 classes in "${column}", found ${classes.length}: ${classes.slice(0, 5).join(", ")}`, {
      file: table.source,
      hint: classes.length > 2 ? "use task: multiclass" : "the training data holds a single class: a classifier cannot learn from it"
    });
  }
  if (classes.length < 2) {
    throw new ModelBuildError("DATA_INVALID", `label "${column}" has a single class (${classes[0]}) in the training data`, {
      file: table.source,
      hint: "a classifier needs at least two classes"
    });
  }
  return { column, task, classes };
}
function inputNames(step) {
  switch (step.kind) {
    case "categorical":
      return [...step.vocabulary.map((v) => `${step.column}=${v}`), `${step.column}=${OOV}`];
    case "bucketized":
      return Array.from({ length: step.boundaries.length + 1 }, (_, i) => `${step.column}[${i}]`);
    default:
      return [step.column];
  }
}
var inputWidth = (p) => p.inputs.length;
function transform(p, records) {
  const width = p.inputs.length;
  const out = new Float32Array(records.length * width);
  records.forEach((record, i) => {
    let o = i * width;
    for (const step of p.steps) {
      const raw = record[step.column];
      switch (step.kind) {
        case "numeric": {
          let v = toNumber(raw ?? null) ?? step.fill;
          if (step.transform === "log") v = Math.log1p(Math.max(v, -1 + 1e-12));
          out[o++] = (v - step.shift) / step.scale;
          break;
        }
        case "boolean":
          out[o++] = toBoolean(raw ?? null) ?? step.fill;
          break;
        case "bucketized": {
          const v = toNumber(raw ?? null) ?? step.fill;
          let bucket = 0;
          while (bucket < step.boundaries.length && v >= step.boundaries[bucket]) bucket++;
          out[o + bucket] = 1;
          o += step.boundaries.length + 1;
          break;
        }
        case "categorical": {
          const value = raw === null || raw === void 0 || raw === "" ? step.fill : String(raw);
          const idx = value === null ? -1 : step.vocabulary.indexOf(value);
          out[o + (idx >= 0 ? idx : step.vocabulary.length)] = 1;
          o += step.vocabulary.length + 1;
          break;
        }
      }
    }
  });
  return out;
}
function encodeLabels(p, rows) {
  const { label } = p;
  if (label.task === "regression") return rows.map((r) => (toNumber(r[label.column] ?? null) - label.shift) / label.scale);
  const index = new Map(label.classes.map((c, i) => [c, i]));
  return rows.map((r) => index.get(String(r[label.column])) ?? -1);
}
function toNumber(v) {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "string" && v.trim() !== "") {
    const n = Number(v);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}
function toBoolean(v) {
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number") return v === 0 ? 0 : v === 1 ? 1 : null;
  if (typeof v === "string") {
    const s = v.trim().toLowerCase();
    if (s === "true" || s === "1" || s === "yes") return 1;
    if (s === "false" || s === "0" || s === "no") return 0;
  }
  return null;
}
function spread(xs, center) {
  const plain = Math.sqrt(mean(xs.map((v) => (v - center) ** 2)));
  if (Number.isFinite(plain)) return plain;
  let max = 0;
  for (const v of xs) max = Math.max(max, Math.abs(v - center));
  if (!Number.isFinite(max)) return Infinity;
  return max * Math.sqrt(mean(xs.map((v) => ((v - center) / max) ** 2)));
}
function mean(xs) {
  const plain = xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
  if (Number.isFinite(plain)) return plain;
  let m = 0;
  for (let i = 0; i < xs.length; i++) m += (xs[i] - m) / (i + 1);
  return m;
}
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? 0 : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
function mode(xs) {
  const counts = /* @__PURE__ */ new Map();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best;
  let bestCount = 0;
  for (const [k, c] of [...counts].sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)) if (c > bestCount) [best, bestCount] = [k, c];
  return best;
}
function assertFiniteJson(value, what, file) {
  const bad = firstNonFinite(value, "");
  if (bad) {
    throw new ModelBuildError("DATA_INVALID", `${what}: ${bad.path || "the value"} is ${bad.value}, which JSON cannot hold`, {
      file,
      hint: "a NaN or infinite statistic comes from extreme values in the data or config: check that column"
    });
  }
}
function firstNonFinite(value, at) {
  if (typeof value === "number") return Number.isFinite(value) ? null : { path: at, value: String(value) };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = firstNonFinite(value[i], `${at}[${i}]`);
      if (bad) return bad;
    }
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const bad = firstNonFinite(v, at ? `${at}.${k}` : k);
      if (bad) return bad;
    }
  }
  return null;
}
function preprocessorJson(p) {
  assertFiniteJson(p, "preprocessor.json");
  return `${JSON.stringify(p, null, 2)}
`;
}

// src/core/predict/predictor.ts
async function openPredictor(tf, files, where = (name) => name) {
  const preprocessor = checkPreprocessor(files.preprocessor, where("preprocessor.json"));
  const modelJson = files.modelJson;
  if (typeof modelJson !== "object" || modelJson === null || !Array.isArray(modelJson.weightsManifest) || typeof modelJson.modelTopology !== "object") {
    throw new ModelBuildError("MODEL_INVALID", "model.json is not a TensorFlow.js layers model (modelTopology, weightsManifest)", {
      file: where("model.json"),
      hint: "the model was damaged after it was built: build it again"
    });
  }
  const width = inputWidth(preprocessor);
  let model;
  try {
    model = await deserializeModel(tf, modelJson, files.weights);
  } catch (e) {
    throw new ModelBuildError("MODEL_INVALID", `the model cannot be loaded: ${e?.message ?? String(e)}`, {
      file: where("model.json"),
      hint: "model.json and weights.bin do not belong together or were damaged: build the model again"
    });
  }
  const shape = model.inputs[0]?.shape;
  if (model.inputs.length !== 1 || shape?.length !== 2 || shape[1] !== width) {
    model.dispose();
    throw new ModelBuildError("MODEL_INVALID", `the model takes input of shape ${JSON.stringify(shape ?? null)}, but preprocessor.json makes ${width} inputs`, {
      file: where("model.json"),
      hint: "model.json and preprocessor.json come from different builds: build the model again"
    });
  }
  const { label } = preprocessor;
  return {
    task: label.task,
    label: label.column,
    classes: label.classes ? [...label.classes] : null,
    features: preprocessor.steps.map((s) => s.column),
    preprocessor,
    predict(records) {
      if (!Array.isArray(records)) {
        throw new ModelBuildError("USAGE", `predict takes an array of records (objects keyed by column name), not ${records === null ? "null" : typeof records}`, {
          hint: "wrap a single record in an array: predict([record])"
        });
      }
      if (records.length === 0) return [];
      const out = tf.tidy(() => model.predict(tf.tensor2d(transform(preprocessor, records), [records.length, width])).dataSync());
      return decodeOutputs(preprocessor, out, records.length);
    },
    dispose: () => model.dispose()
  };
}
function decodeOutputs(p, out, n) {
  const { label } = p;
  const result = [];
  for (let i = 0; i < n; i++) {
    if (label.task === "regression") {
      result.push({ value: out[i] * (label.scale ?? 1) + (label.shift ?? 0) });
      continue;
    }
    const classes = label.classes;
    const probs = label.task === "binary" ? [1 - out[i], out[i]] : Array.from({ length: classes.length }, (_, c) => out[i * classes.length + c]);
    let best = 0;
    probs.forEach((q, c) => {
      if (q > probs[best]) best = c;
    });
    result.push({ label: classes[best], probabilities: Object.fromEntries(classes.map((c, k) => [c, probs[k]])) });
  }
  return result;
}
var cliPrediction = (p) => "value" in p ? { prediction: p.value } : p;

// src/core/predict/loadModel.ts
var MODEL_FILE_LIMITS = {
  /** preprocessor.json and model.json: vocabularies and topology, megabytes at most. */
  json: 64 * 1024 ** 2,
  /** weights.bin: the zip reader's per-entry limit. */
  weights: 1024 ** 3
};
async function loadModel(dir, options = {}) {
  const modelDir = existsSync2(path2.join(dir, "model", "model.json")) ? path2.join(dir, "model") : dir;
  const where = (name) => path2.join(name === "preprocessor.json" ? dir : modelDir, name);
  return loadModelFrom(
    (name) => {
      const file = where(name);
      regularFile(file, {
        what: name,
        maxBytes: name === WEIGHTS_FILE ? MODEL_FILE_LIMITS.weights : MODEL_FILE_LIMITS.json,
        code: "MODEL_INVALID",
        limitHint: "model-build never writes a file this large: point --model at a directory written by `model-build build`",
        missingHint: "point --model at a directory written by `model-build build`"
      });
      try {
        return readFileSync(file);
      } catch (e) {
        throw new ModelBuildError("FILE_UNREADABLE", `cannot read ${name}: ${e.code ?? e.message}`, {
          file,
          hint: "point --model at a directory written by `model-build build`"
        });
      }
    },
    options,
    where
  );
}
async function loadModelFrom(read, options = {}, where = (name) => name) {
  const json = (name) => {
    const bytes = read(name);
    try {
      return JSON.parse(bytes.toString("utf8"));
    } catch {
      throw new ModelBuildError("MODEL_INVALID", `${name} is not valid JSON`, { file: where(name), hint: "the model was damaged after it was built: build it again" });
    }
  };
  const preprocessor = checkPreprocessor(json("preprocessor.json"), where("preprocessor.json"));
  const modelJson = json("model.json");
  const weights = read(WEIGHTS_FILE);
  const runtime = options.runtime ?? await loadRuntime({ backend: options.backend });
  const predictor = await openPredictor(runtime.tf, { preprocessor, modelJson, weights }, where);
  return {
    preprocessor: predictor.preprocessor,
    runtime: runtime.info,
    predict: (records) => predictor.predict(records).map(cliPrediction),
    dispose: () => predictor.dispose()
  };
}

export {
  checkModuleParameters,
  checkBeforeTraining,
  checkClassCount,
  fitPreprocessor,
  inputWidth,
  transform,
  encodeLabels,
  toNumber,
  toBoolean,
  preprocessorJson,
  loadRuntime,
  WEIGHTS_FILE,
  serializeModel,
  loadModel,
  loadModelFrom
};
