import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { ModelBuildError } from '../errors.js';
import { isInside, toPosix } from '../util/paths.js';

/** One path that a DVC file promises, with the hash DVC recorded for it. */
export interface DvcEntry {
  /** POSIX path relative to the repository root. */
  path: string;
  /** The `.dvc` or `dvc.lock` file that records it, relative to the root. */
  pointer: string;
  /** `out` of a `.dvc` file or stage; `dep` of a stage. */
  role: 'out' | 'dep';
  /** Stage name for dvc.lock entries. */
  stage?: string;
  /** md5 as recorded; ends with `.dir` for directories. */
  md5: string;
  /** true: DVC 2 entry without `hash: md5`, hashed as md5-dos2unix. */
  legacy: boolean;
  size?: number;
  nfiles?: number;
  isDir: boolean;
}

/** A recorded path that cannot be checked here (remote URL, no hash yet), reported as a note. */
export interface DvcSkipped {
  path: string;
  pointer: string;
  reason: string;
}

interface RawOut {
  path?: unknown;
  md5?: unknown;
  hash?: unknown;
  size?: unknown;
  nfiles?: unknown;
  etag?: unknown;
  checksum?: unknown;
}

function parseYaml(abs: string, display: string): unknown {
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (e) {
    throw new ModelBuildError('FILE_UNREADABLE', `cannot read ${display}: ${(e as Error).message}`, { file: display });
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    const pos = lines.linePos(err.pos[0]);
    throw new ModelBuildError('DVC_PARSE', `malformed DVC file: ${err.message.split('\n')[0]}`, {
      file: display,
      line: pos.line,
      column: pos.col,
      hint: 'restore it from git (`git checkout -- FILE`) or regenerate it with `dvc add` / `dvc repro`',
    });
  }
  return doc.toJS();
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function badShape(display: string, what: string): ModelBuildError {
  return new ModelBuildError('DVC_PARSE', `malformed DVC file: ${what}`, {
    file: display,
    hint: 'restore it from git (`git checkout -- FILE`) or regenerate it with `dvc add` / `dvc repro`',
  });
}

/** Turns one raw out/dep into an entry, or a skip note; refuses paths outside the repository. */
function toEntry(
  raw: unknown,
  base: string,
  root: string,
  pointer: string,
  role: 'out' | 'dep',
  stage: string | undefined,
  where: string,
): DvcEntry | DvcSkipped {
  if (!isRecord(raw) || typeof raw.path !== 'string' || raw.path === '') {
    throw badShape(pointer, `${where} has no "path"`);
  }
  const out = raw as RawOut;
  const given = out.path as string;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(given) || given.startsWith('remote://')) {
    return { path: given, pointer, reason: 'remote location, not checked' };
  }
  const abs = path.resolve(base, given);
  if (!isInside(root, abs) || abs === root) {
    throw new ModelBuildError('PATH_ESCAPES_ROOT', `${where} path "${given}" points outside the repository`, {
      file: pointer,
      hint: 'DVC data must live inside the repository for model-build to version it',
    });
  }
  const rel = toPosix(path.relative(root, abs));
  if (out.hash !== undefined && out.hash !== 'md5') {
    throw new ModelBuildError('DVC_UNKNOWN_HASH', `${where} "${given}" uses hash "${String(out.hash)}"; model-build checks md5 only`, {
      file: pointer,
      hint: 'use DVC\'s default md5 hashing (`dvc add` without a custom hash), or remove the entry',
    });
  }
  if (typeof out.md5 !== 'string') {
    if (out.etag !== undefined || out.checksum !== undefined) {
      throw new ModelBuildError('DVC_UNKNOWN_HASH', `${where} "${given}" records ${out.etag !== undefined ? 'an etag' : 'a checksum'}, not an md5`, {
        file: pointer,
        hint: 'model-build verifies local md5-tracked data; import the data with `dvc add` or `dvc import` so it gets an md5',
      });
    }
    return { path: rel, pointer, reason: 'no hash recorded yet (run `dvc commit`)' };
  }
  if (!/^[0-9a-f]{32}(\.dir)?$/.test(out.md5)) {
    throw badShape(pointer, `${where} "${given}" has an md5 that is not 32 hex digits: "${out.md5}"`);
  }
  return {
    path: rel,
    pointer,
    role,
    stage,
    md5: out.md5,
    legacy: out.hash === undefined,
    size: typeof out.size === 'number' ? out.size : undefined,
    nfiles: typeof out.nfiles === 'number' ? out.nfiles : undefined,
    isDir: out.md5.endsWith('.dir'),
  };
}

/** Entries of one `.dvc` file (its outs; import deps name other repositories and are skipped). */
export function readDvcFile(root: string, rel: string): Array<DvcEntry | DvcSkipped> {
  const abs = path.join(root, rel);
  const doc = parseYaml(abs, rel);
  if (!isRecord(doc)) throw badShape(rel, 'expected a mapping with "outs"');
  const outs = doc.outs;
  if (!Array.isArray(outs)) throw badShape(rel, '"outs" is missing or not a list');
  return outs.map((o, i) => toEntry(o, path.dirname(abs), root, rel, 'out', undefined, `outs[${i}]`));
}

/** Entries of one `dvc.lock`: every stage's deps and outs. Paths are relative to the stage's wdir. */
export function readDvcLock(root: string, rel: string): Array<DvcEntry | DvcSkipped> {
  const abs = path.join(root, rel);
  const doc = parseYaml(abs, rel);
  if (!isRecord(doc)) throw badShape(rel, 'expected a mapping of stages');
  // schema 2.0 nests stages; DVC 1.x lock files list them at the top level.
  const stages = doc.schema !== undefined ? doc.stages : doc;
  if (!isRecord(stages)) throw badShape(rel, '"stages" is missing or not a mapping');
  const wdirs = stageWorkDirs(path.dirname(abs));
  const result: Array<DvcEntry | DvcSkipped> = [];
  for (const [name, stage] of Object.entries(stages)) {
    if (!isRecord(stage)) throw badShape(rel, `stage "${name}" is not a mapping`);
    const base = path.resolve(path.dirname(abs), wdirs.get(name.split('@')[0]!) ?? '.');
    for (const role of ['deps', 'outs'] as const) {
      const list = stage[role];
      if (list === undefined) continue;
      if (!Array.isArray(list)) throw badShape(rel, `stage "${name}" ${role} is not a list`);
      list.forEach((o, i) =>
        result.push(toEntry(o, base, root, rel, role === 'deps' ? 'dep' : 'out', name, `stage "${name}" ${role}[${i}]`)),
      );
    }
  }
  return result;
}

/** `wdir` of each stage in the dvc.yaml beside a dvc.lock (best effort: a bad dvc.yaml is DVC's to report). */
function stageWorkDirs(dir: string): Map<string, string> {
  const result = new Map<string, string>();
  const file = path.join(dir, 'dvc.yaml');
  if (!existsSync(file)) return result;
  try {
    const doc = parseDocument(readFileSync(file, 'utf8')).toJS() as unknown;
    if (isRecord(doc) && isRecord(doc.stages)) {
      for (const [name, s] of Object.entries(doc.stages)) {
        if (isRecord(s) && typeof s.wdir === 'string') result.set(name, s.wdir);
      }
    }
  } catch {
    /* fall back to the lock file's folder */
  }
  return result;
}

export const isSkipped = (e: DvcEntry | DvcSkipped): e is DvcSkipped => 'reason' in e;
