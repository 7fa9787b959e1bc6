import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);
import {
  Profiler,
  shardSeed
} from "./chunk-F4RPJ75B.js";
import {
  CsvParser,
  JsonLinesParser,
  checkName,
  checkRecord,
  shortName,
  tooManyKeys
} from "./chunk-FT5MJEK3.js";
import "./chunk-RIGD5S4O.js";
import "./chunk-4KALBLMG.js";
import {
  ModelBuildError
} from "./chunk-J3ZPWLJ2.js";
import "./chunk-LTRPNYHO.js";

// src/core/profile/rangeProfile.ts
import { closeSync, openSync, readSync } from "node:fs";
var RANGE_MODULE_URL = import.meta.url;
var CHUNK_BYTES = 1 << 16;
var LF = 10;
var PIECE_BYTES = 1 << 10;
function inPieces(bytes, fn) {
  let from = 0;
  while (bytes.length - from > PIECE_BYTES) {
    const i = bytes.indexOf(LF, from + PIECE_BYTES - 1);
    if (i < 0) break;
    fn(bytes.subarray(from, i + 1));
    from = i + 1;
  }
  if (from < bytes.length || from === 0) fn(from === 0 ? bytes : bytes.subarray(from));
}
function errorData(e) {
  if (ModelBuildError.is(e)) {
    const { file, line, column } = e.location;
    const out = { code: e.code, message: e.message };
    if (e.hint !== void 0) out.hint = e.hint;
    if (file !== void 0) out.file = file;
    if (line !== void 0) out.line = line;
    if (column !== void 0) out.column = column;
    if (e.details.length > 0) out.details = [...e.details];
    return out;
  }
  const errno = e?.code;
  if (typeof errno === "string") return { code: "FILE_UNREADABLE", message: `cannot read the file: ${errno}` };
  return {
    code: "INTERNAL",
    message: `profiling a range of the file failed: ${e instanceof Error ? e.message : String(e)}`,
    hint: "set MODEL_BUILD_PROFILE_WORKERS=1 to profile in one thread, and report this with the file if it persists"
  };
}
function errorFrom(data, lineOffset = 0) {
  return new ModelBuildError(data.code, data.message, {
    hint: data.hint,
    file: data.file,
    line: data.line === void 0 ? void 0 : data.line + lineOffset,
    column: data.column,
    details: data.details
  });
}
function lineStartWithin(fd, from, limit, buf) {
  if (from <= 0) return 0;
  for (let pos = from - 1; pos < limit; ) {
    const n = readSync(fd, buf, 0, Math.min(buf.length, limit - pos), pos);
    if (n === 0) break;
    const i = buf.subarray(0, n).indexOf(LF);
    if (i >= 0) return pos + i + 1;
    pos += n;
  }
  return -1;
}
function rangeScratch() {
  return { buf: Buffer.allocUnsafe(CHUNK_BYTES), profiler: new Profiler() };
}
function profileRange(job, scratch = rangeScratch()) {
  const { buf } = scratch;
  let fd;
  try {
    fd = openSync(job.file, "r");
  } catch (e) {
    return { ok: false, start: job.start ?? job.from, error: { ...errorData(e), file: job.display } };
  }
  let start = job.start ?? job.from;
  const speculative = job.start === void 0;
  const keys = [];
  try {
    if (speculative) {
      start = lineStartWithin(fd, job.from, job.cut, buf);
      if (start < 0) return { ok: false, start: job.from, gaveUp: true };
    }
    const profiler = scratch.profiler;
    profiler.reset(shardSeed(job.index));
    const sink = job.format === "csv" ? csvSink(job, start, profiler) : jsonSink(job, start, profiler, keys);
    const giveUpAt = speculative ? job.cut + (job.cut - job.from) : Infinity;
    let pos = start;
    let end = -1;
    if (start >= job.cut && start > 0) end = start;
    while (end < 0 && pos < job.size) {
      const n = readSync(fd, buf, 0, Math.min(CHUNK_BYTES, job.size - pos), pos);
      if (n === 0) break;
      const chunk = buf.subarray(0, n);
      if (pos + n <= job.cut) {
        sink.push(chunk);
        pos += n;
        if (pos === job.cut && chunk[n - 1] === LF && sink.atRecordStart()) end = pos;
        continue;
      }
      let offset = 0;
      if (pos < job.cut) {
        offset = job.cut - pos;
        sink.push(chunk.subarray(0, offset));
        if (chunk[offset - 1] === LF && sink.atRecordStart()) {
          end = job.cut;
          break;
        }
      }
      while (offset < n) {
        const i = chunk.indexOf(LF, offset);
        const stop = i < 0 ? n : i + 1;
        sink.push(chunk.subarray(offset, stop));
        offset = stop;
        if (i >= 0 && sink.atRecordStart()) {
          end = pos + stop;
          break;
        }
      }
      pos += n;
      if (end < 0 && pos >= giveUpAt) return { ok: false, start, gaveUp: true };
    }
    if (end < 0) end = job.size;
    sink.end();
    return { ok: true, start, end, lineBreaks: sink.lineBreaks(), shard: profiler.shard(), ...job.format === "jsonl" ? { keys } : {} };
  } catch (e) {
    return { ok: false, start, error: errorData(e), ...job.format === "jsonl" ? { keys } : {} };
  } finally {
    closeSync(fd);
  }
}
function csvSink(job, start, profiler) {
  const header = job.header;
  const parser = new CsvParser({ delimiter: job.delimiter, display: job.display, limits: job.limits, midFile: start > 0 });
  profiler.setHeader(header);
  let skipHeader = start === 0;
  const take = (records) => {
    for (const record of records) {
      if (skipHeader) {
        skipHeader = false;
        continue;
      }
      if (record.fields.length !== header.length) {
        throw new ModelBuildError("DATA_INVALID", `row has ${record.fields.length} fields, the header has ${header.length}`, {
          file: job.display,
          line: record.line,
          hint: "every row needs one value per column (quote values that contain the delimiter)"
        });
      }
      profiler.updateRow(record.fields);
    }
  };
  return {
    push: (bytes) => inPieces(bytes, (piece) => take(parser.push(piece))),
    atRecordStart: () => parser.atRecordStart,
    end: () => take(parser.end()),
    lineBreaks: () => parser.lineBreaks
  };
}
function jsonSink(job, start, profiler, keys) {
  const { display, limits } = job;
  const parser = new JsonLinesParser(display, limits, start > 0);
  const known = /* @__PURE__ */ new Set();
  let pending = false;
  const take = (records) => {
    for (const { line, record } of records) {
      checkRecord(record, limits, display, line);
      for (const key of Object.keys(record)) {
        if (known.has(key)) continue;
        checkName(key, { file: display, line }, `a key of the record (${shortName(key)})`, limits, false);
        known.add(key);
        keys.push([key, line]);
        if (known.size > limits.maxColumns) throw tooManyKeys(display, line, limits);
      }
      profiler.update(record);
    }
  };
  return {
    push: (bytes) => {
      pending = bytes.length > 0 && bytes[bytes.length - 1] !== LF;
      take(parser.push(bytes));
    },
    // Lines split only at `\n`: right after one, the parser is between records.
    atRecordStart: () => !pending,
    end: () => take(parser.end()),
    lineBreaks: () => parser.lineBreaks
  };
}
export {
  RANGE_MODULE_URL,
  errorData,
  errorFrom,
  profileRange,
  rangeScratch
};
