import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);

// src/core/train/denseNet.ts
var ACTIVATIONS = ["relu", "elu", "selu", "tanh", "sigmoid", "linear", "softplus", "swish"];
function layerOffsets(spec) {
  const layers = [];
  let at = 0;
  for (let l = 0; l + 1 < spec.sizes.length; l++) {
    const inputs = spec.sizes[l];
    const outputs = spec.sizes[l + 1];
    layers.push({ kernel: at, bias: at + inputs * outputs });
    at += inputs * outputs + outputs;
  }
  return { layers, count: at };
}
var SELU_ALPHA = 1.6732632423543772;
var SELU_SCALE = 1.0507009873554805;
var EPS = 1e-7;
var ShardScratch = class {
  constructor(spec, rows) {
    this.rows = rows;
    const s = spec.sizes;
    this.layers = layerOffsets(spec).layers;
    this.a = s.map((u) => new Float64Array(rows * u));
    this.z = s.map((u) => new Float64Array(rows * u));
    this.act = s.map((u, l) => l > 0 && l < s.length - 1 && spec.dropout[l - 1] > 0 ? new Float64Array(rows * u) : this.a[l]);
    this.keep = s.map((u, l) => l > 0 && l < s.length - 1 && spec.dropout[l - 1] > 0 ? new Float64Array(rows * u) : new Float64Array(0));
    this.delta = s.map((u) => new Float64Array(rows * u));
  }
  rows;
  /** Per layer 1..L: pre-activations; per layer 0..L: the values fed forward (after dropout). */
  z;
  a;
  /** Per hidden layer: the activation before dropout (for derivatives) and the dropout scale. */
  act;
  keep;
  /** dLoss/dZ of the current and previous layer. */
  delta;
  /** The spec's layer offsets, computed once rather than on every shard. */
  layers;
};
function shardGradient(spec, params, data, step, grad, s) {
  grad.fill(0);
  const m = step.to - step.from;
  if (m <= 0) return 0;
  const layers = s.layers;
  const sizes = spec.sizes;
  const L = layers.length;
  const width = sizes[0];
  const a0 = s.a[0];
  for (let r = 0; r < m; r++) {
    const row = data.order[step.batchStart + step.from + r];
    for (let i = 0; i < width; i++) a0[r * width + i] = data.x[row * width + i];
  }
  for (let l = 0; l < L; l++) {
    forwardLayer(params, layers[l], sizes[l], sizes[l + 1], m, s.a[l], s.z[l + 1]);
    if (l < L - 1) activateHidden(spec, l, m, s, step);
  }
  const out = sizes[L];
  const p = s.a[L];
  const zOut = s.z[L];
  const dOut = s.delta[L];
  let lossSum = 0;
  const scale = 1 / step.batchSize;
  for (let r = 0; r < m; r++) {
    const target = data.y[data.order[step.batchStart + step.from + r]];
    lossSum += outputAndLoss(spec.output, zOut, p, r * out, out, target);
    for (let j = 0; j < out; j++) {
      const k = r * out + j;
      dOut[k] = spec.output === "softmax" ? (p[k] - (j === target ? 1 : 0)) * scale : spec.output === "sigmoid" ? (p[k] - target) * scale : 2 * (p[k] - target) * scale;
    }
  }
  for (let l = L - 1; l >= 0; l--) backLayer(spec, params, layers[l], l, m, s, grad);
  return lossSum;
}
function forwardLayer(params, o, inputs, outputs, m, a, z) {
  const w = params;
  for (let r = 0; r < m; r++) {
    const zr = r * outputs;
    const ar = r * inputs;
    for (let j = 0; j < outputs; j++) z[zr + j] = w[o.bias + j];
    let i = 0;
    for (; i + 3 < inputs; i += 4) {
      const a0 = a[ar + i];
      const a1 = a[ar + i + 1];
      const a2 = a[ar + i + 2];
      const a3 = a[ar + i + 3];
      if (a0 === 0 && a1 === 0 && a2 === 0 && a3 === 0) continue;
      const b0 = o.kernel + i * outputs;
      const b1 = b0 + outputs;
      const b2 = b1 + outputs;
      const b3 = b2 + outputs;
      for (let j = 0; j < outputs; j++) z[zr + j] = z[zr + j] + (a0 * w[b0 + j] + a1 * w[b1 + j] + a2 * w[b2 + j] + a3 * w[b3 + j]);
    }
    for (; i < inputs; i++) {
      const ai = a[ar + i];
      if (ai === 0) continue;
      const base = o.kernel + i * outputs;
      for (let j = 0; j < outputs; j++) z[zr + j] = z[zr + j] + ai * w[base + j];
    }
  }
}
function activateHidden(spec, l, m, s, step) {
  const units = spec.sizes[l + 1];
  const z = s.z[l + 1];
  const act = s.act[l + 1];
  const f = spec.activations[l];
  const n = m * units;
  for (let k = 0; k < n; k++) act[k] = activate(f, z[k]);
  const rate = spec.dropout[l];
  if (!(rate > 0) || step === null) {
    if (act !== s.a[l + 1]) s.a[l + 1].set(act.subarray(0, n));
    return;
  }
  const a = s.a[l + 1];
  const keep = s.keep[l + 1];
  const kept = 1 / (1 - rate);
  for (let r = 0; r < m; r++) {
    const row = step.from + r;
    for (let j = 0; j < units; j++) {
      const k = r * units + j;
      keep[k] = uniform(step.dropoutSeed, l, step.step, row, j) >= rate ? kept : 0;
      a[k] = act[k] * keep[k];
    }
  }
}
function backLayer(spec, params, o, l, m, s, grad) {
  const inputs = spec.sizes[l];
  const outputs = spec.sizes[l + 1];
  const a = s.a[l];
  const d = s.delta[l + 1];
  const { kernel, bias } = o;
  for (let r2 = 0; r2 < m; r2++) {
    const dr = r2 * outputs;
    for (let j = 0; j < outputs; j++) grad[bias + j] = grad[bias + j] + d[dr + j];
  }
  let r = 0;
  for (; r + 3 < m; r += 4) {
    const d0 = r * outputs;
    const d1 = d0 + outputs;
    const d2 = d1 + outputs;
    const d3 = d2 + outputs;
    for (let i = 0; i < inputs; i++) {
      const a0 = a[r * inputs + i];
      const a1 = a[(r + 1) * inputs + i];
      const a2 = a[(r + 2) * inputs + i];
      const a3 = a[(r + 3) * inputs + i];
      if (a0 === 0 && a1 === 0 && a2 === 0 && a3 === 0) continue;
      const base = kernel + i * outputs;
      for (let j = 0; j < outputs; j++) grad[base + j] = grad[base + j] + (a0 * d[d0 + j] + a1 * d[d1 + j] + a2 * d[d2 + j] + a3 * d[d3 + j]);
    }
  }
  for (; r < m; r++) {
    const dr = r * outputs;
    for (let i = 0; i < inputs; i++) {
      const ai = a[r * inputs + i];
      if (ai === 0) continue;
      const base = kernel + i * outputs;
      for (let j = 0; j < outputs; j++) grad[base + j] = grad[base + j] + ai * d[dr + j];
    }
  }
  if (l === 0) return;
  const dPrev = s.delta[l];
  const z = s.z[l];
  const act = s.act[l];
  const keep = s.keep[l];
  const dropped = keep.length > 0;
  const f = spec.activations[l - 1];
  for (let q = 0; q < m; q++) {
    const dr = q * outputs;
    for (let i = 0; i < inputs; i++) {
      const k = q * inputs + i;
      if (dropped && keep[k] === 0 || f === "relu" && z[k] <= 0) {
        dPrev[k] = 0;
        continue;
      }
      const base = kernel + i * outputs;
      let g0 = 0;
      let g1 = 0;
      let j = 0;
      for (; j + 1 < outputs; j += 2) {
        g0 += params[base + j] * d[dr + j];
        g1 += params[base + j + 1] * d[dr + j + 1];
      }
      if (j < outputs) g0 += params[base + j] * d[dr + j];
      let g = g0 + g1;
      if (dropped) g *= keep[k];
      dPrev[k] = g === 0 ? 0 : g * derivative(f, z[k], act[k]);
    }
  }
}
function activate(f, x) {
  switch (f) {
    case "relu":
      return x > 0 ? x : 0;
    case "linear":
      return x;
    case "tanh":
      return Math.tanh(x);
    case "sigmoid":
      return sigmoid(x);
    case "elu":
      return x > 0 ? x : Math.exp(x) - 1;
    case "selu":
      return x > 0 ? SELU_SCALE * x : SELU_SCALE * SELU_ALPHA * (Math.exp(x) - 1);
    case "softplus":
      return x > 0 ? x + Math.log(1 + Math.exp(-x)) : Math.log(1 + Math.exp(x));
    case "swish":
      return x * sigmoid(x);
  }
}
function derivative(f, x, y) {
  switch (f) {
    case "relu":
      return x > 0 ? 1 : 0;
    case "linear":
      return 1;
    case "tanh":
      return 1 - y * y;
    case "sigmoid":
      return y * (1 - y);
    case "elu":
      return x > 0 ? 1 : y + 1;
    case "selu":
      return x > 0 ? SELU_SCALE : y + SELU_SCALE * SELU_ALPHA;
    case "softplus":
      return sigmoid(x);
    case "swish": {
      const sg = sigmoid(x);
      return sg + x * sg * (1 - sg);
    }
  }
}
function sigmoid(x) {
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}
function outputAndLoss(kind, z, p, k, units, target) {
  if (kind === "softmax") {
    let max = -Infinity;
    for (let j = 0; j < units; j++) if (z[k + j] > max) max = z[k + j];
    let sum = 0;
    for (let j = 0; j < units; j++) sum += p[k + j] = Math.exp(z[k + j] - max);
    for (let j = 0; j < units; j++) p[k + j] = p[k + j] / sum;
    return -Math.log(clip(p[k + target]));
  }
  if (kind === "sigmoid") {
    const q = p[k] = sigmoid(z[k]);
    return -(target * Math.log(clip(q)) + (1 - target) * Math.log(clip(1 - q)));
  }
  p[k] = z[k];
  const e = z[k] - target;
  return e * e;
}
var clip = (q) => q < EPS ? EPS : q > 1 - EPS ? 1 - EPS : q;
function predictChunk(spec, params, x, y, from, to, out, losses, s) {
  const layers = s.layers;
  const L = layers.length;
  const width = spec.sizes[0];
  const units = spec.sizes[L];
  const m = to - from;
  const a0 = s.a[0];
  for (let i = 0, at = from * width; i < m * width; i++) a0[i] = x[at + i];
  for (let l = 0; l < L; l++) {
    forwardLayer(params, layers[l], spec.sizes[l], spec.sizes[l + 1], m, s.a[l], s.z[l + 1]);
    if (l < L - 1) activateHidden(spec, l, m, s, null);
  }
  const p = s.a[L];
  for (let r = 0; r < m; r++) {
    losses[from + r] = outputAndLoss(spec.output, s.z[L], p, r * units, units, y[from + r]);
    for (let j = 0; j < units; j++) out[(from + r) * units + j] = p[r * units + j];
  }
}
function uniform(seed, layer, step, row, unit) {
  let h = mix32(seed ^ Math.imul(layer + 1, 2654435761));
  h = mix32(h ^ step);
  h = mix32(h ^ Math.imul(row + 1, 2246822507));
  h = mix32(h ^ Math.imul(unit + 1, 3266489909));
  return (h >>> 0) / 4294967296;
}
function mix32(x) {
  let h = x | 0;
  h = Math.imul(h ^ h >>> 16, 2146121005);
  h = Math.imul(h ^ h >>> 15, 2221713035);
  return h ^ h >>> 16;
}

export {
  ACTIVATIONS,
  layerOffsets,
  ShardScratch,
  shardGradient,
  predictChunk
};
