#!/usr/bin/env node
// Benchmark: `model-build serve` under load from a loopback load generator (Node's http client,
// a keep-alive agent, N connections each sending its next request as soon as the last is
// answered), for single-record and 1000-record JSON requests: throughput (requests/s,
// records/s) and latency (p50, p99), plus the same predictor called in-process with no HTTP as
// the ceiling the server is measured against.
//
// There is no comparable server to run beside it here: MLflow (`mlflow models serve`) and
// BentoML are Python and not installed, and TF Serving needs a SavedModel. So the figures are
// absolute, with the in-process ceiling for scale. The load generator shares the machine (and
// its cores) with the server; load average before and after is printed because the machine
// may be shared.
//
// The package is the bundled penguins example, built once with the CLI (from source) in a temp
// git repository, or --package PKG.
//
// Usage: node bench/serve.mjs [--connections 8] [--seconds 5] [--backend auto|wasm|cpu|tensorflow] [--package PKG]
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { Agent, request } from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PROJECT = path.resolve(HERE, '..');
const WORK = path.join(HERE, '.work', 'serve');
const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '8' },
    seconds: { type: 'string', default: '5' },
    backend: { type: 'string', default: 'auto' },
    package: { type: 'string' },
  },
});
const connections = Number(values.connections);
const seconds = Number(values.seconds);

const fail = (m) => {
  process.stderr.write(`[bench serve] error: ${m}\n`);
  process.exit(1);
};
if (!(connections >= 1 && connections <= 256)) fail('--connections takes 1 to 256');
if (!(seconds > 0 && seconds <= 600)) fail('--seconds takes a number up to 600');
const run = (cmd, args, opts = {}) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20, ...opts });
  if (r.error || r.status !== 0) fail(`${cmd} ${args.join(' ')}: ${r.error?.message ?? r.stderr}`);
  return r.stdout;
};
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const CLI = ['--import', tsx, path.join(PROJECT, 'src/cli/index.ts')];

// 1. A real package: the bundled example, built once (its base config, not its sweep).
let archive = values.package && path.resolve(values.package);
if (!archive) {
  fs.rmSync(WORK, { recursive: true, force: true });
  const repo = path.join(WORK, 'repo');
  fs.mkdirSync(repo, { recursive: true });
  fs.cpSync(path.join(PROJECT, 'examples/penguins'), repo, { recursive: true, filter: (s) => !s.includes('model-build-out') });
  const env = { ...process.env, GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@x.invalid', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@x.invalid', GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z' };
  run('git', ['init', '-q', '-b', 'main'], { cwd: repo, env });
  run('git', ['add', '-A'], { cwd: repo, env });
  run('git', ['commit', '-q', '-m', 'bench'], { cwd: repo, env });
  archive = JSON.parse(run(process.execPath, [...CLI, 'build', '--json'], { cwd: repo, env })).package.archive;
}

// 2. Records: the example's rows as JSON records, cycled to 1000.
const [head, ...rows] = fs.readFileSync(path.join(PROJECT, 'examples/penguins/data/penguins.csv'), 'utf8').trim().split('\n');
const cols = head.split(',');
const records = rows.map((line) => Object.fromEntries(line.split(',').flatMap((v, k) => (v === '' ? [] : [[cols[k], /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v]]))));
const batch = (n) => Array.from({ length: n }, (_, i) => records[i % records.length]);
const SCENARIOS = [
  { name: '1 record', records: 1 },
  { name: '1000 records', records: 1000 },
];

// 3. The server, in its own process, as users run it.
const loadBefore = os.loadavg();
const server = spawn(process.execPath, [...CLI, 'serve', archive, '--port', '0', '--backend', values.backend, '--json-logs'], { stdio: ['ignore', 'pipe', 'ignore'] });
const started = await new Promise((resolve) => {
  let out = '';
  server.stdout.setEncoding('utf8').on('data', (d) => {
    out += d;
    const nl = out.indexOf('\n');
    if (nl >= 0) resolve(JSON.parse(out.slice(0, nl)));
  });
  server.on('close', (code) => fail(`serve exited ${code} before listening`));
});
server.removeAllListeners('close');

/** One POST, resolved with its latency in ms (or a failure). */
function post(agent, body) {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const req = request(`${started.url}/predict`, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': String(body.length) } }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 200 ? resolve(performance.now() - t) : reject(new Error(`HTTP ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** `connections` loops, each sending back to back until the time is up; latencies of every request. */
async function load(body, durationMs) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const latencies = [];
  const end = performance.now() + durationMs;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) latencies.push(await post(agent, body));
    }),
  );
  const elapsed = performance.now() - t0;
  agent.destroy();
  return { latencies, elapsed };
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const results = [];
for (const s of SCENARIOS) {
  const body = Buffer.from(JSON.stringify(batch(s.records)));
  await load(body, 1000); // warm-up: JIT, connections, tensor shapes
  const { latencies, elapsed } = await load(body, seconds * 1000);
  const sorted = latencies.sort((a, b) => a - b);
  const rps = latencies.length / (elapsed / 1000);
  results.push({ scenario: s.name, records: s.records, bodyBytes: body.length, requests: latencies.length, rps, recordsPerSecond: rps * s.records, p50: pct(sorted, 50), p99: pct(sorted, 99) });
}
server.kill('SIGTERM');
const exitCode = await new Promise((resolve) => server.on('close', resolve));

