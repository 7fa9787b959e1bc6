/**
 * Profiles a data file, several files or a folder of shards, in parallel and deterministically.
 *
 * CSV and JSON Lines files are cut into ranges of a fixed size (`rangeBytes`), each ended at
 * the first record boundary past its cut (quote-aware for CSV, see `rangeProfile.ts`). Ranges
 * are profiled on worker threads and their sketches merged in file and range order, so the
 * split, and with it every byte of the profile, depends on the data alone: 1, 2 or 8 workers
 * give the same profile. A file of one range gives exactly the single-pass profile. A `.json`
 * array is parsed whole, as one range.
 */
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { CsvParser } from '../data/csv.js';
import { dataLimits, type DataLimits } from '../data/limits.js';
import { csvHeader, formatOf, listDataFiles, tooManyKeys } from '../data/read.js';
import { readRecords } from '../data/records.js';
import { checkDataFile, chunks, type DataFormat } from '../data/source.js';
import { ModelBuildError } from '../errors.js';
import { Profiler, shardSeed, type Profile } from './profiler.js';
import type { RangeJob, RangeResult } from './rangeProfile.js';

/** 4 MiB: many ranges per core on large files; a file below it is one range, profiled as one pass. */
export const PROFILE_RANGE_BYTES = 4 << 20;
/** Threads beyond this add memory and start-up time, not speed, on the files profiled here. */
const MAX_DEFAULT_WORKERS = 8;
const MAX_WORKERS = 64;
const WORKERS_ENV = 'MODEL_BUILD_PROFILE_WORKERS';
const WHAT = 'the file';

export interface ProfileOptions {
  /** How to name the data in messages (default: the path as given). */
  display?: string;
  format?: 'auto' | 'csv' | 'jsonl' | 'json';
  /** CSV delimiter (default "," and a tab for .tsv). */
  delimiter?: string;
  limits?: Partial<DataLimits>;
  /**
   * Worker threads, at most one per two ranges. Never changes the profile, only how fast it comes.
   * @default MODEL_BUILD_PROFILE_WORKERS, else one per core (at most 8)
   */
  workers?: number;
  /**
   * Bytes per range. Decides the split, and so the profile's bytes (sketches of ranges merge
   * into approximately, not exactly, the sketch of the whole): keep the default to compare.
   * @default 4 MiB
   */
  rangeBytes?: number;
}

/** A file, or a folder of data files (read in byte order of their paths; hidden ones skipped). */
export async function profileFile(file: string, options: ProfileOptions = {}): Promise<Profile> {
  const display = options.display ?? file;
  // Anything but a folder is checked as a data file (a missing path is refused there).
  const info = await stat(file).catch(() => undefined);
  if (!info?.isDirectory()) return profileFiles([file], { ...options, displays: [display], display });
  const rels = await listDataFiles(file, options.format);
  if (rels.length === 0) {
    throw new ModelBuildError('DATA_INVALID', 'the folder holds no data files', {
      file: display,
      hint: 'put .csv, .tsv, .txt, .jsonl, .ndjson or .json files in it (hidden files are skipped)',
    });
  }
  const base = display.replace(/[\\/]+$/, '');
  return profileFiles(
    rels.map((rel) => path.join(file, rel)),
    { ...options, display, displays: rels.map((rel) => `${base}/${rel}`) },
  );
}

interface Source {
  abs: string;
  display: string;
  format: DataFormat;
  delimiter: string;
  size: number;
  /** CSV: the header's names; undefined when the file has no record at all. */
  header?: string[];
}

