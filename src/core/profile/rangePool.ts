/**
 * Worker threads for profiling ranges. Each worker imports the range module by its URL (see
 * `rangeProfile.ts`): from the compiled library, from a bundle's chunk, or from TypeScript
 * sources, where it registers tsx's loader first (the CLI run with tsx, and the tests).
 */
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ModelBuildError } from '../errors.js';
import type { RangeJob, RangeResult } from './rangeProfile.js';

/**
 * Run with `eval: true`: nothing to ship beside a bundle. Only dynamic imports, no `require`:
 * a worker inherits `--input-type=module` from a parent run that way, which makes this an ES module.
 */
const WORKER_SOURCE = String.raw`
import('node:worker_threads').then(async ({ parentPort, workerData }) => {
  try {
    if (workerData.loader) (await import(workerData.loader)).register();
    const m = await import(workerData.url);
    const scratch = m.rangeScratch();
    parentPort.on('message', (job) => parentPort.postMessage(m.profileRange(job, scratch)));
  } catch (e) {
    parentPort.postMessage({ fatal: e && e.message ? e.message : String(e) });
  }
});
`;

/** tsx's ESM register API, for a worker that must import TypeScript sources. */
function tsxLoader(moduleUrl: string): string | undefined {
  if (!moduleUrl.endsWith('.ts')) return undefined;
  const require = createRequire(moduleUrl);
  return pathToFileURL(path.join(path.dirname(require.resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
}

const failed = (why: string) =>
  new ModelBuildError('INTERNAL', `a profiling worker thread failed: ${why}`, {
    hint: 'set MODEL_BUILD_PROFILE_WORKERS=1 to profile in one thread; report this if it persists',
  });

interface Task {
  job: RangeJob;
  resolve: (r: RangeResult) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  /** Sent, not yet answered, oldest first: a worker answers its messages in order. */
  tasks: Task[];
}

/**
 * Jobs in flight per worker: the next one waits in the worker's own queue, so it starts the
 * moment the last ends, not when the main thread next gets to run (it may be busy or descheduled).
 */
const IN_FLIGHT = 2;

/**
 * A 16 MiB young generation: measured at the same speed as V8's default on 1M rows, with peak
 * RSS 122 instead of 156 MiB for 2 workers (each heap otherwise grows its nursery to the max).
 */
const resourceLimits = { maxYoungGenerationSizeMb: 16 };

/** A fixed number of workers; jobs queue when all are busy. Always `close()` it. */
export class RangePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private broken: Error | undefined;

  constructor(size: number, moduleUrl: string) {
    const workerData = { url: moduleUrl, loader: tsxLoader(moduleUrl) };
    for (let i = 0; i < size; i++) {
      const slot: Slot = { worker: new Worker(WORKER_SOURCE, { eval: true, workerData, resourceLimits }), tasks: [] };
      slot.worker.on('message', (msg: RangeResult | { fatal: string }) => {
        if ('fatal' in msg) return this.fail(failed(msg.fatal));
        slot.tasks.shift()?.resolve(msg);
        const next = this.queue.shift();
        if (next) this.start(slot, next);
      });
      slot.worker.on('error', (e) => this.fail(failed(e.message)));
      slot.worker.on('exit', (code) => {
        if (slot.tasks.length > 0) this.fail(failed(`it exited with code ${code}`));
      });
      this.slots.push(slot);
    }
  }

  /** Runs a job on the next free worker; `urgent` jobs go ahead of the queue. */
  run(job: RangeJob, urgent = false): Promise<RangeResult> {
    if (this.broken) return Promise.reject(this.broken);
    return new Promise((resolve, reject) => {
      const task = { job, resolve, reject };
      // The least loaded worker, if any has room; the first of equals (no chance involved).
      let free: Slot | undefined;
      for (const s of this.slots) if (s.tasks.length < IN_FLIGHT && (!free || s.tasks.length < free.tasks.length)) free = s;
      if (free) this.start(free, task);
      else if (urgent) this.queue.unshift(task);
      else this.queue.push(task);
    });
  }

  async close(): Promise<void> {
    this.queue.length = 0;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private start(slot: Slot, task: Task): void {
    slot.tasks.push(task);
    slot.worker.postMessage(task.job);
  }

  private fail(e: Error): void {
    if (this.broken) return;
    this.broken = e;
    for (const task of [...this.slots.flatMap((s) => s.tasks.splice(0)), ...this.queue.splice(0)]) task.reject(e);
  }
}
