import { closeSync, existsSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import type { LoadedConfig } from '../config/types.js';
import { ModelBuildError, type ErrorLocation } from '../errors.js';
import { isInside, toPosix } from '../util/paths.js';
import { writeDurably } from '../util/outputFile.js';
import { isAlive } from '../util/process.js';
import { resolveReal } from './boundary.js';

/**
 * The write side of the trust boundary. The build writes only into an output folder it
 * created and marked; it replaces a previous model by rename, never by deleting first; it
 * deletes only names it writes itself; and one build at a time holds a folder's lock.
 */

/** Marks a folder as model-build output: only such folders (or new ones) are written to. */
export const OUTPUT_MARKER = '.model-build-output';
const LOCK = '.model-build.lock';
/** Prefix of every temp entry; swept by the next build that holds the lock. */
const TMP = '.model-build-tmp-';
/** Files a model directory holds; nothing else in one is ever deleted. */
export const MODEL_DIR_FILES = ['model.json', 'weights.bin', 'preprocessor.json', 'metrics.json'] as const;

/** Where a build writes: `--out` (relative to cwd), else `package.out` beside the config. */
export function configuredOutput(loaded: LoadedConfig, out?: string, cwd = process.cwd()): string {
  return out ? path.resolve(cwd, out) : path.resolve(path.dirname(loaded.file), loaded.config.package?.out ?? 'model-build-out');
}

/** Where an output folder sits relative to the repository, to judge it. */
export interface OutputContext {
  /** The repository's working tree root (real path), or null outside a repository. */
  root: string | null;
  /** Git's own folders (`.git`, and the common dir of a worktree). */
  gitDirs: string[];
  /** Is this repository-relative POSIX path tracked, or does a tracked path lie below it? */
  holdsTracked: (rel: string) => string | null;
  /** Outputs named by the config (not by whoever runs the build) must stay inside the repository. */
  fromConfig: boolean;
  /** How the user named it: `package.out "x"` or `--out x`. */
  what: string;
  where?: ErrorLocation;
}

function refuse(ctx: OutputContext, why: string, hint: string): never {
  throw new ModelBuildError('OUTPUT_REFUSED', `${ctx.what} ${why}`, { ...ctx.where, hint });
}

/** Entry names a model-build output folder may hold (before markers existed), for adoption. */
function looksLikeOurs(dir: string, modelName: string): boolean {
  for (const ent of readdirSync(dir, { withFileTypes: true })) {
    const n = ent.name;
    if (n === LOCK || n.startsWith(TMP) || /\.tmp-\d+$/.test(n)) continue;
    if (ent.isFile() && (n.endsWith('.zip') || n.endsWith('.provenance.intoto.json'))) continue;
    if (ent.isDirectory() && n === modelName && modelDirIsOurs(path.join(dir, n)).length === 0) continue;
    return false;
  }
  return true;
}

/** Names in a model directory that model-build did not write (empty: all ours). */
function modelDirIsOurs(dir: string): string[] {
  const known = new Set<string>(MODEL_DIR_FILES);
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !(e.isFile() && known.has(e.name)))
    .map((e) => e.name)
    .sort();
}

/**
 * Judges an output folder without writing anything: throws OUTPUT_REFUSED when the build
 * must not write there. Returns the real path it resolves to.
 */
export function judgeOutputFolder(out: string, modelName: string, ctx: OutputContext): string {
  if (modelName !== path.basename(modelName) || modelName === '.' || modelName === '..' || modelName.startsWith('.') || modelName.includes('\\')) {
    refuse(ctx, `cannot hold a model named "${modelName}"`, 'the name must be one plain file name (letters, digits, ".", "_", "-")');
  }
  const { real, exists } = resolveReal(out);
  for (const g of ctx.gitDirs) {
    if (isInside(g, real)) refuse(ctx, `lies inside git's own folder (${g})`, 'choose a folder for build output, e.g. model-build-out');
    if (isInside(real, g)) refuse(ctx, `(${real}) contains the repository's .git folder`, 'choose a dedicated folder for build output, e.g. model-build-out');
  }
  if (ctx.root !== null && isInside(ctx.root, real)) {
    const rel = toPosix(path.relative(ctx.root, real));
    const tracked = ctx.holdsTracked(rel);
    if (tracked !== null) {
      refuse(ctx, `(${rel || '.'}) holds files tracked by git (${tracked})`, 'choose a folder that git does not track, e.g. model-build-out, and add it to .gitignore');
    }
  } else if (ctx.fromConfig) {
    refuse(ctx, `(${real}) is outside the repository`, 'a config may only write inside its repository; use --out to write elsewhere');
  }
  if (!exists) return real;
  const st = lstatSync(real);
  if (!st.isDirectory()) refuse(ctx, `(${real}) exists and is not a folder`, 'choose a folder for build output');
  const entries = readdirSync(real);
  if (entries.length > 0 && !entries.includes(OUTPUT_MARKER) && !looksLikeOurs(real, modelName)) {
    const sample = entries.sort().slice(0, 3).join(', ');
    refuse(ctx, `(${real}) already holds files model-build did not write (${sample}${entries.length > 3 ? ', ...' : ''})`, 'choose a new or empty folder; model-build never overwrites or deletes what it did not create');
  }
  const modelDir = path.join(real, modelName);
  if (existsSync(modelDir)) {
    if (!lstatSync(modelDir).isDirectory()) refuse(ctx, `holds ${modelName}, which is not a model folder`, `move ${modelDir} away`);
    const foreign = modelDirIsOurs(modelDir);
    if (foreign.length > 0) {
      refuse(ctx, `holds ${modelName}/ with files model-build did not write (${foreign.slice(0, 3).join(', ')})`, `move them out of ${modelDir}; the next build replaces that folder`);
    }
  }
  return real;
}

