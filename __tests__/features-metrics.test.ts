import { describe, expect, it } from 'vitest';
import {
  binaryMetrics,
  evaluateGates,
  fitPreprocessor,
  multiclassMetrics,
  ModelBuildError,
  regressionMetrics,
  rocAuc,
  transform,
  type Table,
} from '../src/index.js';

const table = (columns: string[], types: Table['types'], rows: Table['rows']): Table => ({
  columns,
  types,
  rows,
  lines: rows.map((_, i) => i + 2),
  source: 't.csv',
});

describe('preprocessor', () => {
  const rows = [
    { n: 1, c: 'a', b: true, k: 5, y: 'p' },
    { n: 3, c: 'a', b: false, k: 15, y: 'q' },
    { n: 5, c: 'b', b: true, k: 25, y: 'p' },
    { n: null, c: 'c', b: null, k: null, y: 'q' },
  ];
  const t = table(['n', 'c', 'b', 'k', 'y'], { n: 'number', c: 'string', b: 'boolean', k: 'number', y: 'string' }, rows);

  it('fits on training rows and encodes every kind of feature, hand-checked', () => {
    const pre = fitPreprocessor(t, rows, {
      source: 't.csv',
      label: 'y',
      task: 'binary',
      features: { c: { type: 'categorical', topK: 2 }, k: { type: 'bucketized', boundaries: [20, 10] } },
    });
    expect(pre.inputs).toEqual(['n', 'c=a', 'c=b', 'c=<other>', 'b', 'k[0]', 'k[1]', 'k[2]']);
    expect(pre.label.classes).toEqual(['p', 'q']);
    // n: mean 3, population std sqrt(8/3); missing n → mean (3) → 0.
    const x = transform(pre, [{ n: 5, c: 'b', b: 'false', k: 12 }, { c: 'zzz' }]);
    expect(x[0]).toBeCloseTo(2 / Math.sqrt(8 / 3), 6);
    expect(Array.from(x.subarray(1, 8))).toEqual([0, 1, 0, 0, 0, 1, 0]);
    expect(x[8]).toBe(0); // missing n → fill = mean → standardized 0
    expect(Array.from(x.subarray(9, 12))).toEqual([0, 0, 1]); // unseen category → other slot
    expect(x[12]).toBe(1); // missing boolean → mode (true)
    expect(Array.from(x.subarray(13, 16))).toEqual([0, 1, 0]); // missing k → median 15 → bucket 1
  });

  it('min-max and log transforms', () => {
    const pre = fitPreprocessor(t, rows, { source: 't.csv', label: 'y', task: 'binary', features: { n: { type: 'numeric', transform: 'minmax' }, k: { type: 'numeric', transform: 'log' }, c: 'drop', b: 'drop' } });
    const x = transform(pre, [{ n: 3, k: 15 }]);
    expect(x[0]).toBeCloseTo(0.5, 6);
    const logs = [5, 15, 25].map(Math.log1p);
    const mean = logs.reduce((a, b) => a + b) / 3;
    const std = Math.sqrt(logs.reduce((a, v) => a + (v - mean) ** 2, 0) / 3);
    expect(x[1]).toBeCloseTo((Math.log1p(15) - mean) / std, 5);
  });

  it('imputes with the configured statistic', () => {
    const pre = fitPreprocessor(t, rows, { source: 't.csv', label: 'y', task: 'binary', impute: { n: { constant: 10 }, c: 'mode' }, features: { b: 'drop', k: 'drop' } });
    const step = pre.steps.find((s) => s.kind === 'numeric')!;
    expect(step).toMatchObject({ fill: 10 });
    expect(pre.steps.find((s) => s.kind === 'categorical')).toMatchObject({ fill: 'a' });
  });

  it('refuses a regression label that is not numeric, and a single-class label', () => {
    expect(() => fitPreprocessor(t, rows, { source: 't.csv', label: 'y', task: 'regression' })).toThrow(ModelBuildError);
    const one = rows.map((r) => ({ ...r, y: 'p' }));
    expect(() => fitPreprocessor(t, one, { source: 't.csv', label: 'y', task: 'multiclass' })).toThrow(/single class/);
  });
});

describe('metrics, against values worked out by hand', () => {
  it('binary: accuracy, precision, recall, F1, AUC and log loss', () => {
    const y = [1, 1, 0, 0, 1, 0];
    const p = [0.9, 0.4, 0.35, 0.8, 0.7, 0.1];
    const m = binaryMetrics(y, p);
    // predicted 1 for 0.9, 0.8, 0.7: TP 2, FP 1, FN 1, TN 2.
    expect(m.accuracy).toBeCloseTo(4 / 6, 12);
    expect(m.precision).toBeCloseTo(2 / 3, 12);
    expect(m.recall).toBeCloseTo(2 / 3, 12);
    expect(m.f1).toBeCloseTo(2 / 3, 12);
    // positive/negative pairs ranked correctly: (0.9: 3) + (0.4: 2) + (0.7: 2) = 7 of 9.
    expect(m.auc).toBeCloseTo(7 / 9, 12);
    const ll = -(Math.log(0.9) + Math.log(0.4) + Math.log(0.65) + Math.log(0.2) + Math.log(0.7) + Math.log(0.9)) / 6;
    expect(m.logLoss).toBeCloseTo(ll, 6);
  });

  it('AUC counts ties as half, and is undefined with one class', () => {
    expect(rocAuc([1, 0], [0.5, 0.5])).toBe(0.5);
    expect(Number.isNaN(rocAuc([1, 1], [0.2, 0.3]))).toBe(true);
  });

  it('multiclass: accuracy, macro-F1 and the confusion matrix', () => {
    const y = [0, 0, 1, 1, 2, 2];
    const probs = [
      [0.8, 0.1, 0.1],
      [0.2, 0.7, 0.1],
      [0.1, 0.8, 0.1],
      [0.1, 0.6, 0.3],
      [0.3, 0.3, 0.4],
      [0.5, 0.2, 0.3],
    ];
    const m = multiclassMetrics(y, probs, 3);
    expect(m.confusionMatrix).toEqual([
      [1, 1, 0],
      [0, 2, 0],
      [1, 0, 1],
    ]);
    expect(m.accuracy).toBeCloseTo(4 / 6, 12);
    // F1 per class: 0 → P 1/2, R 1/2 → 1/2; 1 → P 2/3, R 1 → 0.8; 2 → P 1, R 1/2 → 2/3.
    expect(m.macroF1).toBeCloseTo((0.5 + 0.8 + 2 / 3) / 3, 12);
  });

  it('regression: RMSE, MAE and R²', () => {
    const m = regressionMetrics([1, 2, 3, 4], [1, 3, 2, 4]);
    expect(m.rmse).toBeCloseTo(Math.sqrt(0.5), 12);
    expect(m.mae).toBeCloseTo(0.5, 12);
    expect(m.r2).toBeCloseTo(1 - 2 / 5, 12);
  });

  it('gates compare and report the margin', () => {
    const [a, b] = evaluateGates({ accuracy: '>= 0.9', rmse: '< 0.5' }, { accuracy: 0.85, rmse: 0.25 });
    expect(a).toMatchObject({ metric: 'accuracy', passed: false, op: '>=', threshold: 0.9 });
    expect(a!.margin).toBeCloseTo(-0.05, 12);
    expect(b).toMatchObject({ passed: true });
  });
});
