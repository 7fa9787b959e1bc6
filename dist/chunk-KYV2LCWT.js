import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);
import {
  checkWorkspace
} from "./chunk-UG4SUMJ2.js";
import {
  ProgressLine,
  formatBytes,
  styleFor
} from "./chunk-TS7JFUTD.js";

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
  let remote;
  if (args.remote !== void 0 && report.git) {
    const [{ checkRemote }, { transferLine }] = await Promise.all([import("./chunk-53YPT5OO.js"), import("./chunk-CJHJ7ZM3.js")]);
    try {
      remote = await checkRemote({
        root: args.root,
        config: args.config,
        remote: args.remote === true ? void 0 : args.remote,
        jobs: args.jobs,
        ...args.noCache ? { cacheFile: null } : {},
        onProgress: (p) => progress.update(transferLine(p))
      });
    } finally {
      progress.done();
    }
  }
  const ok = report.ok && (remote?.ok ?? true);
  if (args.json) process.stdout.write(`${JSON.stringify(remote ? { ...report, ok, dvcRemote: remote } : report, null, 2)}
`);
  else {
    const s = styleFor(process.stdout);
    process.stdout.write(formatCheckReport(report, s, Date.now() - started));
    if (remote) process.stdout.write(formatRemoteCheck(remote, s));
  }
  return ok ? 0 : 1;
}
function formatRemoteCheck(r, s) {
  const lines = ["", `${s.bold("DVC remote")} "${r.remote.name}" (${r.remote.url})`];
  if (r.missing.length === 0) {
    lines.push(s.green(`\u2713 all ${r.objects.checked} object${r.objects.checked === 1 ? "" : "s"} for ${r.outputs} output${r.outputs === 1 ? "" : "s"} present in the remote`));
  } else {
    lines.push(s.red(`\u2717 Data missing from the remote (${r.missing.length} path${r.missing.length === 1 ? "" : "s"}, ${r.objects.missing} object${r.objects.missing === 1 ? "" : "s"})`));
    for (const m of r.missing) lines.push(`    ${m.path.replace(/[\x00-\x1f\x7f]/g, (c) => JSON.stringify(c).slice(1, -1))} (${m.pointer}): ${m.object}`);
    lines.push(s.yellow("    \u2192 push it with `dvc push` from a machine that has the data"));
  }
  for (const n of r.notes) lines.push(s.dim(`  - ${n}`));
  lines.push("", r.ok ? s.green("REMOTE PASS") : s.red(`REMOTE FAIL: ${r.missing.length} missing`));
  return `${lines.join("\n")}
`;
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
      lines.push(`    ${p.message.replace(/[\x00-\x1f\x7f]/g, (c) => JSON.stringify(c).slice(1, -1))}`);
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

export {
  runCheck,
  formatRemoteCheck,
  formatCheckReport
};
