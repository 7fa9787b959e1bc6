import type { Task } from '../config/types.js';
import { readRecords } from '../data/records.js';
import { ModelBuildError } from '../errors.js';
import { toNumber } from '../features/preprocessor.js';
import type { Prediction } from '../predict/loadModel.js';
import { evaluateGates, type Comparison } from '../train/gates.js';
import { binaryMetrics, LOWER_IS_BETTER, multiclassMetrics, regressionMetrics } from '../train/metrics.js';
import { BOOTSTRAP, percentileBootstrap } from './bootstrap.js';

/**
 * Labeled rows held in memory for the metrics and the bootstrap (a label and the model's
 * output per row; with --labels, also one key per label and one per data row). Two million rows of a few classes
 * stay within a few hundred MiB; larger batches are monitored in parts.
 */
export const MAX_LABELED_ROWS = 2_000_000;

export interface MetricComparison {
  name: string;
  /** On the new data. */
  value: number;
  /** The package's validation value, when it recorded this metric. */
  packaged: number | null;
  /** value − packaged. */
  delta: number | null;
  /** 95% percentile-bootstrap interval of `value`; null when undefined on every resample. */
  interval: [number, number] | null;
  lowerIsBetter: boolean;
}

export interface PerformanceGate {
  metric: string;
  op: Comparison;
  threshold: number;
  /** The metric on the new data (NaN fails, as in the build). */
  actual: number;
  /** What the build measured on validation. */
  packaged: number | null;
  passed: boolean;
}

export interface PerformanceReport {
  task: Task;
  label: string;
  /** Labels that came in a separate file, joined on a key column. */
  labels: { file: string; join: string; rowsWithoutLabel: number; labelsWithoutRow: number } | null;
  /** Rows of the new data; those used for the metrics; those left out and why. */
  rows: { data: number; used: number; missingLabel: number; unknownClass: number };
  metrics: MetricComparison[];
  gates: PerformanceGate[];
  /** null when no row had a label, so no gate could be evaluated. */
  gatesPassed: boolean | null;
  bootstrap: { resamples: number; seed: number; level: number; rows: number; subsampled: boolean };
}

/** What the package says about its label, metrics and gates. */
export interface PackageTruth {
  task: Task;
  label: string;
  classes: string[] | null;
  metrics: Record<string, unknown>;
  gates: ReadonlyArray<{ metric: string; op: Comparison; threshold: number; actual: number }>;
}

export interface JoinedLabels {
  file: string;
  join: string;
  /** key → the label cell and its line. */
  byKey: Map<string, { value: unknown; line: number }>;
}

const isMissing = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** A join key as text: strings as they are, numbers and booleans as JSON writes them; else null. */
function keyOf(v: unknown): string | null {
  if (typeof v === 'string') return v === '' ? null : v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return null;
}

/** Reads a labels file (CSV, JSON Lines, JSON) into key → label; a repeated key is an error. */
export async function readLabels(file: string, display: string, join: string, label: string): Promise<JoinedLabels> {
  const byKey = new Map<string, { value: unknown; line: number }>();
  let sawJoin = false;
  let sawLabel = false;
  for await (const { line, record } of readRecords(file, { display })) {
    if (Object.hasOwn(record, join)) sawJoin = true;
    if (Object.hasOwn(record, label)) sawLabel = true;
    const raw = Object.hasOwn(record, join) ? record[join] : undefined;
    const key = keyOf(raw);
    if (key === null) {
      if (!sawJoin) continue; // reported below if no record has the column at all
      throw new ModelBuildError('DATA_INVALID', `labels row has no usable value in the join column "${join}" (${JSON.stringify(raw ?? null)})`, {
        file: display,
        line,
        hint: 'every labels row needs its key (a string or number) to be matched with a data row',
      });
    }
    const first = byKey.get(key);
    if (first) {
      throw new ModelBuildError('DATA_INVALID', `key ${JSON.stringify(key)} in column "${join}" appears twice (lines ${first.line} and ${line})`, {
        file: display,
        line,
        hint: 'each key may have one label: remove the repeated row, or join on a column that is unique',
      });
    }
    if (byKey.size >= MAX_LABELED_ROWS) throw tooManyRows(display, line);
    byKey.set(key, { value: Object.hasOwn(record, label) ? record[label] : undefined, line });
  }
  for (const [saw, column, what] of [
    [sawJoin, join, 'the join column (--join)'],
    [sawLabel, label, "the package's label column"],
  ] as const) {
    if (!saw) throw new ModelBuildError('DATA_INVALID', `the labels file has no column "${column}", ${what}`, { file: display, hint: `give a file with columns "${join}" and "${label}"` });
  }
  return { file: display, join, byKey };
}

