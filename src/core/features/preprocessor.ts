import { didYouMean } from '../config/didYouMean.js';
import { settingError, type ConfigOrigin } from '../config/rules.js';
import type { FeatureSpec, Task } from '../config/types.js';
import type { Cell, InferredType, Table } from '../data/types.js';
import { ModelBuildError } from '../errors.js';
import { checkClassCount, count, DEFAULT_MAX_INPUTS, DEFAULT_MAX_VOCABULARY } from '../train/limits.js';
import { compareBytes } from '../util/paths.js';

/**
 * The fitted feature pipeline, serialized as preprocessor.json and replayed identically at
 * prediction time. Statistics come from the training split only.
 */
export type FeatureStep =
  | {
      kind: 'numeric';
      column: string;
      transform: 'standardize' | 'minmax' | 'log' | 'none';
      /** Value used for a missing or unparsable cell (training mean unless configured). */
      fill: number;
      /** y = (f(x) - shift) / scale, where f is identity or log1p. */
      shift: number;
      scale: number;
    }
  | {
      kind: 'categorical';
      column: string;
      /** One-hot slots in order; one more slot follows for missing and unseen values. */
      vocabulary: string[];
      fill: string | null;
    }
  | { kind: 'boolean'; column: string; fill: number }
  | { kind: 'bucketized'; column: string; boundaries: number[]; fill: number };

export interface LabelEncoding {
  column: string;
  task: Task;
  /** Class names in output order (classification). Binary: index 1 is the positive class. */
  classes?: string[];
  /** Regression targets are standardized for training; predictions are mapped back. */
  shift?: number;
  scale?: number;
}

export interface Preprocessor {
  format: 1;
  label: LabelEncoding;
  steps: FeatureStep[];
  /** Name of every model input, in order (`island=Biscoe`, `island=<other>`, `bill_length_mm`). */
  inputs: string[];
}

export type ImputeSpec = 'mean' | 'median' | 'mode' | { constant: number | string | boolean };

export interface FitOptions {
  label: string;
  task: Task;
  features?: Record<string, FeatureSpec>;
  exclude?: string[];
  impute?: Record<string, ImputeSpec>;
  source: string;
  /** Receives advice that does not stop the build (e.g. an identifier-like column). */
  warn?: (message: string) => void;
  /**
   * The config file these options come from: errors about a setting (features, data.exclude,
   * limits) then name it with the setting's line and column instead of the data file.
   */
  origin?: ConfigOrigin;
  /** `model.maxClasses` (default 1000). */
  maxClasses?: number;
  /** `model.maxInputs`: the widest model input allowed (default 10000). */
  maxInputs?: number;
}

const OOV = '<other>';

const escapePointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Every column a setting names must be in the data: a typo in `features` or `data.exclude` would
 * otherwise be ignored, and the column meant to be excluded (an id) would be trained on.
 */
export function checkNamedColumns(columns: readonly string[], options: Pick<FitOptions, 'label' | 'features' | 'exclude' | 'origin' | 'source'>): void {
  const origin = options.origin ?? { file: options.source };
  const present = new Set(columns);
  const shown = columns.length > 30 ? `${columns.slice(0, 30).join(', ')}, … (${columns.length} in all)` : columns.join(', ');
  const unknown = (setting: string, pointer: string, name: string, atKey: boolean) => {
    const guess = didYouMean(name, columns);
    return settingError(origin, pointer, `${setting} names column "${name}", which is not in the data (${options.source})`, `${guess ? `did you mean "${guess}"? ` : ''}columns: ${shown}`, atKey);
  };
  for (const [column, spec] of Object.entries(options.features ?? {})) {
    const pointer = `/features/${escapePointer(column)}`;
    if (!present.has(column)) throw unknown(`features.${column}`, pointer, column, true);
    if (column === options.label && spec !== 'drop') {
      throw settingError(origin, pointer, `features.${column}: "${column}" is the label (data.label); it cannot also be a feature`, 'remove it from features: the label is never an input', true);
    }
  }
  (options.exclude ?? []).forEach((column, i) => {
    if (!present.has(column)) throw unknown('data.exclude', `/data/exclude/${i}`, column, false);
  });
}

