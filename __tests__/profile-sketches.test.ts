import { describe, expect, it } from 'vitest';
import { ModelBuildError } from '../src/core/errors.js';
import {
  compareUtf8,
  FrequentItemsSketch,
  hashOut,
  HyperLogLog,
  KllSketch,
  kllRankError,
  Moments,
  murmur3String,
  streamUint32,
} from '../src/core/profile/index.js';
import { Rng } from '../src/core/util/random.js';

// ---------- deterministic data ----------

/** Standard normal by Box–Muller from the project's seeded generator. */
const normal = (r: Rng): number => Math.sqrt(-2 * Math.log(1 - r.next())) * Math.cos(2 * Math.PI * r.next());

const distributions: Record<string, (r: Rng) => number> = {
  uniform: (r) => r.next(),
  normal,
  lognormal: (r) => Math.exp(2 * normal(r)),
  // Pareto α = 1: infinite mean, a very heavy right tail.
  pareto: (r) => 1 / (1 - r.next()),
  // 12 distinct values with geometric frequencies: heavy duplication.
  duplicates: (r) => Math.min(11, Math.floor(-Math.log(1 - r.next()) * 2)),
};

function sample(name: string, n: number, seed: number): Float64Array {
  const r = Rng.forPurpose(seed, `profile-sketches/${name}`);
  const draw = distributions[name]!;
  return Float64Array.from({ length: n }, () => draw(r));
}

function lowerBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Largest normalized rank error over 999 quantile queries (distance from q to the true rank
 * interval [#<v, #≤v]/n of the returned v, so ties are not errors) and 999 cdf queries at the
 * true quantiles.
 */
function maxRankError(sketch: KllSketch, data: Float64Array): number {
  const sorted = data.slice().sort();
  const n = sorted.length;
  let worst = 0;
  for (let i = 1; i < 1000; i++) {
    const q = i / 1000;
    const v = sketch.quantile(q);
    const lo = lowerBound(sorted, v) / n;
    const hi = upperBound(sorted, v) / n;
    worst = Math.max(worst, q < lo ? lo - q : q > hi ? q - hi : 0);
    const x = sorted[Math.floor(q * n)]!;
    worst = Math.max(worst, Math.abs(sketch.cdf(x) - upperBound(sorted, x) / n));
  }
  return worst;
}

function kllOf(data: ArrayLike<number>, seed?: number): KllSketch {
  const sketch = new KllSketch(seed === undefined ? {} : { seed });
  sketch.updateAll(data);
  return sketch;
}

const expectCode = (fn: () => unknown, code: string): void => {
  try {
    fn();
  } catch (e) {
    expect(ModelBuildError.is(e) && e.code).toBe(code);
    return;
  }
  throw new Error(`expected a ModelBuildError ${code}`);
};

// ---------- hashing and the seeded stream ----------

describe('seeded stream and hash', () => {
  it('streamUint32 is the same mulberry32 stream as Rng, with random access', () => {
    for (const seed of [1, 42, 0xdeadbeef, 0]) {
      const rng = new Rng(seed);
      for (let i = 0; i < 1000; i++) expect(streamUint32(seed, i) / 2 ** 32).toBe(rng.next());
    }
  });

  it('MurmurHash3_x86_128 matches published vectors and an independent transcription', () => {
    const hex = (): string => Array.from(hashOut, (w) => w.toString(16).padStart(8, '0')).join('');
    // Published vectors (Peter Scott's murmur3 port, test.c): words h1..h4 in hex.
    const published: Array<[number, string, string]> = [
      [123, 'Hello, world!', '61c9129e5a1aacd7a41621629e37c886'],
      [321, 'Hello, world!', 'd5fbdcb3c26c4193045880c5a7170f0f'],
      [123, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxx', '5e40bab278825a164cf929d31fec6047'],
      [123, '', 'fedc524526f3e79926f3e79926f3e799'],
    ];
    for (const [seed, text, expected] of published) {
      murmur3String(text, seed);
      expect(hex()).toBe(expected);
    }
    // Every tail length and multi-byte UTF-8, seed 0, from a separate Python transcription of
    // the reference C code (which also reproduces the published vectors above).
    const fox = 'The quick brown fox jumps over the lazy dog';
    const python: Record<string, string> = {
      1: '312658d4d32cba11d32cba11d32cba11',
      3: '41d0bf79d27be85ed27be85ed27be85e',
      4: '00251e65aa6e1ea2aa6e1ea2aa6e1ea2',
      5: '392b67e0b9c452b8bfcc773cbfcc773c',
      8: '66b6c80ac96f1f6d6d8a09806d8a0980',
      9: 'bac5d673cbc4cff3deb68d0969c8528f',
      12: 'c628765f4e4398a8ebb5df5e5b59e222',
      15: 'cad356cfebdbe4935f9fcb222cc8a286',
      16: '05af2e9885dc9f007a560e931005cf2a',
      17: '315057c366c13ca3828c6941b7707639',
      31: '9756d6dd03ee8189b6d1f56e23a827f6',
      33: 'ad6ec1aed6ad260a9d041c4aebac7c8b',
    };
    for (const [length, expected] of Object.entries(python)) {
      murmur3String(fox.slice(0, Number(length)));
      expect(hex()).toBe(expected);
    }
    const utf8: Record<string, string> = {
      'héllo wörld': '31b759f2489f6d8b7061676c62dbfc53',
      日本語: 'bdfcba6fc3f6209ca8a354fd3b43196f',
      '😀': 'f0e2fa84701463f2701463f2701463f2',
      'naïve café 🍵 ok': '3d984a58fbd55ab47fe7a901675f8a6a',
    };
    for (const [text, expected] of Object.entries(utf8)) {
      murmur3String(text);
      expect(hex()).toBe(expected);
    }
  });

  it('compareUtf8 orders like the UTF-8 bytes', () => {
    const words = ['b', 'a', 'ab', '', 'Z', 'é', '\uffff', '😀', '\ue000', 'a\u0000', '日本', 'ａ'];
    const byBytes = [...words].sort((x, y) => Buffer.compare(Buffer.from(x, 'utf8'), Buffer.from(y, 'utf8')));
    expect([...words].sort(compareUtf8)).toEqual(byBytes);
    expect(compareUtf8('\uffff', '😀')).toBeLessThan(0); // UTF-16 order would say the opposite
  });
});

// ---------- HyperLogLog ----------

describe('HyperLogLog', () => {
  it('estimates 1e1…1e6 distinct values within 3 standard errors (lgK 12, RSE 1.625%)', () => {
    for (const seed of [1, 2, 3]) {
      for (const n of [10, 100, 1_000, 10_000, 100_000, 1_000_000]) {
        if (n === 1_000_000 && seed === 3) continue; // two seeds at 1e6 keep the suite fast
        const hll = new HyperLogLog();
        for (let i = 0; i < n; i++) hll.update(`user-${seed}-${i}`);
        // Repeats change nothing.
        for (let i = 0; i < Math.min(n, 1000); i++) hll.update(`user-${seed}-${i}`);
        const se = hll.relativeStandardError * n;
        expect(Math.abs(hll.estimate() - n), `n=${n} seed=${seed} estimate=${hll.estimate()}`).toBeLessThanOrEqual(3 * se);
      }
    }
  });

  it('is exact-ish when tiny and 0 when empty', () => {
    const hll = new HyperLogLog();
    expect(hll.estimate()).toBe(0);
    expect(hll.isEmpty).toBe(true);
    for (const v of ['a', 'b', 'c', 'a', 'b']) hll.update(v);
    expect(hll.estimate()).toBeCloseTo(3, 2);
  });

  it('merge(A, B) is exactly the sketch of A ∪ B', () => {
    const a = new HyperLogLog();
    const b = new HyperLogLog();
    const union = new HyperLogLog();
    for (let i = 0; i < 60_000; i++) a.update(`k${i}`);
    for (let i = 40_000; i < 100_000; i++) b.update(`k${i}`);
    for (let i = 0; i < 100_000; i++) union.update(`k${i}`);
    const merged = a.clone().merge(b);
    expect(merged.toJSON()).toEqual(union.toJSON());
    expect(Math.abs(merged.estimate() - 100_000)).toBeLessThanOrEqual(3 * merged.relativeStandardError * 100_000);
    // Merge is commutative and idempotent.
    expect(b.clone().merge(a).toJSON()).toEqual(union.toJSON());
    expect(merged.clone().merge(merged).toJSON()).toEqual(union.toJSON());
  });

  it('folds to a smaller lgK exactly and merges sketches of different lgK', () => {
    const big = new HyperLogLog({ lgK: 14 });
    const small = new HyperLogLog({ lgK: 10 });
    for (let i = 0; i < 50_000; i++) {
      big.update(i * 1.5);
      small.update(i * 1.5);
    }
    expect(big.downsample(10).toJSON()).toEqual(small.toJSON());
    const other = new HyperLogLog({ lgK: 10 });
    for (let i = 50_000; i < 80_000; i++) other.update(i * 1.5);
    const merged = big.clone().merge(other);
    expect(merged.lgK).toBe(10);
    const direct = small.clone().merge(other);
    expect(merged.toJSON()).toEqual(direct.toJSON());
  });

  it('hashes strings and numbers as different values; -0 as 0', () => {
    const hll = new HyperLogLog();
    hll.update('1');
    hll.update(1);
    hll.update(0);
    hll.update(-0);
    expect(Math.round(hll.estimate())).toBe(3);
  });

  it('round-trips through deterministic JSON and rejects damaged JSON', () => {
    const hll = new HyperLogLog({ lgK: 8 });
    for (let i = 0; i < 5000; i++) hll.update(`v${i % 777}`);
    const text = JSON.stringify(hll);
    const again = new HyperLogLog({ lgK: 8 });
    for (let i = 0; i < 5000; i++) again.update(`v${i % 777}`);
    expect(JSON.stringify(again)).toBe(text);
    const back = HyperLogLog.fromJSON(JSON.parse(text));
    expect(JSON.stringify(back)).toBe(text);
    expect(back.estimate()).toBe(hll.estimate());
    expect(Object.keys(JSON.parse(text))).toEqual(['kind', 'version', 'lgK', 'hash', 'registers']);
    expectCode(() => HyperLogLog.fromJSON({ ...JSON.parse(text), version: 2 }), 'PACKAGE_INVALID');
    expectCode(() => HyperLogLog.fromJSON({ ...JSON.parse(text), registers: 'AAAA' }), 'PACKAGE_INVALID');
    expectCode(() => new HyperLogLog({ lgK: 30 }), 'USAGE');
  });
});

// ---------- KLL ----------

describe('KLL quantile sketch', () => {
  const epsilon = kllRankError(200);

  it('documents ε = 2.446/k^0.9433 (1.65% at k = 200)', () => {
    expect(epsilon).toBeCloseTo(0.0165, 4);
    expect(new KllSketch().rankError).toBe(epsilon);
  });

  it('keeps the max rank error over 999 quantile and 999 cdf queries within ε', () => {
    const cases: Array<[string, number, number[]]> = [];
    for (const name of Object.keys(distributions)) {
      cases.push([name, 10_000, [1, 2, 3]], [name, 100_000, [1, 2]]);
    }
    cases.push(['normal', 1_000_000, [1]], ['pareto', 1_000_000, [1]], ['duplicates', 1_000_000, [1]]);
    for (const [name, n, seeds] of cases) {
      for (const seed of seeds) {
        const data = sample(name, n, seed);
        const sketch = kllOf(data, seed);
        expect(sketch.n).toBe(n);
        expect(sketch.isEstimationMode).toBe(true);
        expect(sketch.retained).toBeLessThan(700);
        const err = maxRankError(sketch, data);
        expect(err, `${name} n=${n} seed=${seed}`).toBeLessThanOrEqual(epsilon);
      }
    }
  });

  it('is within ε on sorted (adversarial-order) input', () => {
    const data = Float64Array.from({ length: 200_000 }, (_, i) => i);
    expect(maxRankError(kllOf(data), data)).toBeLessThanOrEqual(epsilon);
    const reversed = data.slice().reverse();
    expect(maxRankError(kllOf(reversed), reversed)).toBeLessThanOrEqual(epsilon);
  });

  it('a merge of shards is within ε of the union, for chains and trees of merges', () => {
    for (const name of ['normal', 'pareto', 'duplicates']) {
      const data = sample(name, 200_000, 7);
      const r = new Rng(99);
      // 16 shards of random sizes.
      const cuts = [0, ...Array.from({ length: 15 }, () => r.int(data.length)).sort((a, b) => a - b), data.length];
      const shards = cuts.slice(1).map((end, i) => kllOf(data.subarray(cuts[i]!, end), i + 1));
      const chain = shards.reduce((acc, s) => acc.merge(s), new KllSketch());
      let level = shards.map((s) => s.clone());
      while (level.length > 1) {
        const next: KllSketch[] = [];
        for (let i = 0; i < level.length; i += 2) next.push(i + 1 < level.length ? level[i]!.merge(level[i + 1]!) : level[i]!);
        level = next;
      }
      const tree = level[0]!;
      for (const merged of [chain, tree]) {
        expect(merged.n).toBe(data.length);
        expect(merged.min).toBe(data.reduce((a, b) => Math.min(a, b)));
        expect(merged.max).toBe(data.reduce((a, b) => Math.max(a, b)));
        expect(maxRankError(merged, data), name).toBeLessThanOrEqual(epsilon);
      }
    }
  });

  it('is exact before its first compaction', () => {
    const data = sample('normal', 200, 5); // up to k values: nothing compacted yet
    const sketch = kllOf(data);
    expect(sketch.isEstimationMode).toBe(false);
    const sorted = data.slice().sort();
    expect(sketch.quantile(0.5)).toBe(sorted[99]); // smallest value with cdf ≥ 0.5: rank 100 of 200
    expect(sketch.cdf(sorted[99]!)).toBe(100 / 200);
    expect(sketch.rank(sorted[99]!)).toBe(99 / 200);
    expect(sketch.quantile(0)).toBe(sorted[0]);
    expect(sketch.quantile(1)).toBe(sorted[199]);
    expect(maxRankError(sketch, data)).toBeLessThanOrEqual(1 / 200);
    sketch.update(0);
    expect(sketch.isEstimationMode).toBe(true);
  });

  it('is deterministic: the same stream gives byte-identical JSON, also after a round trip', () => {
    const data = sample('lognormal', 50_000, 3);
    const a = kllOf(data);
    const b = kllOf(data);
    const text = JSON.stringify(a);
    expect(JSON.stringify(b)).toBe(text);
    const back = KllSketch.fromJSON(JSON.parse(text));
    expect(JSON.stringify(back)).toBe(text);
    // The generator state travels with the sketch: continuing gives the same sketch again.
    const more = sample('lognormal', 30_000, 4);
    a.updateAll(more);
    back.updateAll(more);
    expect(JSON.stringify(back)).toBe(JSON.stringify(a));
    expect(back.quantiles([0.1, 0.5, 0.9])).toEqual(a.quantiles([0.1, 0.5, 0.9]));
    // Merges are deterministic too.
    const m1 = kllOf(data).merge(kllOf(more));
    const m2 = kllOf(data).merge(kllOf(more));
    expect(JSON.stringify(m1)).toBe(JSON.stringify(m2));
    // A different seed gives a different (equally valid) sketch.
    expect(JSON.stringify(kllOf(data, 12345))).not.toBe(text);
    expect(Object.keys(JSON.parse(text))).toEqual(['kind', 'version', 'k', 'seed', 'draws', 'n', 'nans', 'min', 'max', 'levels']);
  });

  it('counts NaN apart, ranks ±Infinity and serializes them', () => {
    const sketch = new KllSketch();
    for (const x of [NaN, 1, -Infinity, 2, NaN, Infinity, -0]) sketch.update(x);
    expect(sketch.n).toBe(5);
    expect(sketch.nans).toBe(2);
    expect(sketch.min).toBe(-Infinity);
    expect(sketch.max).toBe(Infinity);
    expect(sketch.cdf(0)).toBe(2 / 5);
    expect(Object.is(sketch.quantile(0.4), 0)).toBe(true); // -0 stored as 0
    const json = sketch.toJSON();
    expect(json.min).toBe('-Infinity');
    const back = KllSketch.fromJSON(JSON.parse(JSON.stringify(json)));
    expect(back.max).toBe(Infinity);
    expect(back.nans).toBe(2);
    expect(back.quantiles([0, 0.5, 1])).toEqual([-Infinity, 1, Infinity]);
  });

  it('handles empty sketches and rejects bad input', () => {
    const empty = new KllSketch();
    expect(empty.quantile(0.5)).toBeNaN();
    expect(empty.cdf(1)).toBe(0);
    expect(KllSketch.fromJSON(empty.toJSON()).n).toBe(0);
    expectCode(() => empty.quantile(1.5), 'USAGE');
    expectCode(() => new KllSketch({ k: 4 }), 'USAGE');
    expectCode(() => new KllSketch({ k: 200 }).merge(new KllSketch({ k: 100 })), 'USAGE');
    const json = kllOf(sample('normal', 5000, 1)).toJSON();
    expectCode(() => KllSketch.fromJSON({ ...json, n: json.n + 1 }), 'PACKAGE_INVALID');
    expectCode(() => KllSketch.fromJSON({ ...json, kind: 'hll' }), 'PACKAGE_INVALID');
    expectCode(() => KllSketch.fromJSON({ ...json, levels: ['@@@@'] }), 'PACKAGE_INVALID');
  });
});

// ---------- frequent items ----------

/** Zipf(s) over 1…size by inverse-cdf sampling. */
function zipfSampler(size: number, s: number, r: Rng): () => number {
  const cumulative = new Float64Array(size);
  let sum = 0;
  for (let i = 0; i < size; i++) cumulative[i] = sum += 1 / Math.pow(i + 1, s);
  return () => {
    const u = r.next() * sum;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
}

describe('frequent items (Misra–Gries, lgMaxK 10)', () => {
  it('is exact with few distinct values, ordered by count then UTF-8 bytes', () => {
    const sketch = new FrequentItemsSketch();
    const exact = new Map<string, number>();
    const r = new Rng(11);
    const values = ['b', 'a', 'é', '😀', '\uffff', ...Array.from({ length: 45 }, (_, i) => `v${i}`)];
    for (let i = 0; i < 20_000; i++) {
      const v = values[Math.floor(Math.pow(r.next(), 3) * values.length)]!;
      sketch.update(v);
      exact.set(v, (exact.get(v) ?? 0) + 1);
    }
    for (const v of ['b', 'a', 'é', '😀', '\uffff']) {
      sketch.update(`tie-${v}`, 7);
      exact.set(`tie-${v}`, 7);
    }
    expect(sketch.maximumError).toBe(0);
    const expected = [...exact].sort((x, y) => y[1] - x[1] || Buffer.compare(Buffer.from(x[0]), Buffer.from(y[0])));
    expect(sketch.items().map((i) => [i.value, i.estimate])).toEqual(expected);
    expect(sketch.items(3)).toHaveLength(3);
    const ties = sketch.items().filter((i) => i.value.startsWith('tie-')).map((i) => i.value);
    expect(ties).toEqual(['tie-a', 'tie-b', 'tie-é', 'tie-\uffff', 'tie-😀']);
  });

  it('stays within its bound on a Zipf stream, alone and merged from shards', () => {
    const n = 300_000;
    const draw = zipfSampler(200_000, 1.1, new Rng(2024));
    const stream = Array.from({ length: n }, () => `item-${draw()}`);
    const exact = new Map<string, number>();
    for (const v of stream) exact.set(v, (exact.get(v) ?? 0) + 1);
    expect(exact.size).toBeGreaterThan(20_000); // far more distinct values than the 1024 tracked

    const whole = new FrequentItemsSketch();
    for (const v of stream) whole.update(v);
    const shards = Array.from({ length: 6 }, () => new FrequentItemsSketch());
    stream.forEach((v, i) => shards[i % 6]!.update(v));
    const merged = shards.reduce((acc, s) => acc.merge(s), new FrequentItemsSketch());

    for (const sketch of [whole, merged]) {
      expect(sketch.n).toBe(n);
      expect(sketch.size).toBeLessThanOrEqual(1024);
      expect(sketch.maximumError).toBeGreaterThan(0);
      expect(sketch.maximumError).toBeLessThanOrEqual(n / 1025);
      const violations = [...exact].filter(([value, count]) => sketch.lowerBound(value) > count || sketch.upperBound(value) < count);
      expect(violations).toEqual([]);
      // The head of a Zipf stream is found exactly in order.
      const trueTop = [...exact].sort((x, y) => y[1] - x[1]).slice(0, 10).map((e) => e[0]);
      expect(sketch.items(10).map((i) => i.value)).toEqual(trueTop);
    }
  });

  it('is deterministic and round-trips through JSON', () => {
    const draw = zipfSampler(5000, 1.0, new Rng(5));
    const stream = Array.from({ length: 50_000 }, () => `z${draw()}`);
    const a = new FrequentItemsSketch({ lgMaxK: 6 });
    const b = new FrequentItemsSketch({ lgMaxK: 6 });
    for (const v of stream) {
      a.update(v);
      b.update(v);
    }
    const text = JSON.stringify(a);
    expect(JSON.stringify(b)).toBe(text);
    const back = FrequentItemsSketch.fromJSON(JSON.parse(text));
    expect(JSON.stringify(back)).toBe(text);
    for (const v of stream.slice(0, 10_000)) {
      a.update(v);
      back.update(v);
    }
    expect(JSON.stringify(back)).toBe(JSON.stringify(a));
    expectCode(() => FrequentItemsSketch.fromJSON({ ...JSON.parse(text), n: 1 }), 'PACKAGE_INVALID');
    expectCode(() => a.update('x', -1), 'USAGE');
  });
});

// ---------- moments ----------

describe('moments', () => {
  it('a merge of shards equals a single pass to 1e-12 relative', () => {
    const r = new Rng(77);
    const data = Float64Array.from({ length: 100_000 }, () => 1000 + 25 * normal(r));
    const single = new Moments();
    for (const x of data) single.update(x);
    const shards = Array.from({ length: 7 }, () => new Moments());
    data.forEach((x, i) => shards[(i * 13) % 7]!.update(x));
    const merged = shards.reduce((acc, m) => acc.merge(m), new Moments());
    // Exact two-pass reference.
    let sum = 0;
    for (const x of data) sum += x;
    const mean = sum / data.length;
    let ss = 0;
    for (const x of data) ss += (x - mean) ** 2;
    for (const m of [single, merged]) {
      expect(m.count).toBe(data.length);
      expect(Math.abs(m.mean - mean) / Math.abs(mean)).toBeLessThan(1e-12);
      expect(Math.abs(m.variance - ss / data.length) / (ss / data.length)).toBeLessThan(1e-12);
      expect(m.min).toBe(data.reduce((a, b) => Math.min(a, b)));
      expect(m.max).toBe(data.reduce((a, b) => Math.max(a, b)));
    }
    expect(Math.abs(merged.sampleVariance - single.sampleVariance) / single.sampleVariance).toBeLessThan(1e-12);
  });

  it('hand-checked small case, non-finite values and JSON', () => {
    const m = new Moments();
    for (const x of [2, 4, 4, 4, 5, 5, 7, 9, NaN, Infinity]) m.update(x);
    // mean 40/8 = 5; squared deviations 9+1+1+1+0+0+4+16 = 32; population variance 4.
    expect(m.count).toBe(8);
    expect(m.nonFinite).toBe(2);
    expect(m.mean).toBe(5);
    expect(m.variance).toBe(4);
    expect(m.stddev).toBe(2);
    expect(m.sampleVariance).toBeCloseTo(32 / 7, 14);
    const text = JSON.stringify(m);
    expect(JSON.stringify(Moments.fromJSON(JSON.parse(text)))).toBe(text);
    expect(new Moments().mean).toBeNaN();
    expect(Moments.fromJSON(new Moments().toJSON()).count).toBe(0);
    expectCode(() => Moments.fromJSON({ ...JSON.parse(text), m2: -1 }), 'PACKAGE_INVALID');
  });
});
