import { lstatSync, readlinkSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { ModelBuildError, type ErrorLocation } from '../errors.js';
import { isInside, toPosix } from '../util/paths.js';

/** Symlink hops followed before a chain counts as a loop (Linux's own limit is 40). */
const MAX_LINK_HOPS = 40;

/** Where a path really leads once every symlink on the way is followed. */
export interface ResolvedPath {
  /** The path as given, absolute. */
  given: string;
  /** The real path: every symlink in it followed (for a missing path: as far as it exists). */
  real: string;
  /** `real` relative to the repository root, POSIX. */
  rel: string;
  /** True when following symlinks changed the path. */
  linked: boolean;
  exists: boolean;
}

/** `realpath` that also resolves paths that do not exist yet, and dangling links, as far as it can. */
export function resolveReal(abs: string): { real: string; exists: boolean } {
  let current = path.resolve(abs);
  for (let hop = 0; hop <= MAX_LINK_HOPS; hop++) {
    try {
      return { real: realpathSync(current), exists: true };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') break;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw e;
    }
    // Missing, or a dangling link: resolve the parent, then the last component by hand.
    const parent = resolveReal(path.dirname(current)).real;
    const joined = path.join(parent, path.basename(current));
    let target: string;
    try {
      if (!lstatSync(joined).isSymbolicLink()) return { real: joined, exists: true };
      target = readlinkSync(joined);
    } catch {
      return { real: joined, exists: false };
    }
    current = path.resolve(parent, target);
  }
  throw new ModelBuildError('FILE_UNREADABLE', `${abs}: too many levels of symbolic links`, {
    hint: 'a symlink chain loops; replace the links with the files they should point to',
  });
}

/**
 * The repository side of the trust boundary: every path the build reads or runs is resolved
 * through symlinks and must lie inside the repository's real root. Which of those paths are
 * versioned is decided by the caller (git tree, DVC and LFS pointers); this decides only
 * where a path really is.
 */
export class RepositoryBoundary {
  readonly realRoot: string;

  constructor(readonly root: string) {
    this.realRoot = resolveReal(root).real;
  }

  /** Relative POSIX path of a real path below the root. */
  relative(real: string): string {
    return toPosix(path.relative(this.realRoot, real));
  }

  contains(real: string): boolean {
    return isInside(this.realRoot, real);
  }

  /**
   * Resolves `abs` through every symlink. Throws PATH_ESCAPES_ROOT when it leads outside the
   * repository (also for links that are dangling). `what` names it for the user, e.g.
   * `data path /data/path "data/x.csv"`.
   */
  resolve(abs: string, what: string, where: ErrorLocation = {}, allowedOutside: readonly string[] = []): ResolvedPath {
    const given = path.resolve(abs);
    const { real, exists } = resolveReal(given);
    const textRoot = isInside(this.root, given) ? this.root : isInside(this.realRoot, given) ? this.realRoot : null;
    const givenRel = textRoot === null ? null : toPosix(path.relative(textRoot, given));
    if (!this.contains(real) && !allowedOutside.some((a) => isInside(a, real))) {
      const viaLink = givenRel !== null;
      throw new ModelBuildError(
        'PATH_ESCAPES_ROOT',
        viaLink
          ? `${what} is a symlink that leads outside the repository (to ${real})`
          : `${what} points outside the repository (${this.realRoot})`,
        {
          ...where,
          hint: viaLink
            ? 'replace the link with the file itself (committed, or tracked by DVC or Git LFS), or move its target inside the repository'
            : 'use a path inside the repository; anything outside it cannot be versioned',
        },
      );
    }
    const linked = givenRel !== this.relative(real);
    return { given, real, rel: this.relative(real), linked, exists };
  }
}
