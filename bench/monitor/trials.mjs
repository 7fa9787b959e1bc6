// Trials for the monitor calibration benchmark (bench/monitor.mjs) and its test
// (__tests__/monitor-calibration.test.ts): seeded draws of reference and new data from real data
// sets (vega-datasets) and synthetic generators, from the same distribution or shifted, compared
// with the caller's `Profiler` + `compareProfiles` (lib/ for the bench, src/ for the test), and
// tallied as plain integer counts that add up across workers in any order.
//
// Only the public report shape is read: `drift`, `driftedFeatures`, `features[].{column, drift,
// reasons}`, `violations[].{column, kind}` and `thresholds`. It lives in a folder so that
// bench/run.mjs, which runs every bench/*.mjs, does not take it for a benchmark.
import fs from 'node:fs';
import path from 'node:path';

export const FEATURE_TYPES = ['numeric continuous', 'numeric discrete', 'categorical', 'boolean'];
/** The planted shifts: numbers move by 0.5 σ of the reference; the largest category gains 10 points. */
export const SHIFT = { sigmas: 0.5, sharePoints: 0.1 };
/** A numeric column with at most this many distinct values in its population counts as discrete. */
const DISCRETE_MAX_DISTINCT = 20;

/** mulberry32: a small, fast, seeded uniform generator on [0, 1). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A 32-bit seed named by its parts (FNV-1a, then murmur3's finalizer to spread the bits): each
 * draw depends only on what it is for, so a cell's numbers do not change with the other cells,
 * the worker count or the order the work ran in.
 */
export function seedOf(...parts) {
  let h = 0x811c9dc5;
  for (const part of parts) {
    const s = String(part);
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x1f, 0x01000193); // separator: ("ab", "c") ≠ ("a", "bc")
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Standard normal by Box–Muller (1 − u keeps log away from 0). */
function normal(rand) {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

/** Poisson by Knuth's product of uniforms (fine for a small mean). */
function poisson(rand, mean) {
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rand();
  while (p > limit) {
    k++;
    p *= rand();
  }
  return k;
}

/** Index drawn from shares (summing to 1) by their cumulative sums. */
function pick(rand, cumulative) {
  const u = rand();
  for (let i = 0; i < cumulative.length - 1; i++) if (u < cumulative[i]) return i;
  return cumulative.length - 1;
}

const cumulate = (shares) => {
  let sum = 0;
  return shares.map((s) => (sum += s));
};

/**
 * Moves `points` of share to the largest category, taken evenly from the others; a category
 * with less than its part gives all it has and the rest is taken evenly from those left.
 */
export function shiftShares(shares, points = SHIFT.sharePoints) {
  const out = [...shares];
  const top = out.indexOf(Math.max(...out));
  let need = points;
  let donors = out.map((_, i) => i).filter((i) => i !== top && out[i] > 0);
  while (need > 1e-12 && donors.length > 0) {
    const each = need / donors.length;
    for (const i of donors) {
      const take = Math.min(each, out[i]);
      out[i] -= take;
      need -= take;
    }
    donors = donors.filter((i) => out[i] > 0);
  }
  out[top] += points - need;
  return out;
}

const zipf = (k) => {
  const w = Array.from({ length: k }, (_, i) => 1 / (i + 1));
  const total = w.reduce((a, b) => a + b, 0);
  return w.map((x) => x / total);
};

/** Categories with their shares: a generator's, or a real column's non-missing values. */
function categories(values, shares) {
  return { values, shares, cumulative: cumulate(shares) };
}

const CAT5 = categories(['a', 'b', 'c', 'd', 'e'], [0.4, 0.25, 0.15, 0.12, 0.08]);
const CAT30 = categories(
  Array.from({ length: 30 }, (_, i) => `k${String(i).padStart(2, '0')}`),
  zipf(30),
);
const FLAG = categories([false, true], [0.7, 0.3]);

/** Synthetic columns: one generator per column, all independent. */
const SYNTHETIC = [
  { column: 'normal', type: 'numeric continuous', note: 'N(100, 15²)', draw: (r) => 100 + 15 * normal(r) },
  { column: 'lognormal', type: 'numeric continuous', note: '10·e^(0.8·N(0,1)), skewed', draw: (r) => 10 * Math.exp(0.8 * normal(r)) },
  { column: 'gappy', type: 'numeric continuous', note: 'N(50, 10²), 10% missing', draw: (r) => (r() < 0.1 ? null : 50 + 10 * normal(r)) },
  { column: 'count', type: 'numeric discrete', note: 'Poisson(3)', draw: (r) => poisson(r, 3) },
  { column: 'cat5', type: 'categorical', note: '5 categories, 40/25/15/12/8%', cats: CAT5 },
  { column: 'cat30', type: 'categorical', note: '30 categories, Zipf', cats: CAT30 },
  { column: 'flag', type: 'boolean', note: 'true 30%', cats: FLAG },
];

function syntheticDataset() {
  for (const c of SYNTHETIC) if (c.cats) c.draw = (r) => c.cats.values[pick(r, c.cats.cumulative)];
  return {
    name: 'synthetic',
    source: 'seeded generators',
    rows: null,
    features: SYNTHETIC.map(({ column, type, note }) => ({ column, type, note })),
    categories: Object.fromEntries(SYNTHETIC.filter((c) => c.cats).map((c) => [c.column, c.cats])),
    sampler(rand) {
      return () => {
        const record = {};
        for (const c of SYNTHETIC) record[c.column] = c.draw(rand);
        return record;
      };
    },
  };
}

/** Real data as a model config would see it: rows without a label dropped, label and id-like columns left out. */
const REAL = {
  penguins: { file: 'penguins.json', label: 'Species', exclude: [] },
  'seattle-weather': { file: 'seattle-weather.csv', label: 'weather', exclude: ['date'] },
  cars: { file: 'cars.json', label: 'Miles_per_Gallon', exclude: ['Name', 'Year'] },
};

/** seattle-weather.csv has no quoted fields: a plain split is exact for it. */
function readCsv(text) {
  const [head, ...lines] = text.trim().split(/\r?\n/);
  const names = head.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(names.map((n, i) => [n, cells[i] === '' ? null : /^-?\d+(\.\d+)?$/.test(cells[i]) ? Number(cells[i]) : cells[i]]));
  });
}

