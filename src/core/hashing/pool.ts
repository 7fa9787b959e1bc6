import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { WORKER_SOURCE } from './worker.js';

/** `md5` = raw bytes (DVC 3, DVC dirs); `md5-dos2unix` = DVC 2 legacy; `sha256` = Git LFS. */
export type HashAlgo = 'md5' | 'md5-dos2unix' | 'sha256';

export interface FileDigests {
  size: number;
  md5?: string;
  'md5-dos2unix'?: string;
  sha256?: string;
}

/** A file the pool could not read; the Hasher turns it into a ModelBuildError with a relative path. */
export class FileReadError extends Error {
  constructor(
    readonly file: string,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'FileReadError';
  }
}

/** One file to hash, from `hash()` until its answer. */
interface Job {
  id: number;
  file: string;
  algos: readonly HashAlgo[];
  /** Expected size (a hint for batching; 0 when unknown). */
  bytes: number;
  resolve: (d: FileDigests) => void;
  reject: (e: Error) => void;
}

/**
 * Files go to a thread in batches: one message each way per batch, not per file. With thousands
 * of small files, a message per file cost the main thread ~70 µs each, time it then did not
 * leave to the hashing threads on a machine whose cores they fill. A batch takes what is queued
 * up to these caps, so a lone file still goes at once, and the last batches are small enough
 * (~15 ms of hashing) to end the threads together.
 */
const BATCH_FILES = 32;
const BATCH_BYTES = 8 << 20;
/**
 * Batches each thread holds at once: the next is already there when one finishes, so a thread
 * never waits a message round trip for work.
 */
const BATCHES_PER_THREAD = 2;

/** A pool of hashing threads; one per core unless told otherwise. Call `close()` when done. */
export class HashPool {
  private readonly workers: Worker[] = [];
  /** Batches sent to each worker and not yet answered. */
  private readonly inFlight = new Map<Worker, number>();
  private queue: Job[] = [];
  private head = 0;
  private readonly pending = new Map<number, Job>();
  private nextId = 0;
  private closed = false;

  constructor(readonly size: number = Math.max(1, availableParallelism())) {}

  /** Hashes one file; `bytes` is its expected size, for batching only. */
  hash(file: string, algos: readonly HashAlgo[], bytes = 0): Promise<FileDigests> {
    // Work that outlives a failed check (its other half still running) must not start threads
    // nobody will close: they would keep the process alive.
    if (this.closed) return Promise.reject(new Error(`the hash pool is closed; ${file} was not hashed`));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, file, algos, bytes, resolve, reject });
      this.pump();
    });
  }

  /** Starts every thread now rather than at the first jobs. */
  prestart(): void {
    while (!this.closed && this.workers.length < this.size) this.spawn();
  }

  /**
   * Stops the threads. It does not wait for them to be gone (~25 ms at the end of every check):
   * they hold no results and write nothing, and unreferenced they never keep the process alive.
   */
  async close(): Promise<void> {
    this.closed = true;
    for (const w of this.workers) {
      w.unref();
      w.terminate().catch(() => undefined);
    }
    this.workers.length = 0;
    this.inFlight.clear();
  }

  /** Sends queued files, in order, in batches to threads with room for one. */
  private pump(): void {
    while (this.head < this.queue.length) {
      const worker = this.take();
      if (!worker) return;
      const batch: Array<{ id: number; file: string; algos: readonly HashAlgo[] }> = [];
      let bytes = 0;
      while (this.head < this.queue.length && batch.length < BATCH_FILES && (batch.length === 0 || bytes + this.queue[this.head]!.bytes <= BATCH_BYTES)) {
        const job = this.queue[this.head++]!;
        this.pending.set(job.id, job);
        batch.push({ id: job.id, file: job.file, algos: job.algos });
        bytes += job.bytes;
      }
      if (this.head === this.queue.length) {
        this.queue = [];
        this.head = 0;
      }
      this.inFlight.set(worker, this.inFlight.get(worker)! + 1);
      worker.postMessage(batch);
    }
  }

  /** The least busy thread with room for a batch, starting one while there are fewer than `size`. */
  private take(): Worker | undefined {
    let best: Worker | undefined;
    for (const w of this.workers) if (this.inFlight.get(w)! < BATCHES_PER_THREAD && (!best || this.inFlight.get(w)! < this.inFlight.get(best)!)) best = w;
    if (best && this.inFlight.get(best) === 0) return best;
    if (this.workers.length >= this.size) return best;
    return this.spawn();
  }

  private spawn(): Worker {
    // The source is CommonJS: a parent started with --input-type=module would make it ESM.
    const worker = new Worker(WORKER_SOURCE, { eval: true, execArgv: process.execArgv.filter((a) => !a.startsWith('--input-type')) });
    worker.on('message', (answers: Array<{ id: number; result?: FileDigests; error?: { code: string; message: string } }>) => {
      this.inFlight.set(worker, Math.max(0, (this.inFlight.get(worker) ?? 1) - 1));
      this.pump();
      for (const a of answers) {
        const job = this.pending.get(a.id);
        this.pending.delete(a.id);
        if (!job) continue;
        if (a.result) job.resolve(a.result);
        else job.reject(new FileReadError(job.file, a.error?.code ?? 'EIO', a.error?.message ?? 'unknown error'));
      }
    });
    worker.on('error', (e) => {
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
    });
    this.workers.push(worker);
    this.inFlight.set(worker, 0);
    return worker;
  }
}
