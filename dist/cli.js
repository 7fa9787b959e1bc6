#!/usr/bin/env node
import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __filename = __mbFileURLToPath(import.meta.url);
const __dirname = __mbDirname(__filename);
import {
  ModelBuildError,
  checkWorkspace,
  compareBytes,
  didYouMean,
  loadConfig,
  ownFile,
  require_ajv,
  resolveInside,
  toPosix
} from "./chunk-3XDJRGFO.js";
import {
  __toESM
} from "./chunk-W2GBO7Q6.js";

// src/cli/main.ts
import { readFileSync as readFileSync4 } from "node:fs";
import { parseArgs } from "node:util";

// src/cli/buildCommand.ts
import path7 from "node:path";

// src/core/build/buildModel.ts
import { mkdirSync, renameSync as renameSync2, rmSync as rmSync2, writeFileSync as writeFileSync2 } from "node:fs";
import path6 from "node:path";

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

// src/core/data/read.ts
import { createReadStream } from "node:fs";
import { open, readdir, stat } from "node:fs/promises";
import path from "node:path";

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
  const utf82 = new Utf8Chunks();
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
  for await (const chunk of source) for (const rec of lines(utf82.decode(chunk, failUtf8))) yield rec;
  for (const rec of lines(utf82.flush(failUtf8))) yield rec;
  const last = parseLine(pending.join(""));
  if (last) yield last;
}
async function* parseJsonArray(source, display) {
  const utf82 = new Utf8Chunks();
  const parts = [];
  const failUtf8 = (prefix) => {
    const before = parts.join("") + prefix;
    let line = 1;
    for (let k = before.indexOf("\n"); k >= 0; k = before.indexOf("\n", k + 1)) line++;
    throw new ModelBuildError("DATA_INVALID", "not valid UTF-8 text", { file: display, line, hint: "save the file as UTF-8" });
  };
  for await (const chunk of source) parts.push(utf82.decode(chunk, failUtf8));
  parts.push(utf82.flush(failUtf8));
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
var EXTENSIONS = {
  ".csv": "csv",
  ".tsv": "csv",
  ".txt": "csv",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".json": "json"
};
var MISSING = /* @__PURE__ */ new Set(["NA", "N/A", "null", "NULL", "None"]);
var NUMBER_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
var NONFINITE_TEXT = /^[+-]?(?:nan|inf|infinity)$/i;
var BOOLEAN_TEXT = /^(?:true|false)$/i;
var MOSTLY_NUMBERS = 0.9;
var SNIFF_BYTES = 8192;
var CHUNK_BYTES = 1 << 16;
async function readTable(absPath, options = {}) {
  const display = options.display ?? absPath;
  const info = await statOrFail(absPath, display);
  let parts;
  if (info.isDirectory()) {
    const files = await listDataFiles(absPath, options.format);
    if (files.length === 0) {
      throw new ModelBuildError("DATA_INVALID", "the folder holds no data files", {
        file: display,
        hint: `put .csv, .tsv, .txt, .jsonl, .ndjson or .json files in it (hidden files are skipped)${options.format && options.format !== "auto" ? ` matching data.format: ${options.format}` : ""}`
      });
    }
    const base = display.replace(/[\\/]+$/, "");
    parts = [];
    for (const rel of files) parts.push(await readPart(path.join(absPath, rel), `${base}/${rel}`, options));
  } else {
    parts = [await readPart(absPath, display, options)];
  }
  const raw = mergeParts(parts, display);
  return typeTable(raw, options.columns ?? {}, display);
}
async function statOrFail(abs, display) {
  try {
    return await stat(abs);
  } catch (e) {
    throw new ModelBuildError("FILE_UNREADABLE", `cannot read the data: ${e.code ?? String(e)}`, {
      file: display,
      hint: "check data.path; data tracked by DVC or Git LFS must be pulled first (dvc pull / git lfs pull)",
      cause: e
    });
  }
}
async function listDataFiles(dir, format) {
  const found = [];
  const walk = async (abs, rel) => {
    let entries;
    try {
      entries = await readdir(abs, { withFileTypes: true });
    } catch (e) {
      throw new ModelBuildError("FILE_UNREADABLE", `cannot list the folder: ${e.code ?? String(e)}`, { file: rel || dir, cause: e });
    }
    for (const ent of entries) {
      if (ent.name.startsWith(".")) continue;
      const childAbs = path.join(abs, ent.name);
      const childRel = rel ? `${rel}/${ent.name}` : ent.name;
      const isFile = ent.isFile() || ent.isSymbolicLink() && (await stat(childAbs).catch(() => void 0))?.isFile() === true;
      if (ent.isDirectory()) await walk(childAbs, childRel);
      else if (isFile) {
        const fmt3 = EXTENSIONS[path.extname(ent.name).toLowerCase()];
        if (fmt3 && (!format || format === "auto" || format === fmt3)) found.push(childRel);
      }
    }
  };
  await walk(dir, "");
  return found.sort(compareBytes);
}
function formatOf(abs, file, given) {
  if (given && given !== "auto") return given;
  const ext = path.extname(abs).toLowerCase();
  const fmt3 = EXTENSIONS[ext];
  if (!fmt3) {
    throw new ModelBuildError("DATA_INVALID", `cannot tell the data format from the file name${ext ? ` (${ext})` : ""}`, {
      file,
      hint: "set data.format to csv, jsonl or json in the config, or name the file .csv, .tsv, .txt, .jsonl, .ndjson or .json"
    });
  }
  return fmt3;
}
async function sniff(abs, file, format) {
  const head = Buffer.alloc(SNIFF_BYTES);
  let n;
  try {
    const fh = await open(abs, "r");
    try {
      ({ bytesRead: n } = await fh.read(head, 0, SNIFF_BYTES, 0));
    } finally {
      await fh.close();
    }
  } catch (e) {
    throw new ModelBuildError("FILE_UNREADABLE", `cannot read the data: ${e.code ?? String(e)}`, { file, cause: e });
  }
  const bytes = head.subarray(0, n);
  const utf16 = bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255;
  if (utf16 || bytes.includes(0)) {
    const hint = utf16 ? "it is UTF-16 text: save it as UTF-8" : bytes[0] === 31 && bytes[1] === 139 ? "it is gzip-compressed: decompress it, or point data.path at the uncompressed file" : "it contains NUL bytes; check that data.path names the data file";
    throw new ModelBuildError("DATA_INVALID", "not a text file", { file, hint });
  }
  const text = bytes.toString("latin1").replace(/^\uFEFF|^\xEF\xBB\xBF/, "").trimStart();
  if (text.startsWith("version https://git-lfs.github.com/spec/")) {
    throw new ModelBuildError("DATA_INVALID", "this is a Git LFS pointer, not the data", { file, hint: "run `git lfs pull` to fetch the file" });
  }
  if (/^<(?:!doctype html|html)/i.test(text)) {
    throw new ModelBuildError("DATA_INVALID", "this is an HTML page, not data", { file, hint: "download the raw file, not the web page that shows it" });
  }
  if (format === "csv" && /^[[{]/.test(text)) {
    throw new ModelBuildError("DATA_INVALID", "this looks like JSON, not CSV", {
      file,
      hint: "name the file .json (an array of objects) or .jsonl (one object per line), or set data.format"
    });
  }
}
async function* chunks(abs, file) {
  const stream = createReadStream(abs, { highWaterMark: CHUNK_BYTES });
  try {
    for await (const chunk of stream) yield chunk;
  } catch (e) {
    if (ModelBuildError.is(e)) throw e;
    throw new ModelBuildError("FILE_UNREADABLE", `cannot read the data: ${e.code ?? String(e)}`, { file, cause: e });
  } finally {
    stream.destroy();
  }
}
async function readPart(abs, file, options) {
  const format = formatOf(abs, file, options.format);
  await sniff(abs, file, format);
  if (format === "csv") {
    const delimiter = options.delimiter ?? (path.extname(abs).toLowerCase() === ".tsv" ? "	" : ",");
    return readCsvPart(abs, file, delimiter);
  }
  return readJsonPart(abs, file, format);
}
function csvCell(text, quoted) {
  if (text.length === 0) return null;
  const c = text.charCodeAt(0);
  if (c > 32 && c !== 78 && c !== 110 && text.charCodeAt(text.length - 1) > 32) return text;
  const key = quoted ? text : text.trim();
  return key.length === 0 || MISSING.has(key) ? null : text;
}
function checkName(name, where, position) {
  if (name === "") {
    throw new ModelBuildError("DATA_INVALID", `${position} has no name`, {
      ...where,
      hint: "give every column a name; a delimiter at the end of the header line adds a nameless column"
    });
  }
  if (name === "__proto__") {
    throw new ModelBuildError("DATA_INVALID", '"__proto__" cannot be a column name', { ...where, hint: "rename the column" });
  }
}
function csvHeader(record, file) {
  const names = record.fields.map((f) => f.trim());
  const where = { file, line: record.line };
  const seen = /* @__PURE__ */ new Map();
  names.forEach((name, k) => {
    checkName(name, where, `column ${k + 1} of the header`);
    const first = seen.get(name);
    if (first !== void 0) {
      throw new ModelBuildError("DATA_INVALID", `column "${name}" appears twice in the header (columns ${first + 1} and ${k + 1})`, {
        ...where,
        hint: "rename one of them: every column needs its own name"
      });
    }
    seen.set(name, k);
  });
  return names;
}
var delimiterName = (d) => d === "	" ? "a tab" : `"${d}"`;
async function readCsvPart(abs, file, delimiter) {
  const parser = new CsvParser({ delimiter, display: file });
  let columns;
  const rows = [];
  const lines = [];
  const take = (records) => {
    for (const record of records) {
      if (!columns) {
        columns = csvHeader(record, file);
        continue;
      }
      const { fields, quoted } = record;
      if (fields.length !== columns.length) {
        throw new ModelBuildError("DATA_INVALID", `row has ${fields.length} fields, the header has ${columns.length}`, {
          file,
          line: record.line,
          hint: fields.length > columns.length ? `a field that contains ${delimiterName(delimiter)} must be quoted ("a${delimiter}b"); otherwise remove the extra delimiter` : `every row needs one field per column; leave a field empty for a missing value (a${delimiter}${delimiter}c)`
        });
      }
      const row = fields;
      for (let k = 0; k < fields.length; k++) row[k] = csvCell(fields[k], quoted?.[k] === true);
      rows.push(row);
      lines.push(record.line);
    }
  };
  for await (const chunk of chunks(abs, file)) take(parser.push(chunk));
  take(parser.end());
  return { file, format: "csv", columns, rows, lines };
}
function jsonCell(value, column, file, line) {
  if (value === null || value === void 0) return null;
  if (typeof value === "string") return value === "" || MISSING.has(value) ? null : value;
  if (typeof value === "number" || typeof value === "boolean") return value;
  throw new ModelBuildError("DATA_INVALID", `column "${column}" holds ${Array.isArray(value) ? "an array" : "an object"}, not a single value`, {
    file,
    line,
    hint: "flatten nested values into columns of their own: model-build reads flat records"
  });
}
async function readJsonPart(abs, file, format) {
  const columns = [];
  const known = /* @__PURE__ */ new Set();
  const records = [];
  const lines = [];
  for await (const { line, record } of parseJsonRecords(chunks(abs, file), format, file)) {
    for (const key of Object.keys(record)) {
      if (known.has(key)) continue;
      checkName(key, { file, line }, `a key of the record ("${key}")`);
      known.add(key);
      columns.push(key);
    }
    records.push(record);
    lines.push(line);
  }
  const rows = records.map((r, i) => columns.map((c) => jsonCell(Object.hasOwn(r, c) ? r[c] : null, c, file, lines[i])));
  return { file, format, columns: records.length > 0 ? columns : void 0, rows, lines };
}
function noRows(parts, display) {
  let hint;
  if (parts.length > 1) hint = `none of the ${parts.length} data files in the folder holds a row`;
  else if (parts[0].columns) hint = "the file has a header line but no rows below it";
  else hint = parts[0].format === "csv" ? "the file is empty" : "the file holds no records";
  return new ModelBuildError("DATA_INVALID", "no data rows", { file: display, hint });
}
function mergeParts(parts, display) {
  const first = parts.find((p) => p.columns);
  if (!first || parts.every((p) => p.rows.length === 0)) throw noRows(parts, display);
  const columns = first.columns;
  if (parts.length === 1) return { columns, rows: first.rows, lines: first.lines, files: [first.file], rowFile: void 0 };
  const rows = [];
  const lines = [];
  const rowFile = [];
  parts.forEach((part, index) => {
    if (!part.columns) return;
    const own = part.columns;
    const missing = columns.filter((c) => !own.includes(c));
    const extra = own.filter((c) => !columns.includes(c));
    if (missing.length > 0 || extra.length > 0) {
      const list = (names) => names.map((c) => `"${c}"`).join(", ");
      const diff = [missing.length > 0 ? `lacks ${list(missing)}` : "", extra.length > 0 ? `has ${list(extra)} in addition` : ""].filter(Boolean).join(" and ");
      throw new ModelBuildError("DATA_INVALID", `columns differ from ${first.file}: this file ${diff}`, {
        file: part.file,
        hint: "every file in a data folder must have the same columns"
      });
    }
    const order = columns.map((c) => own.indexOf(c));
    const same = order.every((k, i) => k === i);
    for (let r = 0; r < part.rows.length; r++) {
      const row = part.rows[r];
      rows.push(same ? row : order.map((k) => row[k]));
      lines.push(part.lines[r]);
      rowFile.push(index);
    }
  });
  return { columns, rows, lines, files: parts.map((p) => p.file), rowFile };
}
var NUM = 0;
var NONFINITE = 1;
var BOOL = 2;
var TEXT = 3;
function textToNumber(v) {
  const n = Number(v);
  if (Number.isNaN(n)) return NaN;
  const c = v.charCodeAt(0);
  if (c >= 49 && c <= 57 || c === 45 || c === 43 || c === 46) return n;
  if (c === 48) {
    const c1 = v.charCodeAt(1) | 32;
    return c1 === 120 || c1 === 98 || c1 === 111 ? NaN : n;
  }
  const t = v.trim();
  return NUMBER_TEXT.test(t) ? Number(t) : NaN;
}
function classify(v) {
  if (typeof v === "number") return Number.isFinite(v) ? NUM : NONFINITE;
  if (typeof v === "boolean") return BOOL;
  const n = textToNumber(v);
  if (!Number.isNaN(n)) return Number.isFinite(n) ? NUM : NONFINITE;
  const t = v.trim();
  if (NONFINITE_TEXT.test(t)) return NONFINITE;
  if (BOOLEAN_TEXT.test(t)) return BOOL;
  return TEXT;
}
var shown = (v) => {
  const s = String(v);
  return JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}\u2026` : s);
};
var overrideKey = (name) => /^[A-Za-z_][\w-]*$/.test(name) ? `data.columns.${name}` : `data.columns[${JSON.stringify(name)}]`;
function typeTable(raw, overrides, display) {
  for (const name of Object.keys(overrides)) {
    if (raw.columns.includes(name)) continue;
    const guess = didYouMean(name, raw.columns);
    throw new ModelBuildError("DATA_INVALID", `data.columns names "${name}", which is not a column of the data`, {
      file: display,
      hint: guess ? `did you mean "${guess}"?` : `the columns are: ${raw.columns.join(", ")}`
    });
  }
  const where = (r) => ({ file: raw.files[raw.rowFile?.[r] ?? 0], line: raw.lines[r] });
  const template = {};
  for (const name of raw.columns) template[name] = null;
  const rows = raw.rows.map(() => ({ ...template }));
  const types = {};
  raw.columns.forEach((name, c) => {
    const override = overrides[name];
    if (override === void 0) {
      const inferred = inferType(raw, c, name, where);
      types[name] = inferred.type;
      if (inferred.numbers) {
        const numbers = inferred.numbers;
        for (let r = 0; r < rows.length; r++) if (raw.rows[r][c] !== null) rows[r][name] = numbers[r];
        return;
      }
      if (inferred.type === "empty") return;
    } else types[name] = override;
    const convert = converter(types[name], name, override !== void 0);
    for (let r = 0; r < rows.length; r++) {
      const v = raw.rows[r][c];
      if (v !== null) rows[r][name] = convert(v, r, where);
    }
  });
  return { columns: raw.columns, types, rows, lines: raw.lines, source: display };
}
function inferType(raw, c, name, where) {
  const numbers = new Float64Array(raw.rows.length);
  let total = 0;
  let num2 = 0;
  let nonfinites = 0;
  let bools = 0;
  let firstNonfinite = -1;
  let firstOther = -1;
  for (let r = 0; r < raw.rows.length; r++) {
    const v = raw.rows[r][c];
    if (v === null) continue;
    total++;
    const n = typeof v === "string" ? textToNumber(v) : typeof v === "number" ? v : NaN;
    const kind = Number.isNaN(n) ? classify(v) : Number.isFinite(n) ? NUM : NONFINITE;
    if (kind === NUM) {
      num2++;
      numbers[r] = n;
    } else if (kind === NONFINITE) {
      nonfinites++;
      if (firstNonfinite < 0) firstNonfinite = r;
    } else {
      if (kind === BOOL) bools++;
      if (firstOther < 0) firstOther = r;
    }
  }
  if (total === 0) return { type: "empty" };
  const numeric = num2 + nonfinites;
  if (numeric === total) {
    if (firstNonfinite >= 0) throw nonfinite(name, where(firstNonfinite));
    return { type: "number", numbers };
  }
  if (bools === total) return { type: "boolean" };
  if (numeric / total >= MOSTLY_NUMBERS) {
    const share = Math.floor(100 * numeric / total);
    throw new ModelBuildError("DATA_INVALID", `column "${name}": ${shown(raw.rows[firstOther][c])} is not a number, unlike ${share}% of the column's values`, {
      ...where(firstOther),
      hint: `fix the value (leave the cell empty for a missing value), or set ${overrideKey(name)}: string in the config to treat the column as text`
    });
  }
  return { type: "string" };
}
var nonfinite = (name, at) => new ModelBuildError("DATA_INVALID", `column "${name}" holds NaN/Infinity`, { ...at, hint: "leave the cell empty for a missing value" });
function converter(type, name, overridden) {
  const configured = overridden ? ` (${overrideKey(name)} is ${type} in the config)` : "";
  switch (type) {
    case "number":
      return (v, r, where) => {
        const kind = classify(v);
        if (kind === NUM) return typeof v === "number" ? v : textToNumber(v);
        if (kind === NONFINITE) throw nonfinite(name, where(r));
        throw new ModelBuildError("DATA_INVALID", `column "${name}": ${shown(v)} is not a number`, {
          ...where(r),
          hint: `fix the value, or leave the cell empty for a missing value${configured}`
        });
      };
    case "boolean":
      return (v, r, where) => {
        if (typeof v === "boolean") return v;
        const t = String(v).trim();
        if (BOOLEAN_TEXT.test(t)) return t.toLowerCase() === "true";
        if (overridden && (t === "1" || t === "0")) return t === "1";
        throw new ModelBuildError("DATA_INVALID", `column "${name}": ${shown(v)} is not a boolean`, {
          ...where(r),
          hint: `write true or false${overridden ? " (or 1 and 0)" : ""}, or leave the cell empty for a missing value${configured}`
        });
      };
    default:
      return (v) => typeof v === "string" ? v : String(v);
  }
}

