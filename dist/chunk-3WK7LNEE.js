import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);
import {
  describeInputs,
  inputSchema,
  outputSchema,
  readPackage
} from "./chunk-UOJCVBOE.js";
import {
  loadModelFrom,
  toBoolean,
  toNumber
} from "./chunk-TY4TGASN.js";
import "./chunk-ALOC5M2N.js";
import "./chunk-MDEWCTW4.js";
import "./chunk-EXTS7PAH.js";
import {
  shown
} from "./chunk-ZM25QQLG.js";
import {
  styleFor
} from "./chunk-TS7JFUTD.js";
import "./chunk-AH66PB2E.js";
import {
  CsvParser,
  MISSING,
  csvHeader,
  dataLimits
} from "./chunk-FT5MJEK3.js";
import "./chunk-RIGD5S4O.js";
import {
  formatSize
} from "./chunk-4KALBLMG.js";
import {
  ModelBuildError
} from "./chunk-J3ZPWLJ2.js";
import "./chunk-LTRPNYHO.js";

// src/cli/serveCommand.ts
import { isIP } from "node:net";
import path from "node:path";

// src/core/serve/server.ts
import { createServer } from "node:http";

// src/core/serve/batcher.ts
import { setImmediate as nextTurn } from "node:timers/promises";
var PredictBatcher = class {
  /** @param maxBatch most records in one call (a request larger than this goes alone). */
  constructor(predictNow, maxBatch) {
    this.predictNow = predictNow;
    this.maxBatch = maxBatch;
  }
  predictNow;
  maxBatch;
  queue = [];
  scheduled = false;
  /** Predictions for `records`, in order, from the next call. */
  predict(records) {
    return new Promise((resolve, reject) => {
      this.queue.push({ records, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        void nextTurn().then(() => this.flush());
      }
    });
  }
  flush() {
    let n = 0;
    let k = 0;
    while (k < this.queue.length && (k === 0 || n + this.queue[k].records.length <= this.maxBatch)) n += this.queue[k++].records.length;
    const taken = this.queue.splice(0, k);
    this.scheduled = false;
    if (this.queue.length > 0) {
      this.scheduled = true;
      void nextTurn().then(() => this.flush());
    }
    let out;
    try {
      out = this.predictNow(taken.length === 1 ? taken[0].records : taken.flatMap((w) => w.records));
    } catch (e) {
      for (const w of taken) w.reject(e);
      return;
    }
    let at = 0;
    for (const w of taken) {
      w.resolve(out.slice(at, at + w.records.length));
      at += w.records.length;
    }
  }
};

// src/core/serve/httpError.ts
var HttpError = class _HttpError extends Error {
  status;
  code;
  hint;
  /** Extra response headers (Allow for 405). */
  headers;
  /** Fields merged into the error body (record, line, field, expected, problems). */
  extra;
  constructor(status, code, message, options = {}) {
    super(message);
    this.name = "HttpError";
    this.status = status;
    this.code = code;
    this.hint = options.hint;
    this.headers = options.headers ?? {};
    this.extra = options.extra ?? {};
  }
  static is(value) {
    return value instanceof _HttpError;
  }
  /** The JSON body: `{"error": {code, message, hint, ...extra}}`. */
  body() {
    return { error: { code: this.code, message: this.message, ...this.hint ? { hint: this.hint } : {}, ...this.extra } };
  }
};

// src/core/serve/checkRecords.ts
var MAX_PROBLEMS = 20;
var blank = (v) => v === null || v === void 0 || typeof v === "string" && (v.trim() === "" || MISSING.has(v.trim()));
var shown2 = (v) => {
  const s = typeof v === "string" ? JSON.stringify(v) : JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
};
function expectedOf(step) {
  switch (step.kind) {
    case "numeric":
    case "bucketized":
      return "a number";
    case "boolean":
      return 'a boolean (true/false, 1/0, "yes"/"no")';
    case "categorical": {
      const list = step.vocabulary.slice(0, 10).map((c) => JSON.stringify(c)).join(", ");
      return `one of ${list}${step.vocabulary.length > 10 ? `, \u2026 (${step.vocabulary.length} in all: GET /schema lists them)` : ""}`;
    }
  }
}
function checkValue(step, raw) {
  switch (step.kind) {
    case "numeric":
    case "bucketized": {
      const n = typeof raw === "number" || typeof raw === "string" ? toNumber(raw) : null;
      return n === null ? { problem: `${shown2(raw)} is not a number` } : { value: n };
    }
    case "boolean": {
      const b = typeof raw === "object" ? null : toBoolean(raw);
      return b === null ? { problem: `${shown2(raw)} is not a boolean` } : { value: b === 1 };
    }
    case "categorical": {
      const text = typeof raw === "string" ? raw : typeof raw === "number" || typeof raw === "boolean" ? String(raw) : void 0;
      return text !== void 0 && step.vocabulary.includes(text) ? { value: text } : { problem: `${shown2(raw)} is not a category the model knows` };
    }
  }
}
function checkRecords(preprocessor, body, options = {}) {
  const steps = preprocessor.steps;
  const problems = [];
  const filled = /* @__PURE__ */ new Map();
  const records = new Array(body.length);
  for (let i = 0; i < body.length && problems.length < MAX_PROBLEMS; i++) {
    const { line, record } = body[i];
    const clean = /* @__PURE__ */ Object.create(null);
    const keys = Object.keys(record);
    if (keys.length > 0 && !steps.some((s) => Object.hasOwn(record, s.column))) {
      const where = `records[${i}]${line === void 0 ? "" : ` (line ${line})`}`;
      const named = keys.slice(0, 5).map((k) => JSON.stringify(k.length > 40 ? `${k.slice(0, 40)}\u2026` : k)).join(", ");
      problems.push({
        record: i,
        ...line === void 0 ? {} : { line },
        expected: `fields named ${steps.slice(0, 8).map((s) => JSON.stringify(s.column)).join(", ")}${steps.length > 8 ? ", \u2026" : ""}`,
        message: `${where} has none of the fields the model reads (it has ${named}${keys.length > 5 ? ", \u2026" : ""})`
      });
      continue;
    }
    for (const step of steps) {
      const raw = Object.hasOwn(record, step.column) ? record[step.column] : void 0;
      const where = `records[${i}]${line === void 0 ? "" : ` (line ${line})`}`;
      if (blank(raw)) {
        if (options.strict) {
          problems.push({
            record: i,
            ...line === void 0 ? {} : { line },
            field: step.column,
            expected: expectedOf(step),
            message: `${where}: field ${JSON.stringify(step.column)} is missing${raw === void 0 ? "" : ` (${shown2(raw)})`}; this server refuses missing values (--strict)`
          });
        }
        clean[step.column] = null;
        filled.set(step.column, (filled.get(step.column) ?? 0) + 1);
        continue;
      }
      const checked = checkValue(step, raw);
      if ("problem" in checked) {
        problems.push({
          record: i,
          ...line === void 0 ? {} : { line },
          field: step.column,
          expected: expectedOf(step),
          message: `${where}: field ${JSON.stringify(step.column)}: ${checked.problem}; expected ${expectedOf(step)}`
        });
        if (problems.length >= MAX_PROBLEMS) break;
        continue;
      }
      clean[step.column] = checked.value;
    }
    records[i] = clean;
  }
  if (problems.length > 0) {
    const first = problems[0];
    const more = problems.length > 1 ? ` (and ${problems.length >= MAX_PROBLEMS ? `at least ${problems.length - 1}` : problems.length - 1} more: see problems)` : "";
    throw new HttpError(400, "RECORD_INVALID", `${first.message}${more}`, {
      hint: first.field === void 0 ? "send the records themselves, keyed by the fields the model reads: a JSON array of records, not an object wrapping them (GET /schema lists the fields)" : options.strict && first.message.includes("--strict") ? "send a value for every field the model reads (GET /schema lists them)" : "GET /schema gives the JSON Schema of one record; leave a field out (or null) to have it filled as in training",
      extra: { record: first.record, ...first.line === void 0 ? {} : { line: first.line }, field: first.field, expected: first.expected, problems }
    });
  }
  const counts = Object.fromEntries(steps.filter((s) => filled.has(s.column)).map((s) => [s.column, filled.get(s.column)]));
  return { records, filled: counts };
}

// src/core/serve/limits.ts
var SERVE_LIMITS = {
  maxBodyBytes: 10 * 1024 ** 2,
  // 100 000 records of a few fields fit the default body; a tensor of them is a few MiB.
  maxRecords: 1e5,
  drainTimeoutMs: 3e4,
  requestTimeoutMs: 6e4
};
var MAX_BODY_LIMIT = 256 * 1024 ** 2;
var MAX_RECORDS_LIMIT = 1e7;
function serveLimits(given = {}) {
  const limits = { ...SERVE_LIMITS, ...Object.fromEntries(Object.entries(given).filter(([, v]) => v !== void 0)) };
  const check = (name, min, max, show = String) => {
    const v = limits[name];
    if (!Number.isInteger(v) || v < min || v > max) {
      throw new ModelBuildError("USAGE", `serve: limits.${name} must be a whole number from ${show(min)} to ${show(max)} (got ${String(v)})`, {
        hint: `leave it out for the default, ${show(SERVE_LIMITS[name])}`
      });
    }
  };
  check("maxBodyBytes", 1, MAX_BODY_LIMIT, formatSize);
  check("maxRecords", 1, MAX_RECORDS_LIMIT);
  check("drainTimeoutMs", 0, 36e5);
  check("requestTimeoutMs", 1e3, 36e5);
  return limits;
}

// src/core/serve/mediaTypes.ts
var BODY_TYPES = {
  "application/json": "json",
  "application/x-ndjson": "jsonl",
  "application/jsonl": "jsonl",
  "application/x-jsonlines": "jsonl",
  "application/jsonlines": "jsonl",
  "text/csv": "csv",
  "text/tab-separated-values": "tsv"
};
var RESPONSE_TYPES = {
  json: "application/json; charset=utf-8",
  jsonl: "application/x-ndjson; charset=utf-8"
};
var ACCEPTED = () => "send application/json (an array of records, or one record), application/x-ndjson or application/jsonl (one record per line), or text/csv (a header row, then one record per line)";
function parseMediaType(text) {
  const [type = "", ...rest] = text.split(";");
  const params = /* @__PURE__ */ new Map();
  for (const p of rest) {
    const eq = p.indexOf("=");
    if (eq < 0) continue;
    params.set(p.slice(0, eq).trim().toLowerCase(), p.slice(eq + 1).trim().replace(/^"(.*)"$/, "$1"));
  }
  return { type: type.trim().toLowerCase(), params };
}
var shown3 = (v) => JSON.stringify(v.length > 80 ? `${v.slice(0, 77)}...` : v);
function bodyFormatOf(contentType, contentEncoding) {
  if (contentEncoding !== void 0 && contentEncoding.trim().toLowerCase() !== "identity") {
    throw new HttpError(415, "UNSUPPORTED_MEDIA_TYPE", `Content-Encoding ${shown3(contentEncoding)} is not supported: the server reads uncompressed bodies`, {
      hint: "send the body uncompressed (a compressing proxy in front of the server can decompress it)"
    });
  }
  if (contentType === void 0 || contentType.trim() === "") {
    throw new HttpError(415, "UNSUPPORTED_MEDIA_TYPE", "the request has no Content-Type: the server reads records by their media type", { hint: ACCEPTED() });
  }
  const media = parseMediaType(contentType);
  const format = Object.hasOwn(BODY_TYPES, media.type) ? BODY_TYPES[media.type] : void 0;
  if (!format) throw new HttpError(415, "UNSUPPORTED_MEDIA_TYPE", `Content-Type ${shown3(contentType)} is not a format the server reads`, { hint: ACCEPTED() });
  const charset = media.params.get("charset")?.toLowerCase();
  if (charset !== void 0 && charset !== "utf-8" && charset !== "utf8") {
    throw new HttpError(415, "UNSUPPORTED_MEDIA_TYPE", `charset ${shown3(charset)} is not supported: the server reads UTF-8`, { hint: "encode the body as UTF-8 (and say charset=utf-8, or nothing)" });
  }
  return format;
}
function responseFormatOf(accept) {
  if (accept === void 0 || accept.trim() === "") return "json";
  let best;
  for (const part of accept.split(",")) {
    if (part.trim() === "") continue;
    const media = parseMediaType(part);
    const qText = media.params.get("q");
    const q = qText === void 0 ? 1 : Number(qText);
    if (!(q > 0 && q <= 1)) continue;
    const format = media.type === "application/json" || media.type === "application/*" || media.type === "*/*" ? "json" : BODY_TYPES[media.type] === "jsonl" ? "jsonl" : void 0;
    if (format && (!best || q > best.q)) best = { format, q };
  }
  if (!best) {
    throw new HttpError(406, "NOT_ACCEPTABLE", `Accept ${shown3(accept)} names no type the server writes`, {
      hint: 'accept application/json ({"predictions": [...]}) or application/x-ndjson (one prediction per line)'
    });
  }
  return best.format;
}

// src/core/serve/parseBody.ts
var BODY = "the request body";
var kindOf = (v) => v === null ? "null" : Array.isArray(v) ? "an array" : typeof v === "object" ? "an object" : `a ${typeof v}`;
var isRecord = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function invalid(message, hint, extra = {}) {
  return new HttpError(400, "BODY_INVALID", message, { hint, extra });
}
function tooMany(maxRecords) {
  return new HttpError(413, "TOO_MANY_RECORDS", `the request holds more than ${maxRecords.toLocaleString("en-US")} records, the limit per request`, {
    hint: "split the records into smaller requests, or start the server with a larger --max-records",
    extra: { limit: maxRecords }
  });
}
function bodyText(body) {
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    const lenient = new TextDecoder("utf-8").decode(body);
    throw invalid("the body is not valid UTF-8 text", "encode the body as UTF-8", { line: lineAt(lenient, lenient.indexOf("\uFFFD")) });
  }
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  const nul = text.indexOf("\0");
  if (nul >= 0) throw invalid("the body contains a NUL character: not text", "send the records as UTF-8 text", { line: lineAt(text, nul) });
  return text;
}
function lineAt(text, index) {
  let line = 1;
  for (let k = text.indexOf("\n"); k >= 0 && k < index; k = text.indexOf("\n", k + 1)) line++;
  return line;
}
function syntax(e, text, lineOffset = 0) {
  const raw = e instanceof Error ? e.message : String(e);
  const message = raw.replace(/( in JSON)? at position \d+.*$/s, "").replace(/\s*\(line \d+ column \d+\)$/, "");
  const m = /at position (\d+)/.exec(raw);
  if (!m) return { message };
  const pos = Math.min(Number(m[1]), text.length);
  const line = lineAt(text, pos);
  const start = text.lastIndexOf("\n", pos - 1) + 1;
  return { message, line: line + lineOffset, column: pos - start + 1 };
}
var EMPTY_HINT = {
  json: 'send an array of records, [{"field": value, ...}], or one record',
  jsonl: "send one JSON object per line",
  csv: "send a header row naming the fields, then one record per line",
  tsv: "send a header row naming the fields, then one record per line"
};
function parseBody(body, format, maxRecords) {
  const text = bodyText(body);
  if (text.trim() === "") throw invalid("the body is empty", EMPTY_HINT[format]);
  switch (format) {
    case "json":
      return parseJson(text, maxRecords);
    case "jsonl":
      return parseJsonLines(text, maxRecords);
    case "csv":
    case "tsv":
      return parseDelimited(text, format === "csv" ? "," : "	", maxRecords);
  }
}
function parseJson(text, maxRecords) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const at = syntax(e, text);
    const lines = /^\s*\{/.test(text) && /\}\s*\r?\n\s*\{/.test(text);
    throw invalid(`the body is not valid JSON: ${at.message}`, lines ? "this looks like JSON Lines: send it as Content-Type application/x-ndjson" : EMPTY_HINT.json, {
      ...at.line ? { line: at.line, column: at.column } : {}
    });
  }
  if (isRecord(value)) return [{ record: value }];
  if (!Array.isArray(value)) throw invalid(`the body is ${kindOf(value)}, not records`, EMPTY_HINT.json);
  if (value.length > maxRecords) throw tooMany(maxRecords);
  return value.map((element, k) => {
    if (!isRecord(element)) {
      throw new HttpError(400, "RECORD_INVALID", `records[${k}] is ${kindOf(element)}, not a record`, {
        hint: 'every element of the array is one record: {"field": value, ...}',
        extra: { record: k }
      });
    }
    return { record: element };
  });
}
function parseJsonLines(text, maxRecords) {
  const out = [];
  let line = 0;
  for (let start = 0; start <= text.length; ) {
    let nl = text.indexOf("\n", start);
    if (nl < 0) nl = text.length;
    line++;
    const raw = text.slice(start, nl);
    start = nl + 1;
    const lineText = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (lineText.trim() === "") continue;
    let value;
    try {
      value = JSON.parse(lineText);
    } catch (e) {
      const at = syntax(e, lineText);
      const array = out.length === 0 && lineText.trimStart().startsWith("[");
      throw invalid(`line ${line} is not valid JSON: ${at.message}`, array ? "this looks like a JSON array: send it as Content-Type application/json" : "JSON Lines holds one complete JSON object per line", {
        record: out.length,
        line,
        ...at.column ? { column: at.column } : {}
      });
    }
    if (!isRecord(value)) {
      throw new HttpError(400, "RECORD_INVALID", `records[${out.length}] (line ${line}) is ${kindOf(value)}, not a record`, {
        hint: 'every line holds one record: {"field": value, ...}',
        extra: { record: out.length, line }
      });
    }
    if (out.length >= maxRecords) throw tooMany(maxRecords);
    out.push({ line, record: value });
  }
  return out;
}
var CSV_PIECE = 1 << 16;
function parseDelimited(text, delimiter, maxRecords) {
  const limits = dataLimits(void 0);
  const parser = new CsvParser({ delimiter, display: BODY, limits });
  const out = [];
  let header;
  const take = (records) => {
    for (const r of records) {
      if (!header) {
        header = csvHeader(r, BODY, limits, false);
        continue;
      }
      if (r.fields.length !== header.length) {
        throw invalid(`records[${out.length}] (line ${r.line}) has ${r.fields.length} fields, the header has ${header.length}`, "every row needs one value per column (quote values that contain the delimiter)", {
          record: out.length,
          line: r.line
        });
      }
      if (out.length >= maxRecords) throw tooMany(maxRecords);
      const record = /* @__PURE__ */ Object.create(null);
      for (let i = 0; i < header.length; i++) record[header[i]] = r.fields[i];
      out.push({ line: r.line, record });
    }
  };
  try {
    for (let at = 0; at < text.length; at += CSV_PIECE) take(parser.push(text.slice(at, at + CSV_PIECE)));
    take(parser.end());
  } catch (e) {
    if (!ModelBuildError.is(e)) throw e;
    throw invalid(`the body is not valid ${delimiter === "," ? "CSV" : "TSV"}: ${e.message}`, e.hint ?? EMPTY_HINT.csv, e.location.line ? { line: e.location.line } : {});
  }
  return out;
}

