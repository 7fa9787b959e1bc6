import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { ModelBuildError } from '../errors.js';
import type { Hasher } from '../hashing/index.js';
import { compareBytes, isInside, toPosix } from '../util/paths.js';
import type { DvcEntry } from './dvcPointers.js';
import { pythonJsonDumps } from './pythonJson.js';
import type { RepositoryBoundary } from '../trust/boundary.js';
import type { DataEntry } from './report.js';

/** Names DVC never descends into inside a tracked directory. */
const ALWAYS_IGNORED = new Set(['.git', '.hg', '.dvc']);

export interface DirListingEntry {
  md5: string;
  relpath: string;
}

/** DVC's `.dir` hash of a listing: md5 of `json.dumps(sorted listing, sort_keys=True)` + `.dir`. */
export function dvcDirHash(entries: readonly DirListingEntry[]): string {
  const sorted = [...entries].sort((a, b) => compareBytes(a.relpath, b.relpath));
  const json = pythonJsonDumps(sorted.map(({ md5, relpath }) => ({ md5, relpath })));
  return `${createHash('md5').update(json, 'utf8').digest('hex')}.dir`;
}

export interface VerifyContext {
  root: string;
  hasher: Hasher;
  /** Resolves symlinks and refuses paths that leave the repository. */
  boundary: RepositoryBoundary;
  /** Folders a symlink inside DVC data may point into besides the repository (the DVC cache). */
  allowedLinkTargets: string[];
}

const label = (e: DvcEntry) => (e.legacy ? 'md5-dos2unix' : 'md5');

/** Compares one DVC-recorded path with the bytes on disk. */
export async function verifyDvcEntry(entry: DvcEntry, ctx: VerifyContext): Promise<DataEntry> {
  // The out itself may be a link into DVC's cache (its link cache types), nowhere else outside.
  const abs = ctx.boundary.resolve(path.join(ctx.root, entry.path), `${entry.path} (recorded in ${entry.pointer})`, { file: entry.pointer }, ctx.allowedLinkTargets).real;
  const base: DataEntry = {
    path: entry.path,
    kind: entry.isDir ? 'dvc-dir' : 'dvc-file',
    pointer: entry.pointer,
    expected: `${label(entry)}:${entry.md5}`,
    actual: null,
    size: { expected: entry.size ?? null, actual: null },
    status: 'ok',
  };
  // `dvc pull`/`dvc checkout` take a .dvc file or a stage name.
  const target = entry.pointer.endsWith('.lock') ? (entry.stage ? ` ${entry.stage}` : '') : ` ${entry.pointer}`;
  if (!existsSync(abs)) {
    return {
      ...base,
      status: 'not-pulled',
      message: `${entry.path} is recorded in ${entry.pointer} but not present: data not pulled`,
      hint: `run \`model-build pull\` (no Python needed), or \`dvc pull${target}\` (\`dvc checkout${target}\` when the DVC cache already has it)`,
    };
  }
  const isDir = statSync(abs).isDirectory();
  if (isDir !== entry.isDir) {
    return {
      ...base,
      status: 'modified',
      message: `${entry.path} is a ${isDir ? 'directory' : 'file'} but ${entry.pointer} records a ${entry.isDir ? 'directory' : 'file'}`,
      hint: `run \`dvc checkout${target}\`, or record the new data with \`dvc add\`/\`dvc commit\``,
    };
  }
  const algo = entry.legacy ? 'md5-dos2unix' : 'md5';
  let actual: string;
  let size: number;
  let nfiles: number | undefined;
  let listing: DirListingEntry[] | undefined;
  if (entry.isDir) {
    const files = listDvcDir(abs, ctx, entry);
    listing = await Promise.all(
      files.map(async (f) => ({ relpath: f.rel, md5: (await ctx.hasher.digest(f.abs, [algo]))[algo]! })),
    );
    actual = dvcDirHash(listing);
    size = files.reduce((s, f) => s + f.size, 0);
    nfiles = files.length;
  } else {
    const d = await ctx.hasher.digest(abs, [algo]);
    actual = d[algo]!;
    size = d.size;
  }
  const result: DataEntry = { ...base, actual: `${label(entry)}:${actual}`, size: { expected: entry.size ?? null, actual: size } };
  const sizeDiffers = entry.size !== undefined && entry.size !== size;
  const countDiffers = entry.nfiles !== undefined && nfiles !== undefined && entry.nfiles !== nfiles;
  if (actual === entry.md5 && !sizeDiffers && !countDiffers) return result;
  const changed = listing ? changedFiles(ctx.root, entry, listing) : undefined;
  return {
    ...result,
    status: 'modified',
    message:
      `${entry.path} does not match ${entry.pointer}` +
      (countDiffers ? ` (${nfiles} files, recorded ${entry.nfiles})` : sizeDiffers ? ` (${size} bytes, recorded ${entry.size})` : ''),
    hint: `restore it with \`dvc checkout${target}\`, or record the new version with \`dvc add\`/\`dvc commit\` and commit the pointer`,
    ...(changed ? { changed } : {}),
  };
}

