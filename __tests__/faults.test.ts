/**
 * Fault tests for what a build writes: killed after any write step, a full disk, a read-only
 * output folder or repository, two builds of one folder at once, and temp files an older
 * model-build left. Each leaves the old output or the new one, whole (model folder; archive
 * with a provenance statement that describes it), and the next build cleans up after it.
 *
 * Builds run the CLI in child processes on real repositories. The base repository is built
 * once (commit A, config model-build.yml) and copied with `cp -a` for each case; `seed8.yml`
 * at the same commit builds a different model under the same name, so the new archive has
 * the old one's file name and a stale provenance statement would be caught.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZip } from '../src/core/package/zip.js';
import { dvcFile, md5 } from './helpers/dvc.js';
import { cannotMount, deadPid, freeBytes, isRoot, limiter, mount, remountReadOnly, runCli, unmountAll, type RunResult } from './helpers/faults.js';
import { penguinsRepo } from './helpers/project.js';
import { makeRepo, tempDir } from './helpers/repo.js';

const CONFIG = (seed: number, units: number, epochs = 1) =>
  [
    'name: penguins',
    `seed: ${seed}`,
    'data:',
    '  path: data/penguins.csv',
    '  label: species',
    '  cleaning:',
    '    impute: { sex: mode, body_mass_g: median }',
    'model:',
    '  task: multiclass',
    `  hidden: [{ units: ${units}, activation: relu }]`,
    'training:',
    `  epochs: ${epochs}`,
    '  backend: cpu',
    '',
  ].join('\n');

const NAME = 'penguins';
const MODEL_FILES = ['metrics.json', 'model.json', 'preprocessor.json', 'weights.bin'];
const pool = limiter(2);
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const trace = (stderr: string) => [...stderr.matchAll(/^model-build step: (.+)$/gm)].map((m) => m[1]!);
const noStack = (r: RunResult) => expect(`${r.stdout}${r.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+|internal error/);
const firstLine = (s: string) => s.split('\n').find((l) => l.trim() !== '') ?? '';

/** A copy of a repository (with its outputs) in a fresh temp folder. */
function copyRepo(src: string): string {
  const dst = path.join(tempDir('mb-fault-'), 'repo');
  execFileSync('cp', ['-a', src, dst]);
  return dst;
}

/** Digest of every entry in a model folder, by name: a missing, extra or mixed file shows. */
function modelDigests(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, sha256(readFileSync(path.join(dir, f)))]),
  );
}

interface Output {
  /** Digests of the model folder's files. */
  model: Record<string, string>;
  /** File names of the archive and its provenance statement. */
  zip: string;
  provenance: string;
}

function snapshot(out: string): Output {
  const zip = readdirSync(out).find((n) => n.endsWith('.zip') && !n.startsWith('.'));
  if (!zip) throw new Error(`no archive in ${out}: ${readdirSync(out).join(', ')}`);
  return { model: modelDigests(path.join(out, NAME)), zip, provenance: zip.replace(/\.zip$/, '.provenance.intoto.json') };
}

/**
 * Digests of the model files inside an archive, by their names in the model folder. The
 * reader checks the archive from its tail and every entry's CRC, so a partly written archive
 * throws. (Archives are compared by the model they hold, not by their own digest: the
 * packaged predictor is rebuilt while other work goes on in this checkout.)
 */
function zipModel(file: string): Record<string, string> {
  const entries = new Map(readZip(readFileSync(file)).map((e) => [e.name, e.data]));
  const inZip = (f: string) => (f === 'model.json' || f === 'weights.bin' ? `model/${f}` : f);
  return Object.fromEntries(MODEL_FILES.map((f) => [f, entries.has(inZip(f)) ? sha256(entries.get(inZip(f))!) : 'missing']));
}

const same = (a: Record<string, string>, b: Record<string, string>) => JSON.stringify(a) === JSON.stringify(b);

/** What a finished build leaves: the marker, the model folder, the archive and its provenance. */
const finalEntries = (o: Output) => ['.model-build-output', NAME, o.provenance, o.zip].sort();