/** A claimed output folder: marked, locked, swept. Release it when done. */
export class OutputFolder {
  private released = false;

  /** `created`: this claim made the folder, so a build that fails may take it away again. */
  private constructor(
    readonly dir: string,
    private readonly created: boolean,
  ) {}

  /** Judges, creates and marks the folder, takes its lock and sweeps temp entries of dead builds. */
  static claim(out: string, modelName: string, ctx: OutputContext): OutputFolder {
    const dir = judgeOutputFolder(out, modelName, ctx);
    const created = !existsSync(dir);
    const marker = path.join(dir, OUTPUT_MARKER);
    const markerExisted = existsSync(marker);
    try {
      mkdirSync(dir, { recursive: true });
      if (!markerExisted) writeFileSync(marker, 'This folder holds model-build output. model-build may replace what it wrote here.\n');
    } catch (e) {
      // A full disk must not leave an empty marker (or the folder this claim made) behind.
      if (!markerExisted) rmSync(marker, { force: true });
      if (created) {
        try {
          rmdirSync(dir);
        } catch {
          /* not empty after all: leave it */
        }
      }
      throw unwritable(dir, e);
    }
    const folder = new OutputFolder(dir, created);
    folder.lock();
    try {
      folder.sweep();
    } catch (e) {
      folder.release();
      throw e;
    }
    return folder;
  }

