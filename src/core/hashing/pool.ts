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

/** A pool of hashing threads; one per core unless told otherwise. Call `close()` when done. */
export class HashPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Array<() => void> = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  constructor(readonly size: number = Math.max(1, availableParallelism())) {}

  hash(file: string, algos: readonly HashAlgo[]): Promise<FileDigests> {
    return new Promise((resolve, reject) => {
      const start = (worker: Worker) => {
        const id = this.nextId++;
        this.pending.set(id, { resolve, reject, file });
        worker.postMessage({ id, file, algos });
      };
      const worker = this.take();
      if (worker) start(worker);
      else this.queue.push(() => start(this.idle.pop()!));
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers.length = 0;
    this.idle.length = 0;
  }

  private take(): Worker | undefined {
    if (this.idle.length > 0) return this.idle.pop();
    if (this.workers.length >= this.size) return undefined;
    // The source is CommonJS: a parent started with --input-type=module would make it ESM.
    const worker = new Worker(WORKER_SOURCE, { eval: true, execArgv: process.execArgv.filter((a) => !a.startsWith('--input-type')) });
    worker.on('message', (msg: { id: number; result?: FileDigests; error?: { code: string; message: string } }) => {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      this.idle.push(worker);
      const next = this.queue.shift();
      if (next) next();
      if (!p) return;
      if (msg.result) p.resolve(msg.result);
      else p.reject(new FileReadError(p.file, msg.error?.code ?? 'EIO', msg.error?.message ?? 'unknown error'));
    });
    worker.on('error', (e) => {
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
    });
    this.workers.push(worker);
    return worker;
  }
}
