#!/usr/bin/env node
// Benchmark: a local sweep (`model-build sweep`, one child build per core) against what a user
// would otherwise do on a laptop: the same variants built one after another
// (`model-build build --variant ID` in a shell loop).
//
// The project is examples/penguins copied into a fresh git repository (bench/.work/sweep) with
// a sweep of 8 variants (learning rate × hidden layers × seed) and early stopping removed, so
// every variant trains all its epochs (the same work for both contenders). Both contenders run
// the committed bundle (dist/cli.js) in child processes; each round runs them one after the
// other, alternating which goes first. Outputs go to separate folders, removed between rounds.
//
// Prints the wall time of each, the ratio sweep/sequential (goal <= 0.6 on 2 cores; the ideal
// is 1/cores plus the per-process start-up that does not shrink) and checks that both produced
// byte-identical packages for every variant — parallel builds must not change a single byte.
// Final line: `BENCH sweep {json}`.
//
// Usage: node bench/sweep.mjs [--rounds 1] [--epochs 40] [--jobs N]

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PROJECT = path.resolve(HERE, '..');
const WORK = path.join(HERE, '.work', 'sweep');
const CLI = path.join(PROJECT, 'dist', 'cli.js');
const GOAL = 0.6;

const { values: opts } = parseArgs({
  options: { rounds: { type: 'string', default: '1' }, epochs: { type: 'string', default: '40' }, jobs: { type: 'string' } },
});
const rounds = Number(opts.rounds);
const epochs = Number(opts.epochs);

const GIT_ENV = { ...process.env, LC_ALL: 'C', GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.invalid', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.invalid' };
const sh = (cmd, args, cwd) => {
  const r = spawnSync(cmd, args, { cwd, env: GIT_ENV, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stderr}\n${r.stdout}`);
  return r.stdout;
};

function project() {
  fs.rmSync(WORK, { recursive: true, force: true });
  fs.mkdirSync(path.join(WORK, 'data'), { recursive: true });
  fs.copyFileSync(path.join(PROJECT, 'examples/penguins/data/penguins.csv'), path.join(WORK, 'data/penguins.csv'));
  const config = fs
    .readFileSync(path.join(PROJECT, 'examples/penguins/model-build.yml'), 'utf8')
    .replace(/^sweep:[\s\S]*$/m, '')
    .replace(/^ {2}earlyStopping:.*\n/m, '')
    .replace(/^ {2}epochs: \d+/m, `  epochs: ${epochs}`)
    .replace(/^ {2}backend: .*/m, '  backend: wasm');
  const sweep = [
    'sweep:',
    '  grid:',
    '    model.learningRate: [0.01, 0.03]',
    '    model.hidden: [[{ units: 16 }], [{ units: 32 }, { units: 16 }]]',
    '    seed: [1, 2]',
    '  select: { metric: logLoss }',
    '',
  ].join('\n');
  fs.writeFileSync(path.join(WORK, 'model-build.yml'), `${config.trimEnd()}\n${sweep}`);
  fs.writeFileSync(path.join(WORK, '.gitignore'), 'out-*/\n');
  sh('git', ['init', '-q'], WORK);
  sh('git', ['add', '-A'], WORK);
  sh('git', ['commit', '-qm', 'bench'], WORK);
}

const sha = (file) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

function sequential(ids) {
  const out = path.join(WORK, 'out-seq');
  fs.rmSync(out, { recursive: true, force: true });
  const t = performance.now();
  const digests = {};
  for (const id of ids) {
    const r = JSON.parse(sh(process.execPath, [CLI, 'build', '--variant', id, '--out', path.join(out, id), '--json'], WORK));
    if (!r.package) throw new Error(`variant ${id} was not packaged`);
    digests[id] = sha(r.package.archive);
  }
  return { seconds: (performance.now() - t) / 1000, digests };
}

function parallel() {
  const out = path.join(WORK, 'out-sweep');
  fs.rmSync(out, { recursive: true, force: true });
  const t = performance.now();
  const r = JSON.parse(sh(process.execPath, [CLI, 'sweep', '--out', out, '--json', ...(opts.jobs ? ['--jobs', opts.jobs] : [])], WORK));
  const seconds = (performance.now() - t) / 1000;
  const digests = Object.fromEntries(r.ranked.map((x) => [x.variant, sha(x.package)]));
  return { seconds, digests, jobs: r.jobs, winner: r.winner?.variant ?? null };
}

if (!fs.existsSync(CLI)) {
  console.error('bench/sweep: dist/cli.js is missing; run `npm run bundle`');
  process.exit(2);
}
project();
const ids = JSON.parse(sh(process.execPath, [CLI, 'sweep', '--plan', '--json'], WORK)).variants.map((v) => v.id);
console.log(`sweep bench: ${ids.length} variants of penguins, ${epochs} epochs each, wasm; ${os.availableParallelism()} cores; ${rounds} round(s)`);
const results = [];
for (let i = 0; i < rounds; i++) {
  const order = i % 2 === 0 ? ['sequential', 'sweep'] : ['sweep', 'sequential'];
  const r = {};
  for (const which of order) r[which] = which === 'sweep' ? parallel() : sequential(ids);
  for (const id of ids) {
    if (r.sweep.digests[id] !== r.sequential.digests[id]) throw new Error(`variant ${id}: the sweep's package differs from the sequential build's`);
  }
  results.push(r);
  console.log(`round ${i + 1}: sequential ${r.sequential.seconds.toFixed(1)} s, sweep (${r.sweep.jobs} at a time) ${r.sweep.seconds.toFixed(1)} s, ratio ${(r.sweep.seconds / r.sequential.seconds).toFixed(2)}; all ${ids.length} packages byte-identical`);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const seq = median(results.map((r) => r.sequential.seconds));
const par = median(results.map((r) => r.sweep.seconds));
const ratio = par / seq;
console.log(`\n| job | sequential builds | model-build sweep | ratio | goal |`);
console.log(`| --- | --- | --- | --- | --- |`);
console.log(`| ${ids.length} variants, ${os.availableParallelism()} cores | ${seq.toFixed(1)} s | ${par.toFixed(1)} s (${results[0].sweep.jobs} at a time) | ${ratio.toFixed(2)}× | ≤ ${GOAL}× ${ratio <= GOAL ? '(met)' : '(MISSED)'} |`);
console.log(`BENCH sweep ${JSON.stringify({ variants: ids.length, cores: os.availableParallelism(), epochs, sequentialSeconds: seq, sweepSeconds: par, ratio, goal: GOAL, met: ratio <= GOAL, identical: true })}`);
