/**
 * Drift decisions: new data's profile against the reference (training) profile.
 *
 * Every statistical check is a test with a p-value whose null distribution accounts for both
 * the reference size and the new batch size (see nullTests.ts), and the report's checks are
 * decided together with Holm's procedure at one report-wide level α (default 0.05): when the new
 * data comes from the reference's distribution, the chance that the report flags anything is at
 * most α — measured by bench/monitor.mjs. Each column's share of α goes mostly (90%) to its
 * shape test (`TEST_WEIGHTS`). Per column:
 *
 * | column type | shape test | range test |
 * | --- | --- | --- |
 * | number | two-sample Kolmogorov–Smirnov on the quantile sketches | values outside the reference [min, max]: beta-binomial with Beta(2, n − 1) |
 * | text, boolean | category shares: Pearson χ² of homogeneity (sparse categories pooled, expected ≥ 5) and KS over the categories in name order, each at half the level | categories the reference never saw: beta-binomial around the reference's singleton rate |
 * | any | missing-value rate: beta-binomial around the reference's rate (Jeffreys) | |
 *
 * A sketch that has compacted (more than a few hundred values) answers ranks only to about
 * ±0.25%; its side of a test counts as at most `SKETCH_EFFECTIVE_ROWS` exact values, so sketch
 * error is never mistaken for drift. PSI and Jensen–Shannon are reported as effect sizes; the
 * config's `psi` / `jensenShannon`, when set, are minimum effects a shape test must also reach.
 * Structural problems (a column missing, new or of another type) are always flagged.
 */
import type { MonitorConfig } from '../config/types.js';
import { DRIFT_DEFAULTS, categoricalDrift, ksPValue, ksTwoSample, numericDrift } from '../profile/drift.js';
import { FrequentItemsSketch } from '../profile/frequentItems.js';
import { KllSketch } from '../profile/kll.js';
import type { Profile } from '../profile/profiler.js';
import { compareBytes } from '../util/paths.js';
import { betaBinomialSurvival, chiSquareHomogeneity, holm } from './nullTests.js';
import type { AccuracyEstimate } from './calibration.js';
import type { PerformanceReport } from './performance.js';

/** The decision rule's settings. */
export interface MonitorThresholds {
  /** Report-wide false-alarm level: the chance of any flag when nothing changed. */
  alpha: number;
  /** Minimum PSI a significant shape test must also reach (null: none). */
  psi: number | null;
  /** Minimum Jensen–Shannon distance a significant shape test must also reach (null: none). */
  jensenShannon: number | null;
  /** Minimum rise in the missing-value rate a significant missing-rate test must also reach. */
  missingRateIncrease: number;
  /** Reference-quantile bins for PSI, Jensen–Shannon and the charts. */
  bins: number;
}

export const MONITOR_DEFAULTS: MonitorThresholds = {
  alpha: 0.05,
  psi: null,
  jensenShannon: null,
  missingRateIncrease: 0.01,
  bins: DRIFT_DEFAULTS.bins,
};

/**
 * Rows of exact data a compacted quantile or frequent-items sketch is worth in a test. Measured:
 * a k = 200 KLL sketch's rank error at the deciles has an RMS of 0.19–0.53% for n = 300…10⁶,
 * the sampling error of a proportion near 0.1 from ~3 000–25 000 values; the smaller figure
 * keeps sketch error from reading as drift (bench/monitor.mjs measures the result).
 */
export const SKETCH_EFFECTIVE_ROWS = 2500;

/** Sample size a test credits a side with: all of it if exact, else capped by the sketch's resolution. */
export const effectiveRows = (n: number, estimated: boolean) => (estimated ? 1 / (1 / n + 1 / SKETCH_EFFECTIVE_ROWS) : n);

export function thresholdsFrom(config: MonitorConfig | undefined): MonitorThresholds {
  return {
    // `ks` was the KS test's level before every check shared one; it still sets α.
    alpha: config?.alpha ?? config?.ks ?? MONITOR_DEFAULTS.alpha,
    psi: config?.psi ?? MONITOR_DEFAULTS.psi,
    jensenShannon: config?.jensenShannon ?? MONITOR_DEFAULTS.jensenShannon,
    missingRateIncrease: config?.missingRateIncrease ?? MONITOR_DEFAULTS.missingRateIncrease,
    bins: config?.bins ?? MONITOR_DEFAULTS.bins,
  };
}

