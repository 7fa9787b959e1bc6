/**
 * Profiles one byte range of a CSV or JSON Lines file: the unit of work of a parallel profile.
 * The same function runs in a worker thread or, with one worker, in the calling thread, so the
 * result is the same bytes either way.
 *
 * A range is given by where it starts (a record boundary) and a nominal cut; it ends at the
 * first record boundary at or after the cut: a position right after a `\n` at which the parser
 * is between records (so a `\n` inside a quoted CSV field is no boundary). A range other than
 * the first may be started speculatively: at the first `\n` at or after its own nominal cut,
 * without knowing whether that `\n` is inside a quoted field. The caller accepts the result only
 * when the range before it ended exactly there, and otherwise runs it again from that end.
 *
 * Keep this module reachable only through a dynamic import (`profileFile.ts` does): a bundler
 * then puts it in a chunk of its own, whose URL a worker can import without also running the
 * bundle's entry point.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { CsvParser } from '../data/csv.js';
import { checkRecord, JsonLinesParser, shortName } from '../data/jsonl.js';
import type { DataLimits } from '../data/limits.js';
import { checkName, tooManyKeys } from '../data/read.js';
import { ModelBuildError, type ErrorCode } from '../errors.js';
import { Profiler, shardSeed, type ProfileShard } from './profiler.js';

/** This module's URL: what a worker thread imports. */
export const RANGE_MODULE_URL = import.meta.url;

/** 64 KiB reads: the size the streaming readers found fastest to parse. */
const CHUNK_BYTES = 1 << 16;
const LF = 10;
/**
 * The parser is fed pieces of about 1 KiB, cut after a `\n`, not whole 64 KiB reads: it returns
 * the records of all it is fed at once, and the records alive when V8 collects its young
 * generation survive the collection. V8 grows its young generation by the bytes that survive, so
 * the longer the file, the bigger it grew. Measured on 10 columns, 1 thread: with 64 KiB pieces
 * (~1,200 records alive) peak RSS 88 MiB at 1M rows against 67 at 100k; with 1 KiB pieces
 * (~20 records) 63 against 60, in the same time.
 */
const PIECE_BYTES = 1 << 10;

/** Calls `fn` on consecutive pieces of `bytes`, each cut after the first `\n` past PIECE_BYTES. */
function inPieces(bytes: Buffer, fn: (piece: Buffer) => void): void {
  let from = 0;
  while (bytes.length - from > PIECE_BYTES) {
    const i = bytes.indexOf(LF, from + PIECE_BYTES - 1);
    if (i < 0) break;
    fn(bytes.subarray(from, i + 1));
    from = i + 1;
  }
  if (from < bytes.length || from === 0) fn(from === 0 ? bytes : bytes.subarray(from));
}

export interface RangeJob {
  file: string;
  display: string;
  format: 'csv' | 'jsonl';
  delimiter: string;
  limits: DataLimits;
  /** Place of the range among all ranges of the profile: decides its sketches' seed. */
  index: number;
  /** Byte offset of a record boundary; absent: start speculatively at the first `\n` at or after `from`. */
  start?: number;
  /** This range's own nominal cut (where a speculative start looks for a `\n`). */
  from: number;
  /** The next range's nominal cut: this range ends at the first record boundary at or after it. */
  cut: number;
  size: number;
  /** CSV: the header's column names (the range at byte 0 skips the header record). */
  header?: string[];
}

/** A ModelBuildError as plain data, for postMessage. */
export interface ErrorData {
  code: ErrorCode;
  message: string;
  hint?: string;
  file?: string;
  line?: number;
  column?: number;
  details?: string[];
}

export type RangeResult =
  | {
      ok: true;
      start: number;
      end: number;
      /** Line breaks inside the range: where the next range's line numbers start. */
      lineBreaks: number;
      shard: ProfileShard;
      /** JSON Lines: keys in order of first appearance, with their range-relative line. */
      keys?: Array<[string, number]>;
    }
  | {
      ok: false;
      start: number;
      /** Lines are relative to the range's start (line 1 = the range's first line). */
      error: ErrorData;
      keys?: Array<[string, number]>;
    }
  | {
      /** A speculative start that found no record boundary within another range's length. */
      ok: false;
      start: number;
      gaveUp: true;
    };

export function errorData(e: unknown): ErrorData {
  if (ModelBuildError.is(e)) {
    const { file, line, column } = e.location;
    const out: ErrorData = { code: e.code, message: e.message };
    if (e.hint !== undefined) out.hint = e.hint;
    if (file !== undefined) out.file = file;
    if (line !== undefined) out.line = line;
    if (column !== undefined) out.column = column;
    if (e.details.length > 0) out.details = [...e.details];
    return out;
  }
  const errno = (e as NodeJS.ErrnoException | undefined)?.code;
  if (typeof errno === 'string') return { code: 'FILE_UNREADABLE', message: `cannot read the file: ${errno}` };
  return {
    code: 'INTERNAL',
    message: `profiling a range of the file failed: ${e instanceof Error ? e.message : String(e)}`,
    hint: 'set MODEL_BUILD_PROFILE_WORKERS=1 to profile in one thread, and report this with the file if it persists',
  };
}