function tooManyRows(display: string, line: number): ModelBuildError {
  return new ModelBuildError('DATA_INVALID', `more than ${MAX_LABELED_ROWS.toLocaleString('en-US')} labeled rows: performance monitoring holds them in memory`, {
    file: display,
    line,
    hint: 'monitor the data in batches of at most that many rows',
  });
}

/**
 * Collects, row by row during monitor's prediction pass, each labeled row's true value and the
 * model's output; then computes the package's metrics with the build's own definitions.
 */
export class PerformanceCollector {
  private readonly y: number[] = [];
  /** binary: P(classes[1]); multiclass: probabilities in class order; regression: the value. */
  private readonly out: Array<number | number[]> = [];
  private rows = 0;
  private missingLabel = 0;
  private unknownClass = 0;
  private sawLabelColumn = false;
  private rowsWithoutLabel = 0;
  private sawJoinInData = false;
  private readonly seenKeys = new Map<string, number>();
  private readonly classIndex: Map<string, number>;

  constructor(
    private readonly truth: PackageTruth,
    private readonly display: string,
    private readonly labels?: JoinedLabels,
  ) {
    this.classIndex = new Map((truth.classes ?? []).map((c, i) => [c, i]));
  }

  add(record: Record<string, unknown>, line: number, prediction: Prediction): void {
    this.rows++;
    let value: unknown;
    let where = { file: this.display, line };
    if (this.labels) {
      const { join } = this.labels;
      if (Object.hasOwn(record, join)) this.sawJoinInData = true;
      const key = keyOf(Object.hasOwn(record, join) ? record[join] : undefined);
      if (key !== null) {
        const first = this.seenKeys.get(key);
        if (first !== undefined) {
          throw new ModelBuildError('DATA_INVALID', `key ${JSON.stringify(key)} in column "${join}" appears twice (lines ${first} and ${line})`, {
            file: this.display,
            line,
            hint: 'each data row needs its own key to be matched with one label: join on a column that is unique',
          });
        }
        // Every key is held to find repeats: the same bound as labeled rows.
        if (this.seenKeys.size >= MAX_LABELED_ROWS) throw tooManyRows(this.display, line);
        this.seenKeys.set(key, line);
      }
      const hit = key === null ? undefined : this.labels.byKey.get(key);
      if (!hit) {
        this.rowsWithoutLabel++;
        this.missingLabel++;
        return;
      }
      value = hit.value;
      where = { file: this.labels.file, line: hit.line };
    } else {
      if (!Object.hasOwn(record, this.truth.label)) {
        this.missingLabel++;
        return;
      }
      this.sawLabelColumn = true;
      value = record[this.truth.label];
    }
    if (isMissing(value)) {
      this.missingLabel++;
      return;
    }
    if (this.y.length >= MAX_LABELED_ROWS) throw tooManyRows(this.display, line);
    if (this.truth.task === 'regression') {
      const v = toNumber(value as never);
      if (v === null) {
        throw new ModelBuildError('DATA_INVALID', `label "${this.truth.label}" must be a number for this regression model: ${JSON.stringify(value)}`, {
          ...where,
          hint: 'leave the cell empty when the label is not known yet',
        });
      }
      this.y.push(v);
      this.out.push('prediction' in prediction ? prediction.prediction : Number.NaN);
      return;
    }
    const c = this.classIndex.get(String(value));
    if (c === undefined) {
      // A class the model never saw: its metrics (confusion matrix over known classes) cannot hold it.
      this.unknownClass++;
      return;
    }
    const classes = this.truth.classes!;
    const probs = 'probabilities' in prediction ? classes.map((k) => prediction.probabilities[k] ?? 0) : classes.map(() => 0);
    this.y.push(c);
    this.out.push(this.truth.task === 'binary' ? probs[1]! : probs);
  }

