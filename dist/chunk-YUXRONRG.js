import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);
import {
  TransientError,
  mapLimit,
  withRetry
} from "./chunk-EI6HOR2N.js";
import {
  Hasher,
  commitTree,
  committedOuts,
  configDataPaths,
  readGitFacts,
  resolvePullConfig,
  selectOuts
} from "./chunk-PBFU3N36.js";
import {
  RepositoryBoundary
} from "./chunk-MDEWCTW4.js";
import {
  compareBytes
} from "./chunk-RIGD5S4O.js";
import {
  didYouMean,
  kindOf,
  regularFile
} from "./chunk-4KALBLMG.js";
import {
  ModelBuildError
} from "./chunk-J3ZPWLJ2.js";

// src/core/dvc/pull.ts
import { chmodSync as chmodSync2, copyFileSync, constants, mkdirSync as mkdirSync2, openSync, fsyncSync, closeSync, renameSync as renameSync2, rmSync as rmSync2, statSync as statSync3 } from "node:fs";
import path6 from "node:path";

// src/core/dvc/cache.ts
import { chmodSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { open } from "node:fs/promises";
import path2 from "node:path";

// src/core/dvc/layout.ts
import path from "node:path";
function objectKey(id) {
  const at = `${id.md5.slice(0, 2)}/${id.md5.slice(2)}`;
  return id.legacy ? at : `files/md5/${at}`;
}
function cachePath(cacheDir, id) {
  return path.join(cacheDir, ...objectKey(id).split("/"));
}
function objectAlgo(id) {
  return id.legacy && !id.md5.endsWith(".dir") ? "md5-dos2unix" : "md5";
}
var objectDigest = (id) => id.md5.replace(/\.dir$/, "");
var objectIdKey = (id) => `${id.legacy ? "legacy" : "md5"}:${id.md5}`;

// src/core/dvc/streamDigest.ts
import { createHash } from "node:crypto";
var BLOCK = 1 << 20;
var TEXT_BLOCK = 512;
function isTextBlock(block) {
  if (block.length === 0) return true;
  let nontext = 0;
  for (const b of block) {
    if (b === 0) return false;
    if (!(b >= 32 && b < 127 || b === 10 || b === 13 || b === 9 || b === 12 || b === 8)) nontext++;
  }
  return nontext / block.length <= 0.3;
}
var StreamDigest = class {
  constructor(algo) {
    this.algo = algo;
    this.pending = algo === "md5-dos2unix" ? Buffer.allocUnsafe(BLOCK) : null;
  }
  algo;
  hash = createHash("md5");
  pending;
  filled = 0;
  text = null;
  size = 0;
  update(chunk) {
    this.size += chunk.length;
    if (!this.pending) {
      this.hash.update(chunk);
      return;
    }
    let offset = 0;
    while (offset < chunk.length) {
      const n = Math.min(BLOCK - this.filled, chunk.length - offset);
      this.pending.set(chunk.subarray(offset, offset + n), this.filled);
      this.filled += n;
      offset += n;
      if (this.filled === BLOCK) this.flush();
    }
  }
  flush() {
    const block = this.pending.subarray(0, this.filled);
    this.filled = 0;
    if (block.length === 0) return;
    if (this.text === null) this.text = isTextBlock(block.subarray(0, TEXT_BLOCK));
    if (!this.text) {
      this.hash.update(block);
      return;
    }
    let start = 0;
    let i = block.indexOf(13);
    while (i !== -1) {
      if (i + 1 < block.length && block[i + 1] === 10) {
        this.hash.update(block.subarray(start, i));
        start = i + 1;
      }
      i = block.indexOf(13, i + 1);
    }
    this.hash.update(block.subarray(start));
  }
  digest() {
    if (this.pending) this.flush();
    return this.hash.digest("hex");
  }
};

// src/core/dvc/cache.ts
var CorruptObjectError = class extends Error {
  constructor(message, reason) {
    super(message);
    this.reason = reason;
    this.name = "CorruptObjectError";
  }
  reason;
};
var tmpCounter = 0;
var DvcCache = class {
  constructor(dir, boundary, hasher) {
    this.dir = dir;
    this.boundary = boundary;
    this.hasher = hasher;
  }
  dir;
  boundary;
  hasher;
  /** The object's path, resolved through symlinks; refused if it leads outside the repository. */
  path(id) {
    const abs = cachePath(this.dir, id);
    return this.boundary.resolve(abs, `DVC cache object ${objectKey(id)}`, { file: this.boundary.relative(this.dir) }).real;
  }
  /**
   * True when the cache holds the object with the right bytes. A cache file with other bytes
   * (a failed copy, an edit through a symlinked checkout) is not trusted, never deleted.
   */
  async has(id) {
    const abs = this.path(id);
    let st;
    try {
      st = statSync(abs);
    } catch {
      return false;
    }
    if (!st.isFile()) return false;
    const algo = objectAlgo(id);
    return (await this.hasher.digest(abs, [algo]))[algo] === objectDigest(id);
  }
  /** The bytes of a (small) cached object that `has` confirmed. */
  read(id) {
    return readFileSync(this.path(id));
  }
  /**
   * Downloads one object into the cache, verifying it while it streams. Throws
   * CorruptObjectError (nothing written), TransientError (retry), or null → the remote lacks it.
   */
  async download(store, id, expectedSize) {
    const key = objectKey(id);
    const got = await store.get(key);
    if (!got) return null;
    const dest = this.path(id);
    const dir = path2.dirname(dest);
    mkdirSync(dir, { recursive: true });
    const tmp = path2.join(dir, `.${path2.basename(dest)}.mb-tmp-${process.pid}-${tmpCounter++}`);
    const digest = new StreamDigest(objectAlgo(id));
    const fh = await open(tmp, "wx", 420);
    let closed = false;
    try {
      for await (const chunk of got.body) {
        digest.update(chunk);
        let off = 0;
        while (off < chunk.length) off += (await fh.write(chunk, off, chunk.length - off)).bytesWritten;
      }
      const declared = got.size ?? expectedSize;
      if (declared !== void 0 && digest.size < declared) {
        throw new TransientError(`${key}: the transfer ended after ${digest.size} of ${declared} bytes`, true);
      }
      const actual = digest.digest();
      if (actual !== objectDigest(id)) {
        throw new CorruptObjectError(
          `${key}: the remote's bytes (${digest.size} bytes) have ${objectAlgo(id)} ${actual}, not ${objectDigest(id)}`,
          "corrupt"
        );
      }
      await fh.sync();
      await fh.close();
      closed = true;
      chmodSync(tmp, 292);
      renameSync(tmp, dest);
      return { bytes: digest.size };
    } catch (e) {
      if (!closed) await fh.close().catch(() => void 0);
      rmSync(tmp, { force: true });
      if (e instanceof CorruptObjectError || TransientError.is(e) || ModelBuildError.is(e)) throw e;
      const code = e.code ?? String(e);
      throw new ModelBuildError("OUTPUT_UNWRITABLE", `cannot write ${key} into the DVC cache (${code})`, {
        file: this.boundary.relative(this.dir),
        hint: code === "ENOSPC" ? "free some disk space and run again" : "check the cache folder and its permissions"
      });
    }
  }
};

// src/core/dvc/session.ts
import path5 from "node:path";

// src/core/dvc/dirListing.ts
var MAX_LISTING_BYTES = 256 * 1024 * 1024;
function parseDirListing(bytes, where) {
  const bad = (what) => new ModelBuildError("DVC_OBJECT_INVALID", `the folder listing ${where.object} for ${where.path} (${where.pointer}) ${what}`, {
    file: where.pointer,
    hint: "the object is not one DVC wrote: push it again from a machine that has the data (`dvc push`)"
  });
  let raw;
  try {
    raw = JSON.parse(bytes.toString("utf8"));
  } catch {
    throw bad("is not JSON");
  }
  if (!Array.isArray(raw)) throw bad("is not a JSON list");
  const seen = /* @__PURE__ */ new Set();
  const files = [];
  for (const item of raw) {
    if (item === null || typeof item !== "object" || Array.isArray(item)) throw bad("has an entry that is not an object");
    const { md5, relpath } = item;
    if (typeof relpath !== "string" || relpath === "") throw bad("has an entry without a relpath");
    if (typeof md5 !== "string" || !/^[0-9a-f]{32}$/.test(md5)) throw bad(`has an entry whose md5 is not 32 hex digits (${JSON.stringify(relpath).slice(0, 80)})`);
    const parts = relpath.split("/");
    if (relpath.startsWith("/") || relpath.includes("\\") || /[\x00-\x1f]/.test(relpath) || parts.some((p) => p === "" || p === "." || p === "..")) {
      throw bad(`has a relpath that leaves the folder or is not a plain path: ${JSON.stringify(relpath).slice(0, 80)}`);
    }
    if (parts.some((p) => p === ".git" || p === ".dvc")) throw bad(`names ${JSON.stringify(relpath).slice(0, 80)}, inside .git or .dvc`);
    if (seen.has(relpath)) throw bad(`lists ${JSON.stringify(relpath).slice(0, 80)} twice`);
    seen.add(relpath);
    files.push({ relpath, md5 });
  }
  for (const f of files) {
    const parts = f.relpath.split("/");
    for (let i = 1; i < parts.length; i++) {
      if (seen.has(parts.slice(0, i).join("/"))) throw bad(`lists ${JSON.stringify(parts.slice(0, i).join("/"))} as a file and as a folder`);
    }
  }
  return files;
}

// src/core/dvc/remoteConfig.ts
import { readFileSync as readFileSync2 } from "node:fs";
import os from "node:os";
import path3 from "node:path";

// src/core/dvc/configObj.ts
var HINT = "fix the line (DVC writes `['remote \"NAME\"']` sections and `key = value` lines), or recreate it with `dvc remote add`";
function fail(file, line, message, hint = HINT) {
  return new ModelBuildError("DVC_CONFIG_INVALID", `malformed DVC config: ${message}`, { file, line, hint });
}
function unquote(text) {
  const t = text.trim();
  if (t.length >= 2 && (t[0] === '"' || t[0] === "'") && t[t.length - 1] === t[0]) return t.slice(1, -1);
  return t;
}
var SECTION = /^((?:\[\s*)+)((?:"\s*\S.*?\s*")|(?:'\s*\S.*?\s*')|(?:[^'"\s].*?))((?:\s*\])+)\s*(#.*)?$/;
var KEYWORD = /^((?:".*?")|(?:'.*?')|(?:[^'"=].*?))\s*=\s*(.*)$/;
function parseValue(raw, file, line) {
  const text = raw.trim();
  if (text.startsWith("'''") || text.startsWith('"""')) {
    const q = text.slice(0, 3);
    const end = text.indexOf(q, 3);
    if (end < 0) throw fail(file, line, "multi-line (triple-quoted) values are not supported", "write the value on one line");
    const rest = text.slice(end + 3).trim();
    if (rest && !rest.startsWith("#")) throw fail(file, line, `unexpected text after the quoted value: ${JSON.stringify(rest.slice(0, 40))}`);
    return text.slice(3, end);
  }
  const items = [];
  let i = 0;
  let sawComma = false;
  while (i < text.length) {
    while (text[i] === " " || text[i] === "	") i++;
    if (i >= text.length || text[i] === "#") break;
    let item;
    if (text[i] === '"' || text[i] === "'") {
      const q = text[i];
      const end = text.indexOf(q, i + 1);
      if (end < 0) throw fail(file, line, "a quoted value has no closing quote");
      item = text.slice(i + 1, end);
      i = end + 1;
    } else {
      let end = i;
      while (end < text.length && text[end] !== "," && text[end] !== "#") end++;
      item = text.slice(i, end).trim();
      if (item.includes('"') || item.includes("'")) {
        throw fail(file, line, `a value has a stray quote: ${JSON.stringify(item.slice(0, 60))}`, "quote the whole value, or remove the quote");
      }
      i = end;
    }
    items.push(item);
    while (text[i] === " " || text[i] === "	") i++;
    if (text[i] === ",") {
      sawComma = true;
      i++;
      continue;
    }
    if (i < text.length && text[i] !== "#") throw fail(file, line, `unexpected text after a value: ${JSON.stringify(text.slice(i, i + 40))}`);
    break;
  }
  if (!sawComma) return items[0] ?? "";
  return items;
}
function parseConfigObj(text, file) {
  const sections = /* @__PURE__ */ new Map();
  let current = null;
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  lines.forEach((rawLine, index) => {
    const line = index + 1;
    const stripped = rawLine.trim();
    if (stripped === "" || stripped.startsWith("#")) return;
    if (stripped.startsWith("[")) {
      const m2 = SECTION.exec(stripped);
      if (!m2) throw fail(file, line, `invalid section header ${JSON.stringify(stripped.slice(0, 60))}`);
      const open2 = (m2[1].match(/\[/g) ?? []).length;
      const close = (m2[3].match(/\]/g) ?? []).length;
      if (open2 !== close) throw fail(file, line, `unbalanced brackets in section header ${JSON.stringify(stripped.slice(0, 60))}`);
      if (open2 !== 1) throw fail(file, line, "nested sections ([[...]]) are not part of a DVC config", "DVC writes one level of sections");
      const name = unquote(m2[2]).toLowerCase();
      if (sections.has(name)) throw fail(file, line, `section [${name}] appears twice`, "merge the two sections into one");
      current = { values: /* @__PURE__ */ new Map(), lines: /* @__PURE__ */ new Map(), line };
      sections.set(name, current);
      return;
    }
    const m = KEYWORD.exec(stripped);
    if (!m) throw fail(file, line, `expected \`key = value\`, a [section] or a # comment, got ${JSON.stringify(stripped.slice(0, 60))}`);
    if (!current) throw fail(file, line, `\`${unquote(m[1])}\` is outside any section`, "put it under its section, e.g. [core]");
    const section = current;
    const key = unquote(m[1]).toLowerCase();
    if (section.values.has(key)) throw fail(file, line, `key "${key}" appears twice in one section`, "keep one of them");
    const value = parseValue(m[2], file, line);
    const texts = typeof value === "string" ? [value] : value;
    if (texts.some((t) => /%\([^)]*\)s/.test(t))) {
      throw fail(file, line, `"${key}" uses configobj interpolation (%(name)s), which model-build does not expand`, "write the value out in full");
    }
    section.values.set(key, value);
    section.lines.set(key, line);
  });
  return { sections };
}

// src/core/dvc/remoteConfig.ts
var SUPPORTED_SCHEMES = ["local folder", "s3:// (and S3-compatible endpoints)", "http://", "https://"];
var UNSUPPORTED_SCHEMES = ["gs", "gcs", "azure", "ssh", "hdfs", "webhdfs", "oss", "gdrive", "webdav", "webdavs"];
var MAX_DVC_CONFIG_BYTES = 1024 * 1024;
var NOT_GLOBAL = "model-build reads .dvc/config and .dvc/config.local only, not DVC's global or system config";
var COMMON = ["url", "checksum_jobs", "jobs", "worktree", "no_traverse", "version_aware"];
var KEYS = {
  local: [...COMMON, "type", "protected", "shared", "slow_link_warning", "verify"],
  http: [...COMMON, "auth", "custom_auth_header", "user", "password", "ask_password", "ssl_verify", "method", "connect_timeout", "read_timeout", "verify"],
  s3: [
    ...COMMON,
    "region",
    "profile",
    "credentialpath",
    "configpath",
    "endpointurl",
    "access_key_id",
    "secret_access_key",
    "session_token",
    "listobjects",
    "use_ssl",
    "allow_anonymous_login",
    "ssl_verify",
    "sse",
    "sse_kms_key_id",
    "sse_customer_algorithm",
    "sse_customer_key",
    "acl",
    "grant_read",
    "grant_read_acp",
    "grant_write_acp",
    "grant_full_control",
    "cache_regions",
    "read_timeout",
    "connect_timeout",
    "verify"
  ]
};
function displayUrl(url) {
  try {
    const u = new URL(url);
    u.username = "";
    u.password = "";
    u.search = "";
    u.hash = "";
    return u.toString().replace(/\/$/, "");
  } catch {
    return url.replace(/\/\/[^/@]*@/, "//").replace(/[?#].*$/, "");
  }
}
function readOne(root, boundary, name) {
  const rel = `.dvc/${name}`;
  const r = boundary.resolve(path3.join(root, rel), `DVC config ${rel}`, { file: rel });
  if (!r.exists) return null;
  regularFile(r.real, { display: rel, what: "the DVC config", maxBytes: MAX_DVC_CONFIG_BYTES, code: "DVC_CONFIG_INVALID", limitHint: "DVC writes small config files; restore it from git" });
  const bytes = readFileSync2(r.real);
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  if (text.includes("\uFFFD")) {
    throw new ModelBuildError("DVC_CONFIG_INVALID", "malformed DVC config: not UTF-8 text", { file: rel, hint: "DVC writes UTF-8; restore it from git or recreate it with `dvc remote add`" });
  }
  return { rel, text };
}
var URL_LIKE = /^\w+:\/\//;
function resolveLocal(confDir, value) {
  if (URL_LIKE.test(value) || path3.isAbsolute(value)) return value;
  const expanded = value === "~" || value.startsWith("~/") ? path3.join(os.homedir(), value.slice(1)) : value;
  if (path3.isAbsolute(expanded)) return expanded;
  return path3.resolve(confDir, value);
}
function readDvcConfig(root, boundary) {
  const confDir = path3.join(root, ".dvc");
  const files = [];
  const remotes = /* @__PURE__ */ new Map();
  const core = /* @__PURE__ */ new Map();
  const cache = /* @__PURE__ */ new Map();
  for (const name of ["config", "config.local"]) {
    const read = readOne(root, boundary, name);
    if (!read) continue;
    files.push(read.rel);
    const parsed = parseConfigObj(read.text, read.rel);
    for (const [section, body] of parsed.sections) {
      const named = /^\s*remote\s*"(.*)"\s*$/.exec(section);
      const target = named ? remotes.get(named[1]) ?? /* @__PURE__ */ new Map() : section === "core" ? core : section === "cache" ? cache : null;
      if (named) remotes.set(named[1], target);
      if (!target) continue;
      for (const [key, value] of body.values) {
        const resolved = typeof value === "string" && (named && (key === "url" || key === "credentialpath" || key === "configpath") || section === "cache" && key === "dir") ? resolveLocal(confDir, value) : value;
        target.set(key, { value: resolved, file: read.rel, line: body.lines.get(key) });
      }
    }
  }
  const def = core.get("remote");
  let defaultRemote;
  if (def) {
    if (typeof def.value !== "string") throw listValue("remote", def);
    if (def.value !== "") defaultRemote = { name: def.value.toLowerCase(), file: def.file, line: def.line };
  }
  return { files, defaultRemote, remotes, cacheDir: cacheDirOf(root, boundary, cache.get("dir")) };
}
function listValue(key, s) {
  return new ModelBuildError("DVC_CONFIG_INVALID", `"${key}" is a list (configobj reads an unquoted value with a comma as a list), DVC expects one value`, {
    file: s.file,
    line: s.line,
    hint: 'quote the value: key = "a,b"'
  });
}
function cacheDirOf(root, boundary, dir) {
  if (!dir) return boundary.resolve(path3.join(root, ".dvc", "cache"), "the DVC cache .dvc/cache", { file: ".dvc/cache" }).real;
  if (typeof dir.value !== "string") throw listValue("dir", dir);
  if (URL_LIKE.test(dir.value)) {
    throw new ModelBuildError("DVC_REMOTE_UNSUPPORTED", `[cache] dir ${JSON.stringify(dir.value)} is a URL; model-build uses a local cache folder only`, {
      file: dir.file,
      line: dir.line,
      hint: "remove [cache] dir to use .dvc/cache"
    });
  }
  const r = boundary.resolve(dir.value, `the DVC cache folder ([cache] dir = ${JSON.stringify(dir.value)})`, { file: dir.file, line: dir.line });
  return r.real;
}
function str(remote, settings, key) {
  const s = settings.get(key);
  if (!s) return void 0;
  if (typeof s.value !== "string") throw listValue(`remote "${remote}" ${key}`, s);
  return s.value;
}
function bool(remote, settings, key) {
  const v = str(remote, settings, key);
  if (v === void 0) return void 0;
  const lower = v.toLowerCase();
  if (lower === "true" || lower === "false") return lower === "true";
  const s = settings.get(key);
  throw new ModelBuildError("DVC_CONFIG_INVALID", `remote "${remote}" ${key} must be true or false (got ${JSON.stringify(v)})`, { file: s.file, line: s.line, hint: "DVC expects true or false" });
}
function positive(remote, settings, key, integer) {
  const v = str(remote, settings, key);
  if (v === void 0) return void 0;
  const n = Number(v.trim());
  if (v.trim() === "" || !Number.isFinite(n) || n < 0 || integer && (!Number.isInteger(n) || n < 1)) {
    const s = settings.get(key);
    throw new ModelBuildError("DVC_CONFIG_INVALID", `remote "${remote}" ${key} must be ${integer ? "a whole number from 1 up" : "a number of seconds"} (got ${JSON.stringify(v)})`, { file: s.file, line: s.line });
  }
  return n;
}
function sslVerify(remote, settings) {
  const v = str(remote, settings, "ssl_verify");
  if (v === void 0) return true;
  const lower = v.toLowerCase();
  return lower === "true" ? true : lower === "false" ? false : v;
}
function unsupported(remote, s, what, hint) {
  return new ModelBuildError("DVC_REMOTE_UNSUPPORTED", `remote "${remote}": ${what}`, { file: s.file, line: s.line, hint });
}
function resolveRemote(config, name) {
  const names = [...config.remotes.keys()].sort();
  let chosen;
  if (name !== void 0 && name !== "") {
    chosen = name.toLowerCase();
    if (!config.remotes.has(chosen)) {
      const guess = didYouMean(chosen, names);
      throw new ModelBuildError("DVC_REMOTE_NOT_FOUND", `no DVC remote named "${name}"${names.length ? ` (remotes: ${names.join(", ")})` : " (no remotes are configured)"}`, {
        file: config.files[0] ?? ".dvc/config",
        hint: guess ? `did you mean "${guess}"?` : names.length ? `name one of: ${names.join(", ")}` : `add one with \`dvc remote add -d NAME URL\` (${NOT_GLOBAL})`
      });
    }
  } else if (config.defaultRemote) {
    chosen = config.defaultRemote.name;
    if (!config.remotes.has(chosen)) {
      throw new ModelBuildError("DVC_REMOTE_NOT_FOUND", `the default remote "${chosen}" ([core] remote) is not defined${names.length ? ` (remotes: ${names.join(", ")})` : ""}`, {
        file: config.defaultRemote.file,
        line: config.defaultRemote.line,
        hint: `define it with \`dvc remote add ${chosen} URL\`, or set another default with \`dvc remote default NAME\` (${NOT_GLOBAL})`
      });
    }
  } else {
    throw new ModelBuildError("DVC_REMOTE_NOT_FOUND", names.length ? `no default DVC remote is set (remotes: ${names.join(", ")})` : "no DVC remote is configured", {
      file: config.files[0] ?? ".dvc/config",
      hint: names.length ? `name one (--remote ${names[0]}), or set a default with \`dvc remote default NAME\` (${NOT_GLOBAL})` : `add one with \`dvc remote add -d NAME URL\` and commit .dvc/config (${NOT_GLOBAL})`
    });
  }
  const settings = config.remotes.get(chosen);
  const urlSetting = settings.get("url");
  const anyFile = [...settings.values()][0]?.file ?? ".dvc/config";
  if (!urlSetting) {
    throw new ModelBuildError("DVC_CONFIG_INVALID", `remote "${chosen}" has no url`, { file: anyFile, hint: `set it with \`dvc remote modify ${chosen} url URL\`` });
  }
  const url = str(chosen, settings, "url");
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/]*)/.exec(url);
  const kind = !scheme || scheme[2] === "" ? "local" : scheme[1].toLowerCase();
  if (kind !== "local" && kind !== "http" && kind !== "https" && kind !== "s3") {
    const known = UNSUPPORTED_SCHEMES.includes(kind);
    throw new ModelBuildError(
      "DVC_REMOTE_UNSUPPORTED",
      `remote "${chosen}" (${displayUrl(url)}) is a${known ? ` ${kind}` : "n unknown"} remote${known ? ", which model-build does not support yet" : ` type ${kind}://`}`,
      {
        file: urlSetting.file,
        line: urlSetting.line,
        hint: `supported: ${SUPPORTED_SCHEMES.join(", ")}; for ${kind} use \`dvc pull\` before model-build`
      }
    );
  }
  const schema = kind === "https" ? "http" : kind;
  for (const [key, s] of settings) {
    if (KEYS[schema].includes(key)) continue;
    const guess = didYouMean(key, [...KEYS[schema]]);
    throw new ModelBuildError("DVC_CONFIG_INVALID", `remote "${chosen}" has an option DVC does not know for this remote type: ${key}`, {
      file: s.file,
      line: s.line,
      hint: guess ? `did you mean ${guess}?` : `remove it (see \`dvc remote modify --help\`)`
    });
  }
  for (const key of ["worktree", "version_aware"]) {
    if (bool(chosen, settings, key)) {
      throw unsupported(chosen, settings.get(key), `${key} = true stores files by path, not by hash; model-build reads hash-addressed remotes only`, "use `dvc pull` for cloud-versioned remotes");
    }
  }
  const jobs = positive(chosen, settings, "jobs", true);
  const base = { name: chosen, file: urlSetting.file, ...jobs ? { jobs } : {} };
  const ms = (key) => {
    const v = positive(chosen, settings, key, false);
    return v === void 0 ? void 0 : v * 1e3;
  };
  if (schema === "local") {
    const p = url.startsWith("file://") ? url.slice("file://".length) : url;
    return { ...base, kind: "local", path: p, display: p };
  }
  if (schema === "http") {
    const authKind = str(chosen, settings, "auth")?.toLowerCase();
    let auth;
    if (bool(chosen, settings, "ask_password")) {
      throw unsupported(chosen, settings.get("ask_password"), "ask_password = true needs a terminal prompt", "put the password in .dvc/config.local (`dvc remote modify --local NAME password ...`)");
    }
    if (authKind === "basic") {
      auth = { kind: "basic", user: str(chosen, settings, "user") ?? "", password: str(chosen, settings, "password") ?? "" };
    } else if (authKind === "custom") {
      const header = str(chosen, settings, "custom_auth_header");
      if (!header) throw new ModelBuildError("DVC_CONFIG_INVALID", `remote "${chosen}" auth = custom needs custom_auth_header`, { file: settings.get("auth").file, line: settings.get("auth").line });
      auth = { kind: "custom", header, value: str(chosen, settings, "password") ?? "" };
    } else if (authKind === "digest") {
      throw unsupported(chosen, settings.get("auth"), "auth = digest is not supported yet", "use basic or custom auth over HTTPS");
    } else if (authKind !== void 0) {
      const s = settings.get("auth");
      throw new ModelBuildError("DVC_CONFIG_INVALID", `remote "${chosen}" auth must be basic, digest or custom (got ${JSON.stringify(authKind)})`, { file: s.file, line: s.line });
    }
    return {
      ...base,
      kind: "http",
      url: url.replace(/\/+$/, ""),
      display: displayUrl(url),
      ...auth ? { auth } : {},
      sslVerify: sslVerify(chosen, settings),
      connectTimeoutMs: ms("connect_timeout"),
      readTimeoutMs: ms("read_timeout")
    };
  }
  for (const key of ["credentialpath", "configpath", "sse_customer_key"]) {
    if (settings.has(key)) {
      throw unsupported(chosen, settings.get(key), `${key} is not supported yet`, key === "sse_customer_key" ? "SSE-C objects need `dvc pull`" : "set AWS_SHARED_CREDENTIALS_FILE / AWS_CONFIG_FILE in the environment instead");
    }
  }
  if (bool(chosen, settings, "allow_anonymous_login")) {
    throw unsupported(chosen, settings.get("allow_anonymous_login"), "allow_anonymous_login is not supported yet", "give credentials through the environment (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY)");
  }
  const m = /^s3:\/\/([^/]+)\/*(.*?)\/*$/i.exec(url);
  const keyId = str(chosen, settings, "access_key_id");
  const secret = str(chosen, settings, "secret_access_key");
  if (keyId === void 0 !== (secret === void 0)) {
    const s = settings.get(keyId === void 0 ? "secret_access_key" : "access_key_id");
    throw new ModelBuildError("DVC_CONFIG_INVALID", `remote "${chosen}" sets ${keyId === void 0 ? "secret_access_key without access_key_id" : "access_key_id without secret_access_key"}`, {
      file: s.file,
      line: s.line,
      hint: "set both (in .dvc/config.local, which is not committed), or neither and use the environment"
    });
  }
  const session = str(chosen, settings, "session_token");
  const endpoint = str(chosen, settings, "endpointurl");
  return {
    ...base,
    kind: "s3",
    bucket: m[1],
    prefix: m[2],
    display: `s3://${m[1]}${m[2] ? `/${m[2]}` : ""}${endpoint ? ` at ${displayUrl(endpoint)}` : ""}`,
    ...endpoint ? { endpoint } : {},
    ...settings.has("region") ? { region: str(chosen, settings, "region") } : {},
    ...settings.has("profile") ? { profile: str(chosen, settings, "profile") } : {},
    ...keyId !== void 0 ? { credentials: { accessKeyId: keyId, secretAccessKey: secret, ...session ? { sessionToken: session } : {} } } : {},
    sslVerify: sslVerify(chosen, settings),
    connectTimeoutMs: ms("connect_timeout"),
    readTimeoutMs: ms("read_timeout")
  };
}

// src/core/dvc/remotes/local.ts
import { createReadStream, statSync as statSync2 } from "node:fs";
import path4 from "node:path";
var LocalRemote = class {
  constructor(spec) {
    this.spec = spec;
    let st;
    try {
      st = statSync2(spec.path);
    } catch (e) {
      throw new ModelBuildError("DVC_REMOTE_UNREACHABLE", `remote "${spec.name}": the folder ${spec.path} cannot be read (${e.code ?? "error"})`, {
        file: spec.file,
        hint: "mount or create the remote folder, or fix its url (a relative url is relative to .dvc/)"
      });
    }
    if (!st.isDirectory()) {
      throw new ModelBuildError("DVC_REMOTE_UNREACHABLE", `remote "${spec.name}": ${spec.path} is ${st.isFile() ? "a file" : kindOf(st)}, not a folder`, { file: spec.file, hint: "point the remote url at a folder" });
    }
  }
  spec;
  abs(key) {
    return path4.join(this.spec.path, ...key.split("/"));
  }
  async stat(key) {
    try {
      const st = statSync2(this.abs(key));
      return st.isFile() ? { exists: true, size: st.size } : { exists: false };
    } catch (e) {
      const code = e.code;
      if (code === "ENOENT" || code === "ENOTDIR") return { exists: false };
      throw this.failure(key, code);
    }
  }
  async get(key) {
    const s = await this.stat(key);
    if (!s.exists) return null;
    const stream = createReadStream(this.abs(key), { highWaterMark: 1 << 20 });
    const spec = this.spec;
    async function* body() {
      try {
        for await (const chunk of stream) yield chunk;
      } catch (e) {
        throw new TransientError(`reading ${key} from remote "${spec.name}" failed (${e.code ?? "error"})`, true);
      }
    }
    return { body: body(), size: s.size };
  }
  failure(key, code) {
    return new ModelBuildError("DVC_REMOTE_UNREACHABLE", `remote "${this.spec.name}": cannot read ${key} (${code ?? "error"})`, {
      file: this.spec.file,
      hint: code === "EACCES" || code === "EPERM" ? "check the permissions of the remote folder" : "check the remote folder"
    });
  }
  close() {
  }
};

// src/core/dvc/remotes/open.ts
async function openRemote(spec, options = {}) {
  switch (spec.kind) {
    case "local":
      return new LocalRemote(spec);
    case "http": {
      const { HttpRemote } = await import("./chunk-2ZRLZEFW.js");
      return new HttpRemote(spec, options);
    }
    case "s3": {
      const { S3Remote } = await import("./chunk-WYTE37QA.js");
      return new S3Remote(spec, options);
    }
  }
}

// src/core/dvc/session.ts
var MAX_JOBS = 128;
async function openSession(options) {
  const start = path5.resolve(options.root ?? process.cwd());
  const lookup = await readGitFacts(start);
  if (!lookup.ok) throw new ModelBuildError("GIT_FAILED", lookup.message, { hint: lookup.hint });
  const root = lookup.facts.root;
  const boundary = new RepositoryBoundary(root);
  const notes = [];
  const config = resolvePullConfig(options.config, start, root);
  const dvcConfig = readDvcConfig(root, boundary);
  const spec = resolveRemote(dvcConfig, options.remote);
  const tree = await commitTree(root, lookup.facts.commit);
  const outs = committedOuts(root, tree, boundary, notes);
  const dataPaths = config ? configDataPaths(config, root, boundary) : null;
  if (!config) notes.push("no model-build config: every committed DVC output counts");
  const selected = selectOuts(outs, dataPaths);
  const jobs = options.jobs ?? spec.jobs ?? 8;
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > MAX_JOBS) {
    throw new ModelBuildError("USAGE", `jobs must be a whole number from 1 to ${MAX_JOBS} (got ${jobs})`, { hint: "the default, 8, suits most remotes" });
  }
  const store = await openRemote(spec, { maxSockets: jobs });
  const hasher = new Hasher({
    root,
    cacheFile: options.cacheFile === void 0 ? path5.join(lookup.facts.commonDir, "model-build", "hash-cache.json") : options.cacheFile
  });
  const cache = new DvcCache(dvcConfig.cacheDir, boundary, hasher);
  return {
    root,
    boundary,
    spec,
    store,
    cache,
    hasher,
    selected,
    jobs,
    retry: options.retry ?? {},
    notes,
    async close() {
      store.close();
      await hasher.close();
    }
  };
}
function unreachable(spec, e) {
  return new ModelBuildError("DVC_REMOTE_UNREACHABLE", `remote "${spec.name}" (${spec.display}) keeps failing: ${e.message}`, {
    file: spec.file,
    hint: "check the network and the remote; the request was retried with backoff"
  });
}
async function retried(s, fn) {
  try {
    return await withRetry(fn, s.retry);
  } catch (e) {
    throw TransientError.is(e) ? unreachable(s.spec, e) : e;
  }
}
async function fetchListingBytes(s, id) {
  return retried(s, async () => {
    const got = await s.store.get(objectKey(id));
    if (!got) return null;
    if (got.size !== void 0 && got.size > MAX_LISTING_BYTES) {
      throw new ModelBuildError("DVC_OBJECT_INVALID", `the folder listing ${objectKey(id)} is ${got.size} bytes, more than the ${MAX_LISTING_BYTES}-byte limit`, { file: s.spec.file });
    }
    const digest = new StreamDigest("md5");
    const parts = [];
    for await (const chunk of got.body) {
      digest.update(chunk);
      if (digest.size > MAX_LISTING_BYTES) throw new ModelBuildError("DVC_OBJECT_INVALID", `the folder listing ${objectKey(id)} is more than ${MAX_LISTING_BYTES} bytes`, { file: s.spec.file });
      parts.push(Buffer.from(chunk));
    }
    if (got.size !== void 0 && digest.size < got.size) throw new TransientError(`${objectKey(id)}: the transfer ended after ${digest.size} of ${got.size} bytes`);
    const actual = digest.digest();
    if (`${actual}.dir` !== id.md5) {
      throw new ModelBuildError("DVC_OBJECT_INVALID", `the folder listing ${objectKey(id)} in remote "${s.spec.name}" has md5 ${actual}, not ${id.md5.replace(/\.dir$/, "")}`, {
        file: s.spec.file,
        hint: "the remote holds a damaged object: push it again from a machine that has the data (`dvc push`)"
      });
    }
    return Buffer.concat(parts);
  });
}
async function readListings(s, store) {
  return mapLimit(s.selected, s.jobs, async (out) => {
    const { entry } = out;
    if (!entry.isDir) return { out, files: null };
    const id = { md5: entry.md5, legacy: entry.legacy };
    let bytes = null;
    const cached = await s.cache.has(id);
    if (cached) bytes = s.cache.read(id);
    else if (store) {
      let got;
      try {
        got = await retried(s, () => s.cache.download(s.store, id));
      } catch (e) {
        if (!(e instanceof CorruptObjectError)) throw e;
        throw new ModelBuildError("DVC_OBJECT_INVALID", `the folder listing for ${entry.path} (${entry.pointer}) in remote "${s.spec.name}" is damaged: ${e.message}`, {
          file: entry.pointer,
          hint: "push it again from a machine that has the data (`dvc push`)"
        });
      }
      if (got) bytes = s.cache.read(id);
    } else bytes = await fetchListingBytes(s, id);
    if (!bytes) return { out, files: null };
    const files = parseDirListing(bytes, { object: objectKey(id), path: entry.path, pointer: entry.pointer });
    return { out, files, source: cached ? "cache" : "remote", bytes: cached ? 0 : bytes.length };
  });
}

// src/core/dvc/pull.ts
var tmpCounter2 = 0;
async function pullData(options = {}) {
  const s = await openSession(options);
  try {
    const progress = (p) => options.onProgress?.(p);
    const failures = [];
    progress({ phase: "listing", done: 0, total: s.selected.length, bytes: 0 });
    const files = [];
    const listings = { needed: 0, downloaded: 0, cached: 0, bytes: 0 };
    for (const { out, files: listed, source, bytes: got } of await readListings(s, true)) {
      const { entry } = out;
      if (entry.isDir) {
        listings.needed++;
        if (source === "cache") listings.cached++;
        else if (listed !== null) listings.downloaded++;
        listings.bytes += got ?? 0;
      }
      if (!entry.isDir) {
        files.push({ path: entry.path, pointer: entry.pointer, id: { md5: entry.md5, legacy: entry.legacy }, ...entry.size !== void 0 ? { size: entry.size } : {} });
      } else if (listed === null) {
        const object = objectKey({ md5: entry.md5, legacy: entry.legacy });
        failures.push({ path: entry.path, pointer: entry.pointer, object, reason: "missing", message: `${entry.path}: the folder listing ${object} is not in remote "${s.spec.name}"` });
      } else {
        for (const f of listed) files.push({ path: `${entry.path}/${f.relpath}`, pointer: entry.pointer, id: { md5: f.md5, legacy: entry.legacy } });
      }
    }
    files.sort((a, b) => compareBytes(a.path, b.path));
    const todo = [];
    const conflicts = [];
    let upToDate = 0;
    await mapLimit(files, s.jobs, async (f) => {
      const full = path6.join(s.root, f.path);
      s.boundary.resolve(full, `${f.path} (recorded in ${f.pointer})`, { file: f.pointer });
      const target = path6.join(s.boundary.resolve(path6.dirname(full), `the folder of ${f.path}`, { file: f.pointer }).real, path6.basename(full));
      let st;
      try {
        st = statSync3(target);
      } catch {
        st = null;
      }
      if (st === null) {
        todo.push({ ...f, target });
        return;
      }
      if (!st.isFile()) {
        conflicts.push(`${f.path} is ${st.isDirectory() ? "a folder" : "not a regular file"}; the pointer records a file`);
        return;
      }
      const algo = objectAlgo(f.id);
      if ((await s.hasher.digest(target, [algo]))[algo] === objectDigest(f.id)) {
        upToDate++;
        return;
      }
      if (options.force) todo.push({ ...f, target });
      else conflicts.push(`${f.path} differs from what ${f.pointer} records`);
    });
    if (conflicts.length > 0) {
      conflicts.sort(compareBytes);
      throw new ModelBuildError("WORKSPACE_CONFLICT", `pull would replace ${conflicts.length} workspace file${conflicts.length === 1 ? "" : "s"} whose bytes differ from the committed pointer`, {
        details: conflicts.slice(0, 50).concat(conflicts.length > 50 ? [`\u2026 and ${conflicts.length - 50} more`] : []),
        hint: "commit the new data with `dvc add`/`dvc commit` first, or pass --force to replace these files with the recorded version (folders are never replaced)"
      });
    }
    todo.sort((a, b) => compareBytes(a.path, b.path));
    const objects = /* @__PURE__ */ new Map();
    for (const f of todo) {
      const k = objectIdKey(f.id);
      const o = objects.get(k) ?? { id: f.id, users: [], ...f.size !== void 0 ? { size: f.size } : {} };
      o.users.push(f);
      objects.set(k, o);
    }
    const list = [...objects.values()];
    let downloaded = listings.downloaded;
    let cached = listings.cached;
    let bytes = listings.bytes;
    let done = 0;
    const failed = /* @__PURE__ */ new Set();
    await mapLimit(list, s.jobs, async (o) => {
      const key = objectKey(o.id);
      const fail2 = (reason, message) => {
        failed.add(objectIdKey(o.id));
        for (const u of o.users) failures.push({ path: u.path, pointer: u.pointer, object: key, reason, message });
      };
      if (await s.cache.has(o.id)) cached++;
      else {
        try {
          const got = await withRetry(() => s.cache.download(s.store, o.id, o.size), s.retry);
          if (got === null) fail2("missing", `${key} is not in remote "${s.spec.name}"`);
          else {
            downloaded++;
            bytes += got.bytes;
          }
        } catch (e) {
          if (e instanceof CorruptObjectError) fail2("corrupt", `${e.message}; nothing was written`);
          else if (TransientError.is(e) && e.truncated) fail2("truncated", `${e.message} (after retries); nothing was written`);
          else if (TransientError.is(e)) throw unreachable(s.spec, e);
          else throw e;
        }
      }
      progress({ phase: "downloading", done: ++done, total: list.length, bytes });
    });
    let checkedOut = 0;
    const ready = todo.filter((f) => !failed.has(objectIdKey(f.id)));
    for (const f of ready) {
      checkout(s.cache.path(f.id), f.target, f.path);
      checkedOut++;
      progress({ phase: "checking-out", done: checkedOut, total: ready.length, bytes });
    }
    failures.sort((a, b) => compareBytes(a.path, b.path) || compareBytes(a.object, b.object));
    return {
      format: 1,
      ok: failures.length === 0,
      root: s.root,
      remote: { name: s.spec.name, url: s.spec.display },
      objects: { needed: list.length + listings.needed, downloaded, cached, failed: failed.size + (listings.needed - listings.downloaded - listings.cached) },
      bytesDownloaded: bytes,
      files: { total: files.length, checkedOut, upToDate },
      failures,
      notes: s.notes
    };
  } finally {
    await s.close();
  }
}
function checkout(source, target, display) {
  const dir = path6.dirname(target);
  const tmp = path6.join(dir, `.${path6.basename(target)}.mb-tmp-${process.pid}-${tmpCounter2++}`);
  try {
    mkdirSync2(dir, { recursive: true });
    copyFileSync(source, tmp, constants.COPYFILE_EXCL | constants.COPYFILE_FICLONE);
    chmodSync2(tmp, 420);
    const fd = openSync(tmp, "r");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync2(tmp, target);
  } catch (e) {
    rmSync2(tmp, { force: true });
    const code = e.code ?? String(e);
    throw new ModelBuildError("OUTPUT_UNWRITABLE", `cannot write ${display} (${code})`, {
      file: display,
      hint: code === "ENOSPC" ? "free some disk space and run again" : code === "ENOTDIR" || code === "EEXIST" ? "a file stands where a folder of the data should be: move it away" : "check the folder and its permissions"
    });
  }
}

// src/core/dvc/remoteStatus.ts
async function checkRemote(options = {}) {
  const s = await openSession(options);
  try {
    const needs = /* @__PURE__ */ new Map();
    const need = (id, user) => {
      const k = objectIdKey(id);
      const n = needs.get(k) ?? { id, users: [] };
      n.users.push(user);
      needs.set(k, n);
    };
    const missing = [];
    for (const { out, files } of await readListings(s, false)) {
      const { entry } = out;
      const id = { md5: entry.md5, legacy: entry.legacy };
      const user = { path: entry.path, pointer: entry.pointer };
      if (!entry.isDir) {
        need(id, user);
        continue;
      }
      if (files === null) {
        missing.push({ ...user, object: objectKey(id), reason: "missing", message: `${entry.path}: the folder listing ${objectKey(id)} is in neither the cache nor remote "${s.spec.name}"` });
        continue;
      }
      need(id, user);
      for (const f of files) need({ md5: f.md5, legacy: entry.legacy }, { path: `${entry.path}/${f.relpath}`, pointer: entry.pointer });
    }
    const list = [...needs.values()];
    let done = 0;
    let present = 0;
    await mapLimit(list, s.jobs, async (n) => {
      const key = objectKey(n.id);
      const st = await retried(s, () => s.store.stat(key));
      if (st.exists) present++;
      else for (const u of n.users) missing.push({ ...u, object: key, reason: "missing", message: `${u.path} (${u.pointer}): ${key} is not in remote "${s.spec.name}"` });
      options.onProgress?.({ phase: "checking", done: ++done, total: list.length, bytes: 0 });
    });
    missing.sort((a, b) => compareBytes(a.path, b.path) || compareBytes(a.object, b.object));
    const missingObjects = new Set(missing.map((m) => m.object)).size;
    return {
      format: 1,
      ok: missing.length === 0,
      remote: { name: s.spec.name, url: s.spec.display },
      outputs: s.selected.length,
      objects: { checked: list.length, present, missing: missingObjects },
      missing,
      notes: s.notes
    };
  } finally {
    await s.close();
  }
}

export {
  objectKey,
  cachePath,
  parseDirListing,
  SUPPORTED_SCHEMES,
  displayUrl,
  readDvcConfig,
  resolveRemote,
  pullData,
  checkRemote
};
