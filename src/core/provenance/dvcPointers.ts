import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { ModelBuildError } from '../errors.js';
import { isInside, toPosix } from '../util/paths.js';
import { decodeStrictUtf8 } from './strictText.js';

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

/**
 * Largest `.dvc`, `dvc.lock` or `dvc.yaml` read. DVC writes a few hundred bytes per out and a
 * big pipeline's lock file is well under a megabyte; the limit keeps a hostile file from being
 * read and parsed whole (YAML parsing needs many times the file's size in memory).
 */
export const MAX_DVC_FILE_BYTES = 16 * 1024 * 1024;

/** YAML aliases allowed per file: DVC never writes one, and many are an expansion attack. */
export const MAX_DVC_YAML_ALIASES = 100;

const FIX_HINT = 'restore it from git (`git checkout -- FILE`) or regenerate it with `dvc add` / `dvc repro`';

/** The text of a pointer file: a regular file under the size limit, strict UTF-8. */
function readPointerText(abs: string, display: string): string {
  let st;
  try {
    st = statSync(abs);
  } catch (e) {
    throw new ModelBuildError('FILE_UNREADABLE', `cannot read ${display}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, {
      file: display,
      hint: 'restore it with `git checkout -- FILE`',
    });
  }
  if (!st.isFile()) {
    // Checked before opening: reading a FIFO or a device would block or never end.
    throw new ModelBuildError('DVC_PARSE', `${display} is ${st.isDirectory() ? 'a folder' : 'not a regular file (a device, FIFO or socket)'}, not a DVC file`, {
      file: display,
      hint: FIX_HINT,
    });
  }
  if (st.size > MAX_DVC_FILE_BYTES) {
    throw new ModelBuildError('DVC_PARSE', `${display} is ${st.size} bytes, more than the ${MAX_DVC_FILE_BYTES}-byte limit for DVC files`, {
      file: display,
      hint: `DVC writes small pointer files; ${FIX_HINT}`,
    });
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(abs);
  } catch (e) {
    throw new ModelBuildError('FILE_UNREADABLE', `cannot read ${display}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { file: display });
  }
  const decoded = decodeStrictUtf8(bytes);
  if (!decoded.ok) {
    throw new ModelBuildError('DVC_PARSE', 'malformed DVC file: not UTF-8 text', {
      file: display,
      line: decoded.line,
      column: decoded.column,
      hint: `DVC writes UTF-8; ${FIX_HINT}`,
    });
  }
  return decoded.text;
}

function parseYaml(abs: string, display: string): unknown {
  const text = readPointerText(abs, display);
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    const pos = lines.linePos(err.pos[0]);
    throw new ModelBuildError('DVC_PARSE', `malformed DVC file: ${err.message.split('\n')[0]}`, {
      file: display,
      line: pos.line,
      column: pos.col,
      hint: FIX_HINT,
    });
  }
  try {
    return doc.toJS({ maxAliasCount: MAX_DVC_YAML_ALIASES });
  } catch (e) {
    // The yaml package throws a ReferenceError when aliases expand past the count.
    const bomb = e instanceof ReferenceError;
    throw new ModelBuildError(
      'DVC_PARSE',
      bomb ? `malformed DVC file: YAML aliases expand to more than ${MAX_DVC_YAML_ALIASES} nodes` : `malformed DVC file: ${(e as Error).message}`,
      { file: display, hint: bomb ? `DVC never writes YAML aliases; ${FIX_HINT}` : FIX_HINT },
    );
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function badShape(display: string, what: string): ModelBuildError {
  return new ModelBuildError('DVC_PARSE', `malformed DVC file: ${what}`, { file: display, hint: FIX_HINT });
}

const describe = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'a mapping' : `${typeof v} ${JSON.stringify(v)}`.slice(0, 80));

