#!/usr/bin/env node
// Benchmark: `model-build profile` (the library's profileFile, parallel over ranges) vs DuckDB
// `SUMMARIZE` (same threads) and pandas (read_csv + describe + nunique + quantiles, when
// python3 has pandas), side by side on the same seeded CSV; parse-only for scale; peak memory
// (RSS) at 100k vs 1M rows; and the profile's bytes with 1 worker vs all (they must be equal).
// Goals: profile / DuckDB <= 1.5 at 1M rows; RSS(1M)/RSS(100k) <= 1.2.
// Each measurement runs in a fresh child process (its own peak RSS), the contenders alternating;
// times are measured inside the child, without process start-up. The machine may be shared:
// the load average is printed with the results.
//
// Usage: node bench/profile.mjs [--rows 100000,1000000] [--runs 3] [--workers N]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PROJECT = path.resolve(HERE, '..');
const WORK = path.join(HERE, '.work', 'profile');
const LIB = path.join(WORK, 'lib');
const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000,1000000' },
    runs: { type: 'string', default: '3' },
    workers: { type: 'string', default: String(Math.min(os.availableParallelism(), 8)) },
  },
});
const sizes = values.rows.split(',').map(Number);
const runs = Number(values.runs);
const workers = Number(values.workers);
if (!(sizes.length >= 1 && sizes.every((n) => Number.isInteger(n) && n > 0) && runs >= 1 && Number.isInteger(workers) && workers >= 1)) {
  process.stderr.write('usage: node bench/profile.mjs [--rows 100000,1000000] [--runs 3] [--workers N]\n');
  process.exit(2);
}

