import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);
import {
  AccuracyEstimator,
  Rng,
  evaluateGates,
  parseCalibration
} from "./chunk-4Y6FMFNR.js";
import {
  profileFile
} from "./chunk-GJ6W6C5D.js";
import {
  readRecords
} from "./chunk-IIGGXMB5.js";
import {
  loadPackagedModel,
  readPackage
} from "./chunk-UOJCVBOE.js";
import {
  toNumber
} from "./chunk-TY4TGASN.js";
import {
  LOWER_IS_BETTER,
  binaryMetrics,
  multiclassMetrics,
  regressionMetrics
} from "./chunk-EXTS7PAH.js";
import {
  FrequentItemsSketch,
  HyperLogLog,
  KllSketch,
  Moments,
  Profiler,
  compareUtf8,
  usage
} from "./chunk-F4RPJ75B.js";
import {
  DATA_LIMITS
} from "./chunk-FT5MJEK3.js";
import {
  compareBytes
} from "./chunk-RIGD5S4O.js";
import {
  regularFile
} from "./chunk-4KALBLMG.js";
import {
  ModelBuildError
} from "./chunk-J3ZPWLJ2.js";

// src/core/profile/readProfile.ts
import { readFileSync } from "node:fs";
var PROFILE_FORMAT = 2;
var PROFILE_MAX_BYTES = 256 * 1024 ** 2;
var TYPES = ["number", "boolean", "string", "empty"];
var pointer = (parts) => parts.map((p) => `/${p.replace(/~/g, "~0").replace(/\//g, "~1")}`).join("") || "/";
var shown = (v) => {
  if (v === void 0) return "nothing";
  const s = typeof v === "object" && v !== null ? Array.isArray(v) ? "an array" : "an object" : JSON.stringify(v);
  return s.length > 40 ? `${s.slice(0, 40)}\u2026` : s;
};
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function readProfileFile(abs, display = abs) {
  regularFile(abs, {
    display,
    what: "the profile",
    maxBytes: PROFILE_MAX_BYTES,
    limitHint: "a profile is at most a few hundred MiB even for 10 000 columns: this is not one written by `model-build profile --out`",
    missingHint: "create one with `model-build profile DATA --out FILE`"
  });
  let bytes;
  try {
    bytes = readFileSync(abs);
  } catch (e) {
    throw new ModelBuildError("FILE_UNREADABLE", `cannot read the profile (${e.code ?? String(e)})`, { file: display, hint: "check the path and its permissions" });
  }
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ModelBuildError("DATA_INVALID", "the profile is not UTF-8 text", { file: display, hint: "create one with `model-build profile DATA --out FILE`" });
  }
  return parseProfile(text, display);
}
function parseProfile(text, file) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const m = /at position (\d+)/.exec(e.message);
    let line;
    let column2;
    if (m) {
      const pos = Number(m[1]);
      const before = text.slice(0, pos);
      line = before.split("\n").length;
      column2 = pos - before.lastIndexOf("\n");
    }
    throw new ModelBuildError("DATA_INVALID", `the profile is not valid JSON: ${e.message.replace(/( in JSON)? at position \d+.*$/s, "")}`, {
      file,
      line,
      column: column2,
      hint: "create one with `model-build profile DATA --out FILE`"
    });
  }
  return validateProfile(value, file);
}
function validateProfile(value, file, at = []) {
  const fail = (path, message, hint = "the profile was damaged or edited; create it again with `model-build profile DATA --out FILE`") => {
    throw new ModelBuildError("DATA_INVALID", `profile field ${pointer(path)} ${message}`, { file, pointer: pointer(path), hint });
  };
  if (!isObject(value)) {
    throw new ModelBuildError("DATA_INVALID", `not a model-build profile: expected a JSON object${at.length ? ` at ${pointer(at)}` : ""}, found ${shown(value)}`, {
      file,
      hint: "create one with `model-build profile DATA --out FILE`"
    });
  }
  const format = value.format;
  if (typeof format === "number" && Number.isInteger(format) && format > PROFILE_FORMAT) {
    throw new ModelBuildError("DATA_INVALID", `the profile has format ${format}, written by a newer model-build; this one reads format ${PROFILE_FORMAT}`, {
      file,
      pointer: pointer([...at, "format"]),
      hint: "upgrade model-build, or profile the data again with this version"
    });
  }
  if (format !== PROFILE_FORMAT) {
    throw new ModelBuildError("DATA_INVALID", `not a model-build profile (format ${PROFILE_FORMAT}): ${pointer([...at, "format"])} is ${shown(format)}`, {
      file,
      pointer: pointer([...at, "format"]),
      hint: "create one with `model-build profile DATA --out FILE`"
    });
  }
  const rows = count(value.rows, [...at, "rows"], fail);
  const columnsIn = value.columns;
  if (!isObject(columnsIn)) fail([...at, "columns"], `must be an object of columns, found ${shown(columnsIn)}`);
  const names = Object.keys(columnsIn);
  if (names.length > DATA_LIMITS.maxColumns) {
    fail([...at, "columns"], `has ${names.length} columns, more than the limit of ${DATA_LIMITS.maxColumns}`);
  }
  const columns = /* @__PURE__ */ Object.create(null);
  for (const name of names) {
    const where = [...at, "columns", name];
    if (name.length > DATA_LIMITS.maxColumnNameChars) fail(where, `names a column longer than ${DATA_LIMITS.maxColumnNameChars} characters`);
    columns[name] = column(columnsIn[name], rows, where, fail);
  }
  const profile = { format: PROFILE_FORMAT, rows, columns, schema: /* @__PURE__ */ Object.create(null) };
  if (value.schema !== void 0 && !isObject(value.schema)) fail([...at, "schema"], `must be an object, found ${shown(value.schema)}`);
  if (isObject(value.schema)) Object.assign(profile.schema, value.schema);
  if (value.predictions !== void 0) profile.predictions = validateProfile(value.predictions, file, [...at, "predictions"]);
  return profile;
}
function count(v, path, fail, max = Number.MAX_SAFE_INTEGER) {
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v > max) {
    fail(path, `must be a whole number from 0 to ${max === Number.MAX_SAFE_INTEGER ? "2^53" : max}, found ${shown(v)}`);
  }
  return v;
}
function column(v, rows, at, fail) {
  if (!isObject(v)) return fail(at, `must be an object (type, summary, state), found ${shown(v)}`);
  const type = v.type;
  if (typeof type !== "string" || !TYPES.includes(type)) {
    fail([...at, "type"], `must be one of ${TYPES.join(", ")}, found ${shown(type)}`);
  }
  const s = v.summary;
  if (!isObject(s)) return fail([...at, "summary"], `must be an object, found ${shown(s)}`);
  const total = count(s.count, [...at, "summary", "count"], fail, rows);
  count(s.missing, [...at, "summary", "missing"], fail, total);
  const rate = s.missingRate;
  if (typeof rate !== "number" || !Number.isFinite(rate) || rate < 0 || rate > 1) {
    fail([...at, "summary", "missingRate"], `must be a number from 0 to 1, found ${shown(rate)}`);
  }
  const st = v.state;
  if (!isObject(st)) return fail([...at, "state"], `must be an object of sketches, found ${shown(st)}`);
  const stateTotal = count(st.count, [...at, "state", "count"], fail, rows);
  for (const key of ["missing", "numbers", "booleans", "texts"]) count(st[key], [...at, "state", key], fail, stateTotal);
  const sketches = [
    ["distinct", (j) => HyperLogLog.fromJSON(j)],
    ["moments", (j) => Moments.fromJSON(j)],
    ["quantiles", (j) => KllSketch.fromJSON(j)],
    ["frequent", (j) => FrequentItemsSketch.fromJSON(j)],
    ["length", (j) => Moments.fromJSON(j)]
  ];
  for (const [key, decode] of sketches) {
    try {
      decode(st[key]);
    } catch (e) {
      if (!ModelBuildError.is(e)) throw e;
      fail([...at, "state", key], `is not a valid sketch: ${e.message.replace(/^invalid sketch: /, "")}`);
    }
  }
  return { type, summary: s, state: st };
}

