#!/usr/bin/env node
import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);
import {
  ModelBuildError,
  buildModel,
  checkWorkspace,
  loadModel,
  monitorData,
  monitorHtml,
  monitorMarkdown,
  ownFile,
  profileFile,
  readPackage,
  readRecords,
  verifyBuild
} from "./chunk-3HSCHYYC.js";
import "./chunk-7KMK75UT.js";

// src/cli/main.ts
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

// src/cli/buildCommand.ts
import path from "node:path";

// src/cli/terminal.ts
var wrap = (open, close) => (s) => `\x1B[${open}m${s}\x1B[${close}m`;
function styleFor(stream) {
  const on = Boolean(stream.isTTY) && !("NO_COLOR" in process.env) && process.env.TERM !== "dumb";
  const id = (s) => s;
  return on ? { red: wrap(31, 39), green: wrap(32, 39), yellow: wrap(33, 39), dim: wrap(2, 22), bold: wrap(1, 22) } : { red: id, green: id, yellow: id, dim: id, bold: id };
}
function formatBytes(n) {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i++;
  }
  return `${i === 0 ? n : n.toFixed(1)} ${units[i]}`;
}
var ProgressLine = class {
  constructor(stream, delayMs = 400) {
    this.stream = stream;
    this.delayMs = delayMs;
  }
  stream;
  delayMs;
  startedAt = Date.now();
  lastDraw = 0;
  shown = false;
  update(text) {
    if (!this.stream.isTTY) return;
    const now = Date.now();
    if (now - this.startedAt < this.delayMs || now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.shown = true;
    const width = (this.stream.columns || 80) - 1;
    this.stream.write(`\r\x1B[K${text.slice(0, width)}`);
  }
  done() {
    if (this.shown) this.stream.write("\r\x1B[K");
    this.shown = false;
  }
};

// src/cli/checkCommand.ts
async function runCheck(args) {
  const progress = new ProgressLine(process.stderr);
  const started = Date.now();
  const report = await checkWorkspace({
    root: args.root,
    config: args.config,
    ...args.noCache ? { cacheFile: null } : {},
    onProgress: (p) => progress.update(
      `hashing ${p.filesDone}/${p.filesQueued} files, ${formatBytes(p.bytesDone)} of ${formatBytes(p.bytesQueued)}` + (p.cacheHits ? ` (${p.cacheHits} from cache)` : "")
    )
  });
  progress.done();
  if (args.json) process.stdout.write(`${JSON.stringify(report, null, 2)}
`);
  else process.stdout.write(formatCheckReport(report, styleFor(process.stdout), Date.now() - started));
  return report.ok ? 0 : 1;
}
var GROUPS = [
  ["not-a-repository", "Code is not versioned"],
  ["no-commits", "Nothing committed yet"],
  ["dirty", "Working tree is not clean"],
  ["submodule-not-initialized", "Submodules not checked out"],
  ["not-pulled", "Data not pulled"],
  ["modified", "Data differs from its committed pointer"],
  ["raw-blob", "LFS-routed files committed as raw blobs"],
  ["unversioned", "Unversioned data read by the config"],
  ["missing", "Data paths that do not exist"]
];
function formatCheckReport(report, s, elapsedMs) {
  const lines = [];
  const g = report.git;
  if (g) {
    const ref = g.ref ? g.ref.replace(/^refs\/heads\//, "") : "detached HEAD";
    lines.push(`${s.bold("repository")} ${g.root}`);
    lines.push(`  commit ${g.commit.slice(0, 12)} (${ref})  tree ${g.tree.slice(0, 12)}`);
    if (report.config) lines.push(`  config ${report.config}`);
  } else {
    lines.push(`${s.bold("folder")} ${report.root}`);
  }
  lines.push("");
  for (const [code, title] of GROUPS) {
    const items = report.problems.filter((p) => p.code === code);
    if (items.length === 0) continue;
    lines.push(s.red(`\u2717 ${title} (${items.length})`));
    const hints = new Set(items.map((p) => p.hint).filter((h) => Boolean(h)));
    for (const p of items) {
      lines.push(`    ${p.message}`);
      const d = report.data.find((x) => x.path === p.path);
      for (const c of d?.changed?.slice(0, 20) ?? []) lines.push(s.dim(`      ${c}`));
      if (d?.changed && d.changed.length > 20) lines.push(s.dim(`      \u2026 and ${d.changed.length - 20} more`));
      if (hints.size > 1 && p.hint) lines.push(s.yellow(`      \u2192 ${p.hint}`));
    }
    if (hints.size === 1) lines.push(s.yellow(`    \u2192 ${[...hints][0]}`));
    if (code === "dirty") lines.push(s.yellow("    \u2192 commit or stash these changes"));
  }
  const ok = report.data.filter((d) => d.status === "ok");
  if (ok.length > 0) {
    const byKind = /* @__PURE__ */ new Map();
    for (const d of ok) byKind.set(d.kind ?? "?", (byKind.get(d.kind ?? "?") ?? 0) + 1);
    const kinds = [...byKind].map(([k, n]) => `${n} ${k}`).join(", ");
    lines.push(s.green(`\u2713 ${ok.length} data path${ok.length === 1 ? "" : "s"} verified (${kinds})`));
  }
  if (g && !g.dirty) lines.push(s.green("\u2713 working tree clean"));
  if (report.notes.length > 0) {
    lines.push("", s.dim("notes:"));
    for (const n of report.notes) lines.push(s.dim(`  - ${n}`));
  }
  const st = report.stats;
  const timing = elapsedMs === void 0 ? "" : ` in ${(elapsedMs / 1e3).toFixed(1)}s`;
  lines.push(
    "",
    (report.ok ? s.green("PASS") : s.red(`FAIL: ${report.problems.length} problem${report.problems.length === 1 ? "" : "s"}`)) + s.dim(`  (hashed ${st.hashedFiles} files, ${formatBytes(st.hashedBytes)}; ${st.cacheHits} from cache${timing})`)
  );
  return `${lines.join("\n")}
`;
}

// src/cli/buildCommand.ts
async function runBuild(args) {
  const s = styleFor(process.stdout);
  const log = (line) => {
    if (!args.json) process.stdout.write(`${line}
`);
  };
  const progress = new ProgressLine(process.stderr, 0);
  const epochLine = (r, epochs) => {
    const extra = Object.keys(r).filter((k) => !["epoch", "loss", "val_loss"].includes(k)).map((k) => `  ${k} ${r[k].toFixed(4)}`).join("");
    return `epoch ${String(r.epoch).padStart(String(epochs).length)}/${epochs}  loss ${r.loss.toFixed(4)}  val_loss ${r.val_loss.toFixed(4)}${extra}`;
  };
  const result = await buildModel({
    config: args.config,
    out: args.out,
    backend: args.backend,
    allowDirty: args.allowDirty,
    sourceDateEpoch: sourceDateEpoch(),
    builder: { id: "model-build/cli" },
    onCheckProgress: (p) => progress.update(`checking: hashed ${p.filesDone}/${p.filesQueued} files, ${formatBytes(p.bytesDone)}`),
    onEpoch: (r, epochs) => {
      if (args.json) return;
      if (process.stderr.isTTY) progress.update(`${bar(r.epoch / epochs)} ${epochLine(r, epochs)}`);
      else log(epochLine(r, epochs));
    }
  });
  progress.done();
  if (args.json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}
`);
  } else {
    process.stdout.write(formatBuild(result, s));
  }
  if (result.status === "refused") return 1;
  return result.result.gatesPassed ? 0 : 1;
}
function sourceDateEpoch() {
  const v = process.env.SOURCE_DATE_EPOCH;
  if (v === void 0 || v === "") return void 0;
  if (!/^\d+$/.test(v)) throw new ModelBuildError("USAGE", `SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${v}"`);
  return Number(v);
}
var bar = (fraction, width = 20) => {
  const filled = Math.round(fraction * width);
  return `[${"#".repeat(filled)}${".".repeat(width - filled)}]`;
};
var fmt = (v) => Number.isInteger(v) ? String(v) : v.toFixed(4);
function formatBuild(result, s) {
  if (result.status === "refused") {
    return `${formatCheckReport(result.check, s)}${s.red("build refused: the code or data is not versioned")} (pass --allow-dirty to build anyway; the model records it)
`;
  }
  const r = result.result;
  const lines = [];
  const g = result.check.git;
  if (g) lines.push(`${s.bold("commit")} ${g.commit.slice(0, 12)}  ${result.allowedDirty ? s.yellow("(dirty: built with --allow-dirty)") : s.green("clean")}`);
  const rt = r.runtime;
  lines.push(`${s.bold("backend")} ${rt.backend} (tfjs ${rt.tfjsVersion}${rt.simd === null ? "" : rt.simd ? ", SIMD" : ", no SIMD"})`);
  for (const f of rt.fallbacks) lines.push(s.dim(`  not used: ${f}`));
  lines.push(`${s.bold("data")} ${r.data.rows} rows: ${r.data.train} train, ${r.data.validation} validation`);
  for (const c of r.data.cleaning) if (c.rows > 0) lines.push(s.dim(`  ${c.step}${c.column ? ` ${c.column}` : ""}: ${c.rows} row${c.rows === 1 ? "" : "s"}`));
  lines.push(`${s.bold("training")} ${r.epochsRun} epochs${r.stoppedEarly ? ` (stopped early; weights from epoch ${r.bestEpoch})` : ""}, seed ${r.seed}`);
  for (const w of r.warnings) lines.push(s.yellow(`warning: ${w}`));
  lines.push("", s.bold(`validation metrics (${r.task})`));
  for (const [k, v] of Object.entries(r.metrics)) {
    if (typeof v === "number") lines.push(`  ${k.padEnd(10)} ${fmt(v)}`);
  }
  const cm = r.metrics.confusionMatrix;
  if (Array.isArray(cm) && r.classes) {
    const w = Math.max(...r.classes.map((c) => c.length), 5);
    lines.push(s.dim(`  confusion (rows: true, columns: predicted)`));
    lines.push(s.dim(`  ${"".padEnd(w)} ${r.classes.map((c) => c.padStart(w)).join(" ")}`));
    cm.forEach((row, i) => lines.push(s.dim(`  ${r.classes[i].padEnd(w)} ${row.map((n) => String(n).padStart(w)).join(" ")}`)));
  }
  if (r.gates.length > 0) {
    lines.push("", s.bold("gates"));
    for (const gate of r.gates) {
      const mark = gate.passed ? s.green("\u2713") : s.red("\u2717");
      const margin = `${gate.margin >= 0 ? "+" : ""}${fmt(gate.margin)}`;
      lines.push(`  ${mark} ${gate.metric} ${gate.op} ${gate.threshold}  got ${fmt(gate.actual)} (${margin})`);
    }
  }
  const rel = path.relative(process.cwd(), result.modelDir) || ".";
  lines.push("", `${s.bold("model")} ${rel}/ (${result.files.join(", ")})`);
  if (result.package) {
    lines.push(`${s.bold("package")} ${path.relative(process.cwd(), result.package.archive)}`);
    lines.push(`  archive  ${result.package.digest}`, `  contents ${result.package.contentDigest}`);
    if (result.provenance) lines.push(`  provenance ${path.relative(process.cwd(), result.provenance)}`);
  }
  lines.push(r.gatesPassed ? s.green("BUILT") : s.red(`FAILED: ${r.gates.filter((x) => !x.passed).length} gate(s) not met; the model was written for inspection, not packaged`));
  return `${lines.join("\n")}
`;
}

// src/cli/inspectCommand.ts
import path2 from "node:path";
async function runInspect(args) {
  const { entries: _entries, ...pkg } = readPackage(path2.resolve(args.archive));
  if (args.json) {
    process.stdout.write(`${JSON.stringify(pkg, null, 2)}
`);
    return 0;
  }
  const s = styleFor(process.stdout);
  const m = pkg.metadata;
  const fmt2 = (v) => Number.isInteger(v) ? String(v) : v.toFixed(4);
  const lines = [
    `${s.bold(m.name)}${m.version ? ` ${m.version}` : ""}  ${s.green("\u2713 every file matches MANIFEST.sha256 and the metadata schema")}`,
    `  archive   ${pkg.digest}`,
    `  contents  ${pkg.contentDigest}`,
    `  built     ${m.timestamp} by model-build ${m.createdBy.version}`,
    `  code      ${m.code.commit}${m.code.ref ? ` (${m.code.ref})` : ""}${m.code.dirty ? s.yellow(" DIRTY") : ""}${m.code.repository ? `  ${m.code.repository}` : ""}`,
    `  config    ${m.config.path} ${m.config.digest}`,
    ...m.data.map((d) => `  data      ${d.path}  ${d.kind ?? "unversioned"} ${d.hash ?? ""}${d.rows !== null ? `  ${d.rows} rows` : ""}`),
    `  training  ${m.task} on ${m.training.backend} (tfjs ${m.training.tfjsVersion}), seed ${m.training.seed}, ${m.training.epochsRun} epochs`,
    `  runtime   node ${m.environment.node} ${m.environment.platform}-${m.environment.arch}; ${Object.entries(m.environment.dependencies).map(([k, v]) => `${k}@${v}`).join(", ")}`,
    `  metrics   ${Object.entries(m.metrics).filter((e) => typeof e[1] === "number").map(([k, v]) => `${k} ${fmt2(v)}`).join(", ")}`,
    ...m.gates.map((g) => `  gate      ${g.passed ? s.green("\u2713") : s.red("\u2717")} ${g.metric} ${g.op} ${g.threshold} (${fmt2(g.actual)})`),
    "  files",
    ...pkg.files.map((f) => `    ${f.sha256.slice(0, 12)}  ${formatBytes(f.size).padStart(10)}  ${f.name}`)
  ];
  process.stdout.write(`${lines.join("\n")}
`);
  return 0;
}

// src/cli/monitorCommand.ts
import { writeFileSync } from "node:fs";
import path3 from "node:path";
async function runMonitor(args) {
  const report = await monitorData({
    package: args.package && path3.resolve(args.package),
    profile: args.profile && path3.resolve(args.profile),
    data: path3.resolve(args.data),
    display: args.data
  });
  if (args.html) writeFileSync(args.html, monitorHtml(report, `model-build monitor: ${path3.basename(args.data)}`));
  if (args.markdown) writeFileSync(args.markdown, monitorMarkdown(report));
  process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}
` : formatMonitor(report, styleFor(process.stdout)));
  return report.drift ? 1 : 0;
}
function formatMonitor(r, s) {
  const lines = [`reference ${r.rows.reference} rows, new data ${r.rows.current} rows`, ""];
  const width = Math.max(7, ...r.features.map((f) => f.column.length));
  lines.push(s.dim(`  ${"feature".padEnd(width)}  kind         PSI     JS   KS p`));
  for (const f of r.features) {
    const mark = f.drift ? s.red("\u2717") : s.green("\u2713");
    const ks = f.ks ? f.ks.pValue.toExponential(1) : "\u2014";
    lines.push(`${mark} ${f.column.padEnd(width)}  ${f.kind.padEnd(11)} ${f.psi.toFixed(3).padStart(6)} ${f.jensenShannon.toFixed(3).padStart(6)} ${ks.padStart(7)}${f.reasons.length ? s.dim(`  ${f.reasons.join("; ")}`) : ""}`);
  }
  if (r.violations.length > 0) {
    lines.push("", s.bold("schema"));
    for (const v of r.violations) lines.push(`${s.red("\u2717")} ${v.message}`);
  }
  const t = r.thresholds;
  lines.push("", s.dim(`thresholds: PSI \u2265 ${t.psi}, Jensen\u2013Shannon \u2265 ${t.jensenShannon}, KS p < ${t.ksAlpha}, missing rate +${t.missingRateIncrease}`));
  lines.push(r.drift ? s.red(`DRIFT in ${r.driftedFeatures.join(", ")}`) : s.green("NO DRIFT"));
  return `${lines.join("\n")}
`;
}

// src/cli/predictCommand.ts
import { createWriteStream } from "node:fs";
import path4 from "node:path";
var BATCH = 4096;
async function runPredict(args) {
  const model = await loadModel(path4.resolve(args.model), { backend: args.backend });
  const out = args.output ? createWriteStream(args.output) : process.stdout;
  const write = (text) => new Promise((resolve, reject) => out.write(text, (e) => e ? reject(e) : resolve()));
  let batch = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const predictions = model.predict(batch);
    await write(predictions.map((p) => JSON.stringify(p)).join("\n") + "\n");
    batch = [];
  };
  for await (const { record } of readRecords(path4.resolve(args.input), { display: args.input })) {
    batch.push(record);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  model.dispose();
  if (out !== process.stdout) await new Promise((resolve) => out.end(resolve));
  return 0;
}

// src/cli/profileCommand.ts
import { writeFileSync as writeFileSync2 } from "node:fs";
import path5 from "node:path";
async function runProfile(args) {
  const profile = await profileFile(path5.resolve(args.data), { display: args.data });
  const text = `${JSON.stringify(profile, null, 2)}
`;
  if (args.out) writeFileSync2(args.out, text);
  if (args.json) process.stdout.write(text);
  else process.stdout.write(formatProfile(profile, args.data, args.out));
  return 0;
}
var num = (v) => Number.isInteger(v) ? String(v) : Math.abs(v) >= 1e3 ? v.toFixed(1) : v.toPrecision(4);
function formatProfile(p, source, out) {
  const s = styleFor(process.stdout);
  const lines = [`${s.bold(source)}: ${p.rows} rows, ${Object.keys(p.columns).length} columns`, ""];
  const width = Math.max(6, ...Object.keys(p.columns).map((c) => c.length));
  lines.push(s.dim(`  ${"column".padEnd(width)}  type     missing  distinct  summary`));
  for (const [name, c] of Object.entries(p.columns)) {
    const sm = c.summary;
    const detail = sm.numeric ? `min ${num(sm.numeric.min)}  p50 ${num(sm.numeric.quantiles.p50)}  mean ${num(sm.numeric.mean)}  max ${num(sm.numeric.max)}` : (sm.top ?? []).slice(0, 4).map((t) => `${t.value} (${t.count})`).join(", ");
    const missing = `${sm.missing}`.padStart(7);
    lines.push(`  ${name.padEnd(width)}  ${c.type.padEnd(7)}  ${missing}  ${String(sm.distinct).padStart(8)}  ${detail}`);
  }
  if (out) lines.push("", `profile written to ${out}`);
  return `${lines.join("\n")}
`;
}

// src/cli/verifyCommand.ts
async function runVerify(args) {
  if (!args.json) process.stderr.write(args.against ? `rebuilding to compare with ${args.against}\u2026
` : `rebuilding ${args.runs ?? 2} times in separate processes\u2026
`);
  const report = await verifyBuild({ config: args.config, against: args.against, runs: args.runs, backend: args.backend });
  process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}
` : formatVerify(report, styleFor(process.stdout)));
  return report.reproducible ? 0 : 1;
}
var num2 = (v) => Number.isInteger(v) ? String(v) : Math.abs(v) < 1e-4 ? v.toExponential(2) : v.toFixed(6);
function formatVerify(r, s) {
  const lines = [];
  if (r.failure) {
    if (r.failure.check) lines.push(formatCheckReport(r.failure.check, s).trimEnd());
    lines.push(s.red(`NOT VERIFIED: ${r.failure.message}`));
    return `${lines.join("\n")}
`;
  }
  lines.push(`reference (${r.reference.source === "package" ? "the package" : "rebuild 1"}): ${r.reference.digest}`);
  r.comparisons.forEach((c, i) => {
    const n = r.reference.source === "package" ? i + 1 : i + 2;
    const digest = r.rebuilds[r.reference.source === "package" ? i : i + 1].digest;
    lines.push(`rebuild ${n}: ${digest} ${c.identical ? s.green("identical") : s.red("DIFFERENT")}`);
    if (c.identical) return;
    for (const f of c.files) lines.push(`  differs: ${f.file}${f.expected === null ? " (only in the rebuild)" : f.actual === null ? " (missing from the rebuild)" : ""}`);
    const moved = c.tensors.filter((t) => t.maxAbsDiff !== 0);
    for (const t of moved) lines.push(s.dim(`  weights ${t.name}: max |\u0394| ${num2(t.maxAbsDiff)}`));
    for (const m of c.metrics) lines.push(s.dim(`  metric ${m.metric}: ${num2(m.expected)} \u2192 ${num2(m.actual)} (\u0394 ${m.delta >= 0 ? "+" : ""}${num2(m.delta)})`));
    for (const cause of c.causes) lines.push(s.yellow(`  likely cause: ${cause}`));
  });
  lines.push(r.reproducible ? s.green("REPRODUCIBLE: byte-identical archives") : s.red("NOT REPRODUCIBLE"));
  return `${lines.join("\n")}
`;
}

