/**
 * `pull` without Python: fetch the objects the config's data needs from a DVC remote into the
 * DVC cache (verified while streaming), then put each file into the workspace by temp file +
 * rename. Files already right are left alone, so a second pull transfers nothing.
 */
import { chmodSync, copyFileSync, constants, mkdirSync, openSync, fsyncSync, closeSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { ModelBuildError } from '../errors.js';
import { compareBytes } from '../util/paths.js';
import { CorruptObjectError } from './cache.js';
import { mapLimit, TransientError, withRetry } from './concurrency.js';
import { objectAlgo, objectDigest, objectIdKey, objectKey, type ObjectId } from './layout.js';
import { openSession, readListings, unreachable, type RemoteSessionOptions } from './session.js';

export interface PullOptions extends RemoteSessionOptions {
  /** Replace workspace files whose bytes differ from what the pointer records. @default false */
  force?: boolean;
  onProgress?: (p: TransferProgress) => void;
}

export interface TransferProgress {
  phase: 'listing' | 'downloading' | 'checking-out' | 'checking';
  done: number;
  total: number;
  bytes: number;
}

/** An object that could not be had, with the data that needs it. */
export interface ObjectProblem {
  /** Workspace path (a file, or a folder out whose listing is missing). */
  path: string;
  pointer: string;
  /** Object key in the remote, e.g. `files/md5/ab/cdef…`. */
  object: string;
  reason: 'missing' | 'corrupt' | 'truncated';
  message: string;
}

export interface PullReport {
  format: 1;
  ok: boolean;
  root: string;
  remote: { name: string; url: string };
  objects: { needed: number; downloaded: number; cached: number; failed: number };
  bytesDownloaded: number;
  files: { total: number; checkedOut: number; upToDate: number };
  failures: ObjectProblem[];
  notes: string[];
}

interface WorkFile {
  /** Root-relative path. */
  path: string;
  pointer: string;
  id: ObjectId;
  size?: number;
}

let tmpCounter = 0;

export async function pullData(options: PullOptions = {}): Promise<PullReport> {
  const s = await openSession(options);
  try {
    const progress = (p: TransferProgress) => options.onProgress?.(p);
    const failures: ObjectProblem[] = [];
    progress({ phase: 'listing', done: 0, total: s.selected.length, bytes: 0 });
    const files: WorkFile[] = [];
    // Folder listings count as objects too: a second pull finds them cached.
    const listings = { needed: 0, downloaded: 0, cached: 0, bytes: 0 };
    for (const { out, files: listed, source, bytes: got } of await readListings(s, true)) {
      const { entry } = out;
      if (entry.isDir) {
        listings.needed++;
        if (source === 'cache') listings.cached++;
        else if (listed !== null) listings.downloaded++;
        listings.bytes += got ?? 0;
      }
      if (!entry.isDir) {
        files.push({ path: entry.path, pointer: entry.pointer, id: { md5: entry.md5, legacy: entry.legacy }, ...(entry.size !== undefined ? { size: entry.size } : {}) });
      } else if (listed === null) {
        const object = objectKey({ md5: entry.md5, legacy: entry.legacy });
        failures.push({ path: entry.path, pointer: entry.pointer, object, reason: 'missing', message: `${entry.path}: the folder listing ${object} is not in remote "${s.spec.name}"` });
      } else {
        for (const f of listed) files.push({ path: `${entry.path}/${f.relpath}`, pointer: entry.pointer, id: { md5: f.md5, legacy: entry.legacy } });
      }
    }
    files.sort((a, b) => compareBytes(a.path, b.path));

    // Which workspace files are already right, and which may not be replaced.
    const todo: Array<WorkFile & { target: string }> = [];
    const conflicts: string[] = [];
    let upToDate = 0;
    await mapLimit(files, s.jobs, async (f) => {
      const full = path.join(s.root, f.path);
      // Where the path leads must be inside; the file written is the link's own name (a DVC
      // symlink checkout points into the cache, which must never be written through).
      s.boundary.resolve(full, `${f.path} (recorded in ${f.pointer})`, { file: f.pointer });
      const target = path.join(s.boundary.resolve(path.dirname(full), `the folder of ${f.path}`, { file: f.pointer }).real, path.basename(full));
      let st;
      try {
        st = statSync(target);
      } catch {
        st = null;
      }
      if (st === null) {
        todo.push({ ...f, target });
        return;
      }
      if (!st.isFile()) {
        conflicts.push(`${f.path} is ${st.isDirectory() ? 'a folder' : 'not a regular file'}; the pointer records a file`);
        return;
      }
      const algo = objectAlgo(f.id);
      if ((await s.hasher.digest(target, [algo]))[algo] === objectDigest(f.id)) {
        upToDate++;
        return;
      }
      if (options.force) todo.push({ ...f, target });
      else conflicts.push(`${f.path} differs from what ${f.pointer} records`);
    });
    if (conflicts.length > 0) {
      conflicts.sort(compareBytes);
      throw new ModelBuildError('WORKSPACE_CONFLICT', `pull would replace ${conflicts.length} workspace file${conflicts.length === 1 ? '' : 's'} whose bytes differ from the committed pointer`, {
        details: conflicts.slice(0, 50).concat(conflicts.length > 50 ? [`… and ${conflicts.length - 50} more`] : []),
        hint: 'commit the new data with `dvc add`/`dvc commit` first, or pass --force to replace these files with the recorded version (folders are never replaced)',
      });
    }
    todo.sort((a, b) => compareBytes(a.path, b.path));

    // Fetch each object once, however many files share it.
    const objects = new Map<string, { id: ObjectId; users: WorkFile[]; size?: number }>();
    for (const f of todo) {
      const k = objectIdKey(f.id);
      const o = objects.get(k) ?? { id: f.id, users: [], ...(f.size !== undefined ? { size: f.size } : {}) };
      o.users.push(f);
      objects.set(k, o);
    }
    const list = [...objects.values()];
    let downloaded = listings.downloaded;
    let cached = listings.cached;
    let bytes = listings.bytes;
    let done = 0;
    const failed = new Set<string>();
    await mapLimit(list, s.jobs, async (o) => {
      const key = objectKey(o.id);
      const fail = (reason: ObjectProblem['reason'], message: string) => {
        failed.add(objectIdKey(o.id));
        for (const u of o.users) failures.push({ path: u.path, pointer: u.pointer, object: key, reason, message });
      };
      if (await s.cache.has(o.id)) cached++;
      else {
        try {
          const got = await withRetry(() => s.cache.download(s.store, o.id, o.size), s.retry);
          if (got === null) fail('missing', `${key} is not in remote "${s.spec.name}"`);
          else {
            downloaded++;
            bytes += got.bytes;
          }
        } catch (e) {
          if (e instanceof CorruptObjectError) fail('corrupt', `${e.message}; nothing was written`);
          else if (TransientError.is(e) && e.truncated) fail('truncated', `${e.message} (after retries); nothing was written`);
          else if (TransientError.is(e)) throw unreachable(s.spec, e);
          else throw e;
        }
      }
      progress({ phase: 'downloading', done: ++done, total: list.length, bytes });
    });

    // Into the workspace: a copy of the cache object under a temp name, then rename.
    let checkedOut = 0;
    const ready = todo.filter((f) => !failed.has(objectIdKey(f.id)));
    for (const f of ready) {
      checkout(s.cache.path(f.id), f.target, f.path);
      checkedOut++;
      progress({ phase: 'checking-out', done: checkedOut, total: ready.length, bytes });
    }
    failures.sort((a, b) => compareBytes(a.path, b.path) || compareBytes(a.object, b.object));
    return {
      format: 1,
      ok: failures.length === 0,
      root: s.root,
      remote: { name: s.spec.name, url: s.spec.display },
      objects: { needed: list.length + listings.needed, downloaded, cached, failed: failed.size + (listings.needed - listings.downloaded - listings.cached) },
      bytesDownloaded: bytes,
      files: { total: files.length, checkedOut, upToDate },
      failures,
      notes: s.notes,
    };
  } finally {
    await s.close();
  }
}

/** Copies a cache object to `target` whole: temp file beside it (reflink where the disk can), synced, renamed. */
function checkout(source: string, target: string, display: string): void {
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.mb-tmp-${process.pid}-${tmpCounter++}`);
  try {
    mkdirSync(dir, { recursive: true });
    copyFileSync(source, tmp, constants.COPYFILE_EXCL | constants.COPYFILE_FICLONE);
    chmodSync(tmp, 0o644);
    const fd = openSync(tmp, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, target); // a symlink at the target is replaced, never written through
  } catch (e) {
    rmSync(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new ModelBuildError('OUTPUT_UNWRITABLE', `cannot write ${display} (${code})`, {
      file: display,
      hint: code === 'ENOSPC' ? 'free some disk space and run again' : code === 'ENOTDIR' || code === 'EEXIST' ? 'a file stands where a folder of the data should be: move it away' : 'check the folder and its permissions',
    });
  }
}
