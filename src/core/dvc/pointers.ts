/**
 * Which DVC outputs a pull or a remote check concerns: the outs of every committed `.dvc` file
 * and `dvc.lock` (the same discovery as `check`), narrowed to the config's data paths. A data
 * path inside a DVC folder out needs only the files below it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CONFIG_NAMES, findConfigFile, loadConfig, type LoadedConfig } from '../config/index.js';
import { ModelBuildError } from '../errors.js';
import { isSkipped, readDvcFile, readDvcLock, type DvcEntry } from '../provenance/dvcPointers.js';
import type { TreeEntry } from '../provenance/git.js';
import type { RepositoryBoundary } from '../trust/boundary.js';
import { compareBytes, toPosix } from '../util/paths.js';

/**
 * An out to fetch, always whole: `check` proves a DVC folder by the digest of all its files
 * (what the package records), so a config that reads a sub-folder needs the whole folder
 * present for its data to be proven.
 */
export interface SelectedOut {
  entry: DvcEntry;
}

/** Outs (not deps) recorded by the committed DVC files, de-duplicated, in path order. */
export function committedOuts(root: string, tree: TreeEntry[], boundary: RepositoryBoundary, notes: string[]): DvcEntry[] {
  const committed = new Set(tree.filter((t) => t.type === 'blob' && t.mode !== '120000').map((t) => t.path));
  const outs = new Map<string, DvcEntry>();
  for (const e of tree) {
    if (e.type !== 'blob' || e.path.startsWith('.dvc/')) continue;
    const base = path.posix.basename(e.path);
    const isLock = base === 'dvc.lock';
    if (!isLock && !(base.endsWith('.dvc') && base !== '.dvc')) continue;
    if (!existsSync(path.join(root, e.path))) continue; // deleted: `check` reports it as dirty
    const real = boundary.resolve(path.join(root, e.path), `DVC pointer ${e.path}`, { file: e.path });
    if (real.linked && !committed.has(real.rel)) {
      throw new ModelBuildError('PATH_ESCAPES_ROOT', `DVC pointer ${e.path} is a symlink to ${real.rel}, which is not committed`, {
        file: e.path,
        hint: 'commit the pointer file itself instead of a link to it',
      });
    }
    for (const entry of isLock ? readDvcLock(root, e.path) : readDvcFile(root, e.path)) {
      if (isSkipped(entry)) {
        notes.push(`${entry.pointer}: ${entry.path}: ${entry.reason}`);
        continue;
      }
      if (entry.role !== 'out') continue;
      const seen = outs.get(entry.path);
      if (seen && seen.md5 !== entry.md5) {
        throw new ModelBuildError('DVC_PARSE', `${entry.path} is recorded by ${seen.pointer} and ${entry.pointer} with different hashes`, {
          file: entry.pointer,
          hint: 'DVC refuses an output recorded twice; keep one pointer',
        });
      }
      if (!seen) outs.set(entry.path, entry);
    }
  }
  return [...outs.values()].sort((a, b) => compareBytes(a.path, b.path));
}

const under = (dir: string, p: string) => p === dir || p.startsWith(`${dir}/`);

/**
 * The outs the config's data paths need. `dataPaths` are real paths relative to the root; null
 * means no config: every out.
 */
export function selectOuts(outs: DvcEntry[], dataPaths: string[] | null): SelectedOut[] {
  if (dataPaths === null) return outs.map((entry) => ({ entry }));
  return outs.filter((entry) => dataPaths.some((dp) => under(dp, entry.path) || (entry.isDir && under(entry.path, dp)))).map((entry) => ({ entry }));
}

/** The config a pull or remote check follows: as `check` finds it (a path, a loaded config, none). */
export function resolvePullConfig(given: string | LoadedConfig | null | undefined, start: string, root: string): LoadedConfig | null {
  if (given === null) return null;
  if (given !== undefined && typeof given !== 'string') return given;
  if (given === undefined) {
    const found = DEFAULT_CONFIG_NAMES.map((n) => path.join(start, n)).find((f) => existsSync(f));
    return found ? loadConfig(found, { cwd: start, root }) : null;
  }
  return loadConfig(findConfigFile(given, start), { cwd: start, root });
}

/**
 * Root-relative paths of the config's data paths: as written, and where symlinks lead (which
 * must stay inside). Both count: a DVC symlink checkout leads into the cache, a link between
 * data folders leads to the out the build really reads.
 */
export function configDataPaths(config: LoadedConfig, root: string, boundary: RepositoryBoundary): string[] {
  const configRel = path.relative(root, config.file);
  const paths = new Set<string>();
  for (const dp of config.dataPaths) {
    paths.add(toPosix(path.relative(root, dp.path)));
    paths.add(boundary.resolve(dp.path, `data path ${dp.pointer} "${dp.given}"`, { file: configRel, pointer: dp.pointer }).rel);
  }
  return [...paths].sort(compareBytes);
}