const missing = (v) => v === null || v === undefined || v === '';

function realDataset(name, vegaDir) {
  const spec = REAL[name];
  const text = fs.readFileSync(path.join(vegaDir, spec.file), 'utf8');
  const all = spec.file.endsWith('.csv') ? readCsv(text) : JSON.parse(text);
  const columns = Object.keys(all[0]).filter((c) => c !== spec.label && !spec.exclude.includes(c));
  const rows = all.filter((r) => !missing(r[spec.label])).map((r) => Object.fromEntries(columns.map((c) => [c, r[c] ?? null])));
  const features = [];
  const cats = {};
  for (const column of columns) {
    const present = rows.map((r) => r[column]).filter((v) => !missing(v));
    const counts = new Map();
    for (const v of present) counts.set(v, (counts.get(v) ?? 0) + 1);
    if (present.every((v) => typeof v === 'number')) {
      const type = counts.size <= DISCRETE_MAX_DISTINCT ? 'numeric discrete' : 'numeric continuous';
      features.push({ column, type, note: `${counts.size} distinct` });
    } else {
      const type = present.every((v) => typeof v === 'boolean') ? 'boolean' : 'categorical';
      // Largest first, ties by value, so the shifted category is always the same one.
      const ranked = [...counts].sort((a, b) => b[1] - a[1] || (String(a[0]) < String(b[0]) ? -1 : 1));
      cats[column] = categories(
        ranked.map(([v]) => v),
        ranked.map(([, n]) => n / present.length),
      );
      features.push({ column, type, note: `${counts.size} categories` });
    }
    const gaps = rows.length - present.length;
    if (gaps > 0) features.at(-1).note += `, ${gaps} missing`;
  }
  return {
    name,
    source: `vega-datasets ${spec.file}`,
    rows: rows.length,
    features,
    categories: cats,
    // With replacement: the data set stands in for its population.
    sampler: (rand) => () => rows[Math.floor(rand() * rows.length)],
  };
}

export const DATASET_NAMES = ['synthetic', 'penguins', 'seattle-weather', 'cars'];

