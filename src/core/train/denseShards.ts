/**
 * One training epoch, run by every thread of a run together: the shard gradients, their sum
 * and the optimizer step, all split among the threads, with barriers between the phases.
 *
 * A batch is cut into a fixed number of logical shards (rows [⌊s·B/S⌋, ⌊(s+1)·B/S⌋)); thread t
 * of T computes shards t, t+T, ... into shard s's own gradient slot. Then each thread owns a
 * fixed range of the parameters: it sums the shards' gradients for that range in shard order,
 * adds the L2 term and applies its range's optimizer (whose state it keeps). Every parameter
 * sees exactly the arithmetic of one thread doing it all, so the weights depend on the shard
 * count and never on the thread count. Thread 0 also sums the L2 penalty (in parameter order,
 * before the update) and the batch losses (in shard order).
 *
 * A step is two barriers (after the shards, after the update) on SharedArrayBuffers: a thread
 * spins briefly, then sleeps in Atomics.wait; the last to arrive wakes sleepers only. An epoch
 * starts with one handshake: the caller publishes it, the workers run its steps on their own.
 * It ends with the validation rows, predicted in chunks by every thread and summed by thread 0
 * in row order (each row's loss has a slot of its own), then one more barrier.
 *
 * Keep this module reachable only through a dynamic import (`denseFit.ts` does): a bundler
 * then puts it in a chunk of its own, whose URL a worker can import without also running the
 * bundle's entry point.
 */
import { readFileSync } from 'node:fs';
import { predictChunk, ShardScratch, shardGradient, type DenseNetSpec, type ShardData, type ShardStep } from './denseNet.js';
import { makeOptimizer, type DenseOptimizer, type OptimizerName } from './denseOptimizer.js';

/** This module's URL: what a worker thread imports. */
export const SHARDS_MODULE_URL = import.meta.url;

/** Slots of the control array. */
const GENERATION = 0; // bumped by the caller: an epoch (or the end) is ready
const FIRST_STEP = 1; // global step number of the epoch's first batch
const STOP = 2; // 1: threads leave their loops
const FAILED = 3; // 1: a worker failed; its message is in the pool's messages
const ARRIVED = 4; // threads at the current barrier
const RELEASED = 5; // barriers passed: waiters watch it
const SLEEPERS = 6; // threads in Atomics.wait on RELEASED: the last arriver wakes them only if any
const EXITED = 7; // workers that left (and wrote their counters)
export const CONTROL_SLOTS = 8;

/**
 * How long a thread polls a barrier before it sleeps, adapted per thread: doubled after a wait
 * that polling covered, halved after one it did not. Waking a sleeper costs 50-400 µs (futex,
 * scheduler; on a VM the host must wake an idle vCPU), paid by the whole step, so on a quiet
 * machine a thread polls up to ~0.5 ms (~5 ns a poll), half a step of the task. On a
 * busy one the other thread is often descheduled for milliseconds: polling then only burns the
 * time slice it needs, so the budget shrinks to ~10 µs.
 */
const MIN_SPINS = 2_000;
const MAX_SPINS = 100_000;
/** Workers poll less for the next epoch: the caller records it and yields to its event loop in between. */
const EPOCH_SPINS = 20_000;
const STALL_SECONDS = 300;
/** Validation rows a thread predicts at a time (chunks go round the threads). */
export const VALIDATION_CHUNK = 256;

/** The buffers and settings every thread of one training run shares (plain data: postMessage-able). */
export interface SharedTraining {
  spec: DenseNetSpec;
  shards: number;
  threads: number;
  /** Training rows, and rows per batch (the last batch may be shorter). */
  rows: number;
  batchSize: number;
  dropoutSeed: number;
  optimizer: OptimizerName;
  learningRate: number;
  l2: number;
  /** Parameter ranges [from, to) that carry the L2 penalty, in parameter order. */
  penalized: Array<[number, number]>;
  params: SharedArrayBuffer;
  x: SharedArrayBuffer;
  y: SharedArrayBuffer;
  order: SharedArrayBuffer;
  /** shards × parameter count doubles: each shard's gradient. */
  grads: SharedArrayBuffer;
  /** One loss sum per shard. */
  losses: SharedArrayBuffer;
  /** Validation rows: features (float32), labels, predictions (float32, rows × outputs), per-row losses. */
  valRows: number;
  valX: SharedArrayBuffer;
  valY: SharedArrayBuffer;
  valPred: SharedArrayBuffer;
  valLosses: SharedArrayBuffer;
  control: SharedArrayBuffer;
  /** Per-thread phase counters (`THREAD_COUNTERS` doubles each, then a clock), when asked for. */
  counters?: SharedArrayBuffer;
}

