/**
 * The null distributions monitor's drift decisions are tested against, as tail probabilities
 * (p-values). Each accounts for both the reference size and the new batch size:
 *
 * - Counts of "surprising" rows in the new batch (values outside the reference range, categories
 *   the reference never saw, missing values) follow a beta-binomial: given the reference, each
 *   new row is surprising with some probability π, and π itself is uncertain because the
 *   reference is a finite sample. With n reference values from a continuous distribution, the
 *   chance that a new value falls outside their range is exactly Beta(2, n − 1)-distributed
 *   (the mass beyond the sample minimum plus beyond the maximum), mean 2/(n + 1).
 * - Distribution shape: the two-sample Kolmogorov–Smirnov p-value (in drift.ts) for numbers, and
 *   Pearson's χ² test of homogeneity for categories, with sparse categories pooled so no
 *   expected count is below 5 (Cochran's rule, under which χ² is accurate).
 */

/** ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9: ~15 significant digits). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  const z = x - 1;
  let a = c[0]!;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += c[i]! / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

const logBeta = (a: number, b: number) => logGamma(a) + logGamma(b) - logGamma(a + b);

/**
 * P(X ≥ x) for X ~ BetaBinomial(n, a, b): n trials whose success probability is Beta(a, b).
 * Sums the pmf from x upward with the ratio recurrence (no loss of precision for tiny tails);
 * when x is below the mean, 1 − P(X < x) summed from 0 instead, which needs fewer terms.
 */
export function betaBinomialSurvival(x: number, n: number, a: number, b: number): number {
  if (!(a > 0 && b > 0) || !(n >= 0)) return NaN;
  if (x <= 0) return 1;
  if (x > n) return 0;
  const logPmf = (k: number) => logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1) + logBeta(k + a, n - k + b) - logBeta(a, b);
  // pmf(k + 1) / pmf(k) = (n − k)(k + a) / ((k + 1)(n − k − 1 + b))
  const ratio = (k: number) => ((n - k) * (k + a)) / ((k + 1) * (n - k - 1 + b));
  const mean = (n * a) / (a + b);
  if (x <= mean) {
    let term = Math.exp(logPmf(0));
    let below = 0;
    for (let k = 0; k < x; k++) {
      below += term;
      term *= ratio(k);
    }
    return Math.min(1, Math.max(0, 1 - below));
  }
  let term = Math.exp(logPmf(x));
  let sum = 0;
  for (let k = x; k <= n; k++) {
    sum += term;
    if (term < sum * 1e-15 && ratio(k) < 1) break;
    term *= ratio(k);
  }
  return Math.min(1, sum);
}

/** Regularized upper incomplete gamma Q(s, x) = Γ(s, x)/Γ(s) (series below s + 1, else a continued fraction). */
export function regularizedGammaQ(s: number, x: number): number {
  if (x <= 0) return 1;
  if (x < s + 1) {
    let term = 1 / s;
    let sum = term;
    for (let i = 1; i < 10_000; i++) {
      term *= x / (s + i);
      sum += term;
      if (term < sum * 1e-16) break;
    }
    return Math.max(0, 1 - sum * Math.exp(-x + s * Math.log(x) - logGamma(s)));
  }
  // Lentz's method for the continued fraction of Γ(s, x).
  const tiny = 1e-300;
  let b = x + 1 - s;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10_000; i++) {
    const an = -i * (i - s);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.min(1, Math.exp(-x + s * Math.log(x) - logGamma(s)) * h);
}

/** Regularized incomplete beta I_x(a, b) (continued fraction, Lentz; symmetric form past the mean). */
export function regularizedBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  if (x > (a + 1) / (a + b + 2)) return 1 - (front * betaFraction(1 - x, b, a)) / b;
  return (front * betaFraction(x, a, b)) / a;
}

function betaFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < 10_000; m++) {
    const m2 = 2 * m;
    for (const aa of [(m * (b - m) * x) / ((a + m2 - 1) * (a + m2)), (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1))]) {
      d = 1 + aa * d;
      if (Math.abs(d) < tiny) d = tiny;
      c = 1 + aa / c;
      if (Math.abs(c) < tiny) c = tiny;
      d = 1 / d;
      h *= d * c;
    }
    if (Math.abs(d * c - 1) < 1e-15) break;
  }
  return h;
}

/** P(X ≥ k) for X ~ Binomial(n, p) (k, n may be fractional: scaled counts). */
export function binomialSurvival(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  return regularizedBeta(p, k, n - k + 1);
}

/** P(χ²_df ≥ x). */
export function chiSquareSurvival(x: number, df: number): number {
  if (!(df > 0)) return 1;
  return regularizedGammaQ(df / 2, x / 2);
}

/** Smallest expected count a category may have before it is pooled (Cochran's rule). */
export const MIN_EXPECTED_COUNT = 5;