/** Every provenance statement names the archive beside it and that archive's sha256. */
function provenanceMatches(out: string, names: string[]): string[] {
  const described: string[] = [];
  for (const n of names.filter((x) => x.endsWith('.provenance.intoto.json') && !x.startsWith('.'))) {
    const archive = n.replace(/\.provenance\.intoto\.json$/, '.zip');
    expect(names, `${n} without its archive`).toContain(archive);
    const subject = (JSON.parse(readFileSync(path.join(out, n), 'utf8')) as { subject: Array<{ name: string; digest: { sha256: string } }> }).subject;
    expect(subject.map((s) => s.name)).toEqual([archive]);
    expect(subject[0]!.digest.sha256, `${n} describes another archive than ${archive}`).toBe(sha256(readFileSync(path.join(out, archive))));
    described.push(archive);
  }
  return described;
}

/**
 * The invariants after any fault: the model folder is the old one or the new one, whole (or,
 * only between the two renames, absent with the old one whole beside it); every archive is
 * whole and holds the old model or the new one; every provenance statement describes the
 * archive beside it.
 */
function judge(out: string, old: Output, neu: Output): { model: 'old' | 'new' | 'aside-old'; zip: 'old' | 'new' | 'none'; provenance: boolean } {
  const names = readdirSync(out).sort();
  let model: 'old' | 'new' | 'aside-old';
  if (existsSync(path.join(out, NAME))) {
    const m = modelDigests(path.join(out, NAME));
    if (same(m, old.model)) model = 'old';
    else if (same(m, neu.model)) model = 'new';
    else throw new Error(`model folder is neither the old model nor the new one: ${JSON.stringify({ m, old: old.model, new: neu.model })}`);
  } else {
    const aside = names.filter((n) => n.startsWith(`.model-build-old-${NAME}-`));
    expect(aside, `no ${NAME}/ and no old model aside: ${names.join(', ')}`).toHaveLength(1);
    expect(modelDigests(path.join(out, aside[0]!))).toEqual(old.model);
    model = 'aside-old';
  }
  let zip: 'old' | 'new' | 'none' = 'none';
  for (const n of names.filter((x) => x.endsWith('.zip') && !x.startsWith('.'))) {
    let inside: Record<string, string>;
    try {
      inside = zipModel(path.join(out, n));
    } catch (e) {
      throw new Error(`${n} is not a whole archive: ${(e as Error).message}`);
    }
    const which = same(inside, old.model) ? 'old' : same(inside, neu.model) ? 'new' : null;
    expect(which, `${n} holds neither the old model nor the new one`).not.toBeNull();
    if (n === old.zip) zip = which!;
  }
  const provenance = provenanceMatches(out, names).includes(old.zip);
  return { model, zip, provenance };
}

/** After a normal build: exactly the expected files, `model` whole in the folder and in the archive, no temp entry, no lock. */
function expectClean(out: string, o: Output, model = o.model): void {
  const names = readdirSync(out).sort();
  expect(names).toEqual(finalEntries(o));
  expect(modelDigests(path.join(out, NAME))).toEqual(model);
  expect(zipModel(path.join(out, o.zip))).toEqual(model);
  expect(provenanceMatches(out, names)).toEqual([o.zip]);
}

// The base repository, built once (commit A). Its trace names every write step, so steps
// added to the build later are killed at too.
const base = penguinsRepo({
  config: CONFIG(7, 4),
  files: {
    'seed8.yml': CONFIG(8, 5),
    'slow.yml': CONFIG(9, 6, 60),
    // Claims the output folder, then fails on the data: it repairs without writing anything.
    'broken.yml': CONFIG(7, 4).replace('label: species', 'label: no_such_column'),
  },
});
const baseOut = path.join(base, 'model-build-out');
const traced = await runCli(['build'], { cwd: base, env: { MODEL_BUILD_TRACE_STEPS: '1' } });
if (traced.code !== 0) throw new Error(`the base build failed:\n${traced.stdout}\n${traced.stderr}`);
const steps = trace(traced.stderr);
const old = snapshot(baseOut);

