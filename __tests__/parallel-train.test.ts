import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type * as TF from '@tensorflow/tfjs';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ModelConfig, Task } from '../src/core/config/types.js';
import { cleanTable } from '../src/core/data/clean.js';
import { readTable } from '../src/core/data/read.js';
import { splitRows } from '../src/core/data/split.js';
import { ModelBuildError } from '../src/core/errors.js';
import { encodeLabels, fitPreprocessor, inputWidth, transform } from '../src/core/features/preprocessor.js';
import { loadRuntime, type Runtime } from '../src/core/runtime/tensorflow.js';
import { fitDense, type DenseFitOptions } from '../src/core/train/denseFit.js';
import { VALIDATION_CHUNK } from '../src/core/train/denseShards.js';
import { fitModel, type Examples } from '../src/core/train/fit.js';
import { buildDeclarativeModel } from '../src/core/train/model.js';
import { deserializeModel, serializeModel } from '../src/core/train/serialize.js';
import { projectRoot } from './helpers/cli.js';
import { tempDir } from './helpers/repo.js';

let rt: Runtime;
/** examples/penguins as the build prepares it: cleaned, split 80/20 stratified, encoded. */
let penguins: { train: Examples; val: Examples; width: number; classes: number };

beforeAll(async () => {
  rt = await loadRuntime({ backend: 'wasm' });
  const file = path.join(projectRoot, 'examples/penguins/data/penguins.csv');
  const impute = { bill_length_mm: 'median', bill_depth_mm: 'median', flipper_length_mm: 'median', body_mass_g: 'median', sex: 'mode' } as const;
  const { table } = cleanTable(await readTable(file), 'species', { dropMissingLabel: true, impute });
  const split = splitRows(table, { seed: 42, fraction: 0.2, stratifyBy: 'species' });
  const trainRows = split.train.map((i) => table.rows[i]!);
  const valRows = split.validation.map((i) => table.rows[i]!);
  const pre = fitPreprocessor(table, trainRows, { label: 'species', task: 'multiclass', impute, source: 'penguins.csv' });
  penguins = {
    train: { x: transform(pre, trainRows), y: encodeLabels(pre, trainRows) },
    val: { x: transform(pre, valRows), y: encodeLabels(pre, valRows) },
    width: inputWidth(pre),
    classes: pre.label.classes!.length,
  };
});

type Run = Omit<DenseFitOptions, 'task' | 'classCount' | 'width' | 'spec'> & { spec: ModelConfig };

/** Builds the declarative model as buildModel does, trains it with fitDense, returns it. */
async function trainDense(run: Run, data = penguins, task: Task = 'multiclass'): Promise<{ model: TF.LayersModel; loss: number[] }> {
  const outputUnits = task === 'multiclass' ? data.classes : 1;
  const model = buildDeclarativeModel(rt.tf, { ...run.spec, task }, { inputShape: [data.width], outputUnits, task, seed: run.seed });
  const fit = await fitDense(rt.tf, model, data.train, data.val, { ...run, task, classCount: data.classes, width: data.width });
  return { model, loss: fit.history.map((h) => h.loss) };
}

/** The bytes the package would hold: weights.bin. */
async function weightsOf(model: TF.LayersModel): Promise<string> {
  const s = await serializeModel(rt.tf, model);
  return createHash('sha256').update(s.weights).digest('hex');
}

function accuracy(pred: Float32Array | Int32Array | Uint8Array, y: number[], classes: number): number {
  let hits = 0;
  y.forEach((label, i) => {
    let best = 0;
    for (let c = 1; c < classes; c++) if (pred[i * classes + c]! > pred[i * classes + best]!) best = c;
    if (best === label) hits++;
  });
  return hits / y.length;
}

const shared: Run = {
  spec: { hidden: [{ units: 16, activation: 'relu', dropout: 0.2 }, { units: 8, activation: 'tanh' }], l2: 0.001, optimizer: 'adam', learningRate: 0.01 },
  epochs: 6,
  batchSize: 32,
  seed: 7,
  shards: 4,
};

