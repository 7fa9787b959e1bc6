import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModel, loadModel, ModelBuildError } from '../src/index.js';
import { cli } from './helpers/cli.js';
import { penguinsRepo, syntheticCsv } from './helpers/project.js';
import { commitAll, makeRepo, tempDir, writeFiles } from './helpers/repo.js';

const build = (root: string, args: string[] = []) => cli(['build', '--config', path.join(root, 'model-build.yml'), ...args], { cwd: root });

describe('model-build build', () => {
  it('trains the penguins example, writes the model directory and passes its gate', () => {
    const root = penguinsRepo();
    const r = build(root);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/epoch 12\/12 {2}loss \d\.\d{4} {2}val_loss \d\.\d{4}/);
    expect(r.stdout).toContain('backend wasm (tfjs 4.22.0, SIMD)');
    expect(r.stdout).toMatch(/✓ accuracy >= 0\.9 {2}got 0\.9\d+|✓ accuracy >= 0\.9 {2}got 1 /);
    expect(r.stdout).toContain('model model-build-out/penguins/ (metrics.json, model.json, preprocessor.json, weights.bin)');
    const dir = path.join(root, 'model-build-out/penguins');
    const metrics = JSON.parse(readFileSync(path.join(dir, 'metrics.json'), 'utf8'));
    expect(metrics).toMatchObject({
      format: 1,
      task: 'multiclass',
      classes: ['Adelie', 'Chinstrap', 'Gentoo'],
      seed: 7,
      epochsRun: 12,
      runtime: { backend: 'wasm', tfjsVersion: '4.22.0', simd: true },
      data: { rows: 344, train: 275, validation: 69 },
      gatesPassed: true,
    });
    expect(Object.keys(metrics.metrics)).toEqual(['accuracy', 'macroF1', 'logLoss', 'confusionMatrix']);
    expect(metrics.history).toHaveLength(12);
    const modelJson = JSON.parse(readFileSync(path.join(dir, 'model.json'), 'utf8'));
    expect(modelJson.format).toBe('layers-model');
    // Our seeded dropout is saved as a standard layer, so any TensorFlow.js can load the model.
    expect(JSON.stringify(modelJson.modelTopology)).not.toContain('SeededDropout');
    expect(JSON.stringify(modelJson.modelTopology)).toContain('"class_name":"Dropout"');
  });

  it('produces bit-identical weights when built twice in separate processes', () => {
    const root = penguinsRepo();
    const weights = (out: string) => {
      const r = build(root, ['--out', out]);
      expect(r.code).toBe(0);
      return readFileSync(path.join(root, out, 'penguins/weights.bin'));
    };
    const a = weights('model-build-out/a');
    const b = weights('model-build-out/b');
    expect(a.length).toBeGreaterThan(0);
    expect(Buffer.compare(a, b)).toBe(0);
    const metrics = (out: string) => readFileSync(path.join(root, out, 'penguins/metrics.json'), 'utf8');
    expect(metrics('model-build-out/a')).toBe(metrics('model-build-out/b'));
  });

  it('gives the same weights on the cpu backend across processes, and records the backend', () => {
    const root = penguinsRepo();
    const run = (out: string) => {
      const r = build(root, ['--out', out, '--backend', 'cpu', '--json']);
      expect(r.code).toBe(0);
      return JSON.parse(r.stdout);
    };
    const a = run('model-build-out/c1');
    const b = run('model-build-out/c2');
    expect(a.result.runtime.backend).toBe('cpu');
    const w = (out: string) => readFileSync(path.join(root, out, 'penguins/weights.bin'));
    expect(Buffer.compare(w('model-build-out/c1'), w('model-build-out/c2'))).toBe(0);
    expect(b.result.metrics).toEqual(a.result.metrics);
  });

  it('refuses a dirty tree, and builds it with --allow-dirty recording that it did', () => {
    const root = penguinsRepo();
    writeFileSync(path.join(root, 'notes.txt'), 'uncommitted\n');
    const refused = build(root);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('untracked: notes.txt');
    expect(refused.stdout).toContain('build refused');
    const allowed = build(root, ['--allow-dirty', '--json']);
    expect(allowed.code).toBe(0);
    const result = JSON.parse(allowed.stdout);
    expect(result).toMatchObject({ status: 'built', allowedDirty: true });
  });

  it('fails the build with exit 1 and a table when a gate is not met', () => {
    const root = penguinsRepo();
    const config = readFileSync(path.join(root, 'model-build.yml'), 'utf8').replace('accuracy: ">= 0.9"', 'accuracy: ">= 0.999999"\n  logLoss: "< 0.0000001"');
    writeFileSync(path.join(root, 'model-build.yml'), config);
    commitAll(root);
    const r = build(root);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✗ logLoss < 1e-7 {2}got 0\.\d+ \(\+0\.\d+\)/);
    expect(r.stdout).toContain('FAILED: ');
  });

  it('trains binary and regression tasks and reports their metrics', async () => {
    for (const task of ['binary', 'regression'] as const) {
      const root = makeRepo({
        'd.csv': syntheticCsv(400, task),
        'model-build.yml': `name: synth\ndata:\n  path: d.csv\n  label: target\nmodel:\n  task: ${task}\n  hidden: [{ units: 8 }]\n  learningRate: 0.03\ntraining:\n  epochs: 15\n  backend: cpu\n`,
        '.gitignore': 'model-build-out/\n',
      });
      const r = await buildModel({ config: path.join(root, 'model-build.yml') });
      if (r.status !== 'built') throw new Error('expected a build');
      const m = r.result.metrics;
      if (task === 'binary') {
        expect(Object.keys(m)).toEqual(['accuracy', 'precision', 'recall', 'f1', 'auc', 'logLoss']);
        expect(m.auc).toBeGreaterThan(0.9);
      } else {
        expect(Object.keys(m)).toEqual(['rmse', 'mae', 'r2']);
        expect(m.r2).toBeGreaterThan(0.8);
      }
    }
  });

  it('warns, without failing, about a text column that looks like an identifier', async () => {
    const csv = `id,x,y\n${Array.from({ length: 60 }, (_, i) => `row-${i},${i % 7},${i % 2 ? 'a' : 'b'}`).join('\n')}\n`;
    const root = makeRepo({ 'd.csv': csv, 'model-build.yml': 'name: ids\ndata:\n  path: d.csv\n  label: y\ntraining:\n  epochs: 1\n  backend: cpu\n', '.gitignore': 'model-build-out/\n' });
    const r = await buildModel({ config: path.join(root, 'model-build.yml') });
    if (r.status !== 'built') throw new Error('expected a build');
    expect(r.result.warnings).toEqual([expect.stringContaining('column "id" has 48 distinct values in 48 training rows and looks like an identifier')]);
  });

  it('builds a custom model from model.module, passing it our tf instance', async () => {
    const root = penguinsRepo({
      files: {
        'model.mjs': [
          'export function build(tf, { inputShape, outputUnits, seed }) {',
          '  const m = tf.sequential();',
          '  m.add(tf.layers.dense({ units: outputUnits, activation: "softmax", inputShape,',
          '    kernelInitializer: tf.initializers.glorotUniform({ seed }) }));',
          '  return m;',
          '}',
          '',
        ].join('\n'),
      },
    });
    const config = readFileSync(path.join(root, 'model-build.yml'), 'utf8').replace(/model:\n( {2}.*\n)+/, 'model:\n  task: multiclass\n  module: ./model.mjs\n  learningRate: 0.05\n');
    writeFiles(root, { 'model-build.yml': config });
    commitAll(root);
    const r = await buildModel({ config: path.join(root, 'model-build.yml') });
    expect(r.status).toBe('built');
    if (r.status === 'built') expect(r.result.metrics.accuracy).toBeGreaterThan(0.8);
  });
});

