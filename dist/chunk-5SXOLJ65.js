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
  RepositoryBoundary,
  require_ajv
} from "./chunk-F242I2EM.js";
import {
  checkConfigRules,
  metricNames
} from "./chunk-EXTS7PAH.js";
import {
  expectedShape,
  planSweep,
  require_dist,
  unknownVariant,
  variantOverrides,
  withOverrides
} from "./chunk-JQ4SFVEJ.js";
import {
  ownFile
} from "./chunk-AH66PB2E.js";
import {
  compareBytes,
  isInside,
  resolveInside,
  toPosix
} from "./chunk-RIGD5S4O.js";
import {
  didYouMean,
  kindOf,
  regularFile
} from "./chunk-4KALBLMG.js";
import {
  ModelBuildError
} from "./chunk-J3ZPWLJ2.js";
import {
  __toESM
} from "./chunk-LTRPNYHO.js";

// src/core/config/load.ts
var import_ajv = __toESM(require_ajv(), 1);
var import_yaml2 = __toESM(require_dist(), 1);
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

// src/core/config/oneOfBranch.ts
function discriminator(branches) {
  const maps = branches.filter((b) => b.properties);
  if (maps.length < 2) return void 0;
  const keys = Object.keys(maps[0].properties).filter((k) => maps.every((b) => b.properties[k]?.const !== void 0));
  return keys[0];
}
function narrowOneOf(errors) {
  let out = errors;
  for (const umbrella of errors.filter((e) => e.keyword === "oneOf")) {
    const value = umbrella.data;
    const branches = umbrella.schema;
    if (!Array.isArray(branches) || value === null || typeof value !== "object" || Array.isArray(value)) continue;
    const key = discriminator(branches);
    if (key === void 0) continue;
    const prefix = `${umbrella.schemaPath}/`;
    const below = (e) => e.instancePath === umbrella.instancePath || e.instancePath.startsWith(`${umbrella.instancePath}/`);
    const inBranch = (e) => e.schemaPath.startsWith(prefix) && below(e);
    const chosen = branches.findIndex((b) => b.properties?.[key]?.const !== void 0 && b.properties[key].const === value[key]);
    if (chosen >= 0) {
      out = out.filter((e) => e === umbrella || !inBranch(e) || e.schemaPath.startsWith(`${prefix}${chosen}/`));
      continue;
    }
    const allowed = branches.flatMap((b) => b.properties?.[key]?.const === void 0 ? [] : [b.properties[key].const]);
    const replacement = value[key] === void 0 ? { ...umbrella, keyword: "required", params: { missingProperty: key }, message: `must have required property '${key}'` } : { ...umbrella, keyword: "enum", instancePath: `${umbrella.instancePath}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`, params: { allowedValues: allowed }, data: value[key] };
    out = [...out.filter((e) => e !== umbrella && !inBranch(e)), replacement];
  }
  return out;
}

// src/core/config/limits.ts
var MAX_CONFIG_BYTES = 1024 * 1024;
var MAX_CONFIG_DEPTH = 32;
var MAX_CONFIG_VALUES = 1e5;
var MAX_CONFIG_ALIASES = 1e3;
var MAX_CONFIG_STRING = 65536;

// src/core/config/readText.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
function readConfigText(abs, display) {
  let fd;
  try {
    fd = openSync(abs, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const err = e;
    const what = err.code === "EISDIR" ? "it is a folder, not a file" : err.message;
    throw new ModelBuildError("FILE_UNREADABLE", `cannot read config: ${what}`, {
      file: display,
      hint: "pass --config with the path of your model-build.yml"
    });
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) {
      throw new ModelBuildError("FILE_UNREADABLE", `the config is ${kindOf(st)}, not a regular file`, {
        file: display,
        hint: "pass --config with the path of a regular file (model-build.yml)"
      });
    }
    if (st.size > MAX_CONFIG_BYTES) throw tooLarge(display, st.size);
    const buf = Buffer.alloc(Math.min(st.size, MAX_CONFIG_BYTES) + 1);
    let n = 0;
    for (; ; ) {
      const got = readSync(fd, buf, n, buf.length - n, null);
      if (got === 0) break;
      n += got;
      if (n === buf.length) break;
    }
    if (n > MAX_CONFIG_BYTES) throw tooLarge(display, n);
    const bytes = buf.subarray(0, n);
    return { bytes, text: decodeConfig(bytes, display) };
  } finally {
    closeSync(fd);
  }
}
function tooLarge(display, size) {
  return new ModelBuildError(
    "CONFIG_INVALID",
    `the config is ${size} bytes${size > MAX_CONFIG_BYTES + 1 ? ` (${(size / 1048576).toFixed(1)} MiB)` : " or more"}, over the limit of ${MAX_CONFIG_BYTES} bytes (1 MiB)`,
    { file: display, hint: "a config describes the build in a few lines; data belongs in data files named by data.path" }
  );
}
function decodeConfig(bytes, display) {
  const utf16 = bytes.length >= 2 && (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255);
  const utf32 = bytes.length >= 4 && bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 254 && bytes[3] === 255;
  if (utf16 || utf32) {
    throw new ModelBuildError("CONFIG_PARSE", `the config is ${utf32 ? "UTF-32" : "UTF-16"} (it starts with a byte order mark); configs must be UTF-8`, {
      file: display,
      line: 1,
      column: 1,
      hint: 'save the file as UTF-8 (in most editors: "Save with Encoding" \u2192 UTF-8)'
    });
  }
  const start = bytes.length >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
  const bad = firstInvalidUtf8(bytes, start);
  if (bad >= 0) {
    throw new ModelBuildError("CONFIG_PARSE", `the config is not valid UTF-8: byte 0x${bytes[bad].toString(16).padStart(2, "0")} at offset ${bad}`, {
      file: display,
      ...positionOfByte(bytes, start, bad),
      hint: "save the file as UTF-8 (it may be Latin-1 or Windows-1252)"
    });
  }
  const text = bytes.toString("utf8", start);
  const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]/.exec(text);
  if (control) {
    const cp = control[0].codePointAt(0);
    const nulPairs = cp === 0 && looksLikeUtf16WithoutBom(bytes);
    throw new ModelBuildError("CONFIG_PARSE", `the config holds the control character U+${cp.toString(16).toUpperCase().padStart(4, "0")}; YAML and JSON allow only printable text`, {
      file: display,
      ...positionOfChar(text, control.index),
      hint: nulPairs ? "the file looks like UTF-16: save it as UTF-8" : 'remove the character (write escapes such as "\\t" inside double quotes instead)'
    });
  }
  return text;
}
function firstInvalidUtf8(b, from = 0) {
  let i = from;
  while (i < b.length) {
    const c = b[i];
    if (c < 128) {
      i++;
      continue;
    }
    let need, min, max = 191;
    if (c >= 194 && c <= 223) [need, min] = [1, 128];
    else if (c === 224) [need, min] = [2, 160];
    else if (c >= 225 && c <= 236) [need, min] = [2, 128];
    else if (c === 237) [need, min, max] = [2, 128, 159];
    else if (c >= 238 && c <= 239) [need, min] = [2, 128];
    else if (c === 240) [need, min] = [3, 144];
    else if (c >= 241 && c <= 243) [need, min] = [3, 128];
    else if (c === 244) [need, min, max] = [3, 128, 143];
    else return i;
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      const [lo, hi] = k === 1 ? [min, max] : [128, 191];
      if (d === void 0 || d < lo || d > hi) return i;
    }
    i += need + 1;
  }
  return -1;
}
function looksLikeUtf16WithoutBom(b) {
  const n = Math.min(b.length, 64);
  let zeros = 0;
  for (let i = 0; i < n; i++) if (b[i] === 0) zeros++;
  return n >= 4 && zeros * 3 >= n;
}
function positionOfByte(b, start, offset) {
  let line = 1;
  let lineStart = start;
  for (let i = start; i < offset; i++) if (b[i] === 10) [line, lineStart] = [line + 1, i + 1];
  return { line, column: b.toString("utf8", lineStart, offset).length + 1 };
}
function positionOfChar(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) [line, lineStart] = [line + 1, i + 1];
  return { line, column: offset - lineStart + 1 };
}

