import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);
import {
  signBuiltPackage,
  signingKeyOf
} from "./chunk-EB2BMCUA.js";
import {
  formatCheckReport
} from "./chunk-KYV2LCWT.js";
import {
  buildModel
} from "./chunk-RWFSG7JW.js";
import {
  ProgressLine,
  formatBytes,
  styleFor
} from "./chunk-TS7JFUTD.js";
import {
  ModelBuildError
} from "./chunk-J3ZPWLJ2.js";

// src/cli/buildCommand.ts
import path from "node:path";
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
  const key = args.signingKey ? signingKeyOf(args.signingKey) : null;
  const result = await buildModel({
    config: args.config,
    out: args.out,
    backend: args.backend,
    allowDirty: args.allowDirty,
    variant: args.variant,
    cacheFile: args.noCache ? null : void 0,
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
  const signed = result.status === "built" && result.package ? signBuiltPackage(result.package.archive, key) : null;
  if (args.json) {
    process.stdout.write(`${JSON.stringify(signed ? { ...result, signature: signed.json } : result, null, 2)}
`);
  } else {
    process.stdout.write(formatBuild(result, s));
    if (signed) process.stdout.write(`${signed.line(s)}
`);
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
  if (g) lines.push(`${s.bold("commit")} ${g.commit.slice(0, 12)}  ${result.allowedDirty ? s.yellow("DIRTY: built with --allow-dirty; the package says so and cannot be reproduced") : s.green("clean")}`);
  for (const p of result.problems) lines.push(s.yellow(`  dirty: ${p}`));
  for (const n of result.check.notes) lines.push(s.dim(`note: ${n}`));
  const rt = r.runtime;
  lines.push(`${s.bold("backend")} ${rt.backend} (tfjs ${rt.tfjsVersion}${rt.simd === null ? "" : rt.simd ? ", SIMD" : ", no SIMD"})`);
  for (const f of result.runtimeNotes.fallbacks) lines.push(s.dim(`  not used: ${f}`));
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

export {
  runBuild,
  sourceDateEpoch,
  formatBuild
};
