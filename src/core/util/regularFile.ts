/**
 * The "is it a regular file, and is it small enough" check every reader of a user-given file
 * makes before opening it: a device (/dev/zero), a FIFO or a socket would block or never end,
 * and a folder is not a file. Symlinks are followed: what matters is what would be read.
 * (Whether a path may be read at all — containment, versioning — is the trust module's call.)
 */
import { statSync, type Stats } from 'node:fs';
import { ModelBuildError, type ErrorCode } from '../errors.js';

export interface RegularFileCheck {
  /** How the file is named in errors (default: the path). */
  display?: string;
  /** What the file is, for messages: "the package", "the profile", "the data". */
  what: string;
  /** Refuse files larger than this many bytes. */
  maxBytes?: number;
  /** What to change when the file is too large: the setting, option or input. */
  limitHint?: string;
  /** Code for the size refusal (default DATA_INVALID). Unreadable and non-regular: FILE_UNREADABLE. */
  code?: ErrorCode;
  /** Hint when the path does not exist. */
  missingHint?: string;
}

/** A file system entry's kind, as a user would name it. */
export function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** Bytes in the unit a person reads, e.g. "64 MiB", "1.5 GiB". */
export function formatSize(n: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let i = 0;
  let v = n;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return i === 0 ? `${n} bytes` : `${Number.isInteger(v) ? v : v.toFixed(1)} ${units[i]}`;
}

/**
 * Stats `abs` (following symlinks) and refuses anything but a regular file, naming its kind,
 * and a file over `maxBytes`, naming the limit. Returns the stats of what will be read.
 */
export function regularFile(abs: string, check: RegularFileCheck): Stats {
  const file = check.display ?? abs;
  let st: Stats;
  try {
    st = statSync(abs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new ModelBuildError('FILE_UNREADABLE', `cannot read ${check.what} (${code})`, {
      file,
      hint: code === 'ENOENT' ? (check.missingHint ?? 'check the path') : 'check the path and its permissions',
      cause: e,
    });
  }
  if (!st.isFile()) {
    throw new ModelBuildError('FILE_UNREADABLE', `${check.what} is ${kindOf(st)}, not a regular file`, {
      file,
      hint: st.isDirectory() ? 'name a file inside the folder' : 'name a regular file: devices, pipes and sockets are never read',
    });
  }
  if (check.maxBytes !== undefined && st.size > check.maxBytes) {
    throw new ModelBuildError(check.code ?? 'DATA_INVALID', `${check.what} is ${formatSize(st.size)}, more than the limit of ${formatSize(check.maxBytes)}`, {
      file,
      hint: check.limitHint,
    });
  }
  return st;
}