// src/core/config/shape.ts
var import_yaml = __toESM(require_dist(), 1);
var ALLOWED_TAGS = new Set(["str", "int", "float", "bool", "null", "map", "seq"].map((t) => `tag:yaml.org,2002:${t}`));
var escapePointer = (s) => s.replace(/~/g, "~0").replace(/\//g, "~1");
function checkDocumentShape(doc, lines, file) {
  const sizes = /* @__PURE__ */ new Map();
  const open2 = /* @__PURE__ */ new Set();
  let aliases = 0;
  const fail2 = (node, message, pointer, hint) => {
    const offset = node?.range?.[0];
    const pos = offset === void 0 ? {} : (({ line, col }) => ({ line, column: col }))(lines.linePos(offset));
    throw new ModelBuildError("CONFIG_INVALID", message, { file, pointer: pointer || "/", ...pos, hint });
  };
  const visit = (node, pointer, depth) => {
    if (node === null || node === void 0) return { values: 1, height: 0 };
    if (depth > MAX_CONFIG_DEPTH) {
      fail2(node, `the config nests deeper than ${MAX_CONFIG_DEPTH} levels at ${pointer}`, pointer, "no setting nests more than a few levels: flatten it");
    }
    if ((0, import_yaml.isAlias)(node)) {
      if (++aliases > MAX_CONFIG_ALIASES) fail2(node, `the config uses more than ${MAX_CONFIG_ALIASES} aliases`, pointer, "write the settings out");
      const target = node.resolve(doc);
      if (!target) return fail2(node, `alias *${node.source} names no anchor before it`, pointer);
      if (open2.has(target)) fail2(node, `alias *${node.source} refers to a value that contains it`, pointer, "an alias cannot point at its own parent");
      const size = sizes.get(target) ?? visit(target, pointer, depth);
      if (depth + size.height > MAX_CONFIG_DEPTH) {
        fail2(node, `alias *${node.source} expands deeper than ${MAX_CONFIG_DEPTH} levels at ${pointer}`, pointer, "write the settings out");
      }
      if (size.values > MAX_CONFIG_VALUES) {
        fail2(node, `alias *${node.source} expands to ${size.values} values, over the limit of ${MAX_CONFIG_VALUES}`, pointer, 'nested aliases multiply (an "alias bomb"); write the settings out');
      }
      return size;
    }
    const tag = node.tag;
    if (tag !== void 0 && !ALLOWED_TAGS.has(tag)) {
      const shown = tag.startsWith("tag:yaml.org,2002:") ? `!!${tag.slice(18)}` : tag;
      fail2(node, `the YAML tag ${shown} is not allowed in a config`, pointer, "remove the tag: settings are plain strings, numbers, booleans, lists and mappings");
    }
    let result;
    if ((0, import_yaml.isScalar)(node)) {
      const v = node.value;
      if (typeof v === "string" && v.length > MAX_CONFIG_STRING) {
        fail2(node, `a string of ${v.length} characters at ${pointer}, over the limit of ${MAX_CONFIG_STRING}`, pointer);
      }
      if (typeof v === "number" && !Number.isFinite(v)) fail2(node, `${pointer} is ${String(v)}; settings must be finite numbers`, pointer, nonFiniteHint(pointer));
      if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean" && v !== null) {
        fail2(node, `${pointer} holds a value that is not a string, number, boolean or null`, pointer);
      }
      result = { values: 1, height: 0 };
    } else if ((0, import_yaml.isMap)(node) || (0, import_yaml.isSeq)(node)) {
      open2.add(node);
      let values = 1;
      let height = 0;
      node.items.forEach((item, index) => {
        let child;
        if ((0, import_yaml.isPair)(item)) {
          const key = item.key;
          if (key !== null && !(0, import_yaml.isScalar)(key) && !(0, import_yaml.isAlias)(key)) fail2(key, `a key at ${pointer || "/"} is a list or mapping; keys must be plain names`, pointer);
          const keyValue = (0, import_yaml.isScalar)(key) ? key.value : void 0;
          const name = keyValue === null || keyValue === void 0 ? "" : String(keyValue);
          if (name === "<<" && (0, import_yaml.isScalar)(key) && key.source === "<<") {
            fail2(key, `YAML merge keys (<<) are not supported, at ${pointer || "/"}`, pointer, "write the settings out, or use an alias (*name) as a whole value");
          }
          const at = `${pointer}/${escapePointer(name)}`;
          const k = visit(key, at, depth + 1);
          const v = visit(item.value, at, depth + 1);
          child = { values: k.values + v.values, height: Math.max(k.height, v.height) };
        } else child = visit(item, `${pointer}/${index}`, depth + 1);
        values += child.values;
        height = Math.max(height, child.height + 1);
        if (values > MAX_CONFIG_VALUES) {
          fail2(
            node,
            `the config holds more than ${MAX_CONFIG_VALUES} values (keys, items and scalars, aliases expanded) at ${pointer || "/"}`,
            pointer,
            aliases > 0 ? 'nested aliases multiply (an "alias bomb"): write the settings out' : "a config describes a build; lists of data belong in data files"
          );
        }
      });
      open2.delete(node);
      result = { values, height };
    } else {
      return fail2(node, `unsupported YAML node at ${pointer || "/"}`, pointer);
    }
    sizes.set(node, result);
    return result;
  };
  visit(doc.contents, "", 0);
}
function nonFiniteHint(pointer) {
  if (/^\/features\/[^/]+\/boundaries\//.test(pointer)) {
    return "drop it: the first bucket already extends to -\u221E and the last to +\u221E";
  }
  if (/^\/data\/cleaning\/clip\//.test(pointer)) return 'use null for "no bound" on that side';
  return ".inf, .nan and numbers too large for a double cannot be used by the build or written to its JSON files";
}

// src/core/config/strictJson.ts
var WS = /* @__PURE__ */ new Set([32, 9, 10, 13]);
function checkStrictJson(text, maxDepth) {
  let i = 0;
  const fail2 = (message, at = i) => ({ offset: at, message });
  const skip = () => {
    while (i < text.length && WS.has(text.charCodeAt(i))) i++;
  };
  const describe3 = (at) => {
    if (at >= text.length) return "the end of the file";
    if (text.startsWith("//", at) || text.startsWith("/*", at)) return "a comment (JSON has none)";
    return `"${String.fromCodePoint(text.codePointAt(at))}"`;
  };
  const stack = [];
  const scalar = () => {
    const c = text[i];
    if (c === '"') return string();
    if (c === "-" || c !== void 0 && c >= "0" && c <= "9") return number();
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return null;
      }
    }
    if (c === "'") return fail2("strings must use double quotes in JSON");
    return fail2(`expected a value, found ${describe3(i)}`);
  };
  const string = () => {
    const open2 = i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return null;
      }
      if (c < 32) return fail2("a raw control character or line break inside a string (write it as an escape such as \\n)");
      if (c === 92) {
        const e = text[i + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return fail2("\\u must be followed by 4 hex digits");
          i += 6;
        } else if (e !== void 0 && '"\\/bfnrt'.includes(e)) i += 2;
        else return fail2(`invalid escape "\\${e ?? ""}" in a string`);
        continue;
      }
      i++;
    }
    return fail2("a string that is never closed", open2);
  };
  const number = () => {
    const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?/.exec(text.slice(i, i + 400));
    if (!m) return fail2(`invalid number starting with ${describe3(i)}`);
    const next = text[i + m[0].length];
    if (next !== void 0 && /[0-9A-Za-z_.]/.test(next)) return fail2(`invalid number "${text.slice(i, i + m[0].length + 1)}\u2026" (JSON numbers are decimal, without leading zeros)`);
    i += m[0].length;
    return null;
  };
  skip();
  for (; ; ) {
    const c = text[i];
    if (c === "{" || c === "[") {
      if (stack.length >= maxDepth) return fail2(`nested more than ${maxDepth} levels deep`);
      stack.push(c);
      i++;
      skip();
      if (text[i] === (c === "{" ? "}" : "]")) {
        stack.pop();
        i++;
      } else if (c === "{") {
        const key = expectKey();
        if (key) return key;
        continue;
      } else continue;
    } else {
      const err = scalar();
      if (err) return err;
    }
    for (; ; ) {
      skip();
      const top = stack[stack.length - 1];
      if (top === void 0) {
        if (i < text.length) return fail2(`unexpected ${describe3(i)} after the end of the JSON value`);
        return null;
      }
      const close = top === "{" ? "}" : "]";
      if (text[i] === close) {
        stack.pop();
        i++;
        continue;
      }
      if (text[i] !== ",") return fail2(`expected "," or "${close}", found ${describe3(i)}`);
      i++;
      skip();
      if (text[i] === close) return fail2(`a trailing comma before "${close}" (JSON allows none)`, i);
      if (top === "{") {
        const key = expectKey();
        if (key) return key;
      }
      break;
    }
  }
  function expectKey() {
    if (text[i] !== '"') return fail2(`expected a property name in double quotes, found ${describe3(i)}`);
    const err = string();
    if (err) return err;
    skip();
    if (text[i] !== ":") return fail2(`expected ":" after the property name, found ${describe3(i)}`);
    i++;
    skip();
    return null;
  }
}

