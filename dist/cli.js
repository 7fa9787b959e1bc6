#!/usr/bin/env node
import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);
import {
  MISSING,
  buildModel,
  checkOutputFile,
  checkRemote,
  checkWorkspace,
  didYouMean,
  estimateText,
  formatOf,
  kindOf,
  loadModel,
  minP,
  monitorData,
  monitorHtml,
  monitorMarkdown,
  openAtomicStream,
  ownFile,
  profileFile,
  pullData,
  readPackage,
  readRecords,
  regularFile,
  rowsText,
  ruleText,
  toBoolean,
  toNumber,
  verifyBuild,
  writeFileAtomic
} from "./chunk-YDXKYQUD.js";
import {
  ModelBuildError
} from "./chunk-OPDLH6L4.js";
import "./chunk-LTRPNYHO.js";

// src/cli/main.ts
import { readFileSync } from "node:fs";

// src/cli/args.ts
import { statSync } from "node:fs";
import path from "node:path";
var MAX_ARGUMENT_CHARS = 4096;
var EXAMPLES_NOTE = "Examples run from the root of a model-build clone, on the bundled example (examples/penguins).";
var HELP_OPTION = { type: "boolean", short: "h", help: "show this help" };
function shown(value) {
  const clipped = value.length > 60 ? `${value.slice(0, 57)}...` : value;
  return JSON.stringify(clipped);
}
function usageError(command, message, hint = `run \`model-build ${command} --help\``) {
  return new ModelBuildError("USAGE", `${command}: ${message}`, { hint });
}
function checkValue(command, flag, value) {
  if (value === "") throw usageError(command, `${flag} is empty`, `give ${flag} a value, or leave the option out`);
  if (value.length > MAX_ARGUMENT_CHARS) {
    throw usageError(command, `${flag} is ${value.length} characters long, more than the limit of ${MAX_ARGUMENT_CHARS}`, "pass a shorter value (a path relative to the current folder)");
  }
  if (value.includes("\uFFFD")) {
    throw usageError(command, `${flag} ${shown(value)} has bytes that are not UTF-8`, "rename the file to a UTF-8 name, or run with a UTF-8 locale");
  }
}
function parseCommandArgs(command, spec, args) {
  const options = { ...spec.options, help: HELP_OPTION };
  const byShort = new Map(Object.entries(options).flatMap(([name, o]) => o.short ? [[o.short, name]] : []));
  const values = {};
  const positionals = [];
  let help = false;
  const unknown = (raw) => {
    const guess = raw.startsWith("--") ? didYouMean(raw.slice(2), Object.keys(options)) : void 0;
    const names = Object.keys(spec.options).map((n) => `--${n}`).join(", ");
    return usageError(
      command,
      `Unknown option '${raw.length > 60 ? `${raw.slice(0, 57)}...` : raw}'`,
      guess ? `did you mean --${guess}? (run \`model-build ${command} --help\`)` : `${command} takes ${names || "no options"}; run \`model-build ${command} --help\``
    );
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--") {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    let name;
    let inline;
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq < 0 ? void 0 : arg.slice(eq + 1);
      if (!Object.hasOwn(options, name)) throw unknown(eq < 0 ? arg : arg.slice(0, eq));
    } else {
      const found = arg.length === 2 ? byShort.get(arg[1]) : void 0;
      if (!found) throw unknown(arg);
      name = found;
    }
    const flag = `--${name}`;
    const o = options[name];
    if (o.type === "boolean") {
      if (inline !== void 0) throw usageError(command, `${flag} takes no value (got ${shown(inline)})`, `write ${flag} alone`);
      if (name === "help") help = true;
      else values[name] = true;
      continue;
    }
    let value = inline;
    if (value === void 0 && o.optionalValue) {
      const next = args[i + 1];
      if (next === void 0 || next === "--" || next.startsWith("-") && next.length > 1) {
        if (values[name] !== void 0) throw usageError(command, `${flag} is given twice`, `give ${flag} once`);
        values[name] = true;
        continue;
      }
    }
    if (value === void 0) {
      const next = args[i + 1];
      if (next === void 0 || next === "--") {
        throw usageError(command, `${flag} needs a value`, `write ${flag} ${o.value ?? "VALUE"}; run \`model-build ${command} --help\``);
      }
      if (next.startsWith("-") && next.length > 1) {
        throw usageError(command, `${flag} needs a value, but the next argument is ${shown(next)}`, `write ${flag} ${o.value ?? "VALUE"}, or ${flag}=${next} if the value starts with "-"`);
      }
      value = next;
      i++;
    }
    checkValue(command, flag, value);
    if (values[name] !== void 0) {
      throw usageError(command, `${flag} is given twice (${shown(String(values[name]))} and ${shown(value)})`, `give ${flag} once`);
    }
    values[name] = value;
  }
  if (!help) {
    const allowed = spec.positionals ?? [];
    if (positionals.length > allowed.length) {
      const extra = positionals[allowed.length];
      throw usageError(
        command,
        `unexpected argument ${shown(extra)}`,
        allowed.length === 0 ? `${command} takes only options; run \`model-build ${command} --help\`` : `${command} takes ${allowed.map((p) => p.name).join(" ")} and options; run \`model-build ${command} --help\``
      );
    }
    positionals.forEach((v, i) => checkValue(command, allowed[i].name, v));
  }
  return { values, positionals, help };
}
function checkPathArguments(command, spec, parsed, cwd) {
  for (const [name, o] of Object.entries(spec.options)) {
    const value = parsed.values[name];
    if (!o.path || typeof value !== "string") continue;
    const base = o.relativeTo && typeof parsed.values[o.relativeTo] === "string" ? path.resolve(cwd, parsed.values[o.relativeTo]) : cwd;
    checkPath(command, `--${name}`, value, path.resolve(base, value), o.path);
  }
  (spec.positionals ?? []).forEach((p, i) => {
    const value = parsed.positionals[i];
    if (p.path && value !== void 0) checkPath(command, p.name, value, path.resolve(cwd, value), p.path);
  });
}
function statOrNull(abs) {
  try {
    return statSync(abs);
  } catch {
    return null;
  }
}
function checkPath(command, flag, value, abs, kind) {
  const st = statOrNull(abs);
  const what = `${flag} ${shown(value)}`;
  switch (kind) {
    case "input-file":
      if (st && !st.isFile()) {
        throw usageError(
          command,
          `${what} is ${kindOf(st)}, not a file`,
          st.isDirectory() ? `name a file inside the folder for ${flag}` : `name a regular file for ${flag}: devices, pipes and sockets are never read`
        );
      }
      return;
    case "input-dir":
      if (!st) throw usageError(command, `${what} does not exist`, `name an existing folder with ${flag}`);
      if (!st.isDirectory()) throw usageError(command, `${what} is ${st.isFile() ? "a file" : kindOf(st)}, not a folder`, `name a folder with ${flag}`);
      return;
    case "output-file": {
      if (st?.isDirectory()) throw usageError(command, `${what} is a folder`, `name the file to write with ${flag}, e.g. ${path.join(value, "report.out")}`);
      const dir = statOrNull(path.dirname(abs));
      if (!dir) throw usageError(command, `${what}: folder ${shown(path.dirname(value))} does not exist`, `create it first (mkdir -p), or write somewhere else with ${flag}`);
      if (!dir.isDirectory()) throw usageError(command, `${what}: ${shown(path.dirname(value))} is not a folder`, `write somewhere else with ${flag}`);
      return;
    }
    case "output-dir":
      if (st && !st.isDirectory()) throw usageError(command, `${what} is ${st.isFile() ? "a file" : kindOf(st)}, not a folder`, `name a folder with ${flag}`);
      return;
  }
}
function flagLabel(name, o) {
  const value = o.optionalValue ? ` [${o.value ?? "VALUE"}]` : ` ${o.value ?? "VALUE"}`;
  return `${o.short ? `-${o.short}, ` : ""}--${name}${o.type === "string" ? value : ""}`;
}
function optionLines(spec, indent, withHelp) {
  const rows = [
    ...(spec.positionals ?? []).map((p) => [p.name, p.help]),
    ...Object.entries(spec.options).map(([n, o]) => [flagLabel(n, o), o.help]),
    ...withHelp ? [[flagLabel("help", HELP_OPTION), HELP_OPTION.help]] : []
  ];
  const width = Math.max(16, ...rows.map(([l]) => l.length)) + 2;
  return rows.map(([l, h]) => `${indent}${l.padEnd(width)}${h}`);
}
var EXIT_CODES = "Exit codes: 0 ok \xB7 1 check or gate failed, not reproducible, drift \xB7 2 usage or input error";
function commandHelp(name, spec) {
  const args = (spec.positionals ?? []).map((p) => ` ${p.name}`).join("");
  return [
    `Usage: model-build ${name}${args} [options]`,
    "",
    spec.summary.replace(/\n\s*/g, " "),
    "",
    "Options:",
    ...optionLines(spec, "  ", true),
    "",
    "Examples:",
    // A comment line, then the command: the block pastes into a shell as it is.
    ...spec.examples.flatMap((e) => [`  # ${e.what}`, `  ${e.run}`]),
    "",
    ...spec.examples.some((e) => e.run.includes("examples/penguins")) ? [EXAMPLES_NOTE] : [],
    EXIT_CODES,
    ""
  ].join("\n");
}
function globalHelp(commands) {
  const lines = ["Usage: model-build <command> [options]", "", "Commands:"];
  for (const [name, spec] of Object.entries(commands)) {
    const [first, ...more] = spec.summary.split("\n");
    lines.push(`  ${name.padEnd(8)}  ${first}`, ...more.map((m) => `            ${m.trim()}`));
    lines.push(...optionLines(spec, "              ", false));
  }
  lines.push(
    "",
    "Options:",
    "  -h, --help      show this help (`model-build <command> --help`: that command's)",
    "  -v, --version   print the version",
    "",
    "Run `model-build <command> --help` (or `model-build help <command>`) for its examples.",
    EXIT_CODES,
    ""
  );
  return lines.join("\n");
}

