import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);

// src/package-runtime/predict.ts
import { existsSync as existsSync2, readFileSync } from "node:fs";
import path4 from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";

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

// src/core/data/records.ts
import path2 from "node:path";

// src/core/data/read.ts
import path from "node:path";

// src/core/data/source.ts
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";

// src/core/util/regularFile.ts
import { statSync } from "node:fs";
function kindOf2(st) {
  if (st.isDirectory()) return "a folder";
  if (st.isFIFO()) return "a FIFO (named pipe)";
  if (st.isCharacterDevice()) return "a character device";
  if (st.isBlockDevice()) return "a block device";
  if (st.isSocket()) return "a socket";
  return "not a regular file";
}
function formatSize(n) {
  const units = ["bytes", "KiB", "MiB", "GiB", "TiB"];
  let i = 0;
  let v = n;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return i === 0 ? `${n} bytes` : `${Number.isInteger(v) ? v : v.toFixed(1)} ${units[i]}`;
}
function regularFile(abs, check) {
  const file = check.display ?? abs;
  let st;
  try {
    st = statSync(abs);
  } catch (e) {
    const code = e.code ?? String(e);
    throw new ModelBuildError("FILE_UNREADABLE", `cannot read ${check.what} (${code})`, {
      file,
      hint: code === "ENOENT" ? check.missingHint ?? "check the path" : "check the path and its permissions",
      cause: e
    });
  }
  if (!st.isFile()) {
    throw new ModelBuildError("FILE_UNREADABLE", `${check.what} is ${kindOf2(st)}, not a regular file`, {
      file,
      hint: st.isDirectory() ? "name a file inside the folder" : "name a regular file: devices, pipes and sockets are never read"
    });
  }
  if (check.maxBytes !== void 0 && st.size > check.maxBytes) {
    throw new ModelBuildError(check.code ?? "DATA_INVALID", `${check.what} is ${formatSize(st.size)}, more than the limit of ${formatSize(check.maxBytes)}`, {
      file,
      hint: check.limitHint
    });
  }
  return st;
}

// src/core/data/source.ts
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
var tooManyKeys = (file, line, limits) => new ModelBuildError("DATA_INVALID", `the records name more than ${count(limits.maxColumns)} distinct keys, the limit of columns`, {
  file,
  line,
  hint: "every record should have the same keys; select the columns the model needs before building"
});

// src/core/data/records.ts
var WHAT = "the file";
async function* readRecords(file, options = {}) {
  const display = options.display ?? file;
  const format = formatOf(file, display, options.format);
  const limits = dataLimits(options.limits);
  await checkDataFile(file, display, format, limits, WHAT);
  const source = chunks(file, display, WHAT);
  if (format !== "csv") {
    const known = /* @__PURE__ */ new Set();
    for await (const r of parseJsonRecords(source, format, display, { limits })) {
      for (const key of Object.keys(r.record)) {
        if (known.has(key)) continue;
        checkName(key, { file: display, line: r.line }, `a key of the record (${shortName(key)})`, limits, false);
        known.add(key);
        if (known.size > limits.maxColumns) throw tooManyKeys(display, r.line, limits);
      }
      yield r;
    }
    return;
  }
  const delimiter = options.delimiter ?? (path2.extname(file).toLowerCase() === ".tsv" ? "	" : ",");
  let header;
  for await (const record of parseCsv(source, { delimiter, display, limits })) {
    const { line, fields } = record;
    if (!header) {
      header = csvHeader(record, display, limits, false);
      continue;
    }
    if (fields.length !== header.length) {
      throw new ModelBuildError("DATA_INVALID", `row has ${fields.length} fields, the header has ${header.length}`, {
        file: display,
        line,
        hint: "every row needs one value per column (quote values that contain the delimiter)"
      });
    }
    const out = /* @__PURE__ */ Object.create(null);
    for (let i = 0; i < header.length; i++) out[header[i]] = fields[i];
    yield { line, record: out };
  }
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
    if (native) return { ...native, notes: { requested: wanted, fallbacks } };
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
  const here2 = path3.dirname(fileURLToPath(import.meta.url));
  if (existsSync(path3.join(here2, "tfjs-backend-wasm-simd.wasm"))) return here2;
  const req = createRequire(import.meta.url);
  return path3.dirname(req.resolve("@tensorflow/tfjs-backend-wasm"));
}

