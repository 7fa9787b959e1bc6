import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);

// src/package-runtime/predict.ts
import path5 from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath as fileURLToPath2 } from "node:url";

// src/core/data/records.ts
import { createReadStream } from "node:fs";
import path2 from "node:path";

// src/core/errors.ts
var ModelBuildError = class _ModelBuildError extends Error {
  code;
  hint;
  location;
  details;
  constructor(code, message, options = {}) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
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

// src/core/data/csv.ts
var LF = 10;
var CR = 13;
var QUOTE = 34;
var SPACE = 32;
var BOM = "\uFEFF";
var FIELD_START = 0;
var UNQUOTED = 1;
var QUOTED = 2;
var QUOTE_SEEN = 3;
var AFTER_QUOTE = 4;
var CR_SEEN = 5;
var invalidUtf8 = (file, line) => new ModelBuildError("DATA_INVALID", "not valid UTF-8 text", {
  file,
  line,
  hint: "save the file as UTF-8 (for example `iconv -f latin1 -t utf-8 in.csv > out.csv`)"
});
var Utf8Chunks = class {
  decoder = new TextDecoder("utf-8", { fatal: true });
  sawText = false;
  decode(chunk, onInvalid) {
    let text;
    if (typeof chunk === "string") text = chunk;
    else {
      try {
        text = this.decoder.decode(chunk, { stream: true });
      } catch {
        const lenient = new TextDecoder("utf-8").decode(chunk);
        const bad = lenient.indexOf("\uFFFD");
        return onInvalid(lenient.slice(0, bad < 0 ? 0 : bad));
      }
    }
    if (!this.sawText && text.length > 0) {
      this.sawText = true;
      if (text.startsWith(BOM)) text = text.slice(1);
    }
    return text;
  }
  /** The end of input: a character cut off by the end of the file is invalid. */
  flush(onInvalid) {
    try {
      return this.decoder.decode();
    } catch {
      return onInvalid("");
    }
  }
};
var CsvParser = class {
  delim;
  display;
  utf8 = new Utf8Chunks();
  state = FIELD_START;
  fields = [];
  quoted;
  /** Text of the current field carried over from earlier chunks (or before a `""`). */
  part = "";
  /** Physical line at the scan position. */
  line = 1;
  recordLine = 1;
  quoteLine = 1;
  /** The last character inside a quoted field was `\r`: a `\n` after it is no new line. */
  quotedCr = false;
  out = [];
  constructor(options = {}) {
    const d = options.delimiter ?? ",";
    if (d.length !== 1 || d === '"' || d === "\n" || d === "\r") {
      throw new ModelBuildError("DATA_INVALID", `the CSV delimiter must be one character other than a quote or line break, got ${JSON.stringify(d)}`, {
        file: options.display,
        hint: 'set data.delimiter to a single character such as "," ";" or "\\t"'
      });
    }
    this.delim = d.charCodeAt(0);
    this.display = options.display;
  }
  /** Feeds a chunk of bytes (UTF-8) or text. */
  push(chunk) {
    const text = this.utf8.decode(chunk, (prefix) => this.failUtf8(prefix));
    this.scan(text);
    return this.take();
  }
  /** Ends the input: completes a last record without a line break, or fails on an open quote. */
  end() {
    this.scan(this.utf8.flush((prefix) => this.failUtf8(prefix)));
    switch (this.state) {
      case QUOTED:
        throw new ModelBuildError("DATA_INVALID", "a quoted field starts here but never ends", {
          file: this.display,
          line: this.quoteLine,
          hint: 'close the field with a quote; a quote inside a quoted field is written twice ("")'
        });
      case QUOTE_SEEN:
        this.fields.push(this.part);
        this.emit();
        break;
      case UNQUOTED:
        this.fields.push(this.part);
        this.emit();
        break;
      case AFTER_QUOTE:
        this.emit();
        break;
      case FIELD_START:
        if (this.fields.length > 0) {
          this.fields.push("");
          this.emit();
        }
        break;
    }
    this.state = FIELD_START;
    return this.take();
  }
  take() {
    const out = this.out;
    this.out = [];
    return out;
  }
  failUtf8(validPrefix) {
    this.scan(validPrefix);
    throw invalidUtf8(this.display, this.line);
  }
  emit() {
    this.out.push({ line: this.recordLine, fields: this.fields, quoted: this.quoted });
    this.fields = [];
    this.quoted = void 0;
  }
  endRecord(c) {
    this.emit();
    this.line++;
    this.state = c === CR ? CR_SEEN : FIELD_START;
  }
  scan(s) {
    const n = s.length;
    const d = this.delim;
    const delimiter = String.fromCharCode(d);
    let nextQuote = -1;
    let nextCr = -1;
    let i = 0;
    while (i < n) {
      const state = this.state;
      if (state === FIELD_START && this.fields.length === 0) {
        const nl = s.indexOf("\n", i);
        if (nl >= 0) {
          if (nextQuote < i) {
            const k = s.indexOf('"', i);
            nextQuote = k < 0 ? n : k;
          }
          if (nextCr < i) {
            const k = s.indexOf("\r", i);
            nextCr = k < 0 ? n : k;
          }
          const end = nl > i && nextCr === nl - 1 ? nl - 1 : nl;
          if (nextQuote > nl && nextCr >= end) {
            if (end > i) this.out.push({ line: this.line, fields: s.slice(i, end).split(delimiter), quoted: void 0 });
            this.line++;
            i = nl + 1;
            continue;
          }
        }
      }
      if (state === FIELD_START || state === UNQUOTED) {
        if (state === FIELD_START) {
          const c2 = s.charCodeAt(i);
          if (this.fields.length === 0) {
            if (c2 === LF || c2 === CR) {
              this.line++;
              this.state = c2 === CR ? CR_SEEN : FIELD_START;
              i++;
              continue;
            }
            this.recordLine = this.line;
          }
          if (c2 === QUOTE) {
            (this.quoted ??= [])[this.fields.length] = true;
            this.quoteLine = this.line;
            this.quotedCr = false;
            this.state = QUOTED;
            i++;
            continue;
          }
          this.state = UNQUOTED;
        }
        let j = i;
        for (; j < n; j++) {
          const c2 = s.charCodeAt(j);
          if (c2 === d || c2 === LF || c2 === CR) break;
        }
        if (j === n) {
          this.part += s.slice(i);
          return;
        }
        const run = s.slice(i, j);
        this.fields.push(this.part === "" ? run : this.part + run);
        this.part = "";
        const c = s.charCodeAt(j);
        i = j + 1;
        if (c === d) this.state = FIELD_START;
        else this.endRecord(c);
      } else if (state === QUOTED) {
        const q = s.indexOf('"', i);
        const stop = q < 0 ? n : q;
        this.countLines(s, i, stop);
        this.part += s.slice(i, stop);
        if (q < 0) return;
        i = q + 1;
        this.state = QUOTE_SEEN;
      } else if (state === QUOTE_SEEN) {
        if (s.charCodeAt(i) === QUOTE) {
          this.part += '"';
          this.quotedCr = false;
          this.state = QUOTED;
          i++;
        } else {
          this.fields.push(this.part);
          this.part = "";
          this.state = AFTER_QUOTE;
        }
      } else if (state === AFTER_QUOTE) {
        const c = s.charCodeAt(i);
        i++;
        if (c === d) this.state = FIELD_START;
        else if (c === LF || c === CR) this.endRecord(c);
        else if (c !== SPACE) {
          throw new ModelBuildError("DATA_INVALID", `unexpected ${JSON.stringify(s[i - 1])} after the closing quote of a field`, {
            file: this.display,
            line: this.line,
            hint: 'a quote inside a quoted field is written twice (""); a field either is quoted as a whole or not at all'
          });
        }
      } else {
        if (s.charCodeAt(i) === LF) i++;
        this.state = FIELD_START;
      }
    }
  }
  /** Counts line breaks (`\n`, `\r\n`, lone `\r`) inside a quoted field, across chunks. */
  countLines(s, from, to) {
    let cr = this.quotedCr;
    for (let k = from; k < to; k++) {
      const c = s.charCodeAt(k);
      if (c === CR) {
        this.line++;
        cr = true;
      } else {
        if (c === LF && !cr) this.line++;
        cr = false;
      }
    }
    if (to > from) this.quotedCr = cr;
  }
};
async function* parseCsv(source, options = {}) {
  const parser = new CsvParser(options);
  for await (const chunk of source) for (const record of parser.push(chunk)) yield record;
  for (const record of parser.end()) yield record;
}

// src/core/data/jsonl.ts
var isRecord = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var kindOf = (v) => v === null ? "null" : Array.isArray(v) ? "an array" : typeof v === "object" ? "an object" : `a ${typeof v}`;
function syntaxPosition(e, text) {
  const m = /at position (\d+)/.exec(e instanceof Error ? e.message : "");
  if (!m) return void 0;
  const pos = Math.min(Number(m[1]), text.length);
  let line = 1;
  let start = 0;
  for (let k = text.indexOf("\n"); k >= 0 && k < pos; k = text.indexOf("\n", k + 1)) {
    line++;
    start = k + 1;
  }
  return { line, column: pos - start + 1 };
}
var syntaxMessage = (e) => e instanceof Error ? e.message.replace(/( in JSON)? at position \d+.*$/s, "") : String(e);
async function* parseJsonRecords(source, format, display) {
  if (format === "json") yield* parseJsonArray(source, display);
  else yield* parseJsonLines(source, display);
}
async function* parseJsonLines(source, display) {
  const utf8 = new Utf8Chunks();
  let line = 1;
  let pending = [];
  let seenRecord = false;
  const arrayHint = (text) => !seenRecord && text.trimStart().startsWith("[") ? "if the file is one JSON array of records, name it .json or set data.format: json" : void 0;
  const parseLine = (text) => {
    if (text.trim() === "") return void 0;
    let value;
    try {
      value = JSON.parse(text);
    } catch (e) {
      const at = syntaxPosition(e, text);
      throw new ModelBuildError("DATA_INVALID", `not valid JSON: ${syntaxMessage(e)}`, {
        file: display,
        line,
        column: at?.column,
        hint: arrayHint(text) ?? "JSON Lines holds one complete JSON object per line; a record cannot span lines"
      });
    }
    if (!isRecord(value)) {
      throw new ModelBuildError("DATA_INVALID", `expected a JSON object, found ${kindOf(value)}`, {
        file: display,
        line,
        hint: arrayHint(text) ?? 'every line of a JSON Lines file holds one object: {"column": value, ...}'
      });
    }
    seenRecord = true;
    return { line, record: value };
  };
  const failUtf8 = (prefix) => {
    for (let k = prefix.indexOf("\n"); k >= 0; k = prefix.indexOf("\n", k + 1)) line++;
    throw new ModelBuildError("DATA_INVALID", "not valid UTF-8 text", {
      file: display,
      line,
      hint: "save the file as UTF-8"
    });
  };
  const lines = function* (text) {
    let start = 0;
    for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", start)) {
      pending.push(text.slice(start, nl));
      const full = pending.join("");
      pending = [];
      const rec = parseLine(full.endsWith("\r") ? full.slice(0, -1) : full);
      if (rec) yield rec;
      line++;
      start = nl + 1;
    }
    if (start < text.length) pending.push(text.slice(start));
  };
  for await (const chunk of source) for (const rec of lines(utf8.decode(chunk, failUtf8))) yield rec;
  for (const rec of lines(utf8.flush(failUtf8))) yield rec;
  const last = parseLine(pending.join(""));
  if (last) yield last;
}
async function* parseJsonArray(source, display) {
  const utf8 = new Utf8Chunks();
  const parts = [];
  const failUtf8 = (prefix) => {
    const before = parts.join("") + prefix;
    let line = 1;
    for (let k = before.indexOf("\n"); k >= 0; k = before.indexOf("\n", k + 1)) line++;
    throw new ModelBuildError("DATA_INVALID", "not valid UTF-8 text", { file: display, line, hint: "save the file as UTF-8" });
  };
  for await (const chunk of source) parts.push(utf8.decode(chunk, failUtf8));
  parts.push(utf8.flush(failUtf8));
  const text = parts.join("");
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const at = syntaxPosition(e, text);
    const looksLikeLines = /^\s*\{/.test(text) && /\}\s*\r?\n\s*\{/.test(text);
    throw new ModelBuildError("DATA_INVALID", `not valid JSON: ${syntaxMessage(e)}`, {
      file: display,
      line: at?.line,
      column: at?.column,
      hint: looksLikeLines ? "this looks like JSON Lines (one object per line): name the file .jsonl or set data.format: jsonl" : 'a .json data file holds one array of objects: [{"column": value, ...}, ...]'
    });
  }
  if (!Array.isArray(value)) {
    throw new ModelBuildError("DATA_INVALID", `expected a JSON array of objects, found ${kindOf(value)}`, {
      file: display,
      hint: 'a .json data file holds one array of objects: [{"column": value, ...}, ...]; for one object per line use .jsonl'
    });
  }
  for (let k = 0; k < value.length; k++) {
    const element = value[k];
    if (!isRecord(element)) {
      throw new ModelBuildError("DATA_INVALID", `element ${k + 1} of the array is ${kindOf(element)}, not an object`, {
        file: display,
        line: k + 1,
        hint: 'every element of the array is one record: {"column": value, ...}'
      });
    }
    yield { line: k + 1, record: element };
  }
}

