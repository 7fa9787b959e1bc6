/**
 * A sweep across runners, as a workflow runs it: `mode: plan` → one `mode: build` leg per
 * matrix entry (each a separate job of one run, uploading through the real @actions/artifact
 * client to the loopback artifact service) → `mode: select`, which lists and downloads this
 * run's legs with the real client, verifies them and uploads the winner.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from './helpers/action.js';
import { startGitHubServices, type Services } from './helpers/githubServices.js';
import { penguinsRepo } from './helpers/project.js';
import { commitAll, git } from './helpers/repo.js';
import { writeZip } from '../src/core/package/zip.js';

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
  'training:',
  '  epochs: 12',
  '  batchSize: 32',
  '  backend: wasm',
  'gates:',
  '  accuracy: ">= 0.9"',
  'sweep:',
  '  grid:',
  '    model.learningRate: [0.02, 0.05, 0.03, 0.04, 0.00001]',
  '  select: { metric: logLoss }',
  '',
].join('\n');

const RUN = 5005;
let services: Services;
beforeAll(async () => {
  services = await startGitHubServices();
});
afterAll(() => services.close());

const run = (root: string, job: number, inputs: Record<string, string>, extra: Parameters<typeof runAction>[2] = {}) =>
  runAction(root, { cache: 'false', comment: 'false', ...inputs }, { ...extra, env: { ...services.env(RUN, job), ...extra.env } });

describe('plan → matrix legs → select, end to end', () => {
  it('selects the best verified leg, explains every other one, uploads the winner and comments the leaderboard', async () => {
    services.reset();
    const root = penguinsRepo({ config: CONFIG });
    const plan = await run(root, 1, { mode: 'plan' });
    expect(plan.code, plan.stdout).toBe(0);
    // The matrix output is what `strategy.matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}` reads.
    const matrix = JSON.parse(plan.outputs.matrix!) as { include: Array<{ variant: string; label: string }> };
    expect(matrix.include).toHaveLength(5);
    expect(JSON.parse(plan.outputs.variants!)).toEqual(matrix.include.map((l) => l.variant));
    expect(plan.summary).toContain('### model-build sweep plan: penguins, 5 variants');
    const leg = (lr: number) => matrix.include.find((l) => l.label === `model.learningRate=${lr}`)!.variant;

    // One leg runs on an older commit than the others (a re-run of a stale job).
    const stale = await run(root, 2, { variant: leg(0.03) });
    expect(stale.code, stale.stdout).toBe(0);
    writeFileSync(path.join(root, 'NOTES.md'), 'a later commit\n');
    commitAll(root, 'notes');
    const head = git(root, 'rev-parse', 'HEAD').trim();

    // In one workspace the legs take turns (on runners each has its own checkout).
    const good = [await run(root, 3, { variant: leg(0.02) }), await run(root, 4, { variant: leg(0.05) })];
    for (const g of good) expect(g.code, g.stdout).toBe(0);
    expect(services.artifacts.filter((a) => a.finalized).map((a) => a.name).sort()).toEqual([`penguins-model-${leg(0.02)}`, `penguins-model-${leg(0.03)}`, `penguins-model-${leg(0.05)}`].sort());
    // A leg that misses its gate uploads nothing.
    const failing = await run(root, 5, { variant: leg(0.00001) });
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('gate(s) failed');
    // A leg whose package was altered after it was built (its digests no longer match).
    const built = await run(root, 6, { variant: leg(0.04), upload: 'false' });
    expect(built.code, built.stdout).toBe(0);
    const bytes = readFileSync(built.outputs['package-path']!);
    bytes[Math.floor(bytes.length / 2)]! ^= 0x55;
    services.seedArtifact({ name: `penguins-model-${leg(0.04)}`, runId: RUN, jobId: 6, bytes: writeZip([{ name: path.basename(built.outputs['package-path']!), data: bytes }], { mtime: 0 }) });

    const select = await run(root, 7, { mode: 'select', comment: 'true', 'github-token': services.githubToken }, {
      eventName: 'pull_request',
      event: { pull_request: { number: 21, base: { ref: 'main' } }, repository: { full_name: services.repository } },
    });
    expect(select.code, select.stdout).toBe(0);
    const logLoss = Object.fromEntries(good.map((g) => [g.outputs['package-path']!, JSON.parse(g.outputs.metrics!).logLoss as number]));
    const [best] = good.map((g) => g.outputs['package-path']!).sort((a, b) => logLoss[a]! - logLoss[b]! || (a < b ? -1 : 1));
    const winner = good.find((g) => g.outputs['package-path'] === best)!;
    expect(select.outputs.variant).toBe(path.basename(best!).split('-')[1]);
    expect(select.outputs['package-digest']).toBe(winner.outputs['package-digest']);
    expect(select.outputs['model-digest']).toBe(winner.outputs['model-digest']);
    expect(JSON.parse(select.outputs.metrics!)).toEqual(JSON.parse(winner.outputs.metrics!));
    expect(select.outputs.commit).toBe(head);
    const main = services.artifacts.find((a) => a.name === 'penguins-model' && a.finalized)!;
    expect(main).toBeDefined();
    expect(select.outputs['artifact-id']).toBe(String(main.id));
    expect(main.bytes.toString('latin1')).toContain(path.basename(best!));

    // The summary: the leaderboard, a chart, and why each other leg is out.
    expect(select.summary).toContain(`### model-build sweep: penguins — ✅ best is \`${select.outputs.variant}\``);
    expect(select.summary).toMatch(new RegExp(`\\| 1 \\| \`${select.outputs.variant}\` \\| `));
    expect(select.summary).toContain('xychart-beta');
    expect(select.summary).toContain(`- \`${leg(0.03)}\` (model.learningRate=0.03): was built from commit ${git(root, 'rev-parse', 'HEAD~1').trim().slice(0, 12)}, not ${head.slice(0, 12)}`);
    expect(select.summary).toMatch(new RegExp(`- \`${leg(0.04)}\` \\(model.learningRate=0.04\\): does not verify: `));
    expect(select.summary).toContain(`- \`${leg(0.00001)}\` (model.learningRate=0.00001): no artifact \`penguins-model-${leg(0.00001)}\` in this run`);
    expect(select.annotations.filter((a) => a.startsWith('::warning'))).toHaveLength(3);
    // The pull request gets the leaderboard; the legs left the comment alone.
    expect(services.comments).toHaveLength(1);
    expect(services.comments[0]!.body).toContain('<!-- model-build:penguins:sweep -->');
    expect(services.comments[0]!.body).toContain(`best is \`${select.outputs.variant}\``);

    // Re-running the select job: the run already holds the model's artifact; no second upload.
    const again = await run(root, 8, { mode: 'select' }, { env: { GITHUB_RUN_ATTEMPT: '2' } });
    expect(again.code, again.stdout).toBe(0);
    expect(again.outputs.variant).toBe(select.outputs.variant);
    expect(again.outputs['artifact-id']).toBe(String(main.id));
    expect(again.stdout).toContain(`already has an artifact "penguins-model" (id ${main.id}`);
    expect(services.artifacts.filter((a) => a.name === 'penguins-model')).toHaveLength(1);
  }, 600_000);

  it('fails clearly when no leg qualifies, naming the missing and the refused ones', async () => {
    services.reset();
    const root = penguinsRepo({ config: CONFIG });
    const plan = JSON.parse((await run(root, 1, { mode: 'plan' })).outputs.matrix!) as { include: Array<{ variant: string }> };
    const [first] = plan.include;
    services.seedArtifact({ name: `penguins-model-${first!.variant}`, runId: RUN, jobId: 2, bytes: writeZip([{ name: 'penguins.zip', data: Buffer.from('not a zip') }], { mtime: 0 }) });
    services.seedArtifact({ name: 'penguins-model-notavariant', runId: RUN, jobId: 3, bytes: writeZip([{ name: 'x.txt', data: Buffer.from('x') }], { mtime: 0 }) });
    const select = await run(root, 9, { mode: 'select' });
    expect(select.code).toBe(1);
    expect(select.stdout).toMatch(/::error::model-build select: no variant qualified out of 5 — missing: (v[0-9a-f]{8}, ){3}v[0-9a-f]{8}; left out: v[0-9a-f]{8} \(does not verify: /);
    expect(select.summary).toContain('❌ no variant qualified');
    expect(select.outputs.variant).toBeUndefined();
    expect(services.artifacts.some((a) => a.name === 'penguins-model')).toBe(false);
  }, 120_000);

  it('refuses a malformed variant input, and plan on a config without a sweep', async () => {
    const root = penguinsRepo();
    const bad = await run(root, 1, { variant: 'v1; rm -rf /' });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('input "variant" must be a variant id like v1a2b3c4d');
    const none = await run(root, 1, { mode: 'plan' });
    expect(none.code).toBe(1);
    expect(none.stdout).toContain('the config has no sweep section');
  });
});