/** Fits the preprocessor on training rows. */
export function fitPreprocessor(table: Table, rows: Array<Record<string, Cell>>, options: FitOptions): Preprocessor {
  checkNamedColumns(table.columns, options);
  const origin = options.origin ?? { file: table.source };
  const excluded = new Set([options.label, ...(options.exclude ?? [])]);
  const candidates = table.columns.filter((c) => !excluded.has(c) && options.features?.[c] !== 'drop');
  const maxInputs = options.maxInputs ?? DEFAULT_MAX_INPUTS;
  // Each column is at least one input: refuse a too-wide table before fitting anything.
  if (candidates.length > maxInputs) throw tooWide(`${count(candidates.length)} feature columns`, 'each column is at least one input', options, origin);
  const steps: FeatureStep[] = [];
  for (const column of candidates) {
    const spec = options.features?.[column];
    if (spec === 'drop') continue;
    const type = table.types[column]!;
    if (type === 'empty') {
      throw new ModelBuildError('DATA_INVALID', `column "${column}" has no values at all`, {
        file: table.source,
        hint: `drop it: add "${column}" to data.exclude, or set features.${column}: drop`,
      });
    }
    const values = rows.map((r) => r[column] ?? null);
    const step = fitStep(column, spec ?? defaultSpec(type), values, options.impute?.[column], table.source);
    if (step.kind === 'categorical' && (spec === undefined || (spec.type === 'categorical' && spec.topK === undefined)) && step.vocabulary.length > DEFAULT_MAX_VOCABULARY) {
      throw settingError(
        origin,
        `/features/${escapePointer(column)}`,
        `column "${column}" has ${count(step.vocabulary.length)} distinct values; one-hot encoding more than ${count(DEFAULT_MAX_VOCABULARY)} needs an explicit topK`,
        `set features.${column}: { type: categorical, topK: 100 } to keep the most frequent values, or add "${column}" to data.exclude`,
        true,
      );
    }
    if (step.kind === 'categorical' && spec === undefined && step.vocabulary.length > 20 && step.vocabulary.length > rows.length / 2) {
      options.warn?.(
        `column "${column}" has ${step.vocabulary.length} distinct values in ${rows.length} training rows and looks like an identifier or free text; ` +
          `one-hot encoding it mostly memorizes rows (add it to data.exclude, or set features.${column}: { type: categorical, topK: 20 })`,
      );
    }
    steps.push(step);
  }
  if (steps.length === 0) {
    throw new ModelBuildError('DATA_INVALID', 'no feature columns left: every column is the label, excluded or dropped', {
      file: table.source,
    });
  }
  const width = steps.reduce((n, s) => n + stepWidth(s), 0);
  if (width > maxInputs) {
    const widest = [...steps].sort((a, b) => stepWidth(b) - stepWidth(a) || compareBytes(a.column, b.column)).slice(0, 3);
    throw tooWide(`${count(width)} values`, `widest: ${widest.map((s) => `${s.column} ${count(stepWidth(s))}`).join(', ')}`, options, origin);
  }
  const label = fitLabel(table, rows, options);
  const pre: Preprocessor = { format: 1, label, steps, inputs: steps.flatMap(inputNames) };
  assertFiniteJson(pre, 'preprocessor', table.source);
  return pre;
}

function tooWide(what: string, detail: string, options: FitOptions, origin: ConfigOrigin): ModelBuildError {
  return settingError(
    origin,
    options.maxInputs === undefined ? '/data' : '/model/maxInputs',
    `the model input would be ${what} wide (${detail}), over model.maxInputs = ${count(options.maxInputs ?? DEFAULT_MAX_INPUTS)}`,
    'exclude columns (data.exclude), set features.<column>.topK on categorical columns, or raise model.maxInputs',
  );
}

const stepWidth = (s: FeatureStep) => (s.kind === 'categorical' ? s.vocabulary.length + 1 : s.kind === 'bucketized' ? s.boundaries.length + 1 : 1);

function defaultSpec(type: InferredType): Exclude<FeatureSpec, 'drop'> {
  if (type === 'number') return { type: 'numeric', transform: 'standardize' };
  if (type === 'boolean') return { type: 'boolean' };
  return { type: 'categorical' };
}

