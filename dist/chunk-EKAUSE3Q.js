import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);
import {
  ShardScratch,
  predictChunk,
  shardGradient
} from "./chunk-X3SKKC6O.js";
import "./chunk-LTRPNYHO.js";

// src/core/train/denseShards.ts
import { readFileSync } from "node:fs";

// src/core/train/denseOptimizer.ts
var EPSILON = 1e-7;
function makeOptimizer(name, learningRate, size) {
  switch (name) {
    case "sgd":
      return {
        apply(w, g, from) {
          for (let k = 0; k < g.length; k++) w[from + k] = w[from + k] - learningRate * g[k];
        }
      };
    case "adagrad": {
      const acc = new Float64Array(size).fill(0.1);
      return {
        apply(w, g, from) {
          for (let k = 0; k < g.length; k++) {
            acc[k] = acc[k] + g[k] * g[k];
            w[from + k] = w[from + k] - learningRate * g[k] / Math.sqrt(acc[k] + EPSILON);
          }
        }
      };
    }
    case "rmsprop": {
      const decay = 0.9;
      const ms = new Float64Array(size);
      return {
        apply(w, g, from) {
          for (let k = 0; k < g.length; k++) {
            ms[k] = ms[k] * decay + g[k] * g[k] * (1 - decay);
            w[from + k] = w[from + k] - g[k] * learningRate / Math.sqrt(ms[k] + EPSILON);
          }
        }
      };
    }
    case "adam": {
      const beta1 = 0.9;
      const beta2 = 0.999;
      const m = new Float64Array(size);
      const v = new Float64Array(size);
      let acc1 = beta1;
      let acc2 = beta2;
      return {
        apply(w, g, from) {
          const c1 = 1 - acc1;
          const c2 = 1 - acc2;
          for (let k = 0; k < g.length; k++) {
            m[k] = m[k] * beta1 + g[k] * (1 - beta1);
            v[k] = v[k] * beta2 + g[k] * g[k] * (1 - beta2);
            w[from + k] = w[from + k] - learningRate * (m[k] / c1) / (Math.sqrt(v[k] / c2) + EPSILON);
          }
          acc1 *= beta1;
          acc2 *= beta2;
        }
      };
    }
  }
}