// src/cli/buildCommand.ts
import path2 from "node:path";

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
  const rel = path2.relative(process.cwd(), result.modelDir) || ".";
  lines.push("", `${s.bold("model")} ${rel}/ (${result.files.join(", ")})`);
  if (result.package) {
    lines.push(`${s.bold("package")} ${path2.relative(process.cwd(), result.package.archive)}`);
    lines.push(`  archive  ${result.package.digest}`, `  contents ${result.package.contentDigest}`);
    if (result.provenance) lines.push(`  provenance ${path2.relative(process.cwd(), result.provenance)}`);
  }
  lines.push(r.gatesPassed ? s.green("BUILT") : s.red(`FAILED: ${r.gates.filter((x) => !x.passed).length} gate(s) not met; the model was written for inspection, not packaged`));
  return `${lines.join("\n")}
`;
}

// src/cli/inspectCommand.ts
import path3 from "node:path";
async function runInspect(args) {
  const { entries: _entries, ...pkg } = readPackage(path3.resolve(args.archive));
  if (args.json) {
    process.stdout.write(`${JSON.stringify(pkg, null, 2)}
`);
    return 0;
  }
  const s = styleFor(process.stdout);
  const m = pkg.metadata;
  const fmt3 = (v) => Number.isInteger(v) ? String(v) : v.toFixed(4);
  const lines = [
    `${s.bold(m.name)}${m.version ? ` ${m.version}` : ""}  ${s.green("\u2713 every file matches MANIFEST.sha256 and the metadata schema")}`,
    ...m.dirty ?? m.code.dirty ? [s.yellow("  \u26A0 DIRTY BUILD: built with --allow-dirty from unversioned code or data; not reproducible"), ...(m.problems ?? []).map((p) => s.yellow(`    - ${p}`))] : [],
    `  archive   ${pkg.digest}`,
    `  contents  ${pkg.contentDigest}`,
    `  built     ${m.timestamp} by model-build ${m.createdBy.version}`,
    `  code      ${m.code.commit}${m.code.ref ? ` (${m.code.ref})` : ""}${m.code.dirty ? s.yellow(" DIRTY") : ""}${m.code.repository ? `  ${m.code.repository}` : ""}`,
    `  config    ${m.config.path} ${m.config.digest}`,
    ...m.data.map((d) => {
      const read = d.actual !== void 0 && d.actual !== d.hash ? s.yellow(`  read ${d.actual ?? "unknown bytes"} (${d.status ?? "modified"})`) : "";
      return `  data      ${d.path}  ${d.kind ?? "unversioned"} ${d.hash ?? ""}${read}${d.rows !== null ? `  ${d.rows} rows` : ""}`;
    }),
    `  training  ${m.task} on ${m.training.backend} (tfjs ${m.training.tfjsVersion}), seed ${m.training.seed}, ${m.training.epochsRun} epochs`,
    `  runtime   node ${m.environment.node} ${m.environment.platform}-${m.environment.arch}; ${Object.entries(m.environment.dependencies).map(([k, v]) => `${k}@${v}`).join(", ")}`,
    `  metrics   ${Object.entries(m.metrics).filter((e) => typeof e[1] === "number").map(([k, v]) => `${k} ${fmt3(v)}`).join(", ")}`,
    ...m.gates.map((g) => `  gate      ${g.passed ? s.green("\u2713") : s.red("\u2717")} ${g.metric} ${g.op} ${g.threshold} (${fmt3(g.actual)})`),
    "  files",
    ...pkg.files.map((f) => `    ${f.sha256.slice(0, 12)}  ${formatBytes(f.size).padStart(10)}  ${f.name}`)
  ];
  process.stdout.write(`${lines.join("\n")}
`);
  return 0;
}

