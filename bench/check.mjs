#!/usr/bin/env node
// Benchmark: `model-build check` against `md5sum` on the same data.
//
// Generates (once, deterministically) a git repository under bench/.work/check/repo whose data
// (default 1 GiB in ~2000 files) is tracked by DVC pointer files, then times, with a warm page
// cache and alternating order:
//   - md5sum over exactly the same files (the reference),
//   - cold check:  node dist/cli.js check --root REPO --json --no-cache
//   - warm check:  node dist/cli.js check --root REPO --json   (hash cache filled beforehand)
//   - floor:       node bench/check/md5-floor.mjs (md5 on every core, nothing else; informational)
//   - CLI startup: node dist/cli.js --version                  (informational: fixed cost)
// Prints a table, the goals (cold/md5sum <= 0.75 on 2 cores, issue #14; warm/cold <= 0.02) and a final line
// `BENCH check {json}`. Missing a goal is not an error; a failing command is.
//
// Usage: node bench/check.mjs [--size-mib 1024] [--files 2000] [--runs 3] [--seed 1] [--shards 8] [--clean]

import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PROJECT = path.resolve(HERE, '..');
const CLI = path.join(PROJECT, 'dist', 'cli.js');
const WORK = path.join(HERE, '.work', 'check');
const REPO = path.join(WORK, 'repo');
const MANIFEST = path.join(WORK, 'manifest.json');
const MANIFEST_FORMAT = 1;
const KiB = 1024;
const MiB = 1024 * KiB;
const POOL_BYTES = 32 * MiB; // pseudo-random bytes every file is cut from
const HEADER_BYTES = 32; // per-file unique header: guarantees distinct md5s
// Cold check against a single md5sum process: hashing runs on every core, md5sum on one.
const COLD_GOAL = 0.75;

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

class BenchError extends Error {}

function fail(message) {
  throw new BenchError(message);
}

function log(message) {
  process.stderr.write(`[bench check] ${message}\n`);
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
      shards: { type: 'string', default: '8' },
      clean: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    process.stdout.write(
      'Usage: node bench/check.mjs [--size-mib N (1024)] [--files N (2000)] [--runs N (3)] [--seed N (1)] [--shards N (8)] [--clean]\n' +
        '  --clean   delete the generated data (bench/.work/check) after the run\n',
    );
    process.exit(0);
  }
  const int = (name, min) => {
    const v = Number(values[name]);
    if (!Number.isInteger(v) || v < min) fail(`--${name} must be an integer >= ${min}, got "${values[name]}"`);
    return v;
  };
  return {
    sizeMiB: int('size-mib', 1),
    files: int('files', 1),
    runs: int('runs', 1),
    seed: int('seed', 0),
    shards: int('shards', 1),
    clean: values.clean,
  };
}

// ---------------------------------------------------------------------------------------------
// Deterministic data

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

/** POOL_BYTES of xorshift32 output. */
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

/**
 * File list: many small (4–64 KiB), some medium (1–8 MiB), a few large (50–100 MiB) as
 * single-file DVC outs; total exactly sizeMiB. Medium and large ranges shrink with the total
 * when it is below 1 GiB, so quick runs keep the same shape.
 */