describe('a build killed right after each write step', () => {
  let neu: Output;
  beforeAll(async () => {
    // The new build's output, from a run nobody killed (training is deterministic).
    const ref = copyRepo(base);
    const r = await runCli(['build', '--config', 'seed8.yml'], { cwd: ref });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    neu = snapshot(path.join(ref, 'model-build-out'));
  }, 300_000);

  it('the trace names every write step, and the old and new builds differ in every file', () => {
    const known = [...MODEL_FILES.map((f) => `model:${f}`), 'model:aside', 'model:in-place'];
    for (const f of [old.zip, old.provenance]) known.push(`write:${f}`, `rename:${f}`);
    expect(steps.length).toBeGreaterThan(0);
    expect([...steps].sort()).toEqual(expect.arrayContaining(known.sort()));
    expect(new Set(steps).size).toBe(steps.length);
    // Same commit, same name: the new archive replaces the old one under the same file name.
    expect(neu.zip).toBe(old.zip);
    expect(Object.keys(old.model)).toEqual(MODEL_FILES);
    for (const f of MODEL_FILES) expect(neu.model[f], f).not.toBe(old.model[f]);
  });

  it.concurrent.for(steps)('%s: the old output or the new one, whole; the next build recovers', { timeout: 600_000 }, async (step, { expect }) => {
    const repo = copyRepo(base);
    const out = path.join(repo, 'model-build-out');
    const killed = await pool(() => runCli(['build', '--config', 'seed8.yml'], { cwd: repo, env: { MODEL_BUILD_FAULT_AT: step, MODEL_BUILD_TRACE_STEPS: '1' } }));
    expect(killed.signal, killed.stdout + killed.stderr).toBe('SIGKILL');
    expect(trace(killed.stderr).at(-1)).toBe(step);

    const state = judge(out, old, neu);
    // Where each output must stand, from the order of the steps: the model is swapped by two
    // renames; the archive replaces the old one only once it is whole, and the stale
    // provenance is gone before that.
    const at = (s: string) => steps.indexOf(s);
    const i = at(step);
    expect(state.model).toBe(i < at('model:aside') ? 'old' : i < at('model:in-place') ? 'aside-old' : 'new');
    expect(state.zip).toBe(i < at(`rename:${old.zip}`) ? 'old' : 'new');
    // Every byte is written first; the stale provenance goes just before the first rename.
    expect(state.provenance).toBe(i < at('model:aside') || i >= at(`rename:${old.provenance}`));

    // The next build to claim the folder sweeps what the kill left and puts an old model that
    // was aside back in place, before it writes anything (this one then fails on its data).
    const failed = await pool(() => runCli(['build', '--config', 'broken.yml'], { cwd: repo }));
    expect(failed.code, failed.stdout + failed.stderr).toBe(2);
    expect(firstLine(failed.stderr)).toMatch(/"no_such_column" is not in the data/);
    expect(readdirSync(out).filter((n) => n.startsWith('.model-build-') && n !== '.model-build-output')).toEqual([]);
    expect(judge(out, old, neu)).toEqual({ ...state, model: state.model === 'aside-old' ? 'old' : state.model });

    const again = await pool(() => runCli(['build', '--config', 'seed8.yml'], { cwd: repo }));
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expectClean(out, neu);
  });
});

const mountProbe = tempDir('mb-mount-probe-');
const noMount = cannotMount(mountProbe);
if (noMount) console.warn(`faults.test.ts: SKIPPING the full-disk and read-only-mount tests: ${noMount}`);
/** The builds below share two cores with the killed builds above. */
const build = (args: string[], options: { cwd: string; env?: Record<string, string> }) => pool(() => runCli(args, options));

