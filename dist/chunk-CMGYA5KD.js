import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);
import {
  estimateText,
  minP,
  monitorData,
  monitorHtml,
  monitorMarkdown,
  rowsText,
  ruleText
} from "./chunk-VJLXR5SA.js";
import "./chunk-4Y6FMFNR.js";
import "./chunk-GJ6W6C5D.js";
import "./chunk-IIGGXMB5.js";
import "./chunk-UOJCVBOE.js";
import "./chunk-TY4TGASN.js";
import {
  checkOutputFile,
  writeFileAtomic
} from "./chunk-ALOC5M2N.js";
import "./chunk-MDEWCTW4.js";
import "./chunk-EXTS7PAH.js";
import {
  styleFor
} from "./chunk-TS7JFUTD.js";
import "./chunk-AH66PB2E.js";
import "./chunk-F4RPJ75B.js";
import "./chunk-FT5MJEK3.js";
import "./chunk-RIGD5S4O.js";
import "./chunk-4KALBLMG.js";
import "./chunk-J3ZPWLJ2.js";
import "./chunk-LTRPNYHO.js";

// src/cli/monitorCommand.ts
import path from "node:path";
async function runMonitor(args) {
  const html = args.html && path.resolve(args.html);
  const markdown = args.markdown && path.resolve(args.markdown);
  if (html) checkOutputFile(html, "--html", args.html);
  if (markdown) checkOutputFile(markdown, "--markdown", args.markdown);
  const report = await monitorData({
    package: args.package && path.resolve(args.package),
    profile: args.profile && path.resolve(args.profile),
    data: path.resolve(args.data),
    display: args.data,
    labels: args.labels && path.resolve(args.labels),
    labelsDisplay: args.labels,
    join: args.join
  });
  if (html) writeFileAtomic(html, monitorHtml(report, `model-build monitor: ${path.basename(args.data)}`), args.html);
  if (markdown) writeFileAtomic(markdown, monitorMarkdown(report), args.markdown);
  process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}
` : formatMonitor(report, styleFor(process.stdout)));
  return report.drift || report.performance?.gatesPassed === false ? 1 : 0;
}
function formatMonitor(r, s) {
  const lines = [rowsText(r), ""];
  const width = Math.max(7, ...r.features.map((f) => f.column.length));
  lines.push(s.dim(`  ${"feature".padEnd(width)}  kind         PSI     JS  min p`));
  for (const f of r.features) {
    const mark = f.drift ? s.red("\u2717") : s.green("\u2713");
    const p = minP(f);
    lines.push(`${mark} ${f.column.padEnd(width)}  ${f.kind.padEnd(11)} ${f.psi.toFixed(3).padStart(6)} ${f.jensenShannon.toFixed(3).padStart(6)} ${(p < 1e-3 ? p.toExponential(0) : p.toFixed(3)).padStart(6)}${f.reasons.length ? s.dim(`  ${f.reasons.join("; ")}`) : ""}`);
  }
  if (r.violations.length > 0) {
    lines.push("", s.bold("schema"));
    for (const v of r.violations) lines.push(`${s.red("\u2717")} ${v.message}`);
  }
  lines.push("", s.dim(`rule: ${ruleText(r)}`));
  lines.push(r.drift ? s.red(`DRIFT in ${r.driftedFeatures.join(", ")}`) : s.green("NO DRIFT"));
  const estimate = estimateText(r);
  if (estimate) lines.push("", estimate);
  if (r.performance) lines.push("", ...formatPerformance(r.performance, s));
  return `${lines.join("\n")}
`;
}
function formatPerformance(p, s) {
  const lines = [s.bold(`performance on ${p.rows.used} labeled rows (label "${p.label}")`)];
  const skipped = [
    p.rows.missingLabel ? `${p.rows.missingLabel} without a label` : "",
    p.rows.unknownClass ? `${p.rows.unknownClass} with a class the model does not know` : ""
  ].filter(Boolean);
  if (skipped.length) lines.push(s.dim(`  left out: ${skipped.join(", ")}`));
  if (p.labels) lines.push(s.dim(`  labels from ${p.labels.file} joined on "${p.labels.join}": ${p.labels.rowsWithoutLabel} rows without a label, ${p.labels.labelsWithoutRow} labels without a row`));
  if (p.metrics.length > 0) {
    const width = Math.max(6, ...p.metrics.map((m) => m.name.length));
    lines.push(s.dim(`  ${"metric".padEnd(width)}       new  95% interval         packaged     delta`));
    for (const m of p.metrics) {
      const iv = m.interval ? `[${fmt(m.interval[0])}, ${fmt(m.interval[1])}]` : "\u2014";
      lines.push(`  ${m.name.padEnd(width)} ${fmt(m.value).padStart(9)}  ${iv.padEnd(20)} ${(m.packaged === null ? "\u2014" : fmt(m.packaged)).padStart(8)} ${(m.delta === null ? "\u2014" : signed(m.delta)).padStart(9)}`);
    }
  }
  for (const g of p.gates) {
    lines.push(`${g.passed ? s.green("\u2713") : s.red("\u2717")} gate ${g.metric} ${g.op} ${g.threshold}: ${fmt(g.actual)} on the new data${g.packaged === null ? "" : ` (build: ${fmt(g.packaged)})`}`);
  }
  const b = p.bootstrap;
  lines.push(s.dim(`intervals: ${b.level * 100}% percentile bootstrap, ${b.resamples} resamples of ${b.rows} rows${b.subsampled ? " (a seeded subsample of the labeled rows)" : ""}, seed ${b.seed}`));
  if (p.gatesPassed === false) lines.push(s.red(`GATE FAILED on the new data: ${p.gates.filter((g) => !g.passed).map((g) => g.metric).join(", ")}`));
  else if (p.gatesPassed === true) lines.push(s.green(p.gates.length ? "GATES PASS on the new data" : "no gates to check"));
  else lines.push(s.dim("no labeled rows: no metric or gate could be computed"));
  return lines;
}
var fmt = (v) => Number.isNaN(v) ? "NaN" : Math.abs(v) >= 1e3 ? v.toFixed(1) : v.toFixed(4);
var signed = (v) => v > 0 ? `+${fmt(v)}` : fmt(v);
export {
  formatMonitor,
  formatPerformance,
  runMonitor
};