  private lock(): void {
    const file = path.join(this.dir, LOCK);
    const me = JSON.stringify({ pid: process.pid, host: hostname() });
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(file, 'wx', 0o644);
        try {
          writeSync(fd, me);
        } catch (e) {
          // A full disk must not leave an empty lock behind: it would refuse every later build.
          closeSync(fd);
          rmSync(file, { force: true });
          throw e;
        }
        closeSync(fd);
        return;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw unwritable(this.dir, e);
      }
      const holder = readLock(file);
      if (holder && holder.host === hostname() && !isAlive(holder.pid)) {
        rmSync(file, { force: true }); // left by a build that was killed
        continue;
      }
      throw new ModelBuildError('OUTPUT_LOCKED', `another build${holder ? ` (pid ${holder.pid} on ${holder.host})` : ''} is writing ${this.dir}`, {
        file: toPosix(file),
        hint: 'wait for it to finish, or use another --out; if no build is running, remove the lock file',
      });
    }
  }

  /** Temp entries of builds that were killed: we hold the lock, so no live build owns them. */
  private sweep(): void {
    for (const name of readdirSync(this.dir)) {
      if (name.startsWith(TMP)) rmSync(path.join(this.dir, name), { recursive: true, force: true });
    }
    // A killed replaceDir can leave the old model aside and none in place: put it back.
    for (const name of readdirSync(this.dir)) {
      const m = /^\.model-build-old-(.+)-\d+$/.exec(name);
      if (!m) continue;
      const aside = path.join(this.dir, name);
      const target = path.join(this.dir, m[1]!);
      if (!existsSync(target)) renameSync(aside, target);
      else removeModelDir(aside);
    }
    // Names model-build 0.1 used (`<name>.tmp-<pid>/`, `.<archive>.zip.tmp-<pid>`), and writePackage
    // still does: swept once their process is gone; a folder only if it holds nothing but model files.
    for (const name of readdirSync(this.dir)) {
      const m = /\.tmp-(\d+)$/.exec(name);
      if (!m || isAlive(Number(m[1]))) continue;
      const file = path.join(this.dir, name);
      const st = lstatSync(file);
      if (st.isDirectory() && !name.startsWith('.') && modelDirIsOurs(file).length === 0) removeModelDir(file);
      else if (st.isFile() && name.startsWith('.') && name.endsWith(`.zip.tmp-${m[1]}`)) unlinkSync(file);
    }
  }

  private tmp(purpose: string): string {
    return path.join(this.dir, `${TMP}${process.pid}-${purpose}`);
  }

  /**
   * Puts a build's outputs in place together: the model folder `<name>/` and the files beside
   * it (archive, provenance). Every byte is written under temp names first, so a full disk or
   * any other write failure changes nothing; then `stale` names are removed (a provenance
   * statement must never sit beside an archive it does not describe), the old model folder is
   * renamed aside, the new one and the files renamed in, and the old folder's own files removed.
   * Between the two renames of the model folder it is briefly absent; a build killed there
   * leaves it aside, and the next build puts it back.
   */
  replace(
    model: { name: string; files: Record<string, string | Buffer> },
    files: Array<{ name: string; content: string | Buffer }> = [],
    stale: string[] = [],
    step: StepHook = noStep,
  ): string {
    const target = path.join(this.dir, model.name);
    const tmpDir = this.tmp(model.name);
    const temps: Array<{ tmp: string; target: string; name: string }> = [];
    try {
      mkdirSync(tmpDir);
      for (const [file, content] of Object.entries(model.files)) {
        writeDurably(path.join(tmpDir, file), content);
        step(`model:${file}`);
      }
      for (const f of files) {
        const tmp = this.tmp(f.name);
        temps.push({ tmp, target: path.join(this.dir, f.name), name: f.name });
        writeDurably(tmp, f.content);
        step(`write:${f.name}`);
      }
    } catch (e) {
      rmSync(tmpDir, { recursive: true, force: true });
      for (const t of temps) rmSync(t.tmp, { force: true });
      throw unwritable(this.dir, e);
    }
    for (const s of stale) {
      const file = path.join(this.dir, s);
      if (existsSync(file) && lstatSync(file).isFile()) unlinkSync(file);
    }
    const aside = path.join(this.dir, `.model-build-old-${model.name}-${process.pid}`);
    const hadOld = existsSync(target);
    if (hadOld) renameSync(target, aside);
    step('model:aside');
    renameSync(tmpDir, target);
    step('model:in-place');
    for (const t of temps) {
      renameSync(t.tmp, t.target);
      step(`rename:${t.name}`);
    }
    if (hadOld) removeModelDir(aside);
    return target;
  }

  /**
   * Drops the lock. After a failed build, a folder this claim created and that holds nothing
   * but its marker is removed: a failed build leaves no output at all.
   */
  release(failed = false): void {
    if (this.released) return;
    this.released = true;
    rmSync(path.join(this.dir, LOCK), { force: true });
    if (!failed || !this.created) return;
    try {
      if (readdirSync(this.dir).every((n) => n === OUTPUT_MARKER)) {
        rmSync(path.join(this.dir, OUTPUT_MARKER), { force: true });
        rmdirSync(this.dir);
      }
    } catch {
      /* someone else wrote there meanwhile: leave it */
    }
  }
}

/** A test-only hook called after each write step (faults are injected by name). */
export type StepHook = (step: string) => void;
const noStep: StepHook = () => {};

/** Removes a model folder aside: only the files model-build writes there, then the folder if empty. */
function removeModelDir(dir: string): void {
  for (const f of MODEL_DIR_FILES) rmSync(path.join(dir, f), { force: true });
  try {
    rmdirSync(dir);
  } catch {
    /* it held something else: leave it */
  }
}


function readLock(file: string): { pid: number; host: string } | null {
  try {
    const v = JSON.parse(readFileSync(file, 'utf8')) as { pid?: unknown; host?: unknown };
    return typeof v.pid === 'number' && typeof v.host === 'string' ? { pid: v.pid, host: v.host } : null;
  } catch {
    return null;
  }
}


const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'a folder is in the way',
};

/** A write failure as a clear error naming the folder and what to do. */
export function unwritable(dir: string, e: unknown): ModelBuildError {
  if (ModelBuildError.is(e)) return e;
  const code = (e as NodeJS.ErrnoException)?.code ?? 'EIO';
  return new ModelBuildError('OUTPUT_UNWRITABLE', `cannot write to ${dir}: ${REASONS[code] ?? (e as Error)?.message ?? String(e)} (${code})`, {
    file: dir,
    hint: code === 'ENOSPC' || code === 'EDQUOT' ? 'free some space or choose another --out; nothing was left half-written' : 'choose a writable --out folder (or package.out in the config)',
    cause: e,
  });
}
