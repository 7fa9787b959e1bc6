import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);
import {
  inspectSignature,
  signatureLine
} from "./chunk-77P25HNR.js";
import "./chunk-EB2BMCUA.js";
import "./chunk-DN7LHNP7.js";
import {
  readPackage
} from "./chunk-UOJCVBOE.js";
import "./chunk-TY4TGASN.js";
import "./chunk-ALOC5M2N.js";
import "./chunk-MDEWCTW4.js";
import "./chunk-EXTS7PAH.js";
import {
  formatBytes,
  styleFor
} from "./chunk-TS7JFUTD.js";
import "./chunk-TSURTRHC.js";
import "./chunk-AH66PB2E.js";
import "./chunk-RIGD5S4O.js";
import "./chunk-4KALBLMG.js";
import "./chunk-J3ZPWLJ2.js";
import "./chunk-LTRPNYHO.js";

// src/cli/inspectCommand.ts
import path from "node:path";
async function runInspect(args) {
  const { entries, ...pkg } = readPackage(path.resolve(args.archive));
  const signature = inspectSignature(pkg.archive, entries, args.trust);
  if (args.json) {
    process.stdout.write(`${JSON.stringify({ ...pkg, signature }, null, 2)}
`);
    return 0;
  }
  const s = styleFor(process.stdout);
  const m = pkg.metadata;
  const fmt = (v) => Number.isInteger(v) ? String(v) : v.toFixed(4);
  const lines = [
    `${s.bold(m.name)}${m.version ? ` ${m.version}` : ""}  ${s.green("\u2713 every file matches MANIFEST.sha256 and the metadata schema")}`,
    ...m.dirty ?? m.code.dirty ? [s.yellow("  \u26A0 DIRTY BUILD: built with --allow-dirty from unversioned code or data; not reproducible"), ...(m.problems ?? []).map((p) => s.yellow(`    - ${p}`))] : [],
    `  archive   ${pkg.digest}`,
    `  contents  ${pkg.contentDigest}`,
    signatureLine(signature, s),
    `  built     ${m.timestamp} by model-build ${m.createdBy.version}`,
    `  code      ${m.code.commit}${m.code.ref ? ` (${m.code.ref})` : ""}${m.code.dirty ? s.yellow(" DIRTY") : ""}${m.code.repository ? `  ${m.code.repository}` : ""}`,
    `  config    ${m.config.path} ${m.config.digest}`,
    ...m.variant ? [`  variant   ${m.variant.id}  ${Object.entries(m.variant.overrides).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(" ")}`] : [],
    ...m.data.map((d) => {
      const read = d.actual !== void 0 && d.actual !== d.hash ? s.yellow(`  read ${d.actual ?? "unknown bytes"} (${d.status ?? "modified"})`) : "";
      return `  data      ${d.path}  ${d.kind ?? "unversioned"} ${d.hash ?? ""}${read}${d.rows !== null ? `  ${d.rows} rows` : ""}`;
    }),
    `  training  ${m.task} on ${m.training.backend} (tfjs ${m.training.tfjsVersion}), seed ${m.training.seed}, ${m.training.epochsRun} epochs`,
    `  runtime   node ${m.environment.node} ${m.environment.platform}-${m.environment.arch}; ${Object.entries(m.environment.dependencies).map(([k, v]) => `${k}@${v}`).join(", ")}`,
    `  metrics   ${Object.entries(m.metrics).filter((e) => typeof e[1] === "number").map(([k, v]) => `${k} ${fmt(v)}`).join(", ")}`,
    ...m.gates.map((g) => `  gate      ${g.passed ? s.green("\u2713") : s.red("\u2717")} ${g.metric} ${g.op} ${g.threshold} (${fmt(g.actual)})`),
    "  files",
    ...pkg.files.map((f) => `    ${f.sha256.slice(0, 12)}  ${formatBytes(f.size).padStart(10)}  ${f.name}`)
  ];
  process.stdout.write(`${lines.join("\n")}
`);
  return 0;
}
export {
  runInspect
};
