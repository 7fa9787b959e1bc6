import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);
import {
  readPackage
} from "./chunk-UOJCVBOE.js";
import {
  execFile,
  findConfigFile
} from "./chunk-PBFU3N36.js";
import {
  ownFile
} from "./chunk-AH66PB2E.js";
import {
  compareBytes
} from "./chunk-RIGD5S4O.js";
import {
  ModelBuildError
} from "./chunk-J3ZPWLJ2.js";

// src/core/verify/verifyBuild.ts
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// src/core/verify/jsonDiff.ts
var JSON_DIFF_LIMITS = { MAX_FIELDS: 12, MAX_VALUE_CHARS: 48, MAX_DEPTH: 64 };
var ABSENT = /* @__PURE__ */ Symbol("absent");
function diffJson(a, b) {
  const out = { fields: [], more: 0 };
  const add = (path2, x, y) => {
    if (out.fields.length < JSON_DIFF_LIMITS.MAX_FIELDS) out.fields.push({ path: path2 || "/", expected: shorten(x), actual: shorten(y) });
    else out.more++;
  };
  const walk = (path2, x, y, depth) => {
    if (x === y) return;
    const bothArrays = Array.isArray(x) && Array.isArray(y);
    const bothObjects = isObject(x) && isObject(y);
    if (depth >= JSON_DIFF_LIMITS.MAX_DEPTH || !(bothArrays || bothObjects)) {
      if (!sameLeaf(x, y)) add(path2, x, y);
      return;
    }
    if (bothArrays) {
      const xs = x;
      const ys = y;
      for (let i = 0; i < Math.max(xs.length, ys.length); i++) {
        walk(`${path2}/${i}`, i < xs.length ? xs[i] : ABSENT, i < ys.length ? ys[i] : ABSENT, depth + 1);
      }
      return;
    }
    const xo = x;
    const yo = y;
    const keys = [...Object.keys(xo), ...Object.keys(yo).filter((k) => !Object.hasOwn(xo, k))];
    for (const k of keys) {
      walk(`${path2}/${escape(k)}`, Object.hasOwn(xo, k) ? xo[k] : ABSENT, Object.hasOwn(yo, k) ? yo[k] : ABSENT, depth + 1);
    }
  };
  walk("", a, b, 0);
  return out;
}
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var escape = (key) => key.replace(/~/g, "~0").replace(/\//g, "~1");
function sameLeaf(x, y) {
  const stack = [[x, y]];
  while (stack.length > 0) {
    const [a, b] = stack.pop();
    if (a === b) continue;
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length !== b.length) return false;
      for (let i = 0; i < a.length; i++) stack.push([a[i], b[i]]);
    } else if (isObject(a) && isObject(b)) {
      const ka = Object.keys(a);
      if (ka.length !== Object.keys(b).length) return false;
      for (const k of ka) {
        if (!Object.hasOwn(b, k)) return false;
        stack.push([a[k], b[k]]);
      }
    } else {
      return false;
    }
  }
  return true;
}
function shorten(v) {
  if (v === ABSENT) return "(absent)";
  let text;
  try {
    text = JSON.stringify(v) ?? String(v);
  } catch {
    text = Array.isArray(v) ? "[\u2026]" : "{\u2026}";
  }
  const max = JSON_DIFF_LIMITS.MAX_VALUE_CHARS;
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}