interface ListedFile {
  abs: string;
  rel: string;
  size: number;
}

/**
 * Files of a DVC-tracked directory, as DVC lists them: regular files recursively; `.git`,
 * `.hg`, `.dvc` and `.dvcignore` matches left out; a symlink to a file hashed as its target; a
 * symlink to a directory not descended into (DVC does not follow those either).
 */
function listDvcDir(dir: string, ctx: VerifyContext, entry: DvcEntry): ListedFile[] {
  const ignored = dvcIgnoreMatcher(ctx.root, entry.path);
  const out: ListedFile[] = [];
  const walk = (abs: string, rel: string) => {
    let names: string[];
    try {
      names = readdirSync(abs);
    } catch (e) {
      const at = toPosix(path.relative(ctx.root, abs));
      throw new ModelBuildError('FILE_UNREADABLE', `cannot list ${at}: ${(e as Error).message}`, { file: at });
    }
    for (const name of names.sort(compareBytes)) {
      if (ALWAYS_IGNORED.has(name)) continue;
      const childAbs = path.join(abs, name);
      const childRel = rel ? `${rel}/${name}` : name;
      const repoRel = `${entry.path}/${childRel}`;
      if (name === '.dvcignore') {
        throw new ModelBuildError('DVC_PARSE', `${repoRel}: DVC does not allow a .dvcignore inside a tracked directory`, {
          file: repoRel,
          hint: 'move its patterns to a .dvcignore above the tracked directory',
        });
      }
      let st = lstatSync(childAbs);
      if (st.isSymbolicLink()) {
        const target = safeRealpath(childAbs);
        if (!target || !ctx.allowedLinkTargets.some((t) => isInside(t, target))) {
          throw new ModelBuildError(
            'DVC_SYMLINK_ESCAPES',
            target
              ? `${repoRel} is a symlink to ${target}, outside the repository`
              : `${repoRel} is a symlink to a missing target`,
            { file: repoRel, hint: 'replace the link with the file itself, or move its target inside the repository' },
          );
        }
        st = statSync(target);
        if (st.isDirectory()) continue;
      }
      if (ignored(repoRel, st.isDirectory())) continue;
      if (st.isDirectory()) walk(childAbs, childRel);
      else if (st.isFile()) out.push({ abs: childAbs, rel: childRel, size: st.size });
    }
  };
  walk(dir, '');
  return out;
}

/** Matches paths against every `.dvcignore` from the root down to the tracked directory. */
function dvcIgnoreMatcher(root: string, tracked: string): (repoRel: string, isDir: boolean) => boolean {
  const parts = tracked.split('/');
  const rules: Array<{ base: string; ig: Ignore }> = [];
  for (let i = 0; i < parts.length; i++) {
    const base = parts.slice(0, i).join('/');
    const file = path.join(root, base, '.dvcignore');
    if (existsSync(file)) rules.push({ base, ig: ignore().add(readFileSync(file, 'utf8')) });
  }
  if (rules.length === 0) return () => false;
  return (repoRel, isDir) =>
    rules.some(({ base, ig }) => {
      const rel = base ? repoRel.slice(base.length + 1) : repoRel;
      return ig.ignores(isDir ? `${rel}/` : rel);
    });
}

function safeRealpath(p: string): string | null {
  try {
    return realpathSync(p);
  } catch {
    return null;
  }
}

/** Names what changed inside a directory, when DVC's cache holds the recorded listing. */
function changedFiles(root: string, entry: DvcEntry, now: DirListingEntry[]): string[] | undefined {
  const hex = entry.md5;
  const candidates = [
    path.join(root, '.dvc', 'cache', 'files', 'md5', hex.slice(0, 2), hex.slice(2)),
    path.join(root, '.dvc', 'cache', hex.slice(0, 2), hex.slice(2)),
  ];
  for (const file of candidates) {
    if (!existsSync(file)) continue;
    try {
      const recorded = JSON.parse(readFileSync(file, 'utf8')) as DirListingEntry[];
      const was = new Map(recorded.map((e) => [e.relpath, e.md5]));
      const is = new Map(now.map((e) => [e.relpath, e.md5]));
      const changed: string[] = [];
      for (const [p, md5] of is) {
        if (!was.has(p)) changed.push(`${entry.path}/${p} (added)`);
        else if (was.get(p) !== md5) changed.push(`${entry.path}/${p} (modified)`);
      }
      for (const p of was.keys()) if (!is.has(p)) changed.push(`${entry.path}/${p} (deleted)`);
      return changed.sort(compareBytes);
    } catch {
      return undefined;
    }
  }
  return undefined;
}
