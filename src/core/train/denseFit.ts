/**
 * Deterministic data-parallel training of the declarative dense model, on all cores.
 *
 * The model is built and initialized by TensorFlow.js as before (`buildDeclarativeModel`: the
 * same seeded initial weights, the same topology in model.json); its weights are copied out,
 * trained here on plain typed arrays (`denseNet.ts`) and copied back, so the package, its
 * loading and its predictions are TensorFlow.js's as before.
 *
 * Each batch is cut into `shards` logical shards; threads compute shard gradients, then each
 * sums them in shard order for its own range of the parameters, adds the L2 term and applies
 * the optimizer to that range; every thread also predicts its share of the validation rows
 * (`denseShards.ts`). The weights are a function of (data, config, seed, shards): the same for
 * 1, 2 or 4 threads, on any CPU. `shards` is therefore a build input; `workers` is not.
 */
import os from 'node:os';
import type * as TF from '@tensorflow/tfjs';
import type { HiddenLayerSpec, ModelConfig } from '../config/types.js';
import { ModelBuildError } from '../errors.js';
import type { Tf } from '../runtime/tensorflow.js';
import { Rng } from '../util/random.js';
import { ACTIVATIONS, layerOffsets, type Activation, type DenseNetSpec } from './denseNet.js';
import type { DenseThreadCounters, SharedTraining } from './denseShards.js';
import { EpochTracker, type Examples, type FitOptions, type FitResult } from './fit.js';

/** Logical shards per batch when the config does not say: GitHub's standard runners have 4 cores. */
export const DEFAULT_SHARDS = 4;
export const MAX_SHARDS = 64;

export interface DenseFitOptions extends FitOptions {
  /** The declarative spec the model was built from: hidden layers, l2, optimizer, learning rate. */
  spec: ModelConfig;
  /**
   * Logical shards per batch: decides the order of the gradient sums, hence the weights. A
   * build input (record it); independent of the machine. @default 4
   */
  shards?: number;
  /**
   * Threads that compute the shards (the caller's plus workers); never changes the weights.
   * @default min(shards, os.availableParallelism())
   */
  workers?: number;
  /**
   * Profiling: called once at the end with where each thread's time went (phases, barrier
   * waits, CPU time). Costs a clock read per phase; the weights are the same either way.
   */
  onCounters?: (counters: DenseThreadCounters[]) => void;
}

export type { DenseThreadCounters };

/** The network a declarative spec describes, or why the dense trainer cannot train it. */
export function denseNetSpec(spec: ModelConfig, o: Pick<FitOptions, 'task' | 'classCount' | 'width'>): DenseNetSpec {
  const hidden: HiddenLayerSpec[] = spec.hidden ?? [{ units: 16, activation: 'relu' }];
  const activations = hidden.map((h) => (h.activation ?? 'relu') as Activation);
  const unknown = activations.find((a) => !ACTIVATIONS.includes(a));
  if (unknown) throw new ModelBuildError('CONFIG_INVALID', `the dense trainer has no activation "${unknown}"`, { hint: `use one of ${ACTIVATIONS.join(', ')}` });
  return {
    sizes: [o.width, ...hidden.map((h) => h.units), o.task === 'multiclass' ? o.classCount : 1],
    activations,
    dropout: hidden.map((h) => h.dropout ?? 0),
    output: o.task === 'multiclass' ? 'softmax' : o.task === 'binary' ? 'sigmoid' : 'linear',
  };
}

/**
 * Trains `model` (from `buildDeclarativeModel(tf, spec, ...)`) in place and returns the same
 * record `fitModel` does. Seeded shuffle as `fitModel` (the 'shuffle' stream); dropout masks
 * from the 'dropout' stream by (step, row in batch, unit); early stopping keeps the best weights.
 */