function fitStep(
  column: string,
  spec: Exclude<FeatureSpec, 'drop'>,
  values: Cell[],
  impute: ImputeSpec | undefined,
  source: string,
): FeatureStep {
  const numbers = values.map(toNumber).filter((v): v is number => v !== null);
  if ((spec.type === 'numeric' || spec.type === 'bucketized') && numbers.length === 0) {
    throw new ModelBuildError('DATA_INVALID', `column "${column}" is configured as ${spec.type} but holds no numbers in the training split`, {
      file: source,
      hint: `check its values, or configure features.${column} as categorical`,
    });
  }
  switch (spec.type) {
    case 'numeric': {
      const transform = spec.transform ?? 'standardize';
      if (transform === 'log' && numbers.some((v) => v <= -1)) {
        throw new ModelBuildError('DATA_INVALID', `column "${column}": the log transform needs values > -1`, {
          file: source,
          hint: `use transform: standardize for features.${column}`,
        });
      }
      const fill = numericFill(numbers, impute, column, source);
      const f = transform === 'log' ? Math.log1p : (v: number) => v;
      const mapped = numbers.map(f);
      let shift = 0, scale = 1;
      if (transform === 'standardize' || transform === 'log') {
        shift = mean(mapped);
        scale = spread(mapped, shift) || 1;
      } else if (transform === 'minmax') {
        // A loop, not Math.min(...xs): spreading 100k+ values overflows the call stack.
        let lo = Infinity, hi = -Infinity;
        for (const v of mapped) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
        shift = lo;
        scale = hi - lo || 1;
      }
      if (!Number.isFinite(shift) || !Number.isFinite(scale)) {
        throw new ModelBuildError('DATA_INVALID', `column "${column}": its values are too large to ${transform === 'minmax' ? 'scale' : 'standardize'} (the ${Number.isFinite(shift) ? 'spread' : 'mean'} overflows a double)`, {
          file: source,
          hint: `rescale the column, or use transform: log (values > -1) or none for features.${column}`,
        });
      }
      return { kind: 'numeric', column, transform, fill, shift, scale };
    }
    case 'bucketized': {
      // The config loader already requires increasing cut points; library callers get them sorted.
      const boundaries = [...spec.boundaries].sort((a, b) => a - b);
      boundaries.forEach((b, i) => {
        if (!Number.isFinite(b) || (i > 0 && b === boundaries[i - 1])) {
          throw new ModelBuildError('DATA_INVALID', `features.${column}.boundaries must be finite and distinct (${String(b)} is ${Number.isFinite(b) ? 'repeated' : 'not finite'})`, {
            file: source,
            hint: 'the first bucket already extends to -∞ and the last to +∞: list finite cut points, smallest first',
          });
        }
      });
      return { kind: 'bucketized', column, boundaries, fill: numericFill(numbers, impute ?? 'median', column, source) };
    }
    case 'boolean': {
      const bools = values.map(toBoolean).filter((v): v is number => v !== null);
      let fill = mode(bools) ?? 0;
      if (impute && typeof impute === 'object') {
        const b = toBoolean(impute.constant as Cell);
        if (b === null) {
          throw new ModelBuildError('DATA_INVALID', `column "${column}" is boolean: impute constant ${JSON.stringify(impute.constant)} is not true or false`, {
            file: source,
            hint: `set data.cleaning.impute.${column}: { constant: false } (or true, or mode)`,
          });
        }
        fill = b;
      } else if (impute === 'mean' || impute === 'median') {
        throw new ModelBuildError('DATA_INVALID', `column "${column}" is boolean: impute it with mode or a constant, not ${impute}`, { file: source });
      }
      return { kind: 'boolean', column, fill };
    }
    case 'categorical': {
      const counts = new Map<string, number>();
      for (const v of values) if (v !== null) counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
      // Most frequent first, ties by byte order: a stable vocabulary whatever the row order.
      let vocabulary = [...counts.entries()].sort((a, b) => b[1] - a[1] || compareBytes(a[0], b[0])).map(([k]) => k);
      if (spec.topK !== undefined) vocabulary = vocabulary.slice(0, spec.topK);
      let fill: string | null = null;
      if (impute === 'mode') fill = vocabulary[0] ?? null;
      else if (impute && typeof impute === 'object') fill = String(impute.constant);
      else if (impute) {
        throw new ModelBuildError('DATA_INVALID', `column "${column}" is categorical: impute it with mode or a constant, not ${impute}`, {
          file: source,
        });
      }
      return { kind: 'categorical', column, vocabulary: vocabulary.sort(compareBytes), fill };
    }
  }
}

