import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);
import {
  loadModelFrom,
  preprocessorJson
} from "./chunk-PIENSO7R.js";
import {
  require_ajv,
  resolveReal
} from "./chunk-F242I2EM.js";
import {
  ownFile
} from "./chunk-AH66PB2E.js";
import {
  compareBytes,
  toPosix
} from "./chunk-RIGD5S4O.js";
import {
  formatSize,
  regularFile
} from "./chunk-4KALBLMG.js";
import {
  ModelBuildError
} from "./chunk-J3ZPWLJ2.js";
import {
  __toESM
} from "./chunk-LTRPNYHO.js";

// src/core/package/readPackage.ts
import { createHash as createHash3 } from "node:crypto";

// src/core/package/metadata.ts
var METADATA_FORMAT = 1;

// src/core/package/writePackage.ts
var import_ajv = __toESM(require_ajv(), 1);
import { createHash as createHash2 } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

// src/core/package/bom.ts
import { createHash } from "node:crypto";

// src/core/package/schemas.ts
var JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema";
var readable = (v) => String(Number(v.toPrecision(6)));
function describeInputs(p, profile) {
  return p.steps.map((step) => {
    const summary = profile?.columns[step.column]?.summary;
    const numeric = summary?.numeric;
    const range = numeric ? [numeric.min, numeric.max] : void 0;
    const median = numeric?.quantiles.p50;
    switch (step.kind) {
      case "numeric":
      case "bucketized":
        return {
          name: step.column,
          kind: step.kind,
          type: "number",
          ...range ? { range } : {},
          ...step.kind === "bucketized" ? { boundaries: [...step.boundaries] } : {},
          fill: step.fill,
          example: median ?? step.fill,
          missing: `replaced by ${readable(step.fill)}, the value fitted in training`
        };
      case "boolean":
        return {
          name: step.column,
          kind: "boolean",
          type: "boolean",
          fill: step.fill === 1,
          example: step.fill === 1,
          missing: `replaced by ${step.fill === 1 ? "true" : "false"}, the most frequent value in training`
        };
      case "categorical": {
        const top = summary?.top?.find((t) => step.vocabulary.includes(t.value))?.value;
        return {
          name: step.column,
          kind: "categorical",
          type: "string",
          categories: [...step.vocabulary],
          fill: step.fill,
          example: top ?? step.vocabulary[0] ?? step.fill,
          missing: step.fill === null ? "takes the slot for missing and unseen values (`<other>`), as in training" : `replaced by "${step.fill}", the value fitted in training`
        };
      }
    }
  });
}
function exampleRecord(fields) {
  return Object.fromEntries(fields.map((f) => [f.name, typeof f.example === "number" ? Number(f.example.toPrecision(4)) : f.example]));
}
function fieldSchema(f) {
  const missing = `Missing or null: ${f.missing}.`;
  switch (f.kind) {
    case "numeric":
    case "bucketized": {
      const seen = f.range ? ` Seen in training: ${readable(f.range[0])} to ${readable(f.range[1])}; values outside that range are accepted (the model extrapolates).` : "";
      const buckets = f.boundaries ? ` Bucketized at ${f.boundaries.map(readable).join(", ")}.` : "";
      return {
        type: ["number", "null"],
        description: `Number.${seen}${buckets} ${missing} The predictor also reads numeric text ("47.5"); any other text counts as missing.`,
        default: f.fill,
        ...f.range ? { examples: [...new Set(f.range)] } : {}
      };
    }
    case "boolean":
      return {
        type: ["boolean", "null"],
        description: `Boolean. ${missing} The predictor also reads 1/0, "true"/"false" and "yes"/"no"; anything else counts as missing.`,
        default: f.fill
      };
    case "categorical":
      return {
        type: ["string", "null"],
        enum: [...f.categories, null],
        description: `One of the ${f.categories.length} categories the model has a slot for. ${missing} A category not listed is refused by this schema; the predictor itself gives it the shared slot for unseen values (\`<other>\`).`,
        ...f.fill === null ? {} : { default: f.fill }
      };
  }
}
function inputSchema(name, p, fields) {
  return {
    $schema: JSON_SCHEMA_DIALECT,
    title: `${name}: one input record`,
    description: `The columns the model reads to predict "${p.label.column}". Every field may be missing: a missing or null value is filled as in training (see each field). Other fields (the label, ids) are allowed and ignored.`,
    type: "object",
    properties: Object.fromEntries(fields.map((f) => [f.name, fieldSchema(f)])),
    additionalProperties: true,
    examples: [exampleRecord(fields)]
  };
}
function outputMeaning(p, profile) {
  const { label } = p;
  if (label.task !== "regression") {
    return `the most probable class of "${label.column}" (\`label\`), and every class's probability (\`probabilities\`, summing to 1)`;
  }
  const seen = profile?.columns[label.column]?.summary.numeric;
  const range = seen ? `; training labels ranged from ${readable(seen.min)} to ${readable(seen.max)}` : "";
  return `the predicted "${label.column}" (\`value\`), in the label's own units (mean ${readable(label.shift ?? 0)}, standard deviation ${readable(label.scale ?? 1)} in training${range})`;
}
function outputSchema(name, p, profile) {
  const { label } = p;
  const common = {
    $schema: JSON_SCHEMA_DIALECT,
    title: `${name}: one prediction`,
    description: `What predictor.mjs returns for each record: ${outputMeaning(p, profile)}.`,
    type: "object"
  };
  if (label.task === "regression") {
    return {
      ...common,
      description: `${common.description} predict.mjs and \`model-build predict\` write the same number as \`prediction\`.`,
      required: ["value"],
      properties: { value: { type: "number", description: `predicted ${label.column}, in the label's own units` } },
      additionalProperties: false
    };
  }
  const classes = label.classes;
  return {
    ...common,
    required: ["label", "probabilities"],
    properties: {
      label: { enum: classes, description: `the class of ${label.column} with the highest probability` },
      probabilities: {
        type: "object",
        description: "every class with its probability, in the model's class order; they sum to 1",
        required: classes,
        properties: Object.fromEntries(classes.map((c) => [c, { type: "number", minimum: 0, maximum: 1 }])),
        additionalProperties: false
      }
    },
    additionalProperties: false
  };
}

