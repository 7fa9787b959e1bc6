/**
 * What a pull and a remote check share: the repository, the config's data paths, the DVC outs
 * they need, the remote, the cache, and reading folder listings.
 */
import path from 'node:path';
import type { LoadedConfig } from '../config/index.js';
import { ModelBuildError } from '../errors.js';
import { Hasher } from '../hashing/index.js';
import { commitTree, readGitFacts } from '../provenance/git.js';
import { RepositoryBoundary } from '../trust/boundary.js';
import { CorruptObjectError, DvcCache } from './cache.js';
import { mapLimit, TransientError, withRetry, type RetryPolicy } from './concurrency.js';
import { MAX_LISTING_BYTES, parseDirListing, type ListedFile } from './dirListing.js';
import { objectKey, type ObjectId } from './layout.js';
import { committedOuts, configDataPaths, resolvePullConfig, selectOuts, type SelectedOut } from './pointers.js';
import { readDvcConfig, resolveRemote, type RemoteSpec } from './remoteConfig.js';
import { openRemote } from './remotes/open.js';
import type { RemoteStore } from './remotes/types.js';
import { StreamDigest } from './streamDigest.js';

export interface RemoteSessionOptions {
  /** A folder inside the repository. Default: the current directory. */
  root?: string;
  /** The config whose data paths decide what is needed (as `checkWorkspace`); null: every DVC out. */
  config?: string | LoadedConfig | null;
  /** DVC remote name; default: `[core] remote`. */
  remote?: string;
  /** Objects transferred or checked at once. @default the remote's `jobs`, else 8 */
  jobs?: number;
  retry?: RetryPolicy;
  /** Hash cache file; null disables it. Default: `<git dir>/model-build/hash-cache.json`. */
  cacheFile?: string | null;
}

/** Most objects in flight at once (each holds a connection and a file). */
export const MAX_JOBS = 128;

export interface Session {
  root: string;
  boundary: RepositoryBoundary;
  spec: RemoteSpec;
  store: RemoteStore;
  cache: DvcCache;
  hasher: Hasher;
  selected: SelectedOut[];
  jobs: number;
  retry: RetryPolicy;
  notes: string[];
  close(): Promise<void>;
}

export async function openSession(options: RemoteSessionOptions): Promise<Session> {
  const start = path.resolve(options.root ?? process.cwd());
  const lookup = await readGitFacts(start);
  if (!lookup.ok) throw new ModelBuildError('GIT_FAILED', lookup.message, { hint: lookup.hint });
  const root = lookup.facts.root;
  const boundary = new RepositoryBoundary(root);
  const notes: string[] = [];
  const config = resolvePullConfig(options.config, start, root);
  const dvcConfig = readDvcConfig(root, boundary);
  const spec = resolveRemote(dvcConfig, options.remote);
  const tree = await commitTree(root, lookup.facts.commit);
  const outs = committedOuts(root, tree, boundary, notes);
  const dataPaths = config ? configDataPaths(config, root, boundary) : null;
  if (!config) notes.push('no model-build config: every committed DVC output counts');
  const selected = selectOuts(outs, dataPaths);
  const jobs = options.jobs ?? spec.jobs ?? 8;
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > MAX_JOBS) {
    throw new ModelBuildError('USAGE', `jobs must be a whole number from 1 to ${MAX_JOBS} (got ${jobs})`, { hint: 'the default, 8, suits most remotes' });
  }
  const store = await openRemote(spec, { maxSockets: jobs });
  const hasher = new Hasher({
    root,
    cacheFile: options.cacheFile === undefined ? path.join(lookup.facts.commonDir, 'model-build', 'hash-cache.json') : options.cacheFile,
  });
  const cache = new DvcCache(dvcConfig.cacheDir, boundary, hasher);
  return {
    root,
    boundary,
    spec,
    store,
    cache,
    hasher,
    selected,
    jobs,
    retry: options.retry ?? {},
    notes,
    async close() {
      store.close();
      await hasher.close();
    },
  };
}

