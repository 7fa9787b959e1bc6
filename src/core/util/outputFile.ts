/**
 * Single output files given by the user (a report, a profile, predictions): checked before the
 * expensive work starts, and written by temp file + rename in the same folder, so a reader sees
 * the old file or the new one, never half of one.
 */
import { accessSync, closeSync, constants, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync, type Stats } from 'node:fs';
import path from 'node:path';
import { ModelBuildError } from '../errors.js';
import { kindOf } from './regularFile.js';

const unwritable = (file: string, message: string, hint: string, cause?: unknown) =>
  new ModelBuildError('OUTPUT_UNWRITABLE', message, { file, hint, cause });

/**
 * Refuses an output path that cannot be written: its folder missing or not a folder or not
 * writable, or the path itself an existing folder, device or pipe. `what` names the option,
 * e.g. "--html". Creates nothing.
 */
export function checkOutputFile(abs: string, what: string, display: string = abs): void {
  const dir = path.dirname(abs);
  let d: Stats;
  try {
    d = statSync(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw unwritable(display, `${what}: the folder ${dir} does not exist (${code})`, 'create the folder first, or write somewhere else', e);
  }
  if (!d.isDirectory()) throw unwritable(display, `${what}: ${dir} is ${kindOf(d)}, not a folder`, 'name a file inside an existing folder');
  try {
    accessSync(dir, constants.W_OK);
  } catch (e) {
    throw unwritable(display, `${what}: the folder ${dir} is not writable`, 'write somewhere you have permission to write', e);
  }
  let st: Stats | undefined;
  try {
    st = statSync(abs);
  } catch {
    st = undefined; // absent: will be created
  }
  if (st && !st.isFile()) throw unwritable(display, `${what}: the path is ${kindOf(st)}, not a file`, 'name a new or regular file');
}

let counter = 0;

/** Creates `file` (never over an existing one), writes all of `data` and syncs it to disk. */
export function writeDurably(file: string, data: string | Uint8Array): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const fd = openSync(file, 'wx', 0o644);
  try {
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes `data` to `abs` atomically: into `.<name>.tmp-<pid>-<n>` beside it, synced, then
 * renamed over it. On failure the temp file is removed and `abs` is left as it was; the error
 * names the path.
 */
export function writeFileAtomic(abs: string, data: string | Uint8Array, display: string = abs): void {
  const tmp = path.join(path.dirname(abs), `.${path.basename(abs)}.tmp-${process.pid}-${counter++}`);
  try {
    writeDurably(tmp, data);
    renameSync(tmp, abs);
  } catch (e) {
    rmSync(tmp, { force: true });
    if (ModelBuildError.is(e)) throw e;
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw unwritable(display, `cannot write the file (${code})`, code === 'ENOSPC' ? 'free some disk space and run again' : 'check the folder and its permissions', e);
  }
}

/** A file written as a stream, put in place by `commit` (rename) or dropped by `abort`. */
export interface AtomicStream {
  write(text: string): Promise<void>;
  commit(): Promise<void>;
  abort(): void;
}

/** Like writeFileAtomic, for output that is produced piece by piece (predictions). */
export function openAtomicStream(abs: string, display: string = abs): AtomicStream {
  const tmp = path.join(path.dirname(abs), `.${path.basename(abs)}.tmp-${process.pid}-${counter++}`);
  const fail = (e: unknown): ModelBuildError => {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    return unwritable(display, `cannot write the file (${code})`, code === 'ENOSPC' ? 'free some disk space and run again' : 'check the folder and its permissions', e);
  };
  let fd: number;
  try {
    fd = openSync(tmp, 'wx', 0o644);
  } catch (e) {
    throw fail(e);
  }
  let open = true;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    async write(text) {
      try {
        const bytes = Buffer.from(text, 'utf8');
        let written = 0;
        while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      } catch (e) {
        close();
        rmSync(tmp, { force: true });
        throw fail(e);
      }
    },
    async commit() {
      try {
        fsyncSync(fd);
        close();
        renameSync(tmp, abs);
      } catch (e) {
        close();
        rmSync(tmp, { force: true });
        throw fail(e);
      }
    },
    abort() {
      try {
        close();
      } finally {
        rmSync(tmp, { force: true });
      }
    },
  };
}