export type ViolationKind = 'missing-column' | 'extra-column' | 'type-change' | 'missing-rate' | 'all-missing' | 'new-categories' | 'out-of-range';

export interface Violation {
  column: string;
  kind: ViolationKind;
  message: string;
  /** For a statistical check: its p-value and the Holm level it was compared with. */
  pValue?: number;
  level?: number;
}

export type TestName = 'ks' | 'category-shares' | 'out-of-range' | 'new-categories' | 'missing-rate';

/** One statistical check of one column. */
export interface DriftTest {
  name: TestName;
  /** KS D, χ² (category shares), or the share of new rows that are out of range / new / missing. */
  statistic: number;
  pValue: number;
  /** The Holm level this p-value was compared with. */
  level: number;
  significant: boolean;
  /** Significant and (shape tests, missing rate) at least the configured minimum effect. */
  flagged: boolean;
}

export interface FeatureDrift {
  column: string;
  kind: 'numeric' | 'categorical';
  /** Values (not missing) on each side, and the sample sizes the shape test credited them with. */
  values: { reference: number; current: number; effectiveReference: number; effectiveCurrent: number };
  psi: number;
  jensenShannon: number;
  /** KS statistic and p-value (numeric only). */
  ks?: { statistic: number; pValue: number };
  tests: DriftTest[];
  drift: boolean;
  /** Which checks flagged, in words. */
  reasons: string[];
  /** Reference and current distributions over the same bins or categories (for charts). */
  bins: { labels: string[]; reference: number[]; current: number[] };
}

export interface MonitorReport {
  /** 2: calibrated tests decided together (1: fixed thresholds, model-build 0.1). */
  format: 2;
  drift: boolean;
  driftedFeatures: string[];
  /** Reference rows (training split), new rows, and the prediction reference's rows if compared. */
  rows: { reference: number; current: number; predictionReference?: number };
  thresholds: MonitorThresholds;
  /** How the checks were decided: m tests at report-wide level α with Holm's procedure. */
  decision: { method: 'holm'; alpha: number; tests: number };
  features: FeatureDrift[];
  violations: Violation[];
  /** With a package and labeled new data: the model's metrics on it, intervals and gate verdicts. */
  performance?: PerformanceReport;
  /** With a classification package: accuracy estimated without labels (CBPE), beside the measured one. */
  estimatedPerformance?: AccuracyEstimate & { packaged: number | null; measured: { value: number; rows: number } | null };
}

const round = (v: number) => Number(v.toPrecision(6));
const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
const pText = (p: number) => (p < 0.001 ? p.toExponential(1) : p.toPrecision(2));

/** A column of a profile by name; own entries only, so "constructor" or "toString" is never Object's. */
const columnOf = (p: Profile, name: string) => (Object.hasOwn(p.columns, name) ? p.columns[name] : undefined);

/** A pair of profiles to compare, e.g. the features, and the model's predictions. */
export interface ProfilePair {
  reference: Profile;
  current: Profile;
  /** Columns to compare (default: all the reference's, and new columns are flagged). */
  columns?: string[];
}

/**
 * Each column's share of α is split over its tests: most to the shape test, which must find
 * moderate shifts; the range, new-category and missing-value checks guard against gross
 * problems, whose p-values are tiny, so a small share detects them as well.
 */
export const TEST_WEIGHTS: Record<TestName, number> = { ks: 0.9, 'category-shares': 0.9, 'out-of-range': 0.05, 'new-categories': 0.05, 'missing-rate': 0.05 };

/** A test before the joint decision, with what to say if it flags. */
interface Pending {
  column: string;
  name: TestName;
  statistic: number;
  pValue: number;
  /** Minimum effect met (always true when none is configured). */
  effect: boolean;
  violation?: { kind: ViolationKind; message: string };
  reason: string;
}

/**
 * Compares new data's profile with the reference (training) profile, and optionally more pairs
 * (the model's predictions), deciding all their checks together at level `thresholds.alpha`.
 */
