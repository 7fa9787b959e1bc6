/**
 * Issue #10's acceptance: `monitor --package` on a package's own training data reports no drift
 * — the bundled example, a classifier and a regression model built from vega-datasets files —
 * and the same command on shifted data names the shifted features. Real builds, the real CLI.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, projectRoot } from './helpers/cli.js';
import { makeRepo, tempDir, writeFiles } from './helpers/repo.js';

const vega = (file: string) => readFileSync(path.join(projectRoot, 'node_modules/vega-datasets/data', file), 'utf8');

interface Report {
  drift: boolean;
  driftedFeatures: string[];
  rows: { reference: number; current: number; predictionReference?: number };
  decision: { alpha: number; tests: number };
  features: Array<{ column: string; tests: Array<{ name: string; pValue: number; level: number }> }>;
}

function buildPackage(files: Record<string, string>): string {
  const root = makeRepo({ '.gitignore': 'model-build-out/\n', ...files });
  const r = cli(['build', '--config', path.join(root, 'model-build.yml'), '--json'], { cwd: root });
  if (r.code !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
  return (JSON.parse(r.stdout) as { package: { archive: string } }).package.archive;
}

function monitor(archive: string, data: string): { code: number; report: Report; stderr: string } {
  const r = cli(['monitor', '--package', archive, '--data', data, '--json']);
  return { code: r.code, report: JSON.parse(r.stdout) as Report, stderr: r.stderr };
}

/** Seeded uniform numbers for the synthetic shifts (no Math.random). */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 4294967296;
  };
}

const std = (xs: number[]) => {
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1));
};

describe('the bundled example (penguins, multiclass)', () => {
  const example = path.join(projectRoot, 'examples/penguins');
  const archive = buildPackage({
    'model-build.yml': readFileSync(path.join(example, 'model-build.yml'), 'utf8').replace('../../schema/', './'),
    'data/penguins.csv': readFileSync(path.join(example, 'data/penguins.csv'), 'utf8'),
  });
  const csv = readFileSync(path.join(example, 'data/penguins.csv'), 'utf8');
  const dir = tempDir();

  it('reports no drift on its own training data (exit 0)', () => {
    const { code, report } = monitor(archive, path.join(example, 'data/penguins.csv'));
    expect(report.driftedFeatures).toEqual([]);
    expect(code).toBe(0);
    expect(report.rows.predictionReference).toBeGreaterThan(0);
  });

  it('names island when Biscoe takes 20 points more of the rows', () => {
    // Every Dream row in four becomes Biscoe: Dream's share falls, Biscoe's rises.
    const [header, ...rows] = csv.trim().split('\n');
    const island = header!.split(',').indexOf('island');
    let dream = 0;
    const shifted = rows.map((line) => {
      const f = line.split(',');
      if (f[island] === 'Dream' && dream++ % 4 !== 3) f[island] = 'Biscoe';
      return f.join(',');
    });
    writeFiles(dir, { 'island.csv': `${[header, ...shifted].join('\n')}\n` });
    const { code, report } = monitor(archive, path.join(dir, 'island.csv'));
    expect(code).toBe(1);
    expect(report.driftedFeatures.filter((c) => c !== 'prediction')).toEqual(['island']);
  });
});