function numericFill(numbers: number[], impute: ImputeSpec | undefined, column: string, source: string): number {
  if (impute === undefined || impute === 'mean') return mean(numbers);
  if (impute === 'median') return median(numbers);
  if (impute === 'mode') return mode(numbers) ?? 0;
  const c = typeof impute.constant === 'string' && impute.constant.trim() === '' ? NaN : Number(impute.constant);
  if (!Number.isFinite(c)) {
    throw new ModelBuildError('DATA_INVALID', `column "${column}" is numeric: impute constant ${JSON.stringify(impute.constant)} is not a finite number`, {
      file: source,
      hint: `set data.cleaning.impute.${column} to a number, e.g. { constant: 0 }, or to mean, median or mode`,
    });
  }
  return c;
}

function fitLabel(table: Table, rows: Array<Record<string, Cell>>, options: FitOptions): LabelEncoding {
  const { label: column, task } = options;
  if (task === 'regression') {
    const ys = rows.map((r) => toNumber(r[column] ?? null));
    const bad = ys.findIndex((v) => v === null);
    if (bad >= 0) {
      throw new ModelBuildError('DATA_INVALID', `label "${column}" must be a number for regression: ${JSON.stringify(rows[bad]![column])}`, {
        file: table.source,
        hint: 'use task: binary or multiclass for a categorical label',
      });
    }
    const nums = ys as number[];
    const shift = mean(nums);
    const scale = spread(nums, shift) || 1;
    if (!Number.isFinite(shift) || !Number.isFinite(scale)) {
      throw new ModelBuildError('DATA_INVALID', `label "${column}": its values are too large to standardize (the ${Number.isFinite(shift) ? 'spread' : 'mean'} overflows a double)`, {
        file: table.source,
        hint: 'rescale the label (e.g. thousands instead of units)',
      });
    }
    return { column, task, shift, scale };
  }
  const distinct = new Set(rows.map((r) => String(r[column])));
  checkClassCount(distinct.size, column, options.maxClasses, table.source, options.origin);
  const classes = [...distinct].sort(compareBytes);
  if (task === 'binary' && classes.length !== 2) {
    throw new ModelBuildError('DATA_INVALID', `task binary needs exactly 2 classes in "${column}", found ${classes.length}: ${classes.slice(0, 5).join(', ')}`, {
      file: table.source,
      hint: classes.length > 2 ? 'use task: multiclass' : 'the training data holds a single class: a classifier cannot learn from it',
    });
  }
  if (classes.length < 2) {
    throw new ModelBuildError('DATA_INVALID', `label "${column}" has a single class (${classes[0]}) in the training data`, {
      file: table.source,
      hint: 'a classifier needs at least two classes',
    });
  }
  return { column, task, classes };
}

function inputNames(step: FeatureStep): string[] {
  switch (step.kind) {
    case 'categorical':
      return [...step.vocabulary.map((v) => `${step.column}=${v}`), `${step.column}=${OOV}`];
    case 'bucketized':
      return Array.from({ length: step.boundaries.length + 1 }, (_, i) => `${step.column}[${i}]`);
    default:
      return [step.column];
  }
}

/** Width of the model input. */
export const inputWidth = (p: Preprocessor) => p.inputs.length;

/**
 * Encodes records into a row-major Float32Array (n × width). Missing, unparsable and unseen
 * values take the step's fill or the out-of-vocabulary slot: prediction never crashes on them.
 */
