import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findConfigFile, loadConfig, DEFAULT_CONFIG_NAMES, type LoadedConfig } from '../config/index.js';
import { Hasher, type HashProgress } from '../hashing/index.js';
import { compareBytes, toPosix } from '../util/paths.js';
import { ModelBuildError } from '../errors.js';
import { RepositoryBoundary, resolveReal } from '../trust/boundary.js';
import { configuredOutput } from '../trust/outputs.js';
import { configDataPaths } from '../dvc/pointers.js';
import { checkCoverage, type CodePath } from './coverage.js';
import { isSkipped, readDvcFile, readDvcLock, type DvcEntry } from './dvcPointers.js';
import { verifyDvcEntry } from './dvcVerify.js';
import { dirtyPaths, commitTree, readGitFacts, uninitializedSubmodules } from './git.js';
import { lfsTracked, verifyLfs } from './lfsVerify.js';
import type { CheckProblem, CheckReport, DataEntry } from './report.js';

export interface CheckOptions {
  /** A folder inside the repository. Default: the current directory. */
  root?: string;
  /**
   * The config whose data paths must be versioned: a file path (relative to `root`), an
   * already loaded config, or null for none. Default: `model-build.yml|yaml|json` in `root`
   * when present.
   */
  config?: string | LoadedConfig | null;
  /** Hash cache file; null disables it. Default: `<git dir>/model-build/hash-cache.json`. */
  cacheFile?: string | null;
  /** Hashing threads. Default: one per core. */
  concurrency?: number;
  onProgress?: (p: HashProgress) => void;
  /**
   * Folders the caller writes to (a build's output folder): untracked files below them are
   * not counted as dirty, only noted. Absolute paths.
   */
  outputs?: string[];
}

/**
 * The provenance gate: is the code committed, and is every byte of data what the commit
 * records? Never throws for a violation (those are in the report); throws ModelBuildError for
 * input it cannot judge (malformed pointer files, a bad config, unreadable files).
 */
