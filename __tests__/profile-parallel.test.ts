import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { dataLimits } from '../src/core/data/limits.js';
import { readRecords } from '../src/core/data/records.js';
import { ModelBuildError } from '../src/core/errors.js';
import { profileFile, Profiler, type Profile } from '../src/core/profile/index.js';
import { decimalValue } from '../src/core/profile/profiler.js';
import { RangePool } from '../src/core/profile/rangePool.js';
import { NUMBER_TEXT } from '../src/core/data/read.js';
import { cli, projectRoot } from './helpers/cli.js';
import { tempDir } from './helpers/repo.js';

/** Small ranges, so a file of a few hundred KiB has dozens of them. */
const RANGE = 16 << 10;
const ONE_RANGE = 1 << 30;

/** A seeded stream, so every run writes the same files. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
}

/**
 * CSV with a BOM and CRLF line ends, whose records hold quoted fields with line breaks and
 * doubled quotes; at every range cut a quoted field's line break sits right before the cut, so
 * each speculative range start falls inside a field. One quoted field is longer than a range.
 */
function trickyCsv(rows: number): string {
  const r = rng(7);
  const parts = ['\uFEFFid,price,note,city,flag\r\n'];
  let length = Buffer.byteLength(parts[0]!);
  let nextCut = RANGE;
  for (let i = 0; i < rows; i++) {
    const price = r() < 0.05 ? 'NA' : (r() * 1000).toFixed(2);
    const city = ['oslo', 'lima', 'pune', 'kyiv'][Math.floor(r() * 4)];
    let note = r() < 0.3 ? `"said ""hi""\nthen left"` : `plain ${i % 13}`;
    if (i === Math.floor(rows / 2)) note = `"${'long line\n'.repeat((RANGE * 1.5) / 10)}"`;
    let record = `${i},${price},${note},${city},${r() < 0.5}\r\n`;
    const prefix = `${i},${price},"`;
    const room = nextCut - 1 - length - Buffer.byteLength(prefix);
    if (room >= 0 && room < 200) {
      // The quoted field's `\n` is the last byte before the cut.
      record = `${prefix}${'q'.repeat(room)}\nafter",${city},true\r\n`;
    }
    parts.push(record);
    length += Buffer.byteLength(record);
    while (nextCut <= length) nextCut += RANGE;
  }
  return parts.join('');
}

function jsonLines(rows: number): string {
  const r = rng(11);
  const lines: string[] = [];
  for (let i = 0; i < rows; i++) {
    const rec: Record<string, unknown> = { x: Math.round(r() * 1e6) / 1e3, kind: ['a', 'b', 'c'][i % 3], ok: r() < 0.4 };
    if (i > rows / 3) rec.late = r() < 0.1 ? null : `v${i % 5}`;
    lines.push(JSON.stringify(rec) + (i % 7 === 0 ? '\r\n' : '\n'));
  }
  return lines.join('');
}

async function profiles(file: string, options: { rangeBytes?: number } = {}): Promise<string[]> {
  const out: string[] = [];
  for (const workers of [1, 2, 4]) out.push(JSON.stringify(await profileFile(file, { ...options, workers })));
  return out;
}

/** What a split must not change: counts, missing values, distinct counts (HLL merges exactly), extremes. */
function expectSameCounts(split: Profile, whole: Profile): void {
  expect(split.rows).toBe(whole.rows);
  expect(Object.keys(split.columns)).toEqual(Object.keys(whole.columns));
  for (const [name, col] of Object.entries(whole.columns)) {
    const s = split.columns[name]!;
    expect(s.type, name).toBe(col.type);
    expect(s.state.count, name).toBe(col.state.count);
    expect(s.state.missing, name).toBe(col.state.missing);
    expect(s.state.numbers, name).toBe(col.state.numbers);
    expect(s.state.texts, name).toBe(col.state.texts);
    expect(s.state.distinct, name).toEqual(col.state.distinct);
    expect(s.state.moments.min, name).toBe(col.state.moments.min);
    expect(s.state.moments.max, name).toBe(col.state.moments.max);
    if (col.summary.numeric) expect(s.summary.numeric!.mean, name).toBeCloseTo(col.summary.numeric.mean, 6);
    if (col.state.frequent.maximumError === 0) expect(s.state.frequent.items, name).toEqual(col.state.frequent.items);
  }
}

