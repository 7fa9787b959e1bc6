/**
 * What keeps the profiler's memory bounded by its sketches, not by rows: a thread profiles range
 * after range with one profiler, emptied each time (`reset`), and the sketches hold what their
 * size says. These tests prove the reuse changes nothing and the bounds hold; peak memory itself
 * is measured by bench/profile.mjs.
 */
import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataLimits } from '../src/core/data/limits.js';
import { FrequentItemsSketch } from '../src/core/profile/frequentItems.js';
import { KllSketch } from '../src/core/profile/kll.js';
import { Profiler, shardSeed } from '../src/core/profile/profiler.js';
import { profileRange, rangeScratch, type RangeJob } from '../src/core/profile/rangeProfile.js';
import { tempDir } from './helpers/repo.js';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
}

/** Rows of a CSV with numbers, categories, an id-like column, missing values and booleans. */
function csvRows(n: number, seed: number): string[][] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => [
    (r() * 100).toFixed(3),
    r() < 0.1 ? '' : String(Math.floor(r() * 7)),
    ['oslo', 'lima', 'pune', 'kyiv', 'NA'][Math.floor(r() * 5)]!,
    r() < 0.5 ? 'true' : 'false',
    `row${i}-${Math.floor(r() * 1e6)}`,
  ]);
}

describe('a profiler reset for another shard', () => {
  it('gives the shard a new profiler gives, for CSV rows and for records whose keys vary', () => {
    const header = ['a', 'b', 'city', 'flag', 'id'];
    const reused = new Profiler(shardSeed(3));
    reused.setHeader(header);
    for (const row of csvRows(30_000, 1)) reused.updateRow(row);

    // CSV rows, another seed: the same columns come back emptied.
    reused.reset(shardSeed(4));
    const fresh = new Profiler(shardSeed(4));
    reused.setHeader(header);
    fresh.setHeader(header);
    for (const row of csvRows(20_000, 2)) {
      reused.updateRow(row);
      fresh.updateRow(row);
    }
    expect(reused.shard()).toEqual(fresh.shard());

    // Records: a column of before comes back late (missing in the rows before), one is new.
    reused.reset(undefined);
    const other = new Profiler();
    const r = rng(3);
    for (let i = 0; i < 5_000; i++) {
      const record: Record<string, unknown> = { a: r() * 10, note: r() < 0.5 ? 'x' : 'y' };
      if (i > 100) record.city = ['oslo', 'rome'][i % 2];
      reused.update(record);
      other.update(record);
    }
    expect(reused.shard()).toEqual(other.shard());
    expect(reused.toJSON()).toEqual(other.toJSON());
  });

  it('starts from the default sketches even after a merge folded them', () => {
    // A profile whose distinct-count sketches have fewer registers than the default.
    const small = new Profiler();
    small.update({ a: 1, b: 'x' });
    const json = small.toJSON();
    for (const c of Object.values(json.columns)) {
      c.state.distinct = { ...c.state.distinct, lgK: 4, registers: Buffer.alloc(16).toString('base64') };
    }
    const reused = Profiler.fromJSON(json);
    reused.merge(Profiler.fromJSON(json));
    reused.reset(shardSeed(1));
    const fresh = new Profiler(shardSeed(1));
    for (let i = 0; i < 3_000; i++) {
      const record = { a: i % 97, b: `v${i % 31}` };
      reused.update(record);
      fresh.update(record);
    }
    expect(reused.shard()).toEqual(fresh.shard());
  });
});

describe('sketches emptied and bounded', () => {
  it('a KLL sketch reset with a seed equals a new one with that seed', () => {
    const r = rng(5);
    const reused = new KllSketch();
    for (let i = 0; i < 100_000; i++) reused.update(r());
    reused.reset(12345);
    const fresh = new KllSketch({ seed: 12345 });
    for (let i = 0; i < 50_000; i++) {
      const x = r() < 0.3 ? Math.floor(r() * 10) : r() * 1e3;
      reused.update(x);
      fresh.update(x);
    }
    expect(reused.toJSON()).toEqual(fresh.toJSON());
  });

  it('frequent items never track more than 2^lgMaxK values, and a reset sketch equals a new one', () => {
    const r = rng(6);
    const sketch = new FrequentItemsSketch({ lgMaxK: 6 });
    for (let i = 0; i < 20_000; i++) {
      // Mostly new values (an id column), some frequent ones.
      sketch.update(r() < 0.2 ? `hot${Math.floor(r() * 5)}` : `id${i}`);
      expect(sketch.size).toBeLessThanOrEqual(64);
    }
    const merged = new FrequentItemsSketch({ lgMaxK: 6 });
    for (let i = 0; i < 64; i++) merged.update(`other${i}`, 3);
    merged.merge(sketch);
    expect(merged.size).toBeLessThanOrEqual(64);

    sketch.reset();
    const fresh = new FrequentItemsSketch({ lgMaxK: 6 });
    for (let i = 0; i < 5_000; i++) {
      const value = r() < 0.5 ? `k${Math.floor(r() * 20)}` : `u${i}\ud800`;
      sketch.update(value);
      fresh.update(value);
    }
    expect(sketch.toJSON()).toEqual(fresh.toJSON());
    expect(sketch.lowerBound('k3')).toBe(fresh.lowerBound('k3'));
  });
});

describe('one scratch for every range of a thread', () => {
  it('gives each range the result a scratch of its own gives, whatever ran before', () => {
    const dir = tempDir('mb-profile-memory-');
    const csv = path.join(dir, 'a.csv');
    const rows = csvRows(4_000, 8);
    writeFileSync(csv, `a,b,city,flag,id\n${rows.map((row) => row.join(',')).join('\n')}\n`);
    const jsonl = path.join(dir, 'b.jsonl');
    writeFileSync(jsonl, rows.map((row, i) => JSON.stringify(i % 3 ? { a: Number(row[0]), id: row[4] } : { a: Number(row[0]), note: row[2] })).join('\n') + '\n');
    const limits = dataLimits({});
    /** Three ranges of a file; all but the first start speculatively (at a line after their cut). */
    const jobs = (file: string, format: 'csv' | 'jsonl', first: number, header?: string[]): RangeJob[] => {
      const { size } = statSync(file);
      const cut = Math.floor(size / 3);
      return [0, 1, 2].map((k) => ({
        file,
        display: file,
        format,
        delimiter: ',',
        limits,
        index: first + k,
        ...(k === 0 ? { start: 0 } : {}),
        from: k * cut,
        cut: k < 2 ? (k + 1) * cut : size,
        size,
        ...(header ? { header } : {}),
      }));
    };
    const all = [...jobs(csv, 'csv', 0, ['a', 'b', 'city', 'flag', 'id']), ...jobs(jsonl, 'jsonl', 3)];
    const alone = all.map((job) => profileRange(job, rangeScratch()));
    const scratch = rangeScratch();
    // Interleaved formats, and backwards: each range finds the scratch as another left it.
    const order = [5, 0, 3, 1, 4, 2, 0, 5];
    for (const i of order) expect(profileRange(all[i]!, scratch)).toEqual(alone[i]);
    expect(alone.every((r) => r.ok)).toBe(true);
  });
});
