#!/usr/bin/env node
// Benchmark (issue #15): `model-build pull` from a loopback S3 server against a plain sequential
// download loop with the same @aws-sdk/client-s3, both verifying md5 while streaming.
//
// Generates seeded data (default 1 GiB in 2000 files) as one DVC 3 folder out, puts its objects
// and `.dir` listing into a bucket, makes a git repository with the `.dvc` pointer, `.dvc/config`
// (endpointurl = the loopback server) and a model-build.yml reading that folder, then times,
// alternating the order each round, on a fresh clone / empty folder every time:
//   - pull:     node <src compiled by tsc>/cli/index.js pull --root CLONE --json   (the CLI users run)
//   - baseline: node bench/pull/baseline.mjs   (listing, then GetObject one by one, md5 while streaming)
// Both are separate processes (Node startup included in both), and so is the server
// (bench/pull/server.mjs), so no two of them share an event loop. Servers:
//   - s3rver: s3rver behind a SigV4 check (what the tests use);
//   - plain:  a minimal node:http GetObject/HeadObject responder over a folder, SigV4 NOT
//             verified: shows the client side when the server is not the bottleneck.
// CPU is sampled around each timed run, to say what limits the ratio: the contender's own (this
// process's reaped children), the server's (/proc/PID/stat) and everything else on the machine
// (/proc/stat minus both: other processes). Prints a table per server, the goal (baseline/pull
// >= 3x) and a final line `BENCH pull {json}`. Missing the goal is not an error; a wrong result is.
// Temp folders (data, bucket, repositories) and server processes are removed on exit.
//
// Usage: node bench/pull.mjs [--size-mib 1024] [--files 2000] [--runs 3] [--seed 1]
//                            [--server both|s3rver|plain] [--jobs N] [--clean]

import { Buffer } from 'node:buffer';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PROJECT = path.resolve(HERE, '..');
const WORK = path.join(HERE, '.work', 'pull');
const LIB = path.join(WORK, 'lib'); // a private tsc build of src/: fresh, and lib/ is left to others
const CLI = path.join(LIB, 'cli', 'index.js');
const SERVER = path.join(HERE, 'pull', 'server.mjs');
const BASELINE = path.join(HERE, 'pull', 'baseline.mjs');
const KiB = 1024;
const MiB = 1024 * KiB;
const POOL_BYTES = 32 * MiB;
const BUCKET = 'dvc-bucket';
const PREFIX = 'dvcstore';
const OUT = 'dataset';
const ACCESS_KEY = 'S3RVER';
const SECRET = 'mb-bench-loopback-secret'; // loopback only; never printed

const GIT_ENV = {
  ...process.env,
  LC_ALL: 'C',
  GIT_TERMINAL_PROMPT: '0',
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.invalid',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.invalid',
  GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z',
};

/** Credentials the way CI gives them; nothing from the user's AWS setup leaks in. */
const S3_ENV = (() => {
  const env = { ...process.env, AWS_ACCESS_KEY_ID: ACCESS_KEY, AWS_SECRET_ACCESS_KEY: SECRET, AWS_EC2_METADATA_DISABLED: 'true', AWS_REGION: 'us-east-1' };
  for (const k of ['AWS_PROFILE', 'AWS_SESSION_TOKEN', 'AWS_DEFAULT_PROFILE', 'AWS_ENDPOINT_URL', 'AWS_ENDPOINT_URL_S3']) delete env[k];
  return env;
})();

class BenchError extends Error {}
const fail = (message) => {
  throw new BenchError(message);
};
const log = (message) => process.stderr.write(`[bench pull] ${message}\n`);

// ---------------------------------------------------------------------------------------------
// Cleanup: only what this process made, on every way out.

const madeDirs = [];
const servers = [];