// The library compiled from the current sources into a folder of our own (lib/ may be stale).
fs.rmSync(LIB, { recursive: true, force: true });
const tsc = spawnSync(process.execPath, [path.join(PROJECT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', LIB, '--declaration', 'false', '--declarationMap', 'false', '--sourceMap', 'false'], { cwd: PROJECT, stdio: 'inherit' });
if (tsc.status !== 0) process.exit(1);
const lib = (rel) => pathToFileURL(path.join(LIB, rel)).href;

/** Seeded CSV: 6 numeric columns, 3 categorical, 1 id-like text column. */
function generate(rows, file) {
  if (fs.existsSync(file)) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let s = 42;
  const rnd = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
  const fd = fs.openSync(`${file}.tmp`, 'w');
  fs.writeSync(fd, 'a,b,c,d,e,f,city,kind,flag,id\n');
  const cities = ['oslo', 'lima', 'pune', 'kyiv', 'rome', 'nice', 'bonn'];
  let buf = [];
  for (let i = 0; i < rows; i++) {
    buf.push(`${(rnd() * 100).toFixed(3)},${(rnd() * rnd() * 1e4).toFixed(1)},${Math.floor(rnd() * 1000)},${(rnd() - 0.5).toFixed(5)},${rnd() < 0.05 ? '' : (rnd() * 50).toFixed(2)},${Math.floor(rnd() * 7)},${cities[Math.floor(rnd() * 7)]},${rnd() < 0.5 ? 'x' : 'y'},${rnd() < 0.3},row${i}`);
    if (buf.length === 10000) {
      fs.writeSync(fd, `${buf.join('\n')}\n`);
      buf = [];
    }
  }
  if (buf.length) fs.writeSync(fd, `${buf.join('\n')}\n`);
  fs.closeSync(fd);
  fs.renameSync(`${file}.tmp`, file);
}

const report = (extra) => `console.log(JSON.stringify({ ms: performance.now() - t, rss: process.resourceUsage().maxRSS * 1024, ${extra} }));`;
const CHILD = {
  parse: `import { readRecords } from ${JSON.stringify(lib('core/data/records.js'))};
let n = 0; const t = performance.now();
for await (const _ of readRecords(process.argv[1])) n++;
${report('rows: n')}`,
  profile: `import { profileFile } from ${JSON.stringify(lib('core/profile/profileFile.js'))};
import { createHash } from 'node:crypto';
const t = performance.now();
const p = await profileFile(process.argv[1], { workers: Number(process.argv[2]) });
const digest = createHash('sha256').update(JSON.stringify(p)).digest('hex');
${report('rows: p.rows, digest')}`,
  duckdb: `import { DuckDBInstance } from '@duckdb/node-api';
const db = await DuckDBInstance.create(':memory:', { threads: process.argv[2] });
const c = await db.connect();
const t = performance.now();
const r = await c.runAndReadAll(\`SUMMARIZE SELECT * FROM read_csv('\${process.argv[1].replaceAll("'", "''")}')\`);
${report('rows: Number(r.getRowObjects().find((x) => x.column_name === "a").count)')}`,
};
const PANDAS = `
import sys, time, resource, json
import pandas as pd
t = time.perf_counter()
df = pd.read_csv(sys.argv[1])
d = df.describe(include='all'); u = df.nunique(); q = df.select_dtypes('number').quantile([0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99])
print(json.dumps({'ms': (time.perf_counter() - t) * 1000, 'rss': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024, 'rows': len(df)}))
`;
const hasDuckdb = fs.existsSync(path.join(PROJECT, 'node_modules/@duckdb/node-api'));
// Debian's python3-pandas installs into /usr/bin/python3, which need not be the first python3 on PATH.
const python = ['/usr/bin/python3', 'python3'].find((p) => spawnSync(p, ['-c', 'import pandas'], { stdio: 'ignore' }).status === 0);
const hasPandas = python !== undefined;

function measure(kind, file, threads) {
  const r =
    kind === 'pandas'
      ? spawnSync(python, ['-c', PANDAS, file], { encoding: 'utf8' })
      : spawnSync(process.execPath, ['--input-type=module', '-e', CHILD[kind], file, String(threads)], { encoding: 'utf8', cwd: PROJECT });
  if (r.status !== 0) throw new Error(`${kind} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

const kinds = ['parse', 'profile', ...(hasDuckdb ? ['duckdb'] : []), ...(hasPandas ? ['pandas'] : [])];
const load = [os.loadavg()[0]];
const results = {};
for (const rows of sizes) {
  const file = path.join(WORK, `data-${rows}.csv`);
  generate(rows, file);
  const t = Object.fromEntries(kinds.map((k) => [k, []]));
  const rss = Object.fromEntries(kinds.map((k) => [k, []]));
  const digests = new Set();
  for (let i = 0; i < runs; i++) {
    for (const kind of i % 2 ? [...kinds].reverse() : kinds) {
      const m = measure(kind, file, workers);
      if (m.rows !== rows) throw new Error(`${kind} counted ${m.rows} rows, not ${rows}`);
      t[kind].push(m.ms);
      rss[kind].push(m.rss);
      if (m.digest) digests.add(m.digest);
    }
  }
  // The same profile from one worker: the split does not depend on the thread count.
  const single = measure('profile', file, 1);
  digests.add(single.digest);
  results[rows] = {
    bytes: fs.statSync(file).size,
    ms: Object.fromEntries(kinds.map((k) => [k, median(t[k])])),
    rss: Object.fromEntries(kinds.map((k) => [k, median(rss[k])])),
    oneWorkerMs: single.ms,
    oneWorkerRss: single.rss,
    identical: digests.size === 1,
  };
}
load.push(os.loadavg()[0]);

const mib = (b) => (b / 1048576).toFixed(0);
const sec = (ms) => (ms === undefined ? '—' : (ms / 1000).toFixed(2));
const lines = [
  'model-build profile benchmark',
  `  data   seeded CSV, 10 columns (6 numeric, 3 categorical, 1 id); median of ${runs}, fresh process each; ${workers} worker(s) / DuckDB threads on ${os.availableParallelism()} cores`,
  `  load   1-minute load average ${load.map((l) => l.toFixed(1)).join(' → ')} (other processes share the machine when this exceeds the core count)`,
  '',
  '  rows       MiB   parse s  profile s  1 worker s  duckdb s  pandas s  profile/duckdb  profile/pandas  RSS profile  same bytes 1 vs N workers',
];
for (const [rows, r] of Object.entries(results)) {
  const ratio = (k) => (r.ms[k] === undefined ? '—' : (r.ms.profile / r.ms[k]).toFixed(2));
  lines.push(
    `  ${String(rows).padEnd(9)} ${mib(r.bytes).padStart(4)}  ${sec(r.ms.parse).padStart(8)}  ${sec(r.ms.profile).padStart(9)}  ${sec(r.oneWorkerMs).padStart(10)}  ${sec(r.ms.duckdb).padStart(8)}  ${sec(r.ms.pandas).padStart(8)}  ${ratio('duckdb').padStart(14)}  ${ratio('pandas').padStart(14)}  ${mib(r.rss.profile).padStart(7)} MiB  ${r.identical ? 'yes' : 'NO'}`,
  );
}
if (!hasDuckdb) lines.push('  (DuckDB not installed: npm install, @duckdb/node-api is a dev dependency)');
if (!hasPandas) lines.push('  (pandas not measured: neither /usr/bin/python3 nor python3 has pandas; Debian: apt-get install python3-pandas)');
const [small, big] = [results[sizes[0]], results[sizes.at(-1)]];
const duckRatio = big.ms.duckdb === undefined ? undefined : big.ms.profile / big.ms.duckdb;
// Like for like: one thread at both sizes (a 100k-row file is two ranges, profiled in the
// calling thread whatever the worker count; every worker thread adds a heap of its own).
const rssRatio = big.oneWorkerRss / small.oneWorkerRss;
const rssRatioN = big.rss.profile / small.rss.profile;
const speedup = big.oneWorkerMs / big.ms.profile;
if (duckRatio !== undefined) lines.push('', `  profile / DuckDB SUMMARIZE (${sizes.at(-1)} rows)   ${duckRatio.toFixed(2)}   (goal <= 1.5)  ${duckRatio <= 1.5 ? 'PASS' : 'MISS'}`);
lines.push(`  ${workers} workers over 1 (${sizes.at(-1)} rows)            ${speedup.toFixed(2)}x`);
lines.push(`  peak RSS ${sizes.at(-1)} / ${sizes[0]} rows, 1 worker   ${rssRatio.toFixed(2)}   (goal <= 1.2)  ${rssRatio <= 1.2 ? 'PASS' : 'MISS'}   (${mib(small.oneWorkerRss)} → ${mib(big.oneWorkerRss)} MiB)`);
lines.push(`  peak RSS ${sizes.at(-1)} / ${sizes[0]} rows, ${workers} workers  ${rssRatioN.toFixed(2)}   (${mib(small.rss.profile)} → ${mib(big.rss.profile)} MiB: each worker thread has a heap of its own)`);
const identical = Object.values(results).every((r) => r.identical);
lines.push(`  same profile bytes for 1 and ${workers} workers     ${identical ? 'yes' : 'NO'}`);
console.log(`${lines.join('\n')}\nBENCH profile ${JSON.stringify({ results, duckRatio, rssRatio, rssRatioN, speedup, identical, load })}`);
if (!identical) process.exitCode = 1;