/** A count or byte size as DVC records it: a whole number from 0 up. */
function wholeNumber(v: unknown, pointer: string, where: string, key: string): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return v;
  throw badShape(pointer, `${where} ${key} must be a whole number from 0 up (got ${describe(v)})`);
}

/** File names that are DVC's own bookkeeping, never data. */
const isDvcFileName = (name: string) => name.endsWith('.dvc') || name === 'dvc.lock' || name === 'dvc.yaml';

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
  if (!isRecord(raw)) throw badShape(pointer, `${where} must be a mapping with "path" (got ${describe(raw)})`);
  if (raw.path === undefined || raw.path === '') throw badShape(pointer, `${where} has no "path"`);
  if (typeof raw.path !== 'string') throw badShape(pointer, `${where} path must be text (got ${describe(raw.path)})`);
  const out = raw as RawOut;
  const given = out.path as string;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(given) || given.startsWith('remote://')) {
    return { path: given, pointer, reason: 'remote location, not checked' };
  }
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x1f]/.test(given)) throw badShape(pointer, `${where} path ${JSON.stringify(given)} has control characters`);
  if (path.posix.isAbsolute(given) || path.isAbsolute(given)) {
    throw new ModelBuildError('PATH_ESCAPES_ROOT', `${where} path "${given}" is absolute`, {
      file: pointer,
      hint: 'DVC records paths relative to the DVC file; data must live inside the repository for model-build to version it',
    });
  }
  const abs = path.resolve(base, given);
  if (!isInside(root, abs)) {
    throw new ModelBuildError('PATH_ESCAPES_ROOT', `${where} path "${given}" points outside the repository`, {
      file: pointer,
      hint: 'DVC data must live inside the repository for model-build to version it',
    });
  }
  const rel = toPosix(path.relative(root, abs));
  if (rel === '') throw badShape(pointer, `${where} path "${given}" names the whole repository`);
  const segments = rel.split('/');
  if (segments.some((s) => s === '.git' || s === '.dvc')) {
    throw badShape(pointer, `${where} path "${given}" is inside ${segments.includes('.git') ? '.git' : '.dvc'}, which DVC never tracks`);
  }
  if (rel === pointer) throw badShape(pointer, `${where} path "${given}" is the DVC file itself`);
  if (role === 'out') {
    if (isDvcFileName(segments[segments.length - 1]!)) throw badShape(pointer, `${where} path "${given}" is a DVC file, not data`);
    if (pointer.startsWith(`${rel}/`)) throw badShape(pointer, `${where} path "${given}" contains the DVC file itself`);
  }
  if (out.hash !== undefined && out.hash !== 'md5') {
    throw new ModelBuildError('DVC_UNKNOWN_HASH', `${where} "${given}" uses hash "${String(out.hash)}"; model-build checks md5 only`, {
      file: pointer,
      hint: 'use DVC\'s default md5 hashing (`dvc add` without a custom hash), or remove the entry',
    });
  }
  if (out.md5 === undefined) {
    if (out.etag !== undefined || out.checksum !== undefined) {
      throw new ModelBuildError('DVC_UNKNOWN_HASH', `${where} "${given}" records ${out.etag !== undefined ? 'an etag' : 'a checksum'}, not an md5`, {
        file: pointer,
        hint: 'model-build verifies local md5-tracked data; import the data with `dvc add` or `dvc import` so it gets an md5',
      });
    }
    return { path: rel, pointer, reason: 'no hash recorded yet (run `dvc commit`)' };
  }
  if (typeof out.md5 !== 'string') {
    throw badShape(pointer, `${where} "${given}" md5 must be 32 hex digits as text (got ${describe(out.md5)}); quote it`);
  }
  if (!/^[0-9a-f]{32}(\.dir)?$/.test(out.md5)) {
    throw badShape(pointer, `${where} "${given}" has an md5 that is not 32 hex digits: "${out.md5.slice(0, 80)}"`);
  }
  const isDir = out.md5.endsWith('.dir');
  const size = wholeNumber(out.size, pointer, where, 'size');
  const nfiles = wholeNumber(out.nfiles, pointer, where, 'nfiles');
  if (nfiles !== undefined && !isDir) {
    throw badShape(pointer, `${where} "${given}" records nfiles but its md5 is a file's (no ".dir"); nfiles belongs to directories`);
  }
  return { path: rel, pointer, role, stage, md5: out.md5, legacy: out.hash === undefined, size, nfiles, isDir };
}