/** Several files profiled as one data set, in the order given. CSV files must share their columns. */
export async function profileFiles(files: readonly string[], options: ProfileOptions & { displays?: readonly string[] } = {}): Promise<Profile> {
  const limits = dataLimits(options.limits);
  const rangeBytes = checkRangeBytes(options.rangeBytes);
  const sources: Source[] = [];
  for (const [i, abs] of files.entries()) sources.push(await prepare(abs, options.displays?.[i] ?? abs, options, limits));
  checkSameColumns(sources);

  // Ranges of every file, numbered in order: the number seeds the range's quantile sketches.
  const plan: Array<{ source: Source; jobs: RangeJob[] } | { source: Source; whole: true; index: number }> = [];
  let index = 0;
  for (const source of sources) {
    if (source.format === 'json') {
      plan.push({ source, whole: true, index: index++ });
      continue;
    }
    if (source.size === 0 || (source.format === 'csv' && !source.header)) continue;
    const count = Math.max(1, Math.ceil(source.size / rangeBytes));
    const jobs: RangeJob[] = [];
    for (let k = 0; k < count; k++) {
      jobs.push({
        file: source.abs,
        display: source.display,
        format: source.format,
        delimiter: source.delimiter,
        limits,
        index: index++,
        ...(k === 0 ? { start: 0 } : {}),
        from: k * rangeBytes,
        cut: k + 1 < count ? (k + 1) * rangeBytes : source.size,
        size: source.size,
        ...(source.header ? { header: source.header } : {}),
      });
    }
    plan.push({ source, jobs });
  }

  const ranges = plan.reduce((n, p) => n + ('jobs' in p ? p.jobs.length : 0), 0);
  // A thread costs a start-up (a fresh heap, the modules loaded again) that two ranges of
  // work repay; a file of one or two ranges is profiled in this thread.
  const workers = Math.min(workerCount(options.workers), Math.ceil(ranges / 2));
  // A dynamic import: it keeps the range module in a chunk of its own in a bundle (see there).
  const { profileRange, rangeScratch, errorFrom, RANGE_MODULE_URL } = await import('./rangeProfile.js');
  const { RangePool } = await import('./rangePool.js');
  const pool = workers > 1 ? new RangePool(workers, RANGE_MODULE_URL) : undefined;
  try {
    // Every range starts at once, speculatively; results are then taken in order.
    const started = new Map<RangeJob, Promise<RangeResult>>();
    if (pool) {
      for (const p of plan) {
        if (!('jobs' in p)) continue;
        for (const job of p.jobs) {
          const r = pool.run(job);
          r.catch(() => {}); // a result not waited for when an earlier range fails
          started.set(job, r);
        }
      }
    }
    // In this thread, a range is profiled with no await: a suspended async function keeps the
    // result in its frame object, old by then, and with it the shard until a full collection
    // (measured on 1M rows, 14 ranges: 4.0 MB promoted to the old generation instead of 1.4).
    const scratch = pool ? undefined : rangeScratch();
    const run = (job: RangeJob): RangeResult | Promise<RangeResult> => (pool ? pool.run(job, true) : profileRange(job, scratch));

    let total: Profiler | undefined;
    const add = (shard: Parameters<typeof Profiler.fromShard>[0]) => {
      const p = Profiler.fromShard(shard);
      total = total ? total.merge(p) : p;
    };
    /**
     * Range `job` of a file, its lines numbered from `lines` + 1 and its JSON Lines keys added to
     * `keys`: its result taken (run again from `expected` when its speculative start was off), its
     * shard merged, where it ends returned. A call of its own, so that the loop's frame does not
     * still hold the shard while the next range runs: held, it lives through that range into the
     * old generation (measured as above: 4.0 MB promoted instead of 1.4, ~180 KB a range).
     */
    const take = async (job: RangeJob, expected: number, lines: number, keys: Set<string>): Promise<{ end: number; lineBreaks: number }> => {
      let r = pool ? await started.get(job)! : undefined;
      started.delete(job); // its shard is merged below: nothing else holds it
      // Run again from the true start when the speculative one was off (or gave up).
      if (!r || r.start !== expected || 'gaveUp' in r) {
        const again = run({ ...job, start: expected });
        r = again instanceof Promise ? await again : again;
      }
      if ('gaveUp' in r) throw new Error('a range with a known start gave up');
      // JSON Lines: the union of keys over the whole file stays within the column limit.
      const errorLine = r.ok ? Infinity : (r.error.line ?? Infinity);
      for (const [key, line] of r.keys ?? []) {
        if (keys.has(key)) continue;
        keys.add(key);
        if (keys.size > limits.maxColumns && (line < errorLine || (!r.ok && /distinct keys/.test(r.error.message)))) {
          throw tooManyKeys(job.display, line + lines, limits);
        }
      }
      if (!r.ok) throw errorFrom(r.error, lines);
      add(r.shard);
      return { end: r.end, lineBreaks: r.lineBreaks };
    };
    for (const p of plan) {
      if (!('jobs' in p)) {
        add(await profileWhole(p.source, p.index, limits));
        continue;
      }
      let expected = 0;
      let lines = 0;
      const keys = new Set<string>();
      for (const job of p.jobs) {
        const { end, lineBreaks } = await take(job, expected, lines, keys);
        expected = end;
        lines += lineBreaks;
      }
    }
    const profile = total?.toJSON();
    if (!profile || profile.rows === 0) {
      throw new ModelBuildError('DATA_INVALID', 'no data rows to profile', {
        file: options.display ?? sources[0]?.display,
        hint: sources.length > 1 ? `none of the ${sources.length} data files holds a row` : 'check that the file has a header and at least one row',
      });
    }
    return profile;
  } finally {
    await pool?.close();
  }
}