// src/cli/monitorCommand.ts
import path4 from "node:path";
async function runMonitor(args) {
  const html = args.html && path4.resolve(args.html);
  const markdown = args.markdown && path4.resolve(args.markdown);
  if (html) checkOutputFile(html, "--html", args.html);
  if (markdown) checkOutputFile(markdown, "--markdown", args.markdown);
  const report = await monitorData({
    package: args.package && path4.resolve(args.package),
    profile: args.profile && path4.resolve(args.profile),
    data: path4.resolve(args.data),
    display: args.data,
    labels: args.labels && path4.resolve(args.labels),
    labelsDisplay: args.labels,
    join: args.join
  });
  if (html) writeFileAtomic(html, monitorHtml(report, `model-build monitor: ${path4.basename(args.data)}`), args.html);
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
      const iv = m.interval ? `[${fmt2(m.interval[0])}, ${fmt2(m.interval[1])}]` : "\u2014";
      lines.push(`  ${m.name.padEnd(width)} ${fmt2(m.value).padStart(9)}  ${iv.padEnd(20)} ${(m.packaged === null ? "\u2014" : fmt2(m.packaged)).padStart(8)} ${(m.delta === null ? "\u2014" : signed(m.delta)).padStart(9)}`);
    }
  }
  for (const g of p.gates) {
    lines.push(`${g.passed ? s.green("\u2713") : s.red("\u2717")} gate ${g.metric} ${g.op} ${g.threshold}: ${fmt2(g.actual)} on the new data${g.packaged === null ? "" : ` (build: ${fmt2(g.packaged)})`}`);
  }
  const b = p.bootstrap;
  lines.push(s.dim(`intervals: ${b.level * 100}% percentile bootstrap, ${b.resamples} resamples of ${b.rows} rows${b.subsampled ? " (a seeded subsample of the labeled rows)" : ""}, seed ${b.seed}`));
  if (p.gatesPassed === false) lines.push(s.red(`GATE FAILED on the new data: ${p.gates.filter((g) => !g.passed).map((g) => g.metric).join(", ")}`));
  else if (p.gatesPassed === true) lines.push(s.green(p.gates.length ? "GATES PASS on the new data" : "no gates to check"));
  else lines.push(s.dim("no labeled rows: no metric or gate could be computed"));
  return lines;
}
var fmt2 = (v) => Number.isNaN(v) ? "NaN" : Math.abs(v) >= 1e3 ? v.toFixed(1) : v.toFixed(4);
var signed = (v) => v > 0 ? `+${fmt2(v)}` : fmt2(v);

