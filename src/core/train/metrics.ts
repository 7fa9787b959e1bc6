/** Validation metrics per task, computed in plain JS from labels and predictions. */

export interface BinaryMetrics {
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
  auc: number;
  logLoss: number;
}

export interface MulticlassMetrics {
  accuracy: number;
  macroF1: number;
  logLoss: number;
  /** rows: true class, columns: predicted class, in the order of `classes`. */
  confusionMatrix: number[][];
}

export interface RegressionMetrics {
  rmse: number;
  mae: number;
  r2: number;
}

export type Metrics = BinaryMetrics | MulticlassMetrics | RegressionMetrics;

const EPS = 1e-7; // Keras' epsilon: log loss clips probabilities to [eps, 1 - eps]
const clip = (p: number) => Math.min(1 - EPS, Math.max(EPS, p));
const safeDiv = (a: number, b: number) => (b === 0 ? 0 : a / b);

/** `y` in {0, 1}; `p` = predicted probability of class 1; threshold 0.5. */
export function binaryMetrics(y: readonly number[], p: readonly number[]): BinaryMetrics {
  let tp = 0, fp = 0, tn = 0, fn = 0, loss = 0;
  for (let i = 0; i < y.length; i++) {
    const predicted = p[i]! >= 0.5 ? 1 : 0;
    if (y[i] === 1) {
      if (predicted) tp++;
      else fn++;
    } else if (predicted) fp++;
    else tn++;
    loss -= y[i] === 1 ? Math.log(clip(p[i]!)) : Math.log(1 - clip(p[i]!));
  }
  const precision = safeDiv(tp, tp + fp);
  const recall = safeDiv(tp, tp + fn);
  return {
    accuracy: safeDiv(tp + tn, y.length),
    precision,
    recall,
    f1: safeDiv(2 * precision * recall, precision + recall),
    auc: rocAuc(y, p),
    logLoss: safeDiv(loss, y.length),
  };
}

/** ROC AUC by the rank-sum (Mann–Whitney) formula; ties get their average rank. */
export function rocAuc(y: readonly number[], p: readonly number[]): number {
  const order = p.map((_, i) => i).sort((a, b) => p[a]! - p[b]!);
  const ranks = new Array<number>(p.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && p[order[j + 1]!] === p[order[i]!]) j++;
    const avg = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]!] = avg;
    i = j + 1;
  }
  let positives = 0, rankSum = 0;
  for (let i = 0; i < y.length; i++) {
    if (y[i] !== 1) continue;
    positives++;
    rankSum += ranks[i]!;
  }
  const negatives = y.length - positives;
  if (positives === 0 || negatives === 0) return Number.NaN; // undefined with one class
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** `y` = true class index; `probs[i]` = predicted distribution over classes. */
export function multiclassMetrics(y: readonly number[], probs: readonly (readonly number[])[], classCount: number): MulticlassMetrics {
  const cm = Array.from({ length: classCount }, () => new Array<number>(classCount).fill(0));
  let correct = 0, loss = 0;
  for (let i = 0; i < y.length; i++) {
    const row = probs[i]!;
    let best = 0;
    for (let c = 1; c < classCount; c++) if (row[c]! > row[best]!) best = c;
    cm[y[i]!]![best]!++;
    if (best === y[i]) correct++;
    loss -= Math.log(clip(row[y[i]!]!));
  }
  let f1Sum = 0;
  for (let c = 0; c < classCount; c++) {
    const tp = cm[c]![c]!;
    const actual = cm[c]!.reduce((a, b) => a + b, 0);
    const predicted = cm.reduce((a, r) => a + r[c]!, 0);
    const precision = safeDiv(tp, predicted);
    const recall = safeDiv(tp, actual);
    f1Sum += safeDiv(2 * precision * recall, precision + recall);
  }
  return { accuracy: safeDiv(correct, y.length), macroF1: f1Sum / classCount, logLoss: safeDiv(loss, y.length), confusionMatrix: cm };
}

export function regressionMetrics(y: readonly number[], pred: readonly number[]): RegressionMetrics {
  let se = 0, ae = 0, mean = 0;
  for (const v of y) mean += v;
  mean /= y.length || 1;
  let ss = 0;
  for (let i = 0; i < y.length; i++) {
    const d = pred[i]! - y[i]!;
    se += d * d;
    ae += Math.abs(d);
    ss += (y[i]! - mean) ** 2;
  }
  return { rmse: Math.sqrt(safeDiv(se, y.length)), mae: safeDiv(ae, y.length), r2: ss === 0 ? Number.NaN : 1 - se / ss };
}

/** Metrics where smaller is better; used by early stopping and gate reports. */
export const LOWER_IS_BETTER = new Set(['loss', 'logLoss', 'rmse', 'mae']);