export function compareProfiles(
  reference: Profile,
  current: Profile,
  options: { thresholds?: MonitorThresholds; columns?: string[]; also?: ProfilePair[] } = {},
): MonitorReport {
  const t = options.thresholds ?? MONITOR_DEFAULTS;
  const pairs: ProfilePair[] = [{ reference, current, columns: options.columns }, ...(options.also ?? [])];
  const violations: Violation[] = [];
  const features: FeatureDrift[] = [];
  const pending: Pending[] = [];
  const testsOf = new Map<FeatureDrift, Pending[]>();
  for (const pair of pairs) {
    for (const column of [...(pair.columns ?? Object.keys(pair.reference.columns))].sort(compareBytes)) {
      const found = compareColumn(column, pair.reference, pair.current, t, violations);
      if (!found) continue;
      pending.push(...found.tests);
      if (found.feature) {
        features.push(found.feature);
        testsOf.set(found.feature, found.tests);
      }
    }
    if (!pair.columns) {
      for (const column of Object.keys(pair.current.columns).sort(compareBytes)) {
        if (!columnOf(pair.reference, column)) violations.push({ column, kind: 'extra-column', message: `column "${column}" is new: the reference has no such column` });
      }
    }
  }
  const verdicts = holm(
    pending.map((p) => p.pValue),
    t.alpha,
    pending.map((p) => TEST_WEIGHTS[p.name]),
  );
  const decided = new Map<Pending, DriftTest>();
  pending.forEach((p, i) => {
    const v = verdicts[i]!;
    const test: DriftTest = { name: p.name, statistic: round(p.statistic), pValue: round(p.pValue), level: round(v.level), significant: v.significant, flagged: v.significant && p.effect };
    decided.set(p, test);
    if (test.flagged && p.violation) violations.push({ column: p.column, ...p.violation, pValue: test.pValue, level: test.level });
  });
  for (const f of features) {
    const own = testsOf.get(f)!;
    f.tests = own.map((p) => decided.get(p)!);
    f.reasons = own.filter((p) => decided.get(p)!.flagged).map((p) => `${p.reason} (p ${pText(p.pValue)} ≤ ${pText(decided.get(p)!.level)})`);
    f.drift = f.reasons.length > 0;
  }
  const driftedFeatures = [...new Set([...features.filter((f) => f.drift).map((f) => f.column), ...violations.map((v) => v.column)])].sort(compareBytes);
  return {
    format: 2,
    drift: driftedFeatures.length > 0,
    driftedFeatures,
    rows: { reference: reference.rows, current: current.rows },
    thresholds: t,
    decision: { method: 'holm', alpha: t.alpha, tests: pending.length },
    features,
    violations: violations.sort((a, b) => compareBytes(a.column, b.column) || compareBytes(a.kind, b.kind)),
  };
}

