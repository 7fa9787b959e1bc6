import { statSync, type BigIntStats } from 'node:fs';
import path from 'node:path';
import { ModelBuildError } from '../errors.js';
import { toPosix } from '../util/paths.js';
import { HashCache } from './cache.js';
import { FileReadError, HashPool, type FileDigests, type HashAlgo } from './pool.js';

export interface HashProgress {
  filesDone: number;
  filesQueued: number;
  bytesDone: number;
  bytesQueued: number;
  /** Files answered from the cache without reading them, and their bytes. */
  cacheHits: number;
  cacheHitBytes: number;
}

export interface HasherOptions {
  /** Paths in the cache are stored relative to this folder. */
  root: string;
  /** Cache file; null disables the cache. */
  cacheFile: string | null;
  /** Hashing threads. Default: one per core. */
  concurrency?: number;
  onProgress?: (p: HashProgress) => void;
}

/** Hashes files through the cache and a thread pool, counting what it did. */
export class Hasher {
  private readonly cache: HashCache;
  private readonly pool: HashPool;
  readonly progress: HashProgress = { filesDone: 0, filesQueued: 0, bytesDone: 0, bytesQueued: 0, cacheHits: 0, cacheHitBytes: 0 };

  constructor(private readonly options: HasherOptions) {
    this.cache = new HashCache(options.cacheFile);
    this.pool = new HashPool(options.concurrency);
  }

  /**
   * Starts the hashing threads now, when the cache is empty (a first or `--no-cache` run, which
   * will hash everything): a thread takes ~60 ms to start, which then overlaps with the caller
   * listing files instead of delaying the first hash. With a cache the threads start when a file
   * misses it, so a run that hashes nothing starts none.
   */
  prestartIfCold(): void {
    if (this.cache.size === 0) this.pool.prestart();
  }

  async digest(abs: string, algos: readonly HashAlgo[]): Promise<FileDigests> {
    const key = toPosix(path.relative(this.options.root, abs));
    let st;
    try {
      st = statSync(abs, { bigint: true });
    } catch (e) {
      throw unreadable(key, e as NodeJS.ErrnoException);
    }
    const size = Number(st.size);
    this.progress.filesQueued++;
    this.progress.bytesQueued += size;
    const cached = this.cache.get(key, st);
    if (cached && algos.every((a) => cached[a] !== undefined)) {
      this.progress.cacheHits++;
      this.progress.cacheHitBytes += size;
      this.done(size);
      return cached;
    }
    let digests: FileDigests;
    try {
      digests = await this.pool.hash(abs, algos, size);
    } catch (e) {
      throw e instanceof FileReadError ? unreadable(key, e) : e;
    }
    // A file that changed while it was read has a digest of no single version: never cache it.
    if (this.cache.file !== null && unchanged(st, abs)) this.cache.set(key, st, digests);
    this.done(size);
    return digests;
  }

  private done(size: number) {
    this.progress.filesDone++;
    this.progress.bytesDone += size;
    this.options.onProgress?.({ ...this.progress });
  }

  async close(): Promise<void> {
    this.cache.save();
    await this.pool.close();
  }
}

function unchanged(before: BigIntStats, abs: string): boolean {
  try {
    const after = statSync(abs, { bigint: true });
    return after.size === before.size && after.mtimeNs === before.mtimeNs && after.ctimeNs === before.ctimeNs && after.ino === before.ino;
  } catch {
    return false;
  }
}

/** `cannot read the file (EACCES: permission denied)`, without Node's absolute path. */
function unreadable(key: string, e: { code?: string; message: string }): ModelBuildError {
  const reason = e.message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '');
  return new ModelBuildError('FILE_UNREADABLE', `cannot read the file (${e.code ?? 'EIO'}: ${reason})`, {
    file: key,
    hint: e.code === 'EACCES' || e.code === 'EPERM' ? 'check the file permissions for the user running model-build' : undefined,
  });
}
