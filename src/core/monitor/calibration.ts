/**
 * Accuracy without labels (NannyML's confidence-based performance estimation, CBPE): if the
 * model's confidence is calibrated, a row whose top class has calibrated probability p is right
 * with probability p, so the expected accuracy of a batch is the mean of p over its rows.
 *
 * The build calibrates on the validation split with isotonic regression (pool adjacent
 * violators) of "top class was right" on the top-class probability, and stores the step
 * function in metrics.json. Monitor maps each new row's top-class probability through it.
 * The estimate holds while the relation between features and label does not change (concept
 * drift breaks it; covariate shift does not) — which is why it sits beside measured accuracy
 * whenever labels exist.
 */
import { ModelBuildError } from '../errors.js';

/** Isotonic step function: rows with top-class probability ≤ `upTo[i]` (and above the previous step) are right with probability `accuracy[i]`. */
export interface Calibration {
  method: 'isotonic';
  /** Validation rows it was fitted on. */
  rows: number;
  /** Right answers among them: the validation accuracy. */
  correct: number;
  upTo: number[];
  accuracy: number[];
}

/** Most steps stored; PAV gives at most one per distinct probability, usually far fewer. */
export const MAX_CALIBRATION_STEPS = 1000;

/** Pool-adjacent-violators fit of `correct` (0/1) on `confidence`, ties kept together. */
export function fitCalibration(confidence: ArrayLike<number>, correct: ArrayLike<boolean>): Calibration {
  const order = Array.from({ length: confidence.length }, (_, i) => i).sort((a, b) => confidence[a]! - confidence[b]! || a - b);
  // Blocks of (sum of right answers, rows, largest confidence), merged while not increasing.
  const blocks: Array<{ sum: number; n: number; upTo: number }> = [];
  let right = 0;
  for (let k = 0; k < order.length; ) {
    // Equal confidences form one block: the step function cannot split them.
    const c = confidence[order[k]!]!;
    let sum = 0;
    let n = 0;
    while (k < order.length && confidence[order[k]!]! === c) {
      sum += correct[order[k]!] ? 1 : 0;
      n++;
      k++;
    }
    right += sum;
    blocks.push({ sum, n, upTo: c });
    while (blocks.length > 1 && blocks[blocks.length - 2]!.sum / blocks[blocks.length - 2]!.n >= blocks[blocks.length - 1]!.sum / blocks[blocks.length - 1]!.n) {
      const last = blocks.pop()!;
      const prev = blocks[blocks.length - 1]!;
      blocks[blocks.length - 1] = { sum: prev.sum + last.sum, n: prev.n + last.n, upTo: last.upTo };
    }
  }
  // Thinned evenly if a huge validation split gives more steps than stored (neighbours merged).
  while (blocks.length > MAX_CALIBRATION_STEPS) {
    for (let i = 0; i + 1 < blocks.length; i++) {
      const a = blocks[i]!;
      const b = blocks.splice(i + 1, 1)[0]!;
      blocks[i] = { sum: a.sum + b.sum, n: a.n + b.n, upTo: b.upTo };
    }
  }
  return {
    method: 'isotonic',
    rows: confidence.length,
    correct: right,
    upTo: blocks.map((b) => b.upTo),
    accuracy: blocks.map((b) => Number((b.sum / b.n).toPrecision(6))),
  };
}

/** Calibrated probability that a row with this top-class probability is right. */
export function calibrate(c: Calibration, confidence: number): number {
  let lo = 0;
  let hi = c.upTo.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (c.upTo[mid]! >= confidence) hi = mid;
    else lo = mid + 1;
  }
  return c.accuracy[lo]!;
}

export interface AccuracyEstimate {
  metric: 'accuracy';
  /** Mean calibrated probability over the rows. */
  value: number;
  /**
   * 95% interval: the spread of the accuracy the batch would have if the calibration holds
   * (Σ p(1 − p)/n²), plus the calibration's own error from its validation size (a(1 − a)/n_val,
   * a = (right + ½)/(n_val + 1)).
   */
  interval: [number, number];
  rows: number;
  calibrationRows: number;
}

/** CBPE over a stream of rows: add each row's top-class probability, then `finish`. */
export class AccuracyEstimator {
  private n = 0;
  private sum = 0;
  private variance = 0;

  constructor(private readonly calibration: Calibration) {}

  add(confidence: number): void {
    const p = calibrate(this.calibration, confidence);
    this.n++;
    this.sum += p;
    this.variance += p * (1 - p);
  }

  finish(): AccuracyEstimate | undefined {
    const { n, calibration: c } = this;
    if (n === 0) return undefined;
    const value = this.sum / n;
    // Jeffreys' estimate, so a validation split with no mistakes still leaves room for some.
    const a = (c.correct + 0.5) / (c.rows + 1);
    const sd = Math.sqrt(this.variance / (n * n) + (a * (1 - a)) / c.rows);
    const clamp = (v: number) => Math.min(1, Math.max(0, v));
    return { metric: 'accuracy', value, interval: [clamp(value - 1.96 * sd), clamp(value + 1.96 * sd)], rows: n, calibrationRows: c.rows };
  }
}

/** CBPE: expected accuracy of rows with these top-class probabilities. */
export function estimateAccuracy(c: Calibration, confidences: ArrayLike<number>): AccuracyEstimate | undefined {
  const e = new AccuracyEstimator(c);
  for (let i = 0; i < confidences.length; i++) e.add(confidences[i]!);
  return e.finish();
}

/** A calibration read from a package's metrics.json, checked field by field (hostile packages). */
export function parseCalibration(value: unknown, file: string): Calibration | undefined {
  if (value === undefined) return undefined;
  const fail = (why: string): never => {
    throw new ModelBuildError('PACKAGE_INVALID', `metrics.json calibration ${why}`, { file, hint: 'the package is damaged or was not written by model-build: rebuild it' });
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('is not an object (/calibration)');
  const v = value as Record<string, unknown>;
  if (v.method !== 'isotonic') fail('method must be "isotonic" (/calibration/method)');
  const count = (x: unknown, name: string) => (Number.isSafeInteger(x) && (x as number) >= 0 ? (x as number) : fail(`${name} must be a whole number ≥ 0 (/calibration/${name})`));
  const rows = count(v.rows, 'rows');
  const correct = count(v.correct, 'correct');
  if (rows === 0 || correct > rows) fail('rows must be ≥ 1 and correct ≤ rows (/calibration/rows)');
  const steps = (x: unknown, name: string) => {
    if (!Array.isArray(x) || x.length === 0 || x.length > MAX_CALIBRATION_STEPS) return fail(`${name} must be a list of 1 to ${MAX_CALIBRATION_STEPS} numbers (/calibration/${name})`);
    x.forEach((p, i) => (typeof p === 'number' && p >= 0 && p <= 1 ? p : fail(`${name}[${i}] must be a number from 0 to 1 (/calibration/${name}/${i})`)));
    return x as number[];
  };
  const upTo = steps(v.upTo, 'upTo');
  const accuracy = steps(v.accuracy, 'accuracy');
  if (upTo.length !== accuracy.length) fail('upTo and accuracy must have the same length');
  for (let i = 1; i < upTo.length; i++) if (!(upTo[i]! > upTo[i - 1]!) || accuracy[i]! < accuracy[i - 1]!) fail(`steps must rise (/calibration/upTo/${i})`);
  return { method: 'isotonic', rows, correct, upTo, accuracy };
}