// src/core/verify/compare.ts
function comparePackages(reference, rebuild) {
  const ref = new Map(reference.files.map((f) => [f.name, f.sha256]));
  const now = new Map(rebuild.files.map((f) => [f.name, f.sha256]));
  const files = [];
  for (const name of [.../* @__PURE__ */ new Set([...ref.keys(), ...now.keys()])].sort(compareBytes)) {
    if (ref.get(name) === now.get(name)) continue;
    const diff = { file: name, expected: ref.get(name) ?? null, actual: now.get(name) ?? null };
    const [x, y] = [reference.entries.get(name), rebuild.entries.get(name)];
    const fields = name.endsWith(".json") ? jsonFields(x, y) : /\.(md|mjs)$/.test(name) ? firstLine(x, y) : null;
    if (fields) Object.assign(diff, { fields: fields.fields }, fields.more > 0 ? { moreFields: fields.more } : {});
    files.push(diff);
  }
  const weightsDiffer = files.some((f) => f.file === "model/weights.bin");
  const tensors = weightsDiffer ? tensorDifferences(reference.entries, rebuild.entries) : [];
  const metrics = [];
  for (const [metric, expected] of Object.entries(reference.metadata.metrics)) {
    const actual = rebuild.metadata.metrics[metric];
    if (typeof expected === "number" && typeof actual === "number" && expected !== actual) {
      metrics.push({ metric, expected, actual, delta: actual - expected });
    }
  }
  return {
    identical: reference.digest === rebuild.digest,
    sameContents: reference.contentDigest === rebuild.contentDigest,
    files,
    tensors,
    metrics,
    causes: likelyCauses(reference, rebuild, files)
  };
}
function jsonFields(a, b) {
  if (!a || !b) return null;
  try {
    return diffJson(JSON.parse(a.toString("utf8")), JSON.parse(b.toString("utf8")));
  } catch {
    return null;
  }
}
function firstLine(a, b) {
  if (!a || !b) return null;
  const la = a.toString("utf8").split("\n");
  const lb = b.toString("utf8").split("\n");
  const i = la.findIndex((l, n) => l !== lb[n]);
  const at = i === -1 ? la.length : i;
  const [x, y] = [la[at], lb[at]];
  let col = 0;
  while (x !== void 0 && y !== void 0 && col < x.length && x[col] === y[col]) col++;
  const from = Math.max(0, col - 16);
  const cut = (l) => l === void 0 ? "(absent)" : shorten(`${from > 0 ? "\u2026" : ""}${l.slice(from)}`);
  return { fields: [{ path: `line ${at + 1}`, expected: cut(x), actual: cut(y) }], more: 0 };
}
function whereFilesDiffer(files) {
  const consequence = (f, path2) => f.file === "metadata.json" && path2.startsWith("/files/");
  return files.filter((f) => f.file !== "MANIFEST.sha256" && !(f.fields?.length && !f.moreFields && f.fields.every((x) => consequence(f, x.path)))).map((f) => {
    const own = (f.fields ?? []).filter((x) => !consequence(f, x.path));
    return own.length ? `${f.file} ${own.map((x) => x.path).join(", ")}${f.moreFields ? ` (+${f.moreFields} more)` : ""}` : f.file;
  }).join("; ");
}
function likelyCauses(a, b, files) {
  if (a.digest === b.digest) return [];
  const ma = a.metadata;
  const mb = b.metadata;
  const causes = [];
  if (ma.code.tree !== mb.code.tree) causes.push(`different code: tree ${ma.code.tree.slice(0, 12)} vs ${mb.code.tree.slice(0, 12)}`);
  else if (ma.code.commit !== mb.code.commit) causes.push(`different commit with the same code: ${ma.code.commit.slice(0, 12)} vs ${mb.code.commit.slice(0, 12)}`);
  if (ma.config.digest !== mb.config.digest) causes.push("different config file");
  const dataA = JSON.stringify(ma.data.map((d) => [d.path, d.hash]));
  const dataB = JSON.stringify(mb.data.map((d) => [d.path, d.hash]));
  if (dataA !== dataB) causes.push("different data: the data hashes differ");
  if (ma.training.backend !== mb.training.backend) causes.push(`different backend: ${ma.training.backend} vs ${mb.training.backend} (numbers differ by backend)`);
  else if (ma.training.backendVersion !== mb.training.backendVersion) causes.push(`different backend version: ${ma.training.backendVersion} vs ${mb.training.backendVersion}`);
  else if (ma.training.simd !== mb.training.simd) causes.push(`different WebAssembly SIMD: ${ma.training.simd ? "on" : "off"} vs ${mb.training.simd ? "on" : "off"} (numbers may differ)`);
  if (ma.training.tfjsVersion !== mb.training.tfjsVersion) causes.push(`different TensorFlow.js: ${ma.training.tfjsVersion} vs ${mb.training.tfjsVersion}`);
  if (ma.training.seed !== mb.training.seed) causes.push(`different seed: ${ma.training.seed} vs ${mb.training.seed}`);
  const trainerOf = (m) => m.training.trainer ? m.training.trainer.name === "dense" ? `the dense trainer with ${m.training.trainer.shards} shards` : "TensorFlow.js" : "TensorFlow.js (a model-build from before the dense trainer)";
  if (trainerOf(ma) !== trainerOf(mb)) causes.push(`different trainer: ${trainerOf(ma)} vs ${trainerOf(mb)}`);
  if (ma.environment.lockfileDigest !== mb.environment.lockfileDigest) {
    const deps = Object.keys({ ...ma.environment.dependencies, ...mb.environment.dependencies }).filter((k) => ma.environment.dependencies[k] !== mb.environment.dependencies[k]).map((k) => `${k} ${ma.environment.dependencies[k] ?? "absent"} vs ${mb.environment.dependencies[k] ?? "absent"}`);
    causes.push(`different dependency versions${deps.length ? `: ${deps.join(", ")}` : " (lockfile)"}`);
  }
  if (ma.createdBy.version !== mb.createdBy.version) causes.push(`different model-build version: ${ma.createdBy.version} vs ${mb.createdBy.version}`);
  if (ma.environment.node !== mb.environment.node) causes.push(`different Node.js: ${ma.environment.node} vs ${mb.environment.node}`);
  if (ma.timestamp !== mb.timestamp) causes.push(`different timestamp: ${ma.timestamp} vs ${mb.timestamp} (set SOURCE_DATE_EPOCH, or build from the same commit)`);
  if (ma.code.ref !== mb.code.ref) causes.push(`different ref recorded: ${ma.code.ref ?? "detached"} vs ${mb.code.ref ?? "detached"}`);
  if (causes.length === 0) {
    if (a.contentDigest === b.contentDigest) causes.push("same contents, different archive bytes: a different zlib (Node.js build) compressed them differently");
    else if (files.some((f) => f.file === "model/weights.bin")) causes.push("the weights differ with identical inputs: training is not deterministic here (a custom model module with unseeded initializers or dropout?)");
    else causes.push(`files differ with identical recorded inputs: ${whereFilesDiffer(files) || files.map((f) => f.file).join(", ")}`);
  }
  return causes;
}
function tensorDifferences(a, b) {
  const tensors = (entries) => {
    const model = JSON.parse(entries.get("model/model.json")?.toString("utf8") ?? "{}");
    const bin = entries.get("model/weights.bin") ?? Buffer.alloc(0);
    const out = /* @__PURE__ */ new Map();
    let offset = 0;
    for (const spec of (model.weightsManifest ?? []).flatMap((m) => m.weights)) {
      const count = spec.shape.reduce((x, y) => x * y, 1);
      const bytes = count * 4;
      const slice = bin.subarray(offset, offset + bytes);
      offset += bytes;
      const values = spec.dtype === "float32" && slice.length === bytes ? new Float32Array(Uint8Array.from(slice).buffer) : null;
      out.set(spec.name, { shape: spec.shape, values });
    }
    return out;
  };
  const ta = tensors(a);
  const tb = tensors(b);
  const result = [];
  for (const name of [.../* @__PURE__ */ new Set([...ta.keys(), ...tb.keys()])].sort(compareBytes)) {
    const x = ta.get(name);
    const y = tb.get(name);
    if (!x || !y || x.shape.join() !== y.shape.join() || !x.values || !y.values) {
      result.push({ name, maxAbsDiff: Infinity });
      continue;
    }
    let max = 0;
    for (let i = 0; i < x.values.length; i++) max = Math.max(max, Math.abs(x.values[i] - y.values[i]));
    result.push({ name, maxAbsDiff: max });
  }
  return result;
}

