import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);
import {
  ShardScratch,
  layerOffsets,
  shardGradient
} from "./chunk-HFOAXWMV.js";
import "./chunk-LTRPNYHO.js";

// src/core/train/denseShards.ts
var SHARDS_MODULE_URL = import.meta.url;
var GENERATION = 0;
var DONE = 1;
var BATCH_START = 2;
var BATCH_SIZE = 3;
var STEP = 4;
var STOP = 5;
var FAILED = 6;
var CONTROL_SLOTS = 8;
var SPINS = 4e3;
var STALL_SECONDS = 300;
var ShardViews = class {
  constructor(shared) {
    this.shared = shared;
    const count = layerOffsets(shared.spec).count;
    this.params = new Float64Array(shared.params);
    this.data = { x: new Float32Array(shared.x), y: new Float64Array(shared.y), order: new Int32Array(shared.order) };
    this.grads = Array.from({ length: shared.shards }, (_, s) => new Float64Array(shared.grads, s * count * 8, count));
    this.losses = new Float64Array(shared.losses);
    this.control = new Int32Array(shared.control);
    this.scratch = new ShardScratch(shared.spec, Math.max(1, Math.ceil(shared.batchSize / shared.shards)));
  }
  shared;
  params;
  data;
  grads;
  losses;
  control;
  scratch;
};
function runShards(v, index) {
  const { shards, threads, spec, dropoutSeed } = v.shared;
  const batchStart = v.control[BATCH_START];
  const batchSize = v.control[BATCH_SIZE];
  const step = v.control[STEP];
  for (let s = index; s < shards; s += threads) {
    const from = Math.floor(s * batchSize / shards);
    const to = Math.floor((s + 1) * batchSize / shards);
    v.losses[s] = shardGradient(spec, v.params, v.data, { batchStart, batchSize, from, to, step, dropoutSeed }, v.grads[s], v.scratch);
  }
}
function runStep(v, batchStart, batchSize, step) {
  const c = v.control;
  c[BATCH_START] = batchStart;
  c[BATCH_SIZE] = batchSize;
  c[STEP] = step;
  const workers = v.shared.threads - 1;
  if (workers > 0) {
    Atomics.store(c, DONE, 0);
    Atomics.add(c, GENERATION, 1);
    Atomics.notify(c, GENERATION);
  }
  runShards(v, 0);
  if (workers === 0) return true;
  let stalled = 0;
  for (let spins = 0; ; spins++) {
    const done = Atomics.load(c, DONE);
    if (done >= workers) break;
    if (spins < SPINS) continue;
    if (Atomics.wait(c, DONE, done, 1e3) === "timed-out" && ++stalled >= STALL_SECONDS) return false;
    if (Atomics.load(c, DONE) !== done) stalled = 0;
  }
  return Atomics.load(c, FAILED) === 0;
}
function stopWorkers(v) {
  Atomics.store(v.control, STOP, 1);
  Atomics.add(v.control, GENERATION, 1);
  Atomics.notify(v.control, GENERATION);
}
function serveShards(shared, index, report) {
  const v = new ShardViews(shared);
  const c = v.control;
  let seen = 0;
  for (; ; ) {
    for (let spins = 0; Atomics.load(c, GENERATION) === seen; spins++) {
      if (spins >= SPINS) Atomics.wait(c, GENERATION, seen, 1e3);
    }
    seen = Atomics.load(c, GENERATION);
    if (Atomics.load(c, STOP) === 1) return;
    try {
      runShards(v, index);
    } catch (e) {
      report(e?.message ?? String(e));
      Atomics.store(c, FAILED, 1);
    }
    Atomics.add(c, DONE, 1);
    Atomics.notify(c, DONE);
  }
}
export {
  CONTROL_SLOTS,
  SHARDS_MODULE_URL,
  ShardViews,
  runShards,
  runStep,
  serveShards,
  stopWorkers
};
