import type { MonitorConfig } from '../config/types.js';
import { DRIFT_DEFAULTS, categoricalDrift, numericDrift } from '../profile/drift.js';
import { FrequentItemsSketch } from '../profile/frequentItems.js';
import { KllSketch } from '../profile/kll.js';
import type { Profile } from '../profile/profiler.js';
import { compareBytes } from '../util/paths.js';
import type { PerformanceReport } from './performance.js';

/** Thresholds, with the documented defaults (Evidently's PSI and JS; KS at α = 0.05). */
export interface MonitorThresholds {
  psi: number;
  jensenShannon: number;
  ksAlpha: number;
  missingRateIncrease: number;
  bins: number;
}

export const MONITOR_DEFAULTS: MonitorThresholds = {
  psi: DRIFT_DEFAULTS.psiThreshold,
  jensenShannon: DRIFT_DEFAULTS.jensenShannonThreshold,
  ksAlpha: DRIFT_DEFAULTS.ksAlpha,
  missingRateIncrease: 0.1,
  bins: DRIFT_DEFAULTS.bins,
};

export function thresholdsFrom(config: MonitorConfig | undefined): MonitorThresholds {
  return {
    psi: config?.psi ?? MONITOR_DEFAULTS.psi,
    jensenShannon: config?.jensenShannon ?? MONITOR_DEFAULTS.jensenShannon,
    ksAlpha: config?.ks ?? MONITOR_DEFAULTS.ksAlpha,
    missingRateIncrease: config?.missingRateIncrease ?? MONITOR_DEFAULTS.missingRateIncrease,
    bins: config?.bins ?? MONITOR_DEFAULTS.bins,
  };
}

export type ViolationKind = 'missing-column' | 'extra-column' | 'type-change' | 'missing-rate' | 'all-missing' | 'new-categories' | 'out-of-range';

export interface Violation {
  column: string;
  kind: ViolationKind;
  message: string;
}

export interface FeatureDrift {
  column: string;
  kind: 'numeric' | 'categorical';
  psi: number;
  jensenShannon: number;
  /** KS on the sketches, conservative (their rank error is allowed for); numeric only. */
  ks?: { statistic: number; pValue: number };
  drift: boolean;
  /** Which statistics crossed their threshold. */
  reasons: string[];
  /** Reference and current distributions over the same bins or categories (for charts). */
  bins: { labels: string[]; reference: number[]; current: number[] };
}

export interface MonitorReport {
  format: 1;
  drift: boolean;
  driftedFeatures: string[];
  rows: { reference: number; current: number };
  thresholds: MonitorThresholds;
  features: FeatureDrift[];
  violations: Violation[];
  /** With a package and labeled new data: the model's metrics on it, intervals and gate verdicts. */
  performance?: PerformanceReport;
}

const round = (v: number) => Number(v.toPrecision(6));

/** A column of a profile by name; own entries only, so "constructor" or "toString" is never Object's. */
const columnOf = (p: Profile, name: string) => (Object.hasOwn(p.columns, name) ? p.columns[name] : undefined);

/** Share of new values outside the reference [min, max] that counts as a violation. */
export const OUT_OF_RANGE_SHARE = 0.01;

/**
 * Compares new data's profile with the reference (training) profile: per feature PSI,
 * Jensen–Shannon distance and (numeric) KS; and schema violations. Any drifted feature or
 * violation means drift.
 */
