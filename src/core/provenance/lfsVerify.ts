import { lstatSync, openSync, readSync, closeSync } from 'node:fs';
import path from 'node:path';
import type { Hasher } from '../hashing/index.js';
import { attributeOf, readBlobs, type TreeEntry } from './git.js';
import { MAX_POINTER_SIZE, parseLfsPointer } from './lfsPointer.js';
import type { DataEntry } from './report.js';

const PULL_HINT = 'run `git lfs pull` (in GitHub Actions: `lfs: true` on actions/checkout)';

/** HEAD blobs that `.gitattributes` routes through the lfs filter. */
export async function lfsTracked(root: string, tree: TreeEntry[]): Promise<TreeEntry[]> {
  const blobs = tree.filter((e) => e.type === 'blob' && e.mode !== '120000');
  const filters = await attributeOf(
    root,
    'filter',
    blobs.map((b) => b.path),
  );
  return blobs.filter((b) => filters.get(b.path) === 'lfs');
}

/** Checks each LFS-routed file: committed as a pointer, object pulled, bytes matching the pointer. */
export async function verifyLfs(root: string, entries: TreeEntry[], hasher: Hasher): Promise<DataEntry[]> {
  const small = entries.filter((e) => e.size < MAX_POINTER_SIZE).map((e) => e.oid);
  const blobs = await readBlobs(root, small);
  return Promise.all(
    entries.map(async (e): Promise<DataEntry> => {
      const pointer = blobs.has(e.oid) ? parseLfsPointer(blobs.get(e.oid)!) : null;
      const base: DataEntry = {
        path: e.path,
        kind: 'lfs',
        pointer: e.path,
        expected: pointer ? `sha256:${pointer.oid}` : `git:${e.oid}`,
        actual: null,
        size: { expected: pointer ? pointer.size : e.size, actual: null },
        status: 'ok',
      };
      if (!pointer) {
        return {
          ...base,
          status: 'raw-blob',
          message: `${e.path} matches an LFS pattern in .gitattributes but was committed as a raw git blob`,
          hint: 'run `git lfs migrate import --include="<pattern>"` (or `git rm --cached` and re-add) so it is stored in LFS',
        };
      }
      const abs = path.join(root, e.path);
      let st;
      try {
        st = lstatSync(abs);
      } catch {
        return { ...base, status: 'not-pulled', message: `${e.path} is missing from the working tree`, hint: 'run `git checkout -- .` then `git lfs pull`' };
      }
      if (st.size < MAX_POINTER_SIZE && isPointerFile(abs)) {
        return {
          ...base,
          actual: null,
          size: { ...base.size, actual: st.size },
          status: 'not-pulled',
          message: `${e.path} is still an LFS pointer: LFS object not pulled`,
          hint: PULL_HINT,
        };
      }
      const d = await hasher.digest(abs, ['sha256']);
      const result = { ...base, actual: `sha256:${d.sha256}`, size: { ...base.size, actual: d.size } };
      if (d.sha256 === pointer.oid && d.size === pointer.size) return result;
      return {
        ...result,
        status: 'modified',
        message: `${e.path} does not match its committed LFS pointer`,
        hint: 'restore it with `git checkout -- FILE && git lfs pull`, or commit the new version',
      };
    }),
  );
}

function isPointerFile(abs: string): boolean {
  const buf = Buffer.alloc(MAX_POINTER_SIZE);
  const fd = openSync(abs, 'r');
  try {
    const n = readSync(fd, buf, 0, buf.length, 0);
    return parseLfsPointer(buf.subarray(0, n)) !== null;
  } finally {
    closeSync(fd);
  }
}