/** One column's structural violations (pushed now) and statistical tests (decided later). */
function compareColumn(
  column: string,
  reference: Profile,
  current: Profile,
  t: MonitorThresholds,
  violations: Violation[],
): { feature?: FeatureDrift; tests: Pending[] } | undefined {
  const ref = columnOf(reference, column);
  const cur = columnOf(current, column);
  if (!ref) return undefined;
  if (!cur) {
    violations.push({ column, kind: 'missing-column', message: `column "${column}" is in the reference but not in the new data` });
    return undefined;
  }
  const tests: Pending[] = [missingRateTest(column, ref.state, cur.state, t)];
  if (cur.type === 'empty' || ref.type === 'empty') return { tests };
  const numericRef = ref.type === 'number';
  const numericCur = cur.type === 'number';
  if (numericRef !== numericCur) {
    // A reference of mixed text and numbers may yield an all-number (or all-text) sample by
    // chance; only values of a kind the reference never held are a type change.
    const neverHeld = numericCur ? ref.state.numbers === 0 : ref.state.texts + ref.state.booleans === 0;
    if (neverHeld) violations.push({ column, kind: 'type-change', message: `column "${column}" was ${ref.type} and is now ${cur.type}` });
    return { tests };
  }
  if (numericRef) {
    const r = KllSketch.fromJSON(ref.state.quantiles);
    const c = KllSketch.fromJSON(cur.state.quantiles);
    tests.push(outOfRangeTest(column, r, c));
    const d = numericDrift(r, c, { bins: t.bins });
    const ks = ksTwoSample(r, c);
    const er = effectiveRows(r.n, r.isEstimationMode);
    const ec = effectiveRows(c.n, c.isEstimationMode);
    const p = ksPValue(ks.statistic, er, ec);
    tests.push({ column, name: 'ks', statistic: ks.statistic, pValue: p, effect: effectMet(d.psi, d.jensenShannon, t), reason: `KS D ${ks.statistic.toFixed(3)}` });
    return {
      tests,
      feature: {
        column,
        kind: 'numeric',
        values: { reference: r.n, current: c.n, effectiveReference: Math.round(er), effectiveCurrent: Math.round(ec) },
        psi: round(d.psi),
        jensenShannon: round(d.jensenShannon),
        ks: { statistic: round(ks.statistic), pValue: round(p) },
        tests: [],
        drift: false,
        reasons: [],
        bins: { labels: binLabels(d.edges), reference: d.reference.map(round), current: d.current.map(round) },
      },
    };
  }
  const r = FrequentItemsSketch.fromJSON(ref.state.frequent);
  const c = FrequentItemsSketch.fromJSON(cur.state.frequent);
  const fresh = newCategoriesTest(column, r, c);
  if (fresh) tests.push(fresh);
  const d = categoricalDrift(r, c);
  const er = effectiveRows(r.n, r.maximumError > 0);
  const ec = effectiveRows(c.n, c.maximumError > 0);
  const chi = chiSquareHomogeneity(d.reference, d.current, { reference: er, current: ec });
  // χ² for shifts spread over many categories; for one category's share moving, the
  // Kolmogorov–Smirnov statistic over the categories in name order (a fixed order, so the
  // test stays valid; conservative on discrete data) — one test, where a per-category test
  // would pay for every category. Each at half the level (Bonferroni).
  const ks = categoryKs(d.categories, d.reference, d.current, er, ec);
  const pValue = Math.min(1, 2 * Math.min(chi.pValue, ks.pValue));
  const largest = `largest share change ${chi.largestChange.share >= 0 ? '+' : '−'}${(Math.abs(chi.largestChange.share) * 100).toFixed(1)} points`;
  tests.push({ column, name: 'category-shares', statistic: chi.statistic, pValue, effect: effectMet(d.psi, d.jensenShannon, t), reason: `χ² ${chi.statistic.toFixed(1)} (${chi.df} df), ${largest}` });
  return {
    tests,
    feature: {
      column,
      kind: 'categorical',
      values: { reference: r.n, current: c.n, effectiveReference: Math.round(er), effectiveCurrent: Math.round(ec) },
      psi: round(d.psi),
      jensenShannon: round(d.jensenShannon),
      tests: [],
      drift: false,
      reasons: [],
      bins: { labels: [...d.categories, '(other)'], reference: d.reference.map(round), current: d.current.map(round) },
    },
  };
}

/** KS over category shares in byte order of the names ("other" last). */
function categoryKs(categories: string[], reference: number[], current: number[], er: number, ec: number): { statistic: number; pValue: number } {
  const order = categories.map((_, i) => i).sort((a, b) => compareBytes(categories[a]!, categories[b]!));
  order.push(categories.length);
  const nr = reference.reduce((a, b) => a + b, 0);
  const nc = current.reduce((a, b) => a + b, 0);
  let cr = 0;
  let cc = 0;
  let statistic = 0;
  for (const i of order) {
    cr += reference[i]!;
    cc += current[i]!;
    statistic = Math.max(statistic, Math.abs(cr / nr - cc / nc));
  }
  return { statistic, pValue: ksPValue(statistic, er, ec) };
}

/** Configured minimum effect sizes: met when none is set, or when either set one is reached. */
function effectMet(psi: number, js: number, t: MonitorThresholds): boolean {
  if (t.psi === null && t.jensenShannon === null) return true;
  return (t.psi !== null && psi >= t.psi) || (t.jensenShannon !== null && js >= t.jensenShannon);
}

/**
 * Missing values: is the new batch's count of missing values more than the reference's rate
 * explains? The rate is uncertain from a finite reference: Beta(m + ½, n − m + ½) (Jeffreys).
 */
