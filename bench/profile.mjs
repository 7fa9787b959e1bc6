#!/usr/bin/env node
// Benchmark: streaming profile vs parse-only over the same CSV, side by side; rows/s; and peak
// memory (RSS) at 100k vs 1M rows. Goals: profile/parse time <= 2x; RSS(1M)/RSS(100k) <= 1.2.
// Each measurement runs in a fresh child process so peak RSS is its own.
//
// Usage: node bench/profile.mjs [--rows 100000,1000000] [--runs 3]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PROJECT = path.resolve(HERE, '..');
const WORK = path.join(HERE, '.work', 'profile');
const { values } = parseArgs({ options: { rows: { type: 'string', default: '100000,1000000' }, runs: { type: 'string', default: '3' } } });
const sizes = values.rows.split(',').map(Number);
const runs = Number(values.runs);

if (!fs.existsSync(path.join(PROJECT, 'lib/core/profile/profileFile.js'))) {
  spawnSync(process.execPath, [path.join(PROJECT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: PROJECT, stdio: 'inherit' });
}
const lib = (rel) => pathToFileURL(path.join(PROJECT, 'lib', rel)).href;

/** Seeded CSV: 6 numeric columns, 3 categorical, 1 id-like text column. */
function generate(rows, file) {
  if (fs.existsSync(file)) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let s = 42;
  const rnd = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
  const fd = fs.openSync(file, 'w');
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
}

const CHILD = {
  parse: `import { readRecords } from ${JSON.stringify(lib('core/data/records.js'))};
let n = 0; const t = performance.now();
for await (const _ of readRecords(process.argv[1])) n++;
console.log(JSON.stringify({ rows: n, ms: performance.now() - t, rss: process.resourceUsage().maxRSS * 1024 }));`,
  profile: `import { profileFile } from ${JSON.stringify(lib('core/profile/profileFile.js'))};
const t = performance.now();
const p = await profileFile(process.argv[1]);
console.log(JSON.stringify({ rows: p.rows, ms: performance.now() - t, rss: process.resourceUsage().maxRSS * 1024 }));`,
};

function measure(kind, file) {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', CHILD[kind], file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${kind} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim());
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

const results = {};
for (const rows of sizes) {
  const file = path.join(WORK, `data-${rows}.csv`);
  generate(rows, file);
  const t = { parse: [], profile: [] };
  const rss = { parse: [], profile: [] };
  for (let i = 0; i < runs; i++) {
    for (const kind of i % 2 ? ['profile', 'parse'] : ['parse', 'profile']) {
      const m = measure(kind, file);
      t[kind].push(m.ms);
      rss[kind].push(m.rss);
    }
  }
  results[rows] = { bytes: fs.statSync(file).size, parseMs: median(t.parse), profileMs: median(t.profile), parseRss: median(rss.parse), profileRss: median(rss.profile) };
}

const mib = (b) => (b / 1048576).toFixed(0);
const lines = ['model-build profile benchmark', `  data   seeded CSV, 10 columns (6 numeric, 3 categorical, 1 id); median of ${runs}, fresh process each`, ''];
lines.push('  rows       MiB   parse s  profile s  profile/parse  rows/s (profile)  RSS parse  RSS profile');
for (const [rows, r] of Object.entries(results)) {
  lines.push(
    `  ${String(rows).padEnd(9)} ${mib(r.bytes).padStart(4)}  ${(r.parseMs / 1000).toFixed(2).padStart(8)}  ${(r.profileMs / 1000).toFixed(2).padStart(9)}  ${(r.profileMs / r.parseMs).toFixed(2).padStart(13)}  ${Math.round((Number(rows) / r.profileMs) * 1000).toString().padStart(16)}  ${mib(r.parseRss).padStart(6)} MiB  ${mib(r.profileRss).padStart(8)} MiB`,
  );
}
const [small, big] = sizes.map((n) => results[n]);
const timeRatio = big.profileMs / big.parseMs;
const rssRatio = big.profileRss / small.profileRss;
lines.push('', `  profile / parse time (${sizes.at(-1)} rows)   ${timeRatio.toFixed(2)}   (goal <= 2.0)  ${timeRatio <= 2 ? 'PASS' : 'MISS'}`);
lines.push(`  peak RSS ${sizes.at(-1)} / ${sizes[0]} rows       ${rssRatio.toFixed(2)}   (goal <= 1.2)  ${rssRatio <= 1.2 ? 'PASS' : 'MISS'}`);
console.log(`${lines.join('\n')}\nBENCH profile ${JSON.stringify({ results, timeRatio, rssRatio })}`);