/** Checks a file and reads what every range needs: its size and, for CSV, the header. */
async function prepare(abs: string, display: string, options: ProfileOptions, limits: DataLimits): Promise<Source> {
  const format = formatOf(abs, display, options.format);
  await checkDataFile(abs, display, format, limits, WHAT);
  const { size } = await stat(abs);
  const delimiter = options.delimiter ?? (path.extname(abs).toLowerCase() === '.tsv' ? '\t' : ',');
  const source: Source = { abs, display, format, delimiter, size };
  if (format !== 'csv') return source;
  // The header is the first record; errors after it are left to the first range, in file order.
  const parser = new CsvParser({ delimiter, display, limits });
  for await (const chunk of chunks(abs, display, WHAT)) {
    const [first] = parser.push(chunk);
    if (first) return { ...source, header: csvHeader(first, display, limits, false) };
  }
  const [first] = parser.end();
  return first ? { ...source, header: csvHeader(first, display, limits, false) } : source;
}

/** A `.json` array: JSON.parse needs it whole, so it is one range, read here. */
async function profileWhole(source: Source, index: number, limits: DataLimits) {
  const profiler = new Profiler(shardSeed(index));
  for await (const { record } of readRecords(source.abs, { format: 'json', display: source.display, limits })) profiler.update(record);
  return profiler.shard();
}

function checkSameColumns(sources: Source[]): void {
  const first = sources.find((s) => s.header);
  if (!first) return;
  for (const s of sources) {
    if (!s.header || s === first) continue;
    const missing = first.header!.filter((c) => !s.header!.includes(c));
    const extra = s.header.filter((c) => !first.header!.includes(c));
    if (missing.length === 0 && extra.length === 0) continue;
    const list = (names: string[]) => names.map((c) => `"${c}"`).join(', ');
    const diff = [missing.length > 0 ? `lacks ${list(missing)}` : '', extra.length > 0 ? `has ${list(extra)} in addition` : ''].filter(Boolean).join(' and ');
    throw new ModelBuildError('DATA_INVALID', `columns differ from ${first.display}: this file ${diff}`, {
      file: s.display,
      hint: 'every file in a data folder must have the same columns',
    });
  }
}

function checkRangeBytes(given: number | undefined): number {
  if (given === undefined) return PROFILE_RANGE_BYTES;
  if (!Number.isInteger(given) || given < 1024) {
    throw new ModelBuildError('USAGE', `rangeBytes must be an integer of at least 1024, got ${given}`, { hint: 'leave rangeBytes out to use the default (4 MiB)' });
  }
  return given;
}

function workerCount(given: number | undefined): number {
  const env = process.env[WORKERS_ENV];
  const from = given !== undefined ? 'the workers option' : env !== undefined && env !== '' ? WORKERS_ENV : undefined;
  const n = given ?? (from ? Number(env) : Math.min(availableParallelism(), MAX_DEFAULT_WORKERS));
  if (!Number.isInteger(n) || n < 1 || n > MAX_WORKERS) {
    throw new ModelBuildError('USAGE', `${from} must be a whole number from 1 to ${MAX_WORKERS}, got ${JSON.stringify(given ?? env)}`, {
      hint: `unset ${WORKERS_ENV} to use one thread per core; the profile is the same for any number`,
    });
  }
  return n;
}