// src/cli/predictCommand.ts
import path5 from "node:path";

// src/core/predict/inputAudit.ts
var blank = (v) => v === null || v === void 0 || typeof v === "string" && (v.trim() === "" || MISSING.has(v.trim()));
var shown2 = (v) => {
  const s = typeof v === "string" ? v : JSON.stringify(v) ?? String(v);
  return JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}\u2026` : s);
};
var InputAudit = class {
  /**
   * @param display how the input is named in --strict errors (a path, or "stdin").
   * @param strict refuse the first missing or unparseable value instead of counting it.
   */
  constructor(preprocessor, display, strict = false) {
    this.preprocessor = preprocessor;
    this.display = display;
    this.strict = strict;
  }
  preprocessor;
  display;
  strict;
  tallies = /* @__PURE__ */ new Map();
  /** Counts (or, strict, refuses) the values of `records` that prediction would fill. */
  check(records) {
    const steps = this.preprocessor.steps;
    for (const { line, record } of records) {
      for (let k = 0; k < steps.length; k++) {
        const step = steps[k];
        const raw = Object.hasOwn(record, step.column) ? record[step.column] : void 0;
        let filled;
        switch (step.kind) {
          case "numeric":
          case "bucketized":
            filled = toNumber(raw ?? null) === null;
            break;
          case "boolean":
            filled = toBoolean(raw ?? null) === null;
            break;
          case "categorical":
            filled = raw === null || raw === void 0 || raw === "";
            break;
        }
        if (!filled) continue;
        const missing = blank(raw);
        if (this.strict) this.refuse(step.column, step.kind, raw, missing, line);
        let t = this.tallies.get(step.column);
        if (!t) {
          t = { column: step.column, order: k, missing: 0, unparseable: 0, firstUnparseableLine: void 0 };
          this.tallies.set(step.column, t);
        }
        if (missing) t.missing++;
        else {
          t.unparseable++;
          t.firstUnparseableLine ??= line;
        }
      }
    }
  }
  refuse(column, kind, raw, missing, line) {
    const what = missing ? `column "${column}" is missing${raw === void 0 ? "" : ` (${shown2(raw)})`}` : `column "${column}": ${shown2(raw)} is not ${kind === "boolean" ? "a boolean" : "a number"}`;
    throw new ModelBuildError("DATA_INVALID", `${what}; --strict refuses inputs that prediction would fill`, {
      file: this.display,
      line,
      hint: "fix the input, or run without --strict to fill it with the value learned in training (the fills are counted on stderr)"
    });
  }
  /** Totals over every column. */
  get totals() {
    let missing = 0;
    let unparseable = 0;
    for (const t of this.tallies.values()) {
      missing += t.missing;
      unparseable += t.unparseable;
    }
    return { missing, unparseable };
  }
  /**
   * One line, or null when nothing was filled, e.g.
   * `filled 3 missing values (sex: 2, body_mass_g: 1); 1 unparseable value (bill_length_mm, line 4)`.
   */
  summary() {
    const { missing, unparseable } = this.totals;
    if (missing + unparseable === 0) return null;
    const by = (key) => [...this.tallies.values()].filter((t) => t[key] > 0).sort((a, b) => b[key] - a[key] || a.order - b.order);
    const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
    const parts = [];
    if (missing > 0) parts.push(`filled ${plural(missing, "missing value")} (${by("missing").map((t) => `${t.column}: ${t.missing}`).join(", ")})`);
    if (unparseable > 0) {
      const cols = by("unparseable").map((t) => {
        const at = t.firstUnparseableLine === void 0 ? "" : t.unparseable === 1 ? `, line ${t.firstUnparseableLine}` : `, first on line ${t.firstUnparseableLine}`;
        return t.unparseable === 1 ? `${t.column}${at}` : `${t.column}: ${t.unparseable}${at}`;
      });
      parts.push(`${missing > 0 ? "" : "filled "}${plural(unparseable, "unparseable value")} (${cols.join("; ")})`);
    }
    return parts.join("; ");
  }
};

// src/core/predict/predictStream.ts
async function predictRecords(model, source, write, options) {
  const audit = new InputAudit(model.preprocessor, options.display, options.strict === true);
  const size = options.batch ?? 4096;
  let batch = [];
  const flush = async () => {
    if (batch.length === 0) return;
    audit.check(batch);
    const predictions = model.predict(batch.map((r) => r.record));
    batch = [];
    await write(`${predictions.map((p) => JSON.stringify(p)).join("\n")}
