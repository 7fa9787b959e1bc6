import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);
import {
  pullData
} from "./chunk-YUXRONRG.js";
import "./chunk-EI6HOR2N.js";
import "./chunk-PBFU3N36.js";
import "./chunk-MDEWCTW4.js";
import "./chunk-EXTS7PAH.js";
import {
  ProgressLine,
  formatBytes,
  styleFor
} from "./chunk-TS7JFUTD.js";
import "./chunk-OTOVPBEG.js";
import "./chunk-AH66PB2E.js";
import "./chunk-RIGD5S4O.js";
import "./chunk-4KALBLMG.js";
import "./chunk-J3ZPWLJ2.js";
import "./chunk-LTRPNYHO.js";

// src/cli/pullCommand.ts
function transferLine(p) {
  switch (p.phase) {
    case "listing":
      return `reading folder listings for ${p.total} outputs`;
    case "downloading":
      return `fetching ${p.done}/${p.total} objects, ${formatBytes(p.bytes)}`;
    case "checking-out":
      return `checking out ${p.done}/${p.total} files`;
    case "checking":
      return `checking ${p.done}/${p.total} objects in the remote`;
  }
}
async function runPull(args) {
  const progress = new ProgressLine(process.stderr);
  let report;
  try {
    report = await pullData({
      root: args.root,
      config: args.config,
      remote: args.remote,
      jobs: args.jobs,
      force: args.force,
      onProgress: (p) => progress.update(transferLine(p))
    });
  } finally {
    progress.done();
  }
  if (args.json) process.stdout.write(`${JSON.stringify(report, null, 2)}
`);
  else process.stdout.write(formatPullReport(report, styleFor(process.stdout)));
  return report.ok ? 0 : 1;
}
var safe = (text) => text.replace(/[\x00-\x1f\x7f]/g, (c) => JSON.stringify(c).slice(1, -1));
function formatPullReport(r, s) {
  const lines = [`${s.bold("pull")} from remote "${r.remote.name}" (${r.remote.url})`];
  const o = r.objects;
  lines.push(`  ${o.needed} object${o.needed === 1 ? "" : "s"} needed: ${o.downloaded} downloaded (${formatBytes(r.bytesDownloaded)}), ${o.cached} already cached${o.failed ? `, ${o.failed} failed` : ""}`);
  lines.push(`  ${r.files.total} file${r.files.total === 1 ? "" : "s"}: ${r.files.checkedOut} checked out, ${r.files.upToDate} already up to date`);
  if (r.failures.length > 0) {
    lines.push("", s.red(`\u2717 Data the remote could not deliver (${r.failures.length})`));
    for (const f of r.failures) lines.push(`    ${safe(f.path)} (${f.pointer}): ${f.reason}: ${safe(f.message)}`);
    lines.push(s.yellow("    \u2192 push the data from a machine that has it (`dvc push`), then pull again"));
  }
  if (r.notes.length > 0) {
    lines.push("", s.dim("notes:"));
    for (const n of r.notes) lines.push(s.dim(`  - ${safe(n)}`));
  }
  lines.push("", r.ok ? s.green("PASS") : s.red(`FAIL: ${r.failures.length} file${r.failures.length === 1 ? "" : "s"} not pulled`));
  return `${lines.join("\n")}
`;
}
export {
  formatPullReport,
  runPull,
  transferLine
};