// src/core/profile/drift.ts
var DRIFT_DEFAULTS = {
  /** Drift when PSI ≥ this. */
  psiThreshold: 0.1,
  /** Drift when the Jensen–Shannon distance ≥ this. */
  jensenShannonThreshold: 0.1,
  /** Drift when the KS p-value < this. */
  ksAlpha: 0.05,
  psiEpsilon: 1e-4,
  bins: 10,
  maxCategories: 20
};
function psi(expected, actual, options = {}) {
  const epsilon = options.epsilon ?? DRIFT_DEFAULTS.psiEpsilon;
  if (!(epsilon > 0 && epsilon < 1)) throw usage(`PSI epsilon must be in (0, 1), got ${epsilon}`);
  sameLength(expected, actual, "PSI");
  const e = proportions(expected, "expected");
  const a = proportions(actual, "actual");
  let sum = 0;
  for (let i = 0; i < e.length; i++) {
    const pe = e[i] === 0 ? epsilon : e[i];
    const pa = a[i] === 0 ? epsilon : a[i];
    sum += (pa - pe) * Math.log(pa / pe);
  }
  return sum;
}
function jensenShannonDivergence(p, q, options = {}) {
  const base = options.base ?? 2;
  if (!(base > 1)) throw usage(`Jensen\u2013Shannon log base must be > 1, got ${base}`);
  sameLength(p, q, "Jensen\u2013Shannon");
  const a = proportions(p, "p");
  const b = proportions(q, "q");
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    const m = 0.5 * (a[i] + b[i]);
    if (a[i] > 0) sum += a[i] * Math.log(a[i] / m);
    if (b[i] > 0) sum += b[i] * Math.log(b[i] / m);
  }
  return Math.max(0, 0.5 * sum / Math.log(base));
}
function jensenShannonDistance(p, q, options = {}) {
  return Math.sqrt(jensenShannonDivergence(p, q, options));
}
function binEdgesFromQuantiles(sketch, bins = DRIFT_DEFAULTS.bins) {
  if (!Number.isInteger(bins) || bins < 1) throw usage(`bin count must be a positive integer, got ${bins}`);
  if (sketch.isEmpty) return [];
  const edges = [];
  for (let i = 1; i < bins; i++) {
    const edge = sketch.quantile(i / bins);
    if (edges.length === 0 || edge > edges[edges.length - 1]) edges.push(edge);
  }
  return edges;
}
function histogram(source, edges) {
  for (let i = 0; i < edges.length; i++) {
    if (Number.isNaN(edges[i]) || i > 0 && !(edges[i] > edges[i - 1])) throw usage("histogram edges must be strictly ascending numbers");
  }
  const counts = new Array(edges.length + 1).fill(0);
  if (source instanceof KllSketch) {
    const { values, cumulative, n } = source.sortedView();
    let previous = 0;
    for (let i = 0; i < edges.length; i++) {
      const at = upperBound(values, edges[i]);
      const weight = at === 0 ? 0 : cumulative[at - 1];
      counts[i] = weight - previous;
      previous = weight;
    }
    counts[edges.length] = n - previous;
    return counts;
  }
  for (let i = 0; i < source.length; i++) {
    const x = source[i];
    if (Number.isNaN(x)) continue;
    let lo = 0;
    let hi = edges.length;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (edges[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    counts[lo]++;
  }
  return counts;
}
function upperBound(values, x) {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (values[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function kolmogorovQ(lambda) {
  if (Number.isNaN(lambda)) return NaN;
  if (lambda <= 0) return 1;
  if (lambda < 1.18) {
    const y = Math.PI * Math.PI / (8 * lambda * lambda);
    let sum2 = 0;
    for (let j = 1; j < 100; j++) {
      const term = Math.exp(-(2 * j - 1) * (2 * j - 1) * y);
      sum2 += term;
      if (term <= 1e-17 * sum2) break;
    }
    return Math.min(1, Math.max(0, 1 - Math.sqrt(2 * Math.PI) / lambda * sum2));
  }
  const x = Math.exp(-2 * lambda * lambda);
  let sum = 0;
  for (let j = 1; j < 100; j++) {
    const term = Math.pow(x, j * j);
    sum += j % 2 === 1 ? term : -term;
    if (term <= 1e-17 * Math.abs(sum)) break;
  }
  return Math.min(1, Math.max(0, 2 * sum));
}
function ksPValue(d, nA, nB) {
  if (!(nA > 0 && nB > 0)) throw usage(`KS p-value needs two non-empty samples, got ${nA} and ${nB}`);
  const ne = nA * nB / (nA + nB);
  const root = Math.sqrt(ne);
  return kolmogorovQ((root + 0.12 + 0.11 / root) * d);
}
function ksTwoSample(a, b, options = {}) {
  const fa = stepCdf(a);
  const fb = stepCdf(b);
  if (fa.n === 0 || fb.n === 0) throw empty("KS test", fa.n === 0 ? "first" : "second");
  let i = 0;
  let j = 0;
  let d = 0;
  const va = fa.values;
  const vb = fb.values;
  while (i < va.length || j < vb.length) {
    const x = i < va.length && (j >= vb.length || va[i] <= vb[j]) ? va[i] : vb[j];
    while (i < va.length && va[i] <= x) i++;
    while (j < vb.length && vb[j] <= x) j++;
    const pa = i === 0 ? 0 : fa.cumulative[i - 1] / fa.n;
    const pb = j === 0 ? 0 : fb.cumulative[j - 1] / fb.n;
    d = Math.max(d, Math.abs(pa - pb));
  }
  const effectiveN = fa.n * fb.n / (fa.n + fb.n);
  const allowance = options.conservative ? sketchError(a) + sketchError(b) : 0;
  return { statistic: d, pValue: ksPValue(Math.max(0, d - allowance), fa.n, fb.n), effectiveN, rankErrorAllowance: allowance };
}
function sketchError(sample) {
  return sample instanceof KllSketch && sample.isEstimationMode ? sample.rankError : 0;
}
function stepCdf(sample) {
  if (sample instanceof KllSketch) return sample.sortedView();
  const values = Float64Array.from(Array.prototype.filter.call(sample, (x) => !Number.isNaN(x))).sort();
  const cumulative = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) cumulative[i] = i + 1;
  return { values, cumulative, n: values.length };
}
function numericDrift(reference, current, options = {}) {
  if (reference.isEmpty) throw empty("numeric drift", "reference");
  const edges = binEdgesFromQuantiles(reference, options.bins ?? DRIFT_DEFAULTS.bins);
  const ref = histogram(reference, edges);
  const cur = histogram(current, edges);
  if (cur.every((c) => c === 0)) throw empty("numeric drift", "current");
  return {
    edges,
    reference: ref,
    current: cur,
    psi: psi(ref, cur, options),
    jensenShannon: jensenShannonDistance(ref, cur, options),
    ks: ksTwoSample(reference, current, options)
  };
}
function alignCategories(reference, current, options = {}) {
  const maxCategories = options.maxCategories ?? DRIFT_DEFAULTS.maxCategories;
  if (!Number.isInteger(maxCategories) || maxCategories < 0) throw usage(`maxCategories must be a non-negative integer, got ${maxCategories}`);
  const ref = categoryCounts(reference, "reference");
  const cur = categoryCounts(current, "current");
  const share = (side, c) => (side.counts.get(c) ?? 0) / side.total;
  const union = /* @__PURE__ */ new Set([...ref.counts.keys(), ...cur.counts.keys()]);
  const ranked = [...union].map((c) => ({ c, score: Math.max(share(ref, c), share(cur, c)) })).sort((x, y) => y.score - x.score || compareUtf8(x.c, y.c)).slice(0, maxCategories).map((x) => x.c);
  const vector = (side) => {
    const v = ranked.map((c) => side.counts.get(c) ?? 0);
    const named = v.reduce((s, x) => s + x, 0);
    v.push(Math.max(0, side.total - named));
    return v;
  };
  return { categories: ranked, reference: vector(ref), current: vector(cur) };
}
function categoricalDrift(reference, current, options = {}) {
  const aligned = alignCategories(reference, current, options);
  return {
    ...aligned,
    psi: psi(aligned.reference, aligned.current, options),
    jensenShannon: jensenShannonDistance(aligned.reference, aligned.current, options)
  };
}
function categoryCounts(source, side) {
  const counts = /* @__PURE__ */ new Map();
  let total;
  if (source instanceof FrequentItemsSketch) {
    for (const item of source.items()) counts.set(item.value, item.lowerBound);
    total = source.n;
  } else {
    const entries = source.counts instanceof Map ? [...source.counts] : Object.entries(source.counts);
    let sum = 0;
    for (const [c, v] of entries) {
      if (!(Number.isFinite(v) && v >= 0)) throw usage(`${side} count of ${JSON.stringify(c)} must be a non-negative number`);
      if (v > 0) counts.set(c, v);
      sum += v;
    }
    total = source.total ?? sum;
    if (!(total >= sum)) throw usage(`${side} total ${total} is below the sum of its counts ${sum}`);
  }
  if (!(total > 0)) throw empty("categorical drift", side);
  return { counts, total };
}
function proportions(values, what) {
  let sum = 0;
  for (const v of values) {
    if (!(Number.isFinite(v) && v >= 0)) throw usage(`${what} must hold non-negative finite numbers, found ${v}`);
    sum += v;
  }
  if (sum === 0) throw empty("distribution comparison", what);
  return values.map((v) => v / sum);
}
function sameLength(a, b, what) {
  if (a.length !== b.length || a.length === 0) {
    throw usage(`${what} needs two non-empty vectors of the same length, got ${a.length} and ${b.length}`);
  }
}
function empty(what, side) {
  return new ModelBuildError("DATA_INVALID", `${what}: the ${side} data is empty`, {
    hint: "drift needs at least one non-missing value on each side"
  });
}

// src/core/monitor/nullTests.ts
function logGamma(x) {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const c = [0.9999999999998099, 676.5203681218851, -1259.1392167224028, 771.3234287776531, -176.6150291621406, 12.507343278686905, -0.13857109526572012, 9984369578019572e-21, 15056327351493116e-23];
  const z = x - 1;
  let a = c[0];
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += c[i] / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
var logBeta = (a, b) => logGamma(a) + logGamma(b) - logGamma(a + b);
function betaBinomialSurvival(x, n, a, b) {
  if (!(a > 0 && b > 0) || !(n >= 0)) return NaN;
  if (x <= 0) return 1;
  if (x > n) return 0;
  const logPmf = (k) => logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1) + logBeta(k + a, n - k + b) - logBeta(a, b);
  const ratio = (k) => (n - k) * (k + a) / ((k + 1) * (n - k - 1 + b));
  const mean = n * a / (a + b);
  if (x <= mean) {
    let term2 = Math.exp(logPmf(0));
    let below = 0;
    for (let k = 0; k < x; k++) {
      below += term2;
      term2 *= ratio(k);
    }
    return Math.min(1, Math.max(0, 1 - below));
  }
  let term = Math.exp(logPmf(x));
  let sum = 0;
  for (let k = x; k <= n; k++) {
    sum += term;
    if (term < sum * 1e-15 && ratio(k) < 1) break;
    term *= ratio(k);
  }
  return Math.min(1, sum);
}
function regularizedGammaQ(s, x) {
  if (x <= 0) return 1;
  if (x < s + 1) {
    let term = 1 / s;
    let sum = term;
    for (let i = 1; i < 1e4; i++) {
      term *= x / (s + i);
      sum += term;
      if (term < sum * 1e-16) break;
    }
    return Math.max(0, 1 - sum * Math.exp(-x + s * Math.log(x) - logGamma(s)));
  }
  const tiny = 1e-300;
  let b = x + 1 - s;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1e4; i++) {
    const an = -i * (i - s);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.min(1, Math.exp(-x + s * Math.log(x) - logGamma(s)) * h);
}
function regularizedBeta(x, a, b) {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  if (x > (a + 1) / (a + b + 2)) return 1 - front * betaFraction(1 - x, b, a) / b;
  return front * betaFraction(x, a, b) / a;
}
function betaFraction(x, a, b) {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - (a + b) * x / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < 1e4; m++) {
    const m2 = 2 * m;
    for (const aa of [m * (b - m) * x / ((a + m2 - 1) * (a + m2)), -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1))]) {
      d = 1 + aa * d;
      if (Math.abs(d) < tiny) d = tiny;
      c = 1 + aa / c;
      if (Math.abs(c) < tiny) c = tiny;
      d = 1 / d;
      h *= d * c;
    }
    if (Math.abs(d * c - 1) < 1e-15) break;
  }
  return h;
}
function binomialSurvival(k, n, p) {
  if (k <= 0) return 1;
  if (k > n) return 0;
  return regularizedBeta(p, k, n - k + 1);
}
function chiSquareSurvival(x, df) {
  if (!(df > 0)) return 1;
  return regularizedGammaQ(df / 2, x / 2);
}
var MIN_EXPECTED_COUNT = 5;
function chiSquareHomogeneity(reference, current, sizes) {
  const sum = (v) => v.reduce((s, x) => s + x, 0);
  const nr0 = sum(reference);
  const nc0 = sum(current);
  const none = { share: 0, pValue: 1 };
  if (!(nr0 > 0 && nc0 > 0)) return { statistic: 0, df: 0, pValue: 1, cells: 0, largestChange: none };
  const sr = sizes ? sizes.reference / nr0 : 1;
  const sc = sizes ? sizes.current / nc0 : 1;
  const r = reference.map((x) => x * sr);
  const c = current.map((x) => x * sc);
  const nr = nr0 * sr;
  const nc = nc0 * sc;
  const n = nr + nc;
  const smaller = Math.min(nr, nc);
  const order = r.map((_, i) => i).sort((i, j) => r[j] + c[j] - (r[i] + c[i]) || i - j);
  const cells = [];
  let poolR = 0;
  let poolC = 0;
  for (const i of order) {
    const total = r[i] + c[i];
    if (total === 0) continue;
    if (total * smaller / n >= MIN_EXPECTED_COUNT) cells.push([r[i], c[i]]);
    else {
      poolR += r[i];
      poolC += c[i];
    }
  }
  if (poolR + poolC > 0) {
    if ((poolR + poolC) * smaller / n >= MIN_EXPECTED_COUNT || cells.length === 0) cells.push([poolR, poolC]);
    else {
      const last = cells[cells.length - 1];
      cells[cells.length - 1] = [last[0] + poolR, last[1] + poolC];
    }
  }
  if (cells.length < 2) return { statistic: 0, df: 0, pValue: 1, cells: cells.length, largestChange: none };
  let statistic = 0;
  let largest = { share: 0, pValue: 1 };
  const q = nc / n;
  for (const [a, b] of cells) {
    const share = (a + b) / n;
    const er = share * nr;
    const ec = share * nc;
    statistic += (a - er) * (a - er) / er + (b - ec) * (b - ec) / ec;
    const total = a + b;
    const upper = binomialSurvival(b, total, q);
    const lower = 1 - binomialSurvival(b + 1, total, q);
    const p = Math.min(1, 2 * Math.min(upper, lower));
    if (p < largest.pValue) largest = { share: b / nc - a / nr, pValue: p };
  }
  const df = cells.length - 1;
  const largestChange = { share: largest.share, pValue: Math.min(1, cells.length * largest.pValue) };
  return { statistic, df, pValue: chiSquareSurvival(statistic, df), cells: cells.length, largestChange };
}
function holm(pValues, alpha, weights) {
  const m = pValues.length;
  const w = weights ?? pValues.map(() => 1);
  const order = pValues.map((_, i) => i).sort((i, j) => pValues[i] / w[i] - pValues[j] / w[j] || i - j);
  const out = new Array(m);
  let remaining = w.reduce((a, b) => a + b, 0);
  let stopped = false;
  for (const index of order) {
    const level = alpha * w[index] / remaining;
    if (!stopped && !(pValues[index] <= level)) stopped = true;
    out[index] = { level, significant: !stopped };
    if (!stopped) remaining -= w[index];
  }
  return out;
}

// src/core/monitor/compareProfiles.ts
var MONITOR_DEFAULTS = {
  alpha: 0.05,
  psi: null,
  jensenShannon: null,
  missingRateIncrease: 0.01,
  bins: DRIFT_DEFAULTS.bins
};
var SKETCH_EFFECTIVE_ROWS = 2500;
var effectiveRows = (n, estimated) => estimated ? 1 / (1 / n + 1 / SKETCH_EFFECTIVE_ROWS) : n;
function thresholdsFrom(config) {
  return {
    // `ks` was the KS test's level before every check shared one; it still sets α.
    alpha: config?.alpha ?? config?.ks ?? MONITOR_DEFAULTS.alpha,
    psi: config?.psi ?? MONITOR_DEFAULTS.psi,
    jensenShannon: config?.jensenShannon ?? MONITOR_DEFAULTS.jensenShannon,
    missingRateIncrease: config?.missingRateIncrease ?? MONITOR_DEFAULTS.missingRateIncrease,
    bins: config?.bins ?? MONITOR_DEFAULTS.bins
  };
}
var round = (v) => Number(v.toPrecision(6));
var pct = (v) => `${(v * 100).toFixed(1)}%`;
var pText = (p) => p < 1e-3 ? p.toExponential(1) : p.toPrecision(2);
var columnOf = (p, name) => Object.hasOwn(p.columns, name) ? p.columns[name] : void 0;
var TEST_WEIGHTS = { ks: 0.9, "category-shares": 0.9, "out-of-range": 0.05, "new-categories": 0.05, "missing-rate": 0.05 };
function compareProfiles(reference, current, options = {}) {
  const t = options.thresholds ?? MONITOR_DEFAULTS;
  const pairs = [{ reference, current, columns: options.columns }, ...options.also ?? []];
  const violations = [];
  const features = [];
  const pending = [];
  const testsOf = /* @__PURE__ */ new Map();
  for (const pair of pairs) {
    for (const column2 of [...pair.columns ?? Object.keys(pair.reference.columns)].sort(compareBytes)) {
      const found = compareColumn(column2, pair.reference, pair.current, t, violations);
      if (!found) continue;
      pending.push(...found.tests);
      if (found.feature) {
        features.push(found.feature);
        testsOf.set(found.feature, found.tests);
      }
    }
    if (!pair.columns) {
      for (const column2 of Object.keys(pair.current.columns).sort(compareBytes)) {
        if (!columnOf(pair.reference, column2)) violations.push({ column: column2, kind: "extra-column", message: `column "${column2}" is new: the reference has no such column` });
      }
    }
  }
  const verdicts = holm(
    pending.map((p) => p.pValue),
    t.alpha,
    pending.map((p) => TEST_WEIGHTS[p.name])
  );
  const decided = /* @__PURE__ */ new Map();
  pending.forEach((p, i) => {
    const v = verdicts[i];
    const test = { name: p.name, statistic: round(p.statistic), pValue: round(p.pValue), level: round(v.level), significant: v.significant, flagged: v.significant && p.effect };
    decided.set(p, test);
    if (test.flagged && p.violation) violations.push({ column: p.column, ...p.violation, pValue: test.pValue, level: test.level });
  });
  for (const f of features) {
    const own = testsOf.get(f);
    f.tests = own.map((p) => decided.get(p));
    f.reasons = own.filter((p) => decided.get(p).flagged).map((p) => `${p.reason} (p ${pText(p.pValue)} \u2264 ${pText(decided.get(p).level)})`);
    f.drift = f.reasons.length > 0;
  }
  const driftedFeatures = [.../* @__PURE__ */ new Set([...features.filter((f) => f.drift).map((f) => f.column), ...violations.map((v) => v.column)])].sort(compareBytes);
  return {
    format: 2,
    drift: driftedFeatures.length > 0,
    driftedFeatures,
    rows: { reference: reference.rows, current: current.rows },
    thresholds: t,
    decision: { method: "holm", alpha: t.alpha, tests: pending.length },
    features,
    violations: violations.sort((a, b) => compareBytes(a.column, b.column) || compareBytes(a.kind, b.kind))
  };
}
function compareColumn(column2, reference, current, t, violations) {
  const ref = columnOf(reference, column2);
  const cur = columnOf(current, column2);
  if (!ref) return void 0;
  if (!cur) {
    violations.push({ column: column2, kind: "missing-column", message: `column "${column2}" is in the reference but not in the new data` });
    return void 0;
  }
  const tests = [missingRateTest(column2, ref.state, cur.state, t)];
  if (cur.type === "empty" || ref.type === "empty") return { tests };
  const numericRef = ref.type === "number";
  const numericCur = cur.type === "number";
  if (numericRef !== numericCur) {
    const neverHeld = numericCur ? ref.state.numbers === 0 : ref.state.texts + ref.state.booleans === 0;
    if (neverHeld) violations.push({ column: column2, kind: "type-change", message: `column "${column2}" was ${ref.type} and is now ${cur.type}` });
    return { tests };
  }
  if (numericRef) {
    const r2 = KllSketch.fromJSON(ref.state.quantiles);
    const c2 = KllSketch.fromJSON(cur.state.quantiles);
    tests.push(outOfRangeTest(column2, r2, c2));
    const d2 = numericDrift(r2, c2, { bins: t.bins });
    const ks2 = ksTwoSample(r2, c2);
    const er2 = effectiveRows(r2.n, r2.isEstimationMode);
    const ec2 = effectiveRows(c2.n, c2.isEstimationMode);
    const p = ksPValue(ks2.statistic, er2, ec2);
    tests.push({ column: column2, name: "ks", statistic: ks2.statistic, pValue: p, effect: effectMet(d2.psi, d2.jensenShannon, t), reason: `KS D ${ks2.statistic.toFixed(3)}` });
    return {
      tests,
      feature: {
        column: column2,
        kind: "numeric",
        values: { reference: r2.n, current: c2.n, effectiveReference: Math.round(er2), effectiveCurrent: Math.round(ec2) },
        psi: round(d2.psi),
        jensenShannon: round(d2.jensenShannon),
        ks: { statistic: round(ks2.statistic), pValue: round(p) },
        tests: [],
        drift: false,
        reasons: [],
        bins: { labels: binLabels(d2.edges), reference: d2.reference.map(round), current: d2.current.map(round) }
      }
    };
  }
  const r = FrequentItemsSketch.fromJSON(ref.state.frequent);
  const c = FrequentItemsSketch.fromJSON(cur.state.frequent);
  const fresh = newCategoriesTest(column2, r, c);
  if (fresh) tests.push(fresh);
  const d = categoricalDrift(r, c);
  const er = effectiveRows(r.n, r.maximumError > 0);
  const ec = effectiveRows(c.n, c.maximumError > 0);
  const chi = chiSquareHomogeneity(d.reference, d.current, { reference: er, current: ec });
  const ks = categoryKs(d.categories, d.reference, d.current, er, ec);
  const pValue = Math.min(1, 2 * Math.min(chi.pValue, ks.pValue));
  const largest = `largest share change ${chi.largestChange.share >= 0 ? "+" : "\u2212"}${(Math.abs(chi.largestChange.share) * 100).toFixed(1)} points`;
  tests.push({ column: column2, name: "category-shares", statistic: chi.statistic, pValue, effect: effectMet(d.psi, d.jensenShannon, t), reason: `\u03C7\xB2 ${chi.statistic.toFixed(1)} (${chi.df} df), ${largest}` });
  return {
    tests,
    feature: {
      column: column2,
      kind: "categorical",
      values: { reference: r.n, current: c.n, effectiveReference: Math.round(er), effectiveCurrent: Math.round(ec) },
      psi: round(d.psi),
      jensenShannon: round(d.jensenShannon),
      tests: [],
      drift: false,
      reasons: [],
      bins: { labels: [...d.categories, "(other)"], reference: d.reference.map(round), current: d.current.map(round) }
    }
  };
}
function categoryKs(categories, reference, current, er, ec) {
  const order = categories.map((_, i) => i).sort((a, b) => compareBytes(categories[a], categories[b]));
  order.push(categories.length);
  const nr = reference.reduce((a, b) => a + b, 0);
  const nc = current.reduce((a, b) => a + b, 0);
  let cr = 0;
  let cc = 0;
  let statistic = 0;
  for (const i of order) {
    cr += reference[i];
    cc += current[i];
    statistic = Math.max(statistic, Math.abs(cr / nr - cc / nc));
  }
  return { statistic, pValue: ksPValue(statistic, er, ec) };
}
function effectMet(psi2, js, t) {
  if (t.psi === null && t.jensenShannon === null) return true;
  return t.psi !== null && psi2 >= t.psi || t.jensenShannon !== null && js >= t.jensenShannon;
}
function missingRateTest(column2, ref, cur, t) {
  const pValue = betaBinomialSurvival(cur.missing, cur.count, ref.missing + 0.5, ref.count - ref.missing + 0.5);
  const refRate = ref.count ? ref.missing / ref.count : 0;
  const curRate = cur.count ? cur.missing / cur.count : 0;
  const all = cur.count > 0 && cur.missing === cur.count;
  return {
    column: column2,
    name: "missing-rate",
    statistic: curRate,
    pValue,
    effect: curRate - refRate >= t.missingRateIncrease,
    reason: `missing in ${pct(curRate)} of rows (reference ${pct(refRate)})`,
    violation: all ? { kind: "all-missing", message: `column "${column2}" has no values at all in the new data (reference: missing in ${pct(refRate)} of rows)` } : { kind: "missing-rate", message: `column "${column2}" is missing in ${pct(curRate)} of rows (reference ${pct(refRate)})` }
  };
}
function outOfRangeTest(column2, r, c) {
  const share = (c.min < r.min ? c.rank(r.min) : 0) + (c.max > r.max ? 1 - c.cdf(r.max) : 0);
  const count2 = c.isEstimationMode ? retainedOutside(c, r.min, r.max) : Math.round(share * c.n);
  const pValue = r.n >= 2 ? betaBinomialSurvival(count2, c.n, 2, r.n - 1) : 1;
  return {
    column: column2,
    name: "out-of-range",
    statistic: share,
    pValue,
    effect: true,
    reason: `${pct(share)} of values outside the reference range`,
    violation: { kind: "out-of-range", message: `column "${column2}": ${pct(share)} of values lie outside the reference range [${r.min}, ${r.max}] (new range [${c.min}, ${c.max}]; ${pct(2 / (r.n + 1))} expected from ${r.n} reference values)` }
  };
}
function retainedOutside(c, min, max) {
  const { values } = c.sortedView();
  let count2 = 0;
  for (let i = 0; i < values.length; i++) if (values[i] < min || values[i] > max) count2++;
  return count2;
}
function newCategoriesTest(column2, r, c) {
  if (r.maximumError > 0) return void 0;
  const items = r.items();
  const known = new Set(items.map((i) => i.value));
  const singletons = items.filter((i) => i.lowerBound === 1).length;
  const fresh = c.items().filter((i) => !known.has(i.value));
  const count2 = fresh.reduce((a, i) => a + i.estimate, 0);
  const share = count2 / Math.max(1, c.n);
  const pValue = betaBinomialSurvival(count2, c.n, singletons + 0.5, r.n - singletons + 0.5);
  const names = `${fresh.slice(0, 5).map((i) => JSON.stringify(i.value)).join(", ")}${fresh.length > 5 ? ", \u2026" : ""}`;
  return {
    column: column2,
    name: "new-categories",
    statistic: share,
    pValue,
    effect: true,
    reason: `${fresh.length} new categor${fresh.length === 1 ? "y" : "ies"} in ${pct(share)} of rows`,
    violation: {
      kind: "new-categories",
      message: `column "${column2}" has ${fresh.length} categor${fresh.length === 1 ? "y" : "ies"} never seen in training (${pct(share)} of rows): ${names}`
    }
  };
}
function binLabels(edges) {
  const f = (v) => Number(v.toPrecision(4)).toString();
  if (edges.length === 0) return ["all"];
  return [`\u2264 ${f(edges[0])}`, ...edges.slice(1).map((e, i) => `${f(edges[i])} \u2013 ${f(e)}`), `> ${f(edges[edges.length - 1])}`];
}

// src/core/monitor/bootstrap.ts
var BOOTSTRAP = {
  /** 1000 resamples: the 2.5% and 97.5% percentiles then rest on 25 values each side. */
  resamples: 1e3,
  /** A fixed seed: the interval is a function of the data alone. */
  seed: 20261129,
  level: 0.95,
  /**
   * Rows resampled at most. Above this a seeded subsample (without replacement) of this many
   * rows is bootstrapped: 1000 resamples of 10 000 rows of a binary model (AUC ranks every
   * resample) took 1.8 s on a shared 2-core machine (20 000: 10 s). The interval is then that of 10 000
   * rows: wider than the full data's, never narrower (±1 point for accuracy near 0.8).
   */
  maxRows: 1e4
};
function quantile(sorted, q) {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
function percentileBootstrap(rows, statistics, options = {}) {
  const resamples = options.resamples ?? BOOTSTRAP.resamples;
  const seed = options.seed ?? BOOTSTRAP.seed;
  const level = options.level ?? BOOTSTRAP.level;
  const maxRows = options.maxRows ?? BOOTSTRAP.maxRows;
  let pool = Array.from({ length: rows }, (_, i) => i);
  const subsampled = rows > maxRows;
  if (subsampled) pool = Rng.forPurpose(seed, "bootstrap-subsample").permutation(rows).slice(0, maxRows).sort((a, b) => a - b);
  const rng = Rng.forPurpose(seed, "bootstrap");
  const values = /* @__PURE__ */ new Map();
  const names = /* @__PURE__ */ new Set();
  const m = pool.length;
  const counts = new Uint32Array(m);
  const picked = new Array(m);
  for (let r = 0; r < resamples && m > 0; r++) {
    counts.fill(0);
    for (let i = 0; i < m; i++) counts[rng.int(m)]++;
    for (let j = 0, k = 0; j < m; j++) for (let c = counts[j]; c > 0; c--) picked[k++] = pool[j];
    for (const [name, v] of Object.entries(statistics(picked))) {
      names.add(name);
      if (!Number.isFinite(v)) continue;
      let list = values.get(name);
      if (!list) values.set(name, list = []);
      list.push(v);
    }
  }
  const intervals = {};
  for (const name of [...names].sort()) {
    const sorted = (values.get(name) ?? []).sort((a, b) => a - b);
    intervals[name] = sorted.length === 0 ? null : [quantile(sorted, (1 - level) / 2), quantile(sorted, (1 + level) / 2)];
  }
  return { intervals, rows: pool.length, subsampled, resamples, seed, level };
}

// src/core/monitor/performance.ts
var MAX_LABELED_ROWS = 2e6;
var isMissing = (v) => v === null || v === void 0 || typeof v === "string" && v.trim() === "";
function keyOf(v) {
  if (typeof v === "string") return v === "" ? null : v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return null;
}
async function readLabels(file, display, join, label) {
  const byKey = /* @__PURE__ */ new Map();
  let sawJoin = false;
  let sawLabel = false;
  for await (const { line, record } of readRecords(file, { display })) {
    if (Object.hasOwn(record, join)) sawJoin = true;
    if (Object.hasOwn(record, label)) sawLabel = true;
    const raw = Object.hasOwn(record, join) ? record[join] : void 0;
    const key = keyOf(raw);
    if (key === null) {
      if (!sawJoin) continue;
      throw new ModelBuildError("DATA_INVALID", `labels row has no usable value in the join column "${join}" (${JSON.stringify(raw ?? null)})`, {
        file: display,
        line,
        hint: "every labels row needs its key (a string or number) to be matched with a data row"
      });
    }
    const first = byKey.get(key);
    if (first) {
      throw new ModelBuildError("DATA_INVALID", `key ${JSON.stringify(key)} in column "${join}" appears twice (lines ${first.line} and ${line})`, {
        file: display,
        line,
        hint: "each key may have one label: remove the repeated row, or join on a column that is unique"
      });
    }
    if (byKey.size >= MAX_LABELED_ROWS) throw tooManyRows(display, line);
    byKey.set(key, { value: Object.hasOwn(record, label) ? record[label] : void 0, line });
  }
  for (const [saw, column2, what] of [
    [sawJoin, join, "the join column (--join)"],
    [sawLabel, label, "the package's label column"]
  ]) {
    if (!saw) throw new ModelBuildError("DATA_INVALID", `the labels file has no column "${column2}", ${what}`, { file: display, hint: `give a file with columns "${join}" and "${label}"` });
  }
  return { file: display, join, byKey };
}
function tooManyRows(display, line) {
  return new ModelBuildError("DATA_INVALID", `more than ${MAX_LABELED_ROWS.toLocaleString("en-US")} labeled rows: performance monitoring holds them in memory`, {
    file: display,
    line,
    hint: "monitor the data in batches of at most that many rows"
  });
}
var PerformanceCollector = class {
  constructor(truth, display, labels) {
    this.truth = truth;
    this.display = display;
    this.labels = labels;
    this.classIndex = new Map((truth.classes ?? []).map((c, i) => [c, i]));
  }
  truth;
  display;
  labels;
  y = [];
  /** binary: P(classes[1]); multiclass: probabilities in class order; regression: the value. */
  out = [];
  rows = 0;
  missingLabel = 0;
  unknownClass = 0;
  sawLabelColumn = false;
  rowsWithoutLabel = 0;
  sawJoinInData = false;
  seenKeys = /* @__PURE__ */ new Map();
  classIndex;
  add(record, line, prediction) {
    this.rows++;
    let value;
    let where = { file: this.display, line };
    if (this.labels) {
      const { join } = this.labels;
      if (Object.hasOwn(record, join)) this.sawJoinInData = true;
      const key = keyOf(Object.hasOwn(record, join) ? record[join] : void 0);
      if (key !== null) {
        const first = this.seenKeys.get(key);
        if (first !== void 0) {
          throw new ModelBuildError("DATA_INVALID", `key ${JSON.stringify(key)} in column "${join}" appears twice (lines ${first} and ${line})`, {
            file: this.display,
            line,
            hint: "each data row needs its own key to be matched with one label: join on a column that is unique"
          });
        }
        if (this.seenKeys.size >= MAX_LABELED_ROWS) throw tooManyRows(this.display, line);
        this.seenKeys.set(key, line);
      }
      const hit = key === null ? void 0 : this.labels.byKey.get(key);
      if (!hit) {
        this.rowsWithoutLabel++;
        this.missingLabel++;
        return;
      }
      value = hit.value;
      where = { file: this.labels.file, line: hit.line };
    } else {
      if (!Object.hasOwn(record, this.truth.label)) {
        this.missingLabel++;
        return;
      }
      this.sawLabelColumn = true;
      value = record[this.truth.label];
    }
    if (isMissing(value)) {
      this.missingLabel++;
      return;
    }
    if (this.y.length >= MAX_LABELED_ROWS) throw tooManyRows(this.display, line);
    if (this.truth.task === "regression") {
      const v = toNumber(value);
      if (v === null) {
        throw new ModelBuildError("DATA_INVALID", `label "${this.truth.label}" must be a number for this regression model: ${JSON.stringify(value)}`, {
          ...where,
          hint: "leave the cell empty when the label is not known yet"
        });
      }
      this.y.push(v);
      this.out.push("prediction" in prediction ? prediction.prediction : Number.NaN);
      return;
    }
    const c = this.classIndex.get(String(value));
    if (c === void 0) {
      this.unknownClass++;
      return;
    }
    const classes = this.truth.classes;
    const probs = "probabilities" in prediction ? classes.map((k) => prediction.probabilities[k] ?? 0) : classes.map(() => 0);
    this.y.push(c);
    this.out.push(this.truth.task === "binary" ? probs[1] : probs);
  }
  /** The performance section, or null when the data carried no labels at all. */
  finish() {
    if (!this.labels && !this.sawLabelColumn) return null;
    const { truth } = this;
    if (this.labels && !this.sawJoinInData) {
      throw new ModelBuildError("DATA_INVALID", `the data has no column "${this.labels.join}" to join the labels on (--join)`, {
        file: this.display,
        hint: "name with --join a key column that both the data and the labels file hold"
      });
    }
    if (this.labels && this.y.length === 0 && this.unknownClass === 0) {
      const anyMatch = this.rowsWithoutLabel < this.rows;
      throw new ModelBuildError("DATA_INVALID", anyMatch ? `every matched label in the labels file is empty` : `no row of the data has a key that is in the labels file (column "${this.labels.join}")`, {
        file: this.labels.file,
        hint: anyMatch ? "fill in the labels, or monitor without --labels" : "check that --join names the key column both files share, with the same values"
      });
    }
    const n = this.y.length;
    if (truth.task === "binary") this.sortByScore();
    const metrics = n === 0 ? {} : this.metricsOf(Array.from({ length: n }, (_, i) => i));
    const boot = percentileBootstrap(n, (idx) => this.metricsOf(idx));
    const packaged = (name) => typeof truth.metrics[name] === "number" ? truth.metrics[name] : null;
    const comparisons = Object.entries(metrics).map(([name, value]) => {
      const p = packaged(name);
      return { name, value, packaged: p, delta: p === null ? null : value - p, interval: boot.intervals[name] ?? null, lowerIsBetter: LOWER_IS_BETTER.has(name) };
    });
    let gates = [];
    if (n > 0 && truth.gates.length > 0) {
      const results = evaluateGates(Object.fromEntries(truth.gates.map((g) => [g.metric, `${g.op} ${g.threshold}`])), metrics);
      gates = results.map((r) => ({ metric: r.metric, op: r.op, threshold: r.threshold, actual: r.actual, packaged: packaged(r.metric), passed: r.passed }));
    }
    let labelsWithoutRow = 0;
    if (this.labels) {
      for (const key of this.labels.byKey.keys()) if (!this.seenKeys.has(key)) labelsWithoutRow++;
    }
    return {
      task: truth.task,
      label: truth.label,
      labels: this.labels ? { file: this.labels.file, join: this.labels.join, rowsWithoutLabel: this.rowsWithoutLabel, labelsWithoutRow } : null,
      rows: { data: this.rows, used: n, missingLabel: this.missingLabel, unknownClass: this.unknownClass },
      metrics: comparisons,
      gates,
      gatesPassed: n === 0 ? null : gates.every((g) => g.passed),
      bootstrap: { resamples: BOOTSTRAP.resamples, seed: boot.seed, level: boot.level, rows: boot.rows, subsampled: boot.subsampled }
    };
  }
  /**
   * Binary: rows in order of score, so AUC's sort in each bootstrap resample (whose indices
   * come in row order) meets sorted input: 1000 resamples of 20 000 rows in seconds, not
   * tens of seconds. Every metric is a sum or a rank over rows, so the order changes none.
   */
  sortByScore() {
    const order = this.y.map((_, i) => i).sort((a, b) => this.out[a] - this.out[b] || a - b);
    const y = order.map((i) => this.y[i]);
    const out = order.map((i) => this.out[i]);
    for (let i = 0; i < order.length; i++) {
      this.y[i] = y[i];
      this.out[i] = out[i];
    }
  }
  /** The task's numeric metrics on the rows `idx`, with the build's definitions. */
  metricsOf(idx) {
    const y = idx.map((i) => this.y[i]);
    const task = this.truth.task;
    const m = task === "binary" ? { ...binaryMetrics(y, idx.map((i) => this.out[i])) } : task === "multiclass" ? { ...multiclassMetrics(y, idx.map((i) => this.out[i]), this.truth.classes.length) } : { ...regressionMetrics(y, idx.map((i) => this.out[i])) };
    return Object.fromEntries(Object.entries(m).filter((e) => typeof e[1] === "number"));
  }
};

// src/core/monitor/monitor.ts
async function monitorData(options) {
  if (Boolean(options.package) === Boolean(options.profile)) {
    throw new ModelBuildError("USAGE", "monitor needs exactly one reference: --package PACKAGE or --profile FILE");
  }
  if (Boolean(options.labels) !== Boolean(options.join)) {
    throw new ModelBuildError("USAGE", options.labels ? "--labels needs --join COLUMN: the key column the data and the labels share" : "--join needs --labels FILE: the labels to join with the data");
  }
  if (options.labels && !options.package) throw new ModelBuildError("USAGE", "--labels needs --package: the metrics and gates come from the model package");
  const display = options.display ?? options.data;
  regularFile(options.data, { display, what: "the file" });
  const labelsDisplay = options.labelsDisplay ?? options.labels;
  if (options.labels) regularFile(options.labels, { display: labelsDisplay, what: "the labels file" });
  let reference;
  let columns;
  let monitor = options.monitor;
  let truth;
  let calibration;
  if (options.package) {
    const pkg = readPackage(options.package);
    const m = pkg.metadata;
    truth = { task: m.task, label: m.label, classes: m.classes, metrics: m.metrics, gates: m.gates };
    const profileText = packageFile(pkg.entries, "profile.json", options.package);
    reference = parseProfile(profileText, `${options.package} (profile.json)`);
    columns = featureColumns(packageFile(pkg.entries, "preprocessor.json", options.package), options.package);
    monitor ??= pkg.metadata.config.resolved.monitor;
    calibration = parseCalibration(metricsOf(packageFile(pkg.entries, "metrics.json", options.package), options.package).calibration, `${options.package} (metrics.json)`);
  } else {
    reference = readProfileFile(options.profile);
  }
  if (monitor?.features) columns = monitor.features;
  const current = await profileFile(options.data, { display });
  const thresholds = thresholdsFrom(monitor);
  if (!(options.package && truth)) return compareProfiles(reference, current, { thresholds, columns });
  const labels = options.labels ? await readLabels(options.labels, labelsDisplay, options.join, truth.label) : void 0;
  const collector = new PerformanceCollector(truth, display, labels);
  const estimator = calibration && new AccuracyEstimator(calibration);
  const outputs = await modelPass(options.package, options.data, display, collector, estimator);
  const predictions = reference.predictions && options.predictions !== false ? reference.predictions : void 0;
  const report = compareProfiles(reference, current, {
    thresholds,
    columns,
    also: predictions ? [{ reference: predictions, current: outputs, columns: ["prediction"] }] : []
  });
  if (predictions) report.rows.predictionReference = predictions.rows;
  const performance = collector.finish();
  if (performance) report.performance = performance;
  const estimate = estimator?.finish();
  if (estimate) {
    const measured = performance?.metrics.find((m) => m.name === "accuracy");
    const packaged = truth.metrics.accuracy;
    report.estimatedPerformance = {
      ...estimate,
      packaged: typeof packaged === "number" ? packaged : null,
      measured: measured && performance.rows.used > 0 ? { value: measured.value, rows: performance.rows.used } : null
    };
  }
  return report;
}
function packageFile(entries, name, archive) {
  const data = entries.get(name);
  if (!data) throw new ModelBuildError("PACKAGE_INVALID", `the package has no ${name}, which monitor needs`, { file: archive, hint: "rebuild the package with this model-build" });
  return data.toString("utf8");
}
function metricsOf(text, archive) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    value = void 0;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ModelBuildError("PACKAGE_INVALID", "metrics.json is not a JSON object", { file: archive, hint: "the package is damaged or was not written by model-build: rebuild it" });
  }
  return value;
}
function featureColumns(text, archive) {
  const fail = (why) => {
    throw new ModelBuildError("PACKAGE_INVALID", `preprocessor.json ${why}`, { file: archive, hint: "the package is damaged or was not written by model-build: rebuild it" });
  };
  let pre;
  try {
    pre = JSON.parse(text);
  } catch {
    return fail("is not valid JSON");
  }
  if (typeof pre !== "object" || pre === null || !Array.isArray(pre.steps)) return fail("has no list of steps (/steps)");
  return pre.steps.map((s, i) => typeof s === "object" && s !== null && typeof s.column === "string" ? s.column : fail(`step ${i + 1} names no column (/steps/${i}/column)`));
}
async function modelPass(archive, data, display, collector, estimator) {
  const model = await loadPackagedModel(archive);
  const profiler = new Profiler();
  let batch = [];
  const flush = () => {
    model.predict(batch.map((b) => b.record)).forEach((p, i) => {
      profiler.update({ prediction: "label" in p ? p.label : p.prediction });
      if (estimator && "probabilities" in p) estimator.add(Math.max(...Object.values(p.probabilities)));
      collector.add(batch[i].record, batch[i].line, p);
    });
    batch = [];
  };
  try {
    for await (const { record, line } of readRecords(data, { display })) {
      batch.push({ record, line });
      if (batch.length >= 2048) flush();
    }
    flush();
  } finally {
    model.dispose();
  }
  return profiler.toJSON();
}

