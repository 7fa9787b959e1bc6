import { Rng } from '../util/random.js';

/**
 * Bootstrap settings for the performance intervals. Fixed, so the same data always gives the
 * same interval (a monitor report is an artefact that is compared between runs).
 */
export const BOOTSTRAP = {
  /** 1000 resamples: the 2.5% and 97.5% percentiles then rest on 25 values each side. */
  resamples: 1000,
  /** A fixed seed: the interval is a function of the data alone. */
  seed: 20261129,
  level: 0.95,
  /**
   * Rows resampled at most. Above this a seeded subsample (without replacement) of this many
   * rows is bootstrapped: 1000 resamples of 10 000 rows of a binary model (AUC ranks every
   * resample) took 1.8 s on a shared 2-core machine (20 000: 10 s). The interval is then that of 10 000
   * rows: wider than the full data's, never narrower (±1 point for accuracy near 0.8).
   */
  maxRows: 10_000,
} as const;

export interface BootstrapResult {
  /** Per statistic: [lower, upper] of the percentile interval, or null when every resample was undefined (NaN). */
  intervals: Record<string, [number, number] | null>;
  /** Rows resampled (≤ maxRows). */
  rows: number;
  subsampled: boolean;
  resamples: number;
  seed: number;
  level: number;
}

/** The q-quantile of sorted values, linear between order statistics (R's type 7). */
export function quantile(sorted: readonly number[], q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/**
 * Seeded percentile bootstrap: `statistics(indices)` computes every numeric statistic on the
 * rows picked by `indices` (with repetition, in ascending order; the array is reused, so do not keep it); each statistic's interval is the
 * (1 − level)/2 and (1 + level)/2 percentiles of its values over the resamples. Resamples where
 * a statistic is undefined (NaN, e.g. AUC with one class drawn) are left out for it.
 */
export function percentileBootstrap(
  rows: number,
  statistics: (indices: readonly number[]) => Record<string, number>,
  options: { resamples?: number; seed?: number; level?: number; maxRows?: number } = {},
): BootstrapResult {
  const resamples = options.resamples ?? BOOTSTRAP.resamples;
  const seed = options.seed ?? BOOTSTRAP.seed;
  const level = options.level ?? BOOTSTRAP.level;
  const maxRows = options.maxRows ?? BOOTSTRAP.maxRows;
  let pool = Array.from({ length: rows }, (_, i) => i);
  const subsampled = rows > maxRows;
  if (subsampled) pool = Rng.forPurpose(seed, 'bootstrap-subsample').permutation(rows).slice(0, maxRows).sort((a, b) => a - b);
  const rng = Rng.forPurpose(seed, 'bootstrap');
  const values = new Map<string, number[]>();
  const names = new Set<string>();
  const m = pool.length;
  const counts = new Uint32Array(m);
  const picked = new Array<number>(m);
  for (let r = 0; r < resamples && m > 0; r++) {
    // Draw m rows with replacement as counts, then list them in row order: no sort, and a
    // caller that sorted its rows (by score, for AUC) hands its own sort sorted input.
    counts.fill(0);
    for (let i = 0; i < m; i++) counts[rng.int(m)]!++;
    for (let j = 0, k = 0; j < m; j++) for (let c = counts[j]!; c > 0; c--) picked[k++] = pool[j]!;
    for (const [name, v] of Object.entries(statistics(picked))) {
      names.add(name);
      if (!Number.isFinite(v)) continue;
      let list = values.get(name);
      if (!list) values.set(name, (list = []));
      list.push(v);
    }
  }
  const intervals: Record<string, [number, number] | null> = {};
  for (const name of [...names].sort()) {
    const sorted = (values.get(name) ?? []).sort((a, b) => a - b);
    intervals[name] = sorted.length === 0 ? null : [quantile(sorted, (1 - level) / 2), quantile(sorted, (1 + level) / 2)];
  }
  return { intervals, rows: pool.length, subsampled, resamples, seed, level };
}