// 4. The ceiling: the same predictor in-process, no HTTP, no parsing, no checks.
const probe = path.join(WORK, 'probe.mts');
fs.mkdirSync(WORK, { recursive: true });
fs.writeFileSync(
  probe,
  [
    `import { loadServedModel } from ${JSON.stringify(path.join(PROJECT, 'src/core/serve/servedModel.ts'))};`,
    `const m = await loadServedModel(${JSON.stringify(archive)}, { backend: ${JSON.stringify(values.backend)} });`,
    `const records = ${JSON.stringify(batch(1000))};`,
    'const out = {};',
    'for (const n of [1, 1000]) {',
    '  const part = records.slice(0, n);',
    '  for (let i = 0; i < 50; i++) m.predict(part);',
    '  let calls = 0;',
    '  const t = performance.now();',
    `  while (performance.now() - t < ${seconds * 1000}) { m.predict(part); calls++; }`,
    '  out[n] = (calls * n) / ((performance.now() - t) / 1000);',
    '}',
    'console.log(JSON.stringify(out));',
    'm.dispose();',
  ].join('\n'),
);
const ceiling = JSON.parse(run(process.execPath, ['--import', tsx, probe]).trim().split('\n').at(-1));
const loadAfter = os.loadavg();

const f = (n, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const lines = [
  'model-build serve benchmark (loopback, JSON bodies)',
  `  server  ${started.model} on the ${started.backend} backend, ${started.url}; exited ${exitCode} on SIGTERM`,
  `  load    ${connections} keep-alive connections, ${seconds} s per scenario after a 1 s warm-up, generator in this process`,
  `  env     node ${process.version}, ${os.cpus()[0]?.model ?? '?'}, ${os.availableParallelism()} cores; load average ${loadBefore.map((x) => x.toFixed(1)).join(' ')} before, ${loadAfter.map((x) => x.toFixed(1)).join(' ')} after`,
  '',
  '  scenario       body KiB   requests/s    records/s   p50 ms   p99 ms   in-process records/s (no HTTP)',
  ...results.map(
    (r) =>
      `  ${r.scenario.padEnd(13)} ${(r.bodyBytes / 1024).toFixed(1).padStart(9)} ${f(r.rps).padStart(12)} ${f(r.recordsPerSecond).padStart(12)} ${f(r.p50, 2).padStart(8)} ${f(r.p99, 2).padStart(8)}   ${f(ceiling[r.records]).padStart(12)}`,
  ),
];
process.stdout.write(`${lines.join('\n')}\nBENCH serve ${JSON.stringify({ backend: started.backend, connections, seconds, results, inProcess: ceiling, loadBefore, loadAfter })}\n`);