export interface ChiSquareResult {
  statistic: number;
  df: number;
  pValue: number;
  /** Categories left after pooling sparse ones (including the pooled bucket). */
  cells: number;
  /**
   * The largest change of one cell's share, and its p-value: the exact conditional test of that
   * cell (given the cell's total over both samples, the new sample's part is binomial with
   * p = n_new/(n_ref + n_new)), two-sided, Bonferroni-adjusted over the cells. Powerful where χ²
   * is weak: one category's share moving among many categories. (A normal approximation here
   * is anti-conservative for small cells: measured 4% false flags where 0.6% was allowed.)
   */
  largestChange: { share: number; pValue: number };
}

/**
 * Pearson's χ² test of homogeneity of two count vectors over the same categories. Categories
 * whose smaller expected count is below 5 are pooled, smallest first, into one bucket; the
 * counts are scaled to `sizes` (effective sample sizes) first when given.
 */
export function chiSquareHomogeneity(reference: readonly number[], current: readonly number[], sizes?: { reference: number; current: number }): ChiSquareResult {
  const sum = (v: readonly number[]) => v.reduce((s, x) => s + x, 0);
  const nr0 = sum(reference);
  const nc0 = sum(current);
  const none = { share: 0, pValue: 1 };
  if (!(nr0 > 0 && nc0 > 0)) return { statistic: 0, df: 0, pValue: 1, cells: 0, largestChange: none };
  const sr = sizes ? sizes.reference / nr0 : 1;
  const sc = sizes ? sizes.current / nc0 : 1;
  const r = reference.map((x) => x * sr);
  const c = current.map((x) => x * sc);
  const nr = nr0 * sr;
  const nc = nc0 * sc;
  const n = nr + nc;
  const smaller = Math.min(nr, nc);
  // Order by pooled share, largest first; the sparse tail is pooled into one bucket.
  const order = r.map((_, i) => i).sort((i, j) => r[j]! + c[j]! - (r[i]! + c[i]!) || i - j);
  const cells: Array<[number, number]> = [];
  let poolR = 0;
  let poolC = 0;
  for (const i of order) {
    const total = r[i]! + c[i]!;
    if (total === 0) continue;
    if ((total * smaller) / n >= MIN_EXPECTED_COUNT) cells.push([r[i]!, c[i]!]);
    else {
      poolR += r[i]!;
      poolC += c[i]!;
    }
  }
  if (poolR + poolC > 0) {
    if (((poolR + poolC) * smaller) / n >= MIN_EXPECTED_COUNT || cells.length === 0) cells.push([poolR, poolC]);
    else {
      // Still too sparse on its own: merge the pool into the smallest kept category.
      const last = cells[cells.length - 1]!;
      cells[cells.length - 1] = [last[0] + poolR, last[1] + poolC];
    }
  }
  if (cells.length < 2) return { statistic: 0, df: 0, pValue: 1, cells: cells.length, largestChange: none };
  let statistic = 0;
  let largest = { share: 0, pValue: 1 };
  const q = nc / n;
  for (const [a, b] of cells) {
    const share = (a + b) / n;
    const er = share * nr;
    const ec = share * nc;
    statistic += ((a - er) * (a - er)) / er + ((b - ec) * (b - ec)) / ec;
    const total = a + b;
    const upper = binomialSurvival(b, total, q);
    const lower = 1 - binomialSurvival(b + 1, total, q);
    const p = Math.min(1, 2 * Math.min(upper, lower));
    if (p < largest.pValue) largest = { share: b / nc - a / nr, pValue: p };
  }
  const df = cells.length - 1;
  const largestChange = { share: largest.share, pValue: Math.min(1, cells.length * largest.pValue) };
  return { statistic, df, pValue: chiSquareSurvival(statistic, df), cells: cells.length, largestChange };
}

/**
 * Holm's step-down procedure with weights (Holm 1979): test i gets the share wᵢ/Σw of the level.
 * Sorted by pᵢ/wᵢ, each p-value is compared with α·wᵢ/(the weight of the tests not yet
 * rejected); the first one above its level and all after it are not significant. Controls the
 * chance of any false alarm among the tests at α, like weighted Bonferroni (α·wᵢ/Σw), and never
 * flags fewer. Equal weights give the classic α/m, α/(m − 1), … Returns, per input, the level
 * it was compared with and whether it is significant.
 */
export function holm(pValues: readonly number[], alpha: number, weights?: readonly number[]): Array<{ level: number; significant: boolean }> {
  const m = pValues.length;
  const w = weights ?? pValues.map(() => 1);
  const order = pValues.map((_, i) => i).sort((i, j) => pValues[i]! / w[i]! - pValues[j]! / w[j]! || i - j);
  const out = new Array<{ level: number; significant: boolean }>(m);
  let remaining = w.reduce((a, b) => a + b, 0);
  let stopped = false;
  for (const index of order) {
    const level = (alpha * w[index]!) / remaining;
    if (!stopped && !(pValues[index]! <= level)) stopped = true;
    out[index] = { level, significant: !stopped };
    if (!stopped) remaining -= w[index]!;
  }
  return out;
}