// src/core/data/read.ts
import path from "node:path";
var EXTENSIONS = {
  ".csv": "csv",
  ".tsv": "csv",
  ".txt": "csv",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".json": "json"
};
var CHUNK_BYTES = 1 << 16;
function formatOf(abs, file, given) {
  if (given && given !== "auto") return given;
  const ext = path.extname(abs).toLowerCase();
  const fmt = EXTENSIONS[ext];
  if (!fmt) {
    throw new ModelBuildError("DATA_INVALID", `cannot tell the data format from the file name${ext ? ` (${ext})` : ""}`, {
      file,
      hint: "set data.format to csv, jsonl or json in the config, or name the file .csv, .tsv, .txt, .jsonl, .ndjson or .json"
    });
  }
  return fmt;
}

// src/core/data/records.ts
async function* readRecords(file, options = {}) {
  const display = options.display ?? file;
  const format = formatOf(file, display, options.format);
  const stream = createReadStream(file, { highWaterMark: 1 << 16 });
  const opened = new Promise((resolve, reject) => {
    stream.once("open", () => resolve());
    stream.once("error", reject);
  });
  try {
    await opened;
  } catch (e) {
    throw new ModelBuildError("FILE_UNREADABLE", `cannot read the file (${e.code ?? e.message})`, { file: display });
  }
  if (format !== "csv") {
    yield* parseJsonRecords(stream, format, display);
    return;
  }
  const delimiter = options.delimiter ?? (path2.extname(file).toLowerCase() === ".tsv" ? "	" : ",");
  let header;
  for await (const { line, fields } of parseCsv(stream, { delimiter, display })) {
    if (!header) {
      header = fields.map((f) => f.trim());
      continue;
    }
    if (fields.length !== header.length) {
      throw new ModelBuildError("DATA_INVALID", `row has ${fields.length} fields, the header has ${header.length}`, {
        file: display,
        line,
        hint: "every row needs one value per column (quote values that contain the delimiter)"
      });
    }
    const record = /* @__PURE__ */ Object.create(null);
    for (let i = 0; i < header.length; i++) record[header[i]] = fields[i];
    yield { line, record };
  }
}

