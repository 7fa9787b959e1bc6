/**
 * A folder's `.dir` object, as dvc-data writes it (`Tree.as_bytes`): a JSON list of
 * `{"md5": …, "relpath": …}` sorted by relpath. Read from the cache or a remote, it is input like
 * any other: every relpath must stay inside the folder, and each name appears once.
 */
import { ModelBuildError } from '../errors.js';

export interface ListedFile {
  relpath: string;
  md5: string;
}

/** Largest listing read into memory (about two million files). */
export const MAX_LISTING_BYTES = 256 * 1024 * 1024;

export function parseDirListing(bytes: Buffer, where: { object: string; path: string; pointer: string }): ListedFile[] {
  const bad = (what: string) =>
    new ModelBuildError('DVC_OBJECT_INVALID', `the folder listing ${where.object} for ${where.path} (${where.pointer}) ${what}`, {
      file: where.pointer,
      hint: 'the object is not one DVC wrote: push it again from a machine that has the data (`dvc push`)',
    });
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw bad('is not JSON');
  }
  if (!Array.isArray(raw)) throw bad('is not a JSON list');
  const seen = new Set<string>();
  const files: ListedFile[] = [];
  for (const item of raw as unknown[]) {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) throw bad('has an entry that is not an object');
    const { md5, relpath } = item as { md5?: unknown; relpath?: unknown };
    if (typeof relpath !== 'string' || relpath === '') throw bad('has an entry without a relpath');
    if (typeof md5 !== 'string' || !/^[0-9a-f]{32}$/.test(md5)) throw bad(`has an entry whose md5 is not 32 hex digits (${JSON.stringify(relpath).slice(0, 80)})`);
    const parts = relpath.split('/');
    // eslint-disable-next-line no-control-regex
    if (relpath.startsWith('/') || relpath.includes('\\') || /[\x00-\x1f]/.test(relpath) || parts.some((p) => p === '' || p === '.' || p === '..')) {
      throw bad(`has a relpath that leaves the folder or is not a plain path: ${JSON.stringify(relpath).slice(0, 80)}`);
    }
    if (parts.some((p) => p === '.git' || p === '.dvc')) throw bad(`names ${JSON.stringify(relpath).slice(0, 80)}, inside .git or .dvc`);
    if (seen.has(relpath)) throw bad(`lists ${JSON.stringify(relpath).slice(0, 80)} twice`);
    seen.add(relpath);
    files.push({ relpath, md5 });
  }
  for (const f of files) {
    const parts = f.relpath.split('/');
    for (let i = 1; i < parts.length; i++) {
      if (seen.has(parts.slice(0, i).join('/'))) throw bad(`lists ${JSON.stringify(parts.slice(0, i).join('/'))} as a file and as a folder`);
    }
  }
  return files;
}
