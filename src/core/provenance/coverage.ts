import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ConfigDataPath } from '../config/index.js';
import type { RepositoryBoundary } from '../trust/boundary.js';
import { compareBytes, toPosix } from '../util/paths.js';
import type { DvcEntry } from './dvcPointers.js';
import type { DirtyPath, TreeEntry } from './git.js';
import type { DataEntry } from './report.js';

export interface CoverageInput {
  root: string;
  configFile: string;
  dataPaths: ConfigDataPath[];
  tree: TreeEntry[];
  dvc: DvcEntry[];
  dirty: DirtyPath[];
  /** Paths already reported by the DVC and LFS checks. */
  reported: Set<string>;
  /** Resolves symlinks: what is judged is where a path really leads. */
  boundary: RepositoryBoundary;
  /** Code the build reads or runs (the config, the model module): must be committed to git. */
  codePaths: CodePath[];
}

export interface CodePath {
  /** Absolute path. */
  path: string;
  /** What names it, e.g. `the config` or `model.module (/model/module)`. */
  what: string;
}

const under = (dir: string, p: string) => p === dir || p.startsWith(`${dir}/`);

/**
 * Every data path the config reads must be committed to git or covered by a committed DVC
 * pointer (LFS files are committed pointers, so they count as git). Returns entries for the
 * paths not already reported by the pointer checks.
 */
export function checkCoverage(input: CoverageInput): DataEntry[] {
  const blobs = new Map(input.tree.filter((e) => e.type === 'blob').map((e) => [e.path, e]));
  const dirty = new Map(input.dirty.map((d) => [d.path, d]));
  const { boundary } = input;
  const configRel = toPosix(path.relative(input.root, input.configFile));
  const dvcCovers = (rel: string) => input.dvc.some((e) => under(e.path, rel));
  const results = new Map<string, DataEntry>();
  const unversioned = (rel: string, message: string, hint: string): DataEntry => ({
    path: rel,
    kind: null,
    pointer: null,
    expected: null,
    actual: null,
    size: { expected: null, actual: null },
    status: 'unversioned',
    message,
    hint,
  });

  /** A file that git versions: committed (not as a symlink) and unmodified. */
  const judgeBlob = (rel: string): DataEntry | null => {
    const blob = blobs.get(rel);
    if (!blob || blob.mode === '120000') return null;
    const d = dirty.get(rel);
    return {
      path: rel,
      kind: 'git',
      pointer: rel,
      expected: `git:${blob.oid}`,
      actual: d ? null : `git:${blob.oid}`,
      size: { expected: blob.size, actual: null },
      status: d ? 'modified' : 'ok',
      ...(d ? { message: `${rel} is ${d.state} since the last commit`, hint: 'commit it, or restore it with `git checkout -- FILE`' } : {}),
    };
  };

  /** `rel` is the real path (symlinks followed); `via` the link the config named, if any. */
  const judgeFile = (rel: string, origin: ConfigDataPath, via?: string) => {
    if (input.reported.has(rel) || results.has(rel)) return;
    const blob = judgeBlob(rel);
    if (blob) {
      results.set(rel, blob);
      return;
    }
    if (dvcCovers(rel)) return; // the DVC check reports it
    const named = via ? `${via} (a symlink to ${rel})` : rel;
    results.set(rel, unversioned(rel, `${named} is read by ${configRel} (${origin.pointer}) but is not versioned`, `version it: \`git add ${rel}\`, \`dvc add ${rel}\`, or \`git lfs track\` it, then commit`));
  };

  for (const code of input.codePaths) {
    const r = boundary.resolve(code.path, code.what, { file: configRel });
    if (!r.exists) {
      results.set(r.rel, { ...unversioned(r.rel, `${code.what} (${r.rel}) does not exist`, `check the path in ${configRel}`), status: 'missing' });
      continue;
    }
    const entry = judgeBlob(r.rel);
    if (entry?.status === 'ok') continue;
    if (entry) results.set(r.rel, entry);
    else results.set(r.rel, unversioned(r.rel, `${code.what} (${r.rel}) is not committed to git: the build would run or read unversioned code`, `commit it: \`git add ${r.rel} && git commit\``));
  }

  for (const dp of input.dataPaths) {
    const named = toPosix(path.relative(input.root, dp.path));
    const r = boundary.resolve(dp.path, `data path ${dp.pointer} "${dp.given}"`, { file: configRel, pointer: dp.pointer });
    const rel = r.rel;
    if (!r.exists) {
      const trackedBelow = dvcCovers(rel) || input.dvc.some((e) => under(rel, e.path)) || blobs.has(rel);
      if (!trackedBelow && !input.reported.has(rel)) {
        results.set(rel, {
          ...unversioned(rel, `${rel} is read by ${configRel} (${dp.pointer}) but does not exist and no DVC or git pointer records it`, `check the path in ${configRel}, or add and commit the data`),
          status: 'missing',
        });
      }
      continue;
    }
    const isDir = statSync(r.real).isDirectory();
    if (!isDir) {
      judgeFile(rel, dp, r.linked ? named : undefined);
      continue;
    }
    // A directory: a DVC directory out covers it whole; otherwise judge every file below it.
    if (input.dvc.some((e) => under(e.path, rel))) continue;
    for (const f of listFiles(r.real, rel)) {
      if (f.link === null) judgeFile(f.rel, dp);
      else {
        const target = boundary.resolve(path.join(input.root, f.rel), `${f.rel} (in data path ${dp.pointer})`, { file: configRel, pointer: dp.pointer });
        if (target.exists && !statSync(target.real).isDirectory()) judgeFile(target.rel, dp, f.rel);
      }
    }
  }
  return [...results.values()];
}

/** Version-control bookkeeping beside the data, not data itself. */
const isPointerFile = (name: string) =>
  name === '.gitignore' || name === '.gitattributes' || name === '.dvcignore' || name.endsWith('.dvc');

/** Files below a folder; symlinks are returned as such (`link`), for the caller to resolve. */
function listFiles(abs: string, rel: string): Array<{ rel: string; link: string | null }> {
  const out: Array<{ rel: string; link: string | null }> = [];
  for (const ent of readdirSync(abs, { withFileTypes: true }).sort((a, b) => compareBytes(a.name, b.name))) {
    if (ent.name === '.git' || isPointerFile(ent.name)) continue;
    const childRel = `${rel}/${ent.name}`;
    const childAbs = path.join(abs, ent.name);
    if (ent.isSymbolicLink()) out.push({ rel: childRel, link: childAbs });
    else if (ent.isDirectory()) out.push(...listFiles(childAbs, childRel));
    else out.push({ rel: childRel, link: null });
  }
  return out;
}
