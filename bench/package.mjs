#!/usr/bin/env node
// Benchmark: packaging (our deterministic zip writer, plus the sha256 manifest it needs)
// against Info-ZIP `zip -X -r -9` over the same files, side by side; and the archive sizes.
//
// The files are a real penguins package (built once with the CLI in a temp git repository),
// with model/weights.bin replaced by N MiB of seeded float32 weights, so the timing reflects a
// model of realistic size (weights compress poorly; JSON compresses well).
//
// Usage: node bench/package.mjs [--weights-mib 16] [--runs 5]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PROJECT = path.resolve(HERE, '..');
const WORK = path.join(HERE, '.work', 'package');
const { values } = parseArgs({ options: { 'weights-mib': { type: 'string', default: '16' }, runs: { type: 'string', default: '5' } } });
const weightsMiB = Number(values['weights-mib']);
const runs = Number(values.runs);

const fail = (m) => {
  process.stderr.write(`[bench package] error: ${m}\n`);
  process.exit(1);
};
const run = (cmd, args, opts = {}) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20, ...opts });
  if (r.error || r.status !== 0) fail(`${cmd} ${args.join(' ')}: ${r.error?.message ?? r.stderr}`);
  return r.stdout;
};
if (spawnSync('zip', ['-v']).status !== 0) fail('zip (Info-ZIP) is not installed: apt-get install zip');
if (!fs.existsSync(path.join(PROJECT, 'lib/core/package/zip.js'))) run(process.execPath, [path.join(PROJECT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: PROJECT });
const { writeZip, readZip } = await import(pathToFileURL(path.join(PROJECT, 'lib/core/package/zip.js')).href);

// 1. A real package, built once.
fs.rmSync(WORK, { recursive: true, force: true });
const repo = path.join(WORK, 'repo');
fs.mkdirSync(repo, { recursive: true });
fs.cpSync(path.join(PROJECT, 'examples/penguins'), repo, { recursive: true, filter: (s) => !s.includes('model-build-out') });
const env = { ...process.env, GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@x.invalid', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@x.invalid', GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z' };
run('git', ['init', '-q', '-b', 'main'], { cwd: repo, env });
run('git', ['add', '-A'], { cwd: repo, env });
run('git', ['commit', '-q', '-m', 'bench'], { cwd: repo, env });
const built = JSON.parse(run(process.execPath, [path.join(PROJECT, 'dist/cli.js'), 'build', '--json'], { cwd: repo, env }));
const entries = readZip(fs.readFileSync(built.package.archive)).map((e) => ({ name: e.name, data: e.data }));

// 2. Realistic weights: seeded float32, roughly normal with std 0.05.
let s = 12345;
const rand = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
const floats = new Float32Array((weightsMiB << 20) / 4);
for (let i = 0; i < floats.length; i++) floats[i] = (rand() + rand() + rand() - 1.5) * 0.1;
const weights = entries.find((e) => e.name === 'model/weights.bin');
weights.data = Buffer.from(floats.buffer);
const files = path.join(WORK, 'files');
for (const e of entries) {
  fs.mkdirSync(path.dirname(path.join(files, e.name)), { recursive: true });
  fs.writeFileSync(path.join(files, e.name), e.data);
}
const totalBytes = entries.reduce((n, e) => n + e.data.length, 0);

// 3. Time both, alternating, after one untimed warm-up each.
const ours = () => {
  const t = performance.now();
  for (const e of entries) createHash('sha256').update(e.data).digest('hex'); // the manifest's digests
  const bytes = writeZip(entries, { mtime: 1_700_000_000, level: 9 });
  fs.writeFileSync(path.join(WORK, 'ours.zip'), bytes);
  return performance.now() - t;
};
const info = () => {
  fs.rmSync(path.join(WORK, 'zip.zip'), { force: true });
  const t = performance.now();
  run('zip', ['-X', '-r', '-9', '-q', path.join(WORK, 'zip.zip'), '.'], { cwd: files });
  return performance.now() - t;
};
ours();
info();
const a = [];
const b = [];
for (let i = 0; i < runs; i++) {
  if (i % 2) {
    b.push(info());
    a.push(ours());
  } else {
    a.push(ours());
    b.push(info());
  }
}
const median = (xs) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
const [ma, mb] = [median(a), median(b)];
const sizeOurs = fs.statSync(path.join(WORK, 'ours.zip')).size;
const sizeZip = fs.statSync(path.join(WORK, 'zip.zip')).size;
const ratio = ma / mb;
const mib = (n) => (n / 1048576).toFixed(2);
const lines = [
  'model-build package benchmark',
  `  files  ${entries.length} files, ${mib(totalBytes)} MiB (penguins package, weights.bin replaced by ${weightsMiB} MiB of float32)`,
  `  env    node ${process.version}, ${os.cpus()[0]?.model ?? '?'}, ${os.availableParallelism()} cores`,
  `  runs   median of ${runs}, alternating, after one warm-up each`,
  '',
  '  contender                           median ms   archive MiB',
  `  ours (sha256 manifest + zip, -9)   ${ma.toFixed(1).padStart(9)}   ${mib(sizeOurs).padStart(11)}`,
  `  zip -X -r -9 (Info-ZIP)            ${mb.toFixed(1).padStart(9)}   ${mib(sizeZip).padStart(11)}`,
  '',
  `  ours / zip time   ${ratio.toFixed(3)}   (goal <= 1.50)  ${ratio <= 1.5 ? 'PASS' : 'MISS'}`,
  `  ours / zip size   ${(sizeOurs / sizeZip).toFixed(3)}`,
];
process.stdout.write(`${lines.join('\n')}\nBENCH package ${JSON.stringify({ files: entries.length, bytes: totalBytes, oursMs: ma, zipMs: mb, ratio, sizeOurs, sizeZip })}\n`);