function cleanup() {
  for (const s of servers.splice(0)) {
    try {
      process.kill(s.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
  for (const dir of madeDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}
process.on('exit', cleanup);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    cleanup();
    process.exit(130);
  });
}

function tempDir(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  madeDirs.push(dir);
  return dir;
}

// ---------------------------------------------------------------------------------------------
// Options

function readOptions() {
  const { values } = parseArgs({
    options: {
      'size-mib': { type: 'string', default: '1024' },
      files: { type: 'string', default: '2000' },
      runs: { type: 'string', default: '3' },
      seed: { type: 'string', default: '1' },
      server: { type: 'string', default: 'both' },
      jobs: { type: 'string' },
      'latency-ms': { type: 'string', default: '0' },
      clean: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    process.stdout.write(
      'Usage: node bench/pull.mjs [--size-mib N (1024)] [--files N (2000)] [--runs N (3)] [--seed N (1)]\n' +
        '                           [--server both|s3rver|plain (both)] [--jobs N (pull default)] [--latency-ms N (0)] [--clean]\n' +
        '  --latency-ms  delay every request by N ms: a real bucket\'s first-byte latency (S3: ~100-200 ms), which loopback lacks\n' +
        '  --clean   also delete the compiled CLI (bench/.work/pull) after the run\n',
    );
    process.exit(0);
  }
  const int = (name, min) => {
    const v = Number(values[name]);
    if (!Number.isInteger(v) || v < min) fail(`--${name} must be an integer >= ${min}, got "${values[name]}"`);
    return v;
  };
  if (!['both', 's3rver', 'plain'].includes(values.server)) fail(`--server must be both, s3rver or plain, got "${values.server}"`);
  return {
    sizeMiB: int('size-mib', 1),
    files: int('files', 2),
    runs: int('runs', 1),
    seed: int('seed', 0),
    servers: values.server === 'both' ? ['s3rver', 'plain'] : [values.server],
    jobs: values.jobs === undefined ? undefined : int('jobs', 1),
    latencyMs: int('latency-ms', 0),
    clean: values.clean,
  };
}

// ---------------------------------------------------------------------------------------------
// Deterministic data: one DVC 3 folder out `dataset/` (train.csv + binary shards).

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makePool(seed) {
  const words = new Uint32Array(POOL_BYTES / 4);
  let x = (seed ^ 0x9e3779b9) >>> 0 || 1;
  for (let i = 0; i < words.length; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    words[i] = x;
  }
  return Buffer.from(words.buffer);
}

const TRAIN_CSV = 'x,y\n1,a\n2,b\n3,a\n4,b\n';

/**
 * Sizes drawn from an exponential distribution (many small files, a few up to ~8x the mean, as
 * real datasets go), at least 1 KiB, scaled so the folder totals exactly sizeMiB.
 */
function planFiles({ sizeMiB, files, seed }) {
  const rng = mulberry32(seed);
  const n = files - 1; // + train.csv
  const total = sizeMiB * MiB - TRAIN_CSV.length;
  const weights = Array.from({ length: n }, () => -Math.log(1 - rng()));
  const wsum = weights.reduce((a, b) => a + b, 0);
  const floor = Math.min(KiB, Math.floor(total / n));
  const sizes = weights.map((w) => Math.max(floor, Math.floor((w / wsum) * total)));
  const rest = total - sizes.reduce((a, b) => a + b, 0);
  // Rounding leftovers (either sign) go to the largest file, which can absorb them.
  const big = sizes.indexOf(Math.max(...sizes));
  sizes[big] += rest;
  if (sizes[big] < 1) fail(`cannot split ${sizeMiB} MiB into ${files} files; raise --size-mib or lower --files`);
  const list = sizes.map((size, i) => ({ relpath: `shard-${String(i % 16).padStart(2, '0')}/f-${String(i).padStart(5, '0')}.bin`, size }));
  list.push({ relpath: 'train.csv', size: TRAIN_CSV.length, text: TRAIN_CSV });
  return list;
}

const byteOrder = (a, b) => (a < b ? -1 : a > b ? 1 : 0); // ASCII names: code units == bytes
const objectKey = (md5) => `${PREFIX}/files/md5/${md5.slice(0, 2)}/${md5.slice(2)}`;

/** Writes every object (and the `.dir` listing) under store/<bucket>/<prefix>/files/md5/…. */
function generate(params, store) {
  const started = performance.now();
  const plan = planFiles(params);
  const pool = makePool(params.seed);
  const rng = mulberry32(params.seed ^ 0x5bd1e995);
  const writeObject = (bytesParts) => {
    const md5 = createHash('md5');
    for (const p of bytesParts) md5.update(p);
    const digest = md5.digest('hex');
    const abs = path.join(store, BUCKET, objectKey(digest));
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    const fd = fs.openSync(abs, 'wx');
    try {
      for (const p of bytesParts) {
        let written = 0;
        while (written < p.length) written += fs.writeSync(fd, p, written, p.length - written);
      }
    } finally {
      fs.closeSync(fd);
    }
    return digest;
  };
  plan.forEach((f, i) => {
    if (f.text !== undefined) {
      f.md5 = writeObject([Buffer.from(f.text)]);
      return;
    }
    const header = Buffer.alloc(Math.min(32, f.size), 0x20); // unique per file: distinct md5s
    header.write(`mb-bench-pull ${params.seed} ${i}\n`.slice(0, header.length), 'ascii');
    const parts = [header];
    let left = f.size - header.length;
    let pos = Math.floor(rng() * POOL_BYTES);
    while (left > 0) {
      const n = Math.min(left, POOL_BYTES - pos);
      parts.push(pool.subarray(pos, pos + n));
      left -= n;
      pos = 0;
    }
    f.md5 = writeObject(parts);
  });
  plan.sort((a, b) => byteOrder(a.relpath, b.relpath));
  // Python's json.dumps(sorted listing, sort_keys=True).
  const listing = Buffer.from(`[${plan.map((f) => `{"md5": "${f.md5}", "relpath": "${f.relpath}"}`).join(', ')}]`, 'utf8');
  const dirMd5 = `${writeObject([listing])}.dir`;
  fs.renameSync(path.join(store, BUCKET, objectKey(dirMd5.slice(0, -4))), path.join(store, BUCKET, objectKey(dirMd5)));
  const bytes = plan.reduce((s, f) => s + f.size, 0);
  log(`generated ${plan.length} files (${(bytes / MiB).toFixed(1)} MiB) + listing in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { plan, dirMd5, bytes, listingBytes: listing.length };
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * MiB, ...opts });
  if (r.error) fail(`${cmd} ${args.join(' ')}: ${r.error.message}`);
  if (r.status !== 0) fail(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}:\n${r.stderr ?? ''}${r.stdout ?? ''}`);
  return r.stdout;
}

/** The repository `dvc add dataset && git commit` would leave, its remote on `endpoint`. */
function makeRepo(dir, endpoint, data) {
  const files = {
    '.dvc/config': `[core]\n    remote = bench\n['remote "bench"']\n    url = s3://${BUCKET}/${PREFIX}\n    endpointurl = ${endpoint}\n`,
    '.dvc/.gitignore': '/config.local\n/tmp\n/cache\n',
    '.gitignore': `/${OUT}\nmodel-build-out/\n`,
    [`${OUT}.dvc`]: `outs:\n- md5: ${data.dirMd5}\n  size: ${data.bytes}\n  nfiles: ${data.plan.length}\n  hash: md5\n  path: ${OUT}\n`,
    'model-build.yml': `name: bench-pull\ndata:\n  path: ${OUT}/train.csv\n  label: y\n  extra: [${OUT}]\n`,
  };
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  const git = (...args) => run('git', args, { cwd: dir, env: GIT_ENV });
  git('init', '-q', '-b', 'main');
  git('add', '--', ...Object.keys(files));
  git('-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', 'commit', '-q', '-m', 'bench: dataset pointer');
}

// ---------------------------------------------------------------------------------------------
// Servers (child processes) and upload

/** Per-request server delay (`--latency-ms`), set once from the options. */
let LATENCY_MS = '0';

async function startServer(mode, dir) {
  const child = spawn(process.execPath, [SERVER, '--mode', mode, '--dir', dir, '--bucket', BUCKET, '--secret', SECRET, '--latency-ms', LATENCY_MS], { cwd: PROJECT, stdio: ['pipe', 'pipe', 'inherit'] });
  servers.push(child);
  const line = await new Promise((resolve, reject) => {
    const rl = readline.createInterface({ input: child.stdout });
    rl.once('line', (l) => {
      rl.close();
      resolve(l);
    });
    child.once('exit', (code) => reject(new BenchError(`${mode} server exited with ${code} before listening`)));
  });
  const info = JSON.parse(line);
  return {
    ...info,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.stdin.end(); // the server exits when its stdin closes
        const i = servers.indexOf(child);
        if (i >= 0) servers.splice(i, 1);
      }),
  };
}

/** PutObject of every object file under store/<bucket>/ into the s3rver bucket (setup, untimed). */
async function upload(endpoint, store) {
  const { PutObjectCommand, S3Client } = await import('@aws-sdk/client-s3');
  const client = new S3Client({ endpoint, forcePathStyle: true, region: 'us-east-1', credentials: { accessKeyId: ACCESS_KEY, secretAccessKey: SECRET } });
  const base = path.join(store, BUCKET);
  const keys = [];
  const walk = (rel) => {
    for (const e of fs.readdirSync(path.join(base, rel), { withFileTypes: true }).sort((a, b) => byteOrder(a.name, b.name))) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else keys.push(r);
    }
  };
  walk('');
  let next = 0;
  const worker = async () => {
    while (next < keys.length) {
      const key = keys[next++];
      await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: fs.readFileSync(path.join(base, key)) }));
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  client.destroy();
  return keys.length;
}