// src/core/predict/loadModel.ts
import { existsSync as existsSync2, readFileSync } from "node:fs";
import path4 from "node:path";

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

// src/core/runtime/tensorflow.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path3 from "node:path";
import { fileURLToPath } from "node:url";
var NATIVE_PACKAGES = ["@tensorflow/tfjs-node-gpu", "@tensorflow/tfjs-node"];
async function loadRuntime(options = {}) {
  const wanted = options.backend ?? "auto";
  const fallbacks = [];
  if (wanted === "auto" || wanted === "tensorflow") {
    const native = loadNative(options.projectRoot, fallbacks);
    if (native) return native;
    if (wanted === "tensorflow") {
      throw new ModelBuildError("BACKEND_UNAVAILABLE", `backend "tensorflow" requested but @tensorflow/tfjs-node does not load: ${fallbacks.join("; ")}`, {
        hint: "run `npm install @tensorflow/tfjs-node` in your project, or use backend: auto"
      });
    }
  }
  const tf = cjs(await import("@tensorflow/tfjs"));
  tf.enableProdMode();
  if (wanted === "auto" || wanted === "wasm") {
    try {
      const wasm = cjs(await import("@tensorflow/tfjs-backend-wasm"));
      wasm.setWasmPaths(`${wasmDir()}${path3.sep}`);
      if (!await tf.setBackend("wasm")) throw new Error("the wasm backend failed to initialize");
      await tf.ready();
      const simd = Boolean(await tf.env().getAsync("WASM_HAS_SIMD_SUPPORT"));
      return { tf, info: { backend: "wasm", tfjsVersion: tf.version_core, backendVersion: wasm.version_wasm, simd, fallbacks } };
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
  return { tf, info: { backend: "cpu", tfjsVersion: tf.version_core, backendVersion: tf.version_core, simd: null, fallbacks } };
}
function cjs(mod) {
  const d = mod.default;
  return d && typeof d === "object" && !("version_core" in mod) && !("setWasmPaths" in mod) ? d : mod;
}
function loadNative(projectRoot, fallbacks) {
  const bases = [projectRoot && path3.join(projectRoot, "package.json"), fileURLToPath(import.meta.url)].filter(
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
            simd: null,
            fallbacks
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
  const here2 = path3.dirname(fileURLToPath(import.meta.url));
  if (existsSync(path3.join(here2, "tfjs-backend-wasm-simd.wasm"))) return here2;
  const req = createRequire(import.meta.url);
  return path3.dirname(req.resolve("@tensorflow/tfjs-backend-wasm"));
}

// src/core/train/serialize.ts
var WEIGHTS_FILE = "weights.bin";
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

// src/core/predict/loadModel.ts
async function loadModel(dir, options = {}) {
  const modelDir = existsSync2(path4.join(dir, "model", "model.json")) ? path4.join(dir, "model") : dir;
  return loadModelFrom((name) => {
    const at = name === "preprocessor.json" ? dir : modelDir;
    try {
      return readFileSync(path4.join(at, name));
    } catch (e) {
      throw new ModelBuildError("FILE_UNREADABLE", `cannot read ${name}: ${e.code ?? e.message}`, {
        file: path4.join(at, name),
        hint: "point --model at a directory written by `model-build build`"
      });
    }
  }, options);
}
async function loadModelFrom(read, options = {}) {
  const json = (name) => {
    const bytes = read(name);
    try {
      return JSON.parse(bytes.toString("utf8"));
    } catch {
      throw new ModelBuildError("FILE_UNREADABLE", `${name} is not valid JSON`, { file: name });
    }
  };
  const preprocessor = json("preprocessor.json");
  if (preprocessor.format !== 1) {
    throw new ModelBuildError("FILE_UNREADABLE", `preprocessor.json has format ${preprocessor.format}; this model-build reads format 1`, {
      file: "preprocessor.json",
      hint: "upgrade model-build"
    });
  }
  const modelJson = json("model.json");
  const weights = read(WEIGHTS_FILE);
  const runtime = options.runtime ?? await loadRuntime({ backend: options.backend });
  const { tf } = runtime;
  const model = await deserializeModel(tf, modelJson, weights);
  const width = inputWidth(preprocessor);
  const { label } = preprocessor;
  return {
    preprocessor,
    runtime: runtime.info,
    predict(records) {
      if (records.length === 0) return [];
      const out = tf.tidy(() => model.predict(tf.tensor2d(transform(preprocessor, records), [records.length, width])).dataSync());
      return records.map((_, i) => {
        if (label.task === "regression") return { prediction: out[i] * (label.scale ?? 1) + (label.shift ?? 0) };
        const classes = label.classes;
        const probs = label.task === "binary" ? [1 - out[i], out[i]] : Array.from(out.subarray(i * classes.length, (i + 1) * classes.length));
        let best = 0;
        probs.forEach((p, c) => {
          if (p > probs[best]) best = c;
        });
        return { label: classes[best], probabilities: Object.fromEntries(classes.map((c, k) => [c, probs[k]])) };
      });
    },
    dispose: () => model.dispose()
  };
}

// src/package-runtime/predict.ts
var here = path5.dirname(fileURLToPath2(import.meta.url));
async function* stdinRecords() {
  let line = 0;
  for await (const text of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    line++;
    if (text.trim() === "") continue;
    let value;
    try {
      value = JSON.parse(text);
    } catch {
      throw new ModelBuildError("DATA_INVALID", "not valid JSON", { file: "stdin", line, hint: "send one JSON object per line" });
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      throw new ModelBuildError("DATA_INVALID", "each line must be a JSON object", { file: "stdin", line });
    }
    yield value;
  }
}
async function main() {
  const input = process.argv[2];
  const backend = process.env.MODEL_BUILD_BACKEND ?? "auto";
  const model = await loadModel(here, { backend });
  const source = input ? (async function* () {
    for await (const r of readRecords(path5.resolve(input), { display: input })) yield r.record;
  })() : stdinRecords();
  let batch = [];
  const flush = () => {
    if (batch.length > 0) process.stdout.write(`${model.predict(batch).map((p) => JSON.stringify(p)).join("\n")}
`);
    batch = [];
  };
  for await (const record of source) {
    batch.push(record);
    if (batch.length >= 1024) flush();
  }
  flush();
  model.dispose();
  return 0;
}
main().then(
  (code) => process.exitCode = code,
  (e) => {
    process.stderr.write(`error: ${ModelBuildError.is(e) ? e.format() : e?.message ?? String(e)}
`);
    process.exitCode = 2;
  }
);
