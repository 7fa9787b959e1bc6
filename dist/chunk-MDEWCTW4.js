import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);
import {
  isInside,
  toPosix
} from "./chunk-RIGD5S4O.js";
import {
  ModelBuildError
} from "./chunk-J3ZPWLJ2.js";

// src/core/trust/boundary.ts
import { lstatSync, readlinkSync, realpathSync } from "node:fs";
import path from "node:path";
var MAX_LINK_HOPS = 40;
function resolveReal(abs) {
  let current = path.resolve(abs);
  for (let hop = 0; hop <= MAX_LINK_HOPS; hop++) {
    try {
      return { real: realpathSync(current), exists: true };
    } catch (e) {
      const code = e.code;
      if (code === "ELOOP") break;
      if (code !== "ENOENT" && code !== "ENOTDIR") throw e;
    }
    const parent = resolveReal(path.dirname(current)).real;
    const joined = path.join(parent, path.basename(current));
    let target;
    try {
      if (!lstatSync(joined).isSymbolicLink()) return { real: joined, exists: true };
      target = readlinkSync(joined);
    } catch {
      return { real: joined, exists: false };
    }
    current = path.resolve(parent, target);
  }
  throw new ModelBuildError("FILE_UNREADABLE", `${abs}: too many levels of symbolic links`, {
    hint: "a symlink chain loops; replace the links with the files they should point to"
  });
}
var RepositoryBoundary = class {
  constructor(root) {
    this.root = root;
    this.realRoot = resolveReal(root).real;
  }
  root;
  realRoot;
  /** Relative POSIX path of a real path below the root. */
  relative(real) {
    return toPosix(path.relative(this.realRoot, real));
  }
  contains(real) {
    return isInside(this.realRoot, real);
  }
  /**
   * Resolves `abs` through every symlink. Throws PATH_ESCAPES_ROOT when it leads outside the
   * repository (also for links that are dangling). `what` names it for the user, e.g.
   * `data path /data/path "data/x.csv"`.
   */
  resolve(abs, what, where = {}, allowedOutside = []) {
    const given = path.resolve(abs);
    const { real, exists } = resolveReal(given);
    const textRoot = isInside(this.root, given) ? this.root : isInside(this.realRoot, given) ? this.realRoot : null;
    const givenRel = textRoot === null ? null : toPosix(path.relative(textRoot, given));
    if (!this.contains(real) && !allowedOutside.some((a) => isInside(a, real))) {
      const viaLink = givenRel !== null;
      throw new ModelBuildError(
        "PATH_ESCAPES_ROOT",
        viaLink ? `${what} is a symlink that leads outside the repository (to ${real})` : `${what} points outside the repository (${this.realRoot})`,
        {
          ...where,
          hint: viaLink ? "replace the link with the file itself (committed, or tracked by DVC or Git LFS), or move its target inside the repository" : "use a path inside the repository; anything outside it cannot be versioned"
        }
      );
    }
    const linked = givenRel !== this.relative(real);
    return { given, real, rel: this.relative(real), linked, exists };
  }
};

export {
  resolveReal,
  RepositoryBoundary
};
