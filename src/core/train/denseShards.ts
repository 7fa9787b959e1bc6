/**
 * One training step's shards, computed by the threads that share them, and the handshake
 * between the calling thread and its worker threads.
 *
 * A batch is cut into a fixed number of logical shards (rows [⌊s·B/S⌋, ⌊(s+1)·B/S⌋)); thread t
 * of T computes shards t, t+T, ... into shard s's own gradient slot. The caller then sums the
 * slots in shard order (`denseFit.ts`), so the weights depend on the shard count and never on
 * the thread count. Everything lives in SharedArrayBuffers; a step costs two atomic
 * handshakes, not a message.
 *
 * Keep this module reachable only through a dynamic import (`denseFit.ts` does): a bundler
 * then puts it in a chunk of its own, whose URL a worker can import without also running the
 * bundle's entry point.
 */
import { layerOffsets, ShardScratch, shardGradient, type DenseNetSpec, type ShardData } from './denseNet.js';

/** This module's URL: what a worker thread imports. */
export const SHARDS_MODULE_URL = import.meta.url;

/** Slots of the control array. */
const GENERATION = 0; // bumped by the caller: a new step (or the end) is ready
const DONE = 1; // workers that finished the current step
const BATCH_START = 2;
const BATCH_SIZE = 3;
const STEP = 4;
const STOP = 5; // 1: workers leave their loop
const FAILED = 6; // 1: a worker failed; its message is in `workers`' messages
export const CONTROL_SLOTS = 8;

/** How long a thread polls before it sleeps: a step is ~1 ms, a sleep/wake ~50 µs or more. */
const SPINS = 4000;
const STALL_SECONDS = 300;

/** The buffers and settings every thread of one training run shares (plain data: postMessage-able). */
export interface SharedTraining {
  spec: DenseNetSpec;
  shards: number;
  threads: number;
  /** Largest batch: sizes the per-thread scratch. */
  batchSize: number;
  dropoutSeed: number;
  params: SharedArrayBuffer;
  x: SharedArrayBuffer;
  y: SharedArrayBuffer;
  order: SharedArrayBuffer;
  /** shards × parameter count doubles: each shard's gradient. */
  grads: SharedArrayBuffer;
  /** One loss sum per shard. */
  losses: SharedArrayBuffer;
  control: SharedArrayBuffer;
}

/** Typed views over the shared buffers, and this thread's scratch. */
export class ShardViews {
  readonly params: Float64Array;
  readonly data: ShardData;
  readonly grads: Float64Array[];
  readonly losses: Float64Array;
  readonly control: Int32Array;
  readonly scratch: ShardScratch;

  constructor(readonly shared: SharedTraining) {
    const count = layerOffsets(shared.spec).count;
    this.params = new Float64Array(shared.params);
    this.data = { x: new Float32Array(shared.x), y: new Float64Array(shared.y), order: new Int32Array(shared.order) };
    this.grads = Array.from({ length: shared.shards }, (_, s) => new Float64Array(shared.grads, s * count * 8, count));
    this.losses = new Float64Array(shared.losses);
    this.control = new Int32Array(shared.control);
    this.scratch = new ShardScratch(shared.spec, Math.max(1, Math.ceil(shared.batchSize / shared.shards)));
  }
}

/** Computes thread `index`'s shards of the step described in the control array. */
export function runShards(v: ShardViews, index: number): void {
  const { shards, threads, spec, dropoutSeed } = v.shared;
  const batchStart = v.control[BATCH_START]!;
  const batchSize = v.control[BATCH_SIZE]!;
  const step = v.control[STEP]!;
  for (let s = index; s < shards; s += threads) {
    const from = Math.floor((s * batchSize) / shards);
    const to = Math.floor(((s + 1) * batchSize) / shards);
    v.losses[s] = shardGradient(spec, v.params, v.data, { batchStart, batchSize, from, to, step, dropoutSeed }, v.grads[s]!, v.scratch);
  }
}

/**
 * The caller's side of one step: publish it, compute shard set 0 here, wait for the workers.
 * Returns false when a worker failed.
 */
export function runStep(v: ShardViews, batchStart: number, batchSize: number, step: number): boolean {
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
  // A worker that died without a word (killed, out of memory) never reports: give up after
  // STALL_SECONDS without progress (a step of the largest model the limits allow takes seconds).
  let stalled = 0;
  for (let spins = 0; ; spins++) {
    const done = Atomics.load(c, DONE);
    if (done >= workers) break;
    if (spins < SPINS) continue;
    if (Atomics.wait(c, DONE, done, 1000) === 'timed-out' && ++stalled >= STALL_SECONDS) return false;
    if (Atomics.load(c, DONE) !== done) stalled = 0;
  }
  return Atomics.load(c, FAILED) === 0;
}

/** Tells the workers to leave their loop. */
export function stopWorkers(v: ShardViews): void {
  Atomics.store(v.control, STOP, 1);
  Atomics.add(v.control, GENERATION, 1);
  Atomics.notify(v.control, GENERATION);
}

/** A worker's loop: wait for a step, compute its shards, report; until told to stop. */
export function serveShards(shared: SharedTraining, index: number, report: (message: string) => void): void {
  const v = new ShardViews(shared);
  const c = v.control;
  // The run starts at generation 0: a step published before this thread got here is not missed.
  let seen = 0;
  for (;;) {
    for (let spins = 0; Atomics.load(c, GENERATION) === seen; spins++) {
      if (spins >= SPINS) Atomics.wait(c, GENERATION, seen, 1000);
    }
    seen = Atomics.load(c, GENERATION);
    if (Atomics.load(c, STOP) === 1) return;
    try {
      runShards(v, index);
    } catch (e) {
      report((e as Error)?.message ?? String(e));
      Atomics.store(c, FAILED, 1);
    }
    Atomics.add(c, DONE, 1);
    Atomics.notify(c, DONE);
  }
}
