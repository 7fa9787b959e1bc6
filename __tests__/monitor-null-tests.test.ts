/**
 * The null distributions behind monitor's drift decisions, against exact values: brute-force
 * beta-binomial sums, textbook χ² quantiles, and Holm's procedure on a worked example.
 */
import { describe, expect, it } from 'vitest';
import { betaBinomialSurvival, chiSquareHomogeneity, chiSquareSurvival, holm, logGamma } from '../src/core/monitor/nullTests.js';

/** P(X ≥ x) for a beta-binomial by direct summation with exact binomial coefficients. */
function bruteForce(x: number, n: number, a: number, b: number): number {
  const lb = (p: number, q: number) => logGamma(p) + logGamma(q) - logGamma(p + q);
  let logC = 0;
  let sum = 0;
  for (let k = 0; k <= n; k++) {
    if (k > 0) logC += Math.log((n - k + 1) / k);
    if (k >= x) sum += Math.exp(logC + lb(k + a, n - k + b) - lb(a, b));
  }
  return sum;
}

describe('null distributions', () => {
  it('logGamma matches factorials and Γ(½) = √π', () => {
    expect(logGamma(1)).toBeCloseTo(0, 12);
    expect(logGamma(11)).toBeCloseTo(Math.log(3628800), 10);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
    expect(logGamma(171)).toBeCloseTo(706.5731, 3); // ln 170!
  });

  it('beta-binomial tails equal brute-force sums, from the body to 1e-30', () => {
    for (const [n, a, b] of [
      [10, 2, 8],
      [200, 2, 49],
      [1000, 0.5, 300.5],
      [500, 30.5, 20.5],
    ] as const) {
      for (const x of [0, 1, 2, Math.floor(n / 10), Math.floor(n / 3), n - 1, n]) {
        const exact = bruteForce(x, n, a, b);
        const got = betaBinomialSurvival(x, n, a, b);
        if (exact > 1e-300) expect(Math.abs(got - exact) / exact, `n=${n} a=${a} b=${b} x=${x}: ${got} vs ${exact}`).toBeLessThan(1e-9);
      }
    }
    expect(betaBinomialSurvival(11, 10, 1, 1)).toBe(0);
  });

  it('the out-of-range null: a new value falls outside n reference values with probability 2/(n + 1)', () => {
    for (const n of [5, 80, 1000]) expect(1 - betaBinomialSurvival(1, 1, 2, n - 1)).toBeCloseTo(1 - 2 / (n + 1), 12);
  });

  it('χ² survival at textbook critical values', () => {
    expect(chiSquareSurvival(3.841459, 1)).toBeCloseTo(0.05, 6);
    expect(chiSquareSurvival(16.918978, 9)).toBeCloseTo(0.05, 6);
    expect(chiSquareSurvival(21.665994, 9)).toBeCloseTo(0.01, 6);
    expect(chiSquareSurvival(124.342113, 100)).toBeCloseTo(0.05, 6);
    expect(chiSquareSurvival(0, 3)).toBe(1);
  });

  it('χ² of homogeneity on a 2×3 table, and sparse categories pooled', () => {
    // Hand-computed: rows [30, 20, 50] and [20, 30, 50], expected 25/25/50 each: χ² = 4 · 1 = 4.
    const r = chiSquareHomogeneity([30, 20, 50], [20, 30, 50]);
    expect(r.statistic).toBeCloseTo(4, 10);
    expect(r.df).toBe(2);
    expect(r.pValue).toBeCloseTo(Math.exp(-2), 10);
    // Three categories with expected counts below 5 are pooled into one cell (expected 10)…
    expect(chiSquareHomogeneity([40, 40, 10, 3, 3, 4], [40, 40, 10, 3, 3, 4]).cells).toBe(4);
    // …and a pool still too sparse joins the smallest kept category.
    expect(chiSquareHomogeneity([48, 48, 2, 2], [48, 48, 1, 3]).cells).toBe(2);
    // Scaled to smaller effective sizes, the same shares give a proportionally smaller χ².
    const scaled = chiSquareHomogeneity([300, 200, 500], [200, 300, 500], { reference: 100, current: 100 });
    expect(scaled.statistic).toBeCloseTo(4, 10);
  });

  it("Holm's step-down procedure on a worked example", () => {
    const out = holm([0.01, 0.04, 0.03, 0.005], 0.05);
    // After the first miss nothing more is rejected, so later levels stop growing.
    expect(out.map((o) => o.level)).toEqual([0.05 / 3, 0.05 / 2, 0.05 / 2, 0.05 / 4]);
    expect(out.map((o) => o.significant)).toEqual([true, false, false, true]);
    expect(holm([], 0.05)).toEqual([]);
    // Weighted: levels α·wᵢ/(weight not yet rejected), in the order of pᵢ/wᵢ.
    const w = holm([0.02, 0.004, 0.3], 0.05, [0.8, 0.1, 0.1]);
    [0.05 * 0.8, (0.05 * 0.1) / 0.2, (0.05 * 0.1) / 0.1].forEach((level, i) => expect(w[i]!.level).toBeCloseTo(level, 15));
    expect(w.map((o) => o.significant)).toEqual([true, true, false]);
  });
});

describe('binomial tails through the incomplete beta', () => {
  it('equal brute-force binomial sums', async () => {
    const { binomialSurvival } = await import('../src/core/monitor/nullTests.js');
    for (const [n, p] of [
      [20, 0.3],
      [100, 0.09],
      [400, 0.5],
    ] as const) {
      let c = 1;
      const pmf: number[] = [];
      for (let k = 0; k <= n; k++) {
        if (k > 0) c = (c * (n - k + 1)) / k;
        pmf.push(c * p ** k * (1 - p) ** (n - k));
      }
      for (const k of [1, 2, Math.round(n * p), Math.round(n * p * 2), n]) {
        const exact = pmf.slice(k).reduce((a, b) => a + b, 0);
        expect(Math.abs(binomialSurvival(k, n, p) - exact) / exact, `n=${n} p=${p} k=${k}`).toBeLessThan(1e-9);
      }
    }
  });
});