export function transform(p: Preprocessor, records: ReadonlyArray<Record<string, unknown>>): Float32Array {
  const width = p.inputs.length;
  const out = new Float32Array(records.length * width);
  records.forEach((record, i) => {
    let o = i * width;
    for (const step of p.steps) {
      const raw = record[step.column] as Cell | undefined;
      switch (step.kind) {
        case 'numeric': {
          let v = toNumber(raw ?? null) ?? step.fill;
          if (step.transform === 'log') v = Math.log1p(Math.max(v, -1 + 1e-12));
          out[o++] = (v - step.shift) / step.scale;
          break;
        }
        case 'boolean':
          out[o++] = toBoolean(raw ?? null) ?? step.fill;
          break;
        case 'bucketized': {
          const v = toNumber(raw ?? null) ?? step.fill;
          let bucket = 0;
          while (bucket < step.boundaries.length && v >= step.boundaries[bucket]!) bucket++;
          out[o + bucket] = 1;
          o += step.boundaries.length + 1;
          break;
        }
        case 'categorical': {
          const value = raw === null || raw === undefined || raw === '' ? step.fill : String(raw);
          const idx = value === null ? -1 : step.vocabulary.indexOf(value);
          out[o + (idx >= 0 ? idx : step.vocabulary.length)] = 1;
          o += step.vocabulary.length + 1;
          break;
        }
      }
    }
  });
  return out;
}

/** Encodes labels: class index (classification) or standardized value (regression). */
export function encodeLabels(p: Preprocessor, rows: ReadonlyArray<Record<string, Cell>>): number[] {
  const { label } = p;
  if (label.task === 'regression') return rows.map((r) => (toNumber(r[label.column] ?? null)! - label.shift!) / label.scale!);
  const index = new Map(label.classes!.map((c, i) => [c, i]));
  return rows.map((r) => index.get(String(r[label.column])) ?? -1);
}

export function toNumber(v: Cell | undefined): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string' && v.trim() !== '') {
    const n = Number(v);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

/** 1, 0, or null when `v` is not a boolean (exported for prediction's input audit). */
export function toBoolean(v: Cell): number | null {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v === 0 ? 0 : v === 1 ? 1 : null;
  if (typeof v === 'string') {
    const s = v.trim().toLowerCase();
    if (s === 'true' || s === '1' || s === 'yes') return 1;
    if (s === 'false' || s === '0' || s === 'no') return 0;
  }
  return null;
}

/**
 * Population standard deviation around `center`. Squares of values above ~1e154 overflow; then
 * the deviations are divided by the largest one first. Never NaN for finite inputs (a NaN
 * would slip through `|| 1`); Infinity only when a deviation itself overflows.
 */
function spread(xs: number[], center: number): number {
  const plain = Math.sqrt(mean(xs.map((v) => (v - center) ** 2)));
  if (Number.isFinite(plain)) return plain;
  let max = 0;
  for (const v of xs) max = Math.max(max, Math.abs(v - center));
  if (!Number.isFinite(max)) return Infinity;
  return max * Math.sqrt(mean(xs.map((v) => ((v - center) / max) ** 2)));
}

/**
 * The plain sum / n (what earlier versions wrote, bit for bit), or, when that sum overflows, a
 * running mean, which stays finite for finite inputs.
 */
function mean(xs: number[]): number {
  const plain = xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
  if (Number.isFinite(plain)) return plain;
  let m = 0;
  for (let i = 0; i < xs.length; i++) m += (xs[i]! - m) / (i + 1);
  return m;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? 0 : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function mode<T extends number | string>(xs: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best: T | undefined;
  let bestCount = 0;
  for (const [k, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) if (c > bestCount) [best, bestCount] = [k, c];
  return best;
}

/**
 * Throws when a value holds NaN or ±Infinity anywhere: JSON has neither, so JSON.stringify would
 * write null and prediction would replay different numbers than training used.
 */
export function assertFiniteJson(value: unknown, what: string, file?: string): void {
  const bad = firstNonFinite(value, '');
  if (bad) {
    throw new ModelBuildError('DATA_INVALID', `${what}: ${bad.path || 'the value'} is ${bad.value}, which JSON cannot hold`, {
      file,
      hint: 'a NaN or infinite statistic comes from extreme values in the data or config: check that column',
    });
  }
}

function firstNonFinite(value: unknown, at: string): { path: string; value: string } | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : { path: at, value: String(value) };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = firstNonFinite(value[i], `${at}[${i}]`);
      if (bad) return bad;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const bad = firstNonFinite(v, at ? `${at}.${k}` : k);
      if (bad) return bad;
    }
  }
  return null;
}

/** preprocessor.json's text: refuses to write a number JSON cannot hold (see assertFiniteJson). */
export function preprocessorJson(p: Preprocessor): string {
  assertFiniteJson(p, 'preprocessor.json');
  return `${JSON.stringify(p, null, 2)}\n`;
}