/** Where each thread's time went, for profiling the trainer; never part of any output. */
export interface DenseThreadCounters {
  thread: number;
  steps: number;
  /** Shard gradients (thread 0: and the L2 penalty). */
  computeMs: number;
  /** At the barrier after the shards, then after the update. */
  waitAfterComputeMs: number;
  /** Sum of the shards, L2 term and optimizer for this thread's range (thread 0: and the losses). */
  reduceApplyMs: number;
  waitAfterApplyMs: number;
  /** Barrier waits that ended in Atomics.wait rather than spinning. */
  sleeps: number;
  /** From the last arrival at a barrier until this thread saw it, summed over its waits. */
  releaseLatencyMs: number;
  releaseWaits: number;
  /** Workers: waiting for the next epoch. */
  epochWaitMs: number;
  /** Predicting this thread's chunks of the validation rows. */
  validateMs: number;
  /** From /proc/thread-self/schedstat (Linux): time on a CPU, and runnable but waiting for one. */
  onCpuMs: number;
  runQueueMs: number;
}

const THREAD_COUNTERS = 12;
const C_COMPUTE = 0;
const C_WAIT1 = 1;
const C_APPLY = 2;
const C_WAIT2 = 3;
const C_STEPS = 4;
const C_SLEEPS = 5;
const C_LATENCY = 6;
const C_WAITS = 7;
const C_EPOCH_WAIT = 8;
const C_CPU = 9;
const C_RUNQUEUE = 10;
const C_VALIDATE = 11;

export const countersBytes = (threads: number) => (threads * THREAD_COUNTERS + 1) * 8;

/** A clock that agrees across threads (counters only). */
const clock = () => performance.timeOrigin + performance.now();

/** [on-CPU ms, run-queue ms] of the calling thread, or zeros off Linux. */
function schedstat(): [number, number] {
  try {
    const [run, queue] = readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ').map(Number);
    return [run! / 1e6, queue! / 1e6];
  } catch {
    return [0, 0];
  }
}

/** One thread's part of a run: views of the shared buffers, its scratch, range and optimizer. */
export class ShardThread {
  readonly params: Float64Array;
  readonly data: ShardData;
  readonly grads: Float64Array[];
  readonly losses: Float64Array;
  readonly control: Int32Array;
  readonly scratch: ShardScratch;
  /** This thread's parameters [from, to), their summed gradient and their optimizer. */
  readonly from: number;
  readonly to: number;
  readonly grad: Float64Array;
  readonly optimizer: DenseOptimizer;
  /** The penalized ranges clipped to [from, to). */
  readonly penalized: Array<[number, number]>;
  /** Reused for every shard: a step allocates nothing. */
  readonly step: ShardStep;
  readonly counters: Float64Array | null;
  /** The validation rows' views, and scratch for a chunk of them. */
  readonly val: { x: Float32Array; y: Float64Array; pred: Float32Array; losses: Float64Array; scratch: ShardScratch | null };
  /** Polls before sleeping at a barrier (see MIN_SPINS). */
  spins = MAX_SPINS;
  private readonly at: number;
  private readonly sched: [number, number];

  constructor(
    readonly shared: SharedTraining,
    readonly index: number,
  ) {
    const count = shared.params.byteLength / 8;
    this.params = new Float64Array(shared.params);
    this.data = { x: new Float32Array(shared.x), y: new Float64Array(shared.y), order: new Int32Array(shared.order) };
    this.grads = Array.from({ length: shared.shards }, (_, s) => new Float64Array(shared.grads, s * count * 8, count));
    this.losses = new Float64Array(shared.losses);
    this.control = new Int32Array(shared.control);
    this.scratch = new ShardScratch(shared.spec, Math.max(1, Math.ceil(shared.batchSize / shared.shards)));
    // Range boundaries on 8-double (cache line) multiples: no line is written by two threads.
    const bound = (t: number) => (t >= shared.threads ? count : Math.min(count, Math.floor((t * count) / shared.threads / 8) * 8));
    this.from = bound(index);
    this.to = bound(index + 1);
    this.grad = new Float64Array(this.to - this.from);
    this.optimizer = makeOptimizer(shared.optimizer, shared.learningRate, this.to - this.from);
    this.penalized = shared.penalized.map(([a, b]): [number, number] => [Math.max(a, this.from), Math.min(b, this.to)]).filter(([a, b]) => a < b);
    this.step = { batchStart: 0, batchSize: 0, from: 0, to: 0, step: 0, dropoutSeed: shared.dropoutSeed };
    this.counters = shared.counters ? new Float64Array(shared.counters) : null;
    this.val = {
      x: new Float32Array(shared.valX),
      y: new Float64Array(shared.valY),
      pred: new Float32Array(shared.valPred),
      losses: new Float64Array(shared.valLosses),
      scratch: shared.valRows > 0 ? new ShardScratch(shared.spec, VALIDATION_CHUNK) : null,
    };
    this.at = index * THREAD_COUNTERS;
    this.sched = this.counters ? schedstat() : [0, 0];
  }