// ---------------------------------------------------------------------------------------------
// CPU accounting from /proc (Linux): what the server and the machine spent during a run.

const TICK = 100; // USER_HZ; Linux reports /proc times in 1/100 s on every common build

function machineBusy() {
  try {
    const f = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const idle = f[3] + (f[4] ?? 0);
    return (f.reduce((a, b) => a + b, 0) - idle) / TICK;
  } catch {
    return NaN;
  }
}

function processCpu(pid) {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / TICK; // utime + stime
  } catch {
    return NaN;
  }
}

/** CPU of this process's reaped children (cutime + cstime): a finished spawnSync contender's own CPU. */
function childrenCpu() {
  try {
    const text = fs.readFileSync('/proc/self/stat', 'utf8');
    const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return (Number(f[13]) + Number(f[14])) / TICK;
  } catch {
    return NaN;
  }
}

function timed(cmd, args, opts, serverPid) {
  const cpu0 = machineBusy();
  const srv0 = processCpu(serverPid);
  const own0 = childrenCpu();
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { maxBuffer: 256 * MiB, encoding: 'utf8', ...opts });
  const seconds = (performance.now() - t0) / 1000;
  const machine = machineBusy() - cpu0;
  const server = processCpu(serverPid) - srv0;
  const client = childrenCpu() - own0;
  if (r.error) fail(`${path.basename(args[0] ?? cmd)}: ${r.error.message}`);
  if (r.status !== 0) fail(`${path.basename(args[0] ?? cmd)} ${args.slice(1, 3).join(' ')} exited with ${r.status ?? r.signal}:\n${`${r.stderr ?? ''}${r.stdout ?? ''}`.slice(0, 4000)}`);
  return { seconds, stdout: r.stdout, cpu: { server, client, machine } };
}