// src/core/util/random.ts
var Rng = class _Rng {
  state;
  constructor(seed) {
    this.state = seed >>> 0 || 2654435769;
  }
  /** An independent generator for a named purpose, e.g. `rng.fork('split')`. */
  static forPurpose(seed, purpose) {
    return new _Rng(mix(seed >>> 0, fnv1a(purpose)));
  }
  /** Uniform in [0, 1) with 32 bits of resolution (mulberry32). */
  next() {
    this.state = this.state + 1831565813 >>> 0;
    let t = this.state;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  }
  /** Uniform integer in [0, n). */
  int(n) {
    return Math.floor(this.next() * n);
  }
  /**
   * A seed for a TensorFlow.js op: a positive integer below 2^31. Never 0, which
   * normal-distribution ops treat as "unseeded".
   */
  tfSeed() {
    return 1 + this.int(2147483646);
  }
  /** Fisher–Yates shuffle in place. */
  shuffle(items) {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }
  /** A random permutation of 0..n-1. */
  permutation(n) {
    return this.shuffle(Array.from({ length: n }, (_, i) => i));
  }
};
function fnv1a(text) {
  let h = 2166136261;
  for (const byte of Buffer.from(text, "utf8")) h = Math.imul(h ^ byte, 16777619) >>> 0;
  return h;
}
function mix(a, b) {
  let h = (a ^ Math.imul(b, 2654435761)) >>> 0;
  h = Math.imul(h ^ h >>> 16, 2246822507) >>> 0;
  h = Math.imul(h ^ h >>> 13, 3266489909) >>> 0;
  return (h ^ h >>> 16) >>> 0;
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
    groups.set(key, [...groups.get(key) ?? [], i]);
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

// src/core/features/preprocessor.ts
var OOV = "<other>";
function fitPreprocessor(table, rows, options) {
  const excluded = /* @__PURE__ */ new Set([options.label, ...options.exclude ?? []]);
  const steps = [];
  for (const column of table.columns) {
    if (excluded.has(column)) continue;
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
    const step = fitStep(column, spec ?? defaultSpec(type), type, values, options.impute?.[column], table.source);
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
  const label = fitLabel(table, rows, options);
  return { format: 1, label, steps, inputs: steps.flatMap(inputNames) };
}
function defaultSpec(type) {
  if (type === "number") return { type: "numeric", transform: "standardize" };
  if (type === "boolean") return { type: "boolean" };
  return { type: "categorical" };
}
function fitStep(column, spec, type, values, impute, source) {
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
      const fill = numericFill(numbers, impute, column);
      const f = transform2 === "log" ? Math.log1p : (v) => v;
      const mapped = numbers.map(f);
      let shift = 0, scale = 1;
      if (transform2 === "standardize" || transform2 === "log") {
        shift = mean(mapped);
        scale = Math.sqrt(mean(mapped.map((v) => (v - shift) ** 2))) || 1;
      } else if (transform2 === "minmax") {
        shift = Math.min(...mapped);
        scale = Math.max(...mapped) - shift || 1;
      }
      return { kind: "numeric", column, transform: transform2, fill, shift, scale };
    }
    case "bucketized": {
      const boundaries = [...spec.boundaries].sort((a, b) => a - b);
      return { kind: "bucketized", column, boundaries, fill: numericFill(numbers, impute ?? "median", column) };
    }
    case "boolean": {
      const bools = values.map(toBoolean).filter((v) => v !== null);
      const fill = impute && typeof impute === "object" ? Number(toBoolean(impute.constant) ?? 0) : mode(bools) ?? 0;
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
  void type;
}
function numericFill(numbers, impute, column) {
  if (impute === void 0 || impute === "mean") return mean(numbers);
  if (impute === "median") return median(numbers);
  if (impute === "mode") return mode(numbers) ?? 0;
  const c = Number(impute.constant);
  if (!Number.isFinite(c)) {
    throw new ModelBuildError("DATA_INVALID", `column "${column}": impute constant ${JSON.stringify(impute.constant)} is not a number`);
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
    return { column, task, shift, scale: Math.sqrt(mean(nums.map((v) => (v - shift) ** 2))) || 1 };
  }
  const classes = [...new Set(rows.map((r) => String(r[column])))].sort(compareBytes);
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
var mean = (xs) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
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

// src/core/runtime/tensorflow.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path2 from "node:path";
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
  const tf = cjs(await import("./chunk-UEMUTZQA.js"));
  tf.enableProdMode();
  if (wanted === "auto" || wanted === "wasm") {
    try {
      const wasm = cjs(await import("./chunk-6HG3BTG7.js"));
      wasm.setWasmPaths(`${wasmDir()}${path2.sep}`);
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
  const bases = [projectRoot && path2.join(projectRoot, "package.json"), fileURLToPath(import.meta.url)].filter(
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
  const here = path2.dirname(fileURLToPath(import.meta.url));
  if (existsSync(path2.join(here, "tfjs-backend-wasm-simd.wasm"))) return here;
  const req = createRequire(import.meta.url);
  return path2.dirname(req.resolve("@tensorflow/tfjs-backend-wasm"));
}

// src/core/train/metrics.ts
var EPS = 1e-7;
var clip = (p) => Math.min(1 - EPS, Math.max(EPS, p));
var safeDiv = (a, b) => b === 0 ? 0 : a / b;
function binaryMetrics(y, p) {
  let tp = 0, fp = 0, tn = 0, fn = 0, loss = 0;
  for (let i = 0; i < y.length; i++) {
    const predicted = p[i] >= 0.5 ? 1 : 0;
    if (y[i] === 1) {
      if (predicted) tp++;
      else fn++;
    } else if (predicted) fp++;
    else tn++;
    loss -= y[i] === 1 ? Math.log(clip(p[i])) : Math.log(1 - clip(p[i]));
  }
  const precision = safeDiv(tp, tp + fp);
  const recall = safeDiv(tp, tp + fn);
  return {
    accuracy: safeDiv(tp + tn, y.length),
    precision,
    recall,
    f1: safeDiv(2 * precision * recall, precision + recall),
    auc: rocAuc(y, p),
    logLoss: safeDiv(loss, y.length)
  };
}
function rocAuc(y, p) {
  const order = p.map((_, i) => i).sort((a, b) => p[a] - p[b]);
  const ranks = new Array(p.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && p[order[j + 1]] === p[order[i]]) j++;
    const avg = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]] = avg;
    i = j + 1;
  }
  let positives = 0, rankSum = 0;
  for (let i = 0; i < y.length; i++) {
    if (y[i] !== 1) continue;
    positives++;
    rankSum += ranks[i];
  }
  const negatives = y.length - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
}
function multiclassMetrics(y, probs, classCount) {
  const cm = Array.from({ length: classCount }, () => new Array(classCount).fill(0));
  let correct = 0, loss = 0;
  for (let i = 0; i < y.length; i++) {
    const row = probs[i];
    let best = 0;
    for (let c = 1; c < classCount; c++) if (row[c] > row[best]) best = c;
    cm[y[i]][best]++;
    if (best === y[i]) correct++;
    loss -= Math.log(clip(row[y[i]]));
  }
  let f1Sum = 0;
  for (let c = 0; c < classCount; c++) {
    const tp = cm[c][c];
    const actual = cm[c].reduce((a, b) => a + b, 0);
    const predicted = cm.reduce((a, r) => a + r[c], 0);
    const precision = safeDiv(tp, predicted);
    const recall = safeDiv(tp, actual);
    f1Sum += safeDiv(2 * precision * recall, precision + recall);
  }
  return { accuracy: safeDiv(correct, y.length), macroF1: f1Sum / classCount, logLoss: safeDiv(loss, y.length), confusionMatrix: cm };
}
function regressionMetrics(y, pred) {
  let se = 0, ae = 0, mean2 = 0;
  for (const v of y) mean2 += v;
  mean2 /= y.length || 1;
  let ss = 0;
  for (let i = 0; i < y.length; i++) {
    const d = pred[i] - y[i];
    se += d * d;
    ae += Math.abs(d);
    ss += (y[i] - mean2) ** 2;
  }
  return { rmse: Math.sqrt(safeDiv(se, y.length)), mae: safeDiv(ae, y.length), r2: ss === 0 ? Number.NaN : 1 - se / ss };
}
var LOWER_IS_BETTER = /* @__PURE__ */ new Set(["loss", "logLoss", "rmse", "mae"]);

// src/core/train/fit.ts
async function fitModel(tf, model, train, val, o) {
  const rng = Rng.forPurpose(o.seed, "shuffle");
  const n = train.y.length;
  const xTrain = tf.tensor2d(train.x, [n, o.width]);
  const yTrain = labelTensor(tf, train.y, o);
  const xVal = tf.tensor2d(val.x, [val.y.length, o.width]);
  const yVal = labelTensor(tf, val.y, o);
  const monitor = o.earlyStopping?.monitor ?? "val_loss";
  const patience = o.earlyStopping ? o.earlyStopping.patience ?? 5 : Infinity;
  const minDelta = o.earlyStopping?.minDelta ?? 0;
  const lowerIsBetter = LOWER_IS_BETTER.has(monitor.replace(/^val_/, ""));
  const history = [];
  let best = lowerIsBetter ? Infinity : -Infinity;
  let bestEpoch = 0;
  let bestWeights = null;
  let stoppedEarly = false;
  try {
    for (let epoch = 1; epoch <= o.epochs; epoch++) {
      const order = tf.tensor1d(Int32Array.from(rng.permutation(n)), "int32");
      const xs = tf.gather(xTrain, order);
      const ys = tf.gather(yTrain, order);
      const h = await model.fit(xs, ys, { epochs: 1, batchSize: o.batchSize, shuffle: false, verbose: 0 });
      tf.dispose([order, xs, ys]);
      const record = { epoch, loss: Number(h.history.loss[0]), val_loss: scalar(model.evaluate(xVal, yVal, { batchSize: 1024 })) };
      if (monitor !== "val_loss") {
        const pred = model.predict(xVal);
        const metrics = o.validationMetric?.(pred.dataSync()) ?? {};
        pred.dispose();
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
      history.push(record);
      o.onEpoch?.(record, o.epochs);
      const value = record[monitor];
      const improved = lowerIsBetter ? value < best - minDelta : value > best + minDelta;
      if (improved || bestWeights === null) {
        best = value;
        bestEpoch = epoch;
        if (o.earlyStopping) {
          tf.dispose(bestWeights ?? []);
          bestWeights = model.getWeights().map((w) => w.clone());
        }
      } else if (epoch - bestEpoch >= patience) {
        stoppedEarly = true;
        break;
      }
    }
    if (bestWeights && bestEpoch !== history.length) model.setWeights(bestWeights);
    if (!o.earlyStopping) bestEpoch = history.length;
    return { history, epochsRun: history.length, bestEpoch, stoppedEarly };
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

// src/core/train/gates.ts
var GATE = /^\s*(>=|<=|>|<|==)\s*(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)\s*$/;
function parseGate(metric, expr) {
  const m = GATE.exec(expr);
  if (!m) {
    throw new ModelBuildError("GATE_INVALID", `gate ${metric}: "${expr}" is not a comparison`, { hint: 'write it like ">= 0.85"' });
  }
  return { op: m[1], threshold: Number(m[2]) };
}
function evaluateGates(gates, metrics, configFile) {
  const numeric = Object.keys(metrics).filter((k) => typeof metrics[k] === "number");
  return Object.entries(gates).map(([metric, expr]) => {
    const { op, threshold } = parseGate(metric, expr);
    const actual = metrics[metric];
    if (typeof actual !== "number") {
      throw new ModelBuildError("GATE_INVALID", `gate "${metric}" names no metric of this task`, {
        file: configFile,
        pointer: `/gates/${metric}`,
        hint: `available: ${numeric.join(", ")}`
      });
    }
    const passed = !Number.isNaN(actual) && (op === ">=" ? actual >= threshold : op === "<=" ? actual <= threshold : op === ">" ? actual > threshold : op === "<" ? actual < threshold : actual === threshold);
    return { metric, op, threshold, actual, passed, margin: actual - threshold };
  });
}

// src/core/train/model.ts
import path3 from "node:path";
import { pathToFileURL } from "node:url";

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

// src/core/train/model.ts
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
  const model = tf.sequential();
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
async function buildModuleModel(tf, spec, ctx, modulePath, display) {
  let mod;
  try {
    mod = await import(pathToFileURL(path3.resolve(modulePath)).href);
  } catch (e) {
    throw new ModelBuildError("MODEL_INVALID", `cannot load the model module: ${e.message.split("\n")[0]}`, {
      file: display,
      hint: 'it must be an ES module (.mjs, or .js in a "type": "module" package) exporting build(tf, ctx)'
    });
  }
  const build = mod.build ?? mod.default?.build;
  if (typeof build !== "function") {
    throw new ModelBuildError("MODEL_INVALID", "the model module does not export a build(tf, ctx) function", { file: display });
  }
  let model;
  try {
    model = await build(tf, { ...ctx });
  } catch (e) {
    throw new ModelBuildError("MODEL_INVALID", `build(tf, ctx) threw: ${e?.message ?? String(e)}`, {
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

// src/core/package/profile.ts
function profileRows(table, rows) {
  const columns = {};
  for (const column of table.columns) {
    const type = table.types[column];
    const values = rows.map((r) => r[column] ?? null);
    const present = values.filter((v) => v !== null);
    const counts = /* @__PURE__ */ new Map();
    for (const v of present) counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
    const profile = { type, count: values.length, missing: values.length - present.length, distinct: counts.size };
    const numbers = present.filter((v) => typeof v === "number");
    if (type === "number" && numbers.length > 0) {
      let mean2 = 0;
      let m2 = 0;
      numbers.forEach((x, i) => {
        const d = x - mean2;
        mean2 += d / (i + 1);
        m2 += d * (x - mean2);
      });
      profile.numeric = {
        min: numbers.reduce((a, b) => Math.min(a, b)),
        max: numbers.reduce((a, b) => Math.max(a, b)),
        mean: mean2,
        std: Math.sqrt(m2 / numbers.length)
      };
    } else {
      profile.top = [...counts].sort((a, b) => b[1] - a[1] || compareBytes(a[0], b[0])).slice(0, 20).map(([value, count]) => ({ value, count }));
    }
    columns[column] = profile;
  }
  return { format: 1, rows: rows.length, columns };
}

// src/core/package/writePackage.ts
var import_ajv = __toESM(require_ajv(), 1);
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path5 from "node:path";

// src/core/package/metadata.ts
var METADATA_FORMAT = 1;

// src/core/package/modelCard.ts
var fmt = (v) => Number.isInteger(v) ? String(v) : v.toFixed(4);
function modelCard(m) {
  const lines = [`# Model card: ${m.name}${m.version ? ` ${m.version}` : ""}`, ""];
  if (m.description) lines.push(m.description, "");
  lines.push("## Intended use", "", m.intendedUse ?? "_Not stated: set `intendedUse` in the config._", "");
  lines.push(
    "## Model",
    "",
    `- Task: ${m.task}, predicting \`${m.label}\`${m.classes ? ` (classes: ${m.classes.join(", ")})` : ""}`,
    `- Trained with TensorFlow.js ${m.training.tfjsVersion} on the ${m.training.backend} backend, seed ${m.training.seed}`,
    `- ${m.training.epochsRun} epochs${m.training.stoppedEarly ? `, stopped early; weights from epoch ${m.training.bestEpoch}` : ""}`,
    "",
    "## Versions",
    "",
    `- Code: commit \`${m.code.commit}\` (tree \`${m.code.tree}\`)${m.code.ref ? ` on \`${m.code.ref}\`` : ""}${m.code.dirty ? " \u2014 **built from a dirty working tree**" : ""}`,
    `- Config: \`${m.config.path}\` (${m.config.digest})`,
    "",
    "| data | versioned by | hash | size | rows |",
    "| --- | --- | --- | --- | --- |",
    ...m.data.map((d) => `| \`${d.path}\` | ${d.kind ?? "not versioned"}${d.pointer && d.pointer !== d.path ? ` (\`${d.pointer}\`)` : ""} | \`${d.hash ?? "\u2014"}\` | ${d.size ?? "\u2014"} | ${d.rows ?? "\u2014"} |`),
    "",
    "## Validation metrics",
    "",
    "| metric | value |",
    "| --- | --- |",
    ...Object.entries(m.metrics).filter((e) => typeof e[1] === "number").map(([k, v]) => `| ${k} | ${fmt(v)} |`),
    ""
  );
  if (m.gates.length > 0) {
    lines.push("## Gates", "", "| gate | result | value |", "| --- | --- | --- |");
    for (const g of m.gates) lines.push(`| ${g.metric} ${g.op} ${g.threshold} | ${g.passed ? "passed" : "**failed**"} | ${fmt(g.actual)} |`);
    lines.push("");
  }
  const h = m.training.history;
  if (h.length > 0) {
    lines.push(
      "## Training curve",
      "",
      "```mermaid",
      "xychart-beta",
      '  title "loss per epoch"',
      `  x-axis [${h.map((e) => e.epoch).join(", ")}]`,
      '  y-axis "loss"',
      `  line [${h.map((e) => fmt(e.loss)).join(", ")}]`,
      `  line [${h.map((e) => fmt(e.val_loss)).join(", ")}]`,
      "```",
      "",
      "Lines: training loss, then validation loss.",
      ""
    );
  }
  lines.push(
    "## Running it",
    "",
    "```sh",
    "npm ci",
    "node predict.mjs < records.jsonl > predictions.jsonl",
    "```",
    "",
    "`sha256sum -c MANIFEST.sha256` verifies every file of this package.",
    ""
  );
  return lines.join("\n");
}

// src/core/package/zip.ts
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import path4 from "node:path";
import { deflateRawSync, inflateRawSync } from "node:zlib";
var ZIP_DEFAULT_LIMITS = {
  maxTotalBytes: 2 * 1024 ** 3,
  maxEntryBytes: 1024 ** 3,
  maxRatio: 200,
  maxEntries: 1e4
};
var RATIO_EXEMPT_BYTES = 1024 * 1024;
var SIG_LOCAL = 67324752;
var SIG_CENTRAL = 33639248;
var SIG_EOCD = 101010256;
var SIG_ZIP64_LOCATOR = 117853008;
var EOCD_SIZE = 22;
var LOCAL_SIZE = 30;
var CENTRAL_SIZE = 46;
var EOCD_SEARCH = EOCD_SIZE + 65535;
var U32_MAX = 4294967295;
var U16_MAX = 65535;
var FLAG_ENCRYPTED = 1;
var FLAG_DATA_DESCRIPTOR = 8;
var FLAG_STRONG_ENCRYPTION = 64;
var FLAG_UTF8 = 2048;
var HOST_UNIX = 3;
var VERSION_MADE_BY = HOST_UNIX << 8 | 20;
var S_IFMT = 61440;
var S_IFREG = 32768;
var S_IFDIR = 16384;
var S_IFLNK = 40960;
var EXTRA_ZIP64 = 1;
var EXTRA_UNICODE_PATH = 28789;
var CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
    table[n] = c;
  }
  return table;
})();
function crc32(data, crc = 0) {
  let c = ~crc;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 255] ^ c >>> 8;
  return ~c >>> 0;
}
function unsafeName(name) {
  if (name === "") return "is empty";
  if (name.includes("\0")) return "contains a NUL byte";
  if (/[\x01-\x1f\x7f]/.test(name)) return "contains a control character";
  if (name.includes("\\")) return "contains a backslash (a path separator on Windows)";
  if (name.startsWith("/")) return "is an absolute path";
  if (/^[A-Za-z]:/.test(name)) return "starts with a drive letter";
  for (const segment of name.split("/")) {
    if (segment === "") return "has an empty path segment";
    if (segment === "..") return 'has a ".." path segment (zip-slip)';
    if (/^[. ]+$/.test(segment)) return "has a path segment made only of dots or spaces";
  }
  return null;
}
var show = (name) => JSON.stringify(name);
var entryLabel = (name) => `zip entry ${show(name)}`;
var foldKey = (name) => name.normalize("NFC").toLowerCase().normalize("NFC");
function checkCollisions(entries, fail) {
  const hint = "extracting would silently overwrite one of the entries; give every file a distinct name (ignoring case)";
  const exact = /* @__PURE__ */ new Map();
  const nfc = /* @__PURE__ */ new Map();
  const folded = /* @__PURE__ */ new Map();
  const files = /* @__PURE__ */ new Map();
  const folders = /* @__PURE__ */ new Map();
  for (const { name, folder } of entries) {
    const full = folder ? `${name}/` : name;
    const seen = exact.get(full);
    if (seen !== void 0) fail(`${entryLabel(full)}: duplicate name`, hint);
    exact.set(full, full);
    const n = `${name.normalize("NFC")}${folder ? "/" : ""}`;
    const sameNfc = nfc.get(n);
    if (sameNfc !== void 0) fail(`${entryLabel(full)}: collides with ${show(sameNfc)} after Unicode normalization (NFC)`, hint);
    nfc.set(n, full);
    const f = `${foldKey(name)}${folder ? "/" : ""}`;
    const sameFold = folded.get(f);
    if (sameFold !== void 0) fail(`${entryLabel(full)}: collides with ${show(sameFold)} on case-insensitive file systems`, hint);
    folded.set(f, full);
    const key = foldKey(name);
    if (!folder) files.set(key, full);
    const parts = name.split("/");
    for (let i = 1; i <= parts.length - (folder ? 0 : 1); i++) {
      const prefix = foldKey(parts.slice(0, i).join("/"));
      if (!folders.has(prefix)) folders.set(prefix, full);
    }
  }
  for (const [key, file] of files) {
    const other = folders.get(key);
    if (other !== void 0) fail(`${entryLabel(file)}: is a file, but ${show(other)} needs a folder at the same path`, hint);
  }
}
var DOS_MIN = Date.UTC(1980, 0, 1, 0, 0, 0);
var DOS_MAX = Date.UTC(2107, 11, 31, 23, 59, 58);
function toDosDateTime(mtime) {
  const ms = Math.min(DOS_MAX, Math.max(DOS_MIN, Math.floor(mtime) * 1e3));
  const d = new Date(ms);
  return {
    time: d.getUTCHours() << 11 | d.getUTCMinutes() << 5 | d.getUTCSeconds() >> 1,
    date: d.getUTCFullYear() - 1980 << 9 | d.getUTCMonth() + 1 << 5 | d.getUTCDate()
  };
}
function fromDosDateTime(time, date) {
  const ms = Date.UTC(
    1980 + (date >>> 9),
    (date >>> 5 & 15) - 1,
    date & 31,
    time >>> 11,
    time >>> 5 & 63,
    (time & 31) * 2
  );
  return Math.floor(ms / 1e3);
}
function writeFail(message, hint) {
  throw new ModelBuildError("PACKAGE_INVALID", `cannot write zip: ${message}`, { hint });
}
function writeZip(entries, options) {
  const level = options.level ?? 9;
  if (!Number.isInteger(level) || level < 0 || level > 9) {
    writeFail(`compression level ${String(level)} is not an integer from 0 to 9`, "pass a level from 0 (store) to 9 (smallest)");
  }
  if (typeof options.mtime !== "number" || !Number.isFinite(options.mtime)) {
    writeFail(`mtime ${String(options.mtime)} is not a number of seconds`, "pass seconds since the epoch, e.g. SOURCE_DATE_EPOCH");
  }
  if (entries.length > U16_MAX) {
    writeFail(`${entries.length} entries; zip without ZIP64 holds at most ${U16_MAX}`, "package fewer files, e.g. by bundling small ones");
  }
  const nameHint = 'package file names must be relative paths with "/" separators and no "." or ".." segments';
  const prepared = entries.map((entry) => {
    const { name, data } = entry;
    if (typeof name !== "string") writeFail(`entry name ${String(name)} is not a string`, nameHint);
    const nameBytes = Buffer.from(name, "utf8");
    if (nameBytes.toString("utf8") !== name) writeFail(`${entryLabel(name)}: unsafe name: is not valid Unicode`, nameHint);
    if (name.endsWith("/")) writeFail(`${entryLabel(name)}: unsafe name: ends in "/" (folder entries are not written)`, nameHint);
    const reason = unsafeName(name);
    if (reason) writeFail(`${entryLabel(name)}: unsafe name: ${reason}`, nameHint);
    if (nameBytes.length > U16_MAX) writeFail(`${entryLabel(name)}: name is longer than ${U16_MAX} bytes`, nameHint);
    if (!(data instanceof Uint8Array)) writeFail(`${entryLabel(name)}: data is not a Buffer`, "pass file contents as a Buffer");
    if (data.length > U32_MAX) {
      writeFail(`${entryLabel(name)}: ${data.length} bytes; zip without ZIP64 holds at most ${U32_MAX} per entry`, "package smaller files");
    }
    return { name, nameBytes, data, executable: entry.executable === true };
  });
  prepared.sort((a, b) => Buffer.compare(a.nameBytes, b.nameBytes));
  checkCollisions(
    prepared.map(({ name }) => ({ name, folder: false })),
    (message, hint) => writeFail(message, hint)
  );
  const { time, date } = toDosDateTime(options.mtime);
  const parts = [];
  const central = [];
  let offset = 0;
  const archiveTooBig = () => writeFail(`the archive would exceed ${U32_MAX} bytes; ZIP64 is not supported`, "package fewer or smaller files");
  for (const entry of prepared) {
    const crc = crc32(entry.data);
    let method = 0;
    let stored = entry.data;
    if (level > 0 && entry.data.length > 0) {
      const deflated = deflateRawSync(entry.data, { level });
      if (deflated.length < entry.data.length) {
        method = 8;
        stored = deflated;
      }
    }
    const versionNeeded = method === 8 ? 20 : 10;
    const local = Buffer.alloc(LOCAL_SIZE);
    local.writeUInt32LE(SIG_LOCAL, 0);
    local.writeUInt16LE(versionNeeded, 4);
    local.writeUInt16LE(FLAG_UTF8, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(stored.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(entry.nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const mode2 = entry.executable ? 33261 : 33188;
    const header = Buffer.alloc(CENTRAL_SIZE);
    header.writeUInt32LE(SIG_CENTRAL, 0);
    header.writeUInt16LE(VERSION_MADE_BY, 4);
    header.writeUInt16LE(versionNeeded, 6);
    header.writeUInt16LE(FLAG_UTF8, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt16LE(time, 12);
    header.writeUInt16LE(date, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(stored.length, 20);
    header.writeUInt32LE(entry.data.length, 24);
    header.writeUInt16LE(entry.nameBytes.length, 28);
    header.writeUInt32LE(mode2 << 16 >>> 0, 38);
    header.writeUInt32LE(offset, 42);
    parts.push(local, entry.nameBytes, stored);
    central.push(header, entry.nameBytes);
    offset += LOCAL_SIZE + entry.nameBytes.length + stored.length;
    if (offset > U32_MAX) archiveTooBig();
  }
  const centralSize = central.reduce((sum, b) => sum + b.length, 0);
  if (offset + centralSize + EOCD_SIZE > U32_MAX) archiveTooBig();
  const eocd = Buffer.alloc(EOCD_SIZE);
  eocd.writeUInt32LE(SIG_EOCD, 0);
  eocd.writeUInt16LE(prepared.length, 8);
  eocd.writeUInt16LE(prepared.length, 10);
  eocd.writeUInt32LE(centralSize, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, eocd]);
}
function writeZipFileAtomic(file, entries, options) {
  const tmp = path4.join(path4.dirname(file), `.${path4.basename(file)}.tmp-${process.pid}`);
  try {
    const bytes = writeZip(entries, options);
    const fd = openSync(tmp, "w", 420);
    try {
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
    return bytes;
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
var HINT_BROKEN = "the file is not a complete zip archive: copy or download it again";
var HINT_UNSUPPORTED = "recreate the archive with model-build (or `zip -X`) without ZIP64, encryption, splitting or unusual compression";
var HINT_UNSAFE = "the archive may be malicious: do not extract it with other tools; recreate it from trusted files";
var HINT_TAMPERED = "the archive is corrupt or was modified after it was written: obtain a fresh copy";
var limitHint = (option) => `if the archive is trusted, raise the ${option} option; otherwise it may be a zip bomb`;
function extraFields(extra) {
  const fields = [];
  let p = 0;
  while (p + 4 <= extra.length) {
    const id = extra.readUInt16LE(p);
    const size = extra.readUInt16LE(p + 2);
    if (p + 4 + size > extra.length) break;
    fields.push({ id, data: extra.subarray(p + 4, p + 4 + size) });
    p += 4 + size;
  }
  return fields;
}
var utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
var utf8Lenient = new TextDecoder("utf-8", { ignoreBOM: true });
function parse(buf, options) {
  const source = options.display;
  const limits = { ...ZIP_DEFAULT_LIMITS, ...definedOnly(options) };
  const fail = (message, hint) => {
    throw new ModelBuildError("PACKAGE_INVALID", message, { hint, file: source });
  };
  if (!Buffer.isBuffer(buf)) fail("not a zip archive: expected a Buffer", "pass the archive bytes as a Buffer");
  if (buf.length < EOCD_SIZE) fail(`not a zip archive: only ${buf.length} bytes`, HINT_BROKEN);
  let eocd = -1;
  for (let i = buf.length - EOCD_SIZE; i >= Math.max(0, buf.length - EOCD_SEARCH); i--) {
    if (buf.readUInt32LE(i) === SIG_EOCD && i + EOCD_SIZE + buf.readUInt16LE(i + 20) === buf.length) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) fail("not a zip archive (or truncated): no end-of-central-directory record", HINT_BROKEN);
  const disk = buf.readUInt16LE(eocd + 4);
  const cdDisk = buf.readUInt16LE(eocd + 6);
  const onDisk = buf.readUInt16LE(eocd + 8);
  const total = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (eocd >= 20 && buf.readUInt32LE(eocd - 20) === SIG_ZIP64_LOCATOR || total === U16_MAX || onDisk === U16_MAX || cdSize === U32_MAX || cdOffset === U32_MAX) {
    fail("ZIP64 archives are not supported", HINT_UNSUPPORTED);
  }
  if (disk !== 0 || cdDisk !== 0 || onDisk !== total) fail("multi-disk (split) zip archives are not supported", HINT_UNSUPPORTED);
  if (total > limits.maxEntries) {
    fail(`zip archive has ${total} entries, more than the limit of ${limits.maxEntries}`, limitHint("maxEntries"));
  }
  const cdEnd = cdOffset + cdSize;
  if (cdEnd > eocd) {
    fail(`zip central directory out of bounds (offset ${cdOffset}, ${cdSize} bytes, but the record list ends at ${eocd})`, HINT_BROKEN);
  }
  const parsed = [];
  let totalBytes = 0;
  let p = cdOffset;
  for (let k = 0; k < total; k++) {
    if (p + CENTRAL_SIZE > cdEnd) fail(`zip central directory is truncated at entry ${k + 1} of ${total}`, HINT_BROKEN);
    if (buf.readUInt32LE(p) !== SIG_CENTRAL) {
      fail(`zip central directory is corrupt: no entry header at offset ${p} (entry ${k + 1} of ${total})`, HINT_BROKEN);
    }
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const time = buf.readUInt16LE(p + 12);
    const date = buf.readUInt16LE(p + 14);
    const crc = buf.readUInt32LE(p + 16);
    const compressedSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const diskStart = buf.readUInt16LE(p + 34);
    const external = buf.readUInt32LE(p + 38);
    const start = buf.readUInt32LE(p + 42);
    const next = p + CENTRAL_SIZE + nameLength + extraLength + commentLength;
    if (next > cdEnd) fail(`zip central directory is truncated at entry ${k + 1} of ${total}`, HINT_BROKEN);
    const nameBytes = buf.subarray(p + CENTRAL_SIZE, p + CENTRAL_SIZE + nameLength);
    const extras = extraFields(buf.subarray(p + CENTRAL_SIZE + nameLength, p + CENTRAL_SIZE + nameLength + extraLength));
    p = next;
    const raw = utf8Lenient.decode(nameBytes);
    const label = entryLabel(raw);
    if (compressedSize === U32_MAX || size === U32_MAX || start === U32_MAX || extras.some((f) => f.id === EXTRA_ZIP64)) {
      fail(`${label}: ZIP64 entries are not supported`, HINT_UNSUPPORTED);
    }
    if (diskStart !== 0) fail(`${label}: starts on disk ${diskStart}; multi-disk archives are not supported`, HINT_UNSUPPORTED);
    if (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) fail(`${label}: encrypted entries are not supported`, HINT_UNSUPPORTED);
    if (method !== 0 && method !== 8) {
      fail(`${label}: compression method ${method} is not supported (only 0 = stored and 8 = deflate)`, HINT_UNSUPPORTED);
    }
    let name;
    try {
      name = utf8.decode(nameBytes);
    } catch {
      return fail(`${label}: unsafe name: is not valid UTF-8`, HINT_UNSAFE);
    }
    const folder = name.endsWith("/") && name.length > 1;
    const bare = folder ? name.slice(0, -1) : name;
    const reason = unsafeName(bare);
    if (reason) fail(`${label}: unsafe name: ${reason}`, HINT_UNSAFE);
    checkUnicodePath(extras, nameBytes, name, label, fail);
    const unixMode = external >>> 16;
    const type = unixMode & S_IFMT;
    if (type === S_IFLNK) fail(`${label}: is a symbolic link`, HINT_UNSAFE);
    if (type !== 0 && type !== S_IFREG && type !== S_IFDIR) {
      fail(`${label}: is a special file (mode 0o${unixMode.toString(8)})`, HINT_UNSAFE);
    }
    if (type === S_IFDIR && !folder) fail(`${label}: is marked as a folder but its name does not end in "/"`, HINT_UNSAFE);
    if (folder && size !== 0) fail(`${label}: is a folder entry with ${size} bytes of data`, HINT_UNSAFE);
    const mode2 = unixMode & 511 || 420;
    if (method === 0 && compressedSize !== size) {
      fail(`${label}: stored entry is ${compressedSize} bytes but declares ${size} uncompressed`, HINT_TAMPERED);
    }
    if (size > limits.maxEntryBytes) {
      fail(`${label}: declares ${size} bytes, more than the per-entry limit of ${limits.maxEntryBytes}`, limitHint("maxEntryBytes"));
    }
    if (size > RATIO_EXEMPT_BYTES && size > compressedSize * limits.maxRatio) {
      const ratio = compressedSize === 0 ? "infinite" : `${Math.round(size / compressedSize)}:1`;
      fail(`${label}: compression ratio ${ratio} is over the limit of ${limits.maxRatio}:1`, limitHint("maxRatio"));
    }
    totalBytes += size;
    if (totalBytes > limits.maxTotalBytes) {
      fail(`zip archive declares more than ${limits.maxTotalBytes} uncompressed bytes in total (at ${label})`, limitHint("maxTotalBytes"));
    }
    if (start + LOCAL_SIZE > cdOffset) fail(`${label}: local header out of bounds (offset ${start})`, HINT_BROKEN);
    if (buf.readUInt32LE(start) !== SIG_LOCAL) fail(`${label}: no local header at offset ${start}`, HINT_BROKEN);
    const localFlags = buf.readUInt16LE(start + 6);
    const localMethod = buf.readUInt16LE(start + 8);
    const localCrc = buf.readUInt32LE(start + 14);
    const localCompressed = buf.readUInt32LE(start + 18);
    const localSize = buf.readUInt32LE(start + 22);
    const localNameLength = buf.readUInt16LE(start + 26);
    const localExtraLength = buf.readUInt16LE(start + 28);
    const dataStart = start + LOCAL_SIZE + localNameLength + localExtraLength;
    if (dataStart > cdOffset) fail(`${label}: local header out of bounds (offset ${start}, ends at ${dataStart})`, HINT_BROKEN);
    const localName = buf.subarray(start + LOCAL_SIZE, start + LOCAL_SIZE + localNameLength);
    if (!localName.equals(nameBytes)) {
      fail(`${label}: local header names ${show(utf8Lenient.decode(localName))} instead`, HINT_UNSAFE);
    }
    const localExtras = extraFields(buf.subarray(start + LOCAL_SIZE + localNameLength, dataStart));
    if (localExtras.some((f) => f.id === EXTRA_ZIP64)) fail(`${label}: ZIP64 entries are not supported (local header)`, HINT_UNSUPPORTED);
    checkUnicodePath(localExtras, nameBytes, name, label, fail);
    if (localFlags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) {
      fail(`${label}: encrypted entries are not supported (local header)`, HINT_UNSUPPORTED);
    }
    if (localMethod !== method) {
      fail(`${label}: local header says compression method ${localMethod}, the central directory ${method}`, HINT_TAMPERED);
    }
    const deferred = (localFlags & FLAG_DATA_DESCRIPTOR) !== 0;
    const agrees = (local, central) => local === central || deferred && local === 0;
    if (!agrees(localCrc, crc)) fail(`${label}: local header CRC-32 disagrees with the central directory`, HINT_TAMPERED);
    if (!agrees(localCompressed, compressedSize) || !agrees(localSize, size)) {
      fail(`${label}: local header sizes disagree with the central directory`, HINT_TAMPERED);
    }
    const dataEnd = dataStart + compressedSize;
    if (dataEnd > cdOffset) fail(`${label}: data out of bounds (${compressedSize} bytes at offset ${dataStart})`, HINT_BROKEN);
    parsed.push({
      name: folder ? name : bare,
      size,
      compressedSize,
      method,
      crc32: crc,
      mode: mode2,
      mtime: fromDosDateTime(time, date),
      folder,
      start,
      dataStart,
      dataEnd
    });
  }
  if (p !== cdEnd) fail(`zip central directory size (${cdSize} bytes) disagrees with its ${total} entries`, HINT_BROKEN);
  checkCollisions(
    parsed.map((e) => ({ name: e.folder ? e.name.slice(0, -1) : e.name, folder: e.folder })),
    (message) => fail(message, HINT_UNSAFE)
  );
  const byStart = [...parsed].sort((a, b) => a.start - b.start);
  for (let i = 1; i < byStart.length; i++) {
    const prev = byStart[i - 1];
    const cur = byStart[i];
    if (cur.start < prev.dataEnd) fail(`${entryLabel(cur.name)}: overlaps entry ${show(prev.name)}`, HINT_UNSAFE);
  }
  return parsed;
}
function checkUnicodePath(extras, nameBytes, name, label, fail) {
  for (const { id, data } of extras) {
    if (id !== EXTRA_UNICODE_PATH || data.length < 5) continue;
    if (data.readUInt32LE(1) !== crc32(nameBytes)) continue;
    if (!data.subarray(5).equals(Buffer.from(name, "utf8"))) {
      fail(`${label}: Unicode path field names ${show(utf8Lenient.decode(data.subarray(5)))} instead`, HINT_UNSAFE);
    }
  }
}
function definedOnly(options) {
  const out = {};
  for (const key of Object.keys(ZIP_DEFAULT_LIMITS)) {
    const value = options[key];
    if (value !== void 0) out[key] = value;
  }
  return out;
}
function guarded(source, run) {
  try {
    return run();
  } catch (e) {
    if (ModelBuildError.is(e)) throw e;
    throw new ModelBuildError("PACKAGE_INVALID", `zip archive is malformed: ${e.message}`, {
      hint: HINT_BROKEN,
      file: source,
      cause: e
    });
  }
}
function readZip(buffer, options = {}) {
  return guarded(options.display, () => {
    const fail = (message, hint) => {
      throw new ModelBuildError("PACKAGE_INVALID", message, { hint, file: options.display });
    };
    const out = [];
    for (const entry of parse(buffer, options)) {
      if (entry.folder) continue;
      const label = entryLabel(entry.name);
      const raw = buffer.subarray(entry.dataStart, entry.dataEnd);
      let data;
      if (entry.method === 0) {
        data = Buffer.from(raw);
      } else {
        try {
          data = inflateRawSync(raw, { maxOutputLength: entry.size + 1 });
        } catch (e) {
          const code = e.code;
          if (code === "ERR_BUFFER_TOO_LARGE") fail(`${label}: inflates to more than its declared ${entry.size} bytes`, HINT_UNSAFE);
          return fail(`${label}: compressed data is corrupt (${e.message})`, HINT_TAMPERED);
        }
      }
      if (data.length !== entry.size) {
        fail(`${label}: inflates to ${data.length} bytes, but declares ${entry.size}`, HINT_TAMPERED);
      }
      if (crc32(data) !== entry.crc32) fail(`${label}: CRC-32 mismatch (the data is corrupt or was tampered with)`, HINT_TAMPERED);
      out.push({ name: entry.name, data, mode: entry.mode, mtime: entry.mtime });
    }
    return out;
  });
}

// src/core/package/writePackage.ts
var sha256 = (b) => createHash("sha256").update(b).digest("hex");
var json = (v) => `${JSON.stringify(v, null, 2)}
`;
function packageFiles(input) {
  const { loaded, check, result, name } = input;
  const git = check.git;
  if (!git) throw new ModelBuildError("INTERNAL", "cannot package a build without a git commit");
  const config = loaded.config;
  const runtimeLock = JSON.parse(readFileSync(ownFile("dist/package/runtime-lock.json"), "utf8"));
  const pkgName = `${name.toLowerCase().replace(/[^a-z0-9._-]/g, "-")}-model`;
  const pkgVersion = config.version && /^\d+\.\d+\.\d+/.test(config.version) ? config.version : "0.0.0";
  const packageJson = {
    name: pkgName,
    version: pkgVersion,
    private: true,
    description: `${name}: a model built by model-build. Run: npm ci && node predict.mjs < records.jsonl`,
    type: "module",
    main: "predict.mjs",
    scripts: { predict: "node predict.mjs" },
    engines: { node: ">=20" },
    dependencies: runtimeLock.dependencies
  };
  const lockfile = {
    name: pkgName,
    version: pkgVersion,
    lockfileVersion: 3,
    requires: true,
    packages: { "": { name: pkgName, version: pkgVersion, dependencies: runtimeLock.dependencies, engines: { node: ">=20" } }, ...runtimeLock.packages }
  };
  const files = /* @__PURE__ */ new Map([
    ["model/model.json", Buffer.from(json(input.model.modelJson))],
    ["model/weights.bin", input.model.weights],
    ["preprocessor.json", Buffer.from(json(input.preprocessor))],
    ["metrics.json", Buffer.from(json(result))],
    ["profile.json", Buffer.from(json(input.profile))],
    ["package.json", Buffer.from(json(packageJson))],
    ["package-lock.json", Buffer.from(json(lockfile))],
    ["predict.mjs", readFileSync(ownFile("dist/package/predict.mjs"))]
  ]);
  const dataPaths = loaded.dataPaths.map((d) => toPosix(path5.relative(git.root, d.path)));
  const readsIt = (p) => dataPaths.some((d) => p === d || p.startsWith(`${d}/`) || d.startsWith(`${p}/`));
  const rowsByRel = new Map([...input.rows].map(([abs, n]) => [toPosix(path5.relative(git.root, abs)), n]));
  const metadata = {
    format: METADATA_FORMAT,
    name,
    version: config.version ?? null,
    description: config.description ?? null,
    intendedUse: config.intendedUse ?? null,
    timestamp: new Date(input.mtime * 1e3).toISOString().replace(".000Z", "Z"),
    createdBy: { tool: "model-build", version: ownVersion() },
    code: {
      repository: git.remote,
      commit: git.commit,
      tree: git.tree,
      ref: input.ref !== void 0 ? input.ref : git.ref,
      dirty: git.dirty,
      dirtyPaths: git.dirtyPaths.map((d) => d.path)
    },
    data: check.data.filter((d) => readsIt(d.path)).map((d) => ({ path: d.path, pointer: d.pointer, kind: d.kind, hash: d.expected, size: d.size.expected ?? d.size.actual, rows: rowsByRel.get(d.path) ?? null })),
    config: { path: toPosix(path5.relative(git.root, loaded.file)), digest: loaded.digest, resolved: config },
    task: result.task,
    label: result.label,
    classes: result.classes ?? null,
    training: {
      seed: result.seed,
      backend: result.runtime.backend,
      backendVersion: result.runtime.backendVersion,
      tfjsVersion: result.runtime.tfjsVersion,
      simd: result.runtime.simd,
      epochsRun: result.epochsRun,
      bestEpoch: result.bestEpoch,
      stoppedEarly: result.stoppedEarly,
      history: result.history
    },
    metrics: result.metrics,
    gates: result.gates,
    gatesPassed: result.gatesPassed,
    environment: {
      node: process.versions.node,
      platform: process.platform,
      arch: process.arch,
      dependencies: runtimeLock.dependencies,
      lockfileDigest: `sha256:${sha256(files.get("package-lock.json"))}`
    },
    files: {}
  };
  files.set("MODEL_CARD.md", Buffer.from(modelCard(metadata)));
  metadata.files = Object.fromEntries([...files.keys()].sort(compareBytes).map((f) => [f, `sha256:${sha256(files.get(f))}`]));
  validateMetadata(metadata, "metadata.json (as written)");
  files.set("metadata.json", Buffer.from(json(metadata)));
  const manifest = [...files.keys()].sort(compareBytes).map((f) => `${sha256(files.get(f))}  ${f}
`).join("");
  files.set("MANIFEST.sha256", Buffer.from(manifest));
  return { files, metadata };
}
function writePackage(input, outDir) {
  const { files, metadata } = packageFiles(input);
  const archive = path5.join(outDir, `${input.name}-${metadata.code.commit.slice(0, 12)}.zip`);
  const bytes = writeZipFileAtomic(
    archive,
    [...files].map(([name, data]) => ({ name, data })),
    { mtime: input.mtime, level: input.level ?? 9 }
  );
  return {
    archive,
    digest: `sha256:${sha256(bytes)}`,
    contentDigest: `sha256:${sha256(files.get("MANIFEST.sha256"))}`,
    metadata,
    files: [...files.keys()].sort(compareBytes)
  };
}
var metadataValidator;
function validateMetadata(value, where) {
  metadataValidator ??= new import_ajv.Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(ownFile("schema/metadata.schema.json"), "utf8")));
  if (!metadataValidator(value)) {
    const e = metadataValidator.errors ?? [];
    throw new ModelBuildError("PACKAGE_INVALID", `${where} does not match the metadata schema: ${e.map((x) => `${x.instancePath || "/"} ${x.message}`).join("; ")}`, {
      hint: "the package is damaged or was not written by model-build"
    });
  }
}
var version;
function ownVersion() {
  version ??= JSON.parse(readFileSync(ownFile("package.json"), "utf8")).version;
  return version;
}

// src/core/package/provenance.ts
import { writeFileSync } from "node:fs";
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
        internalParameters: { seed: m.training.seed, backend: m.training.backend, node: m.environment.node },
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
function writeProvenance(pkg, run) {
  const file = pkg.archive.replace(/\.zip$/, "") + ".provenance.intoto.json";
  writeFileSync(file, `${JSON.stringify(provenanceStatement(pkg, run), null, 2)}
`);
  return file;
}

// src/core/build/buildModel.ts
async function buildModel(options = {}) {
  const cwd = path6.resolve(options.cwd ?? process.cwd());
  const startedOn = /* @__PURE__ */ new Date();
  const clock = phaseClock();
  const first = typeof options.config === "object" ? options.config : loadConfig(options.config, { cwd });
  const configDir = path6.dirname(first.file);
  const outRoot = path6.resolve(options.out ? cwd : configDir, options.out ?? first.config.package?.out ?? "model-build-out");
  const check = await checkWorkspace({
    root: configDir,
    config: first,
    outputs: [outRoot],
    cacheFile: options.cacheFile,
    onProgress: options.onCheckProgress
  });
  if (!check.ok && !options.allowDirty) return { status: "refused", check };
  const checkMs = clock();
  const loaded = check.git ? loadConfig(first.file, { cwd, root: check.git.root }) : first;
  const config = loaded.config;
  const display = (abs) => toPosix(path6.relative(check.root, abs)) || ".";
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
    source: table.source
  });
  checkClassesCovered(pre, trainRows, valRows, table.source, config);
  const width = inputWidth(pre);
  const train = { x: transform(pre, trainRows), y: encodeLabels(pre, trainRows) };
  const val = { x: transform(pre, valRows), y: encodeLabels(pre, valRows) };
  const dataMs = clock();
  let runtime = options.runtime ?? await loadRuntime({ backend: options.backend ?? config.training?.backend, projectRoot: configDir });
  const runtimeMs = clock();
  const classCount = pre.label.classes?.length ?? 1;
  const ctx = { inputShape: [width], outputUnits: outputUnitsFor(task, classCount), task, seed };
  const modulePath = config.model?.module ? resolveInside(check.root, configDir, config.model.module, { what: "model.module", file: display(loaded.file), pointer: "/model/module" }) : null;
  const evaluate = (pred) => evaluateMetrics(task, pre, val.y, pred, classCount);
  const train1 = async (rt) => {
    const model2 = modulePath ? await buildModuleModel(rt.tf, config.model ?? {}, ctx, modulePath, display(modulePath)) : buildDeclarativeModel(rt.tf, config.model ?? {}, ctx);
    const fit2 = await fitModel(rt.tf, model2, train, val, {
      task,
      classCount,
      width,
      epochs: config.training?.epochs ?? 50,
      batchSize: config.training?.batchSize ?? 32,
      seed,
      earlyStopping: config.training?.earlyStopping,
      validationMetric: evaluate,
      onEpoch: options.onEpoch
    });
    return { model: model2, fit: fit2 };
  };
  let trained;
  try {
    trained = await train1(runtime);
  } catch (e) {
    if (runtime.info.backend !== "wasm" || !/not registered for backend/i.test(e?.message ?? "")) throw e;
    const reason = e.message.split("\n")[0];
    await runtime.tf.setBackend("cpu");
    runtime = { tf: runtime.tf, info: { ...runtime.info, backend: "cpu", backendVersion: runtime.tf.version_core, simd: null, fallbacks: [...runtime.info.fallbacks, `wasm: ${reason}`] } };
    trained = await train1(runtime);
  }
  const { model, fit } = trained;
  const predictions = predictAll(runtime.tf, model, val.x, width);
  const metrics = evaluate(predictions);
  const gates = evaluateGates(config.gates ?? {}, metrics, display(loaded.file));
  const result = {
    format: 1,
    task,
    label,
    ...pre.label.classes ? { classes: pre.label.classes } : {},
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
    data: { rows: table.rows.length, train: trainRows.length, validation: valRows.length, cleaning }
  };
  const trainMs = clock();
  const serialized = await serializeModel(runtime.tf, model);
  model.optimizer?.dispose();
  model.dispose();
  const modelDir = path6.join(outRoot, config.name);
  const files = {
    "model.json": `${JSON.stringify(serialized.modelJson, null, 2)}
`,
    [WEIGHTS_FILE]: serialized.weights,
    "preprocessor.json": `${JSON.stringify(pre, null, 2)}
`,
    "metrics.json": `${JSON.stringify(result, null, 2)}
`
  };
  writeDirAtomically(modelDir, files);
  const pkg = result.gatesPassed && check.git ? writePackage(
    {
      name: config.name,
      loaded,
      check,
      result,
      model: serialized,
      preprocessor: pre,
      profile: profileRows(table, trainRows),
      rows: rowsRead,
      mtime: options.sourceDateEpoch ?? check.git.commitTime,
      ref: options.ref,
      level: config.package?.compressionLevel
    },
    outRoot
  ) : null;
  const provenance = pkg ? writeProvenance(pkg, {
    builderId: options.builder?.id ?? "model-build/library",
    invocationId: options.builder?.invocationId,
    startedOn,
    finishedOn: /* @__PURE__ */ new Date(),
    externalParameters: {
      config: toPosix(path6.relative(check.root, loaded.file)),
      backend: options.backend ?? config.training?.backend ?? "auto",
      allowDirty: Boolean(options.allowDirty)
    }
  }) : null;
  return {
    status: "built",
    provenance,
    check,
    allowedDirty: !check.ok,
    name: config.name,
    modelDir,
    files: Object.keys(files).sort(),
    package: pkg,
    result,
    timings: { check: checkMs, data: dataMs, runtime: runtimeMs, train: trainMs, write: clock() }
  };
}
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
function writeDirAtomically(dir, files) {
  mkdirSync(path6.dirname(dir), { recursive: true });
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync2(tmp, { recursive: true, force: true });
  mkdirSync(tmp);
  for (const [name, content] of Object.entries(files)) writeFileSync2(path6.join(tmp, name), content);
  rmSync2(dir, { recursive: true, force: true });
  renameSync2(tmp, dir);
}

// src/cli/terminal.ts
var wrap = (open2, close) => (s) => `\x1B[${open2}m${s}\x1B[${close}m`;
function styleFor(stream) {
  const on = Boolean(stream.isTTY) && !("NO_COLOR" in process.env) && process.env.TERM !== "dumb";
  const id = (s) => s;
  return on ? { red: wrap(31, 39), green: wrap(32, 39), yellow: wrap(33, 39), dim: wrap(2, 22), bold: wrap(1, 22) } : { red: id, green: id, yellow: id, dim: id, bold: id };
}
function formatBytes(n) {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i++;
  }
  return `${i === 0 ? n : n.toFixed(1)} ${units[i]}`;
}
var ProgressLine = class {
  constructor(stream, delayMs = 400) {
    this.stream = stream;
    this.delayMs = delayMs;
  }
  stream;
  delayMs;
  startedAt = Date.now();
  lastDraw = 0;
  shown = false;
  update(text) {
    if (!this.stream.isTTY) return;
    const now = Date.now();
    if (now - this.startedAt < this.delayMs || now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.shown = true;
    const width = (this.stream.columns || 80) - 1;
    this.stream.write(`\r\x1B[K${text.slice(0, width)}`);
  }
  done() {
    if (this.shown) this.stream.write("\r\x1B[K");
    this.shown = false;
  }
};

// src/cli/checkCommand.ts
async function runCheck(args) {
  const progress = new ProgressLine(process.stderr);
  const started = Date.now();
  const report = await checkWorkspace({
    root: args.root,
    config: args.config,
    ...args.noCache ? { cacheFile: null } : {},
    onProgress: (p) => progress.update(
      `hashing ${p.filesDone}/${p.filesQueued} files, ${formatBytes(p.bytesDone)} of ${formatBytes(p.bytesQueued)}` + (p.cacheHits ? ` (${p.cacheHits} from cache)` : "")
    )
  });
  progress.done();
  if (args.json) process.stdout.write(`${JSON.stringify(report, null, 2)}
`);
  else process.stdout.write(formatCheckReport(report, styleFor(process.stdout), Date.now() - started));
  return report.ok ? 0 : 1;
}
var GROUPS = [
  ["not-a-repository", "Code is not versioned"],
  ["no-commits", "Nothing committed yet"],
  ["dirty", "Working tree is not clean"],
  ["submodule-not-initialized", "Submodules not checked out"],
  ["not-pulled", "Data not pulled"],
  ["modified", "Data differs from its committed pointer"],
  ["raw-blob", "LFS-routed files committed as raw blobs"],
  ["unversioned", "Unversioned data read by the config"],
  ["missing", "Data paths that do not exist"]
];
function formatCheckReport(report, s, elapsedMs) {
  const lines = [];
  const g = report.git;
  if (g) {
    const ref = g.ref ? g.ref.replace(/^refs\/heads\//, "") : "detached HEAD";
    lines.push(`${s.bold("repository")} ${g.root}`);
    lines.push(`  commit ${g.commit.slice(0, 12)} (${ref})  tree ${g.tree.slice(0, 12)}`);
    if (report.config) lines.push(`  config ${report.config}`);
  } else {
    lines.push(`${s.bold("folder")} ${report.root}`);
  }
  lines.push("");
  for (const [code, title] of GROUPS) {
    const items = report.problems.filter((p) => p.code === code);
    if (items.length === 0) continue;
    lines.push(s.red(`\u2717 ${title} (${items.length})`));
    const hints = new Set(items.map((p) => p.hint).filter((h) => Boolean(h)));
    for (const p of items) {
      lines.push(`    ${p.message}`);
      const d = report.data.find((x) => x.path === p.path);
      for (const c of d?.changed?.slice(0, 20) ?? []) lines.push(s.dim(`      ${c}`));
      if (d?.changed && d.changed.length > 20) lines.push(s.dim(`      \u2026 and ${d.changed.length - 20} more`));
      if (hints.size > 1 && p.hint) lines.push(s.yellow(`      \u2192 ${p.hint}`));
    }
    if (hints.size === 1) lines.push(s.yellow(`    \u2192 ${[...hints][0]}`));
    if (code === "dirty") lines.push(s.yellow("    \u2192 commit or stash these changes"));
  }
  const ok = report.data.filter((d) => d.status === "ok");
  if (ok.length > 0) {
    const byKind = /* @__PURE__ */ new Map();
    for (const d of ok) byKind.set(d.kind ?? "?", (byKind.get(d.kind ?? "?") ?? 0) + 1);
    const kinds = [...byKind].map(([k, n]) => `${n} ${k}`).join(", ");
    lines.push(s.green(`\u2713 ${ok.length} data path${ok.length === 1 ? "" : "s"} verified (${kinds})`));
  }
  if (g && !g.dirty) lines.push(s.green("\u2713 working tree clean"));
  if (report.notes.length > 0) {
    lines.push("", s.dim("notes:"));
    for (const n of report.notes) lines.push(s.dim(`  - ${n}`));
  }
  const st = report.stats;
  const timing = elapsedMs === void 0 ? "" : ` in ${(elapsedMs / 1e3).toFixed(1)}s`;
  lines.push(
    "",
    (report.ok ? s.green("PASS") : s.red(`FAIL: ${report.problems.length} problem${report.problems.length === 1 ? "" : "s"}`)) + s.dim(`  (hashed ${st.hashedFiles} files, ${formatBytes(st.hashedBytes)}; ${st.cacheHits} from cache${timing})`)
  );
  return `${lines.join("\n")}
`;
}

// src/cli/buildCommand.ts
async function runBuild(args) {
  const s = styleFor(process.stdout);
  const log = (line) => {
    if (!args.json) process.stdout.write(`${line}
`);
  };
  const progress = new ProgressLine(process.stderr, 0);
  const epochLine = (r, epochs) => {
    const extra = Object.keys(r).filter((k) => !["epoch", "loss", "val_loss"].includes(k)).map((k) => `  ${k} ${r[k].toFixed(4)}`).join("");
    return `epoch ${String(r.epoch).padStart(String(epochs).length)}/${epochs}  loss ${r.loss.toFixed(4)}  val_loss ${r.val_loss.toFixed(4)}${extra}`;
  };
  const result = await buildModel({
    config: args.config,
    out: args.out,
    backend: args.backend,
    allowDirty: args.allowDirty,
    sourceDateEpoch: sourceDateEpoch(),
    builder: { id: "model-build/cli" },
    onCheckProgress: (p) => progress.update(`checking: hashed ${p.filesDone}/${p.filesQueued} files, ${formatBytes(p.bytesDone)}`),
    onEpoch: (r, epochs) => {
      if (args.json) return;
      if (process.stderr.isTTY) progress.update(`${bar(r.epoch / epochs)} ${epochLine(r, epochs)}`);
      else log(epochLine(r, epochs));
    }
  });
  progress.done();
  if (args.json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}
`);
  } else {
    process.stdout.write(formatBuild(result, s));
  }
  if (result.status === "refused") return 1;
  return result.result.gatesPassed ? 0 : 1;
}
function sourceDateEpoch() {
  const v = process.env.SOURCE_DATE_EPOCH;
  if (v === void 0 || v === "") return void 0;
  if (!/^\d+$/.test(v)) throw new ModelBuildError("USAGE", `SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${v}"`);
  return Number(v);
}
var bar = (fraction, width = 20) => {
  const filled = Math.round(fraction * width);
  return `[${"#".repeat(filled)}${".".repeat(width - filled)}]`;
};
var fmt2 = (v) => Number.isInteger(v) ? String(v) : v.toFixed(4);
function formatBuild(result, s) {
  if (result.status === "refused") {
    return `${formatCheckReport(result.check, s)}${s.red("build refused: the code or data is not versioned")} (pass --allow-dirty to build anyway; the model records it)
`;
  }
  const r = result.result;
  const lines = [];
  const g = result.check.git;
  if (g) lines.push(`${s.bold("commit")} ${g.commit.slice(0, 12)}  ${result.allowedDirty ? s.yellow("(dirty: built with --allow-dirty)") : s.green("clean")}`);
  const rt = r.runtime;
  lines.push(`${s.bold("backend")} ${rt.backend} (tfjs ${rt.tfjsVersion}${rt.simd === null ? "" : rt.simd ? ", SIMD" : ", no SIMD"})`);
  for (const f of rt.fallbacks) lines.push(s.dim(`  not used: ${f}`));
  lines.push(`${s.bold("data")} ${r.data.rows} rows: ${r.data.train} train, ${r.data.validation} validation`);
  for (const c of r.data.cleaning) if (c.rows > 0) lines.push(s.dim(`  ${c.step}${c.column ? ` ${c.column}` : ""}: ${c.rows} row${c.rows === 1 ? "" : "s"}`));
  lines.push(`${s.bold("training")} ${r.epochsRun} epochs${r.stoppedEarly ? ` (stopped early; weights from epoch ${r.bestEpoch})` : ""}, seed ${r.seed}`);
  for (const w of r.warnings) lines.push(s.yellow(`warning: ${w}`));
  lines.push("", s.bold(`validation metrics (${r.task})`));
  for (const [k, v] of Object.entries(r.metrics)) {
    if (typeof v === "number") lines.push(`  ${k.padEnd(10)} ${fmt2(v)}`);
  }
  const cm = r.metrics.confusionMatrix;
  if (Array.isArray(cm) && r.classes) {
    const w = Math.max(...r.classes.map((c) => c.length), 5);
    lines.push(s.dim(`  confusion (rows: true, columns: predicted)`));
    lines.push(s.dim(`  ${"".padEnd(w)} ${r.classes.map((c) => c.padStart(w)).join(" ")}`));
    cm.forEach((row, i) => lines.push(s.dim(`  ${r.classes[i].padEnd(w)} ${row.map((n) => String(n).padStart(w)).join(" ")}`)));
  }
  if (r.gates.length > 0) {
    lines.push("", s.bold("gates"));
    for (const gate of r.gates) {
      const mark = gate.passed ? s.green("\u2713") : s.red("\u2717");
      const margin = `${gate.margin >= 0 ? "+" : ""}${fmt2(gate.margin)}`;
      lines.push(`  ${mark} ${gate.metric} ${gate.op} ${gate.threshold}  got ${fmt2(gate.actual)} (${margin})`);
    }
  }
  const rel = path7.relative(process.cwd(), result.modelDir) || ".";
  lines.push("", `${s.bold("model")} ${rel}/ (${result.files.join(", ")})`);
  if (result.package) {
    lines.push(`${s.bold("package")} ${path7.relative(process.cwd(), result.package.archive)}`);
    lines.push(`  archive  ${result.package.digest}`, `  contents ${result.package.contentDigest}`);
    if (result.provenance) lines.push(`  provenance ${path7.relative(process.cwd(), result.provenance)}`);
  }
  lines.push(r.gatesPassed ? s.green("BUILT") : s.red(`FAILED: ${r.gates.filter((x) => !x.passed).length} gate(s) not met; the model was written for inspection, not packaged`));
  return `${lines.join("\n")}
`;
}

// src/cli/inspectCommand.ts
import path9 from "node:path";

// src/core/package/readPackage.ts
import { createHash as createHash2 } from "node:crypto";
import { readFileSync as readFileSync3 } from "node:fs";

// src/core/predict/loadModel.ts
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
import path8 from "node:path";
async function loadModel(dir, options = {}) {
  const modelDir = existsSync2(path8.join(dir, "model", "model.json")) ? path8.join(dir, "model") : dir;
  return loadModelFrom((name) => {
    const at = name === "preprocessor.json" ? dir : modelDir;
    try {
      return readFileSync2(path8.join(at, name));
    } catch (e) {
      throw new ModelBuildError("FILE_UNREADABLE", `cannot read ${name}: ${e.code ?? e.message}`, {
        file: path8.join(at, name),
        hint: "point --model at a directory written by `model-build build`"
      });
    }
  }, options);
}
async function loadModelFrom(read, options = {}) {
  const json2 = (name) => {
    const bytes = read(name);
    try {
      return JSON.parse(bytes.toString("utf8"));
    } catch {
      throw new ModelBuildError("FILE_UNREADABLE", `${name} is not valid JSON`, { file: name });
    }
  };
  const preprocessor = json2("preprocessor.json");
  if (preprocessor.format !== 1) {
    throw new ModelBuildError("FILE_UNREADABLE", `preprocessor.json has format ${preprocessor.format}; this model-build reads format 1`, {
      file: "preprocessor.json",
      hint: "upgrade model-build"
    });
  }
  const modelJson = json2("model.json");
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

// src/core/package/readPackage.ts
var sha2562 = (b) => createHash2("sha256").update(b).digest("hex");
function invalid(archive, message, hint) {
  return new ModelBuildError("PACKAGE_INVALID", message, { file: archive, hint: hint ?? "rebuild the package, or fetch it again from where it was published" });
}
function readPackage(archive) {
  let bytes;
  try {
    bytes = readFileSync3(archive);
  } catch (e) {
    throw new ModelBuildError("FILE_UNREADABLE", `cannot read the package (${e.code ?? e.message})`, { file: archive });
  }
  const entries = new Map(readZip(bytes, { display: archive }).map((e) => [e.name, e.data]));
  const manifestBytes = entries.get("MANIFEST.sha256");
  if (!manifestBytes) throw invalid(archive, "the archive has no MANIFEST.sha256: it is not a model-build package");
  const listed = /* @__PURE__ */ new Map();
  manifestBytes.toString("utf8").split("\n").filter((l) => l !== "").forEach((line, i) => {
    const m = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (!m) throw invalid(archive, `MANIFEST.sha256 line ${i + 1} is not "<sha256>  <path>"`);
    listed.set(m[2], m[1]);
  });
  for (const [name, data] of entries) {
    if (name === "MANIFEST.sha256") continue;
    const expected = listed.get(name);
    if (!expected) throw invalid(archive, `${name} is in the archive but not in MANIFEST.sha256: the package was altered`);
    if (sha2562(data) !== expected) throw invalid(archive, `${name} does not match its digest in MANIFEST.sha256: the package was tampered with or damaged`);
  }
  for (const name of listed.keys()) {
    if (!entries.has(name)) throw invalid(archive, `${name} is listed in MANIFEST.sha256 but missing from the archive`);
  }
  const metaBytes = entries.get("metadata.json");
  if (!metaBytes) throw invalid(archive, "the archive has no metadata.json");
  let metadata;
  try {
    metadata = JSON.parse(metaBytes.toString("utf8"));
  } catch {
    throw invalid(archive, "metadata.json is not valid JSON");
  }
  const format = metadata?.format;
  if (typeof format === "number" && format > METADATA_FORMAT) {
    throw invalid(archive, `metadata.json has format ${format}; this model-build reads up to format ${METADATA_FORMAT}`, "upgrade model-build to read this package");
  }
  validateMetadata(metadata, `${archive}: metadata.json`);
  for (const [name, digest] of Object.entries(metadata.files)) {
    const data = entries.get(name);
    if (!data || `sha256:${sha2562(data)}` !== digest) throw invalid(archive, `metadata.json records ${name} with a digest the archive does not match`);
  }
  return {
    archive,
    digest: `sha256:${sha2562(bytes)}`,
    contentDigest: `sha256:${sha2562(manifestBytes)}`,
    metadata,
    files: [...entries].sort((a, b) => compareBytes(a[0], b[0])).map(([name, data]) => ({ name, size: data.length, sha256: sha2562(data) })),
    entries
  };
}

// src/cli/inspectCommand.ts
async function runInspect(args) {
  const { entries: _entries, ...pkg } = readPackage(path9.resolve(args.archive));
  if (args.json) {
    process.stdout.write(`${JSON.stringify(pkg, null, 2)}
`);
    return 0;
  }
  const s = styleFor(process.stdout);
  const m = pkg.metadata;
  const fmt3 = (v) => Number.isInteger(v) ? String(v) : v.toFixed(4);
  const lines = [
    `${s.bold(m.name)}${m.version ? ` ${m.version}` : ""}  ${s.green("\u2713 every file matches MANIFEST.sha256 and the metadata schema")}`,
    `  archive   ${pkg.digest}`,
    `  contents  ${pkg.contentDigest}`,
    `  built     ${m.timestamp} by model-build ${m.createdBy.version}`,
    `  code      ${m.code.commit}${m.code.ref ? ` (${m.code.ref})` : ""}${m.code.dirty ? s.yellow(" DIRTY") : ""}${m.code.repository ? `  ${m.code.repository}` : ""}`,
    `  config    ${m.config.path} ${m.config.digest}`,
    ...m.data.map((d) => `  data      ${d.path}  ${d.kind ?? "unversioned"} ${d.hash ?? ""}${d.rows !== null ? `  ${d.rows} rows` : ""}`),
    `  training  ${m.task} on ${m.training.backend} (tfjs ${m.training.tfjsVersion}), seed ${m.training.seed}, ${m.training.epochsRun} epochs`,
    `  runtime   node ${m.environment.node} ${m.environment.platform}-${m.environment.arch}; ${Object.entries(m.environment.dependencies).map(([k, v]) => `${k}@${v}`).join(", ")}`,
    `  metrics   ${Object.entries(m.metrics).filter((e) => typeof e[1] === "number").map(([k, v]) => `${k} ${fmt3(v)}`).join(", ")}`,
    ...m.gates.map((g) => `  gate      ${g.passed ? s.green("\u2713") : s.red("\u2717")} ${g.metric} ${g.op} ${g.threshold} (${fmt3(g.actual)})`),
    "  files",
    ...pkg.files.map((f) => `    ${f.sha256.slice(0, 12)}  ${formatBytes(f.size).padStart(10)}  ${f.name}`)
  ];
  process.stdout.write(`${lines.join("\n")}
`);
  return 0;
}

// src/cli/predictCommand.ts
import { createWriteStream } from "node:fs";
import path11 from "node:path";

// src/core/data/records.ts
import { createReadStream as createReadStream2 } from "node:fs";
import path10 from "node:path";
async function* readRecords(file, options = {}) {
  const display = options.display ?? file;
  const format = formatOf(file, display, options.format);
  const stream = createReadStream2(file, { highWaterMark: 1 << 16 });
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
  const delimiter = options.delimiter ?? (path10.extname(file).toLowerCase() === ".tsv" ? "	" : ",");
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
    yield { line, record: Object.fromEntries(header.map((h, i) => [h, fields[i]])) };
  }
}

// src/cli/predictCommand.ts
var BATCH = 4096;
async function runPredict(args) {
  const model = await loadModel(path11.resolve(args.model), { backend: args.backend });
  const out = args.output ? createWriteStream(args.output) : process.stdout;
  const write = (text) => new Promise((resolve, reject) => out.write(text, (e) => e ? reject(e) : resolve()));
  let batch = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const predictions = model.predict(batch);
    await write(predictions.map((p) => JSON.stringify(p)).join("\n") + "\n");
    batch = [];
  };
  for await (const { record } of readRecords(path11.resolve(args.input), { display: args.input })) {
    batch.push(record);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  model.dispose();
  if (out !== process.stdout) await new Promise((resolve) => out.end(resolve));
  return 0;
}

// src/core/verify/verifyBuild.ts
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync as rmSync3 } from "node:fs";
import { tmpdir } from "node:os";
import path12 from "node:path";

// src/core/verify/compare.ts
function comparePackages(reference, rebuild) {
  const ref = new Map(reference.files.map((f) => [f.name, f.sha256]));
  const now = new Map(rebuild.files.map((f) => [f.name, f.sha256]));
  const files = [];
  for (const name of [.../* @__PURE__ */ new Set([...ref.keys(), ...now.keys()])].sort(compareBytes)) {
    if (ref.get(name) !== now.get(name)) files.push({ file: name, expected: ref.get(name) ?? null, actual: now.get(name) ?? null });
  }
  const weightsDiffer = files.some((f) => f.file === "model/weights.bin");
  const tensors = weightsDiffer ? tensorDifferences(reference.entries, rebuild.entries) : [];
  const metrics = [];
  for (const [metric, expected] of Object.entries(reference.metadata.metrics)) {
    const actual = rebuild.metadata.metrics[metric];
    if (typeof expected === "number" && typeof actual === "number" && expected !== actual) {
      metrics.push({ metric, expected, actual, delta: actual - expected });
    }
  }
  return {
    identical: reference.digest === rebuild.digest,
    sameContents: reference.contentDigest === rebuild.contentDigest,
    files,
    tensors,
    metrics,
    causes: likelyCauses(reference, rebuild, files)
  };
}
function likelyCauses(a, b, files) {
  if (a.digest === b.digest) return [];
  const ma = a.metadata;
  const mb = b.metadata;
  const causes = [];
  if (ma.code.tree !== mb.code.tree) causes.push(`different code: tree ${ma.code.tree.slice(0, 12)} vs ${mb.code.tree.slice(0, 12)}`);
  else if (ma.code.commit !== mb.code.commit) causes.push(`different commit with the same code: ${ma.code.commit.slice(0, 12)} vs ${mb.code.commit.slice(0, 12)}`);
  if (ma.config.digest !== mb.config.digest) causes.push("different config file");
  const dataA = JSON.stringify(ma.data.map((d) => [d.path, d.hash]));
  const dataB = JSON.stringify(mb.data.map((d) => [d.path, d.hash]));
  if (dataA !== dataB) causes.push("different data: the data hashes differ");
  if (ma.training.backend !== mb.training.backend) causes.push(`different backend: ${ma.training.backend} vs ${mb.training.backend} (numbers differ by backend)`);
  else if (ma.training.backendVersion !== mb.training.backendVersion) causes.push(`different backend version: ${ma.training.backendVersion} vs ${mb.training.backendVersion}`);
  if (ma.environment.lockfileDigest !== mb.environment.lockfileDigest) {
    const deps = Object.keys({ ...ma.environment.dependencies, ...mb.environment.dependencies }).filter((k) => ma.environment.dependencies[k] !== mb.environment.dependencies[k]).map((k) => `${k} ${ma.environment.dependencies[k] ?? "absent"} vs ${mb.environment.dependencies[k] ?? "absent"}`);
    causes.push(`different dependency versions${deps.length ? `: ${deps.join(", ")}` : " (lockfile)"}`);
  }
  if (ma.createdBy.version !== mb.createdBy.version) causes.push(`different model-build version: ${ma.createdBy.version} vs ${mb.createdBy.version}`);
  if (ma.environment.node !== mb.environment.node) causes.push(`different Node.js: ${ma.environment.node} vs ${mb.environment.node}`);
  if (ma.timestamp !== mb.timestamp) causes.push(`different timestamp: ${ma.timestamp} vs ${mb.timestamp} (set SOURCE_DATE_EPOCH, or build from the same commit)`);
  if (ma.code.ref !== mb.code.ref) causes.push(`different ref recorded: ${ma.code.ref ?? "detached"} vs ${mb.code.ref ?? "detached"}`);
  if (causes.length === 0) {
    if (a.contentDigest === b.contentDigest) causes.push("same contents, different archive bytes: a different zlib (Node.js build) compressed them differently");
    else if (files.some((f) => f.file === "model/weights.bin")) causes.push("the weights differ with identical inputs: training is not deterministic here (a custom model module with unseeded initializers or dropout?)");
    else causes.push(`files differ with identical recorded inputs: ${files.map((f) => f.file).join(", ")}`);
  }
  return causes;
}
function tensorDifferences(a, b) {
  const tensors = (entries) => {
    const model = JSON.parse(entries.get("model/model.json")?.toString("utf8") ?? "{}");
    const bin = entries.get("model/weights.bin") ?? Buffer.alloc(0);
    const out = /* @__PURE__ */ new Map();
    let offset = 0;
    for (const spec of (model.weightsManifest ?? []).flatMap((m) => m.weights)) {
      const count = spec.shape.reduce((x, y) => x * y, 1);
      const bytes = count * 4;
      const slice = bin.subarray(offset, offset + bytes);
      offset += bytes;
      const values = spec.dtype === "float32" && slice.length === bytes ? new Float32Array(Uint8Array.from(slice).buffer) : null;
      out.set(spec.name, { shape: spec.shape, values });
    }
    return out;
  };
  const ta = tensors(a);
  const tb = tensors(b);
  const result = [];
  for (const name of [.../* @__PURE__ */ new Set([...ta.keys(), ...tb.keys()])].sort(compareBytes)) {
    const x = ta.get(name);
    const y = tb.get(name);
    if (!x || !y || x.shape.join() !== y.shape.join() || !x.values || !y.values) {
      result.push({ name, maxAbsDiff: Infinity });
      continue;
    }
    let max = 0;
    for (let i = 0; i < x.values.length; i++) max = Math.max(max, Math.abs(x.values[i] - y.values[i]));
    result.push({ name, maxAbsDiff: max });
  }
  return result;
}

// src/core/verify/verifyBuild.ts
async function verifyBuild(options = {}) {
  const cwd = path12.resolve(options.cwd ?? process.cwd());
  const command = options.command ?? [process.execPath, ownFile("dist/cli.js")];
  const config = path12.resolve(cwd, options.config ?? "model-build.yml");
  const reference = options.against ? readPackage(path12.resolve(cwd, options.against)) : null;
  const runs = Math.max(options.against ? 1 : 2, options.runs ?? (options.against ? 1 : 2));
  const backend = options.backend ?? reference?.metadata.training.backend;
  const epoch = reference ? String(Date.parse(reference.metadata.timestamp) / 1e3) : process.env.SOURCE_DATE_EPOCH;
  const work = mkdtempSync(path12.join(tmpdir(), "model-build-verify-"));
  try {
    const built = [];
    for (let i = 0; i < runs; i++) {
      const out = path12.join(work, `run-${i + 1}`);
      const result = await runBuild2(command, ["build", "--config", config, "--out", out, "--json", ...backend ? ["--backend", backend] : []], cwd, epoch);
      if (result.status === "refused") {
        return failed(reference, built, { reason: "refused", check: result.check, message: "the rebuild was refused: the working tree or data is not versioned" });
      }
      if (!result.package) {
        return failed(reference, built, { reason: "gates", message: "the rebuild missed a gate, so it was not packaged" });
      }
      built.push(readPackage(result.package.archive));
    }
    const ref = reference ?? built[0];
    const rebuilds = reference ? built : built.slice(1);
    const comparisons = rebuilds.map((b) => comparePackages(ref, b));
    return {
      format: 1,
      reproducible: comparisons.every((c) => c.identical),
      reference: { ...summary(ref), source: reference ? "package" : "rebuild" },
      rebuilds: built.map(summary),
      comparisons
    };
  } finally {
    rmSync3(work, { recursive: true, force: true });
  }
}
var summary = (p) => ({ archive: p.archive, digest: p.digest, contentDigest: p.contentDigest });
function failed(reference, built, failure) {
  const ref = reference ?? built[0];
  return {
    format: 1,
    reproducible: false,
    reference: ref ? { ...summary(ref), source: reference ? "package" : "rebuild" } : { archive: "", digest: "", contentDigest: "", source: "rebuild" },
    rebuilds: built.map(summary),
    comparisons: [],
    failure
  };
}
function runBuild2(command, args, cwd, epoch) {
  return new Promise((resolve, reject) => {
    const env = { ...process.env };
    if (epoch !== void 0) env.SOURCE_DATE_EPOCH = epoch;
    const child = spawn(command[0], [...command.slice(1), ...args], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    const out = [];
    const err = [];
    child.stdout.on("data", (b) => out.push(b));
    child.stderr.on("data", (b) => err.push(b));
    child.on("error", (e) => reject(new ModelBuildError("INTERNAL", `cannot start a rebuild: ${e.message}`)));
    child.on("close", () => {
      const text = Buffer.concat(out).toString("utf8");
      let parsed;
      try {
        parsed = JSON.parse(text);
      } catch {
        reject(new ModelBuildError("INTERNAL", `a rebuild printed no result: ${Buffer.concat(err).toString("utf8").trim().split("\n")[0] ?? ""}`));
        return;
      }
      if (parsed.error) {
        const { code, message, file, line, hint } = parsed.error;
        reject(new ModelBuildError(code, message, { file, line, hint }));
        return;
      }
      resolve(parsed);
    });
  });
}

// src/cli/verifyCommand.ts
async function runVerify(args) {
  if (!args.json) process.stderr.write(args.against ? `rebuilding to compare with ${args.against}\u2026
` : `rebuilding ${args.runs ?? 2} times in separate processes\u2026
`);
  const report = await verifyBuild({ config: args.config, against: args.against, runs: args.runs, backend: args.backend });
  process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}
` : formatVerify(report, styleFor(process.stdout)));
  return report.reproducible ? 0 : 1;
}
var num = (v) => Number.isInteger(v) ? String(v) : Math.abs(v) < 1e-4 ? v.toExponential(2) : v.toFixed(6);
function formatVerify(r, s) {
  const lines = [];
  if (r.failure) {
    if (r.failure.check) lines.push(formatCheckReport(r.failure.check, s).trimEnd());
    lines.push(s.red(`NOT VERIFIED: ${r.failure.message}`));
    return `${lines.join("\n")}
`;
  }
  lines.push(`reference (${r.reference.source === "package" ? "the package" : "rebuild 1"}): ${r.reference.digest}`);
  r.comparisons.forEach((c, i) => {
    const n = r.reference.source === "package" ? i + 1 : i + 2;
    const digest = r.rebuilds[r.reference.source === "package" ? i : i + 1].digest;
    lines.push(`rebuild ${n}: ${digest} ${c.identical ? s.green("identical") : s.red("DIFFERENT")}`);
    if (c.identical) return;
    for (const f of c.files) lines.push(`  differs: ${f.file}${f.expected === null ? " (only in the rebuild)" : f.actual === null ? " (missing from the rebuild)" : ""}`);
    const moved = c.tensors.filter((t) => t.maxAbsDiff !== 0);
    for (const t of moved) lines.push(s.dim(`  weights ${t.name}: max |\u0394| ${num(t.maxAbsDiff)}`));
    for (const m of c.metrics) lines.push(s.dim(`  metric ${m.metric}: ${num(m.expected)} \u2192 ${num(m.actual)} (\u0394 ${m.delta >= 0 ? "+" : ""}${num(m.delta)})`));
    for (const cause of c.causes) lines.push(s.yellow(`  likely cause: ${cause}`));
  });
  lines.push(r.reproducible ? s.green("REPRODUCIBLE: byte-identical archives") : s.red("NOT REPRODUCIBLE"));
  return `${lines.join("\n")}
`;
}

// src/cli/main.ts
var USAGE = `Usage: model-build <command> [options]

Commands:
  check     refuse unversioned code or data: git tree clean, DVC and LFS data pulled and
            matching their committed pointers, every data path in the config versioned
              --root DIR        folder inside the repository (default: .)
              --config FILE     config file (default: model-build.yml in --root, if any)
              --json            print the report as JSON (format 1)
              --no-cache        hash every file again, ignoring the hash cache
  build     check, then train and evaluate the model the config describes and write the
            model directory (model.json, weights.bin, preprocessor.json, metrics.json)
              --config FILE     config file (default: model-build.yml)
              --out DIR         output folder (default: package.out beside the config)
              --backend B       auto | tensorflow | wasm | cpu (default: training.backend)
              --allow-dirty     build even if the check fails (recorded in metrics.json)
              --json            print the result as JSON
  verify    the reproducibility gate: rebuild in separate processes and compare archives
              --config FILE     config file (default: model-build.yml)
              --against PKG     compare with this package instead of rebuilds with each other
              --runs N          rebuilds (default 2 without --against, else 1)
              --backend B       backend for the rebuilds (default: the package's)
              --json            print the comparison as JSON
  inspect   verify a model package (digests, schema, safe archive) and print its metadata
              PACKAGE           the .zip written by build
              --json            print the metadata and file digests as JSON
  predict   run a built model on records and write JSON Lines
              --model DIR       a model directory written by build
              --input FILE      CSV, JSON Lines or JSON records
              --output FILE     where to write (default: standard output)
              --backend B       auto | tensorflow | wasm | cpu

Options:
  -h, --help      show this help
  -v, --version   print the version

Exit codes: 0 ok \xB7 1 check or gate failed, not reproducible \xB7 2 usage or input error
`;
var BACKENDS = ["auto", "tensorflow", "wasm", "cpu"];
function backendOf(v) {
  const b = v.backend;
  if (b === void 0) return void 0;
  if (!BACKENDS.includes(b)) {
    throw new ModelBuildError("USAGE", `--backend must be one of ${BACKENDS.join(", ")} (got "${b}")`);
  }
  return b;
}
function required(v, name, command) {
  const value = v[name];
  if (typeof value !== "string" || value === "") {
    throw new ModelBuildError("USAGE", `${command}: --${name} is required`, { hint: "run `model-build --help`" });
  }
  return value;
}
var COMMANDS = {
  check: {
    options: {
      root: { type: "string" },
      config: { type: "string", short: "c" },
      json: { type: "boolean", default: false },
      "no-cache": { type: "boolean", default: false }
    },
    run: (v) => runCheck({ root: v.root, config: v.config, json: Boolean(v.json), noCache: Boolean(v["no-cache"]) })
  },
  build: {
    options: {
      config: { type: "string", short: "c" },
      out: { type: "string", short: "o" },
      backend: { type: "string" },
      "allow-dirty": { type: "boolean", default: false },
      json: { type: "boolean", default: false }
    },
    run: (v) => runBuild({
      config: v.config,
      out: v.out,
      backend: backendOf(v),
      allowDirty: Boolean(v["allow-dirty"]),
      json: Boolean(v.json)
    })
  },
  verify: {
    options: {
      config: { type: "string", short: "c" },
      against: { type: "string" },
      runs: { type: "string" },
      backend: { type: "string" },
      json: { type: "boolean", default: false }
    },
    run: (v) => {
      const runs = v.runs === void 0 ? void 0 : Number(v.runs);
      if (runs !== void 0 && (!Number.isInteger(runs) || runs < 1 || runs > 20)) {
        throw new ModelBuildError("USAGE", `--runs must be a whole number from 1 to 20 (got "${String(v.runs)}")`);
      }
      return runVerify({ config: v.config, against: v.against, runs, backend: backendOf(v), json: Boolean(v.json) });
    }
  },
  inspect: {
    options: { json: { type: "boolean", default: false } },
    positionals: 1,
    run: (v, positionals) => {
      const archive = positionals[0];
      if (!archive) throw new ModelBuildError("USAGE", "inspect: name the package, e.g. `model-build inspect out/penguins-1a2b3c4d5e6f.zip`");
      return runInspect({ archive, json: Boolean(v.json) });
    }
  },
  predict: {
    options: {
      model: { type: "string", short: "m" },
      input: { type: "string", short: "i" },
      output: { type: "string" },
      backend: { type: "string" }
    },
    run: (v) => runPredict({
      model: required(v, "model", "predict"),
      input: required(v, "input", "predict"),
      output: v.output,
      backend: backendOf(v)
    })
  }
};
async function main(argv) {
  const [command, ...rest] = argv;
  const wantsJson = rest.includes("--json");
  try {
    if (!command || command === "-h" || command === "--help" || command === "help") {
      process.stdout.write(USAGE);
      return command ? 0 : 2;
    }
    if (command === "-v" || command === "--version") {
      const pkg = JSON.parse(readFileSync4(ownFile("package.json"), "utf8"));
      process.stdout.write(`${pkg.version}
`);
      return 0;
    }
    const cmd = COMMANDS[command];
    if (!cmd) {
      throw new ModelBuildError("USAGE", `unknown command "${command}"`, { hint: "run `model-build --help` for the list" });
    }
    const { values, positionals } = parseWith(command, rest, cmd.options);
    if (values.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    if (positionals.length > (cmd.positionals ?? 0)) {
      throw new ModelBuildError("USAGE", `${command}: unexpected argument "${positionals[cmd.positionals ?? 0]}"`, { hint: "run `model-build --help`" });
    }
    return await cmd.run(values, positionals);
  } catch (e) {
    return reportError(e, wantsJson);
  }
}
function parseWith(command, args, options) {
  try {
    return parseArgs({ args, options: { ...options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new ModelBuildError("USAGE", `${command}: ${e.message}`, { hint: `run \`model-build --help\`` });
  }
}
function reportError(e, json2) {
  const known = ModelBuildError.is(e);
  if (json2) {
    const err = known ? { code: e.code, message: e.message, ...e.location, hint: e.hint, details: e.details } : { code: "INTERNAL", message: e?.message ?? String(e) };
    process.stdout.write(`${JSON.stringify({ error: err }, null, 2)}
`);
  } else {
    const s = styleFor(process.stderr);
    const text = known ? e.format() : `internal error: ${e?.message ?? String(e)}
  hint: please report this with MODEL_BUILD_DEBUG=1 output`;
    process.stderr.write(`${s.red("error:")} ${text}
`);
  }
  if (process.env.MODEL_BUILD_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}
`);
  return 2;
}

// src/cli/index.ts
process.exitCode = await main(process.argv.slice(2));
