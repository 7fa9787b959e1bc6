/**
 * `check --remote`: is every object the committed pointers record (for the config's data) in
 * the remote, so anyone can rebuild? HEAD/stat requests only; folder listings are read from the
 * cache, or from the remote into memory. Nothing is written.
 */
import { compareBytes } from '../util/paths.js';
import { mapLimit } from './concurrency.js';
import { objectIdKey, objectKey, type ObjectId } from './layout.js';
import type { ObjectProblem, TransferProgress } from './pull.js';
import { openSession, readListings, retried, type RemoteSessionOptions } from './session.js';

export interface RemoteCheckOptions extends RemoteSessionOptions {
  onProgress?: (p: TransferProgress) => void;
}

export interface RemoteCheckReport {
  format: 1;
  ok: boolean;
  remote: { name: string; url: string };
  /** DVC outputs concerned (after narrowing to the config's data paths). */
  outputs: number;
  objects: { checked: number; present: number; missing: number };
  /** Every data file (or folder, when its listing is missing) whose object the remote lacks. */
  missing: ObjectProblem[];
  notes: string[];
}

export async function checkRemote(options: RemoteCheckOptions = {}): Promise<RemoteCheckReport> {
  const s = await openSession(options);
  try {
    const needs = new Map<string, { id: ObjectId; users: Array<{ path: string; pointer: string }> }>();
    const need = (id: ObjectId, user: { path: string; pointer: string }) => {
      const k = objectIdKey(id);
      const n = needs.get(k) ?? { id, users: [] };
      n.users.push(user);
      needs.set(k, n);
    };
    const missing: ObjectProblem[] = [];
    for (const { out, files } of await readListings(s, false)) {
      const { entry } = out;
      const id = { md5: entry.md5, legacy: entry.legacy };
      const user = { path: entry.path, pointer: entry.pointer };
      if (!entry.isDir) {
        need(id, user);
        continue;
      }
      if (files === null) {
        missing.push({ ...user, object: objectKey(id), reason: 'missing', message: `${entry.path}: the folder listing ${objectKey(id)} is in neither the cache nor remote "${s.spec.name}"` });
        continue;
      }
      need(id, user); // the listing itself: `dvc pull` needs it from the remote too
      for (const f of files) need({ md5: f.md5, legacy: entry.legacy }, { path: `${entry.path}/${f.relpath}`, pointer: entry.pointer });
    }
    const list = [...needs.values()];
    let done = 0;
    let present = 0;
    await mapLimit(list, s.jobs, async (n) => {
      const key = objectKey(n.id);
      const st = await retried(s, () => s.store.stat(key));
      if (st.exists) present++;
      else for (const u of n.users) missing.push({ ...u, object: key, reason: 'missing', message: `${u.path} (${u.pointer}): ${key} is not in remote "${s.spec.name}"` });
      options.onProgress?.({ phase: 'checking', done: ++done, total: list.length, bytes: 0 });
    });
    missing.sort((a, b) => compareBytes(a.path, b.path) || compareBytes(a.object, b.object));
    const missingObjects = new Set(missing.map((m) => m.object)).size;
    return {
      format: 1,
      ok: missing.length === 0,
      remote: { name: s.spec.name, url: s.spec.display },
      outputs: s.selected.length,
      objects: { checked: list.length, present, missing: missingObjects },
      missing,
      notes: s.notes,
    };
  } finally {
    await s.close();
  }
}