describe('the dense trainer in a build', () => {
  it('records trainer and shards; 1 or 3 threads (option or MODEL_BUILD_TRAIN_THREADS) write the same archive; the shard count is recorded and bounded', async () => {
    const root = penguinsRepo();
    const config = path.join(root, 'model-build.yml');
    // Outputs outside the repository: a later build must not see an earlier one's as untracked files.
    const outs = tempDir('mb-dense-out-');
    const one = await buildModel({ config, trainThreads: 1, out: path.join(outs, '1') });
    const three = await buildModel({ config, trainThreads: 3, out: path.join(outs, 'out-3') });
    if (one.status !== 'built' || three.status !== 'built' || !one.package || !three.package) throw new Error('expected packages');
    expect(one.result.trainer).toEqual({ name: 'dense', shards: 4 });
    const meta = JSON.parse(cli(['inspect', one.package.archive, '--json']).stdout);
    expect(meta.metadata.training.trainer).toEqual({ name: 'dense', shards: 4 });
    expect(readFileSync(three.package.archive).equals(readFileSync(one.package.archive))).toBe(true);
    const viaEnv = cli(['build', '--config', config, '--out', path.join(outs, 'out-env'), '--json'], { cwd: root, env: { MODEL_BUILD_TRAIN_THREADS: '2' } });
    expect(viaEnv.code, viaEnv.stderr).toBe(0);
    expect(readFileSync(JSON.parse(viaEnv.stdout).package.archive).equals(readFileSync(one.package.archive))).toBe(true);
    const bad = cli(['build', '--config', config, '--out', path.join(outs, 'out-bad')], { cwd: root, env: { MODEL_BUILD_TRAIN_THREADS: 'all' } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('MODEL_BUILD_TRAIN_THREADS must be a whole number from 1 to 9999, got "all"');

    writeFiles(root, { 'model-build.yml': readFileSync(config, 'utf8').replace('training:\n', 'training:\n  shards: 3\n') });
    commitAll(root, 'three shards');
    const other = await buildModel({ config, out: path.join(outs, 'out-shards') });
    if (other.status !== 'built') throw new Error('expected a build');
    expect(other.result.trainer).toEqual({ name: 'dense', shards: 3 });
    writeFiles(root, { 'model-build.yml': readFileSync(config, 'utf8').replace('shards: 3', 'shards: 65') });
    commitAll(root, 'too many shards');
    const refused = cli(['build', '--config', config], { cwd: root });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/training\/shards|shards/);
  }, 180_000);
});

describe('early stopping on a validation metric (both trainers share the bookkeeping)', () => {
  it('monitors val_accuracy (higher is better), keeps the best epoch and stops patience epochs after it; a metric the task lacks is refused by name', async () => {
    // Accuracy on n validation rows takes at most n + 1 values, so after the first epoch it can
    // improve at most n times, and training stops PATIENCE epochs after the last improvement: by
    // epoch PATIENCE * (n + 1) + 1 at the latest. With more epochs than PATIENCE * (n + 1) the
    // stop is certain, whatever the weights do (and seeded, it is the same on every run).
    const PATIENCE = 2;
    const EPOCHS = 200;
    for (const module of [false, true]) {
      const root = penguinsRepo(module ? { files: { 'model.mjs': 'export function build(tf, { inputShape, outputUnits, seed }) {\n  const m = tf.sequential();\n  m.add(tf.layers.dense({ units: outputUnits, activation: "softmax", inputShape, kernelInitializer: tf.initializers.glorotUniform({ seed }) }));\n  return m;\n}\n' } } : {});
      const config = path.join(root, 'model-build.yml');
      let text = readFileSync(config, 'utf8')
        .replace('training:\n', `training:\n  earlyStopping: { monitor: val_accuracy, patience: ${PATIENCE} }\n`)
        .replace(/ {2}epochs: \d+\n/, `  epochs: ${EPOCHS}\n`);
      expect(text).toContain(`epochs: ${EPOCHS}`);
      if (module) text = text.replace(/model:\n( {2}.*\n)+/, 'model:\n  task: multiclass\n  module: ./model.mjs\n  learningRate: 0.05\n');
      writeFiles(root, { 'model-build.yml': text });
      commitAll(root, 'early stopping on accuracy');
      const r = await buildModel({ config, out: path.join(tempDir('mb-es-'), 'out') });
      if (r.status !== 'built') throw new Error('expected a build');
      const h = r.result.history;
      expect(h.every((e) => typeof e.val_accuracy === 'number'), module ? 'tfjs' : 'dense').toBe(true);
      const best = Math.max(...h.map((e) => e.val_accuracy!));
      expect(h[r.result.bestEpoch - 1]!.val_accuracy).toBe(best);
      expect(h.findIndex((e) => e.val_accuracy === best) + 1).toBe(r.result.bestEpoch);
      expect(EPOCHS, 'the stop is certain only with more epochs than the accuracy can improve').toBeGreaterThan(PATIENCE * (r.result.data.validation + 1));
      expect(r.result.stoppedEarly, module ? 'tfjs' : 'dense').toBe(true);
      expect(h.length).toBe(r.result.bestEpoch + PATIENCE);
      expect(r.result.epochsRun).toBe(h.length);

      writeFiles(root, { 'model-build.yml': text.replace('val_accuracy', 'val_rmse') });
      commitAll(root, 'a metric the task lacks');
      // Refused when the config loads, before either trainer runs.
      await expect(buildModel({ config, out: path.join(tempDir('mb-es-'), 'out') })).rejects.toThrow(/earlyStopping\.monitor: "val_rmse"/);
    }
  }, 120_000);
});

describe('loadModel / predict', () => {
  it('predicts from records with missing and unseen values, and from the CLI as JSON Lines', async () => {
    const root = penguinsRepo();
    expect(build(root).code).toBe(0);
    const dir = path.join(root, 'model-build-out/penguins');
    const model = await loadModel(dir, { backend: 'wasm' });
    const out = model.predict([
      { island: 'Biscoe', bill_length_mm: 47.5, bill_depth_mm: 14.2, flipper_length_mm: 217, body_mass_g: 5200, sex: 'female' },
      { island: 'Atlantis', bill_length_mm: null, sex: 'unknown' },
      {},
    ]);
    expect(out[0]).toMatchObject({ label: 'Gentoo' });
    for (const p of out) {
      if (!('probabilities' in p)) throw new Error('expected class probabilities');
      const total = Object.values(p.probabilities).reduce((a, b) => a + b, 0);
      expect(total).toBeCloseTo(1, 5);
    }
    model.dispose();
    writeFiles(root, { 'in.jsonl': '{"island":"Dream","bill_length_mm":50,"bill_depth_mm":19,"flipper_length_mm":196,"body_mass_g":3800,"sex":"male"}\n{"island":"Torgersen"}\n' });
    const r = cli(['predict', '--model', dir, '--input', path.join(root, 'in.jsonl')]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0].label).toBe('Chinstrap');
  });

  it('refuses a folder that holds no model, naming the file', async () => {
    await expect(loadModel(makeRepo())).rejects.toThrow(ModelBuildError);
    const empty = makeRepo({ 'x.csv': 'a\n1\n' });
    const r = cli(['predict', '--model', empty, '--input', path.join(empty, 'x.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/preprocessor\.json/);
    expect(r.stderr).not.toMatch(/x\.csv/);
  });
});