describe.skipIf(noMount !== null)(`a full disk (tmpfs of 300 KiB)${noMount ? ` — SKIPPED: ${noMount}` : ''}`, () => {
  let mnt: string;
  let out: string;
  let repo: string;
  let before: Output;
  const page = 4096;
  const pages = (n: number) => Math.ceil(n / page) * page;
  const filler = () => path.join(mnt, 'filler');
  /** Fills the disk until exactly `leave` bytes are free (tmpfs counts whole pages). */
  const fill = (leave: number) => {
    rmSync(filler(), { force: true });
    const free = freeBytes(mnt);
    expect(free).toBeGreaterThan(leave);
    writeFileSync(filler(), Buffer.alloc(free - leave));
    expect(freeBytes(mnt)).toBe(leave);
  };
  const expectNoSpace = (r: RunResult) => {
    expect(r.code, r.stdout + r.stderr).toBe(2);
    expect(firstLine(r.stderr)).toContain(out);
    expect(firstLine(r.stderr)).toMatch(/no space left.*ENOSPC/i);
    noStack(r);
  };
  afterAll(() => unmountAll());
  beforeAll(async () => {
    mnt = tempDir('mb-full-');
    mount(mnt, '-t', 'tmpfs', '-o', 'size=300k', 'tmpfs');
    // A subfolder: the filler beside it is not in the output folder.
    out = path.join(mnt, 'out');
    repo = copyRepo(base);
    const r = await build(['build', '--out', out], { cwd: repo });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    before = snapshot(out);
    expect(before.model).toEqual(old.model);
  }, 300_000);

  it('no room even for the lock: refused before training, nothing left behind (no empty lock)', async () => {
    fill(0);
    const r = await build(['build', '--config', 'seed8.yml', '--out', out], { cwd: repo });
    expectNoSpace(r);
    expect(r.stdout).not.toMatch(/^epoch/m);
    expectClean(out, before);
  }, 300_000);

  it('room for the lock but not the model: fails naming the folder, the old output intact', async () => {
    fill(page);
    const r = await build(['build', '--config', 'seed8.yml', '--out', out], { cwd: repo });
    expectNoSpace(r);
    expectClean(out, before);
  }, 300_000);

  it('room for the model but not the archive: nothing changes (every byte is written before anything is swapped)', async () => {
    // The lock and the new model's files fit (a page each), the archive does not.
    for (const f of MODEL_FILES) expect(statSync(path.join(out, NAME, f)).size).toBeLessThanOrEqual(page);
    expect(pages(statSync(path.join(out, before.zip)).size)).toBeGreaterThan(page);
    fill(page * (1 + MODEL_FILES.length));
    const r = await build(['build', '--config', 'seed8.yml', '--out', out], { cwd: repo });
    expectNoSpace(r);
    expectClean(out, before);
  }, 300_000);

  it('with room again, the next build succeeds and leaves exactly its files', async () => {
    rmSync(filler(), { force: true });
    const r = await build(['build', '--config', 'seed8.yml', '--out', out], { cwd: repo });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const after = snapshot(out);
    expect(after.zip).toBe(before.zip);
    expect(after.model).not.toEqual(before.model);
    expectClean(out, after);
  }, 300_000);

  it('a hash cache that cannot be saved on a full disk does not fail the check', async () => {
    const cacheDir = path.join(dvcRepo(), '.git/model-build');
    mkdirSync(cacheDir);
    mount(cacheDir, '-t', 'tmpfs', '-o', 'size=64k', 'tmpfs');
    writeFileSync(path.join(cacheDir, 'filler'), Buffer.alloc(freeBytes(cacheDir)));
    expect(freeBytes(cacheDir)).toBe(0);
    const r = await build(['check', '--json'], { cwd: path.dirname(path.dirname(cacheDir)) });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    // It hashed the data, so it had a cache entry to save.
    expect(JSON.parse(r.stdout).stats).toMatchObject({ hashedFiles: 1 });
    noStack(r);
    // Nothing half-written: no cache, no temp file.
    expect(readdirSync(cacheDir)).toEqual(['filler']);
  }, 300_000);
});

