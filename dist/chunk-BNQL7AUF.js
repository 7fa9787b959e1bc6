import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);
import {
  formatCheckReport
} from "./chunk-KYV2LCWT.js";
import {
  verifyBuild
} from "./chunk-WCDGDY5V.js";
import {
  styleFor
} from "./chunk-TS7JFUTD.js";

// src/cli/verifyCommand.ts
import path from "node:path";
async function runVerify(args) {
  if (!args.json) process.stderr.write(args.against ? `rebuilding to compare with ${args.against}\u2026
` : `rebuilding ${args.runs ?? 2} times in separate processes\u2026
`);
  const report = await verifyBuild({ config: args.config, against: args.against, runs: args.runs, backend: args.backend, variant: args.variant, command: ownCommand() });
  process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}
` : formatVerify(report, styleFor(process.stdout)));
  return report.reproducible ? 0 : 1;
}
function ownCommand() {
  const execArgv = process.execArgv.filter((a) => !/^--inspect/.test(a));
  return [process.execPath, ...execArgv, process.argv[1]];
}
function shown(file) {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : file;
}
var num = (v) => Number.isInteger(v) ? String(v) : Math.abs(v) < 1e-4 ? v.toExponential(2) : v.toFixed(6);
function formatVerify(r, s) {
  const lines = [];
  if (r.failure) {
    if (r.failure.check) lines.push(formatCheckReport(r.failure.check, s).trimEnd());
    lines.push(s.red(`NOT VERIFIED: ${r.failure.message}`));
    return `${lines.join("\n")}
`;
  }
  lines.push(`reference (${r.reference.source === "package" ? `the package ${shown(r.reference.archive)}` : "rebuild 1"}): ${r.reference.digest}`);
  r.comparisons.forEach((c, i) => {
    const n = r.reference.source === "package" ? i + 1 : i + 2;
    const digest = r.rebuilds[r.reference.source === "package" ? i : i + 1].digest;
    lines.push(`rebuild ${n}: ${digest} ${c.identical ? s.green("identical") : s.red("DIFFERENT")}`);
    if (c.identical) return;
    for (const f of c.files) {
      lines.push(`  differs: ${f.file}${f.expected === null ? " (only in the rebuild)" : f.actual === null ? " (missing from the rebuild)" : ""}`);
      for (const x of f.fields ?? []) lines.push(s.dim(`    ${x.path}: ${x.expected} \u2192 ${x.actual}`));
      if (f.moreFields) lines.push(s.dim(`    \u2026 and ${f.moreFields} more field${f.moreFields === 1 ? "" : "s"}`));
    }
    const moved = c.tensors.filter((t) => t.maxAbsDiff !== 0);
    for (const t of moved) lines.push(s.dim(`  weights ${t.name}: max |\u0394| ${num(t.maxAbsDiff)}`));
    for (const m of c.metrics) lines.push(s.dim(`  metric ${m.metric}: ${num(m.expected)} \u2192 ${num(m.actual)} (\u0394 ${m.delta >= 0 ? "+" : ""}${num(m.delta)})`));
    for (const cause of c.causes) lines.push(s.yellow(`  likely cause: ${cause}`));
  });
  lines.push(r.reproducible ? s.green("REPRODUCIBLE: byte-identical archives") : s.red("NOT REPRODUCIBLE"));
  return `${lines.join("\n")}
`;
}

export {
  runVerify,
  ownCommand,
  formatVerify
};
