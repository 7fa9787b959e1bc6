/**
 * Drift statistics between a reference (training) distribution and a current one. Pure functions
 * over counts, value arrays and sketches.
 *
 * Conventions (Evidently's defaults where it has one, see REFERENCE.md):
 * - PSI = Σ (aᵢ − eᵢ)·ln(aᵢ/eᵢ) over bin proportions. Counts are normalized to proportions first;
 *   a bin with proportion 0 on either side gets `epsilon` (default 1e-4) instead, without
 *   renormalizing — Evidently's practice. Bands: < 0.1 stable, 0.1–0.25 watch, ≥ 0.25 significant.
 * - Jensen–Shannon: `jensenShannonDivergence` is JSD(p‖q) = ½KL(p‖m) + ½KL(q‖m), m = ½(p + q), in
 *   base 2 by default, so it lies in [0, 1]; `jensenShannonDistance` is its square root (the metric
 *   scipy.spatial.distance.jensenshannon returns and Evidently thresholds at 0.1; note scipy's and
 *   Evidently's default base is e, whose distance is √ln2 ≈ 0.833 times the base-2 one).
 * - Numeric bins: interior edges at the reference quantiles i/bins (deduplicated, so discrete data
 *   gets fewer bins), bins right-closed (−∞, e₁], (e₁, e₂], …, (e_last, +∞): values outside the
 *   reference range still land in a bin. From a sketch, bin counts are n·(cdf(eᵢ) − cdf(eᵢ₋₁)).
 * - KS: D = sup |F_a − F_b|, evaluated exactly for value arrays and over the union of both
 *   sketches' retained values for sketches; there D carries each sketch's rank error (up to
 *   ε_a + ε_b, ≈ 3.3% at k = 200 in the worst case, typically well under 1%). p-value: the asymptotic
 *   Kolmogorov distribution with Numerical Recipes' small-sample correction,
 *   p = Q_KS((√nₑ + 0.12 + 0.11/√nₑ)·D), nₑ = n_a·n_b/(n_a + n_b),
 *   Q_KS(λ) = 2 Σ_{j≥1} (−1)^{j−1} e^{−2j²λ²}.
 * - Categorical: the union of both sides' categories, the `maxCategories` largest by
 *   max(reference share, current share) kept, everything else (and any weight a frequent-items
 *   sketch did not track) pooled in a trailing "other" bucket.
 */
import { ModelBuildError } from '../errors.js';
import { compareUtf8, usage } from './encoding.js';
import { FrequentItemsSketch } from './frequentItems.js';
import { KllSketch } from './kll.js';

/** Evidently's default thresholds and this module's defaults. */
export const DRIFT_DEFAULTS = {
  /** Drift when PSI ≥ this. */
  psiThreshold: 0.1,
  /** Drift when the Jensen–Shannon distance ≥ this. */
  jensenShannonThreshold: 0.1,
  /** Drift when the KS p-value < this. */
  ksAlpha: 0.05,
  psiEpsilon: 1e-4,
  bins: 10,
  maxCategories: 20,
} as const;

export interface PsiOptions {
  /** Stand-in proportion for empty bins (default 1e-4). */
  epsilon?: number;
}

/** Population stability index of `actual` against `expected` (counts or proportions). */
export function psi(expected: readonly number[], actual: readonly number[], options: PsiOptions = {}): number {
  const epsilon = options.epsilon ?? DRIFT_DEFAULTS.psiEpsilon;
  if (!(epsilon > 0 && epsilon < 1)) throw usage(`PSI epsilon must be in (0, 1), got ${epsilon}`);
  sameLength(expected, actual, 'PSI');
  const e = proportions(expected, 'expected');
  const a = proportions(actual, 'actual');
  let sum = 0;
  for (let i = 0; i < e.length; i++) {
    const pe = e[i] === 0 ? epsilon : e[i]!;
    const pa = a[i] === 0 ? epsilon : a[i]!;
    sum += (pa - pe) * Math.log(pa / pe);
  }
  return sum;
}

export interface JensenShannonOptions {
  /** Logarithm base (default 2 → divergence in [0, 1]). */
  base?: number;
}

/** Jensen–Shannon divergence of two count or proportion vectors (normalized first). */
export function jensenShannonDivergence(p: readonly number[], q: readonly number[], options: JensenShannonOptions = {}): number {
  const base = options.base ?? 2;
  if (!(base > 1)) throw usage(`Jensen–Shannon log base must be > 1, got ${base}`);
  sameLength(p, q, 'Jensen–Shannon');
  const a = proportions(p, 'p');
  const b = proportions(q, 'q');
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    const m = 0.5 * (a[i]! + b[i]!);
    if (a[i]! > 0) sum += a[i]! * Math.log(a[i]! / m);
    if (b[i]! > 0) sum += b[i]! * Math.log(b[i]! / m);
  }
  return Math.max(0, (0.5 * sum) / Math.log(base));
}

