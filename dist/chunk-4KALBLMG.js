import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);
import {
  ModelBuildError
} from "./chunk-J3ZPWLJ2.js";

// src/core/util/regularFile.ts
import { statSync } from "node:fs";
function kindOf(st) {
  if (st.isDirectory()) return "a folder";
  if (st.isFIFO()) return "a FIFO (named pipe)";
  if (st.isCharacterDevice()) return "a character device";
  if (st.isBlockDevice()) return "a block device";
  if (st.isSocket()) return "a socket";
  return "not a regular file";
}
function formatSize(n) {
  const units = ["bytes", "KiB", "MiB", "GiB", "TiB"];
  let i = 0;
  let v = n;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return i === 0 ? `${n} bytes` : `${Number.isInteger(v) ? v : v.toFixed(1)} ${units[i]}`;
}
function regularFile(abs, check) {
  const file = check.display ?? abs;
  let st;
  try {
    st = statSync(abs);
  } catch (e) {
    const code = e.code ?? String(e);
    throw new ModelBuildError("FILE_UNREADABLE", `cannot read ${check.what} (${code})`, {
      file,
      hint: code === "ENOENT" ? check.missingHint ?? "check the path" : "check the path and its permissions",
      cause: e
    });
  }
  if (!st.isFile()) {
    throw new ModelBuildError("FILE_UNREADABLE", `${check.what} is ${kindOf(st)}, not a regular file`, {
      file,
      hint: st.isDirectory() ? "name a file inside the folder" : "name a regular file: devices, pipes and sockets are never read"
    });
  }
  if (check.maxBytes !== void 0 && st.size > check.maxBytes) {
    throw new ModelBuildError(check.code ?? "DATA_INVALID", `${check.what} is ${formatSize(st.size)}, more than the limit of ${formatSize(check.maxBytes)}`, {
      file,
      hint: check.limitHint
    });
  }
  return st;
}

// src/core/config/didYouMean.ts
function editDistance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j];
      row[j] = Math.min(up + 1, row[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length];
}
function didYouMean(given, candidates) {
  const lower = given.toLowerCase();
  let best;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = c.toLowerCase() === lower ? 0 : editDistance(lower, c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  const limit = Math.max(2, Math.floor(given.length / 3));
  return bestDistance <= limit ? best : void 0;
}

export {
  didYouMean,
  kindOf,
  formatSize,
  regularFile
};
