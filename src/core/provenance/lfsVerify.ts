import { lstatSync, openSync, readSync, closeSync, constants } from 'node:fs';
import path from 'node:path';
import { ModelBuildError } from '../errors.js';
import type { Hasher } from '../hashing/index.js';
import { attributeOf, readBlobs, type TreeEntry } from './git.js';
import { classifyLfsBlob, looksLikePointer, MAX_POINTER_SIZE, parseLfsPointer, type LfsPointer } from './lfsPointer.js';
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

const FIX_POINTER_HINT =
  'put the real data in place and run `git add --renormalize FILE` with git-lfs installed, then commit ' +
  '(or restore the pointer from a commit where it was valid)';

/**
 * Reads each LFS-routed blob of HEAD as a pointer. Throws for malformed pointers (all of them
 * named, before any hashing): they were meant as pointers, so calling them raw blobs would
 * send the user to the wrong fix.
 */
async function committedPointers(root: string, entries: TreeEntry[]): Promise<Map<string, LfsPointer | null>> {
  const small = entries.filter((e) => e.size < MAX_POINTER_SIZE).map((e) => e.oid);
  const blobs = await readBlobs(root, small);
  const result = new Map<string, LfsPointer | null>();
  const malformed: Array<{ path: string; line: number; problem: string }> = [];
  for (const e of entries) {
    const blob = blobs.get(e.oid);
    if (blob === undefined) {
      // Too big to be a pointer. Its working copy (smudge passes non-pointers through) tells
      // whether it was meant as one: then it is a malformed pointer, not a raw blob.
      if (looksLikePointer(readHead(path.join(root, e.path)))) {
        malformed.push({ path: e.path, line: 1, problem: `it is ${e.size} bytes; a pointer is under ${MAX_POINTER_SIZE} bytes` });
      }
      result.set(e.path, null);
      continue;
    }
    const c = classifyLfsBlob(blob);
    if (c.kind === 'malformed') malformed.push({ path: e.path, line: c.line, problem: c.problem });
    result.set(e.path, c.kind === 'pointer' ? c.pointer : null);
  }
  if (malformed.length > 0) {
    const [first, ...rest] = malformed;
    throw new ModelBuildError('LFS_POINTER_INVALID', `malformed Git LFS pointer committed in HEAD: ${first!.problem}`, {
      file: first!.path,
      line: first!.line,
      details: rest.map((m) => `${m.path}:${m.line}: malformed Git LFS pointer: ${m.problem}`),
      hint: FIX_POINTER_HINT,
    });
  }
  return result;
}

/** Checks each LFS-routed file: committed as a pointer, object pulled, bytes matching the pointer. */
export async function verifyLfs(root: string, entries: TreeEntry[], hasher: Hasher): Promise<DataEntry[]> {
  const pointers = await committedPointers(root, entries);
  return Promise.all(
    entries.map(async (e): Promise<DataEntry> => {
      const pointer = pointers.get(e.path) ?? null;
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
      const onDisk = st.isFile() && st.size > 0 && st.size < MAX_POINTER_SIZE ? parseLfsPointer(readHead(abs)) : null;
      if (onDisk && onDisk.oid !== pointer.oid) {
        return {
          ...base,
          size: { ...base.size, actual: st.size },
          status: 'modified',
          message: `${e.path} is an LFS pointer to another object than the committed one`,
          hint: 'restore it with `git checkout -- FILE && git lfs pull`, or commit the new version',
        };
      }
      if (onDisk) {
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

/** The first bytes of a working-tree file (enough for a pointer); empty when it cannot be read as a file. */
function readHead(abs: string): Buffer {
  let fd: number;
  try {
    // O_NONBLOCK: a FIFO put where a file was must not hang the check.
    fd = openSync(abs, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return Buffer.alloc(0);
  }
  try {
    const buf = Buffer.alloc(MAX_POINTER_SIZE);
    const n = readSync(fd, buf, 0, buf.length, null);
    return buf.subarray(0, n);
  } catch {
    return Buffer.alloc(0);
  } finally {
    closeSync(fd);
  }
}