async function caught(p: Promise<unknown>): Promise<ModelBuildError> {
  try {
    await p;
  } catch (e) {
    if (ModelBuildError.is(e)) return e;
    throw e;
  }
  throw new Error('expected a ModelBuildError');
}

describe('parallel profile: the same bytes for 1, 2 and 4 workers', () => {
  it('CSV with a BOM, CRLF, and quoted line breaks right at the range cuts', async () => {
    const file = path.join(tempDir(), 'tricky.csv');
    writeFileSync(file, trickyCsv(6000));
    const [one, two, four] = await profiles(file, { rangeBytes: RANGE });
    expect(two).toBe(one);
    expect(four).toBe(one);
    const split = JSON.parse(one!) as Profile;
    // Not a single row lost or read twice at a cut, and no field torn apart there.
    expectSameCounts(split, await profileFile(file, { rangeBytes: ONE_RANGE, workers: 1 }));
    expect(split.columns.id!.type).toBe('number');
    expect(split.columns.flag!.summary.top!.map((t) => t.value).sort()).toEqual(['false', 'true']);
  });

  it('JSON Lines, with a key that appears only in later ranges', async () => {
    const file = path.join(tempDir(), 'data.jsonl');
    writeFileSync(file, jsonLines(8000));
    const [one, two, four] = await profiles(file, { rangeBytes: RANGE });
    expect(two).toBe(one);
    expect(four).toBe(one);
    const split = JSON.parse(one!) as Profile;
    expectSameCounts(split, await profileFile(file, { rangeBytes: ONE_RANGE }));
    expect(split.columns.late!.summary.missing).toBeGreaterThan(8000 / 3);
  });

  it('a folder of shards: files in byte order of their names, each cut into ranges', async () => {
    const dir = tempDir();
    const csv = trickyCsv(3000);
    const [header, ...rest] = csv.replace('\uFEFF', '').split('\r\n');
    mkdirSync(path.join(dir, 'part=2'));
    writeFileSync(path.join(dir, 'b.csv'), csv);
    writeFileSync(path.join(dir, 'a.csv'), `${header}\r\n${rest.slice(0, 50).join('\r\n')}\r\n`);
    writeFileSync(path.join(dir, 'part=2', 'c.csv'), `${header}\n1,2,x,oslo,true\n`);
    writeFileSync(path.join(dir, '.hidden.csv'), 'not,the,same\n1,2,3\n');
    const [one, two, four] = await profiles(dir, { rangeBytes: RANGE });
    expect(two).toBe(one);
    expect(four).toBe(one);
    expect((JSON.parse(one!) as Profile).rows).toBe(3000 + 50 + 1);

    writeFileSync(path.join(dir, 'd.csv'), 'id,price\n1,2\n');
    const e = await caught(profileFile(dir, { rangeBytes: RANGE, workers: 2 }));
    expect(e.message).toMatch(/columns differ from .*a\.csv: this file lacks "note", "city", "flag"/);
    expect(e.location.file).toMatch(/d\.csv$/);
  });

  it('one range gives the single-pass profile, byte for byte', async () => {
    const file = path.join(tempDir(), 'small.csv');
    writeFileSync(file, trickyCsv(300).replace(/"long line\n[^"]*"/, 'short'));
    const pass = new Profiler();
    for await (const { record } of readRecords(file)) pass.update(record);
    expect(JSON.stringify(await profileFile(file, { workers: 4 }))).toBe(JSON.stringify(pass.toJSON()));
  });

  it('lines ended by a lone CR (no \\n to cut at) make one range, whatever the range size', async () => {
    const file = path.join(tempDir(), 'mac.csv');
    const lines = ['k,v'];
    for (let i = 0; i < 5000; i++) lines.push(`${i % 9},${(i * 0.25).toFixed(2)}`);
    writeFileSync(file, `${lines.join('\r')}\r`);
    const [one, two, four] = await profiles(file, { rangeBytes: 4096 });
    expect(two).toBe(one);
    expect(four).toBe(one);
    expect(one).toBe(JSON.stringify(await profileFile(file, { rangeBytes: ONE_RANGE })));
    expect((JSON.parse(one!) as Profile).rows).toBe(5000);
  });

  it('a U+FEFF that starts a line at a range start is data, not a byte order mark', async () => {
    // Kept, it makes `"x"` an unquoted field (quotes and all); taken for a BOM, a quoted x.
    const file = path.join(tempDir(), 'feff.csv');
    const lines = ['name,n'];
    while (lines.join('\n').length < RANGE * 3) lines.push(`\uFEFF"x",${lines.length}`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    const split = await profileFile(file, { rangeBytes: RANGE, workers: 2 });
    expect(split.columns.name!.summary.top).toEqual([{ value: '"x"', count: lines.length - 1 }]);
  });
});

describe('parallel profile: errors', () => {
  it('an error in a late range names the line of the file, after quoted line breaks', async () => {
    const file = path.join(tempDir(), 'late.csv');
    const text = trickyCsv(6000);
    const lines = text.split(/\r\n|\n/);
    // The record that starts on this physical line (one without quotes, late in the file)
    // gets one field too many.
    let target = lines.length - 40;
    while (!/^\d+,[^"]*$/.test(lines[target - 1]!)) target--;
    const bad = lines.map((l, i) => (i === target - 1 ? `${l},extra` : l)).join('\r\n');
    writeFileSync(file, bad);
    const whole = await caught(profileFile(file, { rangeBytes: ONE_RANGE, workers: 1 }));
    expect(whole.message).toMatch(/row has 6 fields, the header has 5/);
    for (const workers of [1, 2, 4]) {
      const e = await caught(profileFile(file, { rangeBytes: RANGE, workers }));
      expect(e.format()).toBe(whole.format());
    }
    expect(whole.location.line).toBe(target);
  });

  it('JSON Lines: a bad line in a late range, and the union of keys over the column limit', async () => {
    const dir = tempDir();
    const rows = jsonLines(8000).split('\n');
    rows[7000] = '{"x": 1,';
    writeFileSync(path.join(dir, 'bad.jsonl'), rows.join('\n'));
    for (const workers of [1, 4]) {
      const e = await caught(profileFile(path.join(dir, 'bad.jsonl'), { rangeBytes: RANGE, workers }));
      expect(e.format()).toMatch(/bad\.jsonl:7001:9: not valid JSON/);
    }
    // Every range stays under 40 keys; the file as a whole crosses it on line 7001.
    const keyed = Array.from({ length: 8000 }, (_, i) => JSON.stringify({ [`k${Math.floor(i / 175)}`]: i })).join('\n');
    writeFileSync(path.join(dir, 'keys.jsonl'), keyed);
    const e = await caught(profileFile(path.join(dir, 'keys.jsonl'), { rangeBytes: RANGE, workers: 2, limits: { maxColumns: 40 } }));
    expect(e.format()).toMatch(/keys\.jsonl:7001: the records name more than 40 distinct keys/);
  });

  it('a worker that cannot load is a clear error, and closing the pool ends every worker', async () => {
    const pool = new RangePool(2, pathToFileURL(path.join(tempDir(), 'missing.js')).href);
    const job = { file: 'x', display: 'x', format: 'csv' as const, delimiter: ',', limits: dataLimits(undefined), index: 0, start: 0, from: 0, cut: 1, size: 1 };
    const e = await caught(pool.run(job));
    expect(e.code).toBe('INTERNAL');
    expect(e.message).toMatch(/a profiling worker thread failed: Cannot find module/);
    expect(e.hint).toMatch(/MODEL_BUILD_PROFILE_WORKERS=1/);
    await expect(pool.run(job)).rejects.toBe(e);
    await pool.close();
  });

  it('an unusable worker count is a usage error', async () => {
    const file = path.join(tempDir(), 'a.csv');
    writeFileSync(file, 'a\n1\n');
    const e = await caught(profileFile(file, { workers: 0 }));
    expect(e.code).toBe('USAGE');
    const r = cli(['profile', file], { env: { MODEL_BUILD_PROFILE_WORKERS: 'many' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/MODEL_BUILD_PROFILE_WORKERS must be a whole number from 1 to 64, got "many"/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('profile from the CLI: a folder of shards', () => {
  it('`model-build profile DIR` profiles the shards as one table, as the library does; a device is refused', async () => {
    const dir = tempDir();
    const shards = path.join(dir, 'shards');
    mkdirSync(shards);
    writeFileSync(path.join(shards, 'part-0.csv'), 'a,b\n1,x\n2,y\n');
    writeFileSync(path.join(shards, 'part-1.csv'), 'a,b\n3,x\n,z\n');
    const r = cli(['profile', shards, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const profile = JSON.parse(r.stdout) as Profile;
    expect(profile.rows).toBe(4);
    expect(profile).toEqual(JSON.parse(JSON.stringify(await profileFile(shards))));
    const device = cli(['profile', '/dev/null']);
    expect(device.code).toBe(2);
    expect(device.stderr).toContain('is a character device, not a file or folder');
  });
});

describe('parallel profile: where the workers load from', () => {
  it('the CLI from source (tsx) with 2 workers prints the profile 1 worker prints', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'big.csv'), trickyCsv(250_000)); // over 8 MiB: three ranges, two workers
    const one = cli(['profile', path.join(dir, 'big.csv'), '--json'], { env: { MODEL_BUILD_PROFILE_WORKERS: '1' } });
    const two = cli(['profile', path.join(dir, 'big.csv'), '--json'], { env: { MODEL_BUILD_PROFILE_WORKERS: '2' } });
    expect(one.code, one.stderr).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(one.stdout).rows).toBe(250_000);
  });

  it('a bundle made as scripts/bundle.mjs makes it (ESM, split chunks) runs the range module in its workers', async () => {
    const dir = tempDir();
    const entry = path.join(dir, 'entry.ts');
    writeFileSync(
      entry,
      `import { profileFile } from ${JSON.stringify(path.join(projectRoot, 'src/core/profile/profileFile.ts'))};
const [file, workers] = process.argv.slice(-2);
const p = await profileFile(file, { rangeBytes: ${RANGE}, workers: Number(workers) });
process.stdout.write(JSON.stringify(p));`,
    );
    await build({ entryPoints: { cli: entry }, outdir: path.join(dir, 'dist'), bundle: true, platform: 'node', target: 'node20', format: 'esm', splitting: true, chunkNames: 'chunk-[hash]', logLevel: 'silent' });
    const data = path.join(dir, 'data.csv');
    writeFileSync(data, trickyCsv(3000));
    const run = (workers: number) => spawnSync(process.execPath, [path.join(dir, 'dist/cli.js'), data, String(workers)], { encoding: 'utf8' });
    const four = run(4);
    expect(four.status, four.stderr).toBe(0);
    expect(four.stdout).toBe(run(1).stdout);
    expect(four.stdout).toBe(JSON.stringify(await profileFile(data, { rangeBytes: RANGE, workers: 1 })));
    // Workers inherit --input-type=module from a parent run that way: their code is then an ES module.
    const imported = spawnSync(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(pathToFileURL(path.join(dir, 'dist/cli.js')).href)})`, '--', data, '2'], { encoding: 'utf8' });
    expect(imported.stdout, imported.stderr).toBe(four.stdout);
  });
});

describe('number parsing specialized for CSV text', () => {
  it('decimalValue agrees with the plain-decimal pattern on tricky and random texts', () => {
    const texts = ['0', '-0', '+1', '1.', '.5', '-.5e3', '1e999', '-1e999', '+Infinity', '-Infinity', 'Infinity', '0x1F', '0X1f', '0b1', '0o7', '00012', '1e', '.', '-', '+', '1_000', '1.2.3', '0.0e0', 'e5', '1E+5', '١', '12abc'];
    const r = rng(3);
    const alphabet = '0123456789+-.eExXbBoO_ In';
    for (let i = 0; i < 20_000; i++) {
      let t = '';
      const n = 1 + Math.floor(r() * 6);
      for (let k = 0; k < n; k++) t += alphabet[Math.floor(r() * alphabet.length)];
      texts.push(t.trim() || '0');
    }
    for (const t of texts) {
      const expected = NUMBER_TEXT.test(t) ? Number(t) : NaN;
      expect(Object.is(decimalValue(t), expected), t).toBe(true);
    }
  });
});