// src/core/features/preprocessor.ts
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

// src/core/predict/predictor.ts
var cliPrediction = (p) => "value" in p ? { prediction: p.value } : p;

// src/core/predict/loadModel.ts
var MODEL_FILE_LIMITS = {
  /** preprocessor.json and model.json: vocabularies and topology, megabytes at most. */
  json: 64 * 1024 ** 2,
  /** weights.bin: the zip reader's per-entry limit. */
  weights: 1024 ** 3
};

// src/core/predict/inputAudit.ts
var blank = (v) => v === null || v === void 0 || typeof v === "string" && (v.trim() === "" || MISSING.has(v.trim()));
var shown = (v) => {
  const s = typeof v === "string" ? v : JSON.stringify(v) ?? String(v);
  return JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}\u2026` : s);
};
var InputAudit = class {
  /**
   * @param display how the input is named in --strict errors (a path, or "stdin").
   * @param strict refuse the first missing or unparseable value instead of counting it.
   */
  constructor(preprocessor, display, strict = false) {
    this.preprocessor = preprocessor;
    this.display = display;
    this.strict = strict;
  }
  preprocessor;
  display;
  strict;
  tallies = /* @__PURE__ */ new Map();
  /** Counts (or, strict, refuses) the values of `records` that prediction would fill. */
  check(records) {
    const steps = this.preprocessor.steps;
    for (const { line, record } of records) {
      for (let k = 0; k < steps.length; k++) {
        const step = steps[k];
        const raw = Object.hasOwn(record, step.column) ? record[step.column] : void 0;
        let filled;
        switch (step.kind) {
          case "numeric":
          case "bucketized":
            filled = toNumber(raw ?? null) === null;
            break;
          case "boolean":
            filled = toBoolean(raw ?? null) === null;
            break;
          case "categorical":
            filled = raw === null || raw === void 0 || raw === "";
            break;
        }
        if (!filled) continue;
        const missing = blank(raw);
        if (this.strict) this.refuse(step.column, step.kind, raw, missing, line);
        let t = this.tallies.get(step.column);
        if (!t) {
          t = { column: step.column, order: k, missing: 0, unparseable: 0, firstUnparseableLine: void 0 };
          this.tallies.set(step.column, t);
        }
        if (missing) t.missing++;
        else {
          t.unparseable++;
          t.firstUnparseableLine ??= line;
        }
      }
    }
  }
  refuse(column, kind, raw, missing, line) {
    const what = missing ? `column "${column}" is missing${raw === void 0 ? "" : ` (${shown(raw)})`}` : `column "${column}": ${shown(raw)} is not ${kind === "boolean" ? "a boolean" : "a number"}`;
    throw new ModelBuildError("DATA_INVALID", `${what}; --strict refuses inputs that prediction would fill`, {
      file: this.display,
      line,
      hint: "fix the input, or run without --strict to fill it with the value learned in training (the fills are counted on stderr)"
    });
  }
  /** Totals over every column. */
  get totals() {
    let missing = 0;
    let unparseable = 0;
    for (const t of this.tallies.values()) {
      missing += t.missing;
      unparseable += t.unparseable;
    }
    return { missing, unparseable };
  }
  /**
   * One line, or null when nothing was filled, e.g.
   * `filled 3 missing values (sex: 2, body_mass_g: 1); 1 unparseable value (bill_length_mm, line 4)`.
   */
  summary() {
    const { missing, unparseable } = this.totals;
    if (missing + unparseable === 0) return null;
    const by = (key) => [...this.tallies.values()].filter((t) => t[key] > 0).sort((a, b) => b[key] - a[key] || a.order - b.order);
    const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
    const parts = [];
    if (missing > 0) parts.push(`filled ${plural(missing, "missing value")} (${by("missing").map((t) => `${t.column}: ${t.missing}`).join(", ")})`);
    if (unparseable > 0) {
      const cols = by("unparseable").map((t) => {
        const at = t.firstUnparseableLine === void 0 ? "" : t.unparseable === 1 ? `, line ${t.firstUnparseableLine}` : `, first on line ${t.firstUnparseableLine}`;
        return t.unparseable === 1 ? `${t.column}${at}` : `${t.column}: ${t.unparseable}${at}`;
      });
      parts.push(`${missing > 0 ? "" : "filled "}${plural(unparseable, "unparseable value")} (${cols.join("; ")})`);
    }
    return parts.join("; ");
  }
};

// src/core/predict/predictStream.ts
async function predictRecords(model, source, write, options) {
  const audit = new InputAudit(model.preprocessor, options.display, options.strict === true);
  const size = options.batch ?? 4096;
  let batch = [];
  const flush = async () => {
    if (batch.length === 0) return;
    audit.check(batch);
    const predictions = model.predict(batch.map((r) => r.record));
    batch = [];
    await write(`${predictions.map((p) => JSON.stringify(p)).join("\n")}