/** Jensen–Shannon distance = √divergence (base 2 by default: in [0, 1]). */
export function jensenShannonDistance(p: readonly number[], q: readonly number[], options: JensenShannonOptions = {}): number {
  return Math.sqrt(jensenShannonDivergence(p, q, options));
}

/**
 * Interior bin edges at the sketch's quantiles 1/bins … (bins−1)/bins, ascending, duplicates
 * removed (so heavily repeated values give fewer, wider bins). Empty sketch → no edges.
 */
export function binEdgesFromQuantiles(sketch: KllSketch, bins: number = DRIFT_DEFAULTS.bins): number[] {
  if (!Number.isInteger(bins) || bins < 1) throw usage(`bin count must be a positive integer, got ${bins}`);
  if (sketch.isEmpty) return [];
  const edges: number[] = [];
  for (let i = 1; i < bins; i++) {
    const edge = sketch.quantile(i / bins);
    if (edges.length === 0 || edge > edges[edges.length - 1]!) edges.push(edge);
  }
  return edges;
}

/**
 * Counts per bin for interior `edges` (strictly ascending): bins (−∞, e₁], (e₁, e₂], …,
 * (e_last, +∞), so `edges.length + 1` counts. Values: exact counts, NaN skipped. A sketch:
 * n·(cdf(eᵢ) − cdf(eᵢ₋₁)), i.e. differences of its cumulative weights — estimates that sum to n.
 */
