import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);
import {
  ModelBuildError
} from "./chunk-J3ZPWLJ2.js";

// src/core/util/paths.ts
import path from "node:path";
var toPosix = (p) => p.split(path.sep).join("/");
function isInside(parent, child) {
  const rel = path.relative(parent, child);
  return rel === "" || !rel.startsWith("..") && !path.isAbsolute(rel);
}
function resolveInside(root, base, given, where) {
  const abs = path.resolve(base, given);
  if (!isInside(root, abs)) {
    const { what, ...loc } = where;
    throw new ModelBuildError(
      "PATH_ESCAPES_ROOT",
      `${what} "${given}" points outside the repository (${root})`,
      { ...loc, hint: "use a path inside the repository; data outside it cannot be versioned" }
    );
  }
  return abs;
}
function compareBytes(a, b) {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}

export {
  toPosix,
  isInside,
  resolveInside,
  compareBytes
};