// src/core/train/denseShards.ts
var SHARDS_MODULE_URL = import.meta.url;
var GENERATION = 0;
var FIRST_STEP = 1;
var STOP = 2;
var FAILED = 3;
var ARRIVED = 4;
var RELEASED = 5;
var SLEEPERS = 6;
var EXITED = 7;
var CONTROL_SLOTS = 8;
var MIN_SPINS = 2e3;
var MAX_SPINS = 1e5;
var EPOCH_SPINS = 2e4;
var STALL_SECONDS = 300;
var VALIDATION_CHUNK = 256;
var THREAD_COUNTERS = 12;
var C_COMPUTE = 0;
var C_WAIT1 = 1;
var C_APPLY = 2;
var C_WAIT2 = 3;
var C_STEPS = 4;
var C_SLEEPS = 5;
var C_LATENCY = 6;
var C_WAITS = 7;
var C_EPOCH_WAIT = 8;
var C_CPU = 9;
var C_RUNQUEUE = 10;
var C_VALIDATE = 11;
var countersBytes = (threads) => (threads * THREAD_COUNTERS + 1) * 8;
var clock = () => performance.timeOrigin + performance.now();
function schedstat() {
  try {
    const [run, queue] = readFileSync("/proc/thread-self/schedstat", "utf8").split(" ").map(Number);
    return [run / 1e6, queue / 1e6];
  } catch {
    return [0, 0];
  }
}
var ShardThread = class {
  constructor(shared, index) {
    this.shared = shared;
    this.index = index;
    const count = shared.params.byteLength / 8;
    this.params = new Float64Array(shared.params);
    this.data = { x: new Float32Array(shared.x), y: new Float64Array(shared.y), order: new Int32Array(shared.order) };
    this.grads = Array.from({ length: shared.shards }, (_, s) => new Float64Array(shared.grads, s * count * 8, count));
    this.losses = new Float64Array(shared.losses);
    this.control = new Int32Array(shared.control);
    this.scratch = new ShardScratch(shared.spec, Math.max(1, Math.ceil(shared.batchSize / shared.shards)));
    const bound = (t) => t >= shared.threads ? count : Math.min(count, Math.floor(t * count / shared.threads / 8) * 8);
    this.from = bound(index);
    this.to = bound(index + 1);
    this.grad = new Float64Array(this.to - this.from);
    this.optimizer = makeOptimizer(shared.optimizer, shared.learningRate, this.to - this.from);
    this.penalized = shared.penalized.map(([a, b]) => [Math.max(a, this.from), Math.min(b, this.to)]).filter(([a, b]) => a < b);
    this.step = { batchStart: 0, batchSize: 0, from: 0, to: 0, step: 0, dropoutSeed: shared.dropoutSeed };
    this.counters = shared.counters ? new Float64Array(shared.counters) : null;
    this.val = {
      x: new Float32Array(shared.valX),
      y: new Float64Array(shared.valY),
      pred: new Float32Array(shared.valPred),
      losses: new Float64Array(shared.valLosses),
      scratch: shared.valRows > 0 ? new ShardScratch(shared.spec, VALIDATION_CHUNK) : null
    };
    this.at = index * THREAD_COUNTERS;
    this.sched = this.counters ? schedstat() : [0, 0];
  }
  shared;
  index;
  params;
  data;
  grads;
  losses;
  control;
  scratch;
  /** This thread's parameters [from, to), their summed gradient and their optimizer. */
  from;
  to;
  grad;
  optimizer;
  /** The penalized ranges clipped to [from, to). */
  penalized;
  /** Reused for every shard: a step allocates nothing. */
  step;
  counters;
  /** The validation rows' views, and scratch for a chunk of them. */
  val;
  /** Polls before sleeping at a barrier (see MIN_SPINS). */
  spins = MAX_SPINS;
  at;
  sched;
  /** Adds `ms` to counter `slot` of this thread. */
  count(slot, ms) {
    this.counters[this.at + slot] = this.counters[this.at + slot] + ms;
  }
  /** Records this thread's CPU time so far (once, as it finishes). */
  finishCounters() {
    if (!this.counters) return;
    const [run, queue] = schedstat();
    this.counters[this.at + C_CPU] = run - this.sched[0];
    this.counters[this.at + C_RUNQUEUE] = queue - this.sched[1];
  }
};
function runEpoch(t, firstStep) {
  const { shards, threads, rows, batchSize, l2, spec } = t.shared;
  const c = t.counters;
  let lossSum = 0;
  let step = firstStep;
  for (let start = 0; start < rows; start += batchSize, step++) {
    const size = Math.min(batchSize, rows - start);
    let t0 = c ? clock() : 0;
    const s = t.step;
    s.batchStart = start;
    s.batchSize = size;
    s.step = step;
    for (let shard = t.index; shard < shards; shard += threads) {
      s.from = Math.floor(shard * size / shards);
      s.to = Math.floor((shard + 1) * size / shards);
      t.losses[shard] = shardGradient(spec, t.params, t.data, s, t.grads[shard], t.scratch);
    }
    let penalty = 0;
    if (t.index === 0 && l2 > 0) {
      for (const [from, to] of t.shared.penalized) for (let i = from; i < to; i++) penalty += t.params[i] * t.params[i];
    }
    if (c) t0 = lap(t, C_COMPUTE, t0);
    if (!barrier(t, C_WAIT1)) return void 0;
    if (c) t0 = clock();
    reduceAndApply(t);
    if (t.index === 0) {
      let batchLoss = 0;
      for (let shard = 0; shard < shards; shard++) batchLoss += t.losses[shard];
      if (l2 > 0) batchLoss += size * l2 * penalty;
      lossSum += batchLoss;
    }
    if (c) {
      lap(t, C_APPLY, t0);
      t.count(C_STEPS, 1);
    }
    if (!barrier(t, C_WAIT2)) return void 0;
  }
  if (!validate(t)) return void 0;
  return lossSum;
}
function validate(t) {
  const { valRows, threads, spec } = t.shared;
  if (valRows === 0) return true;
  const t0 = t.counters ? clock() : 0;
  const v = t.val;
  for (let from = t.index * VALIDATION_CHUNK; from < valRows; from += threads * VALIDATION_CHUNK) {
    predictChunk(spec, t.params, v.x, v.y, from, Math.min(valRows, from + VALIDATION_CHUNK), v.pred, v.losses, v.scratch);
  }
  if (t.counters) lap(t, C_VALIDATE, t0);
  return barrier(t, C_WAIT2);
}
function validationLoss(t) {
  const { losses } = t.val;
  let sum = 0;
  for (let r = 0; r < losses.length; r++) sum += losses[r];
  return losses.length > 0 ? sum / losses.length : 0;
}
function lap(t, slot, t0) {
  const now = clock();
  t.count(slot, now - t0);
  return now;
}
function reduceAndApply(t) {
  const { from, to, grad } = t;
  grad.set(t.grads[0].subarray(from, to));
  for (let s = 1; s < t.grads.length; s++) {
    const g = t.grads[s];
    for (let i = from; i < to; i++) grad[i - from] = grad[i - from] + g[i];
  }
  const l2 = t.shared.l2;
  if (l2 > 0) {
    for (const [a, b] of t.penalized) for (let i = a; i < b; i++) grad[i - from] = grad[i - from] + 2 * l2 * t.params[i];
  }
  t.optimizer.apply(t.params, grad, from);
}
function barrier(t, slot) {
  const threads = t.shared.threads;
  if (threads === 1) return true;
  const c = t.control;
  const k = t.counters;
  const t0 = k ? clock() : 0;
  const released = Atomics.load(c, RELEASED);
  if (Atomics.add(c, ARRIVED, 1) === threads - 1) {
    Atomics.store(c, ARRIVED, 0);
    if (k) k[threads * THREAD_COUNTERS] = clock();
    Atomics.add(c, RELEASED, 1);
    if (Atomics.load(c, SLEEPERS) > 0) Atomics.notify(c, RELEASED);
    if (k) t.count(slot, clock() - t0);
    return true;
  }
  let ok = true;
  let spun = true;
  for (let spins = 0; Atomics.load(c, RELEASED) === released; spins++) {
    if (spins < t.spins) continue;
    spun = false;
    ok = sleepUntilReleased(c, released);
    break;
  }
  t.spins = spun ? Math.min(MAX_SPINS, t.spins * 2) : Math.max(MIN_SPINS, t.spins >> 1);
  if (k) {
    const now = clock();
    t.count(slot, now - t0);
    if (!spun) t.count(C_SLEEPS, 1);
    if (ok) {
      t.count(C_LATENCY, Math.max(0, now - k[threads * THREAD_COUNTERS]));
      t.count(C_WAITS, 1);
    }
  }
  return ok;
}
function sleepUntilReleased(c, released) {
  Atomics.add(c, SLEEPERS, 1);
  try {
    let stalled = 0;
    let arrived = Atomics.load(c, ARRIVED);
    while (Atomics.load(c, RELEASED) === released) {
      if (Atomics.load(c, FAILED) !== 0 || Atomics.load(c, STOP) !== 0) return false;
      if (Atomics.wait(c, RELEASED, released, 1e3) !== "timed-out") continue;
      const now = Atomics.load(c, ARRIVED);
      if (now !== arrived) {
        arrived = now;
        stalled = 0;
      } else if (++stalled >= STALL_SECONDS) return false;
    }
    return true;
  } finally {
    Atomics.sub(c, SLEEPERS, 1);
  }
}
function publishEpoch(t, firstStep) {
  if (t.shared.threads === 1) return;
  const c = t.control;
  Atomics.store(c, FIRST_STEP, firstStep);
  Atomics.add(c, GENERATION, 1);
  Atomics.notify(c, GENERATION);
}
function stopWorkers(t) {
  const c = t.control;
  Atomics.store(c, STOP, 1);
  Atomics.add(c, GENERATION, 1);
  Atomics.notify(c, GENERATION);
  Atomics.notify(c, RELEASED);
}
function readCounters(t) {
  const k = t.counters;
  if (!k) return void 0;
  t.finishCounters();
  const workers = t.shared.threads - 1;
  for (let exited = Atomics.load(t.control, EXITED); exited < workers; exited = Atomics.load(t.control, EXITED)) {
    if (Atomics.wait(t.control, EXITED, exited, 1e3) === "timed-out") break;
  }
  return Array.from({ length: t.shared.threads }, (_, thread) => {
    const at = (slot) => k[thread * THREAD_COUNTERS + slot];
    return {
      thread,
      steps: at(C_STEPS),
      computeMs: at(C_COMPUTE),
      waitAfterComputeMs: at(C_WAIT1),
      reduceApplyMs: at(C_APPLY),
      waitAfterApplyMs: at(C_WAIT2),
      sleeps: at(C_SLEEPS),
      releaseLatencyMs: at(C_LATENCY),
      releaseWaits: at(C_WAITS),
      epochWaitMs: at(C_EPOCH_WAIT),
      validateMs: at(C_VALIDATE),
      onCpuMs: at(C_CPU),
      runQueueMs: at(C_RUNQUEUE)
    };
  });
}
function serveShards(shared, index, report) {
  const t = new ShardThread(shared, index);
  const c = t.control;
  let seen = 0;
  for (; ; ) {
    const t0 = t.counters ? clock() : 0;
    for (let spins = 0; Atomics.load(c, GENERATION) === seen; spins++) {
      if (spins >= EPOCH_SPINS) Atomics.wait(c, GENERATION, seen, 1e3);
    }
    seen = Atomics.load(c, GENERATION);
    if (t.counters) t.count(C_EPOCH_WAIT, clock() - t0);
    if (Atomics.load(c, STOP) === 1) break;
    try {
      runEpoch(t, Atomics.load(c, FIRST_STEP));
    } catch (e) {
      report(e?.message ?? String(e));
      Atomics.store(c, FAILED, 1);
      Atomics.notify(c, RELEASED);
    }
  }
  t.finishCounters();
  Atomics.add(c, EXITED, 1);
  Atomics.notify(c, EXITED);
}
export {
  CONTROL_SLOTS,
  SHARDS_MODULE_URL,
  ShardThread,
  VALIDATION_CHUNK,
  countersBytes,
  publishEpoch,
  readCounters,
  runEpoch,
  serveShards,
  stopWorkers,
  validationLoss
};