/** A repository whose data is DVC-tracked, so a check hashes it and saves the hash cache. */
function dvcRepo(): string {
  const csv = `a,b,y\n${Array.from({ length: 60 }, (_, i) => `${i},${(i * 7) % 11},${i % 2 ? 'p' : 'q'}`).join('\n')}\n`;
  return makeRepo({
    '.gitignore': '/d.csv\nmodel-build-out/\n',
    'd.csv': csv,
    'd.csv.dvc': dvcFile({ path: 'd.csv', md5: md5(csv), size: Buffer.byteLength(csv) }),
    'model-build.yml': 'name: m\nseed: 1\ndata:\n  path: d.csv\n  label: y\ntraining:\n  epochs: 1\n  backend: cpu\n',
  });
}

describe.concurrent('a read-only output folder or repository', () => {
  afterAll(() => unmountAll());
  // As root, permissions do not stop writes: a read-only mount does.
  const skip = isRoot && noMount !== null;
  const reason = isRoot ? /read-only.*EROFS/ : /permission denied.*EACCES/;

  it.skipIf(skip)('a new read-only --out is refused before training, naming the folder', async ({ expect }) => {
    const out = tempDir('mb-ro-');
    if (isRoot) mount(out, '-t', 'tmpfs', '-o', 'ro,size=64k', 'tmpfs');
    else execFileSync('chmod', ['0555', out]);
    const r = await build(['build', '--out', out], { cwd: copyRepo(base) });
    expect(r.code, r.stdout + r.stderr).toBe(2);
    expect(firstLine(r.stderr)).toContain(out);
    expect(firstLine(r.stderr)).toMatch(reason);
    // Refused before the data was read or the runtime loaded: nothing on stdout, no epoch.
    expect(r.stdout).toBe('');
    noStack(r);
    expect(readdirSync(out)).toEqual([]);
  }, 300_000);

  it.skipIf(skip)('a read-only folder holding a previous model: refused before training, the model intact', async ({ expect }) => {
    const out = tempDir('mb-ro-prev-');
    if (isRoot) mount(out, '-t', 'tmpfs', '-o', 'size=300k', 'tmpfs');
    const repo = copyRepo(base);
    const first = await build(['build', '--out', out], { cwd: repo });
    expect(first.code, first.stdout + first.stderr).toBe(0);
    const before = snapshot(out);
    if (isRoot) remountReadOnly(out);
    else execFileSync('chmod', ['0555', out]);
    const r = await build(['build', '--config', 'seed8.yml', '--out', out], { cwd: repo });
    expect(r.code, r.stdout + r.stderr).toBe(2);
    expect(firstLine(r.stderr)).toContain(out);
    expect(firstLine(r.stderr)).toMatch(reason);
    expect(r.stdout).toBe('');
    noStack(r);
    expectClean(out, before);
    if (!isRoot) execFileSync('chmod', ['0755', out]);
  }, 300_000);

  it.skipIf(skip)('a read-only repository still checks and builds: the hash cache is only skipped', async ({ expect }) => {
    const src = dvcRepo();
    let repo = src;
    if (isRoot) {
      repo = tempDir('mb-ro-view-');
      mount(repo, '--bind', src);
      remountReadOnly(repo, true);
    } else execFileSync('chmod', ['-R', 'a-w', src]);
    const check = await build(['check', '--json'], { cwd: repo });
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(JSON.parse(check.stdout).stats).toMatchObject({ hashedFiles: 1 });
    noStack(check);
    const out = path.join(tempDir('mb-ro-repo-out-'), 'o');
    const r = await build(['build', '--out', out], { cwd: repo });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    noStack(r);
    // The cache could not be written (else this test would prove nothing).
    expect(existsSync(path.join(src, '.git/model-build'))).toBe(false);
    expect(readdirSync(out).sort()).toEqual(['.model-build-output', 'm', expect.stringMatching(/^m-[0-9a-f]{12}\.provenance\.intoto\.json$/), expect.stringMatching(/^m-[0-9a-f]{12}\.zip$/)]);
    if (!isRoot) execFileSync('chmod', ['-R', 'u+w', src]);
  }, 300_000);
});

const lockOf = (out: string) => path.join(out, '.model-build.lock');