// src/core/verify/verifyBuild.ts
async function verifyBuild(options = {}) {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const command = options.command ?? [process.execPath, ownFile("dist/cli.js")];
  const config = findConfigFile(options.config, cwd);
  const reference = options.against ? readPackage(path.resolve(cwd, options.against)) : null;
  const dirty = reference ? dirtyBuild(reference.metadata) : null;
  if (dirty) return failed(reference, [], { reason: "dirty-package", message: `${options.against}: ${dirty}` });
  const runs = Math.max(options.against ? 1 : 2, options.runs ?? (options.against ? 1 : 2));
  const backend = options.backend ?? reference?.metadata.training.backend;
  const variant = options.variant ?? reference?.metadata.variant?.id;
  const epoch = reference ? String(Date.parse(reference.metadata.timestamp) / 1e3) : process.env.SOURCE_DATE_EPOCH;
  const work = mkdtempSync(path.join(tmpdir(), "model-build-verify-"));
  try {
    const built = [];
    for (let i = 0; i < runs; i++) {
      const out = path.join(work, `run-${i + 1}`);
      const args = ["build", "--config", config, "--out", out, "--json", "--no-cache", ...backend ? ["--backend", backend] : [], ...variant ? ["--variant", variant] : []];
      const result = await runBuild(command, args, cwd, epoch).catch((e) => {
        throw reference && !options.backend ? backendOfPackage(e, options.against, backend) : e;
      });
      if (result.status === "refused") {
        return failed(reference, built, { reason: "refused", check: result.check, message: refusal(result.check) });
      }
      if (!result.package) {
        return failed(reference, built, { reason: "gates", message: "the rebuild missed a gate, so it was not packaged" });
      }
      built.push(readPackage(result.package.archive));
    }
    const ref = reference ?? built[0];
    const rebuilds = reference ? built : built.slice(1);
    const comparisons = rebuilds.map((b) => comparePackages(ref, b));
    return {
      format: 1,
      reproducible: comparisons.every((c) => c.identical),
      metrics: ref.metadata.metrics,
      gates: ref.metadata.gates,
      reference: { ...summary(ref), source: reference ? "package" : "rebuild" },
      rebuilds: built.map(summary),
      comparisons
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
function backendOfPackage(e, against, backend) {
  if (!ModelBuildError.is(e) || e.code !== "BACKEND_UNAVAILABLE") return e;
  return new ModelBuildError("BACKEND_UNAVAILABLE", `the package was built on the "${backend}" backend, which does not load here: ${e.message}`, {
    file: against,
    hint: `verify on a host where "${backend}" loads (numbers differ by backend), or pass --backend to rebuild on another one and see how far it moves`
  });
}
function dirtyBuild(m) {
  const unmatched = m.data.filter((d) => d.status !== void 0 && d.status !== "ok" || d.hash && d.actual && d.actual !== d.hash);
  const why = [];
  if (m.code.dirty) why.push(`uncommitted changes${m.code.dirtyPaths.length ? ` (${listed(m.code.dirtyPaths)})` : ""}`);
  if (unmatched.length) why.push(`data that did not match its pointer (${listed(unmatched.map((d) => d.path))})`);
  if (m.dirty && why.length === 0) why.push(m.problems?.length ? listed(m.problems) : "a dirty build");
  return why.length ? `built from a dirty tree: not a reproducible build (the package records ${why.join(" and ")})` : null;
}
var listed = (paths) => paths.length <= 3 ? paths.join(", ") : `${paths.slice(0, 3).join(", ")} and ${paths.length - 3} more`;
function refusal(check) {
  const parts = [];
  if (check.git?.dirty) parts.push("the working tree has uncommitted changes (commit or stash them)");
  if (check.data.some((d) => d.status !== "ok")) parts.push("data is not versioned or does not match its committed pointer");
  if (!parts.length) parts.push("the provenance check failed");
  return `the rebuild was refused before training: ${parts.join("; ")}. verify rebuilds only from a clean, versioned checkout`;
}
var summary = (p) => ({ archive: p.archive, digest: p.digest, contentDigest: p.contentDigest });
function failed(reference, built, failure) {
  const ref = reference ?? built[0];
  return {
    format: 1,
    reproducible: false,
    metrics: ref?.metadata.metrics ?? {},
    gates: ref?.metadata.gates ?? [],
    reference: ref ? { ...summary(ref), source: reference ? "package" : "rebuild" } : { archive: "", digest: "", contentDigest: "", source: "rebuild" },
    rebuilds: built.map(summary),
    comparisons: [],
    failure
  };
}
async function runBuild(command, args, cwd, epoch) {
  const env = { ...process.env, ...epoch !== void 0 ? { SOURCE_DATE_EPOCH: epoch } : {} };
  let r;
  try {
    r = await execFile(command[0], [...command.slice(1), ...args], { cwd, env });
  } catch (e) {
    throw new ModelBuildError("INTERNAL", `cannot start a rebuild: ${e.message}`);
  }
  let parsed;
  try {
    parsed = JSON.parse(r.stdout.toString("utf8"));
  } catch {
    throw new ModelBuildError("INTERNAL", `a rebuild printed no result: ${r.stderr.trim().split("\n")[0] ?? ""}`);
  }
  if ("error" in parsed) {
    const { code, message, file, line, column, pointer, hint, details } = parsed.error;
    throw new ModelBuildError(code, message, { file, line, column, pointer, hint, details: Array.isArray(details) ? details : void 0 });
  }
  return parsed;
}

export {
  verifyBuild,
  runBuild
};