/** The named data sets (default: all); `projectRoot` locates node_modules/vega-datasets. */
export function loadDatasets(projectRoot, names = DATASET_NAMES) {
  const vegaDir = path.join(projectRoot, 'node_modules/vega-datasets/data');
  return names.map((name) => {
    if (name === 'synthetic') return syntheticDataset();
    if (!Object.hasOwn(REAL, name)) throw new Error(`unknown data set "${name}" (known: ${DATASET_NAMES.join(', ')})`);
    return realDataset(name, vegaDir);
  });
}

/** Trials for a size: every trial below 10k rows, a quarter at 10k, a sixteenth above (they cost rows). */
export function trialsFor(size, base) {
  return size <= 1000 ? base : size <= 10000 ? Math.ceil(base / 4) : Math.ceil(base / 16);
}

/** A cell's trials: those of its smaller-budget side. */
export const cellTrials = (reference, batch, base) => Math.min(trialsFor(reference, base), trialsFor(batch, base));
export const cellKey = (reference, batch) => `${reference}x${batch}`;

function profileOf(api, n, next, observe) {
  const p = new api.Profiler();
  for (let i = 0; i < n; i++) {
    const record = next();
    p.update(record);
    if (observe) observe(record);
  }
  return p.toJSON();
}

/**
 * A reason without its numbers, so counts group by rule: parenthesized details dropped, numbers
 * become "#" ("PSI 0.31 ≥ 0.1" → "PSI # ≥ #", "KS D 0.061 (p 0.002 ≤ 0.01)" → "KS D #").
 */