export async function checkWorkspace(options: CheckOptions = {}): Promise<CheckReport> {
  const start = path.resolve(options.root ?? process.cwd());
  // `git status` needs none of the facts (its paths are the root's from any folder below it),
  // so it runs in the same round of git processes: every round is ~20 ms before hashing starts.
  const statusRun = dirtyPaths(start).then(
    (paths) => ({ paths }),
    (error: unknown) => ({ error }),
  );
  const lookup = await readGitFacts(start).catch(async (e: unknown) => {
    await statusRun;
    throw e;
  });
  const stats = { files: 0, bytes: 0, cacheHits: 0, hashedFiles: 0, hashedBytes: 0 };
  if (!lookup.ok) {
    await statusRun; // settled: its failure is the missing repository's
    return {
      format: 1,
      ok: false,
      root: start,
      git: null,
      config: null,
      data: [],
      problems: [{ code: lookup.reason, path: '.', message: lookup.message, hint: lookup.hint }],
      notes: [],
      stats,
    };
  }
  const facts = lookup.facts;
  const root = facts.root;
  const [status, tree] = await Promise.all([statusRun, commitTree(root, facts.commit)]);
  if ('error' in status) throw status.error;
  const allDirty = status.paths;
  const config = resolveConfig(options.config, start, root);
  const notes: string[] = [];
  const boundary = new RepositoryBoundary(root);
  // A build writes to the config's output folder: its untracked files are output, not dirt.
  const outputs = (options.outputs ?? (config ? [configuredOutput(config)] : [])).map((o) => toPosix(path.relative(root, resolveReal(o).real)));
  const isOutput = (p: string) => outputs.some((o) => o && !o.startsWith('..') && (p === o || p.startsWith(`${o}/`)));
  const dirty = allDirty.filter((d) => !(d.state === 'untracked' && isOutput(d.path)));
  for (const o of outputs.filter((o) => allDirty.some((d) => d.state === 'untracked' && isOutput(d.path) && (d.path === o || d.path.startsWith(`${o}/`))))) {
    notes.push(`${o}/ holds build output and is not ignored by git: add it to .gitignore`);
  }
  if (facts.shallow) {
    notes.push('shallow clone: history is incomplete (fine for building; use `fetch-depth: 0` on actions/checkout if you need history)');
  }
  if (facts.detached) notes.push(`detached HEAD at ${facts.commit.slice(0, 12)}: the package records no branch`);
  if (config === null && options.config === undefined) {
    notes.push(`no ${DEFAULT_CONFIG_NAMES[0]} found: checked git, DVC and LFS, but not which data a build reads`);
  }

  const hasher = new Hasher({
    root,
    cacheFile: options.cacheFile === undefined ? path.join(facts.commonDir, 'model-build', 'hash-cache.json') : options.cacheFile,
    concurrency: options.concurrency,
    onProgress: options.onProgress,
  });
  // A run that will hash everything starts its threads while the pointers are read and listed.
  hasher.prestartIfCold();
  const dvc: DvcEntry[] = [];
  let data: DataEntry[];
  try {
    const ctx = { root, hasher, boundary, allowedLinkTargets: [root, ...dvcCacheDirs(root)] };
    // Each DVC output is listed and queued for hashing as soon as its pointer is read: parsing
    // every pointer first kept the hashing threads idle for tens of milliseconds.
    const dvcRuns: Array<Promise<DataEntry>> = [];
    const committedFiles = new Set(tree.filter((t) => t.type === 'blob' && t.mode !== '120000').map((t) => t.path));
    // DVC pointers: every committed .dvc file and dvc.lock.
    const seen = new Set<string>();
    for (const e of tree) {
      if (e.type !== 'blob' || e.path.startsWith('.dvc/')) continue;
      const base = path.posix.basename(e.path);
      const isLock = base === 'dvc.lock';
      if (!isLock && !(base.endsWith('.dvc') && base !== '.dvc')) continue;
      if (!existsSync(path.join(root, e.path))) continue; // deleted: already a dirty path
      // A pointer read through a symlink must itself be versioned: inside, and a committed file.
      const real = boundary.resolve(path.join(root, e.path), `DVC pointer ${e.path}`, { file: e.path });
      if (real.linked && !committedFiles.has(real.rel)) {
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
        const key = `${entry.path}\0${entry.md5}`;
        if (seen.has(key)) continue; // a stage's out is the next stage's dep
        seen.add(key);
        dvc.push(entry);
        dvcRuns.push(started(verifyDvcEntry(entry, ctx)));
      }
    }
    // LFS's `git check-attr` runs while DVC's files are hashed: spawned first, it held up the first hash.
    const lfsRun = lfsTracked(root, tree).then((lfs) => verifyLfs(root, lfs, hasher));
    const [lfsResults, dvcResults] = await Promise.all([lfsRun, Promise.all(dvcRuns)]);
    data = [...dvcResults, ...lfsResults];
    if (config) {
      const reported = new Set(data.map((d) => d.path));
      data.push(
        ...checkCoverage({ root, configFile: config.file, dataPaths: config.dataPaths, tree, dvc, dirty, reported, boundary, codePaths: codePathsOf(config) }),
      );
    }
  } finally {
    await hasher.close();
  }
  data.sort((a, b) => compareBytes(a.path, b.path));

  const problems: CheckProblem[] = [];
  for (const d of dirty) {
    problems.push({
      code: 'dirty',
      path: d.path,
      message: d.from ? `${d.state}: ${d.from} -> ${d.path}` : `${d.state}${d.submodule ? ' (submodule)' : ''}: ${d.path}`,
    });
  }
  for (const p of uninitializedSubmodules(root, tree)) {
    problems.push({
      code: 'submodule-not-initialized',
      path: p,
      message: `submodule ${p} is not checked out`,
      hint: 'run `git submodule update --init --recursive` (in GitHub Actions: `submodules: recursive` on actions/checkout)',
    });
  }
  // With a config, DVC and LFS data it does not read is reported, not judged: a pull of what
  // the build needs (`model-build pull`, `lfs: true`) must be enough to build.
  const read = config ? configDataPaths(config, root, boundary) : null;
  const isRead = (p: string) => read === null || read.some((r) => p === r || p.startsWith(`${r}/`) || r.startsWith(`${p}/`));
  for (const d of data) {
    if (d.status === 'ok') continue;
    if (d.status === 'modified' && d.kind === 'git') continue; // already listed as dirty
    if ((d.kind === 'dvc-file' || d.kind === 'dvc-dir' || d.kind === 'lfs') && !isRead(d.path)) {
      notes.push(`${d.path}${d.pointer ? ` (${d.pointer})` : ''}: ${d.status}, but the config does not read it`);
      continue;
    }
    problems.push({ code: d.status, path: d.path, message: d.message ?? d.status, hint: d.hint });
  }
  const p = hasher.progress;
  Object.assign(stats, {
    files: p.filesDone,
    bytes: p.bytesDone,
    cacheHits: p.cacheHits,
    hashedFiles: p.filesDone - p.cacheHits,
    hashedBytes: p.bytesDone - p.cacheHitBytes,
  });
  return {
    format: 1,
    ok: problems.length === 0,
    root,
    git: { ...facts, dirty: dirty.length > 0, dirtyPaths: dirty },
    config: config ? toPosix(path.relative(root, config.file)) : null,
    data,
    problems,
    notes,
    stats,
  };
}

/** A promise awaited later: until then its failure must not count as unhandled. */
function started<T>(run: Promise<T>): Promise<T> {
  run.catch(() => undefined);
  return run;
}

/** Code a build of this config reads or runs besides the data. */
function codePathsOf(config: LoadedConfig): CodePath[] {
  const paths: CodePath[] = [{ path: config.file, what: 'the config' }];
  const module = config.config.model?.module;
  if (module) paths.push({ path: path.resolve(path.dirname(config.file), module), what: `model.module "${module}"` });
  return paths;
}

function resolveConfig(given: CheckOptions['config'], start: string, root: string): LoadedConfig | null {
  if (given === null) return null;
  if (given !== undefined && typeof given !== 'string') return given;
  if (given === undefined) {
    const found = DEFAULT_CONFIG_NAMES.map((n) => path.join(start, n)).find((f) => existsSync(f));
    if (!found) return null;
    return loadConfig(found, { cwd: start, root });
  }
  return loadConfig(findConfigFile(given, start), { cwd: start, root });
}

/** DVC cache folders: symlinked/hardlinked DVC checkouts point into them. */
function dvcCacheDirs(root: string): string[] {
  const dirs = [path.join(root, '.dvc', 'cache')];
  for (const name of ['config', 'config.local']) {
    const file = path.join(root, '.dvc', name);
    if (!existsSync(file)) continue;
    let section = '';
    for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
      const header = /^\s*\[\s*([^\]]+?)\s*\]\s*$/.exec(line);
      if (header) section = header[1]!.replace(/['"]/g, '');
      const kv = /^\s*dir\s*=\s*(.+?)\s*$/.exec(line);
      if (section === 'cache' && kv) dirs.push(path.resolve(root, '.dvc', kv[1]!));
    }
  }
  return dirs;
}
