import { lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { ConfigDataPath } from '../config/index.js';
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
  const configRel = toPosix(path.relative(input.root, input.configFile));
  const dvcCovers = (rel: string) => input.dvc.some((e) => under(e.path, rel));
  const results = new Map<string, DataEntry>();

  const judgeFile = (rel: string, origin: ConfigDataPath) => {
    if (input.reported.has(rel) || results.has(rel)) return;
    const blob = blobs.get(rel);
    if (blob) {
      const d = dirty.get(rel);
      results.set(rel, {
        path: rel,
        kind: 'git',
        pointer: rel,
        expected: `git:${blob.oid}`,
        actual: d ? null : `git:${blob.oid}`,
        size: { expected: blob.size, actual: null },
        status: d ? 'modified' : 'ok',
        ...(d ? { message: `${rel} is ${d.state} since the last commit`, hint: 'commit it, or restore it with `git checkout -- FILE`' } : {}),
      });
      return;
    }
    if (dvcCovers(rel)) return; // the DVC check reports it
    results.set(rel, {
      path: rel,
      kind: null,
      pointer: null,
      expected: null,
      actual: null,
      size: { expected: null, actual: null },
      status: 'unversioned',
      message: `${rel} is read by ${configRel} (${origin.pointer}) but is not versioned`,
      hint: `version it: \`git add ${rel}\`, \`dvc add ${rel}\`, or \`git lfs track\` it, then commit`,
    });
  };

  for (const dp of input.dataPaths) {
    const rel = toPosix(path.relative(input.root, dp.path));
    let isDir = false;
    try {
      isDir = lstatSync(dp.path).isDirectory();
    } catch {
      const trackedBelow = dvcCovers(rel) || input.dvc.some((e) => under(rel, e.path)) || blobs.has(rel);
      if (!trackedBelow && !input.reported.has(rel)) {
        results.set(rel, {
          path: rel,
          kind: null,
          pointer: null,
          expected: null,
          actual: null,
          size: { expected: null, actual: null },
          status: 'missing',
          message: `${rel} is read by ${configRel} (${dp.pointer}) but does not exist and no DVC or git pointer records it`,
          hint: `check the path in ${configRel}, or add and commit the data`,
        });
      }
      continue;
    }
    if (!isDir) {
      judgeFile(rel, dp);
      continue;
    }
    // A directory: a DVC directory out covers it whole; otherwise judge every file below it.
    if (input.dvc.some((e) => under(e.path, rel))) continue;
    for (const f of listFiles(dp.path, rel)) judgeFile(f, dp);
  }
  return [...results.values()];
}

/** Version-control bookkeeping beside the data, not data itself. */
const isPointerFile = (name: string) =>
  name === '.gitignore' || name === '.gitattributes' || name === '.dvcignore' || name.endsWith('.dvc');

function listFiles(abs: string, rel: string): string[] {
  const out: string[] = [];
  for (const ent of readdirSync(abs, { withFileTypes: true }).sort((a, b) => compareBytes(a.name, b.name))) {
    if (ent.name === '.git' || isPointerFile(ent.name)) continue;
    const childRel = `${rel}/${ent.name}`;
    if (ent.isDirectory()) out.push(...listFiles(path.join(abs, ent.name), childRel));
    else out.push(childRel);
  }
  return out;
}
