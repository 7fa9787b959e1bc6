import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);
import {
  verifyPackage
} from "./chunk-UOJCVBOE.js";
import {
  MAX_SWEEP_VARIANTS,
  canonicalJson,
  defaultDirection,
  defaultMetric
} from "./chunk-OTOVPBEG.js";
import {
  compareBytes
} from "./chunk-RIGD5S4O.js";
import {
  ModelBuildError
} from "./chunk-J3ZPWLJ2.js";

// src/core/sweep/matrix.ts
import path from "node:path";
function requireSweep(loaded, cwd = process.cwd()) {
  if (loaded.sweep) return loaded.sweep;
  const file = path.relative(cwd, loaded.file) || loaded.file;
  throw new ModelBuildError("USAGE", `the config has no sweep section: ${file}`, {
    file,
    hint: 'add sweep: { grid: { model.learningRate: [0.01, 0.003] } } (see README, "model-build sweep")'
  });
}
function sweepMatrix(loaded) {
  const plan = requireSweep(loaded);
  if (plan.variants.length > MAX_SWEEP_VARIANTS) {
    throw new ModelBuildError("CONFIG_INVALID", `the sweep has ${plan.variants.length} variants; GitHub runs at most ${MAX_SWEEP_VARIANTS} jobs per matrix`);
  }
  return {
    name: loaded.config.name,
    count: plan.variants.length,
    select: plan.select,
    variants: plan.variants.map((v) => ({ id: v.id, label: v.label, overrides: v.overrides })),
    matrix: { include: plan.variants.map((v) => ({ variant: v.id, label: v.label })) }
  };
}

// src/core/sweep/select.ts
function selectBest(candidates, options) {
  const planned = new Map(options.plan.variants.map((v) => [v.id, v]));
  const rejected = [];
  const reject = (c, reason) => rejected.push({ variant: c.variant, label: planned.get(c.variant)?.label ?? c.variant, source: c.source, reason });
  const verified = [];
  const seen = /* @__PURE__ */ new Set();
  for (const c of [...candidates].sort((a, b) => compareBytes(a.variant, b.variant) || compareBytes(a.source, b.source))) {
    const variant = planned.get(c.variant);
    if (!variant) {
      reject(c, `${c.variant} is not a variant of this sweep (the config at this commit plans ${planned.size})`);
      continue;
    }
    if (seen.has(c.variant)) {
      reject(c, `a second package for ${c.variant}; the first (by name) is used`);
      continue;
    }
    seen.add(c.variant);
    if (!c.archive) {
      reject(c, c.failure ?? "the leg uploaded no package");
      continue;
    }
    const v = verifyPackage(c.archive);
    if (!v.ok) {
      reject(c, `does not verify: ${v.error.message}`);
      continue;
    }
    const m = v.package.metadata;
    const reason = disqualified(m, variant, options);
    if (reason) {
      reject(c, reason);
      continue;
    }
    verified.push({ candidate: c, variant, metadata: m, digest: v.package.digest, contentDigest: v.package.contentDigest });
  }
  const fingerprint = (m) => canonicalJson(m.data.map((d) => [d.path, d.kind, d.hash, d.actual ?? d.hash]));
  const groups = /* @__PURE__ */ new Map();
  for (const x of verified) groups.set(fingerprint(x.metadata), [...groups.get(fingerprint(x.metadata)) ?? [], x]);
  const sizes = [...groups.values()].map((g) => g.length).sort((a, b) => b - a);
  const agreed = sizes.length > 1 && sizes[0] === sizes[1] ? null : [...groups.values()].find((g) => g.length === sizes[0]) ?? [];
  const accepted = [];
  for (const x of verified) {
    if (agreed === null) reject(x.candidate, `the legs disagree on the data they read (${groups.size} different sets of data digests, none held by most legs)`);
    else if (!agreed.includes(x)) reject(x.candidate, `read different data from the other legs (${agreed.length} agree): ${dataDiff(x.metadata, agreed[0].metadata)}`);
    else accepted.push(x);
  }
  const task = accepted[0]?.metadata.task ?? verified[0]?.metadata.task ?? "multiclass";
  const metric = options.metric ?? options.plan.select.metric ?? defaultMetric(task);
  const direction = options.direction ?? (options.metric ? defaultDirection(metric) : options.plan.select.direction ?? defaultDirection(metric));
  const scored = [];
  for (const x of accepted) {
    const value = x.metadata.metrics[metric];
    if (typeof value !== "number" || !Number.isFinite(value)) {
      reject(x.candidate, `has no finite ${metric} (its metrics: ${Object.keys(x.metadata.metrics).filter((k) => typeof x.metadata.metrics[k] === "number").join(", ")})`);
      continue;
    }
    scored.push({ variant: x.variant, source: x.candidate.source, archive: x.candidate.archive, digest: x.digest, contentDigest: x.contentDigest, metrics: x.metadata.metrics, value });
  }
  const sign = direction === "max" ? -1 : 1;
  scored.sort((a, b) => sign * (a.value - b.value) || compareBytes(a.variant.id, b.variant.id));
  const ranked = scored.map((s, i) => ({ ...s, rank: i + 1 }));
  const missing = options.plan.variants.filter((v) => !seen.has(v.id));
  rejected.sort((a, b) => compareBytes(a.variant, b.variant) || compareBytes(a.source, b.source));
  return { metric, direction, winner: ranked[0] ?? null, ranked, rejected, missing };
}
function disqualified(m, variant, o) {
  if (m.name !== o.name) return `is a package of "${m.name}", not "${o.name}"`;
  if (!m.variant) return `is a build of the base config, not variant ${variant.id}`;
  if (m.variant.id !== variant.id) return `holds variant ${m.variant.id}, not ${variant.id}`;
  if (canonicalJson(m.variant.overrides) !== canonicalJson(variant.overrides)) {
    return `its overrides (${canonicalJson(m.variant.overrides)}) are not the plan's (${canonicalJson(variant.overrides)})`;
  }
  if (m.code.commit !== o.commit) return `was built from commit ${m.code.commit.slice(0, 12)}, not ${o.commit.slice(0, 12)}`;
  if (m.code.tree !== o.tree) return `was built from tree ${m.code.tree.slice(0, 12)}, not ${o.tree.slice(0, 12)}`;
  if (m.dirty ?? m.code.dirty) return `is a dirty build (${(m.problems ?? []).join("; ") || "dirty working tree"})`;
  if (!m.gatesPassed) {
    const failed = m.gates.filter((g) => !g.passed).map((g) => `${g.metric} ${g.op} ${g.threshold}`);
    return `failed its gates (${failed.join(", ")})`;
  }
  return null;
}
function dataDiff(a, b) {
  const byPath = new Map(b.data.map((d) => [d.path, d]));
  for (const d of a.data) {
    const o = byPath.get(d.path);
    if (!o) return `${d.path} is not read by the others`;
    if ((d.actual ?? d.hash) !== (o.actual ?? o.hash) || d.hash !== o.hash) return `${d.path} is ${d.actual ?? d.hash}, the others read ${o.actual ?? o.hash}`;
  }
  return `${b.data.find((d) => !a.data.some((x) => x.path === d.path))?.path ?? "the data list"} differs`;
}

export {
  requireSweep,
  sweepMatrix,
  selectBest
};