// src/core/serve/servedModel.ts
async function loadServedModel(archive, options = {}) {
  const pkg = readPackage(archive);
  const invalid2 = (message) => new ModelBuildError("PACKAGE_INVALID", message, { file: archive, hint: "rebuild the package with `model-build build`" });
  const entry = (name2) => name2 === "preprocessor.json" ? name2 : `model/${name2}`;
  const model = await loadModelFrom(
    (name2) => {
      const data = pkg.entries.get(entry(name2));
      if (!data) throw invalid2(`the package has no ${entry(name2)}`);
      return data;
    },
    options,
    (name2) => `${archive} (${entry(name2)})`
  );
  const json = (name2) => {
    const data = pkg.entries.get(name2);
    if (!data) return void 0;
    try {
      return JSON.parse(data.toString("utf8"));
    } catch {
      throw invalid2(`${name2} is not valid JSON`);
    }
  };
  const name = pkg.metadata.name;
  const schemas = {
    input: json("input.schema.json") ?? inputSchema(name, model.preprocessor, describeInputs(model.preprocessor)),
    output: json("output.schema.json") ?? outputSchema(name, model.preprocessor)
  };
  return {
    archive,
    digest: pkg.digest,
    metadata: pkg.metadata,
    metadataBytes: pkg.entries.get("metadata.json"),
    schemas,
    preprocessor: model.preprocessor,
    runtime: model.runtime,
    // loadModel shapes predictions as the CLI writes them; the server answers in the schema's shape.
    predict: (records) => model.predict(records).map((p) => "prediction" in p ? { value: p.prediction } : p),
    dispose: () => model.dispose()
  };
}