// src/core/monitor/report.ts
var esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
var f3 = (v) => v.toFixed(3);
var pct2 = (v) => `${(v * 100).toFixed(1)}%`;
function ruleText(r) {
  const t = r.thresholds;
  const floors = [t.psi !== null ? `PSI \u2265 ${t.psi}` : "", t.jensenShannon !== null ? `Jensen\u2013Shannon \u2265 ${t.jensenShannon}` : ""].filter(Boolean);
  return `${r.decision.tests} calibrated tests decided together (Holm) at \u03B1 = ${r.decision.alpha}: when nothing changed, the chance of any flag is at most ${pct2(r.decision.alpha)}` + (floors.length ? `; a shape test must also reach ${floors.join(" or ")}` : "") + `; a missing rate must also rise by ${pct2(t.missingRateIncrease)}`;
}
function rowsText(r) {
  const pred = r.rows.predictionReference === void 0 ? "" : ` (prediction reference ${r.rows.predictionReference})`;
  return `reference ${r.rows.reference} rows${pred} \xB7 new data ${r.rows.current} rows`;
}
function estimateText(r) {
  const e = r.estimatedPerformance;
  if (!e) return void 0;
  const f = (v) => v.toFixed(4);
  const beside = [e.packaged === null ? "" : `build (validation) ${f(e.packaged)}`, e.measured ? `measured on ${e.measured.rows} labeled rows ${f(e.measured.value)}` : ""].filter(Boolean);
  return `accuracy estimated without labels (CBPE, calibrated on ${e.calibrationRows} validation rows): ${f(e.value)}, 95% interval ${f(e.interval[0])} \u2013 ${f(e.interval[1])}, over ${e.rows} rows${beside.length ? `; ${beside.join("; ")}` : ""}`;
}
var minP = (f) => f.tests.reduce((m, x) => Math.min(m, x.pValue), 1);
var pShort = (p) => p < 1e-3 ? p.toExponential(1) : p.toFixed(3);
function monitorMarkdown(r) {
  const lines = [
    `### model-build monitor: ${r.drift ? `\u274C drift in ${r.driftedFeatures.map((c) => `\`${c}\``).join(", ")}` : "\u2705 no drift"}`,
    "",
    rowsText(r).replace(/^r/, "R"),
    "",
    "| feature | kind | PSI | Jensen\u2013Shannon | smallest p | verdict |",
    "| --- | --- | --- | --- | --- | --- |",
    ...r.features.map((f) => `| \`${f.column}\` | ${f.kind} | ${f3(f.psi)} | ${f3(f.jensenShannon)} | ${pShort(minP(f))} | ${f.drift ? `\u274C ${md(f.reasons.join("; "))}` : "\u2705"} |`)
  ];
  if (r.violations.length > 0) lines.push("", "**Schema**", "", ...r.violations.map((v) => `- \u274C ${v.message}`));
  lines.push("", `_${md(ruleText(r))}._`);
  const estimate = estimateText(r);
  if (estimate) lines.push("", `**Estimated performance**: ${md(estimate)}.`);
  if (r.performance) lines.push("", performanceMarkdown(r.performance));
  return `${lines.join("\n")}
`;
}
var num = (v) => Number.isNaN(v) ? "NaN" : Math.abs(v) >= 1e3 ? v.toFixed(1) : v.toFixed(4);
var signed = (v) => v > 0 ? `+${num(v)}` : num(v);
var md = (s) => s.replace(/[|`\\]/g, (c) => `\\${c}`);
function skippedText(p) {
  const parts = [p.rows.missingLabel ? `${p.rows.missingLabel} without a label` : "", p.rows.unknownClass ? `${p.rows.unknownClass} with a class the model does not know` : ""].filter(Boolean);
  return parts.length ? ` (left out: ${parts.join(", ")})` : "";
}
function bootstrapText(p) {
  const b = p.bootstrap;
  return `${b.level * 100}% percentile bootstrap, ${b.resamples} resamples of ${b.rows} rows${b.subsampled ? " (a seeded subsample of the labeled rows)" : ""}, seed ${b.seed}`;
}
function performanceMarkdown(p) {
  const verdict = p.gatesPassed === false ? `\u274C gate failed: ${p.gates.filter((g) => !g.passed).map((g) => `\`${md(g.metric)}\``).join(", ")}` : p.gatesPassed ? "\u2705 gates pass" : "no labeled rows";
  const lines = [`#### Performance on labeled data: ${verdict}`, "", `${p.rows.used} of ${p.rows.data} rows labeled (\`${md(p.label)}\`)${skippedText(p)}`];
  if (p.labels) lines.push("", `Labels from \`${md(p.labels.file)}\` joined on \`${md(p.labels.join)}\`: ${p.labels.rowsWithoutLabel} rows without a label, ${p.labels.labelsWithoutRow} labels without a row.`);
  if (p.metrics.length) {
    lines.push("", "| metric | new data | 95% interval | build (validation) | change |", "| --- | --- | --- | --- | --- |");
    for (const m of p.metrics) lines.push(`| ${md(m.name)} | ${num(m.value)} | ${m.interval ? `${num(m.interval[0])} \u2013 ${num(m.interval[1])}` : "\u2014"} | ${m.packaged === null ? "\u2014" : num(m.packaged)} | ${m.delta === null ? "\u2014" : signed(m.delta)} |`);
  }
  if (p.gates.length) {
    lines.push("", "| gate | new data | build | verdict |", "| --- | --- | --- | --- |");
    for (const g of p.gates) lines.push(`| ${md(g.metric)} ${g.op} ${g.threshold} | ${num(g.actual)} | ${g.packaged === null ? "\u2014" : num(g.packaged)} | ${g.passed ? "\u2705" : "\u274C fails"} |`);
  }
  lines.push("", `_Intervals: ${bootstrapText(p)}._`);
  return lines.join("\n");
}
function performanceChart(p) {
  const rows = p.metrics;
  const width = 560;
  const rowH = 28;
  const pad = { left: 90, right: 70, top: 8 };
  const height = pad.top * 2 + rows.length * rowH;
  const body = rows.map((m, i) => {
    const gate = p.gates.find((g) => g.metric === m.name);
    const vals = [m.value, m.packaged, gate?.threshold, ...m.interval ?? []].filter((v) => typeof v === "number" && Number.isFinite(v));
    let lo = vals.length ? Math.min(...vals) : 0;
    let hi = vals.length ? Math.max(...vals) : 1;
    const span = Math.max(hi - lo, Math.abs(hi) * 0.01, 1e-6);
    lo -= span * 0.1;
    hi += span * 0.1;
    const x = (v) => (pad.left + (v - lo) / (hi - lo) * (width - pad.left - pad.right)).toFixed(1);
    const y = pad.top + i * rowH + rowH / 2;
    const parts = [`<text class="tick" x="4" y="${y + 4}">${esc(m.name)}</text>`, `<line class="axis" x1="${pad.left}" y1="${y}" x2="${width - pad.right}" y2="${y}"/>`];
    if (m.interval) parts.push(`<rect class="interval" x="${x(m.interval[0])}" y="${y - 5}" width="${Math.max(1, Number(x(m.interval[1])) - Number(x(m.interval[0]))).toFixed(1)}" height="10"><title>95% interval ${num(m.interval[0])} \u2013 ${num(m.interval[1])}</title></rect>`);
    if (gate) parts.push(`<line class="gate" x1="${x(gate.threshold)}" y1="${y - 12}" x2="${x(gate.threshold)}" y2="${y + 12}"><title>gate ${esc(gate.op)} ${gate.threshold}</title></line>`);
    if (m.packaged !== null && Number.isFinite(m.packaged)) parts.push(`<line class="packaged" x1="${x(m.packaged)}" y1="${y - 10}" x2="${x(m.packaged)}" y2="${y + 10}"><title>build (validation): ${num(m.packaged)}</title></line>`);
    if (Number.isFinite(m.value)) parts.push(`<circle class="cur" cx="${x(m.value)}" cy="${y}" r="4"><title>new data: ${num(m.value)}</title></circle>`);
    parts.push(`<text class="tick" x="${width - pad.right + 6}" y="${y + 4}">${num(m.value)}</text>`);
    return parts.join("");
  }).join("");
  return `<svg viewBox="0 0 ${width} ${height}" role="img" aria-label="metrics on the new data with 95% intervals vs the build">${body}</svg>`;
}
function performanceHtml(p) {
  const failed = p.gatesPassed === false;
  const gates = p.gates.length ? `<ul>${p.gates.map((g) => `<li>${g.passed ? "\u2713" : "<strong>\u2717</strong>"} gate ${esc(g.metric)} ${esc(g.op)} ${g.threshold}: ${num(g.actual)} on the new data${g.packaged === null ? "" : ` (build ${num(g.packaged)})`}</li>`).join("")}</ul>` : "";
  const labels = p.labels ? ` \xB7 labels from ${esc(p.labels.file)} joined on \u201C${esc(p.labels.join)}\u201D: ${p.labels.rowsWithoutLabel} rows without a label, ${p.labels.labelsWithoutRow} labels without a row` : "";
  return `<section class="${failed ? "drift" : "ok"}" id="performance">
<h2>Performance on labeled data <span class="badge">${failed ? "gate failed" : p.gatesPassed ? "gates pass" : "no labels"}</span></h2>
<p class="stats">${p.rows.used} of ${p.rows.data} rows labeled (${esc(p.label)})${esc(skippedText(p))}${labels}</p>
${p.metrics.length ? performanceChart(p) : ""}
<p class="stats"><span class="legend"><span style="background:#0969da;border-radius:5px"></span>new data<span style="background:#9ec5f8"></span>95% interval<span style="background:#1f2328;width:2px"></span>build (validation)<span style="background:#cf222e;width:2px"></span>gate</span> \xB7 each row has its own scale</p>
${gates}
<p class="stats">Intervals: ${esc(bootstrapText(p))}.</p>
</section>`;
}
function chart(f) {
  const total = (xs) => xs.reduce((a, b) => a + b, 0) || 1;
  const ref = f.bins.reference.map((v) => v / total(f.bins.reference));
  const cur = f.bins.current.map((v) => v / total(f.bins.current));
  const n = f.bins.labels.length;
  const width = 560;
  const height = 200;
  const pad = { left: 40, right: 36, bottom: 48, top: 10 };
  const slot = (width - pad.left - pad.right) / n;
  const top = Math.max(...ref, ...cur, 0.01);
  const y = (v) => pad.top + (height - pad.top - pad.bottom) * (1 - v / top);
  const bars = f.bins.labels.map((label, i) => {
    const x = pad.left + i * slot;
    const w = Math.max(2, slot / 2 - 3);
    const base = height - pad.bottom;
    return [
      `<rect class="ref" x="${(x + 2).toFixed(1)}" y="${y(ref[i]).toFixed(1)}" width="${w.toFixed(1)}" height="${(base - y(ref[i])).toFixed(1)}"><title>${esc(label)}: reference ${pct2(ref[i])}</title></rect>`,
      `<rect class="cur" x="${(x + 2 + w + 2).toFixed(1)}" y="${y(cur[i]).toFixed(1)}" width="${w.toFixed(1)}" height="${(base - y(cur[i])).toFixed(1)}"><title>${esc(label)}: new ${pct2(cur[i])}</title></rect>`,
      `<text class="tick" x="${(x + slot / 2).toFixed(1)}" y="${base + 14}" transform="rotate(25 ${(x + slot / 2).toFixed(1)} ${base + 14})">${esc(label.length > 14 ? `${label.slice(0, 13)}\u2026` : label)}</text>`
    ].join("");
  }).join("");
  return `<svg viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(f.column)}: reference vs new distribution"><line x1="${pad.left}" y1="${height - pad.bottom}" x2="${width - pad.right}" y2="${height - pad.bottom}" class="axis"/><text class="tick" x="4" y="${pad.top + 8}">${pct2(top)}</text>${bars}</svg>`;
}
function monitorHtml(r, title = "model-build monitor") {
  const sections = r.features.map(
    (f) => `<section class="${f.drift ? "drift" : "ok"}">
<h2>${esc(f.column)} <span class="badge">${f.drift ? "drift" : "ok"}</span></h2>
<p class="stats">${f.kind} \xB7 ${f.values.current} values vs ${f.values.reference} \xB7 PSI ${f3(f.psi)} \xB7 Jensen\u2013Shannon ${f3(f.jensenShannon)}${f.ks ? ` \xB7 KS D ${f3(f.ks.statistic)}` : ""} \xB7 smallest p ${pShort(minP(f))}${f.reasons.length ? ` \xB7 <strong>${esc(f.reasons.join("; "))}</strong>` : ""}</p>
${chart(f)}
</section>`
  ).join("\n");
  const violations = r.violations.length ? `<section class="drift"><h2>Schema</h2><ul>${r.violations.map((v) => `<li>${esc(v.message)}</li>`).join("")}</ul></section>` : "";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>
body { font: 14px/1.45 system-ui, sans-serif; margin: 24px auto; max-width: 640px; color: #1f2328; }
h1 { font-size: 20px; } h2 { font-size: 16px; margin: 0 0 4px; }
section { border: 1px solid #d0d7de; border-radius: 6px; padding: 12px; margin: 12px 0; }
section.drift { border-color: #cf222e; }
.badge { font-size: 12px; padding: 1px 6px; border-radius: 10px; background: #dafbe1; color: #116329; }
.drift .badge { background: #ffebe9; color: #a40e26; }
.stats { color: #57606a; margin: 0 0 8px; }
.legend span { display: inline-block; width: 10px; height: 10px; margin: 0 4px 0 12px; }
svg { width: 100%; height: auto; } .ref { fill: #8c959f; } .cur { fill: #0969da; }
.interval { fill: #9ec5f8; } .packaged { stroke: #1f2328; stroke-width: 2; } .gate { stroke: #cf222e; stroke-dasharray: 3 2; }
.axis { stroke: #8c959f; } .tick { font-size: 10px; fill: #57606a; }
</style>
</head>
<body>
<h1>${r.drift ? `Drift in ${esc(r.driftedFeatures.join(", "))}` : "No drift"}${r.performance?.gatesPassed === false ? " \xB7 a gate fails on the new data" : ""}</h1>
<p>${esc(rowsText(r).replace(/^r/, "R"))}
<span class="legend"><span class="ref" style="background:#8c959f"></span>reference<span style="background:#0969da"></span>new data</span></p>
${violations}
${r.performance ? performanceHtml(r.performance) : ""}
${estimateText(r) ? `<p class="stats" id="estimate">${esc(estimateText(r))}.</p>` : ""}
${sections}
<p class="stats">${esc(ruleText(r))}.</p>
</body>
</html>
`;
}

export {
  monitorData,
  ruleText,
  rowsText,
  estimateText,
  minP,
  monitorMarkdown,
  monitorHtml
};