export function histogram(source: KllSketch | ArrayLike<number>, edges: readonly number[]): number[] {
  for (let i = 0; i < edges.length; i++) {
    if (Number.isNaN(edges[i]!) || (i > 0 && !(edges[i]! > edges[i - 1]!))) throw usage('histogram edges must be strictly ascending numbers');
  }
  const counts = new Array<number>(edges.length + 1).fill(0);
  if (source instanceof KllSketch) {
    // Differences of the cumulative weights: n·(cdf(eᵢ) − cdf(eᵢ₋₁)) without rounding.
    const { values, cumulative, n } = source.sortedView();
    let previous = 0;
    for (let i = 0; i < edges.length; i++) {
      const at = upperBound(values, edges[i]!);
      const weight = at === 0 ? 0 : cumulative[at - 1]!;
      counts[i] = weight - previous;
      previous = weight;
    }
    counts[edges.length] = n - previous;
    return counts;
  }
  for (let i = 0; i < source.length; i++) {
    const x = source[i]!;
    if (Number.isNaN(x)) continue;
    let lo = 0;
    let hi = edges.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (edges[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    counts[lo]!++;
  }
  return counts;
}

/** First index with values[i] > x. */
function upperBound(values: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Q_KS(λ) = 2 Σ_{j≥1} (−1)^{j−1} e^{−2j²λ²}, the Kolmogorov distribution's survival function. */
export function kolmogorovQ(lambda: number): number {
  if (Number.isNaN(lambda)) return NaN;
  if (lambda <= 0) return 1;
  if (lambda < 1.18) {
    // The alternating series converges slowly here; use the theta-function identity
    // 1 − Q = (√(2π)/λ) Σ_{j≥1} e^{−(2j−1)²π²/(8λ²)}.
    const y = (Math.PI * Math.PI) / (8 * lambda * lambda);
    let sum = 0;
    for (let j = 1; j < 100; j++) {
      const term = Math.exp(-(2 * j - 1) * (2 * j - 1) * y);
      sum += term;
      if (term <= 1e-17 * sum) break;
    }
    return Math.min(1, Math.max(0, 1 - (Math.sqrt(2 * Math.PI) / lambda) * sum));
  }
  const x = Math.exp(-2 * lambda * lambda);
  let sum = 0;
  for (let j = 1; j < 100; j++) {
    const term = Math.pow(x, j * j);
    sum += j % 2 === 1 ? term : -term;
    if (term <= 1e-17 * Math.abs(sum)) break;
  }
  return Math.min(1, Math.max(0, 2 * sum));
}

/** Asymptotic two-sample KS p-value for statistic `d` (Numerical Recipes' corrected λ). */
export function ksPValue(d: number, nA: number, nB: number): number {
  if (!(nA > 0 && nB > 0)) throw usage(`KS p-value needs two non-empty samples, got ${nA} and ${nB}`);
  const ne = (nA * nB) / (nA + nB);
  const root = Math.sqrt(ne);
  return kolmogorovQ((root + 0.12 + 0.11 / root) * d);
}

/** D = max over `grid` of |cdfA(x) − cdfB(x)| for two cdf functions (F(x) = P(X ≤ x)). */
export function ksStatisticOnGrid(cdfA: (x: number) => number, cdfB: (x: number) => number, grid: Iterable<number>): number {
  let d = 0;
  for (const x of grid) d = Math.max(d, Math.abs(cdfA(x) - cdfB(x)));
  return d;
}

export interface KsResult {
  /** D = sup |F_a − F_b| (over sketches: including their rank error). */
  statistic: number;
  pValue: number;
  /** nₑ = n_a·n_b/(n_a + n_b). */
  effectiveN: number;
  /** Amount subtracted from D before computing the p-value (0 unless `conservative`). */
  rankErrorAllowance: number;
}

export interface KsOptions {
  /**
   * Compute the p-value from max(0, D − Σε), ε = `rankError` of each input sketch that is in
   * estimation mode, so a sketch's rank error cannot by itself make the test reject. Default
   * false: the p-value of the observed D, whose false-positive rate over sketches exceeds α.
   */
  conservative?: boolean;
}

/** A sample as a step cdf: a sketch, or raw values (NaN skipped). */
export type KsSample = KllSketch | ArrayLike<number>;

/**
 * Two-sample Kolmogorov–Smirnov test. Raw values: exact D. Sketches: D over the union of the
 * retained values, so it is exact up to the sketches' rank errors. The p-value is asymptotic
 * (see module notes); for tiny samples it is approximate.
 */
export function ksTwoSample(a: KsSample, b: KsSample, options: KsOptions = {}): KsResult {
  const fa = stepCdf(a);
  const fb = stepCdf(b);
  if (fa.n === 0 || fb.n === 0) throw empty('KS test', fa.n === 0 ? 'first' : 'second');
  let i = 0;
  let j = 0;
  let d = 0;
  const va = fa.values;
  const vb = fb.values;
  while (i < va.length || j < vb.length) {
    const x = i < va.length && (j >= vb.length || va[i]! <= vb[j]!) ? va[i]! : vb[j]!;
    while (i < va.length && va[i]! <= x) i++;
    while (j < vb.length && vb[j]! <= x) j++;
    const pa = i === 0 ? 0 : fa.cumulative[i - 1]! / fa.n;
    const pb = j === 0 ? 0 : fb.cumulative[j - 1]! / fb.n;
    d = Math.max(d, Math.abs(pa - pb));
  }
  const effectiveN = (fa.n * fb.n) / (fa.n + fb.n);
  const allowance = options.conservative ? sketchError(a) + sketchError(b) : 0;
  return { statistic: d, pValue: ksPValue(Math.max(0, d - allowance), fa.n, fb.n), effectiveN, rankErrorAllowance: allowance };
}

function sketchError(sample: KsSample): number {
  return sample instanceof KllSketch && sample.isEstimationMode ? sample.rankError : 0;
}

interface StepCdf {
  values: ArrayLike<number>;
  cumulative: ArrayLike<number>;
  n: number;
}

function stepCdf(sample: KsSample): StepCdf {
  if (sample instanceof KllSketch) return sample.sortedView();
  const values = Float64Array.from(Array.prototype.filter.call(sample, (x: number) => !Number.isNaN(x)) as number[]).sort();
  const cumulative = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) cumulative[i] = i + 1;
  return { values, cumulative, n: values.length };
}

export interface NumericDriftOptions extends PsiOptions, JensenShannonOptions, KsOptions {
  /** Reference-quantile bins for PSI and Jensen–Shannon (default 10). */
  bins?: number;
}

export interface NumericDrift {
  /** Interior bin edges from the reference quantiles. */
  edges: number[];
  /** Bin counts of the reference and of the current data. */
  reference: number[];
  current: number[];
  psi: number;
  /** Jensen–Shannon distance over the same bins. */
  jensenShannon: number;
  ks: KsResult;
}

/** PSI, Jensen–Shannon distance (reference-quantile bins) and KS of a numeric column. */
export function numericDrift(reference: KllSketch, current: KsSample, options: NumericDriftOptions = {}): NumericDrift {
  if (reference.isEmpty) throw empty('numeric drift', 'reference');
  const edges = binEdgesFromQuantiles(reference, options.bins ?? DRIFT_DEFAULTS.bins);
  const ref = histogram(reference, edges);
  const cur = histogram(current, edges);
  if (cur.every((c) => c === 0)) throw empty('numeric drift', 'current');
  return {
    edges,
    reference: ref,
    current: cur,
    psi: psi(ref, cur, options),
    jensenShannon: jensenShannonDistance(ref, cur, options),
    ks: ksTwoSample(reference, current, options),
  };
}

/** Category counts: a frequent-items sketch, or counts with an optional total (≥ their sum). */
export type CategorySource =
  | FrequentItemsSketch
  | { counts: ReadonlyMap<string, number> | Readonly<Record<string, number>>; total?: number };

export interface CategoryOptions {
  /** Named categories kept before pooling the rest in "other" (default 20). */
  maxCategories?: number;
}

export interface AlignedCategories {
  /** Named categories, largest first; the vectors have one more, trailing entry: "other". */
  categories: string[];
  reference: number[];
  current: number[];
}

/** Puts two category distributions on the same categories plus an "other" bucket. */
export function alignCategories(reference: CategorySource, current: CategorySource, options: CategoryOptions = {}): AlignedCategories {
  const maxCategories = options.maxCategories ?? DRIFT_DEFAULTS.maxCategories;
  if (!Number.isInteger(maxCategories) || maxCategories < 0) throw usage(`maxCategories must be a non-negative integer, got ${maxCategories}`);
  const ref = categoryCounts(reference, 'reference');
  const cur = categoryCounts(current, 'current');
  const share = (side: { counts: Map<string, number>; total: number }, c: string) => (side.counts.get(c) ?? 0) / side.total;
  const union = new Set([...ref.counts.keys(), ...cur.counts.keys()]);
  const ranked = [...union]
    .map((c) => ({ c, score: Math.max(share(ref, c), share(cur, c)) }))
    .sort((x, y) => y.score - x.score || compareUtf8(x.c, y.c))
    .slice(0, maxCategories)
    .map((x) => x.c);
  const vector = (side: { counts: Map<string, number>; total: number }) => {
    const v = ranked.map((c) => side.counts.get(c) ?? 0);
    const named = v.reduce((s, x) => s + x, 0);
    v.push(Math.max(0, side.total - named));
    return v;
  };
  return { categories: ranked, reference: vector(ref), current: vector(cur) };
}

export interface CategoricalDrift extends AlignedCategories {
  psi: number;
  jensenShannon: number;
}

export function categoricalDrift(
  reference: CategorySource,
  current: CategorySource,
  options: CategoryOptions & PsiOptions & JensenShannonOptions = {},
): CategoricalDrift {
  const aligned = alignCategories(reference, current, options);
  return {
    ...aligned,
    psi: psi(aligned.reference, aligned.current, options),
    jensenShannon: jensenShannonDistance(aligned.reference, aligned.current, options),
  };
}

/** PSI over aligned category frequencies (with the "other" bucket). */
export function categoricalPsi(reference: CategorySource, current: CategorySource, options: CategoryOptions & PsiOptions = {}): number {
  const aligned = alignCategories(reference, current, options);
  return psi(aligned.reference, aligned.current, options);
}

/** Jensen–Shannon distance over aligned category frequencies (with the "other" bucket). */
export function categoricalJensenShannon(
  reference: CategorySource,
  current: CategorySource,
  options: CategoryOptions & JensenShannonOptions = {},
): number {
  const aligned = alignCategories(reference, current, options);
  return jensenShannonDistance(aligned.reference, aligned.current, options);
}

function categoryCounts(source: CategorySource, side: string): { counts: Map<string, number>; total: number } {
  const counts = new Map<string, number>();
  let total: number;
  if (source instanceof FrequentItemsSketch) {
    for (const item of source.items()) counts.set(item.value, item.lowerBound);
    total = source.n;
  } else {
    const entries = source.counts instanceof Map ? [...source.counts] : Object.entries(source.counts);
    let sum = 0;
    for (const [c, v] of entries) {
      if (!(Number.isFinite(v) && v >= 0)) throw usage(`${side} count of ${JSON.stringify(c)} must be a non-negative number`);
      if (v > 0) counts.set(c, v);
      sum += v;
    }
    total = source.total ?? sum;
    if (!(total >= sum)) throw usage(`${side} total ${total} is below the sum of its counts ${sum}`);
  }
  if (!(total > 0)) throw empty('categorical drift', side);
  return { counts, total };
}

function proportions(values: readonly number[], what: string): number[] {
  let sum = 0;
  for (const v of values) {
    if (!(Number.isFinite(v) && v >= 0)) throw usage(`${what} must hold non-negative finite numbers, found ${v}`);
    sum += v;
  }
  if (sum === 0) throw empty('distribution comparison', what);
  return values.map((v) => v / sum);
}

function sameLength(a: readonly number[], b: readonly number[], what: string): void {
  if (a.length !== b.length || a.length === 0) {
    throw usage(`${what} needs two non-empty vectors of the same length, got ${a.length} and ${b.length}`);
  }
}

function empty(what: string, side: string): ModelBuildError {
  return new ModelBuildError('DATA_INVALID', `${what}: the ${side} data is empty`, {
    hint: 'drift needs at least one non-missing value on each side',
  });
}