// src/core/serve/server.ts
var BATCH = 4096;
var HEADERS_TIMEOUT_MS = 2e4;
var ROUTES = {
  "/predict": ["POST"],
  "/health": ["GET", "HEAD"],
  "/metadata": ["GET", "HEAD"],
  "/schema": ["GET", "HEAD"]
};
function pathOf(url) {
  let p = url ?? "/";
  try {
    p = new URL(p, "http://server").pathname;
  } catch {
  }
  const safe = p.replace(/[^\x21-\x7e]/g, (c) => encodeURIComponent(c));
  return safe.length > 200 ? `${safe.slice(0, 197)}...` : safe;
}
function readBody(req, maxBytes, go) {
  const tooLarge = () => new HttpError(413, "BODY_TOO_LARGE", `the request body is larger than the limit of ${formatSize(maxBytes)}`, {
    hint: "split the records into smaller requests, or start the server with a larger --max-body",
    extra: { limit: maxBytes }
  });
  const declared = req.headers["content-length"];
  if (declared !== void 0 && Number(declared) > maxBytes) return Promise.reject(tooLarge());
  go();
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    const done = () => {
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("close", onClose);
    };
    const onData = (chunk) => {
      size += chunk.length;
      if (size > maxBytes) {
        done();
        req.pause();
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      done();
      resolve(Buffer.concat(chunks, size));
    };
    const onClose = () => {
      done();
      reject(new ClientGone());
    };
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("close", onClose);
  });
}
var LINGER_MS = 2e3;
function holdUnreadBody(req) {
  req.read(0);
  req.pause();
  const socket = req.socket;
  socket.destroySoon = () => {
    socket.end();
    setTimeout(() => socket.destroy(), LINGER_MS).unref();
  };
}
function smallDeclaredBody(req, maxBytes) {
  const declared = req.headers["content-length"];
  return req.headers["transfer-encoding"] === void 0 && declared !== void 0 && Number(declared) <= maxBytes;
}
var ClientGone = class extends Error {
};
function hostForUrl(host) {
  return host.includes(":") ? `[${host}]` : host;
}
async function serveModel(archive, options = {}) {
  const limits = serveLimits(options.limits);
  const host = options.host ?? "127.0.0.1";
  const port = options.port ?? 8080;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ModelBuildError("USAGE", `serve: port must be a whole number from 0 to 65535 (got ${String(port)})`, { hint: "0 picks a free port" });
  }
  const drainDelayMs = options.drainDelayMs ?? 0;
  if (!Number.isInteger(drainDelayMs) || drainDelayMs < 0 || drainDelayMs > 36e5) {
    throw new ModelBuildError("USAGE", `serve: drainDelayMs must be a whole number of milliseconds from 0 to 3600000 (got ${String(drainDelayMs)})`, { hint: "leave it out for no delay" });
  }
  const model = typeof archive === "string" ? await loadServedModel(archive, options) : archive;
  const strict = options.strict === true;
  const metadataBytes = model.metadataBytes;
  const schemaBytes = Buffer.from(`${JSON.stringify(model.schemas, null, 2)}
`);
  let draining = false;
  let inFlight = 0;
  const batcher = new PredictBatcher((records) => model.predict(records), BATCH);
  const send = (res, status, body, type, headers = {}) => {
    const bytes = typeof body === "string" ? Buffer.from(body) : body;
    res.writeHead(status, {
      "content-type": type,
      "content-length": String(bytes.length),
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
      ...draining ? { connection: "close" } : {},
      ...headers
    });
    res.end(bytes);
  };
  const sendJson = (res, status, value, headers = {}) => send(res, status, `${JSON.stringify(value)}
`, RESPONSE_TYPES.json, headers);
  const predict = async (req, res, log, expectContinue) => {
    const format = bodyFormatOf(req.headers["content-type"], req.headers["content-encoding"]);
    const answer = responseFormatOf(req.headers.accept);
    const body = await readBody(req, limits.maxBodyBytes, () => expectContinue && res.writeContinue());
    const { records, filled } = checkRecords(model.preprocessor, parseBody(body, format, limits.maxRecords), { strict });
    log.records = records.length;
    const parts = [];
    for (let at = 0; at < records.length; at += BATCH) parts.push(batcher.predict(records.slice(at, at + BATCH)));
    const predictions = (await Promise.all(parts)).flat();
    const filledHeader = Object.entries(filled).map(([k, n]) => `${encodeURIComponent(k)}=${n}`).join(", ");
    const headers = filledHeader ? { "model-build-filled": filledHeader } : void 0;
    if (answer === "jsonl") {
      send(res, 200, predictions.map((p) => `${JSON.stringify(p)}
`).join(""), RESPONSE_TYPES.jsonl, headers);
    } else {
      sendJson(res, 200, Object.keys(filled).length > 0 ? { predictions, filled } : { predictions }, headers);
    }
  };
  const handle = async (req, res, expectContinue) => {
    const started = performance.now();
    const method = req.method ?? "GET";
    const path2 = pathOf(req.url);
    const log = { records: null };
    inFlight++;
    res.on("close", () => {
      inFlight--;
      options.onRequest?.({
        method,
        path: path2,
        status: res.writableFinished ? res.statusCode : 499,
        records: log.records,
        ms: Math.round((performance.now() - started) * 10) / 10,
        ...log.error ? { error: log.error } : {}
      });
    });
    try {
      const allowed = Object.hasOwn(ROUTES, path2) ? ROUTES[path2] : void 0;
      if (!allowed) {
        throw new HttpError(404, "NOT_FOUND", `nothing at ${method} ${path2}`, { hint: "the server answers POST /predict, GET /health, GET /metadata and GET /schema" });
      }
      if (!allowed.includes(method)) {
        throw new HttpError(405, "METHOD_NOT_ALLOWED", `${path2} answers ${allowed.join(" and ")}, not ${method}`, {
          hint: path2 === "/predict" ? "POST the records to /predict" : `use GET ${path2}`,
          headers: { allow: allowed.join(", ") }
        });
      }
      switch (path2) {
        case "/predict":
          await predict(req, res, log, expectContinue);
          return;
        case "/health":
          if (draining) throw new HttpError(503, "DRAINING", "the server is shutting down", { hint: "send requests to another instance" });
          sendJson(res, 200, { status: "ok", model: model.metadata.name, task: model.metadata.task, backend: model.runtime.backend });
          return;
        case "/metadata":
          send(res, 200, metadataBytes, RESPONSE_TYPES.json, { etag: `"${model.digest}"` });
          return;
        case "/schema":
          send(res, 200, schemaBytes, RESPONSE_TYPES.json, { etag: `"${model.digest}"` });
          return;
      }
    } catch (e) {
      if (e instanceof ClientGone || res.headersSent || res.destroyed) return;
      const err = HttpError.is(e) ? e : new HttpError(500, "PREDICT_FAILED", `the model could not answer: ${e?.message ?? String(e)}`, {
        hint: "this is a fault of the server, not of the request: please report it with the request that caused it"
      });
      log.error = err.code;
      const hasBody = req.headers["transfer-encoding"] !== void 0 || Number(req.headers["content-length"] ?? 0) > 0;
      const hold = hasBody && !req.readableEnded && (err.code === "BODY_TOO_LARGE" || !smallDeclaredBody(req, limits.maxBodyBytes));
      if (hold) holdUnreadBody(req);
      sendJson(res, err.status, err.body(), { ...err.headers, ...hold ? { connection: "close" } : {} });
    }
  };
  const server = createServer((req, res) => void handle(req, res, false));
  server.on("checkContinue", (req, res) => void handle(req, res, true));
  server.requestTimeout = limits.requestTimeoutMs;
  server.headersTimeout = Math.min(HEADERS_TIMEOUT_MS, limits.requestTimeoutMs);
  try {
    await new Promise((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, host, () => {
        server.off("error", reject);
        resolve();
      });
    });
  } catch (e) {
    if (typeof archive === "string") model.dispose();
    const code = e.code;
    const hint = code === "EADDRINUSE" ? "another program listens on that port: pick another with --port (0 picks a free one)" : code === "EACCES" ? "ports below 1024 need privileges: pick a port from 1024 up with --port" : code === "EADDRNOTAVAIL" ? "that address is not one of this machine's: use 127.0.0.1 (this machine only) or 0.0.0.0 (every interface)" : void 0;
    throw new ModelBuildError("USAGE", `serve: cannot listen on ${hostForUrl(host)}:${port} (${code ?? e.message})`, { hint });
  }
  const address = server.address();
  let closing;
  let cutOff = 0;
  let stopEarly = () => {
  };
  const closeNow = () => {
    stopEarly();
    cutOff = inFlight;
    server.closeAllConnections();
  };
  return {
    url: `http://${hostForUrl(host)}:${address.port}`,
    host,
    port: address.port,
    model,
    limits,
    get inFlight() {
      return inFlight;
    },
    close() {
      closing ??= new Promise((resolve) => {
        draining = true;
        const stop = () => {
          delay = void 0;
          const timer = setTimeout(closeNow, limits.drainTimeoutMs);
          server.close(() => {
            clearTimeout(timer);
            if (typeof archive === "string") model.dispose();
            resolve({ cutOff });
          });
          server.closeIdleConnections();
        };
        let delay = drainDelayMs > 0 ? setTimeout(stop, drainDelayMs) : void 0;
        stopEarly = () => {
          if (!delay) return;
          clearTimeout(delay);
          stop();
        };
        if (!delay) stop();
      });
      return closing;
    },
    closeNow
  };
}

