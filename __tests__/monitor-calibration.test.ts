/**
 * Monitor calibration, measured (issue #10 item 3): a seeded subset of bench/monitor.mjs, with
 * the same trial code (bench/monitor/trials.mjs) run against src/.
 *
 * - False alarms: references and batches of 50, 200 and 1000 rows drawn independently from one
 *   distribution (synthetic generators; vega-datasets penguins with replacement), every size
 *   against every size. The report must flag drift in at most 5% of trials per cell.
 * - Detection at n = 1000: one feature at a time moved by +0.5σ (numbers) or +10 points on its
 *   largest category (text, booleans); the moved feature must be flagged in at least 90%.
 *
 * Allowance: trial counts are finite, so each cell may exceed its goal by what chance explains.
 * The bound is the binomial count a monitor exactly at the goal exceeds with probability
 * < 1% / m, m the assertions in the group (Bonferroni): a monitor that meets the goal fails a
 * group less than 1% of the time, whatever the seed. `maxAlarms` / `minDetections` compute it.
 */
import { describe, expect, it } from 'vitest';
import { compareProfiles } from '../src/core/monitor/index.js';
import { Profiler } from '../src/core/profile/index.js';
import { cellKey, loadDatasets, maxAlarms, minDetections, sameDistributionTrials, shiftedTrials, type MonitorApi } from '../bench/monitor/trials.mjs';
import { projectRoot } from './helpers/cli.js';

const api: MonitorApi = { Profiler, compareProfiles };
const SEED = 20260611;
const SIZES = [50, 200, 1000];
const TRIALS = 300;
const DETECTION_TRIALS = 100;
const GOAL = { falseAlarm: 0.05, detection: 0.9 };
const RISK = 0.01;
const datasets = loadDatasets(projectRoot, ['synthetic', 'penguins']);

const pct = (k: number, n: number) => `${((k / n) * 100).toFixed(1)}%`;

describe('binomial allowances are computed, not guessed', () => {
  /** P(X > k), X ~ Binomial(n, p), by the plain formula (exact enough at n = 100). */
  const above = (n: number, p: number, k: number) => {
    let c = 1;
    let sum = 0;
    for (let j = 0; j <= n; j++) {
      if (j > 0) c = (c * (n - j + 1)) / j;
      if (j > k) sum += c * p ** j * (1 - p) ** (n - j);
    }
    return sum;
  };

  it('maxAlarms is the smallest count a true rate p exceeds with probability below the risk', () => {
    for (const [p, risk] of [[0.05, 0.01], [0.05, 0.001], [0.2, 0.05]] as const) {
      const k = maxAlarms(100, p, risk);
      expect(above(100, p, k)).toBeLessThan(risk);
      expect(above(100, p, k - 1)).toBeGreaterThanOrEqual(risk);
    }
    expect(maxAlarms(100, 0.05, 0.01)).toBe(11);
  });

  it('minDetections is the largest count a true rate p falls below with probability below the risk', () => {
    for (const [p, risk] of [[0.9, 0.01], [0.9, 0.001], [0.5, 0.05]] as const) {
      const k = minDetections(100, p, risk);
      // P(X < k) = 1 − P(X > k − 1)
      expect(1 - above(100, p, k - 1)).toBeLessThan(risk);
      expect(1 - above(100, p, k)).toBeGreaterThanOrEqual(risk);
    }
  });
});

describe(`same-distribution data: the report flags drift in ≤ ${GOAL.falseAlarm * 100}% of trials (${TRIALS} per cell, sizes ${SIZES.join('/')})`, () => {
  const cells = SIZES.length * SIZES.length * datasets.length;
  const bound = maxAlarms(TRIALS, GOAL.falseAlarm, RISK / cells);

  for (const dataset of datasets) {
    it(`${dataset.name}: at most ${bound} of ${TRIALS} reports in every reference × batch cell`, () => {
      const { cells: counts } = sameDistributionTrials(api, dataset, { seed: SEED, from: 0, to: TRIALS, referenceSizes: SIZES, batchSizes: SIZES, trials: TRIALS });
      const over: string[] = [];
      for (const r of SIZES) {
        for (const b of SIZES) {
          const c = counts[cellKey(r, b)]!;
          expect(c.trials).toBe(TRIALS);
          if (c.reportAlarms > bound) {
            const worst = Object.entries(c.features).sort((x, y) => y[1] - x[1]).filter(([, k]) => k > 0).slice(0, 3);
            over.push(`reference ${r} × batch ${b}: ${c.reportAlarms}/${TRIALS} (${pct(c.reportAlarms, TRIALS)}); most flagged: ${worst.map(([f, k]) => `${f} ${k}`).join(', ')}`);
          }
        }
      }
      expect(over, `false alarms above ${bound}/${TRIALS}`).toEqual([]);
    });
  }
});

describe(`a planted shift at n = 1000 is flagged in ≥ ${GOAL.detection * 100}% of trials (${DETECTION_TRIALS} per feature)`, () => {
  const features = datasets.reduce((s, d) => s + d.features.length, 0);
  const least = minDetections(DETECTION_TRIALS, GOAL.detection, RISK / features);

  for (const dataset of datasets) {
    it(`${dataset.name}: every feature, moved alone, is flagged in at least ${least} of ${DETECTION_TRIALS} trials`, () => {
      const { shifted } = shiftedTrials(api, dataset, { seed: SEED, from: 0, to: DETECTION_TRIALS, referenceSizes: [1000], batchSize: 1000 });
      const under: string[] = [];
      for (const f of dataset.features) {
        const c = shifted[1000]![f.column]!;
        expect(c.trials).toBe(DETECTION_TRIALS);
        if (c.detected < least) under.push(`${f.column} (${f.type}): ${c.detected}/${DETECTION_TRIALS} (${pct(c.detected, DETECTION_TRIALS)})`);
      }
      expect(under, `detections below ${least}/${DETECTION_TRIALS}`).toEqual([]);
    });
  }
});
