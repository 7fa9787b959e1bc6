/**
 * Where DVC keeps an object, in a remote and in the local cache (dvc/data_cloud.py,
 * dvc/cachemgr.py, dvc-objects `oid_to_path`): DVC 3 objects (`hash: md5`) under
 * `files/md5/<2 hex>/<rest>`, DVC 2 (md5-dos2unix) objects at `<2 hex>/<rest>`. A folder's
 * listing is an object named `<md5>.dir` in the same place.
 */
import path from 'node:path';

/** One object to find: its md5 (with `.dir` for listings) and which layout holds it. */
export interface ObjectId {
  md5: string;
  /** true: DVC 2 md5-dos2unix entry, stored in the legacy layout. */
  legacy: boolean;
}

/** POSIX key of an object relative to the remote's (or the cache's) root. */
export function objectKey(id: ObjectId): string {
  const at = `${id.md5.slice(0, 2)}/${id.md5.slice(2)}`;
  return id.legacy ? at : `files/md5/${at}`;
}

/** Absolute path of an object in a local cache folder. */
export function cachePath(cacheDir: string, id: ObjectId): string {
  return path.join(cacheDir, ...objectKey(id).split('/'));
}

/** The hash an object's bytes must have: a legacy file's is md5-dos2unix, a listing's always md5. */
export function objectAlgo(id: ObjectId): 'md5' | 'md5-dos2unix' {
  return id.legacy && !id.md5.endsWith('.dir') ? 'md5-dos2unix' : 'md5';
}

/** The hex digest an object's bytes must have (the `.dir` suffix removed). */
export const objectDigest = (id: ObjectId): string => id.md5.replace(/\.dir$/, '');

/** A stable identity for de-duplicating objects. */
export const objectIdKey = (id: ObjectId): string => `${id.legacy ? 'legacy' : 'md5'}:${id.md5}`;
