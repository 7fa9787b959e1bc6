import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);
import {
  kindOf
} from "./chunk-4KALBLMG.js";
import {
  ModelBuildError
} from "./chunk-J3ZPWLJ2.js";

// src/core/util/outputFile.ts
import { accessSync, closeSync, constants, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import path from "node:path";
var unwritable = (file, message, hint, cause) => new ModelBuildError("OUTPUT_UNWRITABLE", message, { file, hint, cause });
function checkOutputFile(abs, what, display = abs) {
  const dir = path.dirname(abs);
  let d;
  try {
    d = statSync(dir);
  } catch (e) {
    const code = e.code ?? String(e);
    throw unwritable(display, `${what}: the folder ${dir} does not exist (${code})`, "create the folder first, or write somewhere else", e);
  }
  if (!d.isDirectory()) throw unwritable(display, `${what}: ${dir} is ${kindOf(d)}, not a folder`, "name a file inside an existing folder");
  try {
    accessSync(dir, constants.W_OK);
  } catch (e) {
    throw unwritable(display, `${what}: the folder ${dir} is not writable`, "write somewhere you have permission to write", e);
  }
  let st;
  try {
    st = statSync(abs);
  } catch {
    st = void 0;
  }
  if (st && !st.isFile()) throw unwritable(display, `${what}: the path is ${kindOf(st)}, not a file`, "name a new or regular file");
}
var counter = 0;
function writeDurably(file, data) {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  const fd = openSync(file, "wx", 420);
  try {
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
function writeFileAtomic(abs, data, display = abs) {
  const tmp = path.join(path.dirname(abs), `.${path.basename(abs)}.tmp-${process.pid}-${counter++}`);
  try {
    writeDurably(tmp, data);
    renameSync(tmp, abs);
  } catch (e) {
    rmSync(tmp, { force: true });
    if (ModelBuildError.is(e)) throw e;
    const code = e.code ?? String(e);
    throw unwritable(display, `cannot write the file (${code})`, code === "ENOSPC" ? "free some disk space and run again" : "check the folder and its permissions", e);
  }
}
function openAtomicStream(abs, display = abs) {
  const tmp = path.join(path.dirname(abs), `.${path.basename(abs)}.tmp-${process.pid}-${counter++}`);
  const fail = (e) => {
    const code = e.code ?? String(e);
    return unwritable(display, `cannot write the file (${code})`, code === "ENOSPC" ? "free some disk space and run again" : "check the folder and its permissions", e);
  };
  let fd;
  try {
    fd = openSync(tmp, "wx", 420);
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
        const bytes = Buffer.from(text, "utf8");
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
    }
  };
}

export {
  checkOutputFile,
  writeDurably,
  writeFileAtomic,
  openAtomicStream
};
