import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Rng } from '../src/core/util/random.js';
import { cli, projectRoot } from './helpers/cli.js';
import { penguinsRepo } from './helpers/project.js';
import { tempDir, writeFiles } from './helpers/repo.js';

const penguins = path.join(projectRoot, 'examples/penguins/data/penguins.csv');

/** Generated rows: a normal numeric column (mean `shift`) and a categorical one. */
function generated(seed: number, rows: number, shift = 0, newCategoryShare = 0): string {
  const rng = new Rng(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
  const out = ['x,color'];
  for (let i = 0; i < rows; i++) {
    const color = rng.next() < newCategoryShare ? 'purple' : ['red', 'green', 'blue'][rng.int(3)]!;
    out.push(`${(normal() + shift).toFixed(4)},${color}`);
  }
  return `${out.join('\n')}\n`;
}

describe('model-build monitor', () => {
  const dir = tempDir();
  writeFiles(dir, {
    'ref.csv': generated(1, 5000),
    'same.csv': generated(2, 5000),
    'shifted.csv': generated(3, 5000, 0.5),
    'newcolor.csv': generated(4, 5000, 0, 0.1),
    'empty.csv': 'x,color\n',
    'nocolor.csv': 'x\n1\n2\n',
    'allmissing.csv': 'x,color\n,red\n,blue\n',
    'notdata.bin': Buffer.from([0, 1, 2, 3]),
  });
  const profile = path.join(dir, 'ref.profile.json');
  const setup = cli(['profile', path.join(dir, 'ref.csv'), '--out', profile]);
  const monitor = (data: string, json = true) => cli(['monitor', '--profile', profile, '--data', path.join(dir, data), ...(json ? ['--json'] : [])]);

  it('exits 0 on a sample from the same distribution', () => {
    expect(setup.code).toBe(0);
    const r = monitor('same.csv');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ drift: false, driftedFeatures: [], violations: [] });
  });

  it('exits 1 naming the column with a planted 0.5σ shift', () => {
    const r = monitor('shifted.csv');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.driftedFeatures).toEqual(['x']);
    const x = report.features.find((f: { column: string }) => f.column === 'x');
    expect(x.psi).toBeGreaterThan(0.1);
    expect(x.reasons.join(' ')).toMatch(/^KS D 0\.\d+ \(p [0-9.e-]+ ≤ [0-9.e-]+\)/);
    expect(x.tests.find((t: { name: string }) => t.name === 'ks')).toMatchObject({ significant: true, flagged: true });
  });

  it('flags a new category that takes a tenth of the rows', () => {
    const r = monitor('newcolor.csv', false);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/column "color" has 1 category never seen in training \(\d+\.\d% of rows\): "purple"/);
    expect(r.stdout).toContain('DRIFT in color');
  });

  it('reports columns that differ and an all-missing column as schema drift', () => {
    const missing = monitor('nocolor.csv');
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout).violations).toContainEqual({ column: 'color', kind: 'missing-column', message: 'column "color" is in the reference but not in the new data' });
    const empty = JSON.parse(monitor('allmissing.csv').stdout);
    expect(empty.violations).toContainEqual(expect.objectContaining({ column: 'x', kind: 'all-missing' }));
  });

  it('refuses empty data and a file that is not CSV or JSON (exit 2)', () => {
    const e = monitor('empty.csv', false);
    expect(e.code).toBe(2);
    expect(e.stderr).toContain('no data rows to profile');
    const b = monitor('notdata.bin', false);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('cannot tell the data format');
    expect(cli(['monitor', '--data', path.join(dir, 'same.csv')]).stderr).toContain('exactly one reference');
  });

  it('monitors against a model package: its training profile and its features only', () => {
    const root = penguinsRepo();
    const built = cli(['build', '--config', path.join(root, 'model-build.yml'), '--json'], { cwd: root });
    const archive = JSON.parse(built.stdout).package.archive as string;
    // New data without the label is normal for a deployed model.
    const lines = readFileSync(penguins, 'utf8').trim().split('\n').map((l) => l.split(',').slice(1).join(','));
    // Gentoo-like birds: shallower bills, longer flippers, more mass; the model's answers shift.
    const heavier = lines.map((l, i) => {
      if (i === 0) return l;
      const f = l.split(',');
      if (f[2]) f[2] = String(Number(f[2]) - 3);
      if (f[3]) f[3] = String(Number(f[3]) + 25);
      if (f[4]) f[4] = String(Number(f[4]) + 800);
      return f.join(',');
    });
    writeFiles(dir, { 'same-penguins.csv': `${lines.join('\n')}\n`, 'heavy-penguins.csv': `${heavier.join('\n')}\n` });
    const same = JSON.parse(cli(['monitor', '--package', archive, '--data', path.join(dir, 'same-penguins.csv'), '--json']).stdout);
    expect(same.violations).toEqual([]);
    // The model's predictions on the new data are compared with its predictions on validation.
    expect(same.features.find((f: { column: string }) => f.column === 'prediction')).toMatchObject({ kind: 'categorical', drift: false });
    const heavy = cli(['monitor', '--package', archive, '--data', path.join(dir, 'heavy-penguins.csv'), '--json']);
    expect(heavy.code).toBe(1);
    expect(JSON.parse(heavy.stdout).driftedFeatures).toEqual(['bill_depth_mm', 'body_mass_g', 'flipper_length_mm', 'prediction']);
  });
});

const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (!chromium) console.warn('\n*** monitor.test.ts: no Debian chromium (.ci/run installs it): SKIPPING the HTML report rendering test ***\n');

describe.skipIf(!chromium)('the HTML monitor report in headless Chromium', () => {
  it('renders one chart per feature with no page errors, and a screenshot', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'ref.csv': generated(1, 2000), 'new.csv': generated(5, 2000, 0.5, 0.1) });
    const profile = path.join(dir, 'ref.json');
    cli(['profile', path.join(dir, 'ref.csv'), '--out', profile]);
    const html = path.join(dir, 'report.html');
    const r = cli(['monitor', '--profile', profile, '--data', path.join(dir, 'new.csv'), '--html', html, '--markdown', path.join(dir, 'report.md')]);
    expect(r.code).toBe(1);
    expect(readFileSync(path.join(dir, 'report.md'), 'utf8')).toContain('### model-build monitor: ❌ drift in `color`, `x`');
    const { chromium: pw } = await import('playwright-core');
    const browser = await pw.launch({
      executablePath: chromium,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 700, height: 900 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('requestfailed', (q) => errors.push(`request failed: ${q.url()}`));
      await page.goto(pathToFileURL(html).href);
      expect(await page.locator('section svg').count()).toBe(2);
      expect(await page.locator('h1').textContent()).toBe('Drift in color, x');
      const shot = await page.screenshot({ fullPage: true, path: path.join(dir, 'report.png') });
      expect(shot.length).toBeGreaterThan(10_000);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