  /** Adds `ms` to counter `slot` of this thread. */
  count(slot: number, ms: number): void {
    this.counters![this.at + slot] = this.counters![this.at + slot]! + ms;
  }

  /** Records this thread's CPU time so far (once, as it finishes). */
  finishCounters(): void {
    if (!this.counters) return;
    const [run, queue] = schedstat();
    this.counters[this.at + C_CPU] = run - this.sched[0];
    this.counters[this.at + C_RUNQUEUE] = queue - this.sched[1];
  }
}

/**
 * Runs every step of one epoch as thread `t.index` (the caller is thread 0, after
 * `publishEpoch`). Returns the epoch's loss sum on thread 0 (0 on the others), or undefined
 * when a thread failed, stopped answering or the run was stopped.
 */
export function runEpoch(t: ShardThread, firstStep: number): number | undefined {
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
      s.from = Math.floor((shard * size) / shards);
      s.to = Math.floor(((shard + 1) * size) / shards);
      t.losses[shard] = shardGradient(spec, t.params, t.data, s, t.grads[shard]!, t.scratch);
    }
    // Read before any thread updates the parameters (after the barrier), in parameter order.
    let penalty = 0;
    if (t.index === 0 && l2 > 0) {
      for (const [from, to] of t.shared.penalized) for (let i = from; i < to; i++) penalty += t.params[i]! * t.params[i]!;
    }
    if (c) t0 = lap(t, C_COMPUTE, t0);
    if (!barrier(t, C_WAIT1)) return undefined;
    if (c) t0 = clock();
    reduceAndApply(t);
    if (t.index === 0) {
      let batchLoss = 0;
      for (let shard = 0; shard < shards; shard++) batchLoss += t.losses[shard]!;
      if (l2 > 0) batchLoss += size * l2 * penalty;
      lossSum += batchLoss;
    }
    if (c) {
      lap(t, C_APPLY, t0);
      t.count(C_STEPS, 1);
    }
    if (!barrier(t, C_WAIT2)) return undefined;
  }
  if (!validate(t)) return undefined;
  return lossSum;
}

/** This thread's chunks of the validation rows (chunk k goes to thread k mod threads), then a barrier. */
function validate(t: ShardThread): boolean {
  const { valRows, threads, spec } = t.shared;
  if (valRows === 0) return true;
  const t0 = t.counters ? clock() : 0;
  const v = t.val;
  for (let from = t.index * VALIDATION_CHUNK; from < valRows; from += threads * VALIDATION_CHUNK) {
    predictChunk(spec, t.params, v.x, v.y, from, Math.min(valRows, from + VALIDATION_CHUNK), v.pred, v.losses, v.scratch!);
  }
  if (t.counters) lap(t, C_VALIDATE, t0);
  return barrier(t, C_WAIT2);
}

/** The mean validation loss of the epoch just run (thread 0, after `runEpoch`): rows summed in order. */
export function validationLoss(t: ShardThread): number {
  const { losses } = t.val;
  let sum = 0;
  for (let r = 0; r < losses.length; r++) sum += losses[r]!;
  return losses.length > 0 ? sum / losses.length : 0;
}

/** Adds the time since t0 to a counter; returns now. */
function lap(t: ShardThread, slot: number, t0: number): number {
  const now = clock();
  t.count(slot, now - t0);
  return now;
}

/**
 * This thread's range: the shards' gradients summed in shard order, plus the L2 term, then
 * one optimizer step — per parameter the same operations, in the same order, as one thread
 * doing every range.
 */
