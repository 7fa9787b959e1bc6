// predictor.mjs: this model in any JavaScript runtime. Written by model-build; types in predictor.d.mts, examples in MODEL_CARD.md.
var __defProp = Object.defineProperty;
var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField = (obj, key, value) => __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value);

// src/package-runtime/predictor.ts
import * as tfjs from "@tensorflow/tfjs";

// src/core/errors.ts
var ModelBuildError = class _ModelBuildError extends Error {
  constructor(code, message, options = {}) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    __publicField(this, "code");
    __publicField(this, "hint");
    __publicField(this, "location");
    __publicField(this, "details");
    this.name = "ModelBuildError";
    this.code = code;
    this.hint = options.hint;
    this.details = options.details ?? [];
    const { file, line, column, pointer } = options;
    this.location = { file, line, column, pointer };
  }
  static is(value) {
    return value instanceof _ModelBuildError;
  }
  /** `file:line:col: message (hint)` — one line, what a terminal user reads. */
  format() {
    const { file, line, column } = this.location;
    let where = "";
    if (file) where = line ? `${file}:${line}${column ? `:${column}` : ""}: ` : `${file}: `;
    const more = this.details.map((d) => `
  ${d}`).join("");
    return `${where}${this.message}${more}${this.hint ? `
  hint: ${this.hint}` : ""}`;
  }
};

// src/core/features/preprocessor.ts
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

// src/core/train/serialize.ts
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

// src/package-runtime/predictor.ts
var FILES = ["preprocessor.json", "model/model.json", "model/weights.bin"];
var loadPredictor = async (source, options = {}) => {
  const { read, where } = reader(source, options);
  const [preprocessor, modelJson, weights] = await Promise.all(FILES.map(async (name) => ({ name, content: await read(name) })));
  const tf = options.tf ?? tfjs;
  const names = { "preprocessor.json": "preprocessor.json", "model.json": "model/model.json", "weights.bin": "model/weights.bin" };
  return openPredictor(
    tf,
    { preprocessor: asJson(preprocessor, where), modelJson: asJson(modelJson, where), weights: asBytes(weights, where) },
    (name) => where(names[name] ?? name)
  );
};
function reader(source, options) {
  if (typeof source === "function") {
    return { read: async (name) => source(name), where: (name) => name };
  }
  if (typeof source === "string" || source instanceof URL) {
    const base = folderUrl(source);
    const get = options.fetch ?? ((url) => globalThis.fetch(url));
    return {
      where: (name) => new URL(name, base).href,
      read: async (name) => {
        const url = new URL(name, base);
        let response;
        try {
          response = await get(url);
        } catch (e) {
          throw new ModelBuildError("FILE_UNREADABLE", `cannot fetch ${name}: ${e?.message ?? String(e)}`, {
            file: url.href,
            hint: url.protocol === "file:" ? "this runtime cannot fetch file: URLs (Node cannot): pass a function that reads a file instead, see MODEL_CARD.md" : "is the package folder served at that URL?"
          });
        }
        if (!response.ok) {
          throw new ModelBuildError("FILE_UNREADABLE", `cannot fetch ${name}: HTTP ${response.status}`, { file: url.href, hint: "serve the unpacked package folder, and pass the URL of that folder" });
        }
        return response.arrayBuffer();
      }
    };
  }
  if (typeof source === "object" && source !== null) {
    return {
      where: (name) => name,
      read: async (name) => {
        const content = source[name];
        if (content === void 0 || content === null) {
          throw new ModelBuildError("USAGE", `the files given to loadPredictor have no "${name}"`, { hint: `pass ${FILES.map((f) => `"${f}"`).join(", ")}` });
        }
        return content;
      }
    };
  }
  throw new ModelBuildError("USAGE", `loadPredictor takes a folder URL, the package's files or a function that reads one, not ${source === null ? "null" : typeof source}`, {
    hint: "e.g. loadPredictor(new URL('./', import.meta.url)) beside predictor.mjs"
  });
}
function folderUrl(source) {
  const base = globalThis.location?.href;
  let url;
  try {
    url = base === void 0 ? new URL(source) : new URL(source, base);
  } catch {
    throw new ModelBuildError("USAGE", `"${String(source)}" is not a URL`, { hint: "pass an absolute URL here, e.g. new URL('./model/', import.meta.url)" });
  }
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url;
}
var isBytes = (v) => v instanceof ArrayBuffer || ArrayBuffer.isView(v);
var toUint8 = (v) => v instanceof ArrayBuffer ? new Uint8Array(v) : new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
function asJson({ name, content }, where) {
  if (typeof content !== "string" && !isBytes(content)) return content;
  const text = typeof content === "string" ? content : new TextDecoder().decode(toUint8(content));
  try {
    return JSON.parse(text);
  } catch {
    throw new ModelBuildError("MODEL_INVALID", `${name} is not valid JSON`, { file: where(name), hint: "the package was damaged: fetch or unpack it again" });
  }
}
function asBytes({ name, content }, where) {
  if (!isBytes(content)) {
    throw new ModelBuildError("USAGE", `${name} must be bytes (an ArrayBuffer or Uint8Array), not ${typeof content}`, { file: where(name) });
  }
  return toUint8(content);
}
export {
  loadPredictor
};
