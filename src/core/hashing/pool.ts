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

interface Pending {
  resolve: (d: FileDigests) => void;
  reject: (e: Error) => void;
  file: string;
}

/**
 * Jobs each thread holds at once: the next file is already queued when one finishes, so a
 * thread never waits a message round trip for work (with thousands of small files that wait
 * was ~10% of each thread's time).
 */
const JOBS_PER_THREAD = 2;

/** A pool of hashing threads; one per core unless told otherwise. Call `close()` when done. */
export class HashPool {
  private readonly workers: Worker[] = [];
  /** Jobs sent to each worker and not yet answered. */
  private readonly inFlight = new Map<Worker, number>();
  private readonly queue: Array<(worker: Worker) => void> = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  constructor(readonly size: number = Math.max(1, availableParallelism())) {}

  hash(file: string, algos: readonly HashAlgo[]): Promise<FileDigests> {
    return new Promise((resolve, reject) => {
      const start = (worker: Worker) => {
        const id = this.nextId++;
        this.pending.set(id, { resolve, reject, file });
        this.inFlight.set(worker, (this.inFlight.get(worker) ?? 0) + 1);
        worker.postMessage({ id, file, algos });
      };
      const worker = this.take();
      if (worker) start(worker);
      else this.queue.push(start);
    });
  }

  /** Starts every thread now rather than at the first jobs. */
  prestart(): void {
    while (this.workers.length < this.size) this.spawn();
  }

  /**
   * Stops the threads. It does not wait for them to be gone (~25 ms at the end of every check):
   * they hold no results and write nothing, and unreferenced they never keep the process alive.
   */
  async close(): Promise<void> {
    for (const w of this.workers) {
      w.unref();
      w.terminate().catch(() => undefined);
    }
    this.workers.length = 0;
    this.inFlight.clear();
  }

  /** The least busy thread with room for a job, starting one while there are fewer than `size`. */
  private take(): Worker | undefined {
    let best: Worker | undefined;
    for (const w of this.workers) if ((this.inFlight.get(w) ?? 0) < JOBS_PER_THREAD && (!best || this.inFlight.get(w)! < this.inFlight.get(best)!)) best = w;
    if (best && this.inFlight.get(best) === 0) return best;
    if (this.workers.length >= this.size) return best;
    return this.spawn();
  }

  private spawn(): Worker {
    // The source is CommonJS: a parent started with --input-type=module would make it ESM.
    const worker = new Worker(WORKER_SOURCE, { eval: true, execArgv: process.execArgv.filter((a) => !a.startsWith('--input-type')) });
    worker.on('message', (msg: { id: number; result?: FileDigests; error?: { code: string; message: string } }) => {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      this.inFlight.set(worker, Math.max(0, (this.inFlight.get(worker) ?? 1) - 1));
      const next = this.queue.shift();
      if (next) next(worker);
      if (!p) return;
      if (msg.result) p.resolve(msg.result);
      else p.reject(new FileReadError(p.file, msg.error?.code ?? 'EIO', msg.error?.message ?? 'unknown error'));
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