`);
  };
  for await (const r of source) {
    batch.push(r);
    if (batch.length >= size) await flush();
  }
  await flush();
  return audit;
}

// src/cli/predictCommand.ts
var BATCH = 4096;
async function runPredict(args) {
  const input = path5.resolve(args.input);
  regularFile(input, { display: args.input, what: "the file" });
  formatOf(input, args.input, void 0);
  const output = args.output ? path5.resolve(args.output) : void 0;
  if (output) checkOutputFile(output, "--output", args.output);
  const model = await loadModel(path5.resolve(args.model), { backend: args.backend });
  const file = output ? openAtomicStream(output, args.output) : void 0;
  const write = file ? (text) => file.write(text) : (text) => new Promise((resolve, reject) => process.stdout.write(text, (e) => e ? reject(e) : resolve()));
  try {
    const audit = await predictRecords(model, readRecords(input, { display: args.input }), write, { display: args.input, strict: args.strict, batch: BATCH });
    await file?.commit();
    const summary = audit.summary();
    if (summary) process.stderr.write(`${styleFor(process.stderr).yellow("warning:")} ${summary}
`);
    return 0;
  } catch (e) {
    file?.abort();
    throw e;
  } finally {
    model.dispose();
  }
}

// src/cli/profileCommand.ts
import path6 from "node:path";
async function runProfile(args) {
  const out = args.out && path6.resolve(args.out);
  if (out) checkOutputFile(out, "--out", args.out);
  const profile = await profileFile(path6.resolve(args.data), { display: args.data });
  const text = `${JSON.stringify(profile, null, 2)}
`;
  if (out) writeFileAtomic(out, text, args.out);
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
import path7 from "node:path";
async function runVerify(args) {
  if (!args.json) process.stderr.write(args.against ? `rebuilding to compare with ${args.against}\u2026
` : `rebuilding ${args.runs ?? 2} times in separate processes\u2026
`);
  const report = await verifyBuild({ config: args.config, against: args.against, runs: args.runs, backend: args.backend, command: ownCommand() });
  process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}
` : formatVerify(report, styleFor(process.stdout)));
  return report.reproducible ? 0 : 1;
}
function ownCommand() {
  const execArgv = process.execArgv.filter((a) => !/^--inspect/.test(a));
  return [process.execPath, ...execArgv, process.argv[1]];
}
function shown3(file) {
  const rel = path7.relative(process.cwd(), file);
  return rel && !rel.startsWith("..") && !path7.isAbsolute(rel) ? rel : file;
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
  lines.push(`reference (${r.reference.source === "package" ? `the package ${shown3(r.reference.archive)}` : "rebuild 1"}): ${r.reference.digest}`);
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
    for (const t of moved) lines.push(s.dim(`  weights ${t.name}: max |\u0394| ${num2(t.maxAbsDiff)}`));
    for (const m of c.metrics) lines.push(s.dim(`  metric ${m.metric}: ${num2(m.expected)} \u2192 ${num2(m.actual)} (\u0394 ${m.delta >= 0 ? "+" : ""}${num2(m.delta)})`));
    for (const cause of c.causes) lines.push(s.yellow(`  likely cause: ${cause}`));
  });
  lines.push(r.reproducible ? s.green("REPRODUCIBLE: byte-identical archives") : s.red("NOT REPRODUCIBLE"));
  return `${lines.join("\n")}
`;
}