// src/core/package/bom.ts
var BOM_FILE = "bom.cdx.json";
var BOM_SPEC_VERSION = "1.6";
var MODEL_PART_FILES = ["model/model.json", "model/weights.bin", "preprocessor.json"];
var UUID_NAMESPACE_URL = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";
var sha256 = (b) => createHash("sha256").update(b).digest("hex");
var byName = (a, b) => compareBytes(a.name, b.name) || compareBytes(a.value, b.value);
var props = (entries) => entries.filter((e) => e[1] !== null && e[1] !== void 0).map(([name, value]) => ({ name, value: String(value) })).sort(byName);
function bomText(input) {
  return `${JSON.stringify(cycloneDxBom(input), null, 2)}
`;
}
function cycloneDxBom(input) {
  const { metadata: m } = input;
  const libraries = lockfileLibraries(input.files.get("package-lock.json"));
  const data = m.data.map(dataComponent);
  const model = modelComponent(input, data.map((d) => d["bom-ref"]));
  const modelRef = model["bom-ref"];
  const dependencies = [
    { ref: modelRef, dependsOn: libraries.direct },
    ...libraries.components.map((c) => ({ ref: c.ref, dependsOn: c.dependsOn })),
    ...data.map((d) => ({ ref: d["bom-ref"], dependsOn: [] }))
  ].map((d) => ({ ref: d.ref, ...d.dependsOn.length > 0 ? { dependsOn: [...d.dependsOn].sort(compareBytes) } : {} })).sort((a, b) => compareBytes(a.ref, b.ref));
  const components = [...libraries.components.map((c) => c.component), ...data].sort((a, b) => compareBytes(a["bom-ref"], b["bom-ref"]));
  const body = (serialNumber) => ({
    $schema: "http://cyclonedx.org/schema/bom-1.6.schema.json",
    bomFormat: "CycloneDX",
    specVersion: BOM_SPEC_VERSION,
    ...serialNumber ? { serialNumber } : {},
    version: 1,
    metadata: {
      timestamp: m.timestamp,
      lifecycles: [{ phase: "build" }],
      tools: {
        components: [
          { type: "application", name: m.createdBy.tool, version: m.createdBy.version }
        ]
      },
      component: model
    },
    components,
    dependencies
  });
  return body(`urn:uuid:${uuidV5(UUID_NAMESPACE_URL, `urn:sha256:${sha256(JSON.stringify(body()))}`)}`);
}
function modelComponent(input, datasetRefs) {
  const { metadata: m, files } = input;
  const version2 = m.version ?? m.code.commit.slice(0, 12);
  const topology = parseJson(files.get("model/model.json"));
  const arch = describeArchitecture(topology?.modelTopology);
  const parameters = countParameters(topology?.weightsManifest);
  const fields = input.preprocessor ? describeInputs(input.preprocessor, input.profile) : [];
  const parts = MODEL_PART_FILES.filter((f) => files.has(f)).map((f) => ({
    type: "file",
    "bom-ref": `file:${f}`,
    name: f,
    hashes: [{ alg: "SHA-256", content: sha256(files.get(f)) }]
  }));
  const repository = vcsUrl(m.code.repository);
  return {
    type: "machine-learning-model",
    "bom-ref": `model:${m.name}@${version2}`,
    name: m.name,
    version: version2,
    ...m.description ? { description: m.description } : {},
    ...repository ? { externalReferences: [{ type: "vcs", url: `${repository}#${m.code.commit}`, comment: `built from commit ${m.code.commit} (tree ${m.code.tree})${m.code.ref ? ` on ${m.code.ref}` : ""}` }] } : {},
    modelCard: {
      modelParameters: {
        approach: { type: "supervised" },
        task: m.task === "regression" ? "regression" : "classification",
        architectureFamily: arch.family,
        modelArchitecture: arch.description,
        ...datasetRefs.length > 0 ? { datasets: [...datasetRefs].sort(compareBytes).map((ref) => ({ ref })) } : {},
        ...fields.length > 0 ? { inputs: fields.map((f) => ({ format: inputFormat(f) })) } : {},
        outputs: outputFormats(m)
      },
      quantitativeAnalysis: {
        performanceMetrics: Object.entries(m.metrics).filter((e) => typeof e[1] === "number").sort((a, b) => compareBytes(a[0], b[0])).map(([type, value]) => ({ type, value: String(value), slice: "validation" }))
      },
      considerations: considerations(m, fields),
      properties: props([
        ["model-build:gates-passed", m.gatesPassed],
        ...m.gates.map((g) => ["model-build:gate", `${g.metric} ${g.op} ${g.threshold}: ${g.passed ? "passed" : "failed"} (validation ${g.metric} ${g.actual})`])
      ])
    },
    properties: props([
      ["model-build:task", m.task],
      ["model-build:label", m.label],
      ["model-build:classes", m.classes ? JSON.stringify(m.classes) : null],
      ["model-build:parameters", parameters],
      ["model-build:seed", m.training.seed],
      ["model-build:backend", m.training.backend],
      ["model-build:backend-version", m.training.backendVersion],
      ["model-build:tfjs-version", m.training.tfjsVersion],
      ["model-build:simd", m.training.simd],
      ["model-build:epochs-run", m.training.epochsRun],
      ["model-build:best-epoch", m.training.bestEpoch],
      ["model-build:code:repository", m.code.repository],
      ["model-build:code:commit", m.code.commit],
      ["model-build:code:tree", m.code.tree],
      ["model-build:code:ref", m.code.ref],
      ["model-build:dirty", m.dirty ?? m.code.dirty],
      ["model-build:config:path", m.config.path],
      ["model-build:config:digest", m.config.digest],
      ["model-build:variant", m.variant?.id],
      ["model-build:variant:overrides", m.variant ? JSON.stringify(m.variant.overrides) : null],
      ["model-build:environment:node", m.environment.node],
      ["model-build:environment:platform", m.environment.platform],
      ["model-build:environment:arch", m.environment.arch],
      ["model-build:environment:lockfile-digest", m.environment.lockfileDigest]
    ]),
    ...parts.length > 0 ? { components: parts } : {}
  };
}
function dataComponent(d) {
  const read = d.actual !== void 0 ? d.actual : d.hash;
  const identity = digestIdentity(read);
  const versionedBy = d.kind === null ? "not versioned" : d.kind === "git" ? "git" : d.kind === "lfs" ? "Git LFS" : "DVC";
  return {
    type: "data",
    "bom-ref": `data:${d.path}`,
    name: d.path,
    description: `data read by the build, versioned by ${versionedBy}${d.pointer && d.pointer !== d.path ? ` (${d.pointer})` : ""}`,
    ...identity,
    data: [{ type: "dataset", name: d.path }],
    properties: props([
      ["model-build:data:kind", d.kind],
      ["model-build:data:pointer", d.pointer],
      ["model-build:data:recorded-digest", d.hash],
      ["model-build:data:read-digest", read],
      ["model-build:data:status", d.status],
      ["model-build:data:size", d.size],
      ["model-build:data:rows", d.rows]
    ])
  };
}
function digestIdentity(digest) {
  const m = digest ? /^([a-z0-9-]+):([0-9a-f]+)$/.exec(digest) : null;
  if (!m) return {};
  const [, kind, hex] = m;
  if (kind === "md5" && hex.length === 32) return { hashes: [{ alg: "MD5", content: hex }] };
  if (kind === "sha256" && hex.length === 64) return { hashes: [{ alg: "SHA-256", content: hex }] };
  if (kind === "git" && hex.length === 40) return { omniborId: [`gitoid:blob:sha1:${hex}`], swhid: [`swh:1:cnt:${hex}`] };
  if (kind === "git" && hex.length === 64) return { omniborId: [`gitoid:blob:sha256:${hex}`] };
  return {};
}
function lockfileLibraries(lockBytes) {
  const lock = parseJson(lockBytes);
  const packages = lock?.packages ?? {};
  const purlAt = /* @__PURE__ */ new Map();
  const byPurl = /* @__PURE__ */ new Map();
  for (const [at, p] of Object.entries(packages)) {
    if (at === "" || !p.version) continue;
    const name = at.slice(at.lastIndexOf("node_modules/") + "node_modules/".length);
    const purl = npmPurl(name, p.version);
    purlAt.set(at, purl);
    if (byPurl.has(purl)) continue;
    const scope = name.startsWith("@") ? name.slice(0, name.indexOf("/")) : void 0;
    const hashes = integrityHashes(p.integrity);
    byPurl.set(purl, {
      ref: purl,
      dependsOn: [],
      component: {
        type: "library",
        "bom-ref": purl,
        ...scope ? { group: scope } : {},
        name: scope ? name.slice(scope.length + 1) : name,
        version: p.version,
        ...hashes.length > 0 ? { hashes } : {},
        ...p.license ? { licenses: licenseChoice(p.license) } : {},
        purl
      }
    });
  }
  const resolve = (from, dep) => {
    for (let base = from; ; ) {
      const hit = purlAt.get(`${base ? `${base}/` : ""}node_modules/${dep}`);
      if (hit) return hit;
      if (base === "") return void 0;
      const up = base.lastIndexOf("/node_modules/");
      base = up < 0 ? "" : base.slice(0, up);
    }
  };
  for (const [at, p] of Object.entries(packages)) {
    const lib = at === "" ? void 0 : byPurl.get(purlAt.get(at) ?? "");
    if (!lib) continue;
    for (const dep of Object.keys({ ...p.dependencies, ...p.optionalDependencies })) {
      const target = resolve(at, dep);
      if (target && target !== lib.ref && !lib.dependsOn.includes(target)) lib.dependsOn.push(target);
    }
  }
  const root = packages[""];
  const direct = Object.keys({ ...root?.dependencies, ...root?.optionalDependencies }).map((d) => resolve("", d)).filter((r) => r !== void 0);
  return { components: [...byPurl.values()], direct: [...new Set(direct)] };
}
function npmPurl(name, version2) {
  const enc = (s) => encodeURIComponent(s).replace(/%3A/g, ":");
  const lower = name.toLowerCase();
  const slash = lower.startsWith("@") ? lower.indexOf("/") : -1;
  const path2 = slash > 0 ? `${enc(lower.slice(0, slash))}/${enc(lower.slice(slash + 1))}` : enc(lower);
  return `pkg:npm/${path2}@${enc(version2).replace(/%2B/g, "+")}`;
}
function integrityHashes(integrity) {
  const algs = { sha1: "SHA-1", sha256: "SHA-256", sha384: "SHA-384", sha512: "SHA-512" };
  const out = [];
  for (const part of (integrity ?? "").split(/\s+/)) {
    const m = /^(sha1|sha256|sha384|sha512)-([A-Za-z0-9+/]+={0,2})$/.exec(part);
    if (!m) continue;
    const alg = algs[m[1]];
    const content = Buffer.from(m[2], "base64").toString("hex");
    if (!out.some((h) => h.alg === alg)) out.push({ alg, content });
  }
  return out.sort((a, b) => compareBytes(a.alg, b.alg));
}
function licenseChoice(license) {
  const tokens = license.trim().split(/\s+/);
  const spdxLike = tokens.every((t) => /^(AND|OR|WITH)$/.test(t) || /^\(*[A-Za-z0-9][A-Za-z0-9.+-]*\)*$/.test(t)) && !/^(SEE|UNLICENSED)$/i.test(tokens[0] ?? "");
  return spdxLike ? [{ expression: license.trim() }] : [{ license: { name: license } }];
}
function vcsUrl(remote) {
  if (!remote) return null;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(remote)) return remote;
  const scp = /^([^@/:]+@)?([^/:]+):(?!\/\/)(.+)$/.exec(remote);
  if (scp && !/^[a-z]:[\\/]/i.test(remote)) return `ssh://${scp[1] ?? ""}${scp[2]}/${scp[3].replace(/^\//, "")}`;
  if (remote.startsWith("/")) return `file://${remote.split("/").map(encodeURIComponent).join("/")}`;
  return null;
}
function describeArchitecture(topology) {
  const t = topology;
  const layers = (Array.isArray(t?.config) ? t?.config : t?.config?.layers) ?? [];
  if (layers.length === 0) return { family: "neural network", description: "TensorFlow.js layers model" };
  const kinds = layers.map((l) => l.class_name ?? "Layer");
  const family = kinds.every((k) => ["Dense", "Dropout", "InputLayer", "Activation", "BatchNormalization"].includes(k)) ? "multilayer perceptron" : kinds.some((k) => /^Conv/.test(k)) ? "convolutional neural network" : kinds.some((k) => /^(LSTM|GRU|SimpleRNN|Bidirectional)$/.test(k)) ? "recurrent neural network" : "neural network";
  const width = layers.map((l) => l.config?.batch_input_shape).find((s) => Array.isArray(s))?.[1];
  const steps = layers.filter((l) => l.class_name !== "InputLayer").map((l) => {
    const c = l.config ?? {};
    if (l.class_name === "Dense") return `Dense(${c.units ?? "?"}${c.activation ? `, ${c.activation}` : ""})`;
    if (l.class_name === "Dropout") return `Dropout(${c.rate ?? "?"})`;
    return l.class_name ?? "Layer";
  });
  const head = typeof width === "number" ? [`${width} inputs`] : [];
  return { family, description: `${t?.class_name ?? "Model"}: ${[...head, ...steps].join(" \u2192 ")}` };
}
function countParameters(manifest) {
  if (!Array.isArray(manifest)) return null;
  let n = 0;
  for (const group of manifest) {
    for (const w of group.weights ?? []) n += (w.shape ?? []).reduce((a, b) => a * b, 1);
  }
  return n;
}
function inputFormat(f) {
  switch (f.kind) {
    case "categorical": {
      const c = f.categories ?? [];
      return `${f.name}: string, one of ${c.length <= 30 ? c.join(", ") : `${c.length} categories (see input.schema.json)`}`;
    }
    case "bucketized":
      return `${f.name}: number, bucketized at ${(f.boundaries ?? []).map(readable).join(", ")}`;
    default:
      return `${f.name}: ${f.type}`;
  }
}
function outputFormats(m) {
  if (m.task === "regression") return [{ format: `value: number, the predicted ${m.label}` }];
  const classes = m.classes ?? [];
  return [
    { format: `label: string, the most probable ${m.label}${classes.length > 0 && classes.length <= 30 ? `: one of ${classes.join(", ")}` : ""}` },
    { format: `probabilities: object, each class of ${m.label} with its probability (they sum to 1)` }
  ];
}
function considerations(m, fields) {
  const limitations = [];
  if (m.dirty) limitations.push(`Not a clean build (forced with --allow-dirty); it cannot be reproduced from the recorded versions: ${(m.problems ?? []).join("; ") || "the working tree was dirty"}`);
  for (const f of fields) {
    if (f.range) limitations.push(`${f.name} ranged from ${readable(f.range[0])} to ${readable(f.range[1])} in training; outside that range the model extrapolates`);
    if (f.kind === "categorical") limitations.push(`${f.name}: categories not seen in training, and missing values, share one slot`);
  }
  limitations.push(
    `Trained and evaluated with TensorFlow.js ${m.training.tfjsVersion} on the ${m.training.backend} backend; other backends may give slightly different numbers`
  );
  return {
    ...m.intendedUse ? { useCases: [m.intendedUse] } : {},
    technicalLimitations: limitations
  };
}
function uuidV5(namespace, name) {
  const ns = Buffer.from(namespace.replace(/-/g, ""), "hex");
  const b = createHash("sha1").update(ns).update(name, "utf8").digest().subarray(0, 16);
  b[6] = b[6] & 15 | 80;
  b[8] = b[8] & 63 | 128;
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
function parseJson(bytes) {
  if (!bytes) return void 0;
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch {
    return void 0;
  }
}

// src/core/package/modelCard.ts
var fmt = (v) => Number.isInteger(v) ? String(v) : v.toFixed(4);
function modelCard(m, io) {
  const lines = [`# Model card: ${m.name}${m.version ? ` ${m.version}` : ""}`, ""];
  if (m.dirty) {
    lines.push(
      "> **Warning: not a clean build.** It was forced with `--allow-dirty`; it cannot be reproduced from the recorded versions.",
      ...(m.problems ?? []).map((p) => `> - ${p}`),
      ""
    );
  }
  if (m.description) lines.push(m.description, "");
  lines.push("## Intended use", "", m.intendedUse ?? "_Not stated: set `intendedUse` in the config._", "");
  lines.push(
    "## Model",
    "",
    `- Task: ${m.task}, predicting \`${m.label}\`${m.classes ? ` (classes: ${m.classes.join(", ")})` : ""}`,
    m.training.trainer?.name === "dense" ? `- Trained by model-build's dense trainer (${m.training.trainer.shards} shards per batch: the same weights on any CPU and core count), seed ${m.training.seed}; initialized, saved and validated with TensorFlow.js ${m.training.tfjsVersion} on the ${m.training.backend} backend` : `- Trained with TensorFlow.js ${m.training.tfjsVersion} on the ${m.training.backend} backend, seed ${m.training.seed}`,
    `- ${m.training.epochsRun} epochs${m.training.stoppedEarly ? `, stopped early; weights from epoch ${m.training.bestEpoch}` : ""}`,
    "",
    "## Versions",
    "",
    `- Code: commit \`${m.code.commit}\` (tree \`${m.code.tree}\`)${m.code.ref ? ` on \`${m.code.ref}\`` : ""}${m.code.dirty ? " \u2014 **built from a dirty working tree**" : ""}`,
    `- Config: \`${m.config.path}\` (${m.config.digest})${m.variant ? `, sweep variant \`${m.variant.id}\`: ${Object.entries(m.variant.overrides).map(([k, v]) => `\`${k}\` = \`${JSON.stringify(v)}\``).join(", ")}` : ""}`,
    "",
    "| data | versioned by | hash | size | rows |",
    "| --- | --- | --- | --- | --- |",
    ...m.data.map((d) => {
      const differs = d.actual !== void 0 && d.actual !== d.hash;
      const hash = `\`${d.hash ?? "\u2014"}\`${differs ? ` \u2014 **read ${d.actual ? `\`${d.actual}\`` : "unknown bytes"} (${d.status ?? "modified"})**` : ""}`;
      return `| \`${d.path}\` | ${d.kind ?? "not versioned"}${d.pointer && d.pointer !== d.path ? ` (\`${d.pointer}\`)` : ""} | ${hash} | ${d.size ?? "\u2014"} | ${d.rows ?? "\u2014"} |`;
    }),
    "",
    "## Validation metrics",
    "",
    "| metric | value |",
    "| --- | --- |",
    ...Object.entries(m.metrics).filter((e) => typeof e[1] === "number").map(([k, v]) => `| ${k} | ${fmt(v)} |`),
    ""
  );
  if (m.gates.length > 0) {
    lines.push("## Gates", "", "| gate | result | value |", "| --- | --- | --- |");
    for (const g of m.gates) lines.push(`| ${g.metric} ${g.op} ${g.threshold} | ${g.passed ? "passed" : "**failed**"} | ${fmt(g.actual)} |`);
    lines.push("");
  }
  if (m.training.history.length > 0) {
    lines.push("## Training curve", "", trainingChart(m.training.history), "", "Lines: training loss, then validation loss.", "");
  }
  if (io) lines.push(...usage(m, io));
  lines.push(
    "## Running it",
    "",
    "```sh",
    "npm ci",
    "node predict.mjs < records.jsonl > predictions.jsonl",
    "```",
    "",
    "`sha256sum -c MANIFEST.sha256` verifies every file of this package.",
    ""
  );
  return lines.join("\n");
}
function trainingChart(history) {
  return [
    "```mermaid",
    "xychart-beta",
    '  title "loss per epoch"',
    `  x-axis [${history.map((e) => e.epoch).join(", ")}]`,
    '  y-axis "loss"',
    `  line [${history.map((e) => fmt(e.loss)).join(", ")}]`,
    `  line [${history.map((e) => fmt(e.val_loss)).join(", ")}]`,
    "```"
  ].join("\n");
}
var cell = (s) => s.replace(/\|/g, "\\|");
function seenCell(f) {
  if (f.categories) {
    const shown = f.categories.slice(0, 30).map((c) => `\`${cell(c)}\``);
    return `${shown.join(", ")}${f.categories.length > 30 ? `, \u2026 (${f.categories.length} in all, see input.schema.json)` : ""}`;
  }
  const range = f.range ? `${readable(f.range[0])} to ${readable(f.range[1])}` : "\u2014";
  return f.boundaries ? `${range}; buckets cut at ${f.boundaries.map(readable).join(", ")}` : range;
}
function usage(m, io) {
  const fields = describeInputs(io.preprocessor, io.profile);
  const record = JSON.stringify(exampleRecord(fields));
  const tfjs = m.environment.dependencies["@tensorflow/tfjs"] ?? "latest";
  return [
    "## Inputs",
    "",
    `One record is a JSON object with these fields (\`input.schema.json\` is its JSON Schema). Every field may be missing; other fields are ignored. Values outside the training range are accepted. Categories not seen in training are refused by the schema; the predictor gives them the slot for unseen values.`,
    "",
    "| field | type | seen in training | missing or null \u2192 |",
    "| --- | --- | --- | --- |",
    ...fields.map((f) => `| \`${cell(f.name)}\` | ${f.kind === "categorical" ? "category (text)" : f.kind === "bucketized" ? "number (bucketized)" : f.type} | ${seenCell(f)} | ${cell(f.missing)} |`),
    "",
    "## Outputs",
    "",
    `Per record, ${outputMeaning(io.preprocessor, io.profile)}. \`output.schema.json\` is its JSON Schema.`,
    "",
    "## Use it in a browser",
    "",
    `Unpack the package, run \`npm ci\` in it (TensorFlow.js ${tfjs} lands in \`node_modules/\`), save this page as \`index.html\` beside \`predictor.mjs\`, serve the folder with any static server (\`python3 -m http.server\`) and open it. Without \`npm ci\`, point the import map at \`https://cdn.jsdelivr.net/npm/@tensorflow/tfjs@${tfjs}/dist/tf.fesm.min.js\`.`,
    "",
    "```html",
    "<!doctype html>",
    '<meta charset="utf-8">',
    '<script type="importmap">',
    '  { "imports": { "@tensorflow/tfjs": "./node_modules/@tensorflow/tfjs/dist/tf.fesm.min.js" } }',
    "</script>",
    '<pre id="predictions">loading\u2026</pre>',
    '<script type="module">',
    "  import { loadPredictor } from './predictor.mjs';",
    "  const predictor = await loadPredictor(new URL('./', import.meta.url));",
    // `<` escaped: a value holding `</script>` must not end the script element.
    `  const records = [${record.replace(/</g, "\\u003c")}];`,
    "  document.getElementById('predictions').textContent = JSON.stringify(predictor.predict(records), null, 2);",
    "</script>",
    "```",
    "",
    "## Use it in Node",
    "",
    "In the unpacked package, `npm ci`, then save this as `example.mjs` and run `node example.mjs`:",
    "",
    "```js",
    "import { readFile } from 'node:fs/promises';",
    "import { loadPredictor } from './predictor.mjs';",
    "const predictor = await loadPredictor((file) => readFile(new URL(file, import.meta.url)));",
    `console.log(JSON.stringify(predictor.predict([${record}])));`,
    "predictor.dispose();",
    "```",
    "",
    '`predictor.mjs` has no Node built-ins: it runs in browsers, Node, Deno, Bun and Web Workers (types: `predictor.d.mts`). `loadPredictor` takes the package folder\'s URL, a function that reads a file of the package, or the files themselves (`{ "preprocessor.json", "model/model.json", "model/weights.bin" }`); pass `{ tf }` to run on another TensorFlow.js (e.g. `@tensorflow/tfjs-node`). It uses TensorFlow.js\'s current backend: numbers can differ from training\'s in the last digits.',
    "",
    "## Use it over HTTP",
    "",
    `With model-build installed (Node 20+; see its README), serve this package's \`.zip\` as it is (every digest is verified before the model loads) on \`http://127.0.0.1:8080\`, this machine only (\`--host\`, \`--port\` to change):`,
    "",
    "```sh",
    `npx model-build serve ${m.name}-*.zip`,
    "```",
    "",
    "and from another terminal:",
    "",
    "```sh",
    // Single-quoted for the shell: a quote in a value is closed, escaped and reopened.
    `curl -s http://127.0.0.1:8080/predict -H 'content-type: application/json' -d '[${record.replace(/'/g, "'\\''")}]'`,
    "```",
    "",
    'The answer is `{"predictions": [...]}`, one per record as in Outputs (`Accept: application/x-ndjson` gives JSON Lines). `POST /predict` also reads JSON Lines (`application/x-ndjson`) and CSV (`text/csv`, with a header row); a record that does not match `input.schema.json` is answered 400 naming the record, the field and what it takes. `GET /schema` returns both schemas, `GET /metadata` this package\'s `metadata.json`, `GET /health` 200 once the model is loaded. SIGTERM finishes the requests in flight, then stops.',
    ""
  ];
}

