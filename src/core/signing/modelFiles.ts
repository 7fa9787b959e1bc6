/**
 * The files a model signature covers, each with its sha256, in model_signing's canonical order:
 * by path components (Python's PurePosixPath order), each compared by code point. From files in
 * memory (a package's entries), from a folder on disk (an unpacked package, any model folder),
 * or from digests the caller already proved from the files' bytes (a verified package).
 */
import { createHash } from 'node:crypto';
import { closeSync, lstatSync, openSync, readdirSync, readSync, type Stats } from 'node:fs';
import path from 'node:path';
import { ModelBuildError } from '../errors.js';
import { compareBytes } from '../util/paths.js';
import { kindOf } from '../util/regularFile.js';
import { quoted } from './format.js';

/** One signed file: its POSIX path relative to the model folder, and its digest (hex). */
export interface ModelResource {
  name: string;
  algorithm: string;
  digest: string;
}

/** Files by POSIX relative path (`model/weights.bin`), as a package's entries are. */
export type ModelFileMap = ReadonlyMap<string, Buffer>;

/**
 * Files named with the sha256 of their bytes, proved by the caller from exactly the bytes the
 * signature is about (readPackage or verifyPackage of that archive): nothing is read again.
 */
export interface ProvedDigests {
  proved: ReadonlyArray<{ name: string; sha256: string }>;
}

/** What a model signature is made or checked over: files in memory, a folder, or proved digests. */
export type ModelFiles = ModelFileMap | string | ProvedDigests;

/** Most files a model folder may hold when hashed from disk: a bound on the walk. */
export const MAX_MODEL_FILES = 100_000;
const MAX_DEPTH = 64;

/** model_signing sorts resources by PurePosixPath: component by component, not as whole strings ("a/b" < "a-c"). */
export function compareResourceNames(a: string, b: string): number {
  const pa = a.split('/');
  const pb = b.split('/');
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const c = compareBytes(pa[i]!, pb[i]!);
    if (c !== 0) return c;
  }
  return pa.length - pb.length;
}

/** Is `name` one of `ignored`, or below one of them (model_signing's `is_relative_to`)? */
export function isIgnored(name: string, ignored: readonly string[]): boolean {
  return ignored.some((p) => name === p || name.startsWith(`${p}/`));
}

/** A relative POSIX path that names one file inside the model: no `.`, `..`, empty part or leading `/`. */
export function isModelPath(name: string): boolean {
  return name !== '' && !name.includes('\\') && !name.includes('\0') && name.split('/').every((p) => p !== '' && p !== '.' && p !== '..');
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** Digests of files in memory, in canonical order, leaving out `ignored` paths. */
export function hashFileMap(files: ModelFileMap, ignored: readonly string[] = []): ModelResource[] {
  const out: ModelResource[] = [];
  for (const [name, data] of files) {
    checkName(name);
    if (!isIgnored(name, ignored)) out.push({ name, algorithm: 'sha256', digest: sha256(data) });
  }
  return out.sort((a, b) => compareResourceNames(a.name, b.name));
}

/** The files' digests in canonical order, leaving out `ignored` paths; `skipped` as hashDirectory's. */
export function modelResources(files: ModelFiles, ignored: readonly string[] = [], skipped?: string[]): ModelResource[] {
  if (typeof files === 'string') return hashDirectory(files, ignored, skipped);
  if (!('proved' in files)) return hashFileMap(files, ignored);
  const out: ModelResource[] = [];
  for (const { name, sha256: digest } of files.proved) {
    checkName(name);
    if (!isIgnored(name, ignored)) out.push({ name, algorithm: 'sha256', digest });
  }
  return out.sort((a, b) => compareResourceNames(a.name, b.name));
}

/** Names of the files given, as the signature would name them (ignored ones included). */
export function modelFileNames(files: ModelFileMap | ProvedDigests): string[] {
  return 'proved' in files ? files.proved.map((f) => f.name) : [...files.keys()];
}

function checkName(name: string): void {
  if (!isModelPath(name)) {
    throw new ModelBuildError('USAGE', `cannot sign or verify a file named ${quoted(name)}: names are relative POSIX paths inside the model`);
  }
}

/**
 * Digests of every regular file below `dir`, leaving out `ignored` paths (relative, POSIX).
 * Symlinks, devices, pipes and sockets are refused, as model_signing refuses them by default:
 * what is signed must be the bytes that are there, not what a link points to at some moment.
 * Ignored paths found are added to `skipped`, when given.
 */
export function hashDirectory(dir: string, ignored: readonly string[] = [], skipped?: string[]): ModelResource[] {
  const out: ModelResource[] = [];
  const walk = (rel: string, depth: number) => {
    if (depth > MAX_DEPTH) throw new ModelBuildError('USAGE', `folders nest deeper than ${MAX_DEPTH} levels`, { file: path.join(dir, rel) });
    // Sorted: the walk order never depends on the file system.
    const names = readdirSync(path.join(dir, rel)).sort(compareBytes);
    for (const n of names) {
      const name = rel ? `${rel}/${n}` : n;
      if (isIgnored(name, ignored)) {
        skipped?.push(name);
        continue;
      }
      const abs = path.join(dir, name);
      const st = lstatSync(abs);
      if (st.isSymbolicLink()) {
        throw new ModelBuildError('USAGE', `${quoted(name)} is a symbolic link; model signatures cover regular files only`, {
          file: abs,
          hint: 'replace the link with the file it points to, or move it out of the model folder',
        });
      }
      if (st.isDirectory()) walk(name, depth + 1);
      else if (st.isFile()) {
        if (out.length >= MAX_MODEL_FILES) throw new ModelBuildError('USAGE', `the folder holds more than ${MAX_MODEL_FILES} files`, { file: dir, hint: 'sign a model folder, not a whole disk' });
        out.push({ name, algorithm: 'sha256', digest: hashFile(abs, st) });
      } else {
        throw new ModelBuildError('USAGE', `${quoted(name)} is ${kindOf(st)}; model signatures cover regular files only`, { file: abs, hint: 'move it out of the model folder' });
      }
    }
  };
  try {
    walk('', 0);
  } catch (e) {
    if (ModelBuildError.is(e)) throw e;
    throw new ModelBuildError('FILE_UNREADABLE', `cannot read the model folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, {
      file: dir,
      hint: 'check the path and its permissions',
      cause: e,
    });
  }
  return out.sort((a, b) => compareResourceNames(a.name, b.name));
}

/** sha256 of a file, read in 1 MiB pieces; a file that changes size while read is refused. */
function hashFile(abs: string, st: Stats): string {
  const hash = createHash('sha256');
  const fd = openSync(abs, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    let total = 0;
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      hash.update(buf.subarray(0, n));
      total += n;
    }
    if (total !== st.size) throw new ModelBuildError('USAGE', 'the file changed while it was read', { file: abs, hint: 'sign or verify when nothing is writing to the model folder' });
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/** sha256 over the resources' raw digests in the order given: the statement's subject digest. */
export function subjectDigest(resources: readonly ModelResource[]): string {
  const hash = createHash('sha256');
  for (const r of resources) hash.update(Buffer.from(r.digest, 'hex'));
  return hash.digest('hex');
}