  /** The performance section, or null when the data carried no labels at all. */
  finish(): PerformanceReport | null {
    if (!this.labels && !this.sawLabelColumn) return null;
    const { truth } = this;
    if (this.labels && !this.sawJoinInData) {
      throw new ModelBuildError('DATA_INVALID', `the data has no column "${this.labels.join}" to join the labels on (--join)`, {
        file: this.display,
        hint: 'name with --join a key column that both the data and the labels file hold',
      });
    }
    if (this.labels && this.y.length === 0 && this.unknownClass === 0) {
      const anyMatch = this.rowsWithoutLabel < this.rows;
      throw new ModelBuildError('DATA_INVALID', anyMatch ? `every matched label in the labels file is empty` : `no row of the data has a key that is in the labels file (column "${this.labels.join}")`, {
        file: this.labels.file,
        hint: anyMatch ? 'fill in the labels, or monitor without --labels' : 'check that --join names the key column both files share, with the same values',
      });
    }
    const n = this.y.length;
    if (truth.task === 'binary') this.sortByScore();
    const metrics = n === 0 ? {} : this.metricsOf(Array.from({ length: n }, (_, i) => i));
    const boot = percentileBootstrap(n, (idx) => this.metricsOf(idx));
    const packaged = (name: string) => (typeof truth.metrics[name] === 'number' ? (truth.metrics[name] as number) : null);
    const comparisons: MetricComparison[] = Object.entries(metrics).map(([name, value]) => {
      const p = packaged(name);
      return { name, value, packaged: p, delta: p === null ? null : value - p, interval: boot.intervals[name] ?? null, lowerIsBetter: LOWER_IS_BETTER.has(name) };
    });
    let gates: PerformanceGate[] = [];
    if (n > 0 && truth.gates.length > 0) {
      const results = evaluateGates(Object.fromEntries(truth.gates.map((g) => [g.metric, `${g.op} ${g.threshold}`])), metrics);
      gates = results.map((r) => ({ metric: r.metric, op: r.op, threshold: r.threshold, actual: r.actual, packaged: packaged(r.metric), passed: r.passed }));
    }
    let labelsWithoutRow = 0;
    if (this.labels) for (const key of this.labels.byKey.keys()) if (!this.seenKeys.has(key)) labelsWithoutRow++;
    return {
      task: truth.task,
      label: truth.label,
      labels: this.labels ? { file: this.labels.file, join: this.labels.join, rowsWithoutLabel: this.rowsWithoutLabel, labelsWithoutRow } : null,
      rows: { data: this.rows, used: n, missingLabel: this.missingLabel, unknownClass: this.unknownClass },
      metrics: comparisons,
      gates,
      gatesPassed: n === 0 ? null : gates.every((g) => g.passed),
      bootstrap: { resamples: BOOTSTRAP.resamples, seed: boot.seed, level: boot.level, rows: boot.rows, subsampled: boot.subsampled },
    };
  }

  /**
   * Binary: rows in order of score, so AUC's sort in each bootstrap resample (whose indices
   * come in row order) meets sorted input: 1000 resamples of 20 000 rows in seconds, not
   * tens of seconds. Every metric is a sum or a rank over rows, so the order changes none.
   */
  private sortByScore(): void {
    const order = this.y.map((_, i) => i).sort((a, b) => (this.out[a] as number) - (this.out[b] as number) || a - b);
    const y = order.map((i) => this.y[i]!);
    const out = order.map((i) => this.out[i]!);
    // By index, not splice(...spread): two million arguments would overflow the stack.
    for (let i = 0; i < order.length; i++) {
      this.y[i] = y[i]!;
      this.out[i] = out[i]!;
    }
  }

  /** The task's numeric metrics on the rows `idx`, with the build's definitions. */
  private metricsOf(idx: readonly number[]): Record<string, number> {
    const y = idx.map((i) => this.y[i]!);
    const task = this.truth.task;
    const m: Record<string, unknown> =
      task === 'binary'
        ? { ...binaryMetrics(y, idx.map((i) => this.out[i] as number)) }
        : task === 'multiclass'
          ? { ...multiclassMetrics(y, idx.map((i) => this.out[i] as number[]), this.truth.classes!.length) }
          : { ...regressionMetrics(y, idx.map((i) => this.out[i] as number)) };
    return Object.fromEntries(Object.entries(m).filter((e): e is [string, number] => typeof e[1] === 'number'));
  }
}