// src/core/package/zip.ts
import { closeSync, fstatSync, fsyncSync, openSync, readSync, renameSync, rmSync, writeSync } from "node:fs";
import { deflateRawSync, inflateRawSync } from "node:zlib";
var ZIP_DEFAULT_LIMITS = {
  maxTotalBytes: 2 * 1024 ** 3,
  maxEntryBytes: 1024 ** 3,
  maxRatio: 200,
  maxEntries: 1e4,
  // 10 000 entries with names of a few KiB each; model-build's own is a few KiB.
  maxCentralDirectoryBytes: 64 * 1024 ** 2
};
var RATIO_EXEMPT_BYTES = 1024 * 1024;
var SIG_LOCAL = 67324752;
var SIG_CENTRAL = 33639248;
var SIG_EOCD = 101010256;
var SIG_ZIP64_LOCATOR = 117853008;
var SIG_DATA_DESCRIPTOR = 134695760;
var ZIP64_LOCATOR_SIZE = 20;
var EOCD_SIZE = 22;
var LOCAL_SIZE = 30;
var CENTRAL_SIZE = 46;
var EOCD_SEARCH = EOCD_SIZE + 65535;
var U32_MAX = 4294967295;
var U16_MAX = 65535;
var FLAG_ENCRYPTED = 1;
var FLAG_DATA_DESCRIPTOR = 8;
var FLAG_STRONG_ENCRYPTION = 64;
var FLAG_UTF8 = 2048;
var HOST_UNIX = 3;
var VERSION_MADE_BY = HOST_UNIX << 8 | 20;
var S_IFMT = 61440;
var S_IFREG = 32768;
var S_IFDIR = 16384;
var S_IFLNK = 40960;
var EXTRA_ZIP64 = 1;
var EXTRA_UNICODE_PATH = 28789;
var CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
    table[n] = c;
  }
  return table;
})();
function crc32(data, crc = 0) {
  let c = ~crc;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 255] ^ c >>> 8;
  return ~c >>> 0;
}
function unsafeName(name) {
  if (name === "") return "is empty";
  if (name.includes("\0")) return "contains a NUL byte";
  if (/[\x01-\x1f\x7f]/.test(name)) return "contains a control character";
  if (name.includes("\\")) return "contains a backslash (a path separator on Windows)";
  if (name.startsWith("/")) return "is an absolute path";
  if (/^[A-Za-z]:/.test(name)) return "starts with a drive letter";
  for (const segment of name.split("/")) {
    if (segment === "") return "has an empty path segment";
    if (segment === "..") return 'has a ".." path segment (zip-slip)';
    if (/^[. ]+$/.test(segment)) return "has a path segment made only of dots or spaces";
  }
  return null;
}
var show = (name) => JSON.stringify(name);
var entryLabel = (name) => `zip entry ${show(name)}`;
var foldKey = (name) => name.normalize("NFC").toLowerCase().normalize("NFC");
function checkCollisions(entries, fail) {
  const hint = "extracting would silently overwrite one of the entries; give every file a distinct name (ignoring case)";
  const exact = /* @__PURE__ */ new Map();
  const nfc = /* @__PURE__ */ new Map();
  const folded = /* @__PURE__ */ new Map();
  const files = /* @__PURE__ */ new Map();
  const folders = /* @__PURE__ */ new Map();
  for (const { name, folder } of entries) {
    const full = folder ? `${name}/` : name;
    const seen = exact.get(full);
    if (seen !== void 0) fail(`${entryLabel(full)}: duplicate name`, hint);
    exact.set(full, full);
    const n = `${name.normalize("NFC")}${folder ? "/" : ""}`;
    const sameNfc = nfc.get(n);
    if (sameNfc !== void 0) fail(`${entryLabel(full)}: collides with ${show(sameNfc)} after Unicode normalization (NFC)`, hint);
    nfc.set(n, full);
    const f = `${foldKey(name)}${folder ? "/" : ""}`;
    const sameFold = folded.get(f);
    if (sameFold !== void 0) fail(`${entryLabel(full)}: collides with ${show(sameFold)} on case-insensitive file systems`, hint);
    folded.set(f, full);
    const key = foldKey(name);
    if (!folder) files.set(key, full);
    const parts = name.split("/");
    for (let i = 1; i <= parts.length - (folder ? 0 : 1); i++) {
      const prefix = foldKey(parts.slice(0, i).join("/"));
      if (!folders.has(prefix)) folders.set(prefix, full);
    }
  }
  for (const [key, file] of files) {
    const other = folders.get(key);
    if (other !== void 0) fail(`${entryLabel(file)}: is a file, but ${show(other)} needs a folder at the same path`, hint);
  }
}
var DOS_MIN = Date.UTC(1980, 0, 1, 0, 0, 0);
var DOS_MAX = Date.UTC(2107, 11, 31, 23, 59, 58);
function toDosDateTime(mtime) {
  const ms = Math.min(DOS_MAX, Math.max(DOS_MIN, Math.floor(mtime) * 1e3));
  const d = new Date(ms);
  return {
    time: d.getUTCHours() << 11 | d.getUTCMinutes() << 5 | d.getUTCSeconds() >> 1,
    date: d.getUTCFullYear() - 1980 << 9 | d.getUTCMonth() + 1 << 5 | d.getUTCDate()
  };
}
function fromDosDateTime(time, date) {
  const ms = Date.UTC(
    1980 + (date >>> 9),
    (date >>> 5 & 15) - 1,
    date & 31,
    time >>> 11,
    time >>> 5 & 63,
    (time & 31) * 2
  );
  return Math.floor(ms / 1e3);
}
function writeFail(message, hint) {
  throw new ModelBuildError("PACKAGE_INVALID", `cannot write zip: ${message}`, { hint });
}
function writeZip(entries, options) {
  const level = options.level ?? 9;
  if (!Number.isInteger(level) || level < 0 || level > 9) {
    writeFail(`compression level ${String(level)} is not an integer from 0 to 9`, "pass a level from 0 (store) to 9 (smallest)");
  }
  if (typeof options.mtime !== "number" || !Number.isFinite(options.mtime)) {
    writeFail(`mtime ${String(options.mtime)} is not a number of seconds`, "pass seconds since the epoch, e.g. SOURCE_DATE_EPOCH");
  }
  if (entries.length > U16_MAX) {
    writeFail(`${entries.length} entries; zip without ZIP64 holds at most ${U16_MAX}`, "package fewer files, e.g. by bundling small ones");
  }
  const nameHint = 'package file names must be relative paths with "/" separators and no "." or ".." segments';
  const prepared = entries.map((entry) => {
    const { name, data } = entry;
    if (typeof name !== "string") writeFail(`entry name ${String(name)} is not a string`, nameHint);
    const nameBytes = Buffer.from(name, "utf8");
    if (nameBytes.toString("utf8") !== name) writeFail(`${entryLabel(name)}: unsafe name: is not valid Unicode`, nameHint);
    if (name.endsWith("/")) writeFail(`${entryLabel(name)}: unsafe name: ends in "/" (folder entries are not written)`, nameHint);
    const reason = unsafeName(name);
    if (reason) writeFail(`${entryLabel(name)}: unsafe name: ${reason}`, nameHint);
    if (nameBytes.length > U16_MAX) writeFail(`${entryLabel(name)}: name is longer than ${U16_MAX} bytes`, nameHint);
    if (!(data instanceof Uint8Array)) writeFail(`${entryLabel(name)}: data is not a Buffer`, "pass file contents as a Buffer");
    if (data.length > U32_MAX) {
      writeFail(`${entryLabel(name)}: ${data.length} bytes; zip without ZIP64 holds at most ${U32_MAX} per entry`, "package smaller files");
    }
    return { name, nameBytes, data, executable: entry.executable === true };
  });
  prepared.sort((a, b) => Buffer.compare(a.nameBytes, b.nameBytes));
  checkCollisions(
    prepared.map(({ name }) => ({ name, folder: false })),
    (message, hint) => writeFail(message, hint)
  );
  const { time, date } = toDosDateTime(options.mtime);
  const parts = [];
  const central = [];
  let offset = 0;
  const archiveTooBig = () => writeFail(`the archive would exceed ${U32_MAX} bytes; ZIP64 is not supported`, "package fewer or smaller files");
  for (const entry of prepared) {
    const crc = crc32(entry.data);
    let method = 0;
    let stored = entry.data;
    if (level > 0 && entry.data.length > 0) {
      const deflated = deflateRawSync(entry.data, { level });
      if (deflated.length < entry.data.length) {
        method = 8;
        stored = deflated;
      }
    }
    const versionNeeded = method === 8 ? 20 : 10;
    const local = Buffer.alloc(LOCAL_SIZE);
    local.writeUInt32LE(SIG_LOCAL, 0);
    local.writeUInt16LE(versionNeeded, 4);
    local.writeUInt16LE(FLAG_UTF8, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(stored.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(entry.nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const mode = entry.executable ? 33261 : 33188;
    const header = Buffer.alloc(CENTRAL_SIZE);
    header.writeUInt32LE(SIG_CENTRAL, 0);
    header.writeUInt16LE(VERSION_MADE_BY, 4);
    header.writeUInt16LE(versionNeeded, 6);
    header.writeUInt16LE(FLAG_UTF8, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt16LE(time, 12);
    header.writeUInt16LE(date, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(stored.length, 20);
    header.writeUInt32LE(entry.data.length, 24);
    header.writeUInt16LE(entry.nameBytes.length, 28);
    header.writeUInt32LE(mode << 16 >>> 0, 38);
    header.writeUInt32LE(offset, 42);
    parts.push(local, entry.nameBytes, stored);
    central.push(header, entry.nameBytes);
    offset += LOCAL_SIZE + entry.nameBytes.length + stored.length;
    if (offset > U32_MAX) archiveTooBig();
  }
  const centralSize = central.reduce((sum, b) => sum + b.length, 0);
  if (offset + centralSize + EOCD_SIZE > U32_MAX) archiveTooBig();
  const eocd = Buffer.alloc(EOCD_SIZE);
  eocd.writeUInt32LE(SIG_EOCD, 0);
  eocd.writeUInt16LE(prepared.length, 8);
  eocd.writeUInt16LE(prepared.length, 10);
  eocd.writeUInt32LE(centralSize, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, eocd]);
}
var HINT_BROKEN = "the file is not a complete zip archive: copy or download it again";
var HINT_UNSUPPORTED = "recreate the archive with model-build (or `zip -X`) without ZIP64, encryption, splitting or unusual compression";
var HINT_UNSAFE = "the archive may be malicious: do not extract it with other tools; recreate it from trusted files";
var HINT_TAMPERED = "the archive is corrupt or was modified after it was written: obtain a fresh copy";
var limitHint = (option) => `if the archive is trusted, raise the ${option} option; otherwise it may be a zip bomb`;
function extraFields(extra) {
  const fields = [];
  let p = 0;
  while (p + 4 <= extra.length) {
    const id = extra.readUInt16LE(p);
    const size = extra.readUInt16LE(p + 2);
    if (p + 4 + size > extra.length) break;
    fields.push({ id, data: extra.subarray(p + 4, p + 4 + size) });
    p += 4 + size;
  }
  return fields;
}
var utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
var utf8Lenient = new TextDecoder("utf-8", { ignoreBOM: true });
function bufferSource(buf) {
  return { size: buf.length, read: (offset, length) => buf.subarray(offset, offset + length) };
}
var ZipFile = class {
  size;
  bytesRead = 0;
  fd;
  /** Opens `file`, which the caller has checked is a regular file. */
  constructor(file) {
    const fd = openSync(file, "r");
    try {
      const st = fstatSync(fd);
      if (!st.isFile()) throw new Error("not a regular file");
      this.size = st.size;
    } catch (e) {
      closeSync(fd);
      throw e;
    }
    this.fd = fd;
  }
  read(offset, length) {
    if (this.fd === void 0) throw new Error("the archive is closed");
    const out = Buffer.alloc(length);
    let got = 0;
    while (got < length) {
      const n = readSync(this.fd, out, got, length - got, offset + got);
      if (n === 0) throw new Error(`the file ends at ${offset + got} bytes (it changed while being read)`);
      got += n;
    }
    this.bytesRead += got;
    return out;
  }
  close() {
    if (this.fd !== void 0) closeSync(this.fd);
    this.fd = void 0;
  }
};
var asSource = (input) => Buffer.isBuffer(input) ? bufferSource(input) : input;
function parse(input, options) {
  const source = options.display;
  const limits = { ...ZIP_DEFAULT_LIMITS, ...definedOnly(options) };
  const fail = (message, hint) => {
    throw new ModelBuildError("PACKAGE_INVALID", message, { hint, file: source });
  };
  if (!Buffer.isBuffer(input) && (typeof input !== "object" || input === null || typeof input.read !== "function")) {
    fail("not a zip archive: expected a Buffer", "pass the archive bytes as a Buffer");
  }
  const src = asSource(input);
  const size = src.size;
  if (size < EOCD_SIZE) fail(`not a zip archive: only ${size} bytes`, HINT_BROKEN);
  const tailStart = Math.max(0, size - EOCD_SEARCH - ZIP64_LOCATOR_SIZE);
  const tail = src.read(tailStart, size - tailStart);
  let at = -1;
  for (let i = tail.length - EOCD_SIZE; i >= Math.max(0, tail.length - EOCD_SEARCH); i--) {
    if (tail.readUInt32LE(i) === SIG_EOCD && i + EOCD_SIZE + tail.readUInt16LE(i + 20) === tail.length) {
      at = i;
      break;
    }
  }
  if (at < 0) fail("not a zip archive (or truncated): no end-of-central-directory record", HINT_BROKEN);
  const eocd = tailStart + at;
  const disk = tail.readUInt16LE(at + 4);
  const cdDisk = tail.readUInt16LE(at + 6);
  const onDisk = tail.readUInt16LE(at + 8);
  const total = tail.readUInt16LE(at + 10);
  const cdSize = tail.readUInt32LE(at + 12);
  const cdOffset = tail.readUInt32LE(at + 16);
  if (at >= ZIP64_LOCATOR_SIZE && tail.readUInt32LE(at - ZIP64_LOCATOR_SIZE) === SIG_ZIP64_LOCATOR || total === U16_MAX || onDisk === U16_MAX || cdSize === U32_MAX || cdOffset === U32_MAX) {
    fail("ZIP64 archives are not supported", HINT_UNSUPPORTED);
  }
  if (disk !== 0 || cdDisk !== 0 || onDisk !== total) fail("multi-disk (split) zip archives are not supported", HINT_UNSUPPORTED);
  if (total > limits.maxEntries) {
    fail(`zip archive has ${total} entries, more than the limit of ${limits.maxEntries}`, limitHint("maxEntries"));
  }
  const cdEnd = cdOffset + cdSize;
  if (cdEnd > eocd) {
    fail(`zip central directory out of bounds (offset ${cdOffset}, ${cdSize} bytes, but the record list ends at ${eocd})`, HINT_BROKEN);
  }
  if (cdSize > limits.maxCentralDirectoryBytes) {
    fail(`zip central directory is ${cdSize} bytes, more than the limit of ${limits.maxCentralDirectoryBytes}`, limitHint("maxCentralDirectoryBytes"));
  }
  if (cdEnd < eocd && prependedBy(src, eocd - cdEnd, cdOffset, cdSize)) {
    fail(`${eocd - cdEnd} bytes before the first zip entry (prepended data: the file may be a script or program with a zip archive appended)`, HINT_UNSAFE);
  }
  const cd = src.read(cdOffset, cdSize);
  const parsed = [];
  let totalBytes = 0;
  let totalCompressed = 0;
  let q = 0;
  for (let k = 0; k < total; k++) {
    const p = cdOffset + q;
    if (q + CENTRAL_SIZE > cdSize) fail(`zip central directory is truncated at entry ${k + 1} of ${total}`, HINT_BROKEN);
    if (cd.readUInt32LE(q) !== SIG_CENTRAL) {
      fail(`zip central directory is corrupt: no entry header at offset ${p} (entry ${k + 1} of ${total})`, HINT_BROKEN);
    }
    const flags = cd.readUInt16LE(q + 8);
    const method = cd.readUInt16LE(q + 10);
    const time = cd.readUInt16LE(q + 12);
    const date = cd.readUInt16LE(q + 14);
    const crc = cd.readUInt32LE(q + 16);
    const compressedSize = cd.readUInt32LE(q + 20);
    const size2 = cd.readUInt32LE(q + 24);
    const nameLength = cd.readUInt16LE(q + 28);
    const extraLength = cd.readUInt16LE(q + 30);
    const commentLength = cd.readUInt16LE(q + 32);
    const diskStart = cd.readUInt16LE(q + 34);
    const external = cd.readUInt32LE(q + 38);
    const start = cd.readUInt32LE(q + 42);
    const next = q + CENTRAL_SIZE + nameLength + extraLength + commentLength;
    if (next > cdSize) fail(`zip central directory is truncated at entry ${k + 1} of ${total}`, HINT_BROKEN);
    const nameBytes = cd.subarray(q + CENTRAL_SIZE, q + CENTRAL_SIZE + nameLength);
    const extras = extraFields(cd.subarray(q + CENTRAL_SIZE + nameLength, q + CENTRAL_SIZE + nameLength + extraLength));
    q = next;
    const raw = utf8Lenient.decode(nameBytes);
    const label = entryLabel(raw);
    if (compressedSize === U32_MAX || size2 === U32_MAX || start === U32_MAX || extras.some((f) => f.id === EXTRA_ZIP64)) {
      fail(`${label}: ZIP64 entries are not supported`, HINT_UNSUPPORTED);
    }
    if (diskStart !== 0) fail(`${label}: starts on disk ${diskStart}; multi-disk archives are not supported`, HINT_UNSUPPORTED);
    if (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) fail(`${label}: encrypted entries are not supported`, HINT_UNSUPPORTED);
    if (method !== 0 && method !== 8) {
      fail(`${label}: compression method ${method} is not supported (only 0 = stored and 8 = deflate)`, HINT_UNSUPPORTED);
    }
    let name;
    try {
      name = utf8.decode(nameBytes);
    } catch {
      return fail(`${label}: unsafe name: is not valid UTF-8`, HINT_UNSAFE);
    }
    const folder = name.endsWith("/") && name.length > 1;
    const bare = folder ? name.slice(0, -1) : name;
    const reason = unsafeName(bare);
    if (reason) fail(`${label}: unsafe name: ${reason}`, HINT_UNSAFE);
    checkUnicodePath(extras, nameBytes, name, label, fail);
    const unixMode = external >>> 16;
    const type = unixMode & S_IFMT;
    if (type === S_IFLNK) fail(`${label}: is a symbolic link`, HINT_UNSAFE);
    if (type !== 0 && type !== S_IFREG && type !== S_IFDIR) {
      fail(`${label}: is a special file (mode 0o${unixMode.toString(8)})`, HINT_UNSAFE);
    }
    if (type === S_IFDIR && !folder) fail(`${label}: is marked as a folder but its name does not end in "/"`, HINT_UNSAFE);
    if (folder && size2 !== 0) fail(`${label}: is a folder entry with ${size2} bytes of data`, HINT_UNSAFE);
    const mode = unixMode & 511 || 420;
    if (method === 0 && compressedSize !== size2) {
      fail(`${label}: stored entry is ${compressedSize} bytes but declares ${size2} uncompressed`, HINT_TAMPERED);
    }
    if (size2 > limits.maxEntryBytes) {
      fail(`${label}: declares ${size2} bytes, more than the per-entry limit of ${limits.maxEntryBytes}`, limitHint("maxEntryBytes"));
    }
    if (size2 > RATIO_EXEMPT_BYTES && size2 > compressedSize * limits.maxRatio) {
      const ratio = compressedSize === 0 ? "infinite" : `${Math.round(size2 / compressedSize)}:1`;
      fail(`${label}: compression ratio ${ratio} is over the limit of ${limits.maxRatio}:1`, limitHint("maxRatio"));
    }
    if (compressedSize > limits.maxEntryBytes) {
      fail(`${label}: declares ${compressedSize} compressed bytes, more than the per-entry limit of ${limits.maxEntryBytes}`, limitHint("maxEntryBytes"));
    }
    totalCompressed += compressedSize;
    if (totalCompressed > limits.maxTotalBytes) {
      fail(`zip archive declares more than ${limits.maxTotalBytes} compressed bytes in total (at ${label})`, limitHint("maxTotalBytes"));
    }
    totalBytes += size2;
    if (totalBytes > limits.maxTotalBytes) {
      fail(`zip archive declares more than ${limits.maxTotalBytes} uncompressed bytes in total (at ${label})`, limitHint("maxTotalBytes"));
    }
    if (start + LOCAL_SIZE > cdOffset) fail(`${label}: local header out of bounds (offset ${start})`, HINT_BROKEN);
    const local = src.read(start, LOCAL_SIZE);
    if (local.readUInt32LE(0) !== SIG_LOCAL) fail(`${label}: no local header at offset ${start}`, HINT_BROKEN);
    const localFlags = local.readUInt16LE(6);
    const localMethod = local.readUInt16LE(8);
    const localCrc = local.readUInt32LE(14);
    const localCompressed = local.readUInt32LE(18);
    const localSize = local.readUInt32LE(22);
    const localNameLength = local.readUInt16LE(26);
    const localExtraLength = local.readUInt16LE(28);
    const dataStart = start + LOCAL_SIZE + localNameLength + localExtraLength;
    if (dataStart > cdOffset) fail(`${label}: local header out of bounds (offset ${start}, ends at ${dataStart})`, HINT_BROKEN);
    const localTail = src.read(start + LOCAL_SIZE, localNameLength + localExtraLength);
    const localName = localTail.subarray(0, localNameLength);
    if (!localName.equals(nameBytes)) {
      fail(`${label}: local header names ${show(utf8Lenient.decode(localName))} instead`, HINT_UNSAFE);
    }
    const localExtras = extraFields(localTail.subarray(localNameLength));
    if (localExtras.some((f) => f.id === EXTRA_ZIP64)) fail(`${label}: ZIP64 entries are not supported (local header)`, HINT_UNSUPPORTED);
    checkUnicodePath(localExtras, nameBytes, name, label, fail);
    if (localFlags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) {
      fail(`${label}: encrypted entries are not supported (local header)`, HINT_UNSUPPORTED);
    }
    if (localMethod !== method) {
      fail(`${label}: local header says compression method ${localMethod}, the central directory ${method}`, HINT_TAMPERED);
    }
    const deferred = (localFlags & FLAG_DATA_DESCRIPTOR) !== 0;
    const agrees = (localValue, central) => localValue === central || deferred && localValue === 0;
    if (!agrees(localCrc, crc)) fail(`${label}: local header CRC-32 disagrees with the central directory`, HINT_TAMPERED);
    if (!agrees(localCompressed, compressedSize) || !agrees(localSize, size2)) {
      fail(`${label}: local header sizes disagree with the central directory`, HINT_TAMPERED);
    }
    const dataEnd = dataStart + compressedSize;
    if (dataEnd > cdOffset) fail(`${label}: data out of bounds (${compressedSize} bytes at offset ${dataStart})`, HINT_BROKEN);
    parsed.push({
      name: folder ? name : bare,
      size: size2,
      compressedSize,
      method,
      crc32: crc,
      mode,
      mtime: fromDosDateTime(time, date),
      folder,
      start,
      dataStart,
      dataEnd,
      deferred
    });
  }
  if (q !== cdSize) fail(`zip central directory size (${cdSize} bytes) disagrees with its ${total} entries`, HINT_BROKEN);
  checkCollisions(
    parsed.map((e) => ({ name: e.folder ? e.name.slice(0, -1) : e.name, folder: e.folder })),
    (message) => fail(message, HINT_UNSAFE)
  );
  const byStart = [...parsed].sort((a, b) => a.start - b.start);
  for (let i = 1; i < byStart.length; i++) {
    const prev = byStart[i - 1];
    const cur = byStart[i];
    if (cur.start < prev.dataEnd) fail(`${entryLabel(cur.name)}: overlaps entry ${show(prev.name)}`, HINT_UNSAFE);
  }
  checkNoHiddenBytes(src, byStart, cdOffset, cdEnd, eocd, fail);
  return parsed;
}
function prependedBy(src, delta, cdOffset, cdSize) {
  const at = cdOffset + delta;
  if (cdSize < CENTRAL_SIZE || src.read(at, 4).readUInt32LE(0) !== SIG_CENTRAL) return false;
  if (src.read(cdOffset, 4).readUInt32LE(0) === SIG_CENTRAL) return false;
  const local = src.read(at + 42, 4).readUInt32LE(0) + delta;
  return local + 4 <= at && src.read(local, 4).readUInt32LE(0) === SIG_LOCAL;
}
function checkNoHiddenBytes(src, byStart, cdOffset, cdEnd, eocd, fail) {
  const first = byStart[0]?.start ?? cdOffset;
  if (first > 0) {
    fail(
      `${first} bytes before the first zip ${byStart.length > 0 ? "entry" : "structure"} (prepended data: the file may be a script or program with a zip archive appended)`,
      HINT_UNSAFE
    );
  }
  for (let i = 0; i < byStart.length; i++) {
    const e = byStart[i];
    const next = i + 1 < byStart.length ? byStart[i + 1].start : cdOffset;
    const gap = next - e.dataEnd;
    if (gap === 0) continue;
    if (e.deferred && (gap === 12 || gap === 16)) {
      const d = src.read(e.dataEnd, gap);
      const o = gap === 16 ? 4 : 0;
      const signed = gap === 12 || d.readUInt32LE(0) === SIG_DATA_DESCRIPTOR;
      if (signed && d.readUInt32LE(o) === e.crc32 && d.readUInt32LE(o + 4) === e.compressedSize && d.readUInt32LE(o + 8) === e.size) continue;
      fail(`${entryLabel(e.name)}: its data descriptor disagrees with the central directory`, HINT_TAMPERED);
    }
    const where = i + 1 < byStart.length ? `before ${entryLabel(byStart[i + 1].name)}` : "before the central directory";
    fail(`${gap} unexplained bytes after ${entryLabel(e.name)}, ${where}`, HINT_UNSAFE);
  }
  if (cdEnd !== eocd) fail(`${eocd - cdEnd} unexplained bytes between the zip central directory and its end record`, HINT_UNSAFE);
}
function checkUnicodePath(extras, nameBytes, name, label, fail) {
  for (const { id, data } of extras) {
    if (id !== EXTRA_UNICODE_PATH || data.length < 5) continue;
    if (data.readUInt32LE(1) !== crc32(nameBytes)) continue;
    if (!data.subarray(5).equals(Buffer.from(name, "utf8"))) {
      fail(`${label}: Unicode path field names ${show(utf8Lenient.decode(data.subarray(5)))} instead`, HINT_UNSAFE);
    }
  }
}
function definedOnly(options) {
  const out = {};
  for (const key of Object.keys(ZIP_DEFAULT_LIMITS)) {
    const value = options[key];
    if (value !== void 0) out[key] = value;
  }
  return out;
}
function guarded(source, run) {
  try {
    return run();
  } catch (e) {
    if (ModelBuildError.is(e)) throw e;
    throw new ModelBuildError("PACKAGE_INVALID", `zip archive is malformed: ${e.message}`, {
      hint: HINT_BROKEN,
      file: source,
      cause: e
    });
  }
}
function readZip(input, options = {}) {
  return guarded(options.display, () => {
    const fail = (message, hint) => {
      throw new ModelBuildError("PACKAGE_INVALID", message, { hint, file: options.display });
    };
    const src = asSource(input);
    const parsed = parse(src, options).filter((e) => !e.folder);
    options.accept?.(parsed.map(({ name, size, compressedSize, method, crc32: crc, mode, mtime }) => ({ name, size, compressedSize, method, crc32: crc, mode, mtime })));
    const out = [];
    for (const entry of parsed) {
      const label = entryLabel(entry.name);
      const raw = src.read(entry.dataStart, entry.dataEnd - entry.dataStart);
      let data;
      if (entry.method === 0) {
        data = Buffer.from(raw);
      } else {
        try {
          data = inflateRawSync(raw, { maxOutputLength: entry.size + 1 });
        } catch (e) {
          const code = e.code;
          if (code === "ERR_BUFFER_TOO_LARGE") fail(`${label}: inflates to more than its declared ${entry.size} bytes`, HINT_UNSAFE);
          return fail(`${label}: compressed data is corrupt (${e.message})`, HINT_TAMPERED);
        }
      }
      if (data.length !== entry.size) {
        fail(`${label}: inflates to ${data.length} bytes, but declares ${entry.size}`, HINT_TAMPERED);
      }
      if (crc32(data) !== entry.crc32) fail(`${label}: CRC-32 mismatch (the data is corrupt or was tampered with)`, HINT_TAMPERED);
      out.push({ name: entry.name, data, mode: entry.mode, mtime: entry.mtime });
    }
    return out;
  });
}

// src/core/package/writePackage.ts
var sha2562 = (b) => createHash2("sha256").update(b).digest("hex");
var json = (v) => `${JSON.stringify(v, null, 2)}
`;
function packageFiles(input) {
  const { loaded, check, result, name } = input;
  const git = check.git;
  if (!git) throw new ModelBuildError("INTERNAL", "cannot package a build without a git commit");
  const config = loaded.config;
  const problems = [...input.problems ?? []];
  const runtimeLock = JSON.parse(readFileSync(ownFile("dist/package/runtime-lock.json"), "utf8"));
  const pkgName = `${name.toLowerCase().replace(/[^a-z0-9._-]/g, "-")}-model`;
  const pkgVersion = config.version && /^\d+\.\d+\.\d+/.test(config.version) ? config.version : "0.0.0";
  const packageJson = {
    name: pkgName,
    version: pkgVersion,
    private: true,
    description: `${name}: a model built by model-build. Run: npm ci && node predict.mjs < records.jsonl; or import { loadPredictor } from predictor.mjs (see MODEL_CARD.md)`,
    type: "module",
    main: "predict.mjs",
    scripts: { predict: "node predict.mjs" },
    engines: { node: ">=20" },
    dependencies: runtimeLock.dependencies
  };
  const lockfile = {
    name: pkgName,
    version: pkgVersion,
    lockfileVersion: 3,
    requires: true,
    packages: { "": { name: pkgName, version: pkgVersion, dependencies: runtimeLock.dependencies, engines: { node: ">=20" } }, ...runtimeLock.packages }
  };
  const files = /* @__PURE__ */ new Map([
    ["model/model.json", Buffer.from(json(input.model.modelJson))],
    ["model/weights.bin", input.model.weights],
    ["preprocessor.json", Buffer.from(preprocessorJson(input.preprocessor))],
    ["metrics.json", Buffer.from(json(result))],
    ["profile.json", Buffer.from(json(input.profile))],
    ["package.json", Buffer.from(json(packageJson))],
    ["package-lock.json", Buffer.from(json(lockfile))],
    ["predict.mjs", readFileSync(ownFile("dist/package/predict.mjs"))],
    ["predictor.mjs", readFileSync(ownFile("dist/package/predictor.mjs"))],
    ["predictor.d.mts", readFileSync(ownFile("dist/package/predictor.d.mts"))],
    ["input.schema.json", Buffer.from(json(inputSchema(name, input.preprocessor, describeInputs(input.preprocessor, input.profile))))],
    ["output.schema.json", Buffer.from(json(outputSchema(name, input.preprocessor, input.profile)))]
  ]);
  const realRoot = resolveReal(git.root).real;
  const realRel = (abs) => toPosix(path.relative(realRoot, resolveReal(abs).real));
  const dataPaths = loaded.dataPaths.map((d) => realRel(d.path));
  const readsIt = (p) => dataPaths.some((d) => p === d || p.startsWith(`${d}/`) || d.startsWith(`${p}/`));
  const rowsByRel = new Map([...input.rows].map(([abs, n]) => [realRel(abs), n]));
  const metadata = {
    format: METADATA_FORMAT,
    name,
    version: config.version ?? null,
    description: config.description ?? null,
    intendedUse: config.intendedUse ?? null,
    timestamp: new Date(input.mtime * 1e3).toISOString().replace(".000Z", "Z"),
    createdBy: { tool: "model-build", version: ownVersion() },
    dirty: git.dirty || problems.length > 0,
    problems,
    code: {
      repository: git.remote,
      commit: git.commit,
      tree: git.tree,
      ref: input.ref !== void 0 ? input.ref : git.ref,
      dirty: git.dirty,
      dirtyPaths: git.dirtyPaths.map((d) => d.path)
    },
    data: check.data.filter((d) => readsIt(d.path)).map((d) => ({
      path: d.path,
      pointer: d.pointer,
      kind: d.kind,
      hash: d.expected,
      // What was read: the pointer's digest only when the check proved the bytes match it.
      actual: input.actual?.get(d.path) ?? (d.status === "ok" ? d.expected : d.actual),
      status: d.status,
      size: d.size.expected ?? d.size.actual,
      rows: rowsByRel.get(d.path) ?? null
    })),
    config: { path: toPosix(path.relative(git.root, loaded.file)), digest: loaded.digest, resolved: config },
    ...loaded.variant ? { variant: { id: loaded.variant.id, overrides: loaded.variant.overrides } } : {},
    task: result.task,
    label: result.label,
    classes: result.classes ?? null,
    training: {
      seed: result.seed,
      backend: result.runtime.backend,
      backendVersion: result.runtime.backendVersion,
      tfjsVersion: result.runtime.tfjsVersion,
      simd: result.runtime.simd,
      trainer: result.trainer,
      epochsRun: result.epochsRun,
      bestEpoch: result.bestEpoch,
      stoppedEarly: result.stoppedEarly,
      history: result.history
    },
    metrics: result.metrics,
    gates: result.gates,
    gatesPassed: result.gatesPassed,
    environment: {
      node: process.versions.node,
      platform: process.platform,
      arch: process.arch,
      dependencies: runtimeLock.dependencies,
      lockfileDigest: `sha256:${sha2562(files.get("package-lock.json"))}`
    },
    files: {}
  };
  files.set("MODEL_CARD.md", Buffer.from(modelCard(metadata, { preprocessor: input.preprocessor, profile: input.profile })));
  files.set(BOM_FILE, Buffer.from(bomText({ metadata, files, preprocessor: input.preprocessor, profile: input.profile })));
  metadata.files = Object.fromEntries([...files.keys()].sort(compareBytes).map((f) => [f, `sha256:${sha2562(files.get(f))}`]));
  validateMetadata(metadata, "metadata.json (as written)");
  files.set("metadata.json", Buffer.from(json(metadata)));
  const manifest = [...files.keys()].sort(compareBytes).map((f) => `${sha2562(files.get(f))}  ${f}
`).join("");
  files.set("MANIFEST.sha256", Buffer.from(manifest));
  return { files, metadata };
}
function archiveName(metadata) {
  return `${metadata.name}${metadata.variant ? `-${metadata.variant.id}` : ""}-${metadata.code.commit.slice(0, 12)}${metadata.dirty ? "-dirty" : ""}.zip`;
}
function archivePackage(input, outDir) {
  const { files, metadata } = packageFiles(input);
  const bytes = writeZip(
    [...files].map(([name, data]) => ({ name, data })),
    { mtime: input.mtime, level: input.level ?? 9 }
  );
  return {
    bytes,
    pkg: {
      archive: path.join(outDir, archiveName(metadata)),
      digest: `sha256:${sha2562(bytes)}`,
      contentDigest: `sha256:${sha2562(files.get("MANIFEST.sha256"))}`,
      metadata,
      files: [...files.keys()].sort(compareBytes)
    }
  };
}
var metadataValidator;
function validateMetadata(value, where) {
  metadataValidator ??= new import_ajv.Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(ownFile("schema/metadata.schema.json"), "utf8")));
  if (!metadataValidator(value)) {
    const e = metadataValidator.errors ?? [];
    throw new ModelBuildError("PACKAGE_INVALID", `${where} does not match the metadata schema: ${e.map((x) => `${x.instancePath || "/"} ${x.message}`).join("; ")}`, {
      hint: "the package is damaged or was not written by model-build"
    });
  }
}
var version;
function ownVersion() {
  version ??= JSON.parse(readFileSync(ownFile("package.json"), "utf8")).version;
  return version;
}

// src/core/package/readPackage.ts
var PACKAGE_JSON_LIMITS = {
  // The resolved config, digests and metrics: kilobytes in practice.
  "metadata.json": 16 * 1024 ** 2,
  // Sketches per column (up to ~30 KiB each) for up to 10 000 columns.
  "profile.json": 256 * 1024 ** 2
};
var PACKAGE_JSON_DEFAULT_LIMIT = 64 * 1024 ** 2;
var sha2563 = (b) => createHash3("sha256").update(b).digest("hex");
function invalid(archive, message, hint) {
  return new ModelBuildError("PACKAGE_INVALID", message, { file: archive, hint: hint ?? "rebuild the package, or fetch it again from where it was published" });
}
function readPackage(archive) {
  regularFile(archive, { what: "the package", missingHint: "name the .zip written by `model-build build`" });
  let zip;
  try {
    zip = new ZipFile(archive);
  } catch (e) {
    throw new ModelBuildError("FILE_UNREADABLE", `cannot read the package (${e.code ?? e.message})`, { file: archive });
  }
  let digest;
  let entries;
  try {
    entries = new Map(readZip(zip, { display: archive, accept: (listing) => checkJsonSizes(archive, listing) }).map((e) => [e.name, e.data]));
    digest = fileDigest(zip);
  } finally {
    zip.close();
  }
  const manifestBytes = entries.get("MANIFEST.sha256");
  if (!manifestBytes) throw invalid(archive, "the archive has no MANIFEST.sha256: it is not a model-build package");
  const listed = /* @__PURE__ */ new Map();
  manifestBytes.toString("utf8").split("\n").filter((l) => l !== "").forEach((line, i) => {
    const m = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (!m) throw invalid(archive, `MANIFEST.sha256 line ${i + 1} is not "<sha256>  <path>"`);
    listed.set(m[2], m[1]);
  });
  for (const [name, data] of entries) {
    if (name === "MANIFEST.sha256") continue;
    const expected = listed.get(name);
    if (!expected) throw invalid(archive, `${name} is in the archive but not in MANIFEST.sha256: the package was altered`);
    if (sha2563(data) !== expected) throw invalid(archive, `${name} does not match its digest in MANIFEST.sha256: the package was tampered with or damaged`);
  }
  for (const name of listed.keys()) {
    if (!entries.has(name)) throw invalid(archive, `${name} is listed in MANIFEST.sha256 but missing from the archive`);
  }
  const metaBytes = entries.get("metadata.json");
  if (!metaBytes) throw invalid(archive, "the archive has no metadata.json");
  let metadata;
  try {
    metadata = JSON.parse(metaBytes.toString("utf8"));
  } catch {
    throw invalid(archive, "metadata.json is not valid JSON");
  }
  const format = metadata?.format;
  if (typeof format === "number" && format > METADATA_FORMAT) {
    throw invalid(archive, `metadata.json has format ${format}; this model-build reads up to format ${METADATA_FORMAT}`, "upgrade model-build to read this package");
  }
  try {
    validateMetadata(metadata, "metadata.json");
  } catch (e) {
    if (!ModelBuildError.is(e)) throw e;
    throw new ModelBuildError(e.code, e.message, { file: archive, hint: e.hint, details: [...e.details] });
  }
  for (const [name, digest2] of Object.entries(metadata.files)) {
    const data = entries.get(name);
    if (!data || `sha256:${sha2563(data)}` !== digest2) throw invalid(archive, `metadata.json records ${name} with a digest the archive does not match`);
  }
  return {
    archive,
    digest: `sha256:${digest}`,
    contentDigest: `sha256:${sha2563(manifestBytes)}`,
    metadata,
    files: [...entries].sort((a, b) => compareBytes(a[0], b[0])).map(([name, data]) => ({ name, size: data.length, sha256: sha2563(data) })),
    entries
  };
}
function checkJsonSizes(archive, listing) {
  for (const e of listing) {
    if (!e.name.endsWith(".json")) continue;
    const limit = PACKAGE_JSON_LIMITS[e.name] ?? PACKAGE_JSON_DEFAULT_LIMIT;
    if (e.size > limit) {
      throw invalid(archive, `${e.name} declares ${formatSize(e.size)}, more than the limit of ${formatSize(limit)} for this file`, "model-build never writes a file this large: the package was not written by it, or was tampered with");
    }
  }
}
function fileDigest(zip) {
  const hash = createHash3("sha256");
  const piece = 1 << 20;
  for (let at = 0; at < zip.size; at += piece) hash.update(zip.read(at, Math.min(piece, zip.size - at)));
  return hash.digest("hex");
}
function verifyPackage(archive) {
  try {
    const { entries: _entries, ...inspected } = readPackage(archive);
    return { ok: true, package: inspected };
  } catch (e) {
    if (ModelBuildError.is(e)) return { ok: false, error: e };
    throw e;
  }
}
async function loadPackagedModel(archive, options = {}) {
  const { entries } = readPackage(archive);
  const entry = (name) => name === "preprocessor.json" ? name : `model/${name}`;
  return loadModelFrom(
    (name) => {
      const data = entries.get(entry(name));
      if (!data) throw invalid(archive, `the package has no ${entry(name)}`);
      return data;
    },
    options,
    (name) => `${archive} (${entry(name)})`
  );
}

export {
  describeInputs,
  inputSchema,
  outputSchema,
  trainingChart,
  ZipFile,
  readZip,
  archiveName,
  archivePackage,
  readPackage,
  verifyPackage,
  loadPackagedModel
};
