import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileFile, Profiler } from '../src/core/profile/index.js';
import { cli, projectRoot } from './helpers/cli.js';
import { tempDir, writeFiles } from './helpers/repo.js';

const penguins = path.join(projectRoot, 'examples/penguins/data/penguins.csv');

describe('streaming profile', () => {
  it('profiles the penguins data: types, missing, distinct, quantiles, top values', async () => {
    const p = await profileFile(penguins);
    expect(p.rows).toBe(344);
    expect(p.columns.sex).toMatchObject({ type: 'string', summary: { missing: 11, distinct: 2 } });
    expect(p.columns.species!.summary.top).toEqual([
      { value: 'Adelie', count: 152 },
      { value: 'Gentoo', count: 124 },
      { value: 'Chinstrap', count: 68 },
    ]);
    const mass = p.columns.body_mass_g!.summary.numeric!;
    expect(mass).toMatchObject({ min: 2700, max: 6300 });
    // The exact median is 4050; KLL's documented rank error (1.65% at k=200) allows a neighbour.
    expect(mass.quantiles.p50).toBeGreaterThanOrEqual(3975);
    expect(mass.quantiles.p50).toBeLessThanOrEqual(4100);
    expect(mass.mean).toBeCloseTo(4201.754, 2);
    expect(mass.histogram.edges).toHaveLength(11);
    expect(mass.histogram.counts.reduce((a, b) => a + b, 0)).toBe(342);
    // The expectations monitor checks new data against.
    expect(p.schema.island).toEqual({ type: 'string', missingRate: 0, categories: ['Biscoe', 'Dream', 'Torgersen'] });
    expect(p.schema.body_mass_g).toMatchObject({ type: 'number', range: [2700, 6300] });
  });

  it('is deterministic, and profiles of shards merge into the profile of the whole', async () => {
    const lines = readFileSync(penguins, 'utf8').trim().split('\n');
    const dir = tempDir();
    writeFiles(dir, {
      'a.csv': `${lines.slice(0, 200).join('\n')}\n`,
      'b.csv': `${[lines[0], ...lines.slice(200)].join('\n')}\n`,
    });
    const whole = await profileFile(penguins);
    expect(JSON.stringify(await profileFile(penguins))).toBe(JSON.stringify(whole));
    const merged = Profiler.fromJSON(await profileFile(path.join(dir, 'a.csv')))
      .merge(Profiler.fromJSON(await profileFile(path.join(dir, 'b.csv'))))
      .toJSON();
    expect(merged.rows).toBe(344);
    for (const [name, col] of Object.entries(whole.columns)) {
      const m = merged.columns[name]!;
      expect(m.summary.count).toBe(col.summary.count);
      expect(m.summary.missing).toBe(col.summary.missing);
      expect(m.summary.distinct).toBe(col.summary.distinct); // small cardinalities are exact
      if (col.summary.numeric) expect(m.summary.numeric!.mean).toBeCloseTo(col.summary.numeric.mean, 9);
    }
  });

  it('keeps a column named __proto__ as a column', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'odd.csv': '__proto__,a\nx,1\ny,2\n' });
    const p = await profileFile(path.join(dir, 'odd.csv'));
    expect(Object.keys(p.columns)).toEqual(['__proto__', 'a']);
    expect(p.columns['__proto__']!.summary.distinct).toBe(2);
  });

  it('counts a column that appears only in later records as missing before', () => {
    const p = new Profiler();
    p.update({ a: 1 });
    p.update({ a: 2, b: 'x' });
    const j = p.toJSON();
    expect(j.columns.b!.summary).toMatchObject({ count: 2, missing: 1 });
  });
});

describe('model-build profile (CLI)', () => {
  it('prints a table, writes --out, and --json equals the file', () => {
    const out = path.join(tempDir(), 'profile.json');
    const r = cli(['profile', penguins, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/344 rows, 7 columns/);
    expect(r.stdout).toMatch(/sex +string +11 +2 +male \(168\), female \(165\)/);
    expect(cli(['profile', penguins, '--json']).stdout).toBe(readFileSync(out, 'utf8'));
  });

  it('refuses an empty file, a file that is not CSV or JSON, and a missing file, with exit 2', () => {
    const dir = tempDir();
    writeFiles(dir, { 'empty.csv': 'a,b\n', 'weights.bin': Buffer.from([0, 1, 2]), 'bad.jsonl': '{"a":1}\nnot json\n' });
    const cases: Array<[string, RegExp]> = [
      ['empty.csv', /empty\.csv: no data rows to profile/],
      ['weights.bin', /weights\.bin: cannot tell the data format from the file name \(\.bin\)/],
      ['bad.jsonl', /bad\.jsonl:2/],
      ['nope.csv', /nope\.csv: cannot read the file \(ENOENT\)/],
    ];
    for (const [file, message] of cases) {
      const r = cli(['profile', path.join(dir, file)], { cwd: dir });
      expect(r.code, file).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
