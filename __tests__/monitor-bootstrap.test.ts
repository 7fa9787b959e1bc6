import { describe, expect, it } from 'vitest';
import { BOOTSTRAP, percentileBootstrap, quantile } from '../src/core/monitor/bootstrap.js';

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('the seeded percentile bootstrap', () => {
  it('quantiles are linear between order statistics (R type 7)', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0)).toBe(1);
    expect(quantile([1, 2, 3, 4], 1)).toBe(4);
    expect(quantile([10, 20, 30, 40, 50], 0.025)).toBeCloseTo(11, 12);
  });

  it('is deterministic: the same data gives the same interval; another seed another one', () => {
    const xs = Array.from({ length: 300 }, (_, i) => (i * 37) % 101);
    const stat = (idx: readonly number[]) => ({ mean: mean(idx.map((i) => xs[i]!)) });
    const a = percentileBootstrap(xs.length, stat);
    expect(percentileBootstrap(xs.length, stat)).toEqual(a);
    expect(a).toMatchObject({ resamples: BOOTSTRAP.resamples, seed: BOOTSTRAP.seed, level: 0.95, rows: 300, subsampled: false });
    expect(percentileBootstrap(xs.length, stat, { seed: 1 }).intervals.mean).not.toEqual(a.intervals.mean);
    const [lo, hi] = a.intervals.mean!;
    expect(lo).toBeLessThan(mean(xs));
    expect(hi).toBeGreaterThan(mean(xs));
  });

  it('matches the normal approximation for a proportion: 0.5 ± 1.96·√(0.25/400)', () => {
    const ys = Array.from({ length: 400 }, (_, i) => i % 2);
    const { intervals } = percentileBootstrap(ys.length, (idx) => ({ p: mean(idx.map((i) => ys[i]!)) }));
    const half = 1.96 * Math.sqrt(0.25 / 400); // 0.049
    expect(intervals.p![0]).toBeGreaterThan(0.5 - half - 0.01);
    expect(intervals.p![0]).toBeLessThan(0.5 - half + 0.01);
    expect(intervals.p![1]).toBeGreaterThan(0.5 + half - 0.01);
    expect(intervals.p![1]).toBeLessThan(0.5 + half + 0.01);
  });

  it('gives a zero-width interval for a constant, and null for a statistic undefined on every resample', () => {
    const { intervals } = percentileBootstrap(50, () => ({ c: 0.75, undefinedEverywhere: Number.NaN }));
    expect(intervals).toEqual({ c: [0.75, 0.75], undefinedEverywhere: null });
  });

  it('leaves out resamples where a statistic is undefined, and keeps the others', () => {
    // Undefined when the resample has no 1 (rare with 3 of 20): the interval uses the rest.
    const ys = Array.from({ length: 20 }, (_, i) => (i < 3 ? 1 : 0));
    const { intervals } = percentileBootstrap(ys.length, (idx) => {
      const ones = idx.filter((i) => ys[i] === 1).length;
      return { share: ones === 0 ? Number.NaN : ones / idx.length };
    });
    expect(intervals.share![0]).toBeGreaterThan(0);
    expect(intervals.share![1]).toBeLessThan(0.5);
  });

  it('bootstraps a seeded subsample of maxRows rows above the cap, the same one each time', () => {
    const seen: number[][] = [];
    const r = percentileBootstrap(1000, (idx) => (seen.push([...idx]), { n: idx.length }), { maxRows: 100, resamples: 3 });
    expect(r).toMatchObject({ rows: 100, subsampled: true, intervals: { n: [100, 100] } });
    const distinct = new Set(seen.flat());
    expect(distinct.size).toBeLessThanOrEqual(100);
    expect(Math.max(...distinct)).toBeGreaterThan(100); // drawn from all 1000 rows, not the first 100
    const again: number[][] = [];
    percentileBootstrap(1000, (idx) => (again.push([...idx]), { n: idx.length }), { maxRows: 100, resamples: 3 });
    expect(again).toEqual(seen);
  });
});
