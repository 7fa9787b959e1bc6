import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);
import {
  ModelBuildError
} from "./chunk-J3ZPWLJ2.js";

// src/core/monitor/calibration.ts
var MAX_CALIBRATION_STEPS = 1e3;
function fitCalibration(confidence, correct) {
  const order = Array.from({ length: confidence.length }, (_, i) => i).sort((a, b) => confidence[a] - confidence[b] || a - b);
  const blocks = [];
  let right = 0;
  for (let k = 0; k < order.length; ) {
    const c = confidence[order[k]];
    let sum = 0;
    let n = 0;
    while (k < order.length && confidence[order[k]] === c) {
      sum += correct[order[k]] ? 1 : 0;
      n++;
      k++;
    }
    right += sum;
    blocks.push({ sum, n, upTo: c });
    while (blocks.length > 1 && blocks[blocks.length - 2].sum / blocks[blocks.length - 2].n >= blocks[blocks.length - 1].sum / blocks[blocks.length - 1].n) {
      const last = blocks.pop();
      const prev = blocks[blocks.length - 1];
      blocks[blocks.length - 1] = { sum: prev.sum + last.sum, n: prev.n + last.n, upTo: last.upTo };
    }
  }
  while (blocks.length > MAX_CALIBRATION_STEPS) {
    for (let i = 0; i + 1 < blocks.length; i++) {
      const a = blocks[i];
      const b = blocks.splice(i + 1, 1)[0];
      blocks[i] = { sum: a.sum + b.sum, n: a.n + b.n, upTo: b.upTo };
    }
  }
  return {
    method: "isotonic",
    rows: confidence.length,
    correct: right,
    upTo: blocks.map((b) => b.upTo),
    accuracy: blocks.map((b) => Number((b.sum / b.n).toPrecision(6)))
  };
}
function calibrate(c, confidence) {
  let lo = 0;
  let hi = c.upTo.length - 1;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (c.upTo[mid] >= confidence) hi = mid;
    else lo = mid + 1;
  }
  return c.accuracy[lo];
}
var AccuracyEstimator = class {
  constructor(calibration) {
    this.calibration = calibration;
  }
  calibration;
  n = 0;
  sum = 0;
  variance = 0;
  add(confidence) {
    const p = calibrate(this.calibration, confidence);
    this.n++;
    this.sum += p;
    this.variance += p * (1 - p);
  }
  finish() {
    const { n, calibration: c } = this;
    if (n === 0) return void 0;
    const value = this.sum / n;
    const a = (c.correct + 0.5) / (c.rows + 1);
    const sd = Math.sqrt(this.variance / (n * n) + a * (1 - a) / c.rows);
    const clamp = (v) => Math.min(1, Math.max(0, v));
    return { metric: "accuracy", value, interval: [clamp(value - 1.96 * sd), clamp(value + 1.96 * sd)], rows: n, calibrationRows: c.rows };
  }
};
function parseCalibration(value, file) {
  if (value === void 0) return void 0;
  const fail = (why) => {
    throw new ModelBuildError("PACKAGE_INVALID", `metrics.json calibration ${why}`, { file, hint: "the package is damaged or was not written by model-build: rebuild it" });
  };
  if (typeof value !== "object" || value === null || Array.isArray(value)) return fail("is not an object (/calibration)");
  const v = value;
  if (v.method !== "isotonic") fail('method must be "isotonic" (/calibration/method)');
  const count = (x, name) => Number.isSafeInteger(x) && x >= 0 ? x : fail(`${name} must be a whole number \u2265 0 (/calibration/${name})`);
  const rows = count(v.rows, "rows");
  const correct = count(v.correct, "correct");
  if (rows === 0 || correct > rows) fail("rows must be \u2265 1 and correct \u2264 rows (/calibration/rows)");
  const steps = (x, name) => {
    if (!Array.isArray(x) || x.length === 0 || x.length > MAX_CALIBRATION_STEPS) return fail(`${name} must be a list of 1 to ${MAX_CALIBRATION_STEPS} numbers (/calibration/${name})`);
    x.forEach((p, i) => typeof p === "number" && p >= 0 && p <= 1 ? p : fail(`${name}[${i}] must be a number from 0 to 1 (/calibration/${name}/${i})`));
    return x;
  };
  const upTo = steps(v.upTo, "upTo");
  const accuracy = steps(v.accuracy, "accuracy");
  if (upTo.length !== accuracy.length) fail("upTo and accuracy must have the same length");
  for (let i = 1; i < upTo.length; i++) if (!(upTo[i] > upTo[i - 1]) || accuracy[i] < accuracy[i - 1]) fail(`steps must rise (/calibration/upTo/${i})`);
  return { method: "isotonic", rows, correct, upTo, accuracy };
}