function missingRateTest(column: string, ref: { count: number; missing: number }, cur: { count: number; missing: number }, t: MonitorThresholds): Pending {
  const pValue = betaBinomialSurvival(cur.missing, cur.count, ref.missing + 0.5, ref.count - ref.missing + 0.5);
  const refRate = ref.count ? ref.missing / ref.count : 0;
  const curRate = cur.count ? cur.missing / cur.count : 0;
  const all = cur.count > 0 && cur.missing === cur.count;
  return {
    column,
    name: 'missing-rate',
    statistic: curRate,
    pValue,
    effect: curRate - refRate >= t.missingRateIncrease,
    reason: `missing in ${pct(curRate)} of rows (reference ${pct(refRate)})`,
    violation: all
      ? { kind: 'all-missing', message: `column "${column}" has no values at all in the new data (reference: missing in ${pct(refRate)} of rows)` }
      : { kind: 'missing-rate', message: `column "${column}" is missing in ${pct(curRate)} of rows (reference ${pct(refRate)})` },
  };
}

/**
 * Values outside the reference range. For continuous data the mass outside the range of n
 * reference values is Beta(2, n − 1) (mean 2/(n + 1)), so the count of new values outside it is
 * beta-binomial; repeated values only make the test more conservative.
 */
function outOfRangeTest(column: string, r: KllSketch, c: KllSketch): Pending {
  // Share of new values below the reference minimum plus above its maximum.
  const share = (c.min < r.min ? c.rank(r.min) : 0) + (c.max > r.max ? 1 - c.cdf(r.max) : 0);
  const count = c.isEstimationMode ? retainedOutside(c, r.min, r.max) : Math.round(share * c.n);
  const pValue = r.n >= 2 ? betaBinomialSurvival(count, c.n, 2, r.n - 1) : 1;
  return {
    column,
    name: 'out-of-range',
    statistic: share,
    pValue,
    effect: true,
    reason: `${pct(share)} of values outside the reference range`,
    violation: { kind: 'out-of-range', message: `column "${column}": ${pct(share)} of values lie outside the reference range [${r.min}, ${r.max}] (new range [${c.min}, ${c.max}]; ${pct(2 / (r.n + 1))} expected from ${r.n} reference values)` },
  };
}

/**
 * A compacted sketch's items stand for 2^level values each, so its count of values outside a
 * range is coarse; every retained item is a real value, though, so their number is a count
 * the data certainly reaches — a conservative count for the test.
 */
function retainedOutside(c: KllSketch, min: number, max: number): number {
  const { values } = c.sortedView();
  let count = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! < min || values[i]! > max) count++;
  return count;
}

/**
 * Categories the reference never saw. The chance that a new row shows an unseen category is the
 * reference's missing mass, about (singletons)/n (Good–Turing), held as Beta(f₁ + ½, n − f₁ + ½).
 * Skipped when the reference sketch stopped tracking every value (over 1 024 distinct): it then
 * cannot say which values are new.
 */
function newCategoriesTest(column: string, r: FrequentItemsSketch, c: FrequentItemsSketch): Pending | undefined {
  if (r.maximumError > 0) return undefined;
  const items = r.items();
  const known = new Set(items.map((i) => i.value));
  const singletons = items.filter((i) => i.lowerBound === 1).length;
  const fresh = c.items().filter((i) => !known.has(i.value));
  const count = fresh.reduce((a, i) => a + i.estimate, 0);
  const share = count / Math.max(1, c.n);
  const pValue = betaBinomialSurvival(count, c.n, singletons + 0.5, r.n - singletons + 0.5);
  const names = `${fresh.slice(0, 5).map((i) => JSON.stringify(i.value)).join(', ')}${fresh.length > 5 ? ', …' : ''}`;
  return {
    column,
    name: 'new-categories',
    statistic: share,
    pValue,
    effect: true,
    reason: `${fresh.length} new categor${fresh.length === 1 ? 'y' : 'ies'} in ${pct(share)} of rows`,
    violation: {
      kind: 'new-categories',
      message: `column "${column}" has ${fresh.length} categor${fresh.length === 1 ? 'y' : 'ies'} never seen in training (${pct(share)} of rows): ${names}`,
    },
  };
}

function binLabels(edges: number[]): string[] {
  const f = (v: number) => Number(v.toPrecision(4)).toString();
  if (edges.length === 0) return ['all'];
  return [`≤ ${f(edges[0]!)}`, ...edges.slice(1).map((e, i) => `${f(edges[i]!)} – ${f(e)}`), `> ${f(edges[edges.length - 1]!)}`];
}