function planFiles({ sizeMiB, files, seed, shards }) {
  const rng = mulberry32(seed);
  const randInt = (lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
  const total = sizeMiB * MiB;
  const scale = Math.min(1, sizeMiB / 1024);
  const small = [4 * KiB, 64 * KiB];
  const medium = [Math.max(64 * KiB, Math.round(1 * MiB * scale)), Math.max(128 * KiB, Math.round(8 * MiB * scale))];
  const large = [Math.max(256 * KiB, Math.round(50 * MiB * scale)), Math.max(512 * KiB, Math.round(100 * MiB * scale))];

  const largeSizes = [];
  let largeSum = 0;
  while (largeSum < 0.4 * total) {
    const s = randInt(large[0], large[1]);
    largeSizes.push(s);
    largeSum += s;
  }
  const avgSmall = (small[0] + small[1]) / 2;
  const avgMedium = (medium[0] + medium[1]) / 2;
  const nLarge = largeSizes.length;
  let nMedium = Math.round((total - largeSum - avgSmall * (files - nLarge)) / (avgMedium - avgSmall));
  const maxMedium = Math.max(1, Math.floor(0.1 * (files - nLarge)));
  if (nMedium > maxMedium) {
    // Few files for the size: keep most files small and make the medium ones bigger instead.
    nMedium = maxMedium;
    const avg = (total - largeSum - avgSmall * (files - nLarge - nMedium)) / nMedium;
    medium[0] = Math.max(small[1] + 1, Math.round(avg / 2));
    medium[1] = Math.max(medium[0], Math.round((avg * 3) / 2));
  }
  const nSmall = files - nLarge - nMedium;
  if (nMedium < 1 || nSmall < 1) {
    fail(`cannot split ${sizeMiB} MiB into ~${files} files of the intended mix; change --files or --size-mib`);
  }
  const smallSizes = Array.from({ length: nSmall }, () => randInt(small[0], small[1]));
  let rest = total - largeSum - smallSizes.reduce((a, b) => a + b, 0);
  const mediumSizes = [];
  while (rest > 0) {
    let s = randInt(medium[0], medium[1]);
    if (rest - s < medium[0]) s = rest;
    mediumSizes.push(s);
    rest -= s;
  }

  const list = [];
  largeSizes.forEach((size, i) => list.push({ path: `big-${i}.bin`, size, out: `big-${i}.bin` }));
  const dirFiles = [
    ...smallSizes.map((size) => ({ size, prefix: 'f' })),
    ...mediumSizes.map((size) => ({ size, prefix: 'm' })),
  ];
  dirFiles.forEach((f, i) => {
    const shard = `shard-${String(Math.floor(rng() * shards)).padStart(2, '0')}`;
    const part = Math.floor(rng() * 5); // 4 subfolders + the shard's top level
    const name = `${f.prefix}-${String(i).padStart(5, '0')}.bin`;
    const rel = part === 4 ? name : `part-${part}/${name}`;
    list.push({ path: `${shard}/${rel}`, size: f.size, out: shard, relpath: rel });
  });
  return list;
}

/** Writes one file from the pool (unique header + pool bytes from a per-file offset); returns its md5. */
function writeDataFile(abs, size, index, seed, pool, offset) {
  const md5 = createHash('md5');
  const fd = fs.openSync(abs, 'w');
  try {
    const header = Buffer.alloc(Math.min(HEADER_BYTES, size), 0x20);
    header.write(`mb-bench ${seed} ${index}\n`.slice(0, header.length), 'ascii');
    fs.writeSync(fd, header);
    md5.update(header);
    let left = size - header.length;
    let pos = offset % POOL_BYTES;
    while (left > 0) {
      const n = Math.min(left, POOL_BYTES - pos);
      const chunk = pool.subarray(pos, pos + n);
      let written = 0;
      while (written < n) written += fs.writeSync(fd, chunk, written, n - written);
      md5.update(chunk);
      left -= n;
      pos = 0;
    }
  } finally {
    fs.closeSync(fd);
  }
  return md5.digest('hex');
}

const byteOrder = (a, b) => (a < b ? -1 : a > b ? 1 : 0); // ASCII names: code units == bytes

/** DVC's `.dir` hash: md5 of Python's json.dumps(listing, sort_keys=True), plus `.dir`. */
function dvcDirHash(entries) {
  const sorted = [...entries].sort((a, b) => byteOrder(a.relpath, b.relpath));
  const json = `[${sorted.map((e) => `{"md5": "${e.md5}", "relpath": "${e.relpath}"}`).join(', ')}]`;
  return `${createHash('md5').update(json, 'utf8').digest('hex')}.dir`;
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 * MiB, ...opts });
  if (r.error) fail(`${cmd} ${args.join(' ')}: ${r.error.message}`);
  if (r.status !== 0) fail(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}:\n${r.stderr ?? ''}${r.stdout ?? ''}`);
  return r.stdout;
}

function generate(params) {
  const started = performance.now();
  log(`generating ${params.sizeMiB} MiB in ~${params.files} files under ${path.relative(PROJECT, REPO)} ...`);
  fs.rmSync(WORK, { recursive: true, force: true });
  fs.mkdirSync(REPO, { recursive: true });
  const plan = planFiles(params);
  const pool = makePool(params.seed);
  const rng = mulberry32(params.seed ^ 0x5bd1e995);
  const dirsMade = new Set();
  plan.forEach((f, i) => {
    const abs = path.join(REPO, f.path);
    const dir = path.dirname(abs);
    if (!dirsMade.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      dirsMade.add(dir);
    }
    f.md5 = writeDataFile(abs, f.size, i, params.seed, pool, Math.floor(rng() * POOL_BYTES));
  });

  // DVC pointers, one per out.
  const outs = new Map();
  for (const f of plan) {
    if (!outs.has(f.out)) outs.set(f.out, []);
    outs.get(f.out).push(f);
  }
  const pointers = [];
  for (const [out, members] of [...outs].sort((a, b) => byteOrder(a[0], b[0]))) {
    let text;
    if (members.length === 1 && members[0].relpath === undefined) {
      const f = members[0];
      text = `outs:\n- md5: ${f.md5}\n  size: ${f.size}\n  hash: md5\n  path: ${out}\n`;
    } else {
      const size = members.reduce((s, f) => s + f.size, 0);
      const md5 = dvcDirHash(members.map((f) => ({ md5: f.md5, relpath: f.relpath })));
      text = `outs:\n- md5: ${md5}\n  size: ${size}\n  nfiles: ${members.length}\n  hash: md5\n  path: ${out}\n`;
    }
    fs.writeFileSync(path.join(REPO, `${out}.dvc`), text);
    pointers.push(`${out}.dvc`);
  }
  fs.writeFileSync(path.join(REPO, '.gitignore'), [...outs.keys()].sort(byteOrder).map((o) => `/${o}\n`).join(''));

  const git = (...args) => run('git', args, { cwd: REPO, env: GIT_ENV });
  git('init', '-q', '-b', 'main');
  git('add', '--', '.gitignore', ...pointers);
  git('-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', 'commit', '-q', '-m', 'bench data pointers');
  const status = git('status', '--porcelain', '--untracked-files=all');
  if (status.trim() !== '') fail(`generated repository is not clean:\n${status}`);
  spawnSync('sync', [], { stdio: 'ignore' }); // flush writeback now rather than during timing

  const manifest = {
    format: MANIFEST_FORMAT,
    params,
    totalBytes: plan.reduce((s, f) => s + f.size, 0),
    outs: outs.size,
    files: plan.map(({ path: p, size, md5 }) => ({ path: p, size, md5 })),
  };
  fs.writeFileSync(MANIFEST, `${JSON.stringify(manifest)}\n`);
  log(`generated ${plan.length} files, ${outs.size} DVC outs in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return manifest;
}