export function errorFrom(data: ErrorData, lineOffset = 0): ModelBuildError {
  return new ModelBuildError(data.code, data.message, {
    hint: data.hint,
    file: data.file,
    line: data.line === undefined ? undefined : data.line + lineOffset,
    column: data.column,
    details: data.details,
  });
}

/** The first position p in [from, limit] with byte p − 1 a `\n`, or -1. */
function lineStartWithin(fd: number, from: number, limit: number, buf: Buffer): number {
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

interface Sink {
  push(bytes: Buffer): void;
  atRecordStart(): boolean;
  end(): void;
  lineBreaks(): number;
}

/**
 * What a thread keeps from one range to the next: the read buffer, and a profiler emptied for
 * each range (`Profiler.reset`). Nothing of a range then outlives it: a range lasts long enough
 * for its objects to reach V8's old generation, where new ones with every range would pile up as
 * garbage until a full collection.
 */
export interface RangeScratch {
  buf: Buffer;
  profiler: Profiler;
}

export function rangeScratch(): RangeScratch {
  return { buf: Buffer.allocUnsafe(CHUNK_BYTES), profiler: new Profiler() };
}

/** Profiles one range; errors come back as data, with range-relative lines. */
export function profileRange(job: RangeJob, scratch: RangeScratch = rangeScratch()): RangeResult {
  const { buf } = scratch;
  let fd: number;
  try {
    fd = openSync(job.file, 'r');
  } catch (e) {
    return { ok: false, start: job.start ?? job.from, error: { ...errorData(e), file: job.display } };
  }
  let start = job.start ?? job.from;
  const speculative = job.start === undefined;
  const keys: Array<[string, number]> = [];
  try {
    if (speculative) {
      // No line starts in the range: it holds no record start, or a line longer than the
      // range. Which one, only the range before can tell: run again once its end is known.
      start = lineStartWithin(fd, job.from, job.cut, buf);
      if (start < 0) return { ok: false, start: job.from, gaveUp: true };
    }
    const profiler = scratch.profiler;
    profiler.reset(shardSeed(job.index));
    const sink = job.format === 'csv' ? csvSink(job, start, profiler) : jsonSink(job, start, profiler, keys);
    // A speculative range that finds no boundary within another range's length is given up:
    // it started inside a long quoted field, and runs again once its true start is known.
    const giveUpAt = speculative ? job.cut + (job.cut - job.from) : Infinity;
    let pos = start;
    let end = -1;
    if (start >= job.cut && start > 0) end = start; // the range before ran past this one's cut
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
      // Past the cut: feed line by line until a `\n` leaves the parser between records.
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
    // At a record boundary this only surfaces an error the parser held back; at the end of
    // the file it also completes a last record without a line break.
    sink.end();
    return { ok: true, start, end, lineBreaks: sink.lineBreaks(), shard: profiler.shard(), ...(job.format === 'jsonl' ? { keys } : {}) };
  } catch (e) {
    return { ok: false, start, error: errorData(e), ...(job.format === 'jsonl' ? { keys } : {}) };
  } finally {
    closeSync(fd);
  }
}

function csvSink(job: RangeJob, start: number, profiler: Profiler): Sink {
  const header = job.header!;
  const parser = new CsvParser({ delimiter: job.delimiter, display: job.display, limits: job.limits, midFile: start > 0 });
  profiler.setHeader(header);
  let skipHeader = start === 0;
  const take = (records: ReturnType<CsvParser['push']>) => {
    for (const record of records) {
      if (skipHeader) {
        skipHeader = false; // checked by the caller, which read it first
        continue;
      }
      if (record.fields.length !== header.length) {
        throw new ModelBuildError('DATA_INVALID', `row has ${record.fields.length} fields, the header has ${header.length}`, {
          file: job.display,
          line: record.line,
          hint: 'every row needs one value per column (quote values that contain the delimiter)',
        });
      }
      profiler.updateRow(record.fields);
    }
  };
  return {
    push: (bytes) => inPieces(bytes, (piece) => take(parser.push(piece))),
    atRecordStart: () => parser.atRecordStart,
    end: () => take(parser.end()),
    lineBreaks: () => parser.lineBreaks,
  };
}

function jsonSink(job: RangeJob, start: number, profiler: Profiler, keys: Array<[string, number]>): Sink {
  const { display, limits } = job;
  const parser = new JsonLinesParser(display, limits, start > 0);
  const known = new Set<string>();
  let pending = false;
  const take = (records: ReturnType<JsonLinesParser['push']>) => {
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
    lineBreaks: () => parser.lineBreaks,
  };
}

