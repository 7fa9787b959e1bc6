/**
 * Performance monitoring on labeled new data: real packages built once per file (penguins,
 * multiclass; vega-datasets cars, regression), `monitor` run as a child process.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli, projectRoot } from './helpers/cli.js';
import { penguinsCsv, syntheticCsv } from './helpers/project.js';
import { makeRepo, tempDir, writeFiles } from './helpers/repo.js';

interface Perf {
  rows: { data: number; used: number; missingLabel: number; unknownClass: number };
  labels: { file: string; join: string; rowsWithoutLabel: number; labelsWithoutRow: number } | null;
  metrics: Array<{ name: string; value: number; packaged: number | null; delta: number | null; interval: [number, number] | null }>;
  gates: Array<{ metric: string; op: string; threshold: number; actual: number; passed: boolean }>;
  gatesPassed: boolean | null;
  bootstrap: { resamples: number; rows: number; subsampled: boolean };
}

const build = (root: string) => {
  const r = cli(['build', '--config', path.join(root, 'model-build.yml'), '--json'], { cwd: root });
  if (r.code !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
  return JSON.parse(r.stdout) as { package: { archive: string } };
};
const metric = (p: Perf, name: string) => p.metrics.find((m) => m.name === name)!;
const inside = (v: number, [lo, hi]: [number, number]) => lo - 1e-12 <= v && v <= hi + 1e-12;

// Penguins split by hand: every fifth row is the validation file, so the build's validation
// metrics can be recomputed exactly by monitoring that file.
const [header, ...rows] = penguinsCsv.trim().split('\n');
const trainCsv = `${[header, ...rows.filter((_, i) => i % 5 !== 0)].join('\n')}\n`;
const valCsv = `${[header, ...rows.filter((_, i) => i % 5 === 0)].join('\n')}\n`;
const species = header!.split(',').indexOf('species');

/** The penguins rows with the species of a share of rows moved to the next class (deterministic). */
function corrupt(csv: string, every: (i: number) => boolean): string {
  const classes = ['Adelie', 'Chinstrap', 'Gentoo'];
  const [h, ...r] = csv.trim().split('\n');
  return `${[h, ...r.map((l, i) => {
    if (!every(i)) return l;
    const f = l.split(',');
    f[species] = classes[(classes.indexOf(f[species]!) + 1) % 3]!;
    return f.join(',');
  })].join('\n')}\n`;
}

