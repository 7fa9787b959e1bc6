import type * as TF from '@tensorflow/tfjs';
import type { Task } from '../config/types.js';
import { ModelBuildError } from '../errors.js';
import type { Tf } from '../runtime/tensorflow.js';
import { Rng } from '../util/random.js';
import { LOWER_IS_BETTER } from './metrics.js';

/** Encoded examples: row-major inputs and encoded labels (class index or standardized value). */
export interface Examples {
  x: Float32Array;
  y: number[];
}

export interface EpochRecord {
  epoch: number;
  loss: number;
  val_loss: number;
  /** The early-stopping metric on validation, when it is not val_loss. */
  [metric: string]: number;
}

export interface FitOptions {
  task: Task;
  classCount: number;
  width: number;
  epochs: number;
  batchSize: number;
  seed: number;
  earlyStopping?: { monitor?: string; patience?: number; minDelta?: number };
  /** Computes validation metrics from predictions (for a monitor other than val_loss). */
  validationMetric?: (predictions: Float32Array) => Record<string, number | number[][]>;
  onEpoch?: (record: EpochRecord, epochs: number) => void;
}

export interface FitResult {
  history: EpochRecord[];
  epochsRun: number;
  /** Epoch whose weights the model holds (best monitored value when early stopping). */
  bestEpoch: number;
  stoppedEarly: boolean;
}

/**
 * The per-epoch bookkeeping every trainer shares: the monitored value, the divergence check, the
 * history and progress, the best epoch and when to stop.
 */
export class EpochTracker {
  readonly history: EpochRecord[] = [];
  private readonly monitor: string;
  private readonly patience: number;
  private readonly minDelta: number;
  private readonly lowerIsBetter: boolean;
  private best: number;
  private bestEpoch = 0;
  private stoppedEarly = false;

  constructor(private readonly o: Pick<FitOptions, 'epochs' | 'earlyStopping' | 'validationMetric' | 'onEpoch'>) {
    this.monitor = o.earlyStopping?.monitor ?? 'val_loss';
    this.patience = o.earlyStopping ? (o.earlyStopping.patience ?? 5) : Infinity;
    this.minDelta = o.earlyStopping?.minDelta ?? 0;
    this.lowerIsBetter = LOWER_IS_BETTER.has(this.monitor.replace(/^val_/, ''));
    this.best = this.lowerIsBetter ? Infinity : -Infinity;
  }

  /**
   * Records an epoch. `predictions` is asked for only when a metric other than val_loss is
   * monitored. Returns 'best' (these weights are the best so far: keep them when early
   * stopping), 'stop' (patience ran out) or 'continue'.
   */
  record(epoch: number, loss: number, valLoss: number, predictions: () => Float32Array): 'best' | 'stop' | 'continue' {
    const record: EpochRecord = { epoch, loss, val_loss: valLoss };
    const monitor = this.monitor;
    if (monitor !== 'val_loss') {
      const metrics = this.o.validationMetric?.(predictions()) ?? {};
      const value = metrics[monitor.replace(/^val_/, '')];
      if (typeof value !== 'number') {
        throw new ModelBuildError('MODEL_INVALID', `early stopping monitors "${monitor}", which this task does not compute`, {
          hint: `use val_loss, or val_ and one of: ${Object.keys(metrics).filter((k) => typeof metrics[k] === 'number').join(', ')}`,
        });
      }
      record[monitor] = value;
    }
    if (!Number.isFinite(record.loss)) {
      throw new ModelBuildError('MODEL_INVALID', `training diverged: loss is ${record.loss} at epoch ${epoch}`, {
        hint: 'lower model.learningRate, or check the data for extreme values (data.cleaning.clip)',
      });
    }
    this.history.push(record);
    this.o.onEpoch?.(record, this.o.epochs);
    const value = record[monitor]!;
    const improved = this.lowerIsBetter ? value < this.best - this.minDelta : value > this.best + this.minDelta;
    if (improved || this.history.length === 1) {
      this.best = value;
      this.bestEpoch = epoch;
      return 'best';
    }
    if (epoch - this.bestEpoch >= this.patience) {
      this.stoppedEarly = true;
      return 'stop';
    }
    return 'continue';
  }

  /** True when the best epoch's weights must be put back: early stopping, and a later epoch ran. */
  get restoreBest(): boolean {
    return Boolean(this.o.earlyStopping) && this.bestEpoch !== this.history.length;
  }

  result(): FitResult {
    const epochsRun = this.history.length;
    return { history: this.history, epochsRun, bestEpoch: this.o.earlyStopping ? this.bestEpoch : epochsRun, stoppedEarly: this.stoppedEarly };
  }
}

/**
 * Trains with a seeded shuffle: `model.fit({ shuffle: true })` shuffles with Math.random, so
 * each epoch is one `fit` call on rows we permuted ourselves. Early stopping keeps the best
 * weights.
 */
export async function fitModel(tf: Tf, model: TF.LayersModel, train: Examples, val: Examples, o: FitOptions): Promise<FitResult> {
  const rng = Rng.forPurpose(o.seed, 'shuffle');
  const n = train.y.length;
  const xTrain = tf.tensor2d(train.x, [n, o.width]);
  const yTrain = labelTensor(tf, train.y, o);
  const xVal = tf.tensor2d(val.x, [val.y.length, o.width]);
  const yVal = labelTensor(tf, val.y, o);
  const epochs = new EpochTracker(o);
  let bestWeights: TF.Tensor[] | null = null;
  try {
    for (let epoch = 1; epoch <= o.epochs; epoch++) {
      const order = tf.tensor1d(Int32Array.from(rng.permutation(n)), 'int32');
      const xs = tf.gather(xTrain, order);
      const ys = tf.gather(yTrain, order);
      const h = await model.fit(xs, ys, { epochs: 1, batchSize: o.batchSize, shuffle: false, verbose: 0 });
      tf.dispose([order, xs, ys]);
      const verdict = epochs.record(epoch, Number(h.history.loss![0]), scalar(model.evaluate(xVal, yVal, { batchSize: 1024 })), () => {
        const pred = model.predict(xVal) as TF.Tensor;
        const values = pred.dataSync() as Float32Array;
        pred.dispose();
        return values;
      });
      if (verdict === 'best' && o.earlyStopping) {
        tf.dispose(bestWeights ?? []);
        bestWeights = model.getWeights().map((w) => w.clone());
      } else if (verdict === 'stop') break;
    }
    if (bestWeights && epochs.restoreBest) model.setWeights(bestWeights);
    return epochs.result();
  } finally {
    tf.dispose([xTrain, yTrain, xVal, yVal, ...(bestWeights ?? [])]);
  }
}

function labelTensor(tf: Tf, y: number[], o: FitOptions): TF.Tensor {
  if (o.task === 'multiclass') return tf.tidy(() => tf.oneHot(tf.tensor1d(y, 'int32'), o.classCount).toFloat());
  return tf.tensor2d(Float32Array.from(y), [y.length, 1]);
}

function scalar(t: TF.Scalar | TF.Scalar[]): number {
  const s = Array.isArray(t) ? t[0]! : t;
  const v = s.dataSync()[0]!;
  (Array.isArray(t) ? t : [t]).forEach((x) => x.dispose());
  return v;
}