describe('vega-datasets seattle-weather (multiclass weather from temperatures, rain and wind)', () => {
  const csv = vega('seattle-weather.csv');
  const archive = buildPackage({
    'data/weather.csv': csv,
    'model-build.yml': [
      'name: weather',
      'seed: 11',
      'data:',
      '  path: data/weather.csv',
      '  label: weather',
      '  exclude: [date]',
      'model:',
      '  task: multiclass',
      '  hidden: [{ units: 12, activation: relu }]',
      '  learningRate: 0.02',
      'training:',
      '  epochs: 8',
      '  batchSize: 64',
      '  backend: cpu',
      '',
    ].join('\n'),
  });
  const dir = tempDir();
  const [header, ...rows] = csv.trim().split('\n');
  const cols = header!.split(',');

  it('reports no drift on its own training data, nor on every other row of it', () => {
    writeFiles(dir, { 'weather.csv': csv, 'half.csv': `${[header, ...rows.filter((_, i) => i % 2 === 0)].join('\n')}\n` });
    for (const file of ['weather.csv', 'half.csv']) {
      const { code, report } = monitor(archive, path.join(dir, file));
      expect(report.driftedFeatures, file).toEqual([]);
      expect(code, file).toBe(0);
    }
  });

  it('names temp_max when it is 0.5σ warmer', () => {
    const at = cols.indexOf('temp_max');
    const sigma = std(rows.map((l) => Number(l.split(',')[at])));
    const warmer = rows.map((l) => {
      const f = l.split(',');
      f[at] = (Number(f[at]) + 0.5 * sigma).toFixed(1);
      return f.join(',');
    });
    writeFiles(dir, { 'warmer.csv': `${[header, ...warmer].join('\n')}\n` });
    const { code, report } = monitor(archive, path.join(dir, 'warmer.csv'));
    expect(code).toBe(1);
    expect(report.driftedFeatures.filter((c) => c !== 'prediction')).toEqual(['temp_max']);
  });
});

describe('vega-datasets cars (regression of Miles_per_Gallon)', () => {
  const cars = JSON.parse(vega('cars.json')) as Array<Record<string, unknown>>;
  const labeled = cars.filter((c) => typeof c.Miles_per_Gallon === 'number');
  const archive = buildPackage({
    'data/cars.jsonl': `${labeled.map((c) => JSON.stringify(c)).join('\n')}\n`,
    'model-build.yml': [
      'name: cars',
      'seed: 3',
      'data:',
      '  path: data/cars.jsonl',
      '  label: Miles_per_Gallon',
      '  exclude: [Name, Year]',
      'model:',
      '  task: regression',
      '  hidden: [{ units: 8, activation: relu }]',
      '  learningRate: 0.02',
      'training:',
      '  epochs: 30',
      '  batchSize: 32',
      '  backend: cpu',
      '',
    ].join('\n'),
  });
  const dir = tempDir();

  it('reports no drift on its own training data, on all of cars.json, and on a 50% subsample', () => {
    writeFiles(dir, {
      'train.json': JSON.stringify(labeled),
      'all.json': JSON.stringify(cars),
      'half.json': JSON.stringify(labeled.filter((_, i) => i % 2 === 0)),
    });
    for (const file of ['train.json', 'all.json', 'half.json']) {
      const { code, report } = monitor(archive, path.join(dir, file));
      expect(report.driftedFeatures, file).toEqual([]);
      expect(code, file).toBe(0);
    }
  });

  it('names Horsepower and Weight_in_lbs when both are 30% higher, and the predictions move', () => {
    const heavier = cars.map((c) => ({
      ...c,
      Horsepower: typeof c.Horsepower === 'number' ? c.Horsepower * 1.3 : c.Horsepower,
      Weight_in_lbs: typeof c.Weight_in_lbs === 'number' ? c.Weight_in_lbs * 1.3 : c.Weight_in_lbs,
    }));
    writeFiles(dir, { 'heavier.json': JSON.stringify(heavier) });
    const { code, report } = monitor(archive, path.join(dir, 'heavier.json'));
    expect(code).toBe(1);
    expect(report.driftedFeatures).toEqual(['Horsepower', 'Weight_in_lbs', 'prediction']);
  });

  it('names Origin when a random fifth of the cars become Japanese', () => {
    const next = lcg(5);
    const moved = cars.map((c) => (next() < 0.2 ? { ...c, Origin: 'Japan' } : c));
    writeFiles(dir, { 'origin.json': JSON.stringify(moved) });
    const { code, report } = monitor(archive, path.join(dir, 'origin.json'));
    expect(code).toBe(1);
    expect(report.driftedFeatures.filter((c) => c !== 'prediction')).toEqual(['Origin']);
  });
});