/** The existing data when it was generated with the same parameters and still looks intact. */
function reusable(params) {
  let m;
  try {
    m = JSON.parse(fs.readFileSync(MANIFEST, 'utf8'));
  } catch {
    return null;
  }
  if (m.format !== MANIFEST_FORMAT || JSON.stringify(m.params) !== JSON.stringify(params)) return null;
  for (const f of m.files) {
    let st;
    try {
      st = fs.statSync(path.join(REPO, f.path));
    } catch {
      return null;
    }
    if (st.size !== f.size) return null;
  }
  const head = spawnSync('git', ['rev-parse', '--verify', '-q', 'HEAD'], { cwd: REPO, env: GIT_ENV, encoding: 'utf8' });
  if (head.status !== 0) return null;
  return m;
}

// ---------------------------------------------------------------------------------------------
// Timing

function timed(cmd, args, opts) {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { maxBuffer: 256 * MiB, ...opts });
  const seconds = (performance.now() - t0) / 1000;
  if (r.error) fail(`${cmd} ${args.slice(0, 4).join(' ')}${args.length > 4 ? ' …' : ''}: ${r.error.message}`);
  if (r.status !== 0) {
    const out = `${r.stderr ?? ''}${r.stdout ?? ''}`.toString().slice(0, 4000);
    fail(`${cmd} ${args.slice(0, 4).join(' ')}${args.length > 4 ? ' …' : ''} exited with ${r.status ?? r.signal}:\n${out}`);
  }
  return { seconds, stdout: r.stdout };
}

