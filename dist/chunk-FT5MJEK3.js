import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);
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

// src/core/data/limits.ts
var DATA_LIMITS = {
  // 1 MiB: a cell that long is a document, not a feature; an unclosed quote is the usual cause.
  maxFieldChars: 1 << 20,
  // 8 MiB: e.g. 10 000 columns of 800 characters each.
  maxRecordChars: 8 << 20,
  // 10 000: the model's input layer and the profile grow with it; wider data needs feature selection first.
  maxColumns: 1e4,
  // 1 024: names show in reports, metadata and the model card.
  maxColumnNameChars: 1024,
  // 256 MiB: JSON.parse needs several times the file size in memory.
  maxJsonFileBytes: 256 << 20
};
function dataLimits(given) {
  return { ...DATA_LIMITS, ...Object.fromEntries(Object.entries(given ?? {}).filter(([, v]) => v !== void 0)) };
}
var count = (n) => n.toLocaleString("en-US");

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
var nulError = (file, line) => new ModelBuildError("DATA_INVALID", "contains a NUL byte: not a text file", {
  file,
  line,
  hint: "the file is binary, UTF-16 or damaged from this line on; save the data as UTF-8 text"
});
var invalidUtf8 = (file, line) => new ModelBuildError("DATA_INVALID", "not valid UTF-8 text", {
  file,
  line,
  hint: "save the file as UTF-8 (for example `iconv -f latin1 -t utf-8 in.csv > out.csv`)"
});
var Utf8Chunks = class {
  decoder;
  sawText;
  /** `midFile`: the bytes start inside a file, where a U+FEFF is a character, not a BOM. */
  constructor(midFile = false) {
    this.decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: midFile });
    this.sawText = midFile;
  }
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
  utf8;
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
  limits;
  /** Characters of the current record in fields already pushed. */
  recordChars = 0;
  /** Fields past the column limit, counted but not kept, so the error can name the count. */
  dropped = 0;
  constructor(options = {}) {
    this.limits = dataLimits(options.limits);
    this.utf8 = new Utf8Chunks(options.midFile === true);
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
  /** Between records: nothing of a next record read yet (a place a range of the file may end). */
  get atRecordStart() {
    return this.state === FIELD_START && this.fields.length === 0 && this.part === "";
  }
  /** Line breaks read so far (`\n`, `\r\n`, lone `\r`, inside quoted fields too). */
  get lineBreaks() {
    return this.line - 1;
  }
  /** Feeds a chunk of bytes (UTF-8) or text. */
  push(chunk) {
    const text = this.utf8.decode(chunk, (prefix) => this.failUtf8(prefix));
    this.scanChecked(text);
    return this.take();
  }
  /** Scans text, refusing a NUL anywhere (not only in the first bytes) at its line. */
  scanChecked(text) {
    const nul = text.indexOf("\0");
    if (nul < 0) return this.scan(text);
    this.scan(text.slice(0, nul));
    throw nulError(this.display, this.line);
  }
  /** Ends the input: completes a last record without a line break, or fails on an open quote. */
  end() {
    this.scanChecked(this.utf8.flush((prefix) => this.failUtf8(prefix)));
    switch (this.state) {
      case QUOTED:
        throw new ModelBuildError("DATA_INVALID", "a quoted field starts here but never ends", {
          file: this.display,
          line: this.quoteLine,
          hint: 'close the field with a quote; a quote inside a quoted field is written twice ("")'
        });
      case QUOTE_SEEN:
      case UNQUOTED:
        this.pushField(this.part);
        this.part = "";
        this.emit();
        break;
      case AFTER_QUOTE:
        this.emit();
        break;
      case FIELD_START:
        if (this.fields.length > 0) {
          this.pushField("");
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
    if (this.dropped > 0) throw this.tooManyColumns(this.fields.length + this.dropped, this.recordLine);
    this.out.push({ line: this.recordLine, fields: this.fields, quoted: this.quoted });
    this.fields = [];
    this.quoted = void 0;
    this.recordChars = 0;
  }
  /** Adds a field to the record, within the field, record and column limits. */
  pushField(text) {
    this.checkField(text.length);
    this.recordChars += text.length + 1;
    this.checkRecord(0);
    if (this.fields.length < this.limits.maxColumns) this.fields.push(text);
    else this.dropped++;
  }
  checkField(length) {
    if (length <= this.limits.maxFieldChars) return;
    throw new ModelBuildError("DATA_INVALID", `a field is longer than the limit of ${count(this.limits.maxFieldChars)} characters`, {
      file: this.display,
      line: this.state === QUOTED ? this.quoteLine : this.recordLine,
      hint: this.state === QUOTED ? 'a quoted field starts here and runs on: close it with a quote (a quote inside a quoted field is written twice: "")' : "this is not tabular data, or the delimiter is wrong (check data.delimiter); a value this long cannot be a feature"
    });
  }
  /** `pending` characters not yet in `recordChars` (the field being read). */
  checkRecord(pending) {
    if (this.recordChars + pending <= this.limits.maxRecordChars) return;
    throw new ModelBuildError("DATA_INVALID", `a record is longer than the limit of ${count(this.limits.maxRecordChars)} characters`, {
      file: this.display,
      line: this.recordLine,
      hint: "this is not tabular data, or line breaks are missing (lines ending in a lone CR count as breaks; other separators do not)"
    });
  }
  tooManyColumns(n, line) {
    return new ModelBuildError("DATA_INVALID", `the record has ${count(n)} fields, more than the limit of ${count(this.limits.maxColumns)} columns`, {
      file: this.display,
      line,
      hint: "select the columns the model needs before building (e.g. with csvcut or pandas); check data.delimiter"
    });
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
            if (end > i) {
              const fields = s.slice(i, end).split(delimiter);
              this.recordLine = this.line;
              if (fields.length > this.limits.maxColumns) throw this.tooManyColumns(fields.length, this.line);
              if (end - i > this.limits.maxFieldChars) for (const f of fields) this.checkField(f.length);
              this.checkRecord(end - i);
              this.out.push({ line: this.line, fields, quoted: void 0 });
            }
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
          this.checkField(this.part.length);
          this.checkRecord(this.part.length);
          return;
        }
        const run = s.slice(i, j);
        this.pushField(this.part === "" ? run : this.part + run);
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
        this.checkField(this.part.length);
        this.checkRecord(this.part.length);
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
          this.pushField(this.part);
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
function lineAt(text, index, first = 1) {
  let line = first;
  for (let k = text.indexOf("\n"); k >= 0 && k < index; k = text.indexOf("\n", k + 1)) line++;
  return line;
}
function checkRecord(record, limits, display, line) {
  let keys = 0;
  for (const key in record) {
    if (!Object.hasOwn(record, key)) continue;
    keys++;
    const value = record[key];
    if (typeof value === "string") {
      if (value.length > limits.maxFieldChars) {
        throw new ModelBuildError("DATA_INVALID", `column ${shortName(key)}: the value is longer than the limit of ${count(limits.maxFieldChars)} characters`, {
          file: display,
          line,
          hint: "a value this long cannot be a feature; leave such columns out of the data"
        });
      }
    } else if (typeof value === "object" && value !== null) {
      throw new ModelBuildError("DATA_INVALID", `column ${shortName(key)} holds ${Array.isArray(value) ? "an array" : "an object"}, not a single value`, {
        file: display,
        line,
        hint: "flatten nested values into columns of their own: model-build reads flat records"
      });
    }
  }
  if (keys > limits.maxColumns) {
    throw new ModelBuildError("DATA_INVALID", `the record has ${count(keys)} keys, more than the limit of ${count(limits.maxColumns)} columns`, {
      file: display,
      line,
      hint: "select the columns the model needs before building"
    });
  }
}
var shortName = (name) => JSON.stringify(name.length > 60 ? `${name.slice(0, 60)}\u2026` : name);
async function* parseJsonRecords(source, format, display, options = {}) {
  const limits = dataLimits(options.limits);
  const records = format === "json" ? parseJsonArray(source, display, limits) : parseJsonLines(source, display, limits);
  for await (const r of records) {
    checkRecord(r.record, limits, display, r.line);
    yield r;
  }
}
async function* parseJsonLines(source, display, limits) {
  const parser = new JsonLinesParser(display, limits);
  for await (const chunk of source) for (const rec of parser.push(chunk)) yield rec;
  for (const rec of parser.end()) yield rec;
}
var JsonLinesParser = class {
  constructor(display, limits, midFile = false) {
    this.display = display;
    this.limits = limits;
    this.utf8 = new Utf8Chunks(midFile);
    this.seenRecord = midFile;
  }
  display;
  limits;
  utf8;
  line = 1;
  // Pieces of the current, unfinished line: a long line may span many chunks.
  pending = [];
  pendingChars = 0;
  seenRecord;
  out = [];
  /** An error met after records that come before it: thrown once they are handed out. */
  deferred;
  /** Line breaks (`\n`) read so far. */
  get lineBreaks() {
    return this.line - 1;
  }
  push(chunk) {
    return this.run(() => this.lines(this.utf8.decode(chunk, (prefix) => this.failUtf8(prefix))));
  }
  /** The end of input (no error is deferred past it: nothing would throw it). */
  end() {
    if (this.deferred !== void 0) throw this.deferred;
    this.lines(this.utf8.flush((prefix) => this.failUtf8(prefix)));
    const last = this.parseLine(this.pending.join(""));
    this.pending = [];
    this.pendingChars = 0;
    if (last) this.out.push(last);
    const out = this.out;
    this.out = [];
    return out;
  }
  /** Errors come in file order: records completed before one are handed out first. */
  run(step) {
    if (this.deferred !== void 0) throw this.deferred;
    try {
      step();
    } catch (e) {
      if (this.out.length === 0) throw e;
      this.deferred = e;
    }
    const out = this.out;
    this.out = [];
    return out;
  }
  tooLong() {
    return new ModelBuildError("DATA_INVALID", `the line is longer than the limit of ${count(this.limits.maxRecordChars)} characters`, {
      file: this.display,
      line: this.line,
      hint: "JSON Lines holds one record per line; a line this long is not a record of tabular data"
    });
  }
  /** A JSON array in a .jsonl file shows on its first line. */
  arrayHint(text) {
    return !this.seenRecord && text.trimStart().startsWith("[") ? "if the file is one JSON array of records, name it .json or set data.format: json" : void 0;
  }
  parseLine(text) {
    if (text.trim() === "") return void 0;
    let value;
    try {
      value = JSON.parse(text);
    } catch (e) {
      const at = syntaxPosition(e, text);
      throw new ModelBuildError("DATA_INVALID", `not valid JSON: ${syntaxMessage(e)}`, {
        file: this.display,
        line: this.line,
        column: at?.column,
        hint: this.arrayHint(text) ?? "JSON Lines holds one complete JSON object per line; a record cannot span lines"
      });
    }
    if (!isRecord(value)) {
      throw new ModelBuildError("DATA_INVALID", `expected a JSON object, found ${kindOf(value)}`, {
        file: this.display,
        line: this.line,
        hint: this.arrayHint(text) ?? 'every line of a JSON Lines file holds one object: {"column": value, ...}'
      });
    }
    this.seenRecord = true;
    return { line: this.line, record: value };
  }
  failUtf8(prefix) {
    for (let k = prefix.indexOf("\n"); k >= 0; k = prefix.indexOf("\n", k + 1)) this.line++;
    throw new ModelBuildError("DATA_INVALID", "not valid UTF-8 text", {
      file: this.display,
      line: this.line,
      hint: "save the file as UTF-8"
    });
  }
  lines(text) {
    const nul = text.indexOf("\0");
    if (nul >= 0) throw nulError(this.display, lineAt(text, nul, this.line));
    const limit = this.limits.maxRecordChars;
    let start = 0;
    for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", start)) {
      if (this.pendingChars + nl - start > limit) throw this.tooLong();
      let full;
      if (this.pending.length === 0) full = text.slice(start, nl);
      else {
        this.pending.push(text.slice(start, nl));
        full = this.pending.join("");
        this.pending = [];
        this.pendingChars = 0;
      }
      const rec = this.parseLine(full.endsWith("\r") ? full.slice(0, -1) : full);
      if (rec) this.out.push(rec);
      this.line++;
      start = nl + 1;
    }
    if (start < text.length) {
      this.pendingChars += text.length - start;
      if (this.pendingChars > limit) throw this.tooLong();
      this.pending.push(text.slice(start));
    }
  }
};
async function* parseJsonArray(source, display, limits) {
  const utf8 = new Utf8Chunks();
  const parts = [];
  let chars = 0;
  const failUtf8 = (prefix) => {
    const before = parts.join("") + prefix;
    throw new ModelBuildError("DATA_INVALID", "not valid UTF-8 text", { file: display, line: lineAt(before, before.length), hint: "save the file as UTF-8" });
  };
  const add = (text2) => {
    chars += text2.length;
    if (chars > limits.maxJsonFileBytes) throw jsonTooLarge(display, limits.maxJsonFileBytes);
    parts.push(text2);
  };
  for await (const chunk of source) add(utf8.decode(chunk, failUtf8));
  add(utf8.flush(failUtf8));
  const text = parts.join("");
  const nul = text.indexOf("\0");
  if (nul >= 0) throw nulError(display, lineAt(text, nul));
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
function jsonTooLarge(display, limit, size) {
  const mib = (n) => `${Math.round(n / (1 << 20) * 10) / 10} MiB`;
  return new ModelBuildError("DATA_INVALID", `the JSON file is ${size === void 0 ? "larger than" : `${mib(size)}, more than`} the limit of ${mib(limit)} for a .json data file`, {
    file: display,
    hint: "write the records as JSON Lines (one object per line, .jsonl): it is streamed, with no size limit on the file"
  });
}

// src/core/data/read.ts
import { readdir, stat } from "node:fs/promises";
import path from "node:path";

// src/core/data/source.ts
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
var SNIFF_BYTES = 8192;
var CHUNK_BYTES = 1 << 16;
async function checkDataFile(abs, file, format, limits, what) {
  const st = regularFile(abs, { display: file, what });
  if (format === "json" && st.size > limits.maxJsonFileBytes) throw jsonTooLarge(file, limits.maxJsonFileBytes, st.size);
  await sniff(abs, file, format, what);
}
async function sniff(abs, file, format, what) {
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
    throw new ModelBuildError("FILE_UNREADABLE", `cannot read ${what}: ${e.code ?? String(e)}`, { file, cause: e });
  }
  const bytes = head.subarray(0, n);
  const utf16 = bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255;
  const utf32be = bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 254 && bytes[3] === 255;
  if (utf16 || bytes.includes(0)) {
    const hint = utf16 || utf32be ? "it is UTF-16 or UTF-32 text (it starts with that byte order mark): save it as UTF-8" : bytes[0] === 31 && bytes[1] === 139 ? "it is gzip-compressed: decompress it, or point data.path at the uncompressed file" : "it contains NUL bytes; check that the path names the data file";
    throw new ModelBuildError("DATA_INVALID", "not a text file", { file, hint });
  }
  const text = bytes.toString("latin1").replace(/^\xEF\xBB\xBF/, "").trimStart();
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
async function* chunks(abs, file, what) {
  const stream = createReadStream(abs, { highWaterMark: CHUNK_BYTES });
  try {
    for await (const chunk of stream) yield chunk;
  } catch (e) {
    if (ModelBuildError.is(e)) throw e;
    throw new ModelBuildError("FILE_UNREADABLE", `cannot read ${what}: ${e.code ?? String(e)}`, { file, cause: e });
  } finally {
    stream.destroy();
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
var WHAT = "the data";
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
      if (ent.isDirectory()) {
        await walk(childAbs, childRel);
        continue;
      }
      if (ent.isSymbolicLink() && (await stat(childAbs).catch(() => void 0))?.isDirectory()) continue;
      const fmt = EXTENSIONS[path.extname(ent.name).toLowerCase()];
      if (fmt && (!format || format === "auto" || format === fmt)) found.push(childRel);
    }
  };
  await walk(dir, "");
  return found.sort(compareBytes);
}
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
async function readPart(abs, file, options) {
  const format = formatOf(abs, file, options.format);
  const limits = dataLimits(options.limits);
  await checkDataFile(abs, file, format, limits, WHAT);
  if (format === "csv") {
    const delimiter = options.delimiter ?? (path.extname(abs).toLowerCase() === ".tsv" ? "	" : ",");
    return readCsvPart(abs, file, delimiter, limits);
  }
  return readJsonPart(abs, file, format, limits);
}
function csvCell(text, quoted) {
  if (text.length === 0) return null;
  const c = text.charCodeAt(0);
  if (c > 32 && c !== 78 && c !== 110 && text.charCodeAt(text.length - 1) > 32) return text;
  const key = quoted ? text : text.trim();
  return key.length === 0 || MISSING.has(key) ? null : text;
}
function checkName(name, where, position, limits, noProto = true) {
  if (name.length > limits.maxColumnNameChars) {
    throw new ModelBuildError("DATA_INVALID", `${position}: the column name ${shortName(name)} is longer than the limit of ${count(limits.maxColumnNameChars)} characters`, {
      ...where,
      hint: "give the column a shorter name; a name this long usually means the first line is data, not a header"
    });
  }
  if (name === "") {
    throw new ModelBuildError("DATA_INVALID", `${position} has no name`, {
      ...where,
      hint: "give every column a name; a delimiter at the end of the header line adds a nameless column"
    });
  }
  if (noProto && name === "__proto__") {
    throw new ModelBuildError("DATA_INVALID", '"__proto__" cannot be a column name', { ...where, hint: "rename the column" });
  }
}
function csvHeader(record, file, limits, noProto = true) {
  const names = record.fields.map((f) => f.trim());
  const where = { file, line: record.line };
  const seen = /* @__PURE__ */ new Map();
  names.forEach((name, k) => {
    checkName(name, where, `column ${k + 1} of the header`, limits, noProto);
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
async function readCsvPart(abs, file, delimiter, limits) {
  const parser = new CsvParser({ delimiter, display: file, limits });
  let columns;
  const rows = [];
  const lines = [];
  const take = (records) => {
    for (const record of records) {
      if (!columns) {
        columns = csvHeader(record, file, limits);
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
  for await (const chunk of chunks(abs, file, WHAT)) take(parser.push(chunk));
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
async function readJsonPart(abs, file, format, limits) {
  const columns = [];
  const known = /* @__PURE__ */ new Set();
  const records = [];
  const lines = [];
  for await (const { line, record } of parseJsonRecords(chunks(abs, file, WHAT), format, file, { limits })) {
    for (const key of Object.keys(record)) {
      if (known.has(key)) continue;
      checkName(key, { file, line }, `a key of the record (${shortName(key)})`, limits);
      known.add(key);
      columns.push(key);
      if (columns.length > limits.maxColumns) throw tooManyKeys(file, line, limits);
    }
    records.push(record);
    lines.push(line);
  }
  const rows = records.map((r, i) => columns.map((c) => jsonCell(Object.hasOwn(r, c) ? r[c] : null, c, file, lines[i])));
  return { file, format, columns: records.length > 0 ? columns : void 0, rows, lines };
}
var tooManyKeys = (file, line, limits) => new ModelBuildError("DATA_INVALID", `the records name more than ${count(limits.maxColumns)} distinct keys, the limit of columns`, {
  file,
  line,
  hint: "every record should have the same keys; select the columns the model needs before building"
});
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
  let num = 0;
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
      num++;
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
  const numeric = num + nonfinites;
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

export {
  DATA_LIMITS,
  dataLimits,
  CsvParser,
  parseCsv,
  checkRecord,
  shortName,
  parseJsonRecords,
  JsonLinesParser,
  checkDataFile,
  chunks,
  MISSING,
  NUMBER_TEXT,
  BOOLEAN_TEXT,
  readTable,
  listDataFiles,
  formatOf,
  checkName,
  csvHeader,
  tooManyKeys
};