// ---------------------------------------------------------------------------------------------

function buildCli() {
  const t0 = performance.now();
  log(`compiling src/ with tsc into ${path.relative(PROJECT, LIB)} ...`);
  const tsc = path.join(PROJECT, 'node_modules', 'typescript', 'bin', 'tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', LIB, '--declaration', 'false', '--declarationMap', 'false', '--sourceMap', 'false'], { cwd: PROJECT, encoding: 'utf8' });
  // tsc emits despite type errors (others may be mid-edit); only a missing CLI stops us.
  if (r.status !== 0) log(`tsc reported errors (exit ${r.status}); using what it emitted:\n${(r.stdout ?? '').slice(0, 2000)}`);
  if (!fs.existsSync(CLI)) fail(`tsc did not produce ${path.relative(PROJECT, CLI)}`);
  // tsc copies no .mjs sources; the CLI imports this one (module guard) beside its compiled code.
  const hooks = path.join(PROJECT, 'src', 'core', 'trust', 'moduleHooks.mjs');
  if (fs.existsSync(hooks)) fs.copyFileSync(hooks, path.join(LIB, 'core', 'trust', 'moduleHooks.mjs'));
  log(`compiled in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function cpuModel() {
  try {
    const line = fs.readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((l) => l.startsWith('model name'));
    if (line) return line.split(':').slice(1).join(':').trim();
  } catch {
    /* not Linux */
  }
  return os.cpus()[0]?.model ?? 'unknown';
}

/** Times pull and baseline against one server mode; returns the samples. */
async function benchServer(mode, opts, data, tmp) {
  const store = path.join(tmp, 'objects');
  const serverDir = mode === 'plain' ? store : path.join(tmp, `s3rver-${mode}`);
  const server = await startServer(mode, serverDir);
  try {
    let uploadSeconds = null;
    if (mode === 's3rver') {
      const t0 = performance.now();
      const n = await upload(server.endpoint, store);
      uploadSeconds = (performance.now() - t0) / 1000;
      log(`s3rver: uploaded ${n} objects in ${uploadSeconds.toFixed(1)} s (setup, untimed)`);
    }
    const repo = path.join(tmp, `repo-${mode}`);
    makeRepo(repo, server.endpoint, data);
    const nFiles = data.plan.length;
    const expectedBytes = data.bytes + data.listingBytes;

    const contenders = {
      pull: (round) => {
        const clone = path.join(tmp, `clone-${mode}-${round}`);
        run('git', ['clone', '-q', '--no-hardlinks', repo, clone], { env: GIT_ENV });
        const args = [CLI, 'pull', '--root', clone, '--json', ...(opts.jobs ? ['--jobs', String(opts.jobs)] : [])];
        const r = timed(process.execPath, args, { cwd: PROJECT, env: S3_ENV }, server.pid);
        let rep;
        try {
          rep = JSON.parse(r.stdout);
        } catch {
          fail(`pull printed no JSON report:\n${r.stdout.slice(0, 2000)}`);
        }
        if (!rep.ok || rep.files.checkedOut !== nFiles || rep.objects.downloaded !== nFiles + 1 || rep.bytesDownloaded !== expectedBytes) {
          fail(`pull: expected ${nFiles} files and ${nFiles + 1} objects (${expectedBytes} bytes) fetched, got ${JSON.stringify({ ok: rep.ok, objects: rep.objects, files: rep.files, bytes: rep.bytesDownloaded, failures: rep.failures?.slice(0, 3) })}`);
        }
        fs.rmSync(clone, { recursive: true, force: true });
        return r;
      },
      baseline: (round) => {
        const out = path.join(tmp, `baseline-${mode}-${round}`);
        fs.mkdirSync(out);
        const args = [BASELINE, '--endpoint', server.endpoint, '--bucket', BUCKET, '--prefix', PREFIX, '--listing', data.dirMd5, '--out', out];
        const r = timed(process.execPath, args, { cwd: PROJECT, env: S3_ENV }, server.pid);
        const rep = JSON.parse(r.stdout);
        if (rep.files !== nFiles || rep.bytes !== expectedBytes) fail(`baseline: expected ${nFiles} files / ${expectedBytes} bytes, got ${JSON.stringify(rep)}`);
        fs.rmSync(out, { recursive: true, force: true });
        return r;
      },
    };

    const samples = { pull: [], baseline: [] };
    for (let round = 0; round < opts.runs; round++) {
      // Alternate the order so drift (page cache, other load) affects both alike.
      const order = round % 2 === 0 ? ['pull', 'baseline'] : ['baseline', 'pull'];
      for (const key of order) {
        const r = contenders[key](round);
        samples[key].push({ seconds: r.seconds, clientCpu: r.cpu.client, serverCpu: r.cpu.server, machineCpu: r.cpu.machine });
      }
      log(`${mode} round ${round + 1}/${opts.runs}: pull ${samples.pull.at(-1).seconds.toFixed(2)} s, baseline ${samples.baseline.at(-1).seconds.toFixed(2)} s`);
    }
    return { mode, uploadSeconds, samples };
  } finally {
    await server.stop();
  }
}

async function main() {
  const opts = readOptions();
  LATENCY_MS = String(opts.latencyMs);
  for (const [cmd, what] of [['git', 'git']]) {
    const p = spawnSync(cmd, ['--version'], { stdio: 'ignore' });
    if (p.error || p.status !== 0) fail(`${what} not found on PATH`);
  }
  const env = {
    node: process.version,
    cpu: cpuModel(),
    cores: os.availableParallelism ? os.availableParallelism() : os.cpus().length,
    memGiB: Number((os.totalmem() / 1024 ** 3).toFixed(1)),
    platform: `${os.platform()} ${os.release()}`,
  };
  log(`machine: ${env.cores} cores (${env.cpu}), node ${env.node}`);
  buildCli();
  const tmp = tempDir('mb-bench-pull-');
  log(`generating ${opts.sizeMiB} MiB in ${opts.files} files under ${tmp} ...`);
  const data = generate({ sizeMiB: opts.sizeMiB, files: opts.files, seed: opts.seed }, path.join(tmp, 'objects'));
  spawnSync('sync', [], { stdio: 'ignore' }); // flush writeback now rather than during timing
  const mib = data.bytes / MiB;

  const results = [];
  for (const mode of opts.servers) results.push(await benchServer(mode, opts, data, tmp));

  const lines = [''];
  lines.push('model-build pull benchmark (issue #15)');
  lines.push(`  data     ${mib.toFixed(1)} MiB (${data.bytes} bytes) in ${data.plan.length} files, one DVC 3 folder out (+ its .dir listing)`);
  lines.push(`  machine  ${env.cores} cores, ${env.cpu}, ${(env.memGiB)} GiB, node ${env.node}, ${env.platform}`);
  lines.push(`  latency  ${opts.latencyMs} ms added by the server to every request${opts.latencyMs ? ' (a real bucket\'s first-byte latency)' : ' (loopback: none)'}`);
  lines.push(`  runs     median of ${opts.runs}, order alternated per round; fresh clone (pull) / empty folder (baseline) each run; page cache warm`);
  lines.push(`  pull     the CLI: node <tsc build of src>/cli/index.js pull --json${opts.jobs ? ` --jobs ${opts.jobs}` : ' (default jobs)'}; into .dvc/cache, then checkout copies (fsynced)`);
  lines.push('  baseline bench/pull/baseline.mjs: same @aws-sdk/client-s3, GetObject one at a time, md5 while streaming, compared');
  const summary = {};
  for (const r of results) {
    lines.push('');
    lines.push(r.mode === 's3rver' ? '  server: s3rver 3.7.1 behind a SigV4 check (as in the tests)' : '  server: plain node:http GetObject responder over a folder (SigV4 NOT verified; not S3-complete)');
    const head = ['contender', 'median s', 'min s', 'max s', 'MiB/s', 'client CPU', 'server CPU', 'other load'];
    const med = {};
    const rows = ['pull', 'baseline'].map((k) => {
      const xs = r.samples[k];
      const secs = xs.map((x) => x.seconds);
      med[k] = median(secs);
      const srv = median(xs.map((x) => x.serverCpu / x.seconds));
      const cli = median(xs.map((x) => x.clientCpu / x.seconds));
      // Machine-wide busy time not spent by the contender or the server: other processes.
      const other = median(xs.map((x) => Math.max(0, x.machineCpu - x.clientCpu - x.serverCpu) / x.seconds));
      summary[r.mode] ??= {};
      summary[r.mode][k] = { medianSeconds: med[k], mibPerSecond: mib / med[k], clientCores: cli, serverCores: srv, otherCores: other, samples: xs };
      const cores = (v) => `${v.toFixed(2)} cores`;
      return [k === 'pull' ? 'model-build pull (CLI)' : 'sequential SDK loop', med[k].toFixed(2), Math.min(...secs).toFixed(2), Math.max(...secs).toFixed(2), (mib / med[k]).toFixed(0), cores(cli), cores(srv), cores(other)];
    });
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
    const fmt = (row) => row.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
    lines.push(`  ${fmt(head)}`);
    lines.push(`  ${widths.map((w) => '-'.repeat(w)).join('  ')}`);
    for (const row of rows) lines.push(`  ${fmt(row)}`);
    const ratio = med.baseline / med.pull;
    summary[r.mode].ratio = ratio;
    summary[r.mode].goal = { value: ratio, goal: 3, pass: ratio >= 3 };
    summary[r.mode].uploadSeconds = r.uploadSeconds;
    const p = summary[r.mode].pull;
    const limit =
      p.serverCores >= 0.85
        ? 'the server (one JS thread near a full core)'
        : p.clientCores + p.serverCores + p.otherCores >= env.cores * 0.85
          ? `CPU: all ${env.cores} cores busy (pull ${p.clientCores.toFixed(2)}, server ${p.serverCores.toFixed(2)}, other processes ${p.otherCores.toFixed(2)})`
          : 'not CPU (latency or disk)';
    lines.push(`  baseline / pull  ${ratio.toFixed(2)}x   (goal >= 3x)  ${ratio >= 3 ? 'PASS' : 'MISS'}   during pull, limited by: ${limit}`);
  }
  lines.push('');
  process.stdout.write(`${lines.join('\n')}\n`);
  const result = {
    data: { bytes: data.bytes, mib: Number(mib.toFixed(3)), files: data.plan.length, requested: { sizeMiB: opts.sizeMiB, files: opts.files, seed: opts.seed } },
    runs: opts.runs,
    jobs: opts.jobs ?? null,
    env,
    servers: summary,
  };
  process.stdout.write(`BENCH pull ${JSON.stringify(result)}\n`);
  if (opts.clean) fs.rmSync(WORK, { recursive: true, force: true });
}

try {
  await main();
} catch (e) {
  if (e instanceof BenchError) {
    process.stderr.write(`[bench pull] error: ${e.message}\n`);
    process.exitCode = 1;
  } else throw e;
} finally {
  cleanup();
}