function reduceAndApply(t: ShardThread): void {
  const { from, to, grad } = t;
  grad.set(t.grads[0]!.subarray(from, to));
  for (let s = 1; s < t.grads.length; s++) {
    const g = t.grads[s]!;
    for (let i = from; i < to; i++) grad[i - from] = grad[i - from]! + g[i]!;
  }
  const l2 = t.shared.l2;
  if (l2 > 0) {
    for (const [a, b] of t.penalized) for (let i = a; i < b; i++) grad[i - from] = grad[i - from]! + 2 * l2 * t.params[i]!;
  }
  t.optimizer.apply(t.params, grad, from);
}

/**
 * Waits until every thread has arrived. Returns false when a thread failed, the run was
 * stopped, or nothing arrived for STALL_SECONDS (a worker that died without a word; a phase of
 * the largest model the limits allow takes seconds).
 */
function barrier(t: ShardThread, slot: number): boolean {
  const threads = t.shared.threads;
  if (threads === 1) return true;
  const c = t.control;
  const k = t.counters;
  const t0 = k ? clock() : 0;
  const released = Atomics.load(c, RELEASED);
  if (Atomics.add(c, ARRIVED, 1) === threads - 1) {
    Atomics.store(c, ARRIVED, 0); // nobody arrives at the next barrier before RELEASED moves
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
      t.count(C_LATENCY, Math.max(0, now - k[threads * THREAD_COUNTERS]!));
      t.count(C_WAITS, 1);
    }
  }
  return ok;
}

function sleepUntilReleased(c: Int32Array, released: number): boolean {
  Atomics.add(c, SLEEPERS, 1);
  try {
    let stalled = 0;
    let arrived = Atomics.load(c, ARRIVED);
    while (Atomics.load(c, RELEASED) === released) {
      if (Atomics.load(c, FAILED) !== 0 || Atomics.load(c, STOP) !== 0) return false;
      if (Atomics.wait(c, RELEASED, released, 1000) !== 'timed-out') continue;
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

/** The caller's side: the epoch's rows are in `order`; workers start its steps now. */
export function publishEpoch(t: ShardThread, firstStep: number): void {
  if (t.shared.threads === 1) return;
  const c = t.control;
  Atomics.store(c, FIRST_STEP, firstStep);
  Atomics.add(c, GENERATION, 1);
  Atomics.notify(c, GENERATION);
}

/** Tells the workers to leave their loops (also from a barrier, when the caller failed). */
export function stopWorkers(t: ShardThread): void {
  const c = t.control;
  Atomics.store(c, STOP, 1);
  Atomics.add(c, GENERATION, 1);
  Atomics.notify(c, GENERATION);
  Atomics.notify(c, RELEASED);
}

/** The counters of every thread, once the workers have left (waits up to a second for them). */
export function readCounters(t: ShardThread): DenseThreadCounters[] | undefined {
  const k = t.counters;
  if (!k) return undefined;
  t.finishCounters();
  const workers = t.shared.threads - 1;
  for (let exited = Atomics.load(t.control, EXITED); exited < workers; exited = Atomics.load(t.control, EXITED)) {
    if (Atomics.wait(t.control, EXITED, exited, 1000) === 'timed-out') break;
  }
  return Array.from({ length: t.shared.threads }, (_, thread) => {
    const at = (slot: number) => k[thread * THREAD_COUNTERS + slot]!;
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
      runQueueMs: at(C_RUNQUEUE),
    };
  });
}

/** A worker's loop: wait for an epoch, run its steps, until told to stop. */
export function serveShards(shared: SharedTraining, index: number, report: (message: string) => void): void {
  const t = new ShardThread(shared, index);
  const c = t.control;
  // The run starts at generation 0: an epoch published before this thread got here is not missed.
  let seen = 0;
  for (;;) {
    const t0 = t.counters ? clock() : 0;
    for (let spins = 0; Atomics.load(c, GENERATION) === seen; spins++) {
      if (spins >= EPOCH_SPINS) Atomics.wait(c, GENERATION, seen, 1000);
    }
    seen = Atomics.load(c, GENERATION);
    if (t.counters) t.count(C_EPOCH_WAIT, clock() - t0);
    if (Atomics.load(c, STOP) === 1) break;
    try {
      runEpoch(t, Atomics.load(c, FIRST_STEP));
    } catch (e) {
      report((e as Error)?.message ?? String(e));
      Atomics.store(c, FAILED, 1);
      Atomics.notify(c, RELEASED);
    }
  }
  t.finishCounters();
  Atomics.add(c, EXITED, 1);
  Atomics.notify(c, EXITED);
}