// src/cli/main.ts
var BACKENDS = ["auto", "tensorflow", "wasm", "cpu"];
function backendOf(v, command) {
  const b = v.backend;
  if (b === void 0) return void 0;
  if (!BACKENDS.includes(b)) {
    throw new ModelBuildError("USAGE", `${command}: --backend must be one of ${BACKENDS.join(", ")} (got ${shown(b)})`, {
      hint: "auto picks the fastest that loads: tensorflow (tfjs-node), then wasm, then cpu"
    });
  }
  return b;
}
function required(v, name, command) {
  const value = v[name];
  if (typeof value !== "string" || value === "") {
    throw new ModelBuildError("USAGE", `${command}: --${name} is required`, { hint: `run \`model-build ${command} --help\`` });
  }
  return value;
}
var MAX_VERIFY_RUNS = 20;
function runsOf(v) {
  if (v.runs === void 0) return void 0;
  const text = String(v.runs);
  const runs = /^[0-9]{1,3}$/.test(text) ? Number(text) : NaN;
  if (!(runs >= 1 && runs <= MAX_VERIFY_RUNS)) {
    throw new ModelBuildError("USAGE", `verify: --runs must be a whole number from 1 to ${MAX_VERIFY_RUNS} (got ${shown(text)})`, {
      hint: "each run is a full rebuild; 2 is enough to catch non-determinism"
    });
  }
  return runs;
}
var MAX_JOBS = 128;
var JOBS = { type: "string", short: "j", value: "N", help: `objects transferred or checked at once (default: the remote's jobs, else 8; at most ${MAX_JOBS})` };
function jobsOf(v, command) {
  if (v.jobs === void 0) return void 0;
  const text = String(v.jobs);
  const jobs = /^[0-9]{1,3}$/.test(text) ? Number(text) : NaN;
  if (!(jobs >= 1 && jobs <= MAX_JOBS)) {
    throw new ModelBuildError("USAGE", `${command}: --jobs must be a whole number from 1 to ${MAX_JOBS} (got ${shown(text)})`, { hint: "the default, 8, suits most remotes" });
  }
  return jobs;
}
var CONFIG = { type: "string", short: "c", value: "FILE", help: "config file (default: model-build.yml)", path: "input-file" };
var JSON_OUT = (what) => ({ type: "boolean", help: `print ${what} as JSON` });
var BACKEND = (help) => ({ type: "string", value: "B", help });
var COMMANDS = {
  check: {
    summary: "refuse unversioned code or data: git tree clean, DVC and LFS data pulled and\nmatching their committed pointers, every data path in the config versioned",
    options: {
      root: { type: "string", value: "DIR", help: "folder inside the repository (default: .)", path: "input-dir" },
      config: { ...CONFIG, help: "config file (default: model-build.yml in --root, if any)", relativeTo: "root" },
      json: JSON_OUT("the report"),
      "no-cache": { type: "boolean", help: "hash every file again, ignoring the hash cache" },
      remote: { type: "string", value: "NAME", optionalValue: true, help: "also confirm the DVC remote (default: [core] remote) holds every object the pointers record" },
      jobs: JOBS
    },
    examples: [
      { what: "refuse unless the code and the data the config reads are committed and match", run: "model-build check --root examples/penguins" },
      { what: "the same report as JSON, for scripts", run: "model-build check --root examples/penguins --json" },
      { what: "also confirm the default DVC remote holds every object the pointers record", run: "model-build check --remote" }
    ],
    run: (v) => runCheck({
      root: v.root,
      config: v.config,
      json: Boolean(v.json),
      noCache: Boolean(v["no-cache"]),
      remote: v.remote,
      jobs: jobsOf(v, "check")
    })
  },
  pull: {
    summary: "fetch the DVC data the config reads from a DVC remote (local folder, HTTP(S), S3),\nverified by md5, into the DVC cache and the workspace; no Python needed",
    options: {
      root: { type: "string", value: "DIR", help: "folder inside the repository (default: .)", path: "input-dir" },
      config: { ...CONFIG, help: "config file (default: model-build.yml in --root; none: every DVC output)", relativeTo: "root" },
      remote: { type: "string", short: "r", value: "NAME", help: "DVC remote (default: [core] remote)" },
      jobs: JOBS,
      force: { type: "boolean", short: "f", help: "replace workspace files whose bytes differ from the pointer" },
      json: JSON_OUT("the result")
    },
    examples: [
      { what: "fetch the DVC data model-build.yml reads (every DVC output without one) from the default remote", run: "model-build pull" },
      { what: "from the remote named storage, 16 objects at a time", run: "model-build pull --remote storage --jobs 16" },
      { what: "also replace workspace files whose bytes differ from their pointers", run: "model-build pull --force" }
    ],
    run: (v) => runPull({
      root: v.root,
      config: v.config,
      remote: v.remote,
      jobs: jobsOf(v, "pull"),
      force: Boolean(v.force),
      json: Boolean(v.json)
    })
  },
  build: {
    summary: "check, then train and evaluate the model the config describes and write the\nmodel directory (model.json, weights.bin, preprocessor.json, metrics.json) and,\nwhen every gate passes, the package (.zip) and its provenance",
    options: {
      config: { ...CONFIG, help: "config file (default: model-build.yml, .yaml or .json in the current folder)" },
      out: { type: "string", short: "o", value: "DIR", help: "output folder (default: the config's package.out, else model-build-out, beside the config)", path: "output-dir" },
      backend: BACKEND("auto | tensorflow | wasm | cpu (default: the config's training.backend, else auto)"),
      "allow-dirty": { type: "boolean", help: "build even if the check fails (recorded in metrics.json)" },
      "no-cache": { type: "boolean", help: "hash every file again, ignoring the hash cache" },
      json: JSON_OUT("the result")
    },
    examples: [
      { what: "train, gate and package the bundled example into examples/penguins/model-build-out/", run: "model-build build --config examples/penguins/model-build.yml" },
      { what: "on the pure-JavaScript cpu backend, the result as JSON", run: "model-build build --config examples/penguins/model-build.yml --backend cpu --json" },
      { what: "try uncommitted changes: the package records that it is dirty", run: "model-build build --config examples/penguins/model-build.yml --allow-dirty" }
    ],
    run: (v) => runBuild({
      config: v.config,
      out: v.out,
      backend: backendOf(v, "build"),
      allowDirty: Boolean(v["allow-dirty"]),
      noCache: Boolean(v["no-cache"]),
      json: Boolean(v.json)
    })
  },
  verify: {
    summary: "the reproducibility gate: rebuild in separate processes and compare archives",
    options: {
      config: { ...CONFIG, help: "config file (default: model-build.yml, .yaml or .json in the current folder, as build)" },
      against: { type: "string", value: "PKG", help: "compare with this package instead of rebuilds with each other", path: "input-file" },
      runs: { type: "string", value: "N", help: `rebuilds (default 2, and at least 2, without --against; default 1 with it; at most ${MAX_VERIFY_RUNS})` },
      backend: BACKEND("backend for the rebuilds (default: the --against package's, else the config's training.backend)"),
      json: JSON_OUT("the comparison")
    },
    examples: [
      { what: "rebuild twice in separate processes and compare the archives byte for byte", run: "model-build verify --config examples/penguins/model-build.yml" },
      { what: "rebuild once and compare with a package built before", run: "model-build verify --config examples/penguins/model-build.yml --against examples/penguins/model-build-out/penguins-*.zip" }
    ],
    run: (v) => runVerify({ config: v.config, against: v.against, runs: runsOf(v), backend: backendOf(v, "verify"), json: Boolean(v.json) })
  },
  profile: {
    summary: "profile a data file (types, missing, distinct, quantiles, top values), streaming",
    positionals: [{ name: "DATA", help: "a CSV, JSON Lines or JSON file", path: "input-file" }],
    options: {
      out: { type: "string", short: "o", value: "FILE", help: "write the profile (JSON, mergeable sketches) to FILE", path: "output-file" },
      json: JSON_OUT("the profile")
    },
    examples: [
      { what: "types, missing values, distinct counts, quantiles and top values of each column", run: "model-build profile examples/penguins/data/penguins.csv" },
      { what: "save the profile: a reference for `monitor --profile`", run: "model-build profile examples/penguins/data/penguins.csv --out penguins.profile.json" }
    ],
    run: (v, positionals) => {
      const data = positionals[0];
      if (!data) throw new ModelBuildError("USAGE", "profile: name the data file, e.g. `model-build profile data/train.csv`");
      return runProfile({ data, out: v.out, json: Boolean(v.json) });
    }
  },
  monitor: {
    summary: "compare new data with the training profile: calibrated drift tests per feature\n(false-alarm rate \u2264 alpha for the whole report), schema, prediction drift; with a\npackage, metrics and gates on labeled data and accuracy estimated without labels",
    options: {
      package: { type: "string", value: "PKG", help: "reference: a model package (its profile and features)", path: "input-file" },
      profile: { type: "string", value: "FILE", help: "or a profile written by `profile --out`", path: "input-file" },
      data: { type: "string", value: "FILE", help: "the new data", path: "input-file" },
      labels: { type: "string", value: "FILE", help: "labels that arrive apart from the data (needs --join): metrics and gates on them", path: "input-file" },
      join: { type: "string", value: "COLUMN", help: "the key column the data and --labels share (exact text match)" },
      json: JSON_OUT("the report"),
      html: { type: "string", value: "FILE", help: "write a self-contained HTML report with a chart per feature", path: "output-file" },
      markdown: { type: "string", value: "FILE", help: "write the Markdown report (for job summaries)", path: "output-file" }
    },
    examples: [
      {
        what: "new data against a package: drift per feature and in the predictions; metrics, as the label is there",
        run: "model-build monitor --package examples/penguins/model-build-out/penguins-*.zip --data examples/penguins/data/penguins.csv"
      },
      { what: "against a saved profile, with an HTML report", run: "model-build monitor --profile penguins.profile.json --data examples/penguins/data/penguins.csv --html drift.html" }
    ],
    run: (v) => runMonitor({
      html: v.html,
      markdown: v.markdown,
      package: v.package,
      profile: v.profile,
      data: required(v, "data", "monitor"),
      labels: v.labels,
      join: v.join,
      json: Boolean(v.json)
    })
  },
  inspect: {
    summary: "verify a model package (digests, schema, safe archive) and print its metadata",
    positionals: [{ name: "PACKAGE", help: "the .zip written by build", path: "input-file" }],
    options: { json: JSON_OUT("the metadata and file digests") },
    examples: [
      { what: "check the digests and print what the package says about itself", run: "model-build inspect examples/penguins/model-build-out/penguins-*.zip" },
      { what: "the metadata and every file digest as JSON", run: "model-build inspect examples/penguins/model-build-out/penguins-*.zip --json" }
    ],
    run: (v, positionals) => {
      const archive = positionals[0];
      if (!archive) throw new ModelBuildError("USAGE", "inspect: name the package, e.g. `model-build inspect out/penguins-1a2b3c4d5e6f.zip`");
      return runInspect({ archive, json: Boolean(v.json) });
    }
  },
  predict: {
    summary: "run a built model on records and write JSON Lines",
    options: {
      model: { type: "string", short: "m", value: "DIR", help: "a model directory written by build", path: "input-dir" },
      input: { type: "string", short: "i", value: "FILE", help: "CSV, JSON Lines or JSON records", path: "input-file" },
      output: { type: "string", value: "FILE", help: "where to write (default: standard output)", path: "output-file" },
      backend: BACKEND("auto | tensorflow | wasm | cpu (default: auto)"),
      strict: { type: "boolean", help: "refuse (exit 2) a missing or unparseable input instead of filling it" }
    },
    examples: [
      { what: "predict with the model folder build wrote: JSON Lines on standard output", run: "model-build predict --model examples/penguins/model-build-out/penguins --input examples/penguins/data/penguins.csv" },
      { what: "into a file, on the cpu backend", run: "model-build predict -m examples/penguins/model-build-out/penguins -i examples/penguins/data/penguins.csv --output predictions.jsonl --backend cpu" }
    ],
    run: (v) => runPredict({
      model: required(v, "model", "predict"),
      input: required(v, "input", "predict"),
      output: v.output,
      backend: backendOf(v, "predict"),
      strict: Boolean(v.strict)
    })
  }
};
var USAGE = globalHelp(COMMANDS);
function unknownCommand(command) {
  if (command.startsWith("-")) {
    return new ModelBuildError("USAGE", `unknown option ${shown(command)} before the command`, {
      hint: "options go after the command, e.g. `model-build check --json`; run `model-build --help`"
    });
  }
  const guess = didYouMean(command, Object.keys(COMMANDS));
  return new ModelBuildError("USAGE", `unknown command ${shown(command)}`, {
    hint: guess ? `did you mean \`model-build ${guess}\`? (\`model-build --help\` lists them)` : "run `model-build --help` for the list"
  });
}
async function main(argv) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const [command, ...rest] = argv;
  const sep = rest.indexOf("--");
  const wantsJson = (sep < 0 ? rest : rest.slice(0, sep)).includes("--json");
  try {
    if (command === void 0 || command === "-h" || command === "--help" || command === "help") {
      const topic = command === "help" ? rest[0] : void 0;
      if (topic !== void 0) {
        const cmd2 = Object.hasOwn(COMMANDS, topic) ? COMMANDS[topic] : null;
        if (!cmd2) throw unknownCommand(topic);
        process.stdout.write(commandHelp(topic, cmd2));
        return 0;
      }
      process.stdout.write(USAGE);
      return command ? 0 : 2;
    }
    if (command === "-v" || command === "--version") {
      const pkg = JSON.parse(readFileSync(ownFile("package.json"), "utf8"));
      process.stdout.write(`${pkg.version}
`);
      return 0;
    }
    const cmd = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : null;
    if (!cmd) throw unknownCommand(command);
    const parsed = parseCommandArgs(command, cmd, rest);
    if (parsed.help) {
      process.stdout.write(commandHelp(command, cmd));
      return 0;
    }
    checkPathArguments(command, cmd, parsed, process.cwd());
    return await cmd.run(parsed.values, parsed.positionals);
  } catch (e) {
    return reportError(e, wantsJson);
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
  return known && (e.code === "UNVERSIONED_CODE" || e.code === "WORKSPACE_CONFLICT") ? 1 : 2;
}

// src/cli/index.ts
process.exitCode = await main(process.argv.slice(2));