function parseReport(stdout, what) {
  let report;
  try {
    report = JSON.parse(stdout.toString('utf8'));
  } catch (e) {
    fail(`${what}: output is not JSON (${e.message}):\n${stdout.toString('utf8').slice(0, 2000)}`);
  }
  if (report.ok !== true) fail(`${what}: report is not ok:\n${JSON.stringify(report.problems ?? report.error ?? report, null, 2)}`);
  return report;
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

// ---------------------------------------------------------------------------------------------

function main() {
  const opts = readOptions();
  const params = { sizeMiB: opts.sizeMiB, files: opts.files, seed: opts.seed, shards: opts.shards };

  if (!fs.existsSync(CLI)) fail(`${path.relative(PROJECT, CLI)} not found: run \`npm run bundle\` first`);
  const probe = spawnSync('md5sum', ['--version'], { stdio: 'ignore' });
  if (probe.error || probe.status !== 0) fail('md5sum not found on PATH (install coreutils); it is the reference');
  const gitProbe = spawnSync('git', ['--version'], { stdio: 'ignore' });
  if (gitProbe.error || gitProbe.status !== 0) fail('git not found on PATH');

  let manifest = reusable(params);
  if (manifest) log(`reusing data in ${path.relative(PROJECT, REPO)} (${manifest.files.length} files)`);
  else manifest = generate(params);
  const nFiles = manifest.files.length;
  const bytes = manifest.totalBytes;
  const mib = bytes / MiB;
  const relFiles = manifest.files.map((f) => f.path);
  const cacheFile = path.join(REPO, '.git', 'model-build', 'hash-cache.json');

  // md5sum over exactly the data files: one invocation when the command line fits, else xargs -0.
  const argBytes = relFiles.reduce((s, p) => s + p.length + 1, 0);
  const md5sumCmd =
    argBytes < 1_000_000
      ? { cmd: 'md5sum', args: ['--', ...relFiles], input: undefined }
      : { cmd: 'xargs', args: ['-0', 'md5sum', '--'], input: Buffer.from(relFiles.join('\0')) };

  const checkArgs = (noCache) => [CLI, 'check', '--root', REPO, '--json', ...(noCache ? ['--no-cache'] : [])];
  const contenders = [
    {
      key: 'md5sum',
      label: 'md5sum (reference)',
      run: () => timed(md5sumCmd.cmd, md5sumCmd.args, { cwd: REPO, input: md5sumCmd.input, stdio: [md5sumCmd.input ? 'pipe' : 'ignore', 'ignore', 'pipe'] }),
    },
    {
      key: 'cold',
      label: 'check --no-cache (cold)',
      run: () => {
        const r = timed(process.execPath, checkArgs(true), { cwd: PROJECT });
        const rep = parseReport(r.stdout, 'cold check');
        if (rep.stats.files !== nFiles || rep.stats.hashedFiles !== nFiles || rep.stats.hashedBytes !== bytes) {
          fail(`cold check: expected ${nFiles} files / ${bytes} bytes hashed, got ${JSON.stringify(rep.stats)}`);
        }
        return r;
      },
    },
    {
      key: 'warm',
      label: 'check (warm hash cache)',
      run: () => {
        const r = timed(process.execPath, checkArgs(false), { cwd: PROJECT });
        const rep = parseReport(r.stdout, 'warm check');
        if (rep.stats.cacheHits !== rep.stats.files || rep.stats.files !== nFiles || rep.stats.hashedBytes !== 0) {
          fail(`warm check: expected all ${nFiles} files from the cache and 0 bytes hashed, got ${JSON.stringify(rep.stats)}`);
        }
        return r;
      },
    },
    {
      key: 'floor',
      label: 'md5 on every core (floor, info)',
      run: () => {
        const r = timed(process.execPath, [path.join(HERE, 'check', 'md5-floor.mjs')], { cwd: REPO, input: Buffer.from(relFiles.join('\n')), stdio: ['pipe', 'pipe', 'pipe'] });
        if (Number(r.stdout.toString()) !== bytes) fail(`md5-floor.mjs read ${r.stdout.toString().trim()} bytes, expected ${bytes}`);
        return r;
      },
    },
    {
      key: 'startup',
      label: 'cli --version (startup, info)',
      run: () => timed(process.execPath, [CLI, '--version'], { cwd: PROJECT }),
    },
  ];

  // Correctness first: a cold check must pass before anything is timed.
  log('verifying: check --no-cache must report ok ...');
  const verify = timed(process.execPath, checkArgs(true), { cwd: PROJECT });
  const verifyReport = parseReport(verify.stdout, 'verification check');
  if (verifyReport.stats.files !== nFiles) {
    fail(`verification check saw ${verifyReport.stats.files} files, expected ${nFiles}`);
  }

  // Fill the hash cache (timed separately: it is a cold check that also writes the cache).
  fs.rmSync(cacheFile, { force: true });
  const fill = timed(process.execPath, checkArgs(false), { cwd: PROJECT });
  const fillReport = parseReport(fill.stdout, 'cache-filling check');
  if (fillReport.stats.hashedFiles !== nFiles) fail(`cache-filling check hashed ${fillReport.stats.hashedFiles} files, expected ${nFiles}`);
  if (!fs.existsSync(cacheFile)) fail(`cache-filling check did not write ${cacheFile}`);

  // Warm-up round (page cache, JIT of nothing in particular, disk metadata), untimed.
  log('warm-up round ...');
  for (const c of contenders) c.run();

  const samples = Object.fromEntries(contenders.map((c) => [c.key, []]));
  for (let round = 0; round < opts.runs; round++) {
    // Rotate the order each round so drift affects every contender alike.
    const order = contenders.map((_, i) => contenders[(i + round) % contenders.length]);
    for (const c of order) samples[c.key].push(c.run().seconds);
    log(`round ${round + 1}/${opts.runs}: ${contenders.map((c) => `${c.key} ${samples[c.key].at(-1).toFixed(3)} s`).join(', ')}`);
  }

  const med = Object.fromEntries(contenders.map((c) => [c.key, median(samples[c.key])]));
  const coldVsMd5 = med.cold / med.md5sum;
  const warmVsCold = med.warm / med.cold;
  const goals = {
    coldVsMd5sum: { value: coldVsMd5, goal: COLD_GOAL, pass: coldVsMd5 <= COLD_GOAL },
    warmVsCold: { value: warmVsCold, goal: 0.02, pass: warmVsCold <= 0.02 },
  };
  const env = {
    node: process.version,
    cpu: cpuModel(),
    cores: os.availableParallelism ? os.availableParallelism() : os.cpus().length,
    platform: `${os.platform()} ${os.release()}`,
  };

  // Table.
  const lines = [];
  lines.push('');
  lines.push(`model-build check benchmark`);
  lines.push(`  data   ${mib.toFixed(1)} MiB (${bytes} bytes) in ${nFiles} files, ${manifest.outs} DVC outs`);
  lines.push(`  env    node ${env.node}, ${env.cpu}, ${env.cores} cores, ${env.platform}`);
  lines.push(`  runs   median of ${opts.runs} (after 1 untimed warm-up each, page cache warm, order rotated per round)`);
  lines.push('');
  const head = ['contender', 'median s', 'min s', 'max s', 'MiB/s'];
  const rows = contenders.map((c) => {
    const xs = samples[c.key];
    return [
      c.label,
      med[c.key].toFixed(3),
      Math.min(...xs).toFixed(3),
      Math.max(...xs).toFixed(3),
      c.key === 'startup' ? '-' : (mib / med[c.key]).toFixed(0),
    ];
  });
  rows.push(['check (cache fill, 1 run)', fill.seconds.toFixed(3), '-', '-', (mib / fill.seconds).toFixed(0)]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (r) => r.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
  lines.push(`  ${fmt(head)}`);
  lines.push(`  ${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const r of rows) lines.push(`  ${fmt(r)}`);
  lines.push('');
  lines.push(`  cold check / md5sum      ${coldVsMd5.toFixed(3)}   (goal <= ${COLD_GOAL.toFixed(2)})  ${goals.coldVsMd5sum.pass ? 'PASS' : 'MISS'}`);
  lines.push(`  warm check / cold check  ${warmVsCold.toFixed(3)}   (goal <= 0.02)  ${goals.warmVsCold.pass ? 'PASS' : 'MISS'}`);
  lines.push(`  floor / md5sum           ${(med.floor / med.md5sum).toFixed(3)}   (what this machine allows: Node, its threads and md5 alone)`);
  lines.push(`  cold check / floor       ${(med.cold / med.floor).toFixed(3)}   (check's own cost: git, pointers, listing, report)`);
  lines.push('');
  process.stdout.write(`${lines.join('\n')}\n`);

  const result = {
    data: { bytes, mib: Number(mib.toFixed(3)), files: nFiles, outs: manifest.outs, requested: params },
    runs: opts.runs,
    env,
    medianSeconds: med,
    mibPerSecond: { md5sum: mib / med.md5sum, cold: mib / med.cold, warm: mib / med.warm },
    cacheFillSeconds: fill.seconds,
    samples,
    ratios: { coldVsMd5sum: coldVsMd5, warmVsCold, floorVsMd5sum: med.floor / med.md5sum, coldVsFloor: med.cold / med.floor },
    goals,
  };
  process.stdout.write(`BENCH check ${JSON.stringify(result)}\n`);

  if (opts.clean) {
    fs.rmSync(WORK, { recursive: true, force: true });
    log(`removed ${path.relative(PROJECT, WORK)}`);
  }
}

try {
  main();
} catch (e) {
  if (e instanceof BenchError) {
    process.stderr.write(`[bench check] error: ${e.message}\n`);
    process.exit(1);
  }
  throw e;
}
