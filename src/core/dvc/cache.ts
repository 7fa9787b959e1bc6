/**
 * The local DVC cache (`.dvc/cache`, or `[cache] dir`), in DVC's own layout so a later `dvc`
 * uses what we fetched. Objects are written whole: streamed into a temp file beside their final
 * name, md5 checked while streaming, made read-only (0444, as DVC protects cache files) and
 * renamed into place only if the digest matches.
 */
import { chmodSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { ModelBuildError } from '../errors.js';
import type { Hasher } from '../hashing/index.js';
import type { RepositoryBoundary } from '../trust/boundary.js';
import { TransientError } from './concurrency.js';
import { cachePath, objectAlgo, objectDigest, objectKey, type ObjectId } from './layout.js';
import type { RemoteStore } from './remotes/types.js';
import { StreamDigest } from './streamDigest.js';

/** An object the remote sent whose bytes are not what its name promises. */
export class CorruptObjectError extends Error {
  constructor(
    message: string,
    readonly reason: 'corrupt' | 'truncated',
  ) {
    super(message);
    this.name = 'CorruptObjectError';
  }
}

let tmpCounter = 0;

export class DvcCache {
  constructor(
    readonly dir: string,
    private readonly boundary: RepositoryBoundary,
    private readonly hasher: Hasher,
  ) {}

  /** The object's path, resolved through symlinks; refused if it leads outside the repository. */
  path(id: ObjectId): string {
    const abs = cachePath(this.dir, id);
    return this.boundary.resolve(abs, `DVC cache object ${objectKey(id)}`, { file: this.boundary.relative(this.dir) }).real;
  }

  /**
   * True when the cache holds the object with the right bytes. A cache file with other bytes
   * (a failed copy, an edit through a symlinked checkout) is not trusted, never deleted.
   */
  async has(id: ObjectId): Promise<boolean> {
    const abs = this.path(id);
    let st;
    try {
      st = statSync(abs);
    } catch {
      return false;
    }
    if (!st.isFile()) return false;
    const algo = objectAlgo(id);
    return (await this.hasher.digest(abs, [algo]))[algo] === objectDigest(id);
  }

  /** The bytes of a (small) cached object that `has` confirmed. */
  read(id: ObjectId): Buffer {
    return readFileSync(this.path(id));
  }

  /**
   * Downloads one object into the cache, verifying it while it streams. Throws
   * CorruptObjectError (nothing written), TransientError (retry), or null → the remote lacks it.
   */
  async download(store: RemoteStore, id: ObjectId, expectedSize?: number): Promise<{ bytes: number } | null> {
    const key = objectKey(id);
    const got = await store.get(key);
    if (!got) return null;
    const dest = this.path(id);
    const dir = path.dirname(dest);
    mkdirSync(dir, { recursive: true });
    const tmp = path.join(dir, `.${path.basename(dest)}.mb-tmp-${process.pid}-${tmpCounter++}`);
    const digest = new StreamDigest(objectAlgo(id));
    const fh = await open(tmp, 'wx', 0o644);
    let closed = false;
    try {
      for await (const chunk of got.body) {
        digest.update(chunk);
        let off = 0;
        while (off < chunk.length) off += (await fh.write(chunk, off, chunk.length - off)).bytesWritten;
      }
      const declared = got.size ?? expectedSize;
      if (declared !== undefined && digest.size < declared) {
        throw new TransientError(`${key}: the transfer ended after ${digest.size} of ${declared} bytes`, true);
      }
      const actual = digest.digest();
      if (actual !== objectDigest(id)) {
        throw new CorruptObjectError(
          `${key}: the remote's bytes (${digest.size} bytes) have ${objectAlgo(id)} ${actual}, not ${objectDigest(id)}`,
          'corrupt',
        );
      }
      await fh.sync();
      await fh.close();
      closed = true;
      chmodSync(tmp, 0o444);
      renameSync(tmp, dest);
      return { bytes: digest.size };
    } catch (e) {
      if (!closed) await fh.close().catch(() => undefined);
      rmSync(tmp, { force: true });
      if (e instanceof CorruptObjectError || TransientError.is(e) || ModelBuildError.is(e)) throw e;
      const code = (e as NodeJS.ErrnoException).code ?? String(e);
      throw new ModelBuildError('OUTPUT_UNWRITABLE', `cannot write ${key} into the DVC cache (${code})`, {
        file: this.boundary.relative(this.dir),
        hint: code === 'ENOSPC' ? 'free some disk space and run again' : 'check the cache folder and its permissions',
      });
    }
  }
}
