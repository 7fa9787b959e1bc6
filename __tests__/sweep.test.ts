/**
 * A sweep on one machine, end to end: real builds of each variant in parallel child processes,
 * the leaderboard, a variant rebuilt byte for byte by verify, and selectBest refusing every kind
 * of package that must not win.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/core/config/load.js';
import type { SweepPlan } from '../src/core/config/sweep.js';
import { selectBest, type Candidate } from '../src/core/sweep/select.js';
import { readPackage } from '../src/core/package/readPackage.js';
import { cli } from './helpers/cli.js';
import { packageEntry, rewritePackage } from './helpers/package.js';
import { penguinsRepo } from './helpers/project.js';
import { git, tempDir } from './helpers/repo.js';

const CONFIG = [
  'name: penguins',
  'seed: 7',
  'data:',
  '  path: data/penguins.csv',
  '  label: species',
  '  cleaning:',
  '    impute: { sex: mode, body_mass_g: median }',
  'model:',
  '  task: multiclass',
  '  hidden: [{ units: 8, activation: relu }]',
  '  learningRate: 0.02',
  'training:',
  '  epochs: 12',
  '  batchSize: 32',
  '  backend: wasm',
  'gates:',
  '  accuracy: ">= 0.9"',
  'sweep:',
  '  grid:',
  // 0.00001 learns nothing in 12 epochs: that variant misses its gate.
  '    model.learningRate: [0.02, 0.05, 0.00001]',
  '  select: { metric: logLoss }',
  '',
].join('\n');

let root: string;
let plan: SweepPlan;
let sweep: {
  metric: string;
  direction: string;
  winner: { variant: string; package: string; digest: string; value: number };
  ranked: Array<{ rank: number; variant: string; value: number; package: string; digest: string }>;
  rejected: Array<{ variant: string; reason: string }>;
  missing: string[];
  leaderboard: string;
  jobs: number;
};
let commit: string;
let tree: string;

beforeAll(() => {
  root = penguinsRepo({ config: CONFIG });
  plan = loadConfig(path.join(root, 'model-build.yml'), { root }).sweep!;
  commit = git(root, 'rev-parse', 'HEAD').trim();
  tree = git(root, 'rev-parse', 'HEAD^{tree}').trim();
  const r = cli(['sweep', '--json', '--jobs', '2'], { cwd: root, timeout: 300_000 });
  expect(r.code, r.stderr).toBe(0);
  sweep = JSON.parse(r.stdout);
}, 320_000);

const idOf = (lr: number) => plan.variants.find((v) => v.overrides['model.learningRate'] === lr)!.id;

describe('model-build sweep', () => {
  it('builds every variant, ranks the ones that passed by the chosen metric, and says why one is left out', () => {
    expect(sweep.jobs).toBe(2);
    expect(sweep.metric).toBe('logLoss');
    expect(sweep.direction).toBe('min');
    expect(sweep.ranked.map((r) => r.variant).sort()).toEqual([idOf(0.02), idOf(0.05)].sort());
    expect(sweep.ranked[0]!.value).toBeLessThanOrEqual(sweep.ranked[1]!.value);
    expect(sweep.winner.variant).toBe(sweep.ranked[0]!.variant);
    expect(sweep.rejected).toEqual([{ variant: idOf(0.00001), label: 'model.learningRate=0.00001', source: expect.any(String), reason: expect.stringMatching(/^failed its gates: accuracy >= 0.9 \(got 0\.\d{4}\)$/) }]);
    expect(sweep.missing).toEqual([]);
    const board = JSON.parse(readFileSync(sweep.leaderboard, 'utf8'));
    expect(board.winner.variant).toBe(sweep.winner.variant);
    expect(board.ranked).toHaveLength(2);
    // The tree stays clean: the sweep writes only below the ignored output folder.
    expect(git(root, 'status', '--porcelain')).toBe('');
  });

  it('a variant package names its variant in its file name, metadata, model card and provenance', () => {
    const archive = sweep.winner.package;
    expect(path.basename(archive)).toBe(`penguins-${sweep.winner.variant}-${commit.slice(0, 12)}.zip`);
    expect(archive).toContain(`${path.sep}sweep${path.sep}${sweep.winner.variant}${path.sep}`);
    const m = readPackage(archive).metadata;
    const v = plan.variants.find((x) => x.id === sweep.winner.variant)!;
    expect(m.variant).toEqual({ id: v.id, overrides: v.overrides });
    expect(m.config.resolved.model?.learningRate).toBe(v.overrides['model.learningRate']);
    expect(packageEntry(archive, 'MODEL_CARD.md')).toContain(`sweep variant \`${v.id}\`: \`model.learningRate\` = \`${v.overrides['model.learningRate']}\``);
    const inspected = cli(['inspect', archive]);
    expect(inspected.code).toBe(0);
    expect(inspected.stdout).toContain(`  variant   ${v.id}  model.learningRate=${v.overrides['model.learningRate']}`);
    const provenance = JSON.parse(readFileSync(archive.replace(/\.zip$/, '.provenance.intoto.json'), 'utf8'));
    expect(provenance.predicate.buildDefinition.externalParameters).toMatchObject({ variant: v.id, overrides: v.overrides });
  });

  it('verify rebuilds a variant byte for byte from its package (the variant id comes from the metadata)', () => {
    const r = cli(['verify', '--against', sweep.winner.package, '--json'], { cwd: root, timeout: 300_000 });
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.reproducible).toBe(true);
    expect(report.rebuilds[0].digest).toBe(sweep.winner.digest);
  }, 320_000);
});

describe('a sweep child builds its variants one after another in one process', () => {
  it('to the same bytes as builds in fresh processes (one job: every variant after the first reuses the process)', () => {
    const repo = penguinsRepo({ config: CONFIG });
    expect(git(repo, 'rev-parse', 'HEAD').trim()).toBe(commit); // same files, same commit time: same commit
    const ids = sweep.ranked.map((r) => r.variant).reverse(); // the other order than the first sweep's shares
    const r = cli(['sweep', '--jobs', '1', '--only', ids.join(','), '--json'], { cwd: repo, timeout: 300_000 });
    expect(r.code, r.stderr).toBe(0);
    const again = JSON.parse(r.stdout) as typeof sweep;
    expect(again.jobs).toBe(1);
    const digest = (s: typeof sweep, id: string) => s.ranked.find((x) => x.variant === id)!.digest;
    for (const id of ids) {
      // Each variant built alone, in a process of its own.
      const alone = cli(['build', '--variant', id, '--out', path.join(tempDir('mb-alone-'), 'out'), '--json'], { cwd: repo, timeout: 120_000 });
      expect(alone.code, alone.stderr).toBe(0);
      expect(digest(again, id), id).toBe(JSON.parse(alone.stdout).package.digest);
    }
  }, 320_000);
});

describe('selectBest', () => {
  const options = () => ({ plan, name: 'penguins', commit, tree });
  const good = (): Candidate[] => sweep.ranked.map((r) => ({ source: r.variant, variant: r.variant, archive: r.package }));
  const forged = (edit: Parameters<typeof rewritePackage>[2]) => {
    const out = path.join(tempDir('mb-forged-'), 'forged.zip');
    rewritePackage(sweep.winner.package, out, edit);
    return out;
  };
  const loser = () => sweep.ranked[1]!;

  it('chooses the same winner whatever order the candidates arrive in', () => {
    const a = selectBest(good(), options());
    const b = selectBest([...good()].reverse(), options());
    expect(a.winner?.variant.id).toBe(sweep.winner.variant);
    expect(b.winner?.variant.id).toBe(sweep.winner.variant);
    expect(b.ranked.map((r) => r.variant.id)).toEqual(a.ranked.map((r) => r.variant.id));
  });

  it('ranks by another metric and direction when asked, ties broken by variant id', () => {
    const byAccuracy = selectBest(good(), { ...options(), metric: 'accuracy' });
    expect(byAccuracy.direction).toBe('max');
    const [first, second] = byAccuracy.ranked;
    expect(first!.value > second!.value || (first!.value === second!.value && first!.variant.id < second!.variant.id)).toBe(true);
    const worst = selectBest(good(), { ...options(), direction: 'max' });
    expect(worst.winner?.variant.id).toBe(loser().variant);
  });

  it('refuses tampered, forged, foreign, dirty and mislabeled packages, each with its reason', () => {
    const dir = tempDir('mb-hostile-legs-');
    const tampered = path.join(dir, 'tampered.zip');
    const bytes = readFileSync(sweep.winner.package);
    bytes[Math.floor(bytes.length / 3)]! ^= 0xff;
    writeFileSync(tampered, bytes);
    const winner = sweep.winner.variant;
    const other = loser().variant;
    const failing = idOf(0.00001);
    const candidates: Candidate[] = [
      { source: 'tampered', variant: winner, archive: tampered },
      { source: 'copied', variant: failing, archive: loser().package },
      { source: 'overrides', variant: other, archive: forged((j) => (j['metadata.json'].variant = { id: other, overrides: { 'model.learningRate': 0.5 } })) },
      { source: 'elsewhere', variant: 'v00000000', archive: loser().package },
    ];
    const s = selectBest(candidates, options());
    expect(s.winner).toBeNull();
    const reasons = Object.fromEntries(s.rejected.map((r) => [r.source, r.reason]));
    expect(reasons.tampered).toMatch(/^does not verify: /);
    expect(reasons.copied).toBe(`holds variant ${other}, not ${failing}`);
    expect(reasons.overrides).toMatch(/^its overrides \(\{"model\.learningRate":0\.5\}\) are not the plan's/);
    expect(reasons.elsewhere).toMatch(/^v00000000 is not a variant of this sweep/);

    const foreign = selectBest(
      [
        { source: 'commit', variant: winner, archive: forged((j) => (j['metadata.json'].code.commit = 'f'.repeat(40))) },
        { source: 'dirty', variant: other, archive: forged((j) => Object.assign(j['metadata.json'], { dirty: true, problems: ['data/penguins.csv: modified'], variant: { id: other, overrides: plan.variants.find((v) => v.id === other)!.overrides } })) },
        { source: 'gone', variant: failing, archive: null, failure: 'failed its gates: accuracy >= 0.9 (got 0.4)' },
      ],
      options(),
    );
    const why = Object.fromEntries(foreign.rejected.map((r) => [r.source, r.reason]));
    expect(why.commit).toBe(`was built from commit ffffffffffff, not ${commit.slice(0, 12)}`);
    expect(why.dirty).toBe('is a dirty build (data/penguins.csv: modified)');
    expect(why.gone).toBe('failed its gates: accuracy >= 0.9 (got 0.4)');
    expect(foreign.missing).toEqual([]);
  });

  it('a leg that read other data loses to the legs that agree; with no majority nobody wins', () => {
    const failing = plan.variants.find((v) => v.id === idOf(0.00001))!;
    const otherData = forged((j) => {
      j['metadata.json'].variant = { id: failing.id, overrides: failing.overrides };
      j['metadata.json'].data[0].hash = `sha256:${'0'.repeat(64)}`;
      j['metadata.json'].data[0].actual = `sha256:${'0'.repeat(64)}`;
    });
    const s = selectBest([...good(), { source: 'b', variant: failing.id, archive: otherData }], options());
    expect(s.winner?.variant.id).toBe(sweep.winner.variant);
    expect(s.rejected.map((r) => [r.source, r.reason])).toEqual([['b', expect.stringMatching(/^read different data from the other legs \(2 agree\): data\/penguins\.csv is sha256:0{64}, the others read git:[0-9a-f]{40}$/)]]);
    const tie = selectBest([good()[0]!, { source: 'b', variant: failing.id, archive: otherData }], options());
    expect(tie.winner).toBeNull();
    expect(tie.rejected.every((r) => /^the legs disagree on the data they read \(2 different sets/.test(r.reason))).toBe(true);
  });

  it('a base build and a second copy of a leg are left out', () => {
    const base = forged((j) => delete j['metadata.json'].variant);
    const s = selectBest(
      [
        { source: 'a', variant: loser().variant, archive: loser().package },
        { source: 'c', variant: idOf(0.00001), archive: base },
        { source: 'd', variant: loser().variant, archive: loser().package },
      ],
      options(),
    );
    expect(s.winner?.variant.id).toBe(loser().variant);
    const why = Object.fromEntries(s.rejected.map((r) => [r.source, r.reason]));
    expect(why.c).toBe(`is a build of the base config, not variant ${idOf(0.00001)}`);
    expect(why.d).toBe(`a second package for ${loser().variant}; the first (by name) is used`);
    expect(s.missing.map((v) => v.id)).toEqual([sweep.winner.variant]);
  });

  it('names the variants no candidate claimed', () => {
    const only = good().slice(0, 1);
    const s = selectBest(only, options());
    expect(s.missing.map((v) => v.id).sort()).toEqual(plan.variants.map((v) => v.id).filter((id) => id !== only[0]!.variant).sort());
  });

  it('--out to a folder git does not ignore: the variants inside the sweep folder are output, not dirt', () => {
    const repo = penguinsRepo({ config: CONFIG });
    const r = cli(['sweep', '--out', 'runs', '--only', idOf(0.02), '--json'], { cwd: repo, timeout: 300_000 });
    expect(r.code, r.stderr + r.stdout).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.ranked.map((x: { variant: string }) => x.variant)).toEqual([idOf(0.02)]);
    expect(out.missing).toEqual([]); // --only narrows the plan the selection compares with
    expect(out.winner.package).toContain(path.join(repo, 'runs', 'sweep', idOf(0.02)));
  }, 320_000);

  it('a sweep of a dirty tree is refused before any build', () => {
    const dirty = penguinsRepo({ config: CONFIG });
    copyFileSync(path.join(dirty, 'data/penguins.csv'), path.join(dirty, 'data/extra.csv'));
    writeFileSync(path.join(dirty, 'data/penguins.csv'), `${readFileSync(path.join(dirty, 'data/penguins.csv'), 'utf8')}\n`);
    const r = cli(['sweep'], { cwd: dirty });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('sweep refused: the code or data is not versioned');
    expect(existsSync(path.join(dirty, 'model-build-out'))).toBe(false);
  });
});