describe('monitor with labels: a multiclass package (penguins)', () => {
  const root = makeRepo({
    '.gitignore': 'model-build-out/\n',
    'data/train.csv': trainCsv,
    'data/val.csv': valCsv,
    'model-build.yml': [
      'name: penguins',
      'seed: 7',
      'data:',
      '  path: data/train.csv',
      '  validation: data/val.csv',
      '  label: species',
      '  cleaning:',
      '    impute: { sex: mode, body_mass_g: median }',
      'model:',
      '  task: multiclass',
      '  hidden: [{ units: 8, activation: relu }]',
      '  learningRate: 0.02',
      'training:',
      '  epochs: 12',
      '  batchSize: 32',
      '  backend: cpu',
      'gates:',
      '  accuracy: ">= 0.9"',
      '',
    ].join('\n'),
  });
  const archive = build(root).package.archive;
  const dir = tempDir();
  const monitor = (data: string, more: string[] = []) => cli(['monitor', '--package', archive, '--data', path.join(dir, data), ...more]);
  const json = (data: string, more: string[] = []) => {
    const r = monitor(data, [...more, '--json']);
    return { code: r.code, report: JSON.parse(r.stdout) as { drift: boolean; driftedFeatures: string[]; performance?: Perf }, stderr: r.stderr };
  };

  it("recomputes the build's validation metrics exactly on the validation file; the interval holds them", () => {
    writeFiles(dir, { 'val.csv': valCsv });
    const { code, report } = json('val.csv');
    // Exit 1 here can only come from drift on this small batch (uncalibrated rules, issue #10 item 2): the gate holds.
    expect(code, JSON.stringify(report.driftedFeatures)).toBe(report.drift ? 1 : 0);
    const p = report.performance!;
    expect(p.rows).toEqual({ data: rows.filter((_, i) => i % 5 === 0).length, used: p.rows.data, missingLabel: 0, unknownClass: 0 });
    // Same rows, same model, same metric definitions: the same numbers (float32 outputs aside).
    for (const name of ['accuracy', 'macroF1', 'logLoss']) {
      const m = metric(p, name);
      expect(m.value, name).toBeCloseTo(m.packaged!, 6);
      expect(Math.abs(m.delta!), name).toBeLessThan(1e-6);
      expect(inside(m.packaged!, m.interval!), `${name} ${m.packaged} in ${m.interval}`).toBe(true);
    }
    expect(p.gates).toEqual([expect.objectContaining({ metric: 'accuracy', op: '>=', threshold: 0.9, passed: true })]);
    expect(p.bootstrap).toMatchObject({ resamples: 1000, rows: p.rows.used, subsampled: false });
  });

  it('passes its gate on its own training data; each interval holds its point estimate; the same report twice', () => {
    writeFiles(dir, { 'train.csv': trainCsv });
    const a = json('train.csv');
    expect(a.code).toBe(0);
    const p = a.report.performance!;
    expect(p.gatesPassed).toBe(true);
    for (const m of p.metrics) expect(inside(m.value, m.interval!), `${m.name} ${m.value} in ${m.interval}`).toBe(true);
    // Seeded: the whole report is identical on a second run.
    expect(json('train.csv').report).toEqual(a.report);
    const text = monitor('train.csv');
    expect(text.stdout).toMatch(/accuracy\s+\d\.\d{4}\s+\[\d\.\d{4}, \d\.\d{4}\]/);
    expect(text.stdout).toContain('GATES PASS on the new data');
  });

  it('fails the accuracy gate (exit 1) when 40% of the labels are moved to another class, and names it', () => {
    writeFiles(dir, { 'wrong.csv': corrupt(trainCsv, (i) => i % 5 < 2) });
    const { code, report } = json('wrong.csv');
    expect(code).toBe(1);
    expect(report.drift).toBe(false); // the features are unchanged: only the gate fails
    const p = report.performance!;
    expect(p.gatesPassed).toBe(false);
    expect(p.gates).toEqual([expect.objectContaining({ metric: 'accuracy', passed: false })]);
    const acc = metric(p, 'accuracy');
    expect(acc.value).toBeLessThan(0.7);
    expect(acc.interval![1]).toBeLessThan(0.9); // clearly below the gate, not by noise
    const text = monitor('wrong.csv', ['--markdown', path.join(dir, 'wrong.md'), '--html', path.join(dir, 'wrong.html')]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('GATE FAILED on the new data: accuracy');
    expect(readFileSync(path.join(dir, 'wrong.md'), 'utf8')).toMatch(/#### Performance on labeled data: ❌ gate failed: `accuracy`[\s\S]*\| accuracy >= 0\.9 \| 0\.\d{4} \| \d\.\d{4} \| ❌ fails \|/);
    const html = readFileSync(path.join(dir, 'wrong.html'), 'utf8');
    expect(html).toContain('id="performance"');
    expect(html).toContain('a gate fails on the new data');
    expect(html).not.toMatch(/<script/i);
  });

  const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  it.skipIf(!chromium)('renders the performance chart in headless Chromium: a row per metric, an interval, the gate line, no page errors', async () => {
    const html = path.join(dir, 'wrong.html');
    if (!existsSync(html)) monitor('wrong.csv', ['--html', html]);
    const { chromium: pw } = await import('playwright-core');
    const browser = await pw.launch({ executablePath: chromium, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    try {
      const page = await browser.newPage({ viewport: { width: 700, height: 900 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('requestfailed', (q) => errors.push(`request failed: ${q.url()}`));
      await page.goto(pathToFileURL(html).href);
      const section = page.locator('#performance');
      expect(await section.locator('svg circle.cur').count()).toBe(3); // accuracy, macroF1, logLoss
      expect(await section.locator('svg rect.interval').count()).toBe(3);
      expect(await section.locator('svg line.gate').count()).toBe(1);
      const box = await section.locator('svg rect.interval').first().boundingBox();
      expect(box!.width).toBeGreaterThan(1); // visible, not collapsed to a line
      expect(await section.locator('.badge').textContent()).toBe('gate failed');
      const shot = await section.screenshot({ path: path.join(dir, 'performance.png') });
      expect(shot.length).toBeGreaterThan(5_000);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);

  it('leaves out and counts rows without a label and with a class the model does not know', () => {
    const [h, ...r] = trainCsv.trim().split('\n');
    const edited = r.map((l, i) => {
      const f = l.split(',');
      if (i < 7) f[species] = '';
      else if (i < 10) f[species] = 'Emperor';
      return f.join(',');
    });
    writeFiles(dir, { 'partial.csv': `${[h, ...edited].join('\n')}\n` });
    const p = json('partial.csv').report.performance!;
    expect(p.rows).toEqual({ data: r.length, used: r.length - 10, missingLabel: 7, unknownClass: 3 });
    expect(monitor('partial.csv').stdout).toContain('left out: 7 without a label, 3 with a class the model does not know');
  });

  it('has no performance section for data without the label column (a deployed model)', () => {
    const noLabel = trainCsv.trim().split('\n').map((l) => l.split(',').filter((_, i) => i !== species).join(','));
    writeFiles(dir, { 'unlabeled.csv': `${noLabel.join('\n')}\n` });
    const { code, report } = json('unlabeled.csv');
    expect(code).toBe(0);
    expect(report.performance).toBeUndefined();
  });

  it('joins labels that arrive apart: counts rows without a label and labels without a row', () => {
    const [h, ...r] = trainCsv.trim().split('\n');
    const drop = (l: string) => l.split(',').filter((_, i) => i !== species).join(',');
    // Data: an id column and the features; labels: id and species, some missing and some extra.
    const data = [`id,${drop(h!)}`, ...r.map((l, i) => `p${i},${drop(l)}`)];
    // Labels in another order than the data: the join is by key, not by position.
    const labels = [...r.flatMap((l, i) => (i % 10 === 3 ? [] : [`p${i},${l.split(',')[species]}`])), 'x1,Adelie', 'x2,Gentoo'].reverse();
    writeFiles(dir, { 'features.csv': `${data.join('\n')}\n`, 'labels.csv': `id,species\n${labels.join('\n')}\n` });
    const { code, report } = json('features.csv', ['--labels', path.join(dir, 'labels.csv'), '--join', 'id']);
    expect(code).toBe(0);
    const p = report.performance!;
    const withoutLabel = r.filter((_, i) => i % 10 === 3).length;
    expect(p.labels).toMatchObject({ join: 'id', rowsWithoutLabel: withoutLabel, labelsWithoutRow: 2 });
    expect(p.rows).toMatchObject({ data: r.length, used: r.length - withoutLabel, missingLabel: withoutLabel });
    // The joined labels are the same labels: the metrics equal those on the rows that carry them.
    const own = r.filter((_, i) => i % 10 !== 3);
    writeFiles(dir, { 'own.csv': `${[h, ...own].join('\n')}\n` });
    const direct = json('own.csv').report.performance!;
    expect(p.metrics.map((m) => [m.name, m.value])).toEqual(direct.metrics.map((m) => [m.name, m.value]));
    // A JSON Lines labels file with numeric keys matches text keys "1", "2", ... exactly.
    const numeric = [`id,${drop(h!)}`, ...r.map((l, i) => `${i},${drop(l)}`)];
    writeFiles(dir, { 'numbered.csv': `${numeric.join('\n')}\n`, 'labels.jsonl': r.map((l, i) => JSON.stringify({ id: i, species: l.split(',')[species] })).join('\n') });
    const j = json('numbered.csv', ['--labels', path.join(dir, 'labels.jsonl'), '--join', 'id']).report.performance!;
    expect(j.rows.used).toBe(r.length);
    expect(j.labels).toMatchObject({ rowsWithoutLabel: 0, labelsWithoutRow: 0 });
  });
});

describe('monitor with labels: a regression package (vega-datasets cars, Miles_per_Gallon)', () => {
  const cars = JSON.parse(readFileSync(path.join(projectRoot, 'node_modules/vega-datasets/data/cars.json'), 'utf8')) as Array<Record<string, unknown>>;
  const labeled = cars.filter((c) => typeof c.Miles_per_Gallon === 'number');
  const root = makeRepo({
    '.gitignore': 'model-build-out/\n',
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
      'gates:',
      '  rmse: "<= 6"',
      '',
    ].join('\n'),
  });
  const archive = build(root).package.archive;
  const dir = tempDir();
  const run = (file: string) => {
    const r = cli(['monitor', '--package', archive, '--data', path.join(dir, file), '--json']);
    const report = JSON.parse(r.stdout) as { performance: Perf; drift: boolean };
    return { code: r.code, p: report.performance, drift: report.drift, stderr: r.stderr };
  };

  it('reports rmse, mae and r2 with intervals on all of cars.json, leaving out the cars without a label', () => {
    writeFiles(dir, { 'cars.json': JSON.stringify(cars) });
    const { code, p, drift } = run('cars.json');
    // The prediction-drift rules alarm on a model's own data (issue #10 item 2); the gate holds.
    expect(code).toBe(drift ? 1 : 0);
    expect(p.gatesPassed).toBe(true);
    expect(p.rows).toEqual({ data: cars.length, used: labeled.length, missingLabel: cars.length - labeled.length, unknownClass: 0 });
    expect(p.metrics.map((m) => m.name)).toEqual(['rmse', 'mae', 'r2']);
    for (const m of p.metrics) expect(inside(m.value, m.interval!), `${m.name} ${m.value} in ${m.interval}`).toBe(true);
    expect(p.gates).toEqual([expect.objectContaining({ metric: 'rmse', op: '<=', threshold: 6, passed: true })]);
  });

  it('refuses a regression label that is not a number, naming the file and line (exit 2)', () => {
    const rows = labeled.slice(0, 5).map((c, i) => JSON.stringify(i === 3 ? { ...c, Miles_per_Gallon: 'about 20' } : c));
    writeFiles(dir, { 'text-label.jsonl': `${rows.join('\n')}\n` });
    const r = cli(['monitor', '--package', archive, '--data', path.join(dir, 'text-label.jsonl')]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toContain('text-label.jsonl:4: label "Miles_per_Gallon" must be a number for this regression model: "about 20"');
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it('fails the rmse gate when the true mileage is 10 mpg higher than the model learned', () => {
    writeFiles(dir, { 'better.jsonl': labeled.map((c) => JSON.stringify({ ...c, Miles_per_Gallon: (c.Miles_per_Gallon as number) + 10 })).join('\n') });
    const { code, p } = run('better.jsonl');
    expect(code).toBe(1);
    expect(p.gates).toEqual([expect.objectContaining({ metric: 'rmse', passed: false })]);
    expect(metric(p, 'rmse').interval![0]).toBeGreaterThan(6);
  });
});

describe('monitor with labels: a binary package (synthetic), and more labeled rows than the bootstrap takes', () => {
  const [h, ...all] = syntheticCsv(12_500, 'binary').trim().split('\n');
  const train = all.slice(0, 500);
  const val = all.slice(500, 700);
  const root = makeRepo({
    '.gitignore': 'model-build-out/\n',
    'data/train.csv': `${[h, ...train].join('\n')}\n`,
    'data/val.csv': `${[h, ...val].join('\n')}\n`,
    'model-build.yml': [
      'name: synthetic',
      'seed: 5',
      'data:',
      '  path: data/train.csv',
      '  validation: data/val.csv',
      '  label: target',
      'model:',
      '  task: binary',
      '  hidden: [{ units: 8, activation: relu }]',
      '  learningRate: 0.02',
      'training:',
      '  epochs: 10',
      '  batchSize: 32',
      '  backend: cpu',
      'gates:',
      '  auc: ">= 0.8"',
      '',
    ].join('\n'),
  });
  const archive = build(root).package.archive;
  const dir = tempDir();
  const run = (name: string, rows: string[], json = true) => {
    writeFiles(dir, { [name]: `${[h, ...rows].join('\n')}\n` });
    return cli(['monitor', '--package', archive, '--data', path.join(dir, name), ...(json ? ['--json'] : [])]);
  };

  it('recomputes every binary metric of the build on its validation file (AUC after reordering by score too)', () => {
    const r = run('val.csv', val);
    const report = JSON.parse(r.stdout) as { drift: boolean; performance: Perf };
    expect(r.code).toBe(report.drift ? 1 : 0);
    const p = report.performance;
    expect(p.metrics.map((m) => m.name)).toEqual(['accuracy', 'precision', 'recall', 'f1', 'auc', 'logLoss']);
    for (const m of p.metrics) {
      expect(m.value, m.name).toBeCloseTo(m.packaged!, 6);
      expect(inside(m.packaged!, m.interval!), `${m.name} ${m.packaged} in ${m.interval}`).toBe(true);
    }
    expect(p.gates).toEqual([expect.objectContaining({ metric: 'auc', passed: true })]);
  });

  it('bootstraps a seeded subsample of 10 000 of 11 800 labeled rows, says so, and the point estimate uses them all', () => {
    const rest = all.slice(700);
    const r = run('many.csv', rest);
    const p = (JSON.parse(r.stdout) as { performance: Perf }).performance;
    expect(p.rows.used).toBe(rest.length);
    expect(p.bootstrap).toMatchObject({ rows: 10_000, subsampled: true });
    for (const m of p.metrics) expect(inside(m.value, m.interval!), `${m.name} ${m.value} in ${m.interval}`).toBe(true);
    expect(run('many.csv', rest, false).stdout).toContain('1000 resamples of 10000 rows (a seeded subsample of the labeled rows)');
  });
});