// src/core/config/load.ts
var DEFAULT_CONFIG_NAMES = ["model-build.yml", "model-build.yaml", "model-build.json"];
var schemaDoc;
function configSchema() {
  return schemaDoc ??= JSON.parse(readFileSync(ownFile("schema/model-build.schema.json"), "utf8"));
}
var validator;
function schemaValidator() {
  if (validator) return validator;
  const schema = configSchema();
  const ajv = new import_ajv.Ajv({ allErrors: true, useDefaults: true, verbose: true, strict: false, strictNumbers: true });
  return validator = ajv.compile(schema);
}
function findConfigFile(file, cwd) {
  if (file) {
    const abs = path.resolve(cwd, file);
    if (!existsSync(abs)) {
      throw new ModelBuildError("CONFIG_NOT_FOUND", `config file not found: ${abs}`, {
        hint: "pass --config with the path of your model-build.yml"
      });
    }
    return abs;
  }
  for (const name of DEFAULT_CONFIG_NAMES) {
    const abs = path.join(cwd, name);
    if (existsSync(abs)) return abs;
  }
  throw new ModelBuildError("CONFIG_NOT_FOUND", `no ${DEFAULT_CONFIG_NAMES.join(", ")} in ${cwd}`, {
    hint: "create model-build.yml (see README) or pass --config FILE"
  });
}
function loadConfig(file, options = {}) {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const abs = findConfigFile(file, cwd);
  const display = path.relative(cwd, abs) || abs;
  const { bytes, text } = readConfigText(abs, display);
  const lineCounter = new import_yaml2.LineCounter();
  const at = (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (/\.json$/i.test(abs)) {
    const bad = checkStrictJson(text, MAX_CONFIG_DEPTH);
    if (bad) {
      throw new ModelBuildError("CONFIG_PARSE", `not valid JSON: ${bad.message}`, {
        file: display,
        ...positionOfChar(text, bad.offset),
        hint: "a .json config must be strict JSON (double-quoted names, no comments or trailing commas); name it .yml for YAML"
      });
    }
  }
  const doc = (0, import_yaml2.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problem = doc.errors[0];
  if (problem) {
    const exhausted = problem.code === "RESOURCE_EXHAUSTION";
    throw new ModelBuildError("CONFIG_PARSE", exhausted ? `the config nests too deeply to parse (the limit is ${MAX_CONFIG_DEPTH} levels)` : `not valid YAML/JSON: ${problem.message.split("\n")[0]}`, {
      file: display,
      ...at(problem.pos[0]),
      hint: exhausted ? "no setting nests more than a few levels" : problem.code === "DUPLICATE_KEY" ? "each setting may appear once: remove one of them" : void 0
    });
  }
  checkDocumentShape(doc, lineCounter, display);
  const warning = doc.warnings[0];
  if (warning) {
    throw new ModelBuildError("CONFIG_PARSE", `not valid YAML/JSON: ${warning.message.split("\n")[0]}`, { file: display, ...at(warning.pos[0]) });
  }
  let value;
  try {
    value = doc.toJS({ maxAliasCount: -1 });
  } catch (e) {
    throw new ModelBuildError("CONFIG_INVALID", `cannot read the config's values: ${e.message}`, { file: display });
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    const what = value === null || value === void 0 ? "empty" : Array.isArray(value) ? "a list" : `a single ${typeof value}`;
    throw new ModelBuildError("CONFIG_INVALID", `the config is ${what}; it must be a mapping of settings (name, data, ...)`, {
      file: display,
      ...doc.contents?.range ? at(doc.contents.range[0]) : { line: 1 },
      hint: "start from the example in README: name: my-model, then data: { path: ..., label: ... }"
    });
  }
  const raw = structuredClone(value);
  const validate = schemaValidator();
  if (!validate(value)) {
    const problems = describeErrors(validate.errors ?? [], doc, lineCounter);
    const first = problems[0];
    throw new ModelBuildError("CONFIG_INVALID", first.message, {
      file: display,
      line: first.line,
      column: first.column,
      pointer: first.pointer,
      hint: first.hint,
      details: problems.slice(1).map((p) => `${display}:${p.line ?? "?"}:${p.column ?? "?"}: ${p.message}${p.hint ? ` (${p.hint})` : ""}`)
    });
  }
  let config = value;
  const locate = (pointer, atKey = false) => positionOf(doc, pointer, atKey, lineCounter);
  checkConfigRules(config, { file: display, locate });
  const sweep = config.sweep ? sweepOf(config, raw, { file: display, locate, doc, lineCounter }) : void 0;
  let variant;
  if (options.variant !== void 0) {
    variant = sweep?.variants.find((v) => v.id === options.variant);
    if (!variant) throw unknownVariant(options.variant, sweep, display);
    config = variantConfig(raw, variantOverrides(variant, configSchema()), display).config;
  }
  const root = path.resolve(options.root ?? path.dirname(abs));
  return {
    file: abs,
    config,
    ...sweep ? { sweep } : {},
    ...variant ? { variant } : {},
    digest: `sha256:${createHash("sha256").update(bytes).digest("hex")}`,
    dataPaths: dataPathsOf(config, path.dirname(abs), root, display, doc, lineCounter),
    locate
  };
}
function variantConfig(raw, bySegments, display, doc, lineCounter) {
  const value = withOverrides(raw, bySegments);
  const validate = schemaValidator();
  if (!validate(value)) {
    const first = describeErrors(validate.errors ?? [], doc ?? new import_yaml2.Document(), lineCounter ?? new import_yaml2.LineCounter())[0];
    return { problem: { message: first.message, pointer: first.pointer } };
  }
  const config = value;
  try {
    checkConfigRules(config, { file: display });
  } catch (e) {
    if (!ModelBuildError.is(e)) throw e;
    return { problem: { message: e.message, pointer: e.location.pointer ?? "/" } };
  }
  return { config };
}
function sweepOf(config, raw, at) {
  const plan = planSweep(config.sweep, {
    file: at.file,
    schema: configSchema(),
    locate: at.locate,
    validate: (bySegments) => variantConfig(raw, bySegments, at.file, at.doc, at.lineCounter).problem ?? null
  });
  const metric = plan.select.metric;
  if (metric !== null) {
    const task = config.model?.task;
    const known = task ? metricNames(task) : [...new Set(["binary", "multiclass", "regression"].flatMap(metricNames))].sort();
    if (!known.includes(metric)) {
      const guess = didYouMean(metric, known);
      throw new ModelBuildError("CONFIG_INVALID", `sweep.select.metric "${metric}" names no metric of ${task ? `a ${task} model` : "any task"}`, {
        file: at.file,
        pointer: "/sweep/select/metric",
        ...at.locate("/sweep/select/metric"),
        hint: `${guess ? `did you mean "${guess}"? ` : ""}metrics: ${known.join(", ")}`
      });
    }
  }
  return plan;
}
function dataPathsOf(config, base, root, display, contents, lines) {
  const wanted = [["/data/path", config.data.path]];
  if (config.data.validation) wanted.push(["/data/validation", config.data.validation]);
  (config.data.extra ?? []).forEach((p, i) => wanted.push([`/data/extra/${i}`, p]));
  return wanted.map(([pointer, given]) => {
    const pos = positionOf(contents, pointer, false, lines);
    return {
      pointer,
      given,
      path: resolveInside(root, base, given, { what: `data path ${pointer}`, file: display, pointer, ...pos })
    };
  });
}
function describeErrors(errors, contents, lines) {
  const narrowed = narrowOneOf(errors);
  const specific = narrowed.filter((e) => e.keyword !== "oneOf" && e.keyword !== "anyOf" && e.keyword !== "if");
  const chosen = specific.length > 0 ? specific : narrowed;
  const seen = /* @__PURE__ */ new Set();
  const problems = [];
  for (const e of chosen) {
    const problem = describe(e, contents, lines);
    const key = `${problem.pointer}|${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  const depth = (p) => p.pointer.split("/").length;
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || depth(b) - depth(a));
}
function describe(e, contents, lines) {
  const at = e.instancePath || "/";
  if (e.keyword === "additionalProperty" || e.keyword === "additionalProperties") {
    const key = String(e.params.additionalProperty);
    const pointer = `${e.instancePath}/${escapePointer2(key)}`;
    const known = Object.keys(e.parentSchema?.properties ?? {});
    const guess = didYouMean(key, known);
    return {
      pointer,
      message: `unknown setting "${key}" at ${at}`,
      hint: guess ? `did you mean "${guess}"?` : known.length ? `allowed here: ${known.join(", ")}` : void 0,
      ...positionOf(contents, pointer, true, lines)
    };
  }
  let message = `${at}: ${e.message ?? "is invalid"}`;
  if (e.keyword === "enum") {
    const allowed = e.params.allowedValues;
    message = `${at} must be one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}`;
  } else if (e.keyword === "required") {
    message = `${at} is missing the required setting "${e.params.missingProperty}"`;
  } else if (e.keyword === "pattern" && e.instancePath.startsWith("/gates/")) {
    message = `${at} must be a comparison like ">= 0.85" (operators >=, <=, >, <, ==)`;
  } else if (e.keyword === "pattern" && e.instancePath === "/name") {
    const pattern = e.params.pattern;
    message = `/name must be 1 to 100 letters, digits, ".", "_" or "-", starting with a letter or digit (pattern ${pattern}): it names a folder and files`;
  } else if (e.keyword === "propertyNames") {
    message = `${at} has a key that is not allowed: ${e.params.propertyName ?? ""}`.trimEnd();
  }
  let hint = typeHint(e);
  const shape = SHAPE_KEYWORDS.has(e.keyword) || e.keyword === "enum" || e.keyword === "required" && !hint ? expectedShape(configSchema(), e.instancePath, e.data) : void 0;
  if (shape && e.keyword === "required") hint = shape.example;
  else if (shape && !isLengthLimit(e) && (e.keyword !== "enum" || shape.alternatives)) message = shape.message;
  return { pointer: e.instancePath, message, hint, ...positionOf(contents, e.instancePath, false, lines) };
}
var SHAPE_KEYWORDS = /* @__PURE__ */ new Set(["type", "const", "oneOf", "minItems", "maxItems"]);
function isLengthLimit(e) {
  if (e.keyword !== "minItems" && e.keyword !== "maxItems") return false;
  const s = e.parentSchema;
  return s?.minItems === void 0 || s.minItems !== s.maxItems;
}
function typeHint(e) {
  if (e.keyword !== "type" || typeof e.data !== "string") return void 0;
  const want = String(e.params.type);
  if (want.includes("boolean") && /^(y|n|yes|no|on|off)$/i.test(e.data)) return `YAML 1.2 reads "${e.data}" as text: write true or false`;
  if (/number|integer/.test(want) && /^[-+]?[0-9][0-9_]*(\.[0-9_]*)?$/.test(e.data)) return `write the number without quotes or underscores, e.g. ${e.data.replace(/_/g, "")}`;
  return void 0;
}
var escapePointer2 = (s) => s.replace(/~/g, "~0").replace(/\//g, "~1");
var unescapePointer = (s) => s.replace(/~1/g, "/").replace(/~0/g, "~");
function positionOf(doc, pointer, atKey, lines) {
  let node = doc.contents;
  let keyNode;
  let via;
  for (const raw of pointer.split("/").slice(1)) {
    const part = unescapePointer(raw);
    if ((0, import_yaml2.isAlias)(node)) {
      via ??= node;
      node = node.resolve(doc);
    }
    if ((0, import_yaml2.isMap)(node)) {
      const pair = node.items.find((p) => ((0, import_yaml2.isScalar)(p.key) ? String(p.key.value) : String(p.key)) === part);
      if (!pair) break;
      keyNode = pair.key;
      node = pair.value;
    } else if ((0, import_yaml2.isSeq)(node)) {
      keyNode = void 0;
      node = node.items[Number(part)];
    } else break;
  }
  const target = via ?? (atKey && keyNode ? keyNode : node);
  const offset = target?.range?.[0];
  if (offset === void 0) return {};
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}

// src/core/provenance/git.ts
import path2 from "node:path";
import { existsSync as existsSync2, statSync } from "node:fs";

// src/core/util/exec.ts
import { spawn } from "node:child_process";
function execFile(file, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ["pipe", "pipe", "pipe"],
      shell: false
    });
    const out = [];
    const err = [];
    child.stdout.on("data", (b) => out.push(b));
    child.stderr.on("data", (b) => err.push(b));
    child.on("error", reject);
    child.on(
      "close",
      (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8") })
    );
    child.stdin.on("error", () => void 0);
    child.stdin.end(options.input ?? "");
  });
}

// src/core/provenance/git.ts
var GIT_ENV = {
  ...process.env,
  LC_ALL: "C",
  GIT_OPTIONAL_LOCKS: "0",
  // status must not take the index lock (another git may be running)
  GIT_TERMINAL_PROMPT: "0"
};
var Git = class {
  constructor(cwd) {
    this.cwd = cwd;
  }
  cwd;
  /** Runs git; returns stdout, or throws with git's own message. */
  async run(args, input) {
    const r = await this.tryRun(args, input);
    if (r.code !== 0) {
      const said = r.stderr.split("\n").find((l) => /^(fatal|error): /.test(l)) ?? r.stderr.trim().split("\n")[0] ?? "";
      throw new ModelBuildError("GIT_FAILED", `git ${args[0]} failed in ${this.cwd}: ${said.replace(/^(fatal|error): /, "") || `exit code ${r.code}`}`, {
        hint: "run the same git command yourself to see the whole message; repair the repository (or re-clone it) and try again"
      });
    }
    return r.stdout;
  }
  async tryRun(args, input) {
    try {
      return await execFile("git", args, { cwd: this.cwd, input, env: GIT_ENV });
    } catch (e) {
      throw new ModelBuildError("GIT_FAILED", `cannot run git: ${e.message}`, {
        hint: "install git and make sure it is on PATH"
      });
    }
  }
  async text(args) {
    return (await this.run(args)).toString("utf8").trim();
  }
};
async function readGitFacts(cwd) {
  let isDir = false;
  try {
    isDir = statSync(cwd).isDirectory();
  } catch {
  }
  if (!isDir) {
    throw new ModelBuildError("FILE_UNREADABLE", `${cwd} is not a folder`, { file: cwd, hint: "point --root (or `root`) at a folder inside your repository" });
  }
  const git = new Git(cwd);
  const [top, head, ref, remote] = await Promise.all([
    git.tryRun(["rev-parse", "--show-toplevel", "--git-common-dir", "--is-shallow-repository"]),
    git.tryRun(["rev-parse", "--verify", "-q", "HEAD^{commit}"]),
    git.tryRun(["symbolic-ref", "-q", "HEAD"]),
    git.tryRun(["config", "--get", "remote.origin.url"])
  ]);
  if (top.code !== 0) {
    const said = top.stderr.trim().split("\n")[0].replace(/^fatal: /, "");
    if (said && !/^not a git repository \(or any/.test(said)) {
      const dubious = /dubious ownership/.test(said);
      return {
        ok: false,
        reason: "not-a-repository",
        message: `git cannot use the repository at ${cwd}: ${said}`,
        hint: dubious ? "git refuses a repository owned by another user: run as its owner, or `git config --global --add safe.directory <path>` if you trust it" : "repair or remove the broken `.git` (for a moved worktree: `git worktree repair`), or point --root at your repository"
      };
    }
    return {
      ok: false,
      reason: "not-a-repository",
      message: `${cwd} is not inside a git repository, so the code is not versioned`,
      hint: 'run `git init && git add -A && git commit -m "initial"`, or point --root at your repository'
    };
  }
  const [root = "", commonDir = "", shallow = ""] = top.stdout.toString("utf8").split("\n");
  if (head.code !== 0) {
    return {
      ok: false,
      reason: "no-commits",
      message: `the repository at ${root} has no commits yet`,
      hint: "commit your code and data pointers first: `git add -A && git commit`"
    };
  }
  const commit = head.stdout.toString("utf8").trim();
  const [tree = "", time = ""] = (await new Git(root).text(["show", "-s", "--format=%T%n%ct", commit])).split("\n");
  const refName = ref.code === 0 ? ref.stdout.toString("utf8").trim() : null;
  return {
    ok: true,
    facts: {
      root,
      commit,
      tree,
      ref: refName,
      detached: refName === null,
      shallow: shallow === "true",
      commitTime: Number(time),
      remote: remote.code === 0 ? stripCredentials(remote.stdout.toString("utf8").trim()) : null,
      // Printed relative to the folder git ran in, when it is relative.
      commonDir: path2.resolve(cwd, commonDir)
    }
  };
}
function stripCredentials(url) {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, "$1");
}
async function dirtyPaths(root) {
  const out = await new Git(root).run([
    "status",
    "--porcelain=v2",
    "-z",
    "--untracked-files=all",
    "--ignore-submodules=none"
  ]);
  const fields = out.toString("utf8").split("\0");
  const result = [];
  for (let i = 0; i < fields.length; i++) {
    const line = fields[i];
    if (line === "") continue;
    const kind = line[0];
    if (kind === "?") {
      result.push({ path: line.slice(2), state: "untracked" });
      continue;
    }
    if (kind !== "1" && kind !== "2" && kind !== "u") continue;
    const fixed = kind === "1" ? 8 : kind === "2" ? 9 : 10;
    const parts = line.split(" ");
    const xy = parts[1];
    const sub = parts[2];
    const p = parts.slice(fixed).join(" ");
    const submodule = sub.startsWith("S") || void 0;
    if (kind === "u") result.push({ path: p, state: "conflict", submodule });
    else if (kind === "2") result.push({ path: p, state: "renamed", from: fields[++i], submodule });
    else result.push({ path: p, state: classify(xy), submodule });
  }
  return result.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function classify(xy) {
  const [x, y] = [xy[0], xy[1]];
  if (x === "D" || y === "D") return "deleted";
  if (x === "T" || y === "T") return "type-changed";
  if (y !== ".") return "modified";
  return "staged";
}
async function headTree(root) {
  const out = await new Git(root).run(["ls-tree", "-r", "-z", "-l", "--full-tree", "HEAD"]);
  const entries = [];
  for (const rec of out.toString("utf8").split("\0")) {
    if (!rec) continue;
    const tab = rec.indexOf("	");
    const [mode, type, oid, size] = rec.slice(0, tab).split(/ +/);
    entries.push({
      mode,
      type,
      oid,
      size: size === "-" ? -1 : Number(size),
      path: rec.slice(tab + 1)
    });
  }
  return entries;
}
function uninitializedSubmodules(root, tree) {
  return tree.filter((e) => e.type === "commit" && !existsSync2(path2.join(root, e.path, ".git"))).map((e) => e.path);
}
async function attributeOf(root, attr, paths) {
  const result = /* @__PURE__ */ new Map();
  if (paths.length === 0) return result;
  const out = await new Git(root).run(["check-attr", "-z", "--stdin", attr], paths.join("\0") + "\0");
  const f = out.toString("utf8").split("\0");
  for (let i = 0; i + 2 < f.length; i += 3) result.set(f[i], f[i + 2]);
  return result;
}
async function readBlobs(root, oids) {
  const result = /* @__PURE__ */ new Map();
  if (oids.length === 0) return result;
  const unique = [...new Set(oids)];
  const out = await new Git(root).run(["cat-file", "--batch"], unique.join("\n") + "\n");
  let pos = 0;
  for (const oid of unique) {
    const nl = out.indexOf(10, pos);
    const header = out.subarray(pos, nl).toString("utf8").split(" ");
    const size = Number(header[2]);
    result.set(oid, out.subarray(nl + 1, nl + 1 + size));
    pos = nl + 1 + size + 1;
  }
  return result;
}

// src/core/dvc/pull.ts
import { chmodSync as chmodSync2, copyFileSync, constants as constants2, mkdirSync as mkdirSync3, openSync as openSync2, fsyncSync, closeSync as closeSync2, renameSync as renameSync3, rmSync as rmSync2, statSync as statSync7 } from "node:fs";
import path12 from "node:path";

// src/core/dvc/cache.ts
import { chmodSync, mkdirSync, readFileSync as readFileSync2, renameSync, rmSync, statSync as statSync2 } from "node:fs";
import { open } from "node:fs/promises";
import path4 from "node:path";

// src/core/dvc/layout.ts
import path3 from "node:path";
function objectKey(id) {
  const at = `${id.md5.slice(0, 2)}/${id.md5.slice(2)}`;
  return id.legacy ? at : `files/md5/${at}`;
}
function cachePath(cacheDir, id) {
  return path3.join(cacheDir, ...objectKey(id).split("/"));
}
function objectAlgo(id) {
  return id.legacy && !id.md5.endsWith(".dir") ? "md5-dos2unix" : "md5";
}
var objectDigest = (id) => id.md5.replace(/\.dir$/, "");
var objectIdKey = (id) => `${id.legacy ? "legacy" : "md5"}:${id.md5}`;

// src/core/dvc/streamDigest.ts
import { createHash as createHash2 } from "node:crypto";
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
  hash = createHash2("md5");
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
      st = statSync2(abs);
    } catch {
      return false;
    }
    if (!st.isFile()) return false;
    const algo = objectAlgo(id);
    return (await this.hasher.digest(abs, [algo]))[algo] === objectDigest(id);
  }
  /** The bytes of a (small) cached object that `has` confirmed. */
  read(id) {
    return readFileSync2(this.path(id));
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
    const dir = path4.dirname(dest);
    mkdirSync(dir, { recursive: true });
    const tmp = path4.join(dir, `.${path4.basename(dest)}.mb-tmp-${process.pid}-${tmpCounter++}`);
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
import path11 from "node:path";

// src/core/hashing/hasher.ts
import { statSync as statSync4 } from "node:fs";
import path6 from "node:path";

// src/core/hashing/cache.ts
import { mkdirSync as mkdirSync2, readdirSync, readFileSync as readFileSync3, renameSync as renameSync2, statSync as statSync3, unlinkSync, writeFileSync } from "node:fs";
import path5 from "node:path";

// src/core/util/process.ts
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}

// src/core/hashing/cache.ts
var CACHE_FORMAT = 2;
var HEX = { md5: /^[0-9a-f]{32}$/, "md5-dos2unix": /^[0-9a-f]{32}$/, sha256: /^[0-9a-f]{64}$/ };
var DIGITS = /^\d{1,30}$/;
function validEntry(v) {
  if (!v || typeof v !== "object" || Array.isArray(v)) return void 0;
  const e = v;
  if (!Number.isSafeInteger(e.size) || e.size < 0) return void 0;
  for (const k of ["mtime", "ctime", "ino"]) if (typeof e[k] !== "string" || !DIGITS.test(e[k])) return void 0;
  for (const [algo, re] of Object.entries(HEX)) if (e[algo] !== void 0 && (typeof e[algo] !== "string" || !re.test(e[algo]))) return void 0;
  return e;
}
var HashCache = class {
  constructor(file) {
    this.file = file;
    if (!file) return;
    sweepStaleTemps(file);
    let savedAt;
    let data;
    try {
      savedAt = statSync3(file, { bigint: true }).mtimeNs;
      data = JSON.parse(readFileSync3(file, "utf8"));
    } catch {
      return;
    }
    if (data?.format !== CACHE_FORMAT || !data.entries || typeof data.entries !== "object") return;
    for (const [key, value] of Object.entries(data.entries)) {
      const e = validEntry(value);
      if (e && BigInt(e.ctime) < savedAt) this.entries.set(key, e);
    }
  }
  file;
  entries = /* @__PURE__ */ new Map();
  dirty = false;
  get(key, st) {
    const e = this.entries.get(key);
    if (!e || e.size !== Number(st.size) || e.mtime !== String(st.mtimeNs) || e.ctime !== String(st.ctimeNs) || e.ino !== String(st.ino)) return void 0;
    const { mtime: _m, ctime: _c, ino: _i, ...digests } = e;
    return digests;
  }
  set(key, st, digests) {
    const prev = this.get(key, st) ?? {};
    this.entries.set(key, { ...prev, ...digests, size: Number(st.size), mtime: String(st.mtimeNs), ctime: String(st.ctimeNs), ino: String(st.ino) });
    this.dirty = true;
  }
  /**
   * Writes atomically (a temp file named by our PID, then rename); failures are ignored: a lost
   * cache costs only time. A temp file left by a killed process is swept by the next one.
   */
  save() {
    if (!this.file || !this.dirty) return;
    const tmp = tempName(this.file, process.pid);
    try {
      mkdirSync2(path5.dirname(this.file), { recursive: true });
      const entries = Object.fromEntries([...this.entries].sort(([a], [b]) => compareBytes(a, b)));
      writeFileSync(tmp, JSON.stringify({ format: CACHE_FORMAT, entries }));
      renameSync2(tmp, this.file);
      this.dirty = false;
    } catch {
      try {
        unlinkSync(tmp);
      } catch {
      }
    }
  }
};
var tempName = (file, pid) => `${file}.${pid}.tmp`;
function sweepStaleTemps(file) {
  const dir = path5.dirname(file);
  const base = path5.basename(file);
  const removed = [];
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names.sort()) {
    if (!name.startsWith(`${base}.`) || !name.endsWith(".tmp")) continue;
    const pid = name.slice(base.length + 1, -".tmp".length);
    if (!/^\d{1,10}$/.test(pid) || Number(pid) !== process.pid && isAlive(Number(pid))) continue;
    try {
      unlinkSync(path5.join(dir, name));
      removed.push(name);
    } catch {
    }
  }
  return removed;
}

// src/core/hashing/pool.ts
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";

// src/core/hashing/worker.ts
var WORKER_SOURCE = String.raw`
'use strict';
const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const crypto = require('node:crypto');
const CHUNK = 1 << 20;
const TEXT_BLOCK = 512;
const buf = Buffer.allocUnsafe(CHUNK);

// DVC's istextblock: no NUL byte and at most 30% of bytes outside printable ASCII + \n\r\t\f\b.
function isTextBlock(block) {
  if (block.length === 0) return true;
  let nontext = 0;
  for (let i = 0; i < block.length; i++) {
    const b = block[i];
    if (b === 0) return false;
    if (!((b >= 32 && b < 127) || b === 10 || b === 13 || b === 9 || b === 12 || b === 8)) nontext++;
  }
  return nontext / block.length <= 0.3;
}

function hashFile(file, algos) {
  const want = new Set(algos);
  const fd = fs.openSync(file, 'r');
  try {
    const md5 = want.has('md5') ? crypto.createHash('md5') : null;
    const sha256 = want.has('sha256') ? crypto.createHash('sha256') : null;
    let d2u = want.has('md5-dos2unix') ? crypto.createHash('md5') : null;
    let text = null;
    let size = 0;
    for (;;) {
      const n = fs.readSync(fd, buf, 0, CHUNK, null);
      if (n === 0) break;
      const chunk = n === CHUNK ? buf : buf.subarray(0, n);
      if (size === 0 && d2u) text = isTextBlock(chunk.subarray(0, TEXT_BLOCK));
      size += n;
      if (md5) md5.update(chunk);
      if (sha256) sha256.update(chunk);
      if (d2u && text) {
        // DVC 2 replaced CRLF with LF per 1 MiB chunk, so a pair split by a chunk boundary
        // stays as it is. The recorded hashes carry that quirk, so we reproduce it.
        let start = 0;
        let i = chunk.indexOf(13);
        while (i !== -1) {
          if (i + 1 < chunk.length && chunk[i + 1] === 10) {
            d2u.update(chunk.subarray(start, i));
            start = i + 1;
          }
          i = chunk.indexOf(13, i + 1);
        }
        d2u.update(chunk.subarray(start));
      } else if (d2u) {
        d2u.update(chunk);
      }
    }
    const out = { size };
    if (md5) out.md5 = md5.digest('hex');
    if (sha256) out.sha256 = sha256.digest('hex');
    if (d2u) out['md5-dos2unix'] = d2u.digest('hex');
    return out;
  } finally {
    fs.closeSync(fd);
  }
}

parentPort.on('message', (job) => {
  try {
    parentPort.postMessage({ id: job.id, result: hashFile(job.file, job.algos) });
  } catch (e) {
    parentPort.postMessage({ id: job.id, error: { code: e.code || 'EIO', message: e.message } });
  }
});
`;

// src/core/hashing/pool.ts
var FileReadError = class extends Error {
  constructor(file, code, message) {
    super(message);
    this.file = file;
    this.code = code;
    this.name = "FileReadError";
  }
  file;
  code;
};
var JOBS_PER_THREAD = 2;
var HashPool = class {
  constructor(size = Math.max(1, availableParallelism())) {
    this.size = size;
  }
  size;
  workers = [];
  /** Jobs sent to each worker and not yet answered. */
  inFlight = /* @__PURE__ */ new Map();
  queue = [];
  pending = /* @__PURE__ */ new Map();
  nextId = 0;
  hash(file, algos) {
    return new Promise((resolve, reject) => {
      const start = (worker2) => {
        const id = this.nextId++;
        this.pending.set(id, { resolve, reject, file });
        this.inFlight.set(worker2, (this.inFlight.get(worker2) ?? 0) + 1);
        worker2.postMessage({ id, file, algos });
      };
      const worker = this.take();
      if (worker) start(worker);
      else this.queue.push(start);
    });
  }
  async close() {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers.length = 0;
    this.inFlight.clear();
  }
  /** The least busy thread with room for a job, starting one while there are fewer than `size`. */
  take() {
    let best;
    for (const w of this.workers) if ((this.inFlight.get(w) ?? 0) < JOBS_PER_THREAD && (!best || this.inFlight.get(w) < this.inFlight.get(best))) best = w;
    if (best && this.inFlight.get(best) === 0) return best;
    if (this.workers.length >= this.size) return best;
    const worker = new Worker(WORKER_SOURCE, { eval: true, execArgv: process.execArgv.filter((a) => !a.startsWith("--input-type")) });
    worker.on("message", (msg) => {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      this.inFlight.set(worker, Math.max(0, (this.inFlight.get(worker) ?? 1) - 1));
      const next = this.queue.shift();
      if (next) next(worker);
      if (!p) return;
      if (msg.result) p.resolve(msg.result);
      else p.reject(new FileReadError(p.file, msg.error?.code ?? "EIO", msg.error?.message ?? "unknown error"));
    });
    worker.on("error", (e) => {
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
    });
    this.workers.push(worker);
    this.inFlight.set(worker, 0);
    return worker;
  }
};

// src/core/hashing/hasher.ts
var Hasher = class {
  constructor(options) {
    this.options = options;
    this.cache = new HashCache(options.cacheFile);
    this.pool = new HashPool(options.concurrency);
  }
  options;
  cache;
  pool;
  progress = { filesDone: 0, filesQueued: 0, bytesDone: 0, bytesQueued: 0, cacheHits: 0, cacheHitBytes: 0 };
  async digest(abs, algos) {
    const key = toPosix(path6.relative(this.options.root, abs));
    let st;
    try {
      st = statSync4(abs, { bigint: true });
    } catch (e) {
      throw unreadable(key, e);
    }
    const size = Number(st.size);
    this.progress.filesQueued++;
    this.progress.bytesQueued += size;
    const cached = this.cache.get(key, st);
    if (cached && algos.every((a) => cached[a] !== void 0)) {
      this.progress.cacheHits++;
      this.progress.cacheHitBytes += size;
      this.done(size);
      return cached;
    }
    let digests;
    try {
      digests = await this.pool.hash(abs, algos);
    } catch (e) {
      throw e instanceof FileReadError ? unreadable(key, e) : e;
    }
    if (unchanged(st, abs)) this.cache.set(key, st, digests);
    this.done(size);
    return digests;
  }
  done(size) {
    this.progress.filesDone++;
    this.progress.bytesDone += size;
    this.options.onProgress?.({ ...this.progress });
  }
  async close() {
    this.cache.save();
    await this.pool.close();
  }
};
function unchanged(before, abs) {
  try {
    const after = statSync4(abs, { bigint: true });
    return after.size === before.size && after.mtimeNs === before.mtimeNs && after.ctimeNs === before.ctimeNs && after.ino === before.ino;
  } catch {
    return false;
  }
}
function unreadable(key, e) {
  const reason = e.message.replace(/^[A-Z]+: /, "").replace(/, \w+ '.*'$/, "");
  return new ModelBuildError("FILE_UNREADABLE", `cannot read the file (${e.code ?? "EIO"}: ${reason})`, {
    file: key,
    hint: e.code === "EACCES" || e.code === "EPERM" ? "check the file permissions for the user running model-build" : void 0
  });
}

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

// src/core/dvc/pointers.ts
import { existsSync as existsSync4 } from "node:fs";
import path8 from "node:path";

// src/core/provenance/dvcPointers.ts
var import_yaml3 = __toESM(require_dist(), 1);
import { existsSync as existsSync3, readFileSync as readFileSync4, statSync as statSync5 } from "node:fs";
import path7 from "node:path";

// src/core/provenance/strictText.ts
function decodeStrictUtf8(bytes) {
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const at = validPrefixLength(bytes);
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < at; i++) {
      if (bytes[i] === 10) {
        line++;
        lineStart = i + 1;
      }
    }
    return { ok: false, line, column: at - lineStart + 1 };
  }
}
function validPrefixLength(bytes) {
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, lo));
  } catch {
    let start = lo - 1;
    while (start > 0 && (bytes[start] & 192) === 128) start--;
    return start;
  }
  return lo;
}

// src/core/provenance/dvcPointers.ts
var MAX_DVC_FILE_BYTES = 16 * 1024 * 1024;
var MAX_DVC_YAML_ALIASES = 100;
var FIX_HINT = "restore it from git (`git checkout -- FILE`) or regenerate it with `dvc add` / `dvc repro`";
function readPointerText(abs, display) {
  let st;
  try {
    st = statSync5(abs);
  } catch (e) {
    throw new ModelBuildError("FILE_UNREADABLE", `cannot read ${display}: ${e.code ?? e.message}`, {
      file: display,
      hint: "restore it with `git checkout -- FILE`"
    });
  }
  if (!st.isFile()) {
    throw new ModelBuildError("DVC_PARSE", `${display} is ${st.isDirectory() ? "a folder" : "not a regular file (a device, FIFO or socket)"}, not a DVC file`, {
      file: display,
      hint: FIX_HINT
    });
  }
  if (st.size > MAX_DVC_FILE_BYTES) {
    throw new ModelBuildError("DVC_PARSE", `${display} is ${st.size} bytes, more than the ${MAX_DVC_FILE_BYTES}-byte limit for DVC files`, {
      file: display,
      hint: `DVC writes small pointer files; ${FIX_HINT}`
    });
  }
  let bytes;
  try {
    bytes = readFileSync4(abs);
  } catch (e) {
    throw new ModelBuildError("FILE_UNREADABLE", `cannot read ${display}: ${e.code ?? e.message}`, { file: display });
  }
  const decoded = decodeStrictUtf8(bytes);
  if (!decoded.ok) {
    throw new ModelBuildError("DVC_PARSE", "malformed DVC file: not UTF-8 text", {
      file: display,
      line: decoded.line,
      column: decoded.column,
      hint: `DVC writes UTF-8; ${FIX_HINT}`
    });
  }
  return decoded.text;
}
function parseYaml(abs, display) {
  const text = readPointerText(abs, display);
  const lines = new import_yaml3.LineCounter();
  const doc = (0, import_yaml3.parseDocument)(text, { lineCounter: lines, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    const pos = lines.linePos(err.pos[0]);
    throw new ModelBuildError("DVC_PARSE", `malformed DVC file: ${err.message.split("\n")[0]}`, {
      file: display,
      line: pos.line,
      column: pos.col,
      hint: FIX_HINT
    });
  }
  try {
    return doc.toJS({ maxAliasCount: MAX_DVC_YAML_ALIASES });
  } catch (e) {
    const bomb = e instanceof ReferenceError;
    throw new ModelBuildError(
      "DVC_PARSE",
      bomb ? `malformed DVC file: YAML aliases expand to more than ${MAX_DVC_YAML_ALIASES} nodes` : `malformed DVC file: ${e.message}`,
      { file: display, hint: bomb ? `DVC never writes YAML aliases; ${FIX_HINT}` : FIX_HINT }
    );
  }
}
var isRecord = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function badShape(display, what) {
  return new ModelBuildError("DVC_PARSE", `malformed DVC file: ${what}`, { file: display, hint: FIX_HINT });
}
var describe2 = (v) => v === null ? "null" : Array.isArray(v) ? "a list" : typeof v === "object" ? "a mapping" : `${typeof v} ${JSON.stringify(v)}`.slice(0, 80);
function wholeNumber(v, pointer, where, key) {
  if (v === void 0) return void 0;
  if (typeof v === "number" && Number.isSafeInteger(v) && v >= 0) return v;
  throw badShape(pointer, `${where} ${key} must be a whole number from 0 up (got ${describe2(v)})`);
}
var isDvcFileName = (name) => name.endsWith(".dvc") || name === "dvc.lock" || name === "dvc.yaml";
function toEntry(raw, base, root, pointer, role, stage, where) {
  if (!isRecord(raw)) throw badShape(pointer, `${where} must be a mapping with "path" (got ${describe2(raw)})`);
  if (raw.path === void 0 || raw.path === "") throw badShape(pointer, `${where} has no "path"`);
  if (typeof raw.path !== "string") throw badShape(pointer, `${where} path must be text (got ${describe2(raw.path)})`);
  const out = raw;
  const given = out.path;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(given) || given.startsWith("remote://")) {
    return { path: given, pointer, reason: "remote location, not checked" };
  }
  if (/[\x00-\x1f]/.test(given)) throw badShape(pointer, `${where} path ${JSON.stringify(given)} has control characters`);
  if (path7.posix.isAbsolute(given) || path7.isAbsolute(given)) {
    throw new ModelBuildError("PATH_ESCAPES_ROOT", `${where} path "${given}" is absolute`, {
      file: pointer,
      hint: "DVC records paths relative to the DVC file; data must live inside the repository for model-build to version it"
    });
  }
  const abs = path7.resolve(base, given);
  if (!isInside(root, abs)) {
    throw new ModelBuildError("PATH_ESCAPES_ROOT", `${where} path "${given}" points outside the repository`, {
      file: pointer,
      hint: "DVC data must live inside the repository for model-build to version it"
    });
  }
  const rel = toPosix(path7.relative(root, abs));
  if (rel === "") throw badShape(pointer, `${where} path "${given}" names the whole repository`);
  const segments = rel.split("/");
  if (segments.some((s) => s === ".git" || s === ".dvc")) {
    throw badShape(pointer, `${where} path "${given}" is inside ${segments.includes(".git") ? ".git" : ".dvc"}, which DVC never tracks`);
  }
  if (rel === pointer) throw badShape(pointer, `${where} path "${given}" is the DVC file itself`);
  if (role === "out") {
    if (isDvcFileName(segments[segments.length - 1])) throw badShape(pointer, `${where} path "${given}" is a DVC file, not data`);
    if (pointer.startsWith(`${rel}/`)) throw badShape(pointer, `${where} path "${given}" contains the DVC file itself`);
  }
  if (out.hash !== void 0 && out.hash !== "md5") {
    throw new ModelBuildError("DVC_UNKNOWN_HASH", `${where} "${given}" uses hash "${String(out.hash)}"; model-build checks md5 only`, {
      file: pointer,
      hint: "use DVC's default md5 hashing (`dvc add` without a custom hash), or remove the entry"
    });
  }
  if (out.md5 === void 0) {
    if (out.etag !== void 0 || out.checksum !== void 0) {
      throw new ModelBuildError("DVC_UNKNOWN_HASH", `${where} "${given}" records ${out.etag !== void 0 ? "an etag" : "a checksum"}, not an md5`, {
        file: pointer,
        hint: "model-build verifies local md5-tracked data; import the data with `dvc add` or `dvc import` so it gets an md5"
      });
    }
    return { path: rel, pointer, reason: "no hash recorded yet (run `dvc commit`)" };
  }
  if (typeof out.md5 !== "string") {
    throw badShape(pointer, `${where} "${given}" md5 must be 32 hex digits as text (got ${describe2(out.md5)}); quote it`);
  }
  if (!/^[0-9a-f]{32}(\.dir)?$/.test(out.md5)) {
    throw badShape(pointer, `${where} "${given}" has an md5 that is not 32 hex digits: "${out.md5.slice(0, 80)}"`);
  }
  const isDir = out.md5.endsWith(".dir");
  const size = wholeNumber(out.size, pointer, where, "size");
  const nfiles = wholeNumber(out.nfiles, pointer, where, "nfiles");
  if (nfiles !== void 0 && !isDir) {
    throw badShape(pointer, `${where} "${given}" records nfiles but its md5 is a file's (no ".dir"); nfiles belongs to directories`);
  }
  return { path: rel, pointer, role, stage, md5: out.md5, legacy: out.hash === void 0, size, nfiles, isDir };
}
function refuseOverlappingOuts(entries, pointer) {
  const outs = /* @__PURE__ */ new Set();
  const local = entries.filter((e) => isSkipped(e) ? !e.reason.startsWith("remote") : e.role === "out");
  for (const e of local) {
    if (outs.has(e.path)) throw badShape(pointer, `"${e.path}" is listed as an out twice`);
    outs.add(e.path);
  }
  for (const e of local) {
    const parts = e.path.split("/");
    for (let i = 1; i < parts.length; i++) {
      const ancestor = parts.slice(0, i).join("/");
      if (outs.has(ancestor)) throw badShape(pointer, `outs overlap: "${e.path}" is inside "${ancestor}"`);
    }
  }
}
var LOCK_SCHEMAS = ["2.0", 2];
function readDvcFile(root, rel) {
  const abs = path7.join(root, rel);
  const doc = parseYaml(abs, rel);
  if (!isRecord(doc)) throw badShape(rel, 'expected a mapping with "outs"');
  const outs = doc.outs;
  if (!Array.isArray(outs)) throw badShape(rel, '"outs" is missing or not a list');
  const entries = outs.map((o, i) => toEntry(o, path7.dirname(abs), root, rel, "out", void 0, `outs[${i}]`));
  refuseOverlappingOuts(entries, rel);
  return entries;
}
function readDvcLock(root, rel) {
  const abs = path7.join(root, rel);
  const doc = parseYaml(abs, rel);
  if (!isRecord(doc)) throw badShape(rel, "expected a mapping of stages");
  if (doc.schema !== void 0 && !LOCK_SCHEMAS.includes(doc.schema)) {
    throw new ModelBuildError("DVC_PARSE", `dvc.lock schema ${describe2(doc.schema)} is not one model-build reads (it reads schema '2.0', written by DVC 2 and 3)`, {
      file: rel,
      hint: "regenerate it with a DVC release that writes schema 2.0 (`dvc repro`), or restore it from git"
    });
  }
  const stages = doc.schema !== void 0 ? doc.stages : doc;
  if (!isRecord(stages)) throw badShape(rel, '"stages" is missing or not a mapping');
  const wdirs = stageWorkDirs(root, path7.dirname(abs));
  const result = [];
  for (const [name, stage] of Object.entries(stages)) {
    if (!isRecord(stage)) throw badShape(rel, `stage "${name}" is not a mapping`);
    const base = path7.resolve(path7.dirname(abs), wdirs.get(name.split("@")[0]) ?? ".");
    for (const role of ["deps", "outs"]) {
      const list = stage[role];
      if (list === void 0) continue;
      if (!Array.isArray(list)) throw badShape(rel, `stage "${name}" ${role} is not a list`);
      list.forEach(
        (o, i) => result.push(toEntry(o, base, root, rel, role === "deps" ? "dep" : "out", name, `stage "${name}" ${role}[${i}]`))
      );
    }
  }
  refuseOverlappingOuts(result, rel);
  return result;
}
function stageWorkDirs(root, dir) {
  const result = /* @__PURE__ */ new Map();
  const file = path7.join(dir, "dvc.yaml");
  if (!existsSync3(file)) return result;
  const text = readPointerText(file, toPosix(path7.relative(root, file)));
  try {
    const doc = (0, import_yaml3.parseDocument)(text).toJS({ maxAliasCount: MAX_DVC_YAML_ALIASES });
    if (isRecord(doc) && isRecord(doc.stages)) {
      for (const [name, s] of Object.entries(doc.stages)) {
        if (isRecord(s) && typeof s.wdir === "string") result.set(name, s.wdir);
      }
    }
  } catch {
  }
  return result;
}
var isSkipped = (e) => "reason" in e;

// src/core/dvc/pointers.ts
function committedOuts(root, tree, boundary, notes) {
  const committed = new Set(tree.filter((t) => t.type === "blob" && t.mode !== "120000").map((t) => t.path));
  const outs = /* @__PURE__ */ new Map();
  for (const e of tree) {
    if (e.type !== "blob" || e.path.startsWith(".dvc/")) continue;
    const base = path8.posix.basename(e.path);
    const isLock = base === "dvc.lock";
    if (!isLock && !(base.endsWith(".dvc") && base !== ".dvc")) continue;
    if (!existsSync4(path8.join(root, e.path))) continue;
    const real = boundary.resolve(path8.join(root, e.path), `DVC pointer ${e.path}`, { file: e.path });
    if (real.linked && !committed.has(real.rel)) {
      throw new ModelBuildError("PATH_ESCAPES_ROOT", `DVC pointer ${e.path} is a symlink to ${real.rel}, which is not committed`, {
        file: e.path,
        hint: "commit the pointer file itself instead of a link to it"
      });
    }
    for (const entry of isLock ? readDvcLock(root, e.path) : readDvcFile(root, e.path)) {
      if (isSkipped(entry)) {
        notes.push(`${entry.pointer}: ${entry.path}: ${entry.reason}`);
        continue;
      }
      if (entry.role !== "out") continue;
      const seen = outs.get(entry.path);
      if (seen && seen.md5 !== entry.md5) {
        throw new ModelBuildError("DVC_PARSE", `${entry.path} is recorded by ${seen.pointer} and ${entry.pointer} with different hashes`, {
          file: entry.pointer,
          hint: "DVC refuses an output recorded twice; keep one pointer"
        });
      }
      if (!seen) outs.set(entry.path, entry);
    }
  }
  return [...outs.values()].sort((a, b) => compareBytes(a.path, b.path));
}
var under = (dir, p) => p === dir || p.startsWith(`${dir}/`);
function selectOuts(outs, dataPaths) {
  if (dataPaths === null) return outs.map((entry) => ({ entry }));
  return outs.filter((entry) => dataPaths.some((dp) => under(dp, entry.path) || entry.isDir && under(entry.path, dp))).map((entry) => ({ entry }));
}
function resolvePullConfig(given, start, root) {
  if (given === null) return null;
  if (given !== void 0 && typeof given !== "string") return given;
  if (given === void 0) {
    const found = DEFAULT_CONFIG_NAMES.map((n) => path8.join(start, n)).find((f) => existsSync4(f));
    return found ? loadConfig(found, { cwd: start, root }) : null;
  }
  return loadConfig(findConfigFile(given, start), { cwd: start, root });
}
function configDataPaths(config, root, boundary) {
  const configRel = path8.relative(root, config.file);
  const paths = /* @__PURE__ */ new Set();
  for (const dp of config.dataPaths) {
    paths.add(toPosix(path8.relative(root, dp.path)));
    paths.add(boundary.resolve(dp.path, `data path ${dp.pointer} "${dp.given}"`, { file: configRel, pointer: dp.pointer }).rel);
  }
  return [...paths].sort(compareBytes);
}

// src/core/dvc/remoteConfig.ts
import { readFileSync as readFileSync5 } from "node:fs";
import os from "node:os";
import path9 from "node:path";

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
  const r = boundary.resolve(path9.join(root, rel), `DVC config ${rel}`, { file: rel });
  if (!r.exists) return null;
  regularFile(r.real, { display: rel, what: "the DVC config", maxBytes: MAX_DVC_CONFIG_BYTES, code: "DVC_CONFIG_INVALID", limitHint: "DVC writes small config files; restore it from git" });
  const bytes = readFileSync5(r.real);
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  if (text.includes("\uFFFD")) {
    throw new ModelBuildError("DVC_CONFIG_INVALID", "malformed DVC config: not UTF-8 text", { file: rel, hint: "DVC writes UTF-8; restore it from git or recreate it with `dvc remote add`" });
  }
  return { rel, text };
}
var URL_LIKE = /^\w+:\/\//;
function resolveLocal(confDir, value) {
  if (URL_LIKE.test(value) || path9.isAbsolute(value)) return value;
  const expanded = value === "~" || value.startsWith("~/") ? path9.join(os.homedir(), value.slice(1)) : value;
  if (path9.isAbsolute(expanded)) return expanded;
  return path9.resolve(confDir, value);
}
function readDvcConfig(root, boundary) {
  const confDir = path9.join(root, ".dvc");
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
  if (!dir) return boundary.resolve(path9.join(root, ".dvc", "cache"), "the DVC cache .dvc/cache", { file: ".dvc/cache" }).real;
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
import { createReadStream, statSync as statSync6 } from "node:fs";
import path10 from "node:path";
var LocalRemote = class {
  constructor(spec) {
    this.spec = spec;
    let st;
    try {
      st = statSync6(spec.path);
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
    return path10.join(this.spec.path, ...key.split("/"));
  }
  async stat(key) {
    try {
      const st = statSync6(this.abs(key));
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
      const { S3Remote } = await import("./chunk-4P4PTHFR.js");
      return new S3Remote(spec, options);
    }
  }
}

// src/core/dvc/session.ts
var MAX_JOBS = 128;
async function openSession(options) {
  const start = path11.resolve(options.root ?? process.cwd());
  const lookup = await readGitFacts(start);
  if (!lookup.ok) throw new ModelBuildError("GIT_FAILED", lookup.message, { hint: lookup.hint });
  const root = lookup.facts.root;
  const boundary = new RepositoryBoundary(root);
  const notes = [];
  const config = resolvePullConfig(options.config, start, root);
  const dvcConfig = readDvcConfig(root, boundary);
  const spec = resolveRemote(dvcConfig, options.remote);
  const tree = await headTree(root);
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
    cacheFile: options.cacheFile === void 0 ? path11.join(lookup.facts.commonDir, "model-build", "hash-cache.json") : options.cacheFile
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
      const full = path12.join(s.root, f.path);
      s.boundary.resolve(full, `${f.path} (recorded in ${f.pointer})`, { file: f.pointer });
      const target = path12.join(s.boundary.resolve(path12.dirname(full), `the folder of ${f.path}`, { file: f.pointer }).real, path12.basename(full));
      let st;
      try {
        st = statSync7(target);
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
  const dir = path12.dirname(target);
  const tmp = path12.join(dir, `.${path12.basename(target)}.mb-tmp-${process.pid}-${tmpCounter2++}`);
  try {
    mkdirSync3(dir, { recursive: true });
    copyFileSync(source, tmp, constants2.COPYFILE_EXCL | constants2.COPYFILE_FICLONE);
    chmodSync2(tmp, 420);
    const fd = openSync2(tmp, "r");
    try {
      fsyncSync(fd);
    } finally {
      closeSync2(fd);
    }
    renameSync3(tmp, target);
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
  DEFAULT_CONFIG_NAMES,
  findConfigFile,
  loadConfig,
  isAlive,
  Hasher,
  decodeStrictUtf8,
  readDvcFile,
  readDvcLock,
  isSkipped,
  configDataPaths,
  execFile,
  Git,
  readGitFacts,
  dirtyPaths,
  headTree,
  uninitializedSubmodules,
  attributeOf,
  readBlobs,
  pullData,
  checkRemote
};