export const reasonName = (reason) =>
  reason
    .replace(/\([^)]*\)/gu, '')
    .replace(/[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?%?/giu, '#')
    .replace(/\s+/gu, ' ')
    .trim() || reason;

/** Per feature: flagged or not, and by which rules (violations named by kind). */
function verdicts(report, features) {
  const flagged = new Set(report.driftedFeatures);
  const why = new Map(features.map((f) => [f.column, []]));
  for (const f of report.features) if (f.drift && why.has(f.column)) why.get(f.column).push(...f.reasons.map(reasonName));
  for (const v of report.violations) if (why.has(v.column)) why.get(v.column).push(`violation ${v.kind}`);
  return { flagged, why };
}

const bump = (object, key, by = 1) => {
  object[key] = (object[key] ?? 0) + by;
};

/**
 * Same-distribution trials [from, to) of one data set: per trial an independent reference of
 * every size and an independent batch of every size (both drawn afresh), every reference
 * compared with every batch whose cell still has trials left. Feature false alarm = the
 * feature is in `driftedFeatures` (drift or a violation on it); report false alarm = `drift`.
 */
export function sameDistributionTrials(api, dataset, { seed, from, to, referenceSizes, batchSizes, trials }) {
  const columns = dataset.features.map((f) => f.column);
  const cells = {};
  let thresholds;
  for (let t = from; t < to; t++) {
    const draw = (role, size) =>
      t < trialsFor(size, trials) ? profileOf(api, size, dataset.sampler(rng(seedOf(seed, dataset.name, 'same', role, size, t)))) : null;
    const refs = referenceSizes.map((size) => draw('reference', size));
    const batches = batchSizes.map((size) => draw('batch', size));
    referenceSizes.forEach((r, i) => {
      batchSizes.forEach((b, j) => {
        if (t >= cellTrials(r, b, trials)) return;
        const report = api.compareProfiles(refs[i], batches[j], { columns });
        thresholds ??= report.thresholds;
        const cell = (cells[cellKey(r, b)] ??= { trials: 0, reportAlarms: 0, features: {}, reasons: {} });
        cell.trials++;
        if (report.drift) cell.reportAlarms++;
        const { flagged, why } = verdicts(report, dataset.features);
        for (const column of columns) {
          bump(cell.features, column, flagged.has(column) ? 1 : 0);
          const reasons = (cell.reasons[column] ??= {});
          for (const name of new Set(why.get(column))) bump(reasons, name);
        }
      });
    });
  }
  return { thresholds, cells };
}

/** Mean and (sample) standard deviation of each numeric feature, accumulated record by record. */
function moments(features) {
  const acc = Object.fromEntries(features.filter((f) => f.type.startsWith('numeric')).map((f) => [f.column, { n: 0, mean: 0, m2: 0 }]));
  return {
    observe(record) {
      for (const column in acc) {
        const x = record[column];
        if (typeof x !== 'number') continue;
        const a = acc[column];
        a.n++;
        const d = x - a.mean;
        a.mean += d / a.n;
        a.m2 += d * (x - a.mean);
      }
    },
    sigma: (column) => Math.sqrt(acc[column].m2 / Math.max(1, acc[column].n - 1)),
  };
}

/**
 * Shifted trials [from, to): per trial a reference of each size and one batch of `batchSize`
 * rows; for each feature in turn, a copy of the batch where only that feature moves — numbers by
 * +0.5 σ of that trial's reference, a category column redrawn from shares where the population's
 * largest category has 10 points more (other columns keep their values, so they stay
 * same-distribution). Detected = the shifted feature is flagged; the report's verdict and the
 * other features flagged are counted too.
 */
export function shiftedTrials(api, dataset, { seed, from, to, referenceSizes, batchSize }) {
  const columns = dataset.features.map((f) => f.column);
  const out = {};
  let thresholds;
  for (let t = from; t < to; t++) {
    const next = dataset.sampler(rng(seedOf(seed, dataset.name, 'shift', 'batch', batchSize, t)));
    const batch = Array.from({ length: batchSize }, next);
    for (const r of referenceSizes) {
      const m = moments(dataset.features);
      const reference = profileOf(api, r, dataset.sampler(rng(seedOf(seed, dataset.name, 'shift', 'reference', r, t))), m.observe);
      for (const feature of dataset.features) {
        const { column } = feature;
        let move;
        if (feature.type.startsWith('numeric')) {
          const delta = SHIFT.sigmas * m.sigma(column);
          move = (v) => v + delta;
        } else {
          const cats = dataset.categories[column];
          const cumulative = cumulate(shiftShares(cats.shares));
          const rand = rng(seedOf(seed, dataset.name, 'shift', 'category', column, t));
          move = () => cats.values[pick(rand, cumulative)];
        }
        const shifted = batch.map((record) => (missing(record[column]) ? record : { ...record, [column]: move(record[column]) }));
        let i = 0;
        const report = api.compareProfiles(
          reference,
          profileOf(api, batchSize, () => shifted[i++]),
          { columns },
        );
        thresholds ??= report.thresholds;
        const cell = ((out[r] ??= {})[column] ??= { trials: 0, detected: 0, reportFlagged: 0, others: {}, reasons: {} });
        const { flagged, why } = verdicts(report, dataset.features);
        cell.trials++;
        if (flagged.has(column)) cell.detected++;
        if (report.drift) cell.reportFlagged++;
        for (const other of columns) if (other !== column) bump(cell.others, other, flagged.has(other) ? 1 : 0);
        for (const name of new Set(why.get(column))) bump(cell.reasons, name);
      }
    }
  }
  return { thresholds, shifted: out };
}

/** Adds `source`'s counts into `target` (same shape; missing keys start at 0). */
export function addCounts(target, source) {
  for (const [key, value] of Object.entries(source)) {
    if (typeof value === 'number') target[key] = (target[key] ?? 0) + value;
    else if (value && typeof value === 'object') addCounts((target[key] ??= {}), value);
  }
  return target;
}

/** ln P(X = k) for X ~ Binomial(n, p), built up term by term in log space (no underflow at n in the thousands). */
function binomialLogPmf(n, p) {
  const out = new Float64Array(n + 1);
  out[0] = n * Math.log1p(-p);
  const odds = Math.log(p) - Math.log1p(-p);
  for (let k = 0; k < n; k++) out[k + 1] = out[k] + Math.log((n - k) / (k + 1)) + odds;
  return Array.from(out, Math.exp);
}

/**
 * The most alarms in `n` trials a monitor whose true rate is `p` exceeds with probability
 * below `risk`: the smallest k with P(X > k) < risk. A count above it is evidence of a rate above p.
 */
export function maxAlarms(n, p, risk) {
  const pmf = binomialLogPmf(n, p);
  let above = 1;
  for (let k = 0; k <= n; k++) {
    above -= pmf[k];
    if (above < risk) return k;
  }
  return n;
}

/**
 * The fewest detections in `n` trials a monitor whose true rate is `p` falls below with
 * probability below `risk`: the largest k with P(X < k) < risk.
 */
export function minDetections(n, p, risk) {
  const pmf = binomialLogPmf(n, p);
  let below = 0;
  for (let k = 0; k <= n; k++) {
    if (below + pmf[k] >= risk) return k;
    below += pmf[k];
  }
  return n;
}