/**
 * Refuses an out listed twice, or one out inside another: DVC refuses both, and either makes
 * "which pointer decides these bytes" ambiguous.
 */
function refuseOverlappingOuts(entries: Array<DvcEntry | DvcSkipped>, pointer: string): void {
  const outs = new Set<string>();
  const local = entries.filter((e) => (isSkipped(e) ? !e.reason.startsWith('remote') : e.role === 'out'));
  for (const e of local) {
    if (outs.has(e.path)) throw badShape(pointer, `"${e.path}" is listed as an out twice`);
    outs.add(e.path);
  }
  for (const e of local) {
    const parts = e.path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const ancestor = parts.slice(0, i).join('/');
      if (outs.has(ancestor)) throw badShape(pointer, `outs overlap: "${e.path}" is inside "${ancestor}"`);
    }
  }
}

/** dvc.lock schemas this reader understands: "2.0" is what DVC 2 and DVC 3 write. */
const LOCK_SCHEMAS: readonly unknown[] = ['2.0', 2];

/** Entries of one `.dvc` file (its outs; import deps name other repositories and are skipped). */
export function readDvcFile(root: string, rel: string): Array<DvcEntry | DvcSkipped> {
  const abs = path.join(root, rel);
  const doc = parseYaml(abs, rel);
  if (!isRecord(doc)) throw badShape(rel, 'expected a mapping with "outs"');
  const outs = doc.outs;
  if (!Array.isArray(outs)) throw badShape(rel, '"outs" is missing or not a list');
  const entries = outs.map((o, i) => toEntry(o, path.dirname(abs), root, rel, 'out', undefined, `outs[${i}]`));
  refuseOverlappingOuts(entries, rel);
  return entries;
}

/** Entries of one `dvc.lock`: every stage's deps and outs. Paths are relative to the stage's wdir. */
export function readDvcLock(root: string, rel: string): Array<DvcEntry | DvcSkipped> {
  const abs = path.join(root, rel);
  const doc = parseYaml(abs, rel);
  if (!isRecord(doc)) throw badShape(rel, 'expected a mapping of stages');
  if (doc.schema !== undefined && !LOCK_SCHEMAS.includes(doc.schema)) {
    throw new ModelBuildError('DVC_PARSE', `dvc.lock schema ${describe(doc.schema)} is not one model-build reads (it reads schema '2.0', written by DVC 2 and 3)`, {
      file: rel,
      hint: 'regenerate it with a DVC release that writes schema 2.0 (`dvc repro`), or restore it from git',
    });
  }
  // schema 2.0 nests stages; DVC 1.x lock files list them at the top level.
  const stages = doc.schema !== undefined ? doc.stages : doc;
  if (!isRecord(stages)) throw badShape(rel, '"stages" is missing or not a mapping');
  const wdirs = stageWorkDirs(root, path.dirname(abs));
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
  refuseOverlappingOuts(result, rel);
  return result;
}

/** `wdir` of each stage in the dvc.yaml beside a dvc.lock (best effort: a bad dvc.yaml is DVC's to report). */
function stageWorkDirs(root: string, dir: string): Map<string, string> {
  const result = new Map<string, string>();
  const file = path.join(dir, 'dvc.yaml');
  if (!existsSync(file)) return result;
  const text = readPointerText(file, toPosix(path.relative(root, file)));
  try {
    const doc = parseDocument(text).toJS({ maxAliasCount: MAX_DVC_YAML_ALIASES }) as unknown;
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
