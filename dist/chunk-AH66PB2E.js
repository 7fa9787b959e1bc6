import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);

// src/core/util/packageFiles.ts
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
var packageRoot;
function ownPackageRoot() {
  if (packageRoot) return packageRoot;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    if (existsSync(path.join(dir, "schema", "model-build.schema.json"))) return packageRoot = dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error("model-build: cannot find its own schema/ folder");
    dir = up;
  }
}
var ownFile = (rel) => path.join(ownPackageRoot(), rel);

export {
  ownPackageRoot,
  ownFile
};