`);
  };
  for await (const r of source) {
    batch.push(r);
    if (batch.length >= size) await flush();
  }
  await flush();
  return audit;
}

// src/package-runtime/predict.ts
import { loadPredictor } from "./predictor.mjs";
var here = path4.dirname(fileURLToPath2(import.meta.url));
function parseArgs(argv) {
  let strict = false;
  const files = [];
  for (const arg of argv) {
    if (arg === "--strict") strict = true;
    else if (arg.startsWith("-") && arg !== "-") {
      throw new ModelBuildError("USAGE", `unknown option "${arg}"`, { hint: "usage: node predict.mjs [--strict] [FILE] (default: JSON Lines on stdin)" });
    } else files.push(arg);
  }
  if (files.length > 1) throw new ModelBuildError("USAGE", `one input file at most (got ${files.length})`, { hint: "usage: node predict.mjs [--strict] [FILE]" });
  return { strict, input: files[0] === "-" ? void 0 : files[0] };
}
function readModelFile(name) {
  const file = path4.join(here, name.startsWith("model/") && !existsSync2(path4.join(here, "model", "model.json")) ? name.slice("model/".length) : name);
  regularFile(file, {
    what: path4.basename(name),
    maxBytes: name.endsWith(".bin") ? MODEL_FILE_LIMITS.weights : MODEL_FILE_LIMITS.json,
    code: "MODEL_INVALID",
    limitHint: "model-build never writes a file this large: unpack the package again",
    missingHint: "run predict.mjs from the unpacked package, beside preprocessor.json and model/"
  });
  return readFileSync(file);
}
async function main() {
  const { strict, input } = parseArgs(process.argv.slice(2));
  const backend = process.env.MODEL_BUILD_BACKEND ?? "auto";
  const display = input ?? "stdin";
  const source = input ? readRecords(path4.resolve(input), { display: input }) : parseJsonRecords(process.stdin, "jsonl", "stdin");
  const runtime = await loadRuntime({ backend });
  const predictor = await loadPredictor(readModelFile, { tf: runtime.tf });
  const model = { preprocessor: predictor.preprocessor, predict: (records) => predictor.predict(records).map(cliPrediction), dispose: () => predictor.dispose() };
  try {
    const audit = await predictRecords(model, source, (text) => void process.stdout.write(text), { display, strict, batch: 1024 });
    const summary = audit.summary();
    if (summary) process.stderr.write(`warning: ${summary}
`);
  } finally {
    model.dispose();
  }
  return 0;
}
main().then(
  (code) => process.exitCode = code,
  (e) => {
    process.stderr.write(`error: ${formatError(e)}
`);
    process.exitCode = 2;
  }
);
function formatError(e) {
  if (ModelBuildError.is(e)) return e.format();
  const other = e;
  if (other?.name === "ModelBuildError" && typeof other.format === "function") return String(other.format.call(other));
  return String(other?.message ?? e);
}
