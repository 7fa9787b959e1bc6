/**
 * Accuracy without labels (CBPE): the isotonic calibration a build stores, checked against a
 * hand-worked fit; hostile calibrations refused; and on a real classifier (vega-datasets
 * seattle-weather) the estimate on unlabeled rows agrees with the accuracy the labels give.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { calibrate, estimateAccuracy, fitCalibration, parseCalibration } from '../src/core/monitor/calibration.js';
import { ModelBuildError } from '../src/core/errors.js';
import { cli, projectRoot } from './helpers/cli.js';
import { makeRepo, tempDir, writeFiles } from './helpers/repo.js';

describe('isotonic calibration (pool adjacent violators)', () => {
  it('pools violators into rising steps, ties kept together', () => {
    // Sorted confidences 0.4 0.5 0.6 0.6 0.7 0.9 with right = 1 0 0 1 1 1:
    // 0.4→1 and 0.5→0 violate and pool to 0.5; the 0.6 tie is one block (0.5), equal to the
    // pool before it, so it joins: {0.4, 0.5, 0.6, 0.6} → 2/4; then 0.7 → 1 and 0.9 → 1 pool.
    const c = fitCalibration([0.9, 0.4, 0.6, 0.5, 0.6, 0.7], [true, true, true, false, false, true]);
    expect(c).toEqual({ method: 'isotonic', rows: 6, correct: 4, upTo: [0.6, 0.9], accuracy: [0.5, 1] });
    expect(calibrate(c, 0.1)).toBe(0.5);
    expect(calibrate(c, 0.6)).toBe(0.5);
    expect(calibrate(c, 0.65)).toBe(1);
    expect(calibrate(c, 1)).toBe(1);
  });

  it('estimates the mean calibrated probability with an interval that includes the calibration error', () => {
    const c = fitCalibration([0.55, 0.65, 0.75, 0.95], [false, true, true, true]);
    const e = estimateAccuracy(c, [0.55, 0.95, 0.95, 0.95])!;
    expect(e.value).toBeCloseTo((0 + 1 + 1 + 1) / 4, 12);
    expect(e.interval[0]).toBeLessThan(e.value);
    expect(e.interval[1]).toBe(1);
    expect(estimateAccuracy(c, [])).toBeUndefined();
  });

  it('refuses a damaged calibration naming the field', () => {
    const good = { method: 'isotonic', rows: 4, correct: 3, upTo: [0.5, 1], accuracy: [0.25, 1] };
    expect(parseCalibration(good, 'm.json')).toEqual(good);
    expect(parseCalibration(undefined, 'm.json')).toBeUndefined();
    for (const [bad, field] of [
      [[], '/calibration'],
      [{ ...good, method: 'platt' }, '/calibration/method'],
      [{ ...good, rows: -1 }, '/calibration/rows'],
      [{ ...good, correct: 5 }, '/calibration/rows'],
      [{ ...good, upTo: [0.5, 2] }, '/calibration/upTo/1'],
      [{ ...good, upTo: [0.5, 0.5] }, '/calibration/upTo/1'],
      [{ ...good, accuracy: [1, 0.25] }, '/calibration/upTo/1'],
      [{ ...good, accuracy: [0.5] }, 'same length'],
      [{ ...good, upTo: new Array(1001).fill(0.5) }, '/calibration/upTo'],
    ] as const) {
      let error: unknown;
      try {
        parseCalibration(bad, 'm.json');
      } catch (e) {
        error = e;
      }
      expect(error, JSON.stringify(bad).slice(0, 80)).toBeInstanceOf(ModelBuildError);
      expect((error as ModelBuildError).code).toBe('PACKAGE_INVALID');
      expect((error as Error).message).toContain(field);
    }
  });
});

describe('a real classifier: seattle-weather', () => {
  const csv = readFileSync(path.join(projectRoot, 'node_modules/vega-datasets/data/seattle-weather.csv'), 'utf8');
  const root = makeRepo({
    '.gitignore': 'model-build-out/\n',
    'data/weather.csv': csv,
    'model-build.yml': ['name: weather', 'seed: 11', 'data:', '  path: data/weather.csv', '  label: weather', '  exclude: [date]', 'model:', '  task: multiclass', '  hidden: [{ units: 12, activation: relu }]', '  learningRate: 0.02', 'training:', '  epochs: 8', '  batchSize: 64', '  backend: cpu', ''].join('\n'),
  });
  const built = cli(['build', '--config', path.join(root, 'model-build.yml'), '--json'], { cwd: root });
  const archive = (JSON.parse(built.stdout) as { package: { archive: string } }).package.archive;
  const dir = tempDir();
  const [header, ...rows] = csv.trim().split('\n');
  const at = header!.split(',').indexOf('precipitation');
  interface Estimate {
    value: number;
    interval: [number, number];
    rows: number;
    packaged: number | null;
    measured: { value: number; rows: number } | null;
  }
  const run = (file: string) => {
    const r = cli(['monitor', '--package', archive, '--data', path.join(dir, file), '--json']);
    return JSON.parse(r.stdout) as { estimatedPerformance: Estimate };
  };

  it('stores the calibration in metrics.json and estimates accuracy within its interval of the measured one', () => {
    const metrics = JSON.parse(readFileSync(path.join(root, 'model-build-out/weather/metrics.json'), 'utf8'));
    expect(metrics.calibration).toMatchObject({ method: 'isotonic', rows: metrics.data.validation });
    writeFiles(dir, { 'all.csv': csv, 'dry.csv': `${[header, ...rows.filter((l) => Number(l.split(',')[at]) === 0)].join('\n')}\n` });
    // All rows, and only the dry days (a covariate shift: the model is surer of sun than of rain).
    for (const file of ['all.csv', 'dry.csv']) {
      const e = run(file).estimatedPerformance;
      expect(e.measured, file).not.toBeNull();
      expect(e.interval[0], file).toBeLessThanOrEqual(e.measured!.value);
      expect(e.interval[1], file).toBeGreaterThanOrEqual(e.measured!.value);
      expect(e.rows).toBe(e.measured!.rows);
    }
  });

  it('estimates without labels, in every report format', () => {
    writeFiles(dir, { 'unlabeled.csv': csv.replace(/,[a-z]+$/gm, ',').replace(/^date,(.*),$/m, 'date,$1,weather') });
    const e = run('unlabeled.csv').estimatedPerformance;
    expect(e.measured).toBeNull();
    expect(e.value).toBeGreaterThan(0.3);
    const text = cli(['monitor', '--package', archive, '--data', path.join(dir, 'unlabeled.csv'), '--markdown', path.join(dir, 'r.md'), '--html', path.join(dir, 'r.html')]);
    expect(text.stdout).toMatch(/accuracy estimated without labels \(CBPE, calibrated on \d+ validation rows\): 0\.\d{4}, 95% interval/);
    expect(readFileSync(path.join(dir, 'r.md'), 'utf8')).toContain('**Estimated performance**');
    expect(readFileSync(path.join(dir, 'r.html'), 'utf8')).toContain('id="estimate"');
  });
});