describe('fitDense: deterministic data-parallel training', () => {
  it('1, 2 and 4 worker threads give bit-identical weights for the same shard count (dropout, l2, adam)', async () => {
    const digests: string[] = [];
    for (const workers of [1, 2, 4]) {
      const { model } = await trainDense({ ...shared, workers });
      digests.push(await weightsOf(model));
      model.dispose();
    }
    expect(new Set(digests).size).toBe(1);
    // Another shard count sums in another order: the same model up to rounding (double-precision
    // sums rarely change a float32 bit, but may, so the count is a build input).
    const three = await trainDense({ ...shared, shards: 3, workers: 2 });
    const four = await trainDense({ ...shared, workers: 1 });
    const start = buildDeclarativeModel(rt.tf, { ...shared.spec, task: 'multiclass' }, { inputShape: [penguins.width], outputUnits: 3, task: 'multiclass', seed: shared.seed });
    const flat = (m: TF.LayersModel) => m.getWeights().flatMap((w) => Array.from(w.dataSync()));
    const [a, b, s0] = [flat(three.model), flat(four.model), flat(start)];
    expect(Math.max(...a.map((v, i) => Math.abs(v - b[i]!)))).toBeLessThan(1e-4);
    expect(Math.max(...a.map((v, i) => Math.abs(v - s0[i]!)))).toBeGreaterThan(1e-2); // it trained
    [three.model, four.model, start].forEach((m) => m.dispose());
  });

  it('the validation pass, split in chunks among 1, 2 or 4 threads, gives the same val_loss, metric and predictions', async () => {
    // More validation rows than threads × chunk, and a short last chunk: every thread predicts some.
    const width = 6;
    const valRows = 4 * VALIDATION_CHUNK + 37;
    let state = 12345;
    const next = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296) * 2 - 1;
    const rows = (n: number): Examples => {
      const x = Float32Array.from({ length: n * width }, next);
      const y = Array.from({ length: n }, (_, i) => (x[i * width]! + x[i * width + 1]! > 0 ? 1 : 0) + (x[i * width + 2]! > 0.5 ? 1 : 0));
      return { x, y };
    };
    const data = { train: rows(200), val: rows(valRows), width, classes: 3 };
    const spec: ModelConfig = { hidden: [{ units: 8, activation: 'relu' }], optimizer: 'adam', learningRate: 0.01 };
    const seen: Array<{ history: unknown; predictions: Float32Array[] }> = [];
    for (const workers of [1, 2, 4]) {
      const model = buildDeclarativeModel(rt.tf, { ...spec, task: 'multiclass' }, { inputShape: [width], outputUnits: 3, task: 'multiclass', seed: 3 });
      const predictions: Float32Array[] = [];
      const fit = await fitDense(rt.tf, model, data.train, data.val, {
        spec, task: 'multiclass', classCount: 3, width, epochs: 3, batchSize: 16, seed: 3, shards: 4, workers,
        earlyStopping: { monitor: 'val_accuracy', patience: 5 },
        validationMetric: (p) => (predictions.push(Float32Array.from(p)), { accuracy: accuracy(p, data.val.y, 3) }),
      });
      seen.push({ history: fit.history, predictions });
      model.dispose();
    }
    expect(seen[0]!.predictions).toHaveLength(3);
    expect(seen[1]).toEqual(seen[0]);
    expect(seen[2]).toEqual(seen[0]);
  });

  it('more shards than rows in a batch, a last short batch, and workers beyond the shard count change nothing', async () => {
    const odd = { ...shared, batchSize: 5, epochs: 2, shards: 8 }; // 267 rows: a last batch of 2, shards with no rows
    const a = await trainDense({ ...odd, workers: 1 });
    const b = await trainDense({ ...odd, workers: 16 });
    expect(await weightsOf(b.model)).toBe(await weightsOf(a.model));
    expect(b.loss).toEqual(a.loss);
    a.model.dispose();
    b.model.dispose();
  });

  it('trains penguins well above chance, and the model saves, loads and predicts in TensorFlow.js', async () => {
    const spec: ModelConfig = { hidden: [{ units: 16, activation: 'relu' }], optimizer: 'adam', learningRate: 0.01 };
    const { model, loss } = await trainDense({ spec, epochs: 60, batchSize: 32, seed: 42, workers: 2 });
    expect(loss.at(-1)!).toBeLessThan(loss[0]! / 3);
    const s = await serializeModel(rt.tf, model);
    const loaded = await deserializeModel(rt.tf, s.modelJson, s.weights);
    const x = rt.tf.tensor2d(penguins.val.x, [penguins.val.y.length, penguins.width]);
    const pred = loaded.predict(x) as TF.Tensor;
    const majority = Math.max(...[0, 1, 2].map((c) => penguins.val.y.filter((y) => y === c).length)) / penguins.val.y.length;
    expect(majority).toBeLessThan(0.5);
    expect(accuracy(pred.dataSync() as Float32Array, penguins.val.y, penguins.classes)).toBeGreaterThanOrEqual(0.9);
    rt.tf.dispose([x, pred]);
    model.dispose();
    loaded.dispose();
  });

  // The gradients are checked against TensorFlow.js's own: one full-batch step (batch = all rows)
  // of each optimizer, activation, output and l2 from the same initial weights must land on the
  // same weights, up to float32 rounding.
  const cases: Array<{ name: string; task: Task; spec: ModelConfig; steps: number }> = [
    { name: 'softmax, relu + elu, sgd', task: 'multiclass', spec: { hidden: [{ units: 8, activation: 'relu' }, { units: 6, activation: 'elu' }], optimizer: 'sgd', learningRate: 0.5 }, steps: 1 },
    { name: 'softmax, selu + swish, adam, l2', task: 'multiclass', spec: { hidden: [{ units: 8, activation: 'selu' }, { units: 6, activation: 'swish' }], optimizer: 'adam', learningRate: 0.05, l2: 0.01 }, steps: 3 },
    { name: 'sigmoid output, tanh, rmsprop', task: 'binary', spec: { hidden: [{ units: 8, activation: 'tanh' }], optimizer: 'rmsprop', learningRate: 0.01 }, steps: 3 },
    { name: 'linear output, softplus + sigmoid + linear, adagrad', task: 'regression', spec: { hidden: [{ units: 8, activation: 'softplus' }, { units: 5, activation: 'sigmoid' }, { units: 4, activation: 'linear' }], optimizer: 'adagrad', learningRate: 0.1 }, steps: 3 },
  ];
  for (const c of cases) {
    it(`agrees with TensorFlow.js model.fit on full-batch steps: ${c.name}`, async () => {
      const data =
        c.task === 'multiclass'
          ? penguins
          : {
              ...penguins,
              // binary: Adelie or not; regression: a standardized column predicted from the others.
              train: { x: penguins.train.x, y: c.task === 'binary' ? penguins.train.y.map((y) => (y === 0 ? 1 : 0)) : penguins.train.y.map((_, i) => penguins.train.x[i * penguins.width + penguins.width - 1]! * 0.5) },
              val: { x: penguins.val.x, y: c.task === 'binary' ? penguins.val.y.map((y) => (y === 0 ? 1 : 0)) : penguins.val.y.map((_, i) => penguins.val.x[i * penguins.width + penguins.width - 1]! * 0.5) },
            };
      const n = data.train.y.length;
      const run = { spec: c.spec, epochs: c.steps, batchSize: n, seed: 3, shards: 4, workers: 2 };
      const ours = await trainDense(run, data, c.task);
      const outputUnits = c.task === 'multiclass' ? data.classes : 1;
      const theirs = buildDeclarativeModel(rt.tf, { ...c.spec, task: c.task }, { inputShape: [data.width], outputUnits, task: c.task, seed: 3 });
      await fitModel(rt.tf, theirs, data.train, data.val, { task: c.task, classCount: data.classes, width: data.width, epochs: c.steps, batchSize: n, seed: 3 });
      const a = ours.model.getWeights().map((w) => Array.from(w.dataSync()));
      const b = theirs.getWeights().map((w) => Array.from(w.dataSync()));
      const start = buildDeclarativeModel(rt.tf, { ...c.spec, task: c.task }, { inputShape: [data.width], outputUnits, task: c.task, seed: 3 });
      const s0 = start.getWeights().map((w) => Array.from(w.dataSync()));
      let moved = 0;
      a.forEach((w, i) =>
        w.forEach((v, k) => {
          expect(Math.abs(v - b[i]![k]!), `weight ${i}[${k}]`).toBeLessThan(2e-5 * Math.max(1, Math.abs(v)));
          moved = Math.max(moved, Math.abs(v - s0[i]![k]!));
        }),
      );
      expect(moved).toBeGreaterThan(1e-3); // the steps did move the weights: the comparison is not vacuous
      expect(ours.loss[0]).toBeCloseTo((await lossOfFirstStep(c, data)) ?? ours.loss[0]!, 4);
      ours.model.dispose();
      theirs.dispose();
      start.dispose();
    });
  }

  /** TensorFlow.js's loss (with regularization) at the initial weights, as fit reports for step 1. */
  async function lossOfFirstStep(c: (typeof cases)[number], data: typeof penguins): Promise<number | undefined> {
    const outputUnits = c.task === 'multiclass' ? data.classes : 1;
    const m = buildDeclarativeModel(rt.tf, { ...c.spec, task: c.task }, { inputShape: [data.width], outputUnits, task: c.task, seed: 3 });
    const x = rt.tf.tensor2d(data.train.x, [data.train.y.length, data.width]);
    const y = c.task === 'multiclass' ? rt.tf.oneHot(rt.tf.tensor1d(data.train.y, 'int32'), data.classes).toFloat() : rt.tf.tensor2d(Float32Array.from(data.train.y), [data.train.y.length, 1]);
    const h = await m.fit(x, y, { epochs: 1, batchSize: data.train.y.length, shuffle: false, verbose: 0 });
    rt.tf.dispose([x, y]);
    m.optimizer?.dispose();
    m.dispose();
    return Number(h.history.loss![0]);
  }

  // Digests of small runs taken before the reduction and the optimizer moved into the worker
  // threads (by parameter range): a change in any parameter's arithmetic, the loss sums or the
  // L2 penalty's order shows up here, whatever the thread count.
  const pinned: Array<{ name: string; run: Run; workers: number[]; digest: string }> = [
    { name: 'adam, dropout, l2, 4 shards', run: { ...shared, epochs: 3 }, workers: [1, 2, 4], digest: 'd8c4bc24d2c94da3' },
    {
      name: 'sgd, l2, 3 shards, a last short batch',
      run: { ...shared, spec: { ...shared.spec, optimizer: 'sgd', learningRate: 0.1 }, epochs: 3, batchSize: 20, shards: 3 },
      workers: [1, 2],
      digest: 'ce82a2548040e316',
    },
    { name: 'rmsprop, 5 shards', run: { ...shared, spec: { ...shared.spec, optimizer: 'rmsprop', l2: 0 }, epochs: 3, shards: 5 }, workers: [1, 2], digest: '03016640b87a2b61' },
    {
      name: 'adagrad, 2 shards, early stopping',
      run: { ...shared, spec: { ...shared.spec, optimizer: 'adagrad', learningRate: 0.05 }, epochs: 4, shards: 2, earlyStopping: { patience: 1, minDelta: 10 } },
      workers: [1, 2],
      digest: 'b58c7f87f76ff49b',
    },
  ];
  for (const p of pinned) {
    it(`weights and loss history equal the pinned digest for any thread count: ${p.name}`, async () => {
      for (const workers of p.workers) {
        const model = buildDeclarativeModel(rt.tf, { ...p.run.spec, task: 'multiclass' }, { inputShape: [penguins.width], outputUnits: 3, task: 'multiclass', seed: p.run.seed });
        const fit = await fitDense(rt.tf, model, penguins.train, penguins.val, { ...p.run, workers, task: 'multiclass', classCount: penguins.classes, width: penguins.width });
        const digest = createHash('sha256').update(await weightsOf(model)).update(JSON.stringify(fit)).digest('hex').slice(0, 16);
        expect(digest, `${workers} workers`).toBe(p.digest);
        model.dispose();
      }
    });
  }

  it('a shard count out of range is a clear error naming the setting', async () => {
    const err = await trainDense({ ...shared, shards: 0 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ModelBuildError);
    expect((err as ModelBuildError).code).toBe('CONFIG_INVALID');
    expect((err as Error).message).toMatch(/training\.shards must be a whole number from 1 to 64, got 0/);
  });

  it('a bundle made as scripts/bundle.mjs makes it (ESM, split chunks) runs the shard module in its workers', async () => {
    const dir = tempDir();
    const entry = path.join(dir, 'entry.ts');
    const src = (p: string) => JSON.stringify(path.join(projectRoot, 'src/core', p));
    writeFileSync(
      entry,
      `import { loadRuntime } from ${src('runtime/tensorflow.ts')};
import { buildDeclarativeModel } from ${src('train/model.ts')};
import { fitDense } from ${src('train/denseFit.ts')};
const workers = Number(process.argv.at(-1));
const rt = await loadRuntime({ backend: 'cpu' });
const spec = { hidden: [{ units: 8, activation: 'relu', dropout: 0.1 }], optimizer: 'adam', learningRate: 0.01 };
const x = Float32Array.from({ length: 400 }, (_, i) => Math.sin(i * 1.7));
const data = { x, y: Array.from({ length: 200 }, (_, i) => (x[2 * i] > 0 ? 1 : 0)) };
const model = buildDeclarativeModel(rt.tf, { ...spec, task: 'binary' }, { inputShape: [2], outputUnits: 1, task: 'binary', seed: 1 });
await fitDense(rt.tf, model, data, data, { spec, task: 'binary', classCount: 2, width: 2, epochs: 3, batchSize: 16, seed: 1, shards: 4, workers });
process.stdout.write(JSON.stringify(model.getWeights().map((w) => Array.from(w.dataSync()))));`,
    );
    await build({ entryPoints: { cli: entry }, outdir: path.join(dir, 'dist'), bundle: true, platform: 'node', target: 'node20', format: 'esm', splitting: true, chunkNames: 'chunk-[hash]', logLevel: 'silent', banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" } });
    const run = (workers: number) => spawnSync(process.execPath, [path.join(dir, 'dist/cli.js'), String(workers)], { encoding: 'utf8' });
    const four = run(4);
    expect(four.status, four.stderr).toBe(0);
    expect(JSON.parse(four.stdout)[0].length).toBe(16);
    expect(four.stdout).toBe(run(1).stdout);
  });
});