export function compareProfiles(reference: Profile, current: Profile, options: { thresholds?: MonitorThresholds; columns?: string[] } = {}): MonitorReport {
  const t = options.thresholds ?? MONITOR_DEFAULTS;
  const wanted = options.columns ?? Object.keys(reference.columns);
  const violations: Violation[] = [];
  const features: FeatureDrift[] = [];
  for (const column of [...wanted].sort(compareBytes)) {
    const ref = columnOf(reference, column);
    const cur = columnOf(current, column);
    if (!ref) continue;
    if (!cur) {
      violations.push({ column, kind: 'missing-column', message: `column "${column}" is in the reference but not in the new data` });
      continue;
    }
    if (cur.type === 'empty' && ref.type !== 'empty') {
      violations.push({ column, kind: 'all-missing', message: `column "${column}" has no values at all in the new data` });
      continue;
    }
    if (ref.type !== cur.type && ref.type !== 'empty') {
      violations.push({ column, kind: 'type-change', message: `column "${column}" was ${ref.type} and is now ${cur.type}` });
      continue;
    }
    const jump = cur.summary.missingRate - ref.summary.missingRate;
    if (jump > t.missingRateIncrease) {
      violations.push({
        column,
        kind: 'missing-rate',
        message: `column "${column}" is missing in ${(cur.summary.missingRate * 100).toFixed(1)}% of rows (reference ${(ref.summary.missingRate * 100).toFixed(1)}%)`,
      });
    }
    if (ref.type === 'number') {
      const r = KllSketch.fromJSON(ref.state.quantiles);
      const c = KllSketch.fromJSON(cur.state.quantiles);
      // Share of new values below the reference minimum plus above its maximum.
      const outside = (c.min < r.min ? c.rank(r.min) : 0) + (c.max > r.max ? 1 - c.cdf(r.max) : 0);
      // A few values past the extremes are normal for continuous data; more is a schema change.
      if (outside > OUT_OF_RANGE_SHARE) {
        violations.push({
          column,
          kind: 'out-of-range',
          message: `column "${column}": ${(outside * 100).toFixed(1)}% of values lie outside the reference range [${r.min}, ${r.max}] (new range [${c.min}, ${c.max}])`,
        });
      }
      const d = numericDrift(r, c, { bins: t.bins, conservative: true });
      const reasons = reasonsFor(d.psi, d.jensenShannon, t, d.ks.pValue);
      const labels = binLabels(d.edges);
      features.push({
        column,
        kind: 'numeric',
        psi: round(d.psi),
        jensenShannon: round(d.jensenShannon),
        ks: { statistic: round(d.ks.statistic), pValue: round(d.ks.pValue) },
        drift: reasons.length > 0,
        reasons,
        bins: { labels, reference: d.reference.map(round), current: d.current.map(round) },
      });
    } else if (ref.type === 'string' || ref.type === 'boolean') {
      const r = FrequentItemsSketch.fromJSON(ref.state.frequent);
      const c = FrequentItemsSketch.fromJSON(cur.state.frequent);
      const known = new Set(r.items().map((i) => i.value));
      const fresh = c.items().filter((i) => !known.has(i.value));
      if (fresh.length > 0) {
        const share = fresh.reduce((a, i) => a + i.estimate, 0) / Math.max(1, c.n);
        violations.push({
          column,
          kind: 'new-categories',
          message: `column "${column}" has ${fresh.length} categor${fresh.length === 1 ? 'y' : 'ies'} never seen in training (${(share * 100).toFixed(1)}% of rows): ${fresh.slice(0, 5).map((i) => JSON.stringify(i.value)).join(', ')}${fresh.length > 5 ? ', …' : ''}`,
        });
      }
      const d = categoricalDrift(r, c);
      const reasons = reasonsFor(d.psi, d.jensenShannon, t);
      features.push({
        column,
        kind: 'categorical',
        psi: round(d.psi),
        jensenShannon: round(d.jensenShannon),
        drift: reasons.length > 0,
        reasons,
        bins: { labels: [...d.categories, '(other)'], reference: d.reference.map(round), current: d.current.map(round) },
      });
    }
  }
  if (!options.columns) {
    for (const column of Object.keys(current.columns).sort(compareBytes)) {
      if (!columnOf(reference, column)) violations.push({ column, kind: 'extra-column', message: `column "${column}" is new: the reference has no such column` });
    }
  }
  const driftedFeatures = [...new Set([...features.filter((f) => f.drift).map((f) => f.column), ...violations.map((v) => v.column)])].sort(compareBytes);
  return {
    format: 1,
    drift: driftedFeatures.length > 0,
    driftedFeatures,
    rows: { reference: reference.rows, current: current.rows },
    thresholds: t,
    features,
    violations,
  };
}

function reasonsFor(psi: number, js: number, t: MonitorThresholds, ksP?: number): string[] {
  const reasons: string[] = [];
  if (psi >= t.psi) reasons.push(`PSI ${psi.toFixed(3)} ≥ ${t.psi}`);
  if (js >= t.jensenShannon) reasons.push(`Jensen–Shannon ${js.toFixed(3)} ≥ ${t.jensenShannon}`);
  if (ksP !== undefined && ksP < t.ksAlpha) reasons.push(`KS p ${ksP.toExponential(2)} < ${t.ksAlpha}`);
  return reasons;
}

function binLabels(edges: number[]): string[] {
  const f = (v: number) => Number(v.toPrecision(4)).toString();
  if (edges.length === 0) return ['all'];
  return [`≤ ${f(edges[0]!)}`, ...edges.slice(1).map((e, i) => `${f(edges[i]!)} – ${f(e)}`), `> ${f(edges[edges.length - 1]!)}`];
}