/** Turns a transient failure that outlived its retries into the error a user sees. */
export function unreachable(spec: RemoteSpec, e: TransientError): ModelBuildError {
  return new ModelBuildError('DVC_REMOTE_UNREACHABLE', `remote "${spec.name}" (${spec.display}) keeps failing: ${e.message}`, {
    file: spec.file,
    hint: 'check the network and the remote; the request was retried with backoff',
  });
}

/** Runs a remote call with the session's retry policy; a lasting transient failure becomes DVC_REMOTE_UNREACHABLE. */
export async function retried<T>(s: Session, fn: () => Promise<T>): Promise<T> {
  try {
    return await withRetry(fn, s.retry);
  } catch (e) {
    throw TransientError.is(e) ? unreachable(s.spec, e) : e;
  }
}

/** A listing read straight from the remote into memory (for a check, which writes nothing). */
async function fetchListingBytes(s: Session, id: ObjectId): Promise<Buffer | null> {
  return retried(s, async () => {
    const got = await s.store.get(objectKey(id));
    if (!got) return null;
    if (got.size !== undefined && got.size > MAX_LISTING_BYTES) {
      throw new ModelBuildError('DVC_OBJECT_INVALID', `the folder listing ${objectKey(id)} is ${got.size} bytes, more than the ${MAX_LISTING_BYTES}-byte limit`, { file: s.spec.file });
    }
    const digest = new StreamDigest('md5');
    const parts: Buffer[] = [];
    for await (const chunk of got.body) {
      digest.update(chunk);
      if (digest.size > MAX_LISTING_BYTES) throw new ModelBuildError('DVC_OBJECT_INVALID', `the folder listing ${objectKey(id)} is more than ${MAX_LISTING_BYTES} bytes`, { file: s.spec.file });
      parts.push(Buffer.from(chunk));
    }
    if (got.size !== undefined && digest.size < got.size) throw new TransientError(`${objectKey(id)}: the transfer ended after ${digest.size} of ${got.size} bytes`);
    const actual = digest.digest();
    if (`${actual}.dir` !== id.md5) {
      throw new ModelBuildError('DVC_OBJECT_INVALID', `the folder listing ${objectKey(id)} in remote "${s.spec.name}" has md5 ${actual}, not ${id.md5.replace(/\.dir$/, '')}`, {
        file: s.spec.file,
        hint: 'the remote holds a damaged object: push it again from a machine that has the data (`dvc push`)',
      });
    }
    return Buffer.concat(parts);
  });
}

export interface ListingResult {
  out: SelectedOut;
  /** null: the listing object is in neither the cache nor the remote. */
  files: ListedFile[] | null;
  /** How the listing was had (folder outs only). */
  source?: 'cache' | 'remote';
  /** Bytes downloaded for it. */
  bytes?: number;
}

/**
 * The files of every selected folder out (narrowed to `only`). The listing comes from the cache
 * when it holds it; otherwise from the remote: into the cache when `store` (pull), in memory
 * when not (check).
 */
export async function readListings(s: Session, store: boolean): Promise<ListingResult[]> {
  return mapLimit(s.selected, s.jobs, async (out): Promise<ListingResult> => {
    const { entry } = out;
    if (!entry.isDir) return { out, files: null };
    const id: ObjectId = { md5: entry.md5, legacy: entry.legacy };
    let bytes: Buffer | null = null;
    const cached = await s.cache.has(id);
    if (cached) bytes = s.cache.read(id);
    else if (store) {
      let got;
      try {
        got = await retried(s, () => s.cache.download(s.store, id));
      } catch (e) {
        if (!(e instanceof CorruptObjectError)) throw e;
        throw new ModelBuildError('DVC_OBJECT_INVALID', `the folder listing for ${entry.path} (${entry.pointer}) in remote "${s.spec.name}" is damaged: ${e.message}`, {
          file: entry.pointer,
          hint: 'push it again from a machine that has the data (`dvc push`)',
        });
      }
      if (got) bytes = s.cache.read(id);
    } else bytes = await fetchListingBytes(s, id);
    if (!bytes) return { out, files: null };
    const files = parseDirListing(bytes, { object: objectKey(id), path: entry.path, pointer: entry.pointer });
    return { out, files, source: cached ? 'cache' : 'remote', bytes: cached ? 0 : bytes.length };
  });
}