// src/cli/serveCommand.ts
var DEFAULT_HOST = "127.0.0.1";
var DEFAULT_PORT = 8080;
function usage(message, hint) {
  return new ModelBuildError("USAGE", `serve: ${message}`, { hint });
}
function portOf(text) {
  if (text === void 0) return DEFAULT_PORT;
  const port = /^[0-9]{1,5}$/.test(text) ? Number(text) : NaN;
  if (!(port >= 0 && port <= 65535)) throw usage(`--port must be a whole number from 0 to 65535 (got ${shown(text)})`, `0 picks a free port (the startup line says which); the default is ${DEFAULT_PORT}`);
  return port;
}
function hostOf(text) {
  if (text === void 0) return DEFAULT_HOST;
  const bare = /^\[(.*)\]$/.exec(text)?.[1] ?? text;
  if (bare === "localhost" || isIP(bare) !== 0) return bare;
  throw usage(`--host must be an IP address (got ${shown(text)})`, `${DEFAULT_HOST} (the default) answers this machine only; 0.0.0.0 or :: answers every network interface`);
}
var UNITS = { b: 1, kb: 1e3, kib: 1024, mb: 1e6, mib: 1024 ** 2, gb: 1e9, gib: 1024 ** 3 };
function sizeOf(text) {
  if (text === void 0) return SERVE_LIMITS.maxBodyBytes;
  const m = /^([0-9]+(?:\.[0-9]+)?)\s*([a-zA-Z]*)$/.exec(text.trim());
  const unit = m ? UNITS[(m[2] || "b").toLowerCase()] : void 0;
  const bytes = m && unit ? Math.floor(Number(m[1]) * unit) : NaN;
  if (!(bytes >= 1 && bytes <= MAX_BODY_LIMIT)) {
    throw usage(`--max-body must be a size from 1 byte to ${formatSize(MAX_BODY_LIMIT)} (got ${shown(text)})`, `write bytes or a unit: 1048576, 512KiB, 10MiB (the default), 1.5MB`);
  }
  return bytes;
}
function recordsOf(text) {
  if (text === void 0) return SERVE_LIMITS.maxRecords;
  const n = /^[0-9]{1,8}$/.test(text) ? Number(text) : NaN;
  if (!(n >= 1 && n <= MAX_RECORDS_LIMIT)) {
    throw usage(`--max-records must be a whole number from 1 to ${MAX_RECORDS_LIMIT.toLocaleString("en-US")} (got ${shown(text)})`, `the default is ${SERVE_LIMITS.maxRecords.toLocaleString("en-US")}`);
  }
  return n;
}
var MAX_DRAIN_DELAY_S = 300;
function drainDelayOf(text) {
  if (text === void 0) return 0;
  const s = /^[0-9]{1,3}(\.[0-9]{1,3})?$/.test(text) ? Number(text) : NaN;
  if (!(s >= 0 && s <= MAX_DRAIN_DELAY_S)) {
    throw usage(`--drain-delay must be a number of seconds from 0 to ${MAX_DRAIN_DELAY_S} (got ${shown(text)})`, "a few seconds lets a load balancer stop sending before the listener closes; the default is 0");
  }
  return Math.round(s * 1e3);
}
var isLoopback = (host) => host === "localhost" || host === "::1" || /^127\./.test(host);
function textLog(e) {
  const records = e.records === null ? "" : ` ${e.records} record${e.records === 1 ? "" : "s"}`;
  return `${e.method} ${e.path} ${e.status}${e.error ? ` ${e.error}` : ""}${records} ${e.ms} ms`;
}
async function runServe(args) {
  const host = hostOf(args.host);
  const port = portOf(args.port);
  const maxBodyBytes = sizeOf(args.maxBody);
  const maxRecords = recordsOf(args.maxRecords);
  const drainDelayMs = drainDelayOf(args.drainDelay);
  const json = args.jsonLogs === true;
  const err = styleFor(process.stderr);
  const note = (event, text, fields = {}) => process.stderr.write(json ? `${JSON.stringify({ event, ...fields })}
` : `${text}
`);
  const server = await serveModel(path.resolve(args.archive), {
    host,
    port,
    backend: args.backend,
    strict: args.strict,
    limits: { maxBodyBytes, maxRecords },
    drainDelayMs,
    onRequest: (e) => process.stderr.write(json ? `${JSON.stringify({ event: "request", ...e })}
` : `${textLog(e)}
`)
  });
  const stopped = args.check ? void 0 : new Promise((resolve) => {
    let signals = 0;
    const onSignal = (signal) => {
      signals++;
      if (signals > 1) {
        note("stopping", `${signal} again: cutting off ${server.inFlight} request${server.inFlight === 1 ? "" : "s"} in flight`, { signal, inFlight: server.inFlight });
        server.closeNow();
        return;
      }
      const inFlight = `${server.inFlight} request${server.inFlight === 1 ? "" : "s"} in flight`;
      note(
        "draining",
        drainDelayMs > 0 ? `${signal}: /health answers 503; serving ${drainDelayMs / 1e3} s more, then not accepting connections and finishing what is in flight (at most ${server.limits.drainTimeoutMs / 1e3} s); ${inFlight} now` : `${signal}: not accepting connections; finishing ${inFlight} (at most ${server.limits.drainTimeoutMs / 1e3} s)`,
        { signal, inFlight: server.inFlight, drainDelayMs }
      );
      void server.close().then(({ cutOff }) => {
        process.off("SIGTERM", onSignal);
        process.off("SIGINT", onSignal);
        note("stopped", cutOff > 0 ? `stopped; ${cutOff} request${cutOff === 1 ? " was" : "s were"} cut off` : "stopped", { cutOff });
        resolve(cutOff > 0 || signals > 1 ? 1 : 0);
      });
    };
    process.on("SIGTERM", onSignal);
    process.on("SIGINT", onSignal);
  });
  const m = server.model.metadata;
  const routes = "POST /predict, GET /health /metadata /schema";
  process.stdout.write(
    json ? `${JSON.stringify({ event: "listening", url: server.url, model: m.name, task: m.task, label: m.label, backend: server.model.runtime.backend, package: server.model.digest, maxBodyBytes, maxRecords, strict: args.strict === true })}
` : `serving ${m.name} (${m.task}, predicts ${m.label}) at ${server.url}  [${routes}; body \u2264 ${formatSize(maxBodyBytes)}, \u2264 ${maxRecords.toLocaleString("en-US")} records; ${server.model.runtime.backend} backend]
`
  );
  if (!isLoopback(host)) {
    note("warning", `${err.yellow("warning:")} listening on ${host}: other machines can reach this server, and it has no authentication or TLS; put it behind a proxy that has both`, { host });
  }
  return stopped ?? selfCheck(server, note, json);
}
async function selfCheck(server, note, json) {
  const schema = server.model.schemas.input;
  const record = schema.examples?.[0] ?? {};
  try {
    const health = await fetch(`${server.url}/health`);
    const res = await fetch(`${server.url}/predict`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify([record]) });
    const body = await res.text();
    if (!health.ok || !res.ok) {
      note("check-failed", `check failed: GET /health ${health.status}, POST /predict ${res.status}: ${body.trim()}`, { health: health.status, predict: res.status });
      return 1;
    }
    process.stdout.write(
      json ? `${JSON.stringify({ event: "check", records: [record], answer: JSON.parse(body) })}
` : `check: POST /predict ${JSON.stringify([record])} \u2192 ${body.trim()}
`
    );
    return 0;
  } finally {
    await server.close();
  }
}
export {
  DEFAULT_HOST,
  DEFAULT_PORT,
  MAX_DRAIN_DELAY_S,
  drainDelayOf,
  hostOf,
  portOf,
  recordsOf,
  runServe,
  sizeOf
};