// src/cli/main.ts
var USAGE = `Usage: model-build <command> [options]

Commands:
  check     refuse unversioned code or data: git tree clean, DVC and LFS data pulled and
            matching their committed pointers, every data path in the config versioned
              --root DIR        folder inside the repository (default: .)
              --config FILE     config file (default: model-build.yml in --root, if any)
              --json            print the report as JSON (format 1)
              --no-cache        hash every file again, ignoring the hash cache
  build     check, then train and evaluate the model the config describes and write the
            model directory (model.json, weights.bin, preprocessor.json, metrics.json)
              --config FILE     config file (default: model-build.yml)
              --out DIR         output folder (default: package.out beside the config)
              --backend B       auto | tensorflow | wasm | cpu (default: training.backend)
              --allow-dirty     build even if the check fails (recorded in metrics.json)
              --json            print the result as JSON
  verify    the reproducibility gate: rebuild in separate processes and compare archives
              --config FILE     config file (default: model-build.yml)
              --against PKG     compare with this package instead of rebuilds with each other
              --runs N          rebuilds (default 2 without --against, else 1)
              --backend B       backend for the rebuilds (default: the package's)
              --json            print the comparison as JSON
  profile   profile a data file (types, missing, distinct, quantiles, top values), streaming
              DATA              a CSV, JSON Lines or JSON file
              --out FILE        write the profile (JSON, mergeable sketches) to FILE
              --json            print the profile as JSON
  monitor   compare new data with the training profile: PSI, Jensen\u2013Shannon, KS, schema
              --package PKG     reference: a model package (its profile and features)
              --profile FILE    or a profile written by \`profile --out\`
              --data FILE       the new data
              --json            print the report as JSON
              --html FILE       write a self-contained HTML report with a chart per feature
              --markdown FILE   write the Markdown report (for job summaries)
  inspect   verify a model package (digests, schema, safe archive) and print its metadata
              PACKAGE           the .zip written by build
              --json            print the metadata and file digests as JSON
  predict   run a built model on records and write JSON Lines
              --model DIR       a model directory written by build
              --input FILE      CSV, JSON Lines or JSON records
              --output FILE     where to write (default: standard output)
              --backend B       auto | tensorflow | wasm | cpu

Options:
  -h, --help      show this help
  -v, --version   print the version

Exit codes: 0 ok \xB7 1 check or gate failed, not reproducible, drift \xB7 2 usage or input error
`;
var BACKENDS = ["auto", "tensorflow", "wasm", "cpu"];
function backendOf(v) {
  const b = v.backend;
  if (b === void 0) return void 0;
  if (!BACKENDS.includes(b)) {
    throw new ModelBuildError("USAGE", `--backend must be one of ${BACKENDS.join(", ")} (got "${b}")`);
  }
  return b;
}
function required(v, name, command) {
  const value = v[name];
  if (typeof value !== "string" || value === "") {
    throw new ModelBuildError("USAGE", `${command}: --${name} is required`, { hint: "run `model-build --help`" });
  }
  return value;
}
var COMMANDS = {
  check: {
    options: {
      root: { type: "string" },
      config: { type: "string", short: "c" },
      json: { type: "boolean", default: false },
      "no-cache": { type: "boolean", default: false }
    },
    run: (v) => runCheck({ root: v.root, config: v.config, json: Boolean(v.json), noCache: Boolean(v["no-cache"]) })
  },
  build: {
    options: {
      config: { type: "string", short: "c" },
      out: { type: "string", short: "o" },
      backend: { type: "string" },
      "allow-dirty": { type: "boolean", default: false },
      json: { type: "boolean", default: false }
    },
    run: (v) => runBuild({
      config: v.config,
      out: v.out,
      backend: backendOf(v),
      allowDirty: Boolean(v["allow-dirty"]),
      json: Boolean(v.json)
    })
  },
  verify: {
    options: {
      config: { type: "string", short: "c" },
      against: { type: "string" },
      runs: { type: "string" },
      backend: { type: "string" },
      json: { type: "boolean", default: false }
    },
    run: (v) => {
      const runs = v.runs === void 0 ? void 0 : Number(v.runs);
      if (runs !== void 0 && (!Number.isInteger(runs) || runs < 1 || runs > 20)) {
        throw new ModelBuildError("USAGE", `--runs must be a whole number from 1 to 20 (got "${String(v.runs)}")`);
      }
      return runVerify({ config: v.config, against: v.against, runs, backend: backendOf(v), json: Boolean(v.json) });
    }
  },
  profile: {
    options: { out: { type: "string", short: "o" }, json: { type: "boolean", default: false } },
    positionals: 1,
    run: (v, positionals) => {
      const data = positionals[0];
      if (!data) throw new ModelBuildError("USAGE", "profile: name the data file, e.g. `model-build profile data/train.csv`");
      return runProfile({ data, out: v.out, json: Boolean(v.json) });
    }
  },
  monitor: {
    options: {
      package: { type: "string" },
      profile: { type: "string" },
      data: { type: "string" },
      json: { type: "boolean", default: false },
      html: { type: "string" },
      markdown: { type: "string" }
    },
    run: (v) => runMonitor({
      html: v.html,
      markdown: v.markdown,
      package: v.package,
      profile: v.profile,
      data: required(v, "data", "monitor"),
      json: Boolean(v.json)
    })
  },
  inspect: {
    options: { json: { type: "boolean", default: false } },
    positionals: 1,
    run: (v, positionals) => {
      const archive = positionals[0];
      if (!archive) throw new ModelBuildError("USAGE", "inspect: name the package, e.g. `model-build inspect out/penguins-1a2b3c4d5e6f.zip`");
      return runInspect({ archive, json: Boolean(v.json) });
    }
  },
  predict: {
    options: {
      model: { type: "string", short: "m" },
      input: { type: "string", short: "i" },
      output: { type: "string" },
      backend: { type: "string" }
    },
    run: (v) => runPredict({
      model: required(v, "model", "predict"),
      input: required(v, "input", "predict"),
      output: v.output,
      backend: backendOf(v)
    })
  }
};
async function main(argv) {
  const [command, ...rest] = argv;
  const wantsJson = rest.includes("--json");
  try {
    if (!command || command === "-h" || command === "--help" || command === "help") {
      process.stdout.write(USAGE);
      return command ? 0 : 2;
    }
    if (command === "-v" || command === "--version") {
      const pkg = JSON.parse(readFileSync(ownFile("package.json"), "utf8"));
      process.stdout.write(`${pkg.version}
`);
      return 0;
    }
    const cmd = COMMANDS[command];
    if (!cmd) {
      throw new ModelBuildError("USAGE", `unknown command "${command}"`, { hint: "run `model-build --help` for the list" });
    }
    const { values, positionals } = parseWith(command, rest, cmd.options);
    if (values.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    if (positionals.length > (cmd.positionals ?? 0)) {
      throw new ModelBuildError("USAGE", `${command}: unexpected argument "${positionals[cmd.positionals ?? 0]}"`, { hint: "run `model-build --help`" });
    }
    return await cmd.run(values, positionals);
  } catch (e) {
    return reportError(e, wantsJson);
  }
}
function parseWith(command, args, options) {
  try {
    return parseArgs({ args, options: { ...options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new ModelBuildError("USAGE", `${command}: ${e.message}`, { hint: `run \`model-build --help\`` });
  }
}
function reportError(e, json) {
  const known = ModelBuildError.is(e);
  if (json) {
    const err = known ? { code: e.code, message: e.message, ...e.location, hint: e.hint, details: e.details } : { code: "INTERNAL", message: e?.message ?? String(e) };
    process.stdout.write(`${JSON.stringify({ error: err }, null, 2)}
`);
  } else {
    const s = styleFor(process.stderr);
    const text = known ? e.format() : `internal error: ${e?.message ?? String(e)}
  hint: please report this with MODEL_BUILD_DEBUG=1 output`;
    process.stderr.write(`${s.red("error:")} ${text}
`);
  }
  if (process.env.MODEL_BUILD_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}
`);
  return 2;
}

// src/cli/index.ts
process.exitCode = await main(process.argv.slice(2));