// src/core/train/gates.ts
var GATE = /^\s*(>=|<=|>|<|==)\s*(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)\s*$/;
function parseGate(metric, expr) {
  const m = GATE.exec(expr);
  if (!m) {
    throw new ModelBuildError("GATE_INVALID", `gate ${metric}: "${expr}" is not a comparison`, { hint: 'write it like ">= 0.85"' });
  }
  return { op: m[1], threshold: Number(m[2]) };
}
function evaluateGates(gates, metrics, configFile) {
  const numeric = Object.keys(metrics).filter((k) => typeof metrics[k] === "number");
  return Object.entries(gates).map(([metric, expr]) => {
    const { op, threshold } = parseGate(metric, expr);
    const actual = metrics[metric];
    if (typeof actual !== "number") {
      throw new ModelBuildError("GATE_INVALID", `gate "${metric}" names no metric of this task`, {
        file: configFile,
        pointer: `/gates/${metric}`,
        hint: `available: ${numeric.join(", ")}`
      });
    }
    const passed = !Number.isNaN(actual) && (op === ">=" ? actual >= threshold : op === "<=" ? actual <= threshold : op === ">" ? actual > threshold : op === "<" ? actual < threshold : actual === threshold);
    return { metric, op, threshold, actual, passed, margin: actual - threshold };
  });
}

// src/core/util/random.ts
var Rng = class _Rng {
  state;
  constructor(seed) {
    this.state = seed >>> 0 || 2654435769;
  }
  /** An independent generator for a named purpose, e.g. `rng.fork('split')`. */
  static forPurpose(seed, purpose) {
    return new _Rng(mix(seed >>> 0, fnv1a(purpose)));
  }
  /** Uniform in [0, 1) with 32 bits of resolution (mulberry32). */
  next() {
    this.state = this.state + 1831565813 >>> 0;
    let t = this.state;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  }
  /** Uniform integer in [0, n). */
  int(n) {
    return Math.floor(this.next() * n);
  }
  /**
   * A seed for a TensorFlow.js op: a positive integer below 2^31. Never 0, which
   * normal-distribution ops treat as "unseeded".
   */
  tfSeed() {
    return 1 + this.int(2147483646);
  }
  /** Fisher–Yates shuffle in place. */
  shuffle(items) {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }
  /** A random permutation of 0..n-1. */
  permutation(n) {
    return this.shuffle(Array.from({ length: n }, (_, i) => i));
  }
};
function fnv1a(text) {
  let h = 2166136261;
  for (const byte of Buffer.from(text, "utf8")) h = Math.imul(h ^ byte, 16777619) >>> 0;
  return h;
}
function mix(a, b) {
  let h = (a ^ Math.imul(b, 2654435761)) >>> 0;
  h = Math.imul(h ^ h >>> 16, 2246822507) >>> 0;
  h = Math.imul(h ^ h >>> 13, 3266489909) >>> 0;
  return (h ^ h >>> 16) >>> 0;
}

export {
  fitCalibration,
  AccuracyEstimator,
  parseCalibration,
  Rng,
  evaluateGates
};