export async function fitDense(tf: Tf, model: TF.LayersModel, train: Examples, val: Examples, o: DenseFitOptions): Promise<FitResult> {
  const net = denseNetSpec(o.spec, o);
  const shards = o.shards ?? DEFAULT_SHARDS;
  if (!Number.isInteger(shards) || shards < 1 || shards > MAX_SHARDS) {
    throw new ModelBuildError('CONFIG_INVALID', `training.shards must be a whole number from 1 to ${MAX_SHARDS}, got ${shards}`, { hint: `leave it out for ${DEFAULT_SHARDS}` });
  }
  const workers = o.workers ?? os.availableParallelism();
  if (!Number.isInteger(workers) || workers < 1) throw new ModelBuildError('USAGE', `workers must be a whole number of at least 1, got ${workers}`);
  const threads = Math.min(workers, shards);
  const { layers, count } = layerOffsets(net);
  const n = train.y.length;
  const batchSize = Math.max(1, Math.min(o.batchSize, n));
  const batches = Math.ceil(n / batchSize);
  const valRows = val.y.length;
  const outputs = net.sizes.at(-1)!;

  const shared: SharedTraining = {
    spec: net,
    shards,
    threads,
    rows: n,
    batchSize,
    dropoutSeed: Rng.forPurpose(o.seed, 'dropout').tfSeed(),
    optimizer: o.spec.optimizer ?? 'adam',
    learningRate: o.spec.learningRate ?? 0.001,
    l2: o.spec.l2 ?? 0,
    // The hidden layers' kernels carry the L2 penalty (buildDeclarativeModel regularizes them, not the output).
    penalized: layers.slice(0, -1).map((l, i): [number, number] => [l.kernel, l.kernel + net.sizes[i]! * net.sizes[i + 1]!]),
    params: new SharedArrayBuffer(count * 8),
    x: new SharedArrayBuffer(train.x.byteLength),
    y: new SharedArrayBuffer(n * 8),
    order: new SharedArrayBuffer(n * 4),
    grads: new SharedArrayBuffer(shards * count * 8),
    losses: new SharedArrayBuffer(shards * 8),
    valRows,
    valX: new SharedArrayBuffer(val.x.byteLength),
    valY: new SharedArrayBuffer(valRows * 8),
    valPred: new SharedArrayBuffer(valRows * outputs * 4),
    valLosses: new SharedArrayBuffer(valRows * 8),
    control: new SharedArrayBuffer(0),
  };
  // Loaded here, not imported: see denseShards.ts on why it must stay a chunk of its own.
  const { ShardThread, publishEpoch, runEpoch, validationLoss, stopWorkers, readCounters, countersBytes, SHARDS_MODULE_URL, CONTROL_SLOTS } = await import(
    './denseShards.js'
  );
  shared.control = new SharedArrayBuffer(CONTROL_SLOTS * 4);
  if (o.onCounters) shared.counters = new SharedArrayBuffer(countersBytes(threads));
  const main = new ShardThread(shared, 0);
  const params = main.params;
  new Float32Array(shared.x).set(train.x);
  main.data.y.set(train.y);
  main.val.x.set(val.x);
  main.val.y.set(val.y);
  readWeights(model, net, params);

  const rng = Rng.forPurpose(o.seed, 'shuffle');

  const epochs = new EpochTracker(o);
  let bestParams: Float64Array | null = null;
  let step = 0;

  const pool = threads > 1 ? await (await import('./densePool.js')).DensePool.start(shared, SHARDS_MODULE_URL) : null;
  try {
    for (let epoch = 1; epoch <= o.epochs; epoch++) {
      main.data.order.set(rng.permutation(n));
      publishEpoch(main, step);
      const lossSum = runEpoch(main, step);
      step += batches;
      if (lossSum === undefined) {
        await new Promise((resolve) => setImmediate(resolve)); // let the worker's message arrive
        throw (await import('./densePool.js')).workerFailed(pool?.messages.join('; ') || 'a worker stopped answering (no progress for 300 s)');
      }
      const valLoss = validationLoss(main);
      const verdict = epochs.record(epoch, lossSum / n, valLoss, () => main.val.pred);
      if (verdict === 'best' && o.earlyStopping) bestParams = Float64Array.from(params);
      else if (verdict === 'stop') break;
      // Between epochs the event loop runs (progress output, a worker's message).
      await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    if (pool) stopWorkers(main);
    const counters = readCounters(main);
    if (pool) await pool.close();
    if (counters) o.onCounters?.(counters);
  }
  writeWeights(tf, model, net, bestParams && epochs.restoreBest ? bestParams : params);
  return epochs.result();
}

/** Expected weight shapes in model order: each dense layer's kernel [in, out], then bias [out]. */
function shapes(net: DenseNetSpec): number[][] {
  return net.sizes.slice(0, -1).flatMap((inputs, l) => [[inputs, net.sizes[l + 1]!], [net.sizes[l + 1]!]]);
}

function readWeights(model: TF.LayersModel, net: DenseNetSpec, params: Float64Array): void {
  const weights = model.getWeights();
  const want = shapes(net);
  const got = weights.map((w) => w.shape);
  if (JSON.stringify(got) !== JSON.stringify(want)) {
    throw new ModelBuildError('INTERNAL', `the dense trainer expected weights ${JSON.stringify(want)}, the model has ${JSON.stringify(got)}`, {
      hint: 'fitDense trains models from buildDeclarativeModel only; use fitModel for others',
    });
  }
  let at = 0;
  for (const w of weights) {
    const data = w.dataSync();
    for (let i = 0; i < data.length; i++) params[at + i] = data[i]!;
    at += data.length;
  }
}

/** Rounds to float32 (TensorFlow.js's dtype) and sets the model's weights. */
function writeWeights(tf: Tf, model: TF.LayersModel, net: DenseNetSpec, params: Float64Array): void {
  let at = 0;
  const tensors = shapes(net).map((shape) => {
    const size = shape.reduce((a, b) => a * b, 1);
    const t = tf.tensor(Float32Array.from(params.subarray(at, at + size)), shape, 'float32');
    at += size;
    return t;
  });
  model.setWeights(tensors);
  tf.dispose(tensors);
}