describe('two builds of one repository and output folder at the same time', () => {
  it('one builds, the other is refused before training with the lock named; one whole output', async () => {
    const repo = copyRepo(base);
    const out = path.join(repo, 'model-build-out');
    // Started together, outside the pool; a longer training keeps the lock held while the other arrives.
    const args = ['build', '--config', 'slow.yml'];
    const runs = await Promise.all([runCli(args, { cwd: repo }), runCli(args, { cwd: repo })]);
    expect(runs.map((r) => r.code).sort(), runs.map((r) => r.stdout + r.stderr).join('\n----\n')).toEqual([0, 2]);
    const loser = runs.find((r) => r.code === 2)!;
    expect(firstLine(loser.stderr)).toContain(lockOf(out));
    // (Without the pid if it read the lock in the instant between its creation and its first byte.)
    expect(firstLine(loser.stderr)).toMatch(/another build( \(pid \d+ on .+\))? is writing/);
    expect(loser.stdout).toBe('');
    noStack(loser);
    // One whole model, and the archive beside it holds that very model.
    const after = snapshot(out);
    expect(after.model).not.toEqual(old.model);
    expectClean(out, after);
  }, 300_000);
});

describe.concurrent('locks and leftovers of builds that are gone', () => {
  it.for([
    { what: 'a lock held on another host', lock: JSON.stringify({ pid: 1, host: 'ci-runner-7.example' }), says: /another build \(pid 1 on ci-runner-7\.example\) is writing/ },
    { what: 'a lock held by a live process here', lock: JSON.stringify({ pid: process.pid, host: hostname() }), says: new RegExp(`another build \\(pid ${process.pid} on `) },
    { what: 'an unreadable lock', lock: '', says: /another build is writing/ },
  ])('$what is refused before training, naming the lock file; the lock is left alone', { timeout: 300_000 }, async ({ lock, says }, { expect }) => {
    const repo = copyRepo(base);
    const out = path.join(repo, 'model-build-out');
    writeFileSync(lockOf(out), lock);
    const r = await build(['build', '--config', 'seed8.yml'], { cwd: repo });
    expect(r.code, r.stdout + r.stderr).toBe(2);
    expect(firstLine(r.stderr)).toContain(lockOf(out));
    expect(firstLine(r.stderr)).toMatch(says);
    expect(r.stderr).toMatch(/hint: .*remove the lock file/);
    expect(r.stdout).toBe('');
    noStack(r);
    expect(readFileSync(lockOf(out), 'utf8')).toBe(lock);
    expect(modelDigests(path.join(out, NAME))).toEqual(old.model);
  });

  it('a dead build\'s lock is taken over; 0.1 temp names (<name>.tmp-<pid>/, .<archive>.tmp-<pid>) of dead builds are swept; live or foreign ones stay', async ({ expect }) => {
    const repo = copyRepo(base);
    const out = path.join(repo, 'model-build-out');
    const dead = deadPid();
    writeFileSync(lockOf(out), JSON.stringify({ pid: dead, host: hostname() }));
    // As model-build 0.1 left a folder: no marker, a killed build's model folder and archive temp file.
    rmSync(path.join(out, '.model-build-output'));
    mkdirSync(path.join(out, `${NAME}.tmp-${dead}`));
    writeFileSync(path.join(out, `${NAME}.tmp-${dead}`, 'model.json'), '{"modelTopology":');
    writeFileSync(path.join(out, `.${old.zip}.tmp-${dead}`), Buffer.from('PK\x03\x04 half an archive'));
    // Left alone: a temp file of a live process, and a folder holding a file model-build never writes.
    const live = `.other-0123456789ab.zip.tmp-${process.pid}`;
    writeFileSync(path.join(out, live), 'being written');
    mkdirSync(path.join(out, `notes.tmp-${dead}`));
    writeFileSync(path.join(out, `notes.tmp-${dead}`, 'notes.txt'), 'mine');
    const r = await build(['build', '--config', 'seed8.yml'], { cwd: repo });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual([...finalEntries(old), live, `notes.tmp-${dead}`].sort());
    expect(readFileSync(path.join(out, `notes.tmp-${dead}`, 'notes.txt'), 'utf8')).toBe('mine');
  }, 300_000);
});
