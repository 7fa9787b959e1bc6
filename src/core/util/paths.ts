import path from 'node:path';
import { ModelBuildError, type ErrorLocation } from '../errors.js';

/** POSIX form of a relative path, as git, DVC and our reports write it. */
export const toPosix = (p: string): string => p.split(path.sep).join('/');

/** True when `child` is `parent` or lies below it (both absolute, normalized). */
export function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Resolves a user-given path against `base` and refuses anything that leaves `root`.
 * Returns the absolute path.
 */
export function resolveInside(
  root: string,
  base: string,
  given: string,
  where: ErrorLocation & { what: string },
): string {
  const abs = path.resolve(base, given);
  if (!isInside(root, abs)) {
    const { what, ...loc } = where;
    throw new ModelBuildError(
      'PATH_ESCAPES_ROOT',
      `${what} "${given}" points outside the repository (${root})`,
      { ...loc, hint: 'use a path inside the repository; data outside it cannot be versioned' },
    );
  }
  return abs;
}

/**
 * Compares strings by UTF-8 byte order: what git and reproducible archives use, and the same as
 * Unicode code point order (Python's string order), unlike JS's UTF-16 `<`.
 */
export function compareBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
