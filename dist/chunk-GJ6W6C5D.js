import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);
import {
  readRecords
} from "./chunk-IIGGXMB5.js";
import {
  Profiler,
  shardSeed
} from "./chunk-F4RPJ75B.js";
import {
  CsvParser,
  checkDataFile,
  chunks,
  csvHeader,
  dataLimits,
  formatOf,
  listDataFiles,
  tooManyKeys
} from "./chunk-FT5MJEK3.js";
import {
  ModelBuildError
} from "./chunk-J3ZPWLJ2.js";

// src/core/profile/profileFile.ts
import { stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
var PROFILE_RANGE_BYTES = 4 << 20;
var MAX_DEFAULT_WORKERS = 8;
var MAX_WORKERS = 64;
var WORKERS_ENV = "MODEL_BUILD_PROFILE_WORKERS";
var WHAT = "the file";
async function profileFile(file, options = {}) {
  const display = options.display ?? file;
  const info = await stat(file).catch(() => void 0);
  if (!info?.isDirectory()) return profileFiles([file], { ...options, displays: [display], display });
  const rels = await listDataFiles(file, options.format);
  if (rels.length === 0) {
    throw new ModelBuildError("DATA_INVALID", "the folder holds no data files", {
      file: display,
      hint: "put .csv, .tsv, .txt, .jsonl, .ndjson or .json files in it (hidden files are skipped)"
    });
  }
  const base = display.replace(/[\\/]+$/, "");
  return profileFiles(
    rels.map((rel) => path.join(file, rel)),
    { ...options, display, displays: rels.map((rel) => `${base}/${rel}`) }
  );
}
async function profileFiles(files, options = {}) {
  const limits = dataLimits(options.limits);
  const rangeBytes = checkRangeBytes(options.rangeBytes);
  const sources = [];
  for (const [i, abs] of files.entries()) sources.push(await prepare(abs, options.displays?.[i] ?? abs, options, limits));
  checkSameColumns(sources);
  const plan = [];
  let index = 0;
  for (const source of sources) {
    if (source.format === "json") {
      plan.push({ source, whole: true, index: index++ });
      continue;
    }
    if (source.size === 0 || source.format === "csv" && !source.header) continue;
    const count = Math.max(1, Math.ceil(source.size / rangeBytes));
    const jobs = [];
    for (let k = 0; k < count; k++) {
      jobs.push({
        file: source.abs,
        display: source.display,
        format: source.format,
        delimiter: source.delimiter,
        limits,
        index: index++,
        ...k === 0 ? { start: 0 } : {},
        from: k * rangeBytes,
        cut: k + 1 < count ? (k + 1) * rangeBytes : source.size,
        size: source.size,
        ...source.header ? { header: source.header } : {}
      });
    }
    plan.push({ source, jobs });
  }
  const ranges = plan.reduce((n, p) => n + ("jobs" in p ? p.jobs.length : 0), 0);
  const workers = Math.min(workerCount(options.workers), Math.ceil(ranges / 2));
  const { profileRange, rangeScratch, errorFrom, RANGE_MODULE_URL } = await import("./chunk-2XUJVQXS.js");
  const { RangePool } = await import("./chunk-LUMCAF4M.js");
  const pool = workers > 1 ? new RangePool(workers, RANGE_MODULE_URL) : void 0;
  try {
    const started = /* @__PURE__ */ new Map();
    if (pool) {
      for (const p of plan) {
        if (!("jobs" in p)) continue;
        for (const job of p.jobs) {
          const r = pool.run(job);
          r.catch(() => {
          });
          started.set(job, r);
        }
      }
    }
    const scratch = pool ? void 0 : rangeScratch();
    const run = (job) => pool ? pool.run(job, true) : profileRange(job, scratch);
    let total;
    const add = (shard) => {
      const p = Profiler.fromShard(shard);
      total = total ? total.merge(p) : p;
    };
    const take = async (job, expected, lines, keys) => {
      let r = pool ? await started.get(job) : void 0;
      started.delete(job);
      if (!r || r.start !== expected || "gaveUp" in r) {
        const again = run({ ...job, start: expected });
        r = again instanceof Promise ? await again : again;
      }
      if ("gaveUp" in r) throw new Error("a range with a known start gave up");
      const errorLine = r.ok ? Infinity : r.error.line ?? Infinity;
      for (const [key, line] of r.keys ?? []) {
        if (keys.has(key)) continue;
        keys.add(key);
        if (keys.size > limits.maxColumns && (line < errorLine || !r.ok && /distinct keys/.test(r.error.message))) {
          throw tooManyKeys(job.display, line + lines, limits);
        }
      }
      if (!r.ok) throw errorFrom(r.error, lines);
      add(r.shard);
      return { end: r.end, lineBreaks: r.lineBreaks };
    };
    for (const p of plan) {
      if (!("jobs" in p)) {
        add(await profileWhole(p.source, p.index, limits));
        continue;
      }
      let expected = 0;
      let lines = 0;
      const keys = /* @__PURE__ */ new Set();
      for (const job of p.jobs) {
        const { end, lineBreaks } = await take(job, expected, lines, keys);
        expected = end;
        lines += lineBreaks;
      }
    }
    const profile = total?.toJSON();
    if (!profile || profile.rows === 0) {
      throw new ModelBuildError("DATA_INVALID", "no data rows to profile", {
        file: options.display ?? sources[0]?.display,
        hint: sources.length > 1 ? `none of the ${sources.length} data files holds a row` : "check that the file has a header and at least one row"
      });
    }
    return profile;
  } finally {
    await pool?.close();
  }
}
async function prepare(abs, display, options, limits) {
  const format = formatOf(abs, display, options.format);
  await checkDataFile(abs, display, format, limits, WHAT);
  const { size } = await stat(abs);
  const delimiter = options.delimiter ?? (path.extname(abs).toLowerCase() === ".tsv" ? "	" : ",");
  const source = { abs, display, format, delimiter, size };
  if (format !== "csv") return source;
  const parser = new CsvParser({ delimiter, display, limits });
  for await (const chunk of chunks(abs, display, WHAT)) {
    const [first2] = parser.push(chunk);
    if (first2) return { ...source, header: csvHeader(first2, display, limits, false) };
  }
  const [first] = parser.end();
  return first ? { ...source, header: csvHeader(first, display, limits, false) } : source;
}
async function profileWhole(source, index, limits) {
  const profiler = new Profiler(shardSeed(index));
  for await (const { record } of readRecords(source.abs, { format: "json", display: source.display, limits })) profiler.update(record);
  return profiler.shard();
}
function checkSameColumns(sources) {
  const first = sources.find((s) => s.header);
  if (!first) return;
  for (const s of sources) {
    if (!s.header || s === first) continue;
    const missing = first.header.filter((c) => !s.header.includes(c));
    const extra = s.header.filter((c) => !first.header.includes(c));
    if (missing.length === 0 && extra.length === 0) continue;
    const list = (names) => names.map((c) => `"${c}"`).join(", ");
    const diff = [missing.length > 0 ? `lacks ${list(missing)}` : "", extra.length > 0 ? `has ${list(extra)} in addition` : ""].filter(Boolean).join(" and ");
    throw new ModelBuildError("DATA_INVALID", `columns differ from ${first.display}: this file ${diff}`, {
      file: s.display,
      hint: "every file in a data folder must have the same columns"
    });
  }
}
function checkRangeBytes(given) {
  if (given === void 0) return PROFILE_RANGE_BYTES;
  if (!Number.isInteger(given) || given < 1024) {
    throw new ModelBuildError("USAGE", `rangeBytes must be an integer of at least 1024, got ${given}`, { hint: "leave rangeBytes out to use the default (4 MiB)" });
  }
  return given;
}
function workerCount(given) {
  const env = process.env[WORKERS_ENV];
  const from = given !== void 0 ? "the workers option" : env !== void 0 && env !== "" ? WORKERS_ENV : void 0;
  const n = given ?? (from ? Number(env) : Math.min(availableParallelism(), MAX_DEFAULT_WORKERS));
  if (!Number.isInteger(n) || n < 1 || n > MAX_WORKERS) {
    throw new ModelBuildError("USAGE", `${from} must be a whole number from 1 to ${MAX_WORKERS}, got ${JSON.stringify(given ?? env)}`, {
      hint: `unset ${WORKERS_ENV} to use one thread per core; the profile is the same for any number`
    });
  }
  return n;
}

export {
  profileFile
};
