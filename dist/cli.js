#!/usr/bin/env node
import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);
import {
  DEFAULT_SIGNATURE_NAME,
  GITHUB_ACTIONS_ISSUER,
  SIGNING_KEY_PASSPHRASE_ENV,
  assertReplaceableSignature,
  buildModel,
  checkOutputFile,
  checkPackageSignature,
  checkRemote,
  checkWorkspace,
  claimBuildOutput,
  configuredOutput,
  describeInputs,
  estimateText,
  findConfigFile,
  generateSigningKey,
  inputSchema,
  isVariantId,
  loadConfig,
  loadModel,
  loadModelFrom,
  loadPublicKey,
  loadSigningKey,
  minP,
  monitorData,
  monitorHtml,
  monitorMarkdown,
  openAtomicStream,
  outputSchema,
  ownFile,
  profileFile,
  pullData,
  readGitFacts,
  readPackage,
  readRecords,
  readTrustedRoots,
  requireSweep,
  rowsText,
  ruleText,
  runBuild,
  selectBest,
  signModelFiles,
  signPackage,
  signatureFileFor,
  sweepMatrix,
  toBoolean,
  toNumber,
  verifyBuild,
  writeFileAtomic
} from "./chunk-KEXBDEE4.js";
import {
  CsvParser,
  MISSING,
  csvHeader,
  dataLimits,
  didYouMean,
  formatOf,
  formatSize,
  kindOf,
  regularFile
} from "./chunk-WTPAZB2N.js";
import "./chunk-EI6HOR2N.js";
import {
  ModelBuildError
} from "./chunk-J3ZPWLJ2.js";
import "./chunk-LTRPNYHO.js";

// src/cli/main.ts
import { readFileSync } from "node:fs";

// src/core/sweep/runSweep.ts
import { availableParallelism } from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
var MAX_SWEEP_JOBS = 64;
async function runSweep(options = {}) {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const file = findConfigFile(options.config, cwd);
  const facts = await readGitFacts(path.dirname(file));
  const loaded = loadConfig(file, { cwd, root: facts.ok ? facts.facts.root : void 0 });
  const plan = requireSweep(loaded, cwd);
  const variants = pick(plan.variants, options.only, loaded);
  const check = await checkWorkspace({ root: path.dirname(loaded.file), config: loaded, outputs: [configuredOutput(loaded, options.out, cwd), configuredOutput(loaded)] });
  if (!check.ok || !check.git) return { status: "refused", check };
  const git = check.git;
  const folder = await claimBuildOutput(loaded, check, options.out, cwd);
  try {
    const dir = path.join(folder.dir, "sweep");
    const jobs = Math.max(1, Math.min(options.jobs ?? availableParallelism(), variants.length, MAX_SWEEP_JOBS));
    const command = options.command ?? [process.execPath, ownFile("dist/cli.js")];
    const candidates = new Array(variants.length);
    const done = (i, c) => {
      candidates[i] = c;
      options.onVariant?.({ variant: variants[i], state: c.archive ? "built" : "failed", detail: c.failure });
    };
    if (inProcessSafe(loaded, variants)) {
      const shares = Array.from({ length: jobs }, (_, k) => variants.map((v, i) => ({ v, i })).filter((_2, i) => i % jobs === k));
      await Promise.all(shares.map((share) => buildShare(share, { command, file: loaded.file, cwd, out: folder.dir, backend: options.backend, onStart: (v) => options.onVariant?.({ variant: v, state: "started" }), done })));
    } else {
      let next = 0;
      const worker = async () => {
        for (let i = next++; i < variants.length; i = next++) {
          const variant = variants[i];
          options.onVariant?.({ variant, state: "started" });
          done(i, await buildVariant(variant, { command, file: loaded.file, cwd, out: path.join(dir, variant.id), backend: options.backend }));
        }
      };
      await Promise.all(Array.from({ length: jobs }, worker));
    }
    const selection = selectBest(candidates, { plan: { ...plan, variants }, name: loaded.config.name, commit: git.commit, tree: git.tree });
    const leaderboard = path.join(dir, "leaderboard.json");
    const relative = (p) => path.relative(dir, p).split(path.sep).join("/");
    writeFileAtomic(leaderboard, `${JSON.stringify(leaderboardJson(loaded.config.name, git.commit, selection, relative), null, 2)}
`);
    return { status: "done", name: loaded.config.name, commit: git.commit, dir, leaderboard, selection, jobs };
  } finally {
    folder.release();
  }
}
function inProcessSafe(loaded, variants) {
  if (loaded.config.model?.module) return false;
  return !variants.some((v) => Object.keys(v.overrides).some((k) => k === "model" || k === "model.module"));
}
var variantOut = (out, id) => path.join(out, "sweep", id);
async function buildShare(share, o) {
  const args = ["sweep", "--config", o.file, "--in-process", share.map((x) => x.v.id).join(","), "--out", o.out, "--json", ...o.backend ? ["--backend", o.backend] : []];
  const byId = new Map(share.map((x) => [x.v.id, x]));
  const finished = /* @__PURE__ */ new Set();
  let stderr = "";
  const code = await new Promise((resolve) => {
    let child;
    try {
      child = spawn(o.command[0], [...o.command.slice(1), ...args], { cwd: o.cwd, stdio: ["ignore", "pipe", "pipe"] });
    } catch (e) {
      stderr = e.message;
      return resolve(null);
    }
    let buffered = "";
    child.stdout.setEncoding("utf8").on("data", (chunk) => {
      buffered += chunk;
      for (let nl = buffered.indexOf("\n"); nl >= 0; nl = buffered.indexOf("\n")) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        let e;
        try {
          e = JSON.parse(line);
        } catch {
          continue;
        }
        const x = byId.get(e.variant);
        if (!x) continue;
        if (e.event === "started") o.onStart(x.v);
        else if (!finished.has(e.variant)) {
          finished.add(e.variant);
          o.done(x.i, { source: variantOut(o.out, e.variant), variant: e.variant, archive: e.archive, ...e.failure ? { failure: e.failure } : {} });
        }
      }
    });
    child.stderr.setEncoding("utf8").on("data", (d) => stderr = (stderr + d).slice(-4e3));
    child.on("error", (e) => {
      stderr = e.message;
      resolve(null);
    });
    child.on("close", (c) => resolve(c));
  });
  const why = `the build process ended (${code === null ? "could not start" : `exit ${code}`}) before this variant: ${stderr.trim().split("\n").filter(Boolean).pop() ?? "no message"}`;
  for (const x of share) if (!finished.has(x.v.id)) o.done(x.i, { source: variantOut(o.out, x.v.id), variant: x.v.id, archive: null, failure: why });
}
async function buildVariantsInProcess(o) {
  for (const id of o.ids) {
    o.onEvent({ event: "started", variant: id });
    try {
      const r = await buildModel({ config: o.config, cwd: o.cwd, variant: id, out: variantOut(o.out, id), backend: o.backend, sourceDateEpoch: o.sourceDateEpoch, builder: { id: "model-build/cli" } });
      o.onEvent({ event: "done", variant: id, ...outcome(r) });
    } catch (e) {
      if (!ModelBuildError.is(e)) throw e;
      o.onEvent({ event: "done", variant: id, archive: null, failure: e.message });
    }
  }
}
function pick(variants, only, loaded) {
  if (!only || only.length === 0) return variants;
  return only.map((id) => {
    const v = variants.find((x) => x.id === id);
    if (!v) {
      throw new ModelBuildError("USAGE", `variant "${id}" is not in the sweep of ${path.basename(loaded.file)}`, { hint: "`model-build sweep --plan` lists the variants" });
    }
    return v;
  });
}
async function buildVariant(variant, o) {
  const args = ["build", "--config", o.file, "--variant", variant.id, "--out", o.out, "--json", ...o.backend ? ["--backend", o.backend] : []];
  let result;
  try {
    result = await runBuild(o.command, args, o.cwd, process.env.SOURCE_DATE_EPOCH);
  } catch (e) {
    return { source: o.out, variant: variant.id, archive: null, failure: ModelBuildError.is(e) ? e.message : String(e) };
  }
  return { source: o.out, variant: variant.id, ...outcome(result) };
}
function outcome(r) {
  if (r.status === "refused") return { archive: null, failure: `the check refused the build (${r.check.problems.length} problem(s))` };
  if (r.package) return { archive: r.package.archive };
  const failed = r.result.gates.filter((g) => !g.passed).map((g) => `${g.metric} ${g.op} ${g.threshold} (got ${g.actual.toFixed(4)})`);
  return { archive: null, failure: `failed its gates: ${failed.join(", ")}` };
}
function leaderboardJson(name, commit, s, shown6 = (p) => p) {
  return {
    format: 1,
    name,
    commit,
    metric: s.metric,
    direction: s.direction,
    winner: s.winner ? { variant: s.winner.variant.id, package: shown6(s.winner.archive), digest: s.winner.digest, value: s.winner.value } : null,
    ranked: s.ranked.map((r) => ({ rank: r.rank, variant: r.variant.id, overrides: r.variant.overrides, value: r.value, package: shown6(r.archive), digest: r.digest, metrics: r.metrics })),
    rejected: s.rejected.map((r) => ({ variant: r.variant, label: r.label, source: shown6(r.source), reason: r.reason })),
    missing: s.missing.map((m) => m.id)
  };
}

// src/cli/args.ts
import { statSync } from "node:fs";
import path2 from "node:path";
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
    const base = o.relativeTo && typeof parsed.values[o.relativeTo] === "string" ? path2.resolve(cwd, parsed.values[o.relativeTo]) : cwd;
    checkPath(command, `--${name}`, value, path2.resolve(base, value), o.path);
  }
  (spec.positionals ?? []).forEach((p, i) => {
    const value = parsed.positionals[i];
    if (p.path && value !== void 0) checkPath(command, p.name, value, path2.resolve(cwd, value), p.path);
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
      if (st?.isDirectory()) throw usageError(command, `${what} is a folder`, `name the file to write with ${flag}, e.g. ${path2.join(value, "report.out")}`);
      const dir = statOrNull(path2.dirname(abs));
      if (!dir) throw usageError(command, `${what}: folder ${shown(path2.dirname(value))} does not exist`, `create it first (mkdir -p), or write somewhere else with ${flag}`);
      if (!dir.isDirectory()) throw usageError(command, `${what}: ${shown(path2.dirname(value))} is not a folder`, `write somewhere else with ${flag}`);
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
import path4 from "node:path";

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

// src/cli/signCommand.ts
import { closeSync, existsSync, fsyncSync, linkSync, openSync, rmSync, statSync as statSync2, writeSync } from "node:fs";
import path3 from "node:path";
function signingKeyOf(file) {
  const passphrase = process.env[SIGNING_KEY_PASSPHRASE_ENV];
  return loadSigningKey(path3.resolve(file), { display: file, passphrase: passphrase === "" ? void 0 : passphrase });
}
function shownPath(file) {
  const rel2 = path3.relative(process.cwd(), file);
  return rel2 && !rel2.startsWith("..") && !path3.isAbsolute(rel2) ? rel2 : file;
}
var isFolder = (p) => {
  try {
    return statSync2(p).isDirectory();
  } catch {
    return false;
  }
};
async function runSign(args) {
  const key = signingKeyOf(args.signingKey);
  const target = path3.resolve(args.target);
  let file;
  let signed2;
  if (isFolder(target)) {
    file = args.signature ? path3.resolve(args.signature) : path3.join(target, DEFAULT_SIGNATURE_NAME);
    checkOutputFile(file, "--signature", args.signature ?? shownPath(file));
    const rel2 = path3.relative(target, file);
    const inside = rel2 !== "" && !rel2.startsWith("..") && !path3.isAbsolute(rel2);
    assertReplaceableSignature(file, args.signature ?? shownPath(file));
    const result = signModelFiles(target, key, { ignorePaths: inside ? [rel2.split(path3.sep).join("/")] : [] });
    writeFileAtomic(file, result.text, shownPath(file));
    signed2 = result;
  } else {
    file = args.signature ? path3.resolve(args.signature) : signatureFileFor(target);
    checkOutputFile(file, "--signature", args.signature ?? shownPath(file));
    signed2 = signPackage(target, key, { signature: file });
  }
  if (args.json) {
    const out = { signature: file, model: signed2.statement.modelName, digest: `sha256:${signed2.statement.digest}`, files: signed2.statement.resources.length, key: `sha256:${key.fingerprint}` };
    process.stdout.write(`${JSON.stringify(out, null, 2)}
`);
  } else {
    const s = styleFor(process.stdout);
    process.stdout.write(
      [
        `${s.green("signed")} ${signed2.statement.modelName}: ${signed2.statement.resources.length} files, sha256:${signed2.statement.digest}`,
        `  signature ${shownPath(file)}`,
        `  key       sha256:${key.fingerprint} (ECDSA P-256)`,
        ""
      ].join("\n")
    );
  }
  return 0;
}
async function runKeygen(args) {
  const privateFile = path3.resolve(args.file);
  const publicFile = publicKeyFileFor(privateFile);
  for (const [f, shown6] of [
    [privateFile, args.file],
    [publicFile, shownPath(publicFile)]
  ]) {
    checkOutputFile(f, "keygen", shown6);
    let exists = false;
    try {
      statSync2(f);
      exists = true;
    } catch {
    }
    if (exists) throw new ModelBuildError("OUTPUT_REFUSED", "the file exists; keygen never replaces a key", { file: shown6, hint: "name a new file, or move the old key away first" });
  }
  const passphrase = process.env[SIGNING_KEY_PASSPHRASE_ENV] || void 0;
  const pair = generateSigningKey(passphrase);
  createExclusively(privateFile, pair.privatePem, 384, args.file);
  try {
    createExclusively(publicFile, pair.publicPem, 420, shownPath(publicFile));
  } catch (e) {
    rmSync(privateFile, { force: true });
    throw e;
  }
  if (args.json) {
    process.stdout.write(`${JSON.stringify({ privateKey: privateFile, publicKey: publicFile, fingerprint: `sha256:${pair.fingerprint}`, encrypted: Boolean(passphrase) }, null, 2)}
`);
  } else {
    process.stdout.write(
      [
        `private key ${args.file} (ECDSA P-256, PKCS#8${passphrase ? `, encrypted with ${SIGNING_KEY_PASSPHRASE_ENV}` : ""}; keep it secret)`,
        `public key  ${shownPath(publicFile)} (give this to whoever verifies)`,
        `fingerprint sha256:${pair.fingerprint}`,
        ""
      ].join("\n")
    );
  }
  return 0;
}
var publicKeyFileFor = (file) => `${file.replace(/\.pem$/, "")}.pub.pem`;
var counter = 0;
function createExclusively(file, text, mode, display) {
  const tmp = path3.join(path3.dirname(file), `.${path3.basename(file)}.tmp-${process.pid}-${counter++}`);
  try {
    const fd = openSync(tmp, "wx", mode);
    try {
      const bytes = Buffer.from(text, "utf8");
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    linkSync(tmp, file);
  } catch (e) {
    const code = e.code ?? String(e);
    throw new ModelBuildError(code === "EEXIST" ? "OUTPUT_REFUSED" : "OUTPUT_UNWRITABLE", code === "EEXIST" ? "the file exists; keygen never replaces a key" : `cannot write the key (${code})`, {
      file: display,
      hint: code === "EEXIST" ? "name a new file" : "check the folder and its permissions",
      cause: e
    });
  } finally {
    rmSync(tmp, { force: true });
  }
}
function signBuiltPackage(archive, key) {
  const file = signatureFileFor(archive);
  if (key) {
    signPackage(archive, key);
    return {
      json: { file, key: `sha256:${key.fingerprint}`, signedNow: true, matches: true },
      line: (s) => `${s.bold("signature")} ${shownPath(file)} (key sha256:${key.fingerprint})`
    };
  }
  if (!existsSync(file)) return null;
  let matches = false;
  let hint = null;
  try {
    const { verdict } = checkPackageSignature(archive, null);
    matches = verdict.valid;
    hint = verdict.signer.kind === "key" ? verdict.signer.fingerprint : null;
  } catch {
    matches = false;
  }
  return {
    json: { file, key: hint && `sha256:${hint}`, signedNow: false, matches },
    line: (s) => matches ? `${s.bold("signature")} ${shownPath(file)} from an earlier signing still matches every file` : s.yellow(`warning: ${shownPath(file)} is from an earlier build and does not match this package: sign it again (\`model-build sign\`) or delete it`)
  };
}

// src/cli/buildCommand.ts
async function runBuild2(args) {
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
  const signed2 = result.status === "built" && result.package ? signBuiltPackage(result.package.archive, key) : null;
  if (args.json) {
    process.stdout.write(`${JSON.stringify(signed2 ? { ...result, signature: signed2.json } : result, null, 2)}
`);
  } else {
    process.stdout.write(formatBuild(result, s));
    if (signed2) process.stdout.write(`${signed2.line(s)}
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
  const rel2 = path4.relative(process.cwd(), result.modelDir) || ".";
  lines.push("", `${s.bold("model")} ${rel2}/ (${result.files.join(", ")})`);
  if (result.package) {
    lines.push(`${s.bold("package")} ${path4.relative(process.cwd(), result.package.archive)}`);
    lines.push(`  archive  ${result.package.digest}`, `  contents ${result.package.contentDigest}`);
    if (result.provenance) lines.push(`  provenance ${path4.relative(process.cwd(), result.provenance)}`);
  }
  lines.push(r.gatesPassed ? s.green("BUILT") : s.red(`FAILED: ${r.gates.filter((x) => !x.passed).length} gate(s) not met; the model was written for inspection, not packaged`));
  return `${lines.join("\n")}
`;
}

// src/cli/inspectCommand.ts
import path6 from "node:path";

// src/cli/verifySignatureCommand.ts
import { existsSync as existsSync2 } from "node:fs";
import path5 from "node:path";
function loadTrust(t) {
  if ("publicKey" in t) return { publicKey: loadPublicKey(path5.resolve(t.publicKey), { display: t.publicKey }) };
  let identity = typeof t.identity === "string" ? t.identity : "";
  if (typeof t.identity !== "string") {
    try {
      identity = new RegExp(t.identity.regexp, "u");
    } catch (e) {
      throw new ModelBuildError("USAGE", `--identity-regexp is not a regular expression: ${e.message}`, { hint: "it is a JavaScript regular expression matched against the whole identity" });
    }
  }
  return { identity, issuer: t.issuer, trustedRoots: readTrustedRoots(path5.resolve(t.trustedRoot), t.trustedRoot) };
}
async function runVerifySignature(args) {
  const trust = loadTrust(args.trust);
  const { signature, verdict } = checkPackageSignature(path5.resolve(args.target), trust, { signature: args.signature && path5.resolve(args.signature) });
  const ok = verdict.valid && verdict.authenticated;
  if (args.json) {
    process.stdout.write(`${JSON.stringify(verdictJson(signature, verdict), null, 2)}
`);
  } else {
    process.stdout.write(formatVerdict(args.target, signature, verdict, styleFor(process.stdout)));
  }
  return ok ? 0 : 1;
}
function signerText(signer) {
  if (signer.kind === "key") return `key ${signer.fingerprint ? `sha256:${signer.fingerprint}` : "(not named in the bundle)"}`;
  return `${signer.identity ?? "(a certificate naming no identity)"} (issuer ${signer.issuer ?? "unknown"}, keyless)`;
}
function verdictJson(signature, v) {
  return {
    valid: v.valid && v.authenticated,
    signature,
    signer: v.signer,
    verifiedWith: v.verifiedWith && `sha256:${v.verifiedWith}`,
    authenticated: v.authenticated,
    model: { name: v.statement.modelName, digest: `sha256:${v.statement.digest}`, files: v.statement.resources.length },
    ignored: v.ignored,
    problems: v.problems
  };
}
function formatVerdict(target, signature, v, s) {
  const signer = signerText(v.signer);
  const lines = v.valid && v.authenticated ? [
    `${s.green("\u2713 signature valid")}: ${target} is what ${signer} signed`,
    `  signature ${shownPath(signature)}`,
    `  model     ${v.statement.modelName}: ${v.statement.resources.length} files, sha256:${v.statement.digest}`
  ] : [`${s.red("\u2717 SIGNATURE INVALID")}: ${target} (${shownPath(signature)}, signed by ${signer})`, ...v.problems.map((p) => `  - ${p}`)];
  if (v.ignored.length > 0) lines.push(s.dim(`  not covered (the signature's ignore_paths): ${v.ignored.join(", ")}`));
  return `${lines.join("\n")}
`;
}
function inspectSignature(archive, files, trustOptions2) {
  const file = signatureFileFor(archive);
  if (!trustOptions2 && !existsSync2(file)) return null;
  const trust = trustOptions2 ? loadTrust(trustOptions2) : null;
  const { verdict } = checkPackageSignature(archive, trust, { files });
  if (!verdict.valid || trust && !verdict.authenticated) {
    throw new ModelBuildError("SIGNATURE_INVALID", `the package does not match its signature ${shownPath(file)}`, {
      file: archive,
      details: verdict.problems,
      hint: "do not deploy it: it changed after it was signed, or another key or identity signed it (`model-build verify-signature` says more)"
    });
  }
  return { file, signer: verdict.signer, authenticated: verdict.authenticated, verifiedWith: verdict.verifiedWith, files: verdict.statement.resources.length };
}
function signatureLine(sig, s) {
  if (!sig) return `  signature ${s.dim("none (unsigned; `model-build sign` adds one)")}`;
  const who = signerText(sig.signer);
  const check = sig.signer.kind === "key" ? "pass --public-key to check who signed" : "pass --identity, --issuer and --trusted-root to check who signed";
  return sig.authenticated ? `  signature ${s.green("\u2713")} signed by ${who}, verified; covers all ${sig.files} files  ${shownPath(sig.file)}` : `  signature ${who}, not verified; all ${sig.files} files match it (${check})  ${shownPath(sig.file)}`;
}

// src/cli/inspectCommand.ts
async function runInspect(args) {
  const { entries, ...pkg } = readPackage(path6.resolve(args.archive));
  const signature = inspectSignature(pkg.archive, entries, args.trust);
  if (args.json) {
    process.stdout.write(`${JSON.stringify({ ...pkg, signature }, null, 2)}
`);
    return 0;
  }
  const s = styleFor(process.stdout);
  const m = pkg.metadata;
  const fmt4 = (v) => Number.isInteger(v) ? String(v) : v.toFixed(4);
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
    `  metrics   ${Object.entries(m.metrics).filter((e) => typeof e[1] === "number").map(([k, v]) => `${k} ${fmt4(v)}`).join(", ")}`,
    ...m.gates.map((g) => `  gate      ${g.passed ? s.green("\u2713") : s.red("\u2717")} ${g.metric} ${g.op} ${g.threshold} (${fmt4(g.actual)})`),
    "  files",
    ...pkg.files.map((f) => `    ${f.sha256.slice(0, 12)}  ${formatBytes(f.size).padStart(10)}  ${f.name}`)
  ];
  process.stdout.write(`${lines.join("\n")}
`);
  return 0;
}

// src/cli/monitorCommand.ts
import path7 from "node:path";
async function runMonitor(args) {
  const html = args.html && path7.resolve(args.html);
  const markdown = args.markdown && path7.resolve(args.markdown);
  if (html) checkOutputFile(html, "--html", args.html);
  if (markdown) checkOutputFile(markdown, "--markdown", args.markdown);
  const report = await monitorData({
    package: args.package && path7.resolve(args.package),
    profile: args.profile && path7.resolve(args.profile),
    data: path7.resolve(args.data),
    display: args.data,
    labels: args.labels && path7.resolve(args.labels),
    labelsDisplay: args.labels,
    join: args.join
  });
  if (html) writeFileAtomic(html, monitorHtml(report, `model-build monitor: ${path7.basename(args.data)}`), args.html);
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
import path8 from "node:path";

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
  const input = path8.resolve(args.input);
  regularFile(input, { display: args.input, what: "the file" });
  formatOf(input, args.input, void 0);
  const output = args.output ? path8.resolve(args.output) : void 0;
  if (output) checkOutputFile(output, "--output", args.output);
  const model = await loadModel(path8.resolve(args.model), { backend: args.backend });
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
import path9 from "node:path";
async function runProfile(args) {
  const out = args.out && path9.resolve(args.out);
  if (out) checkOutputFile(out, "--out", args.out);
  const profile = await profileFile(path9.resolve(args.data), { display: args.data });
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

// src/cli/serveCommand.ts
import { isIP } from "node:net";
import path10 from "node:path";

// src/core/serve/server.ts
import { createServer } from "node:http";

// src/core/serve/batcher.ts
import { setImmediate as nextTurn } from "node:timers/promises";
var PredictBatcher = class {
  /** @param maxBatch most records in one call (a request larger than this goes alone). */
  constructor(predictNow, maxBatch) {
    this.predictNow = predictNow;
    this.maxBatch = maxBatch;
  }
  predictNow;
  maxBatch;
  queue = [];
  scheduled = false;
  /** Predictions for `records`, in order, from the next call. */
  predict(records) {
    return new Promise((resolve, reject) => {
      this.queue.push({ records, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        void nextTurn().then(() => this.flush());
      }
    });
  }
  flush() {
    let n = 0;
    let k = 0;
    while (k < this.queue.length && (k === 0 || n + this.queue[k].records.length <= this.maxBatch)) n += this.queue[k++].records.length;
    const taken = this.queue.splice(0, k);
    this.scheduled = false;
    if (this.queue.length > 0) {
      this.scheduled = true;
      void nextTurn().then(() => this.flush());
    }
    let out;
    try {
      out = this.predictNow(taken.length === 1 ? taken[0].records : taken.flatMap((w) => w.records));
    } catch (e) {
      for (const w of taken) w.reject(e);
      return;
    }
    let at = 0;
    for (const w of taken) {
      w.resolve(out.slice(at, at + w.records.length));
      at += w.records.length;
    }
  }
};

// src/core/serve/httpError.ts
var HttpError = class _HttpError extends Error {
  status;
  code;
  hint;
  /** Extra response headers (Allow for 405). */
  headers;
  /** Fields merged into the error body (record, line, field, expected, problems). */
  extra;
  constructor(status, code, message, options = {}) {
    super(message);
    this.name = "HttpError";
    this.status = status;
    this.code = code;
    this.hint = options.hint;
    this.headers = options.headers ?? {};
    this.extra = options.extra ?? {};
  }
  static is(value) {
    return value instanceof _HttpError;
  }
  /** The JSON body: `{"error": {code, message, hint, ...extra}}`. */
  body() {
    return { error: { code: this.code, message: this.message, ...this.hint ? { hint: this.hint } : {}, ...this.extra } };
  }
};

// src/core/serve/checkRecords.ts
var MAX_PROBLEMS = 20;
var blank2 = (v) => v === null || v === void 0 || typeof v === "string" && (v.trim() === "" || MISSING.has(v.trim()));
var shown3 = (v) => {
  const s = typeof v === "string" ? JSON.stringify(v) : JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
};
function expectedOf(step) {
  switch (step.kind) {
    case "numeric":
    case "bucketized":
      return "a number";
    case "boolean":
      return 'a boolean (true/false, 1/0, "yes"/"no")';
    case "categorical": {
      const list = step.vocabulary.slice(0, 10).map((c) => JSON.stringify(c)).join(", ");
      return `one of ${list}${step.vocabulary.length > 10 ? `, \u2026 (${step.vocabulary.length} in all: GET /schema lists them)` : ""}`;
    }
  }
}
function checkValue2(step, raw) {
  switch (step.kind) {
    case "numeric":
    case "bucketized": {
      const n = typeof raw === "number" || typeof raw === "string" ? toNumber(raw) : null;
      return n === null ? { problem: `${shown3(raw)} is not a number` } : { value: n };
    }
    case "boolean": {
      const b = typeof raw === "object" ? null : toBoolean(raw);
      return b === null ? { problem: `${shown3(raw)} is not a boolean` } : { value: b === 1 };
    }
    case "categorical": {
      const text = typeof raw === "string" ? raw : typeof raw === "number" || typeof raw === "boolean" ? String(raw) : void 0;
      return text !== void 0 && step.vocabulary.includes(text) ? { value: text } : { problem: `${shown3(raw)} is not a category the model knows` };
    }
  }
}
function checkRecords(preprocessor, body, options = {}) {
  const steps = preprocessor.steps;
  const problems = [];
  const filled = /* @__PURE__ */ new Map();
  const records = new Array(body.length);
  for (let i = 0; i < body.length && problems.length < MAX_PROBLEMS; i++) {
    const { line, record } = body[i];
    const clean = /* @__PURE__ */ Object.create(null);
    const keys = Object.keys(record);
    if (keys.length > 0 && !steps.some((s) => Object.hasOwn(record, s.column))) {
      const where = `records[${i}]${line === void 0 ? "" : ` (line ${line})`}`;
      const named = keys.slice(0, 5).map((k) => JSON.stringify(k.length > 40 ? `${k.slice(0, 40)}\u2026` : k)).join(", ");
      problems.push({
        record: i,
        ...line === void 0 ? {} : { line },
        expected: `fields named ${steps.slice(0, 8).map((s) => JSON.stringify(s.column)).join(", ")}${steps.length > 8 ? ", \u2026" : ""}`,
        message: `${where} has none of the fields the model reads (it has ${named}${keys.length > 5 ? ", \u2026" : ""})`
      });
      continue;
    }
    for (const step of steps) {
      const raw = Object.hasOwn(record, step.column) ? record[step.column] : void 0;
      const where = `records[${i}]${line === void 0 ? "" : ` (line ${line})`}`;
      if (blank2(raw)) {
        if (options.strict) {
          problems.push({
            record: i,
            ...line === void 0 ? {} : { line },
            field: step.column,
            expected: expectedOf(step),
            message: `${where}: field ${JSON.stringify(step.column)} is missing${raw === void 0 ? "" : ` (${shown3(raw)})`}; this server refuses missing values (--strict)`
          });
        }
        clean[step.column] = null;
        filled.set(step.column, (filled.get(step.column) ?? 0) + 1);
        continue;
      }
      const checked = checkValue2(step, raw);
      if ("problem" in checked) {
        problems.push({
          record: i,
          ...line === void 0 ? {} : { line },
          field: step.column,
          expected: expectedOf(step),
          message: `${where}: field ${JSON.stringify(step.column)}: ${checked.problem}; expected ${expectedOf(step)}`
        });
        if (problems.length >= MAX_PROBLEMS) break;
        continue;
      }
      clean[step.column] = checked.value;
    }
    records[i] = clean;
  }
  if (problems.length > 0) {
    const first = problems[0];
    const more = problems.length > 1 ? ` (and ${problems.length >= MAX_PROBLEMS ? `at least ${problems.length - 1}` : problems.length - 1} more: see problems)` : "";
    throw new HttpError(400, "RECORD_INVALID", `${first.message}${more}`, {
      hint: first.field === void 0 ? "send the records themselves, keyed by the fields the model reads: a JSON array of records, not an object wrapping them (GET /schema lists the fields)" : options.strict && first.message.includes("--strict") ? "send a value for every field the model reads (GET /schema lists them)" : "GET /schema gives the JSON Schema of one record; leave a field out (or null) to have it filled as in training",
      extra: { record: first.record, ...first.line === void 0 ? {} : { line: first.line }, field: first.field, expected: first.expected, problems }
    });
  }
  const counts = Object.fromEntries(steps.filter((s) => filled.has(s.column)).map((s) => [s.column, filled.get(s.column)]));
  return { records, filled: counts };
}

// src/core/serve/limits.ts
var SERVE_LIMITS = {
  maxBodyBytes: 10 * 1024 ** 2,
  // 100 000 records of a few fields fit the default body; a tensor of them is a few MiB.
  maxRecords: 1e5,
  drainTimeoutMs: 3e4,
  requestTimeoutMs: 6e4
};
var MAX_BODY_LIMIT = 256 * 1024 ** 2;
var MAX_RECORDS_LIMIT = 1e7;
function serveLimits(given = {}) {
  const limits = { ...SERVE_LIMITS, ...Object.fromEntries(Object.entries(given).filter(([, v]) => v !== void 0)) };
  const check = (name, min, max, show = String) => {
    const v = limits[name];
    if (!Number.isInteger(v) || v < min || v > max) {
      throw new ModelBuildError("USAGE", `serve: limits.${name} must be a whole number from ${show(min)} to ${show(max)} (got ${String(v)})`, {
        hint: `leave it out for the default, ${show(SERVE_LIMITS[name])}`
      });
    }
  };
  check("maxBodyBytes", 1, MAX_BODY_LIMIT, formatSize);
  check("maxRecords", 1, MAX_RECORDS_LIMIT);
  check("drainTimeoutMs", 0, 36e5);
  check("requestTimeoutMs", 1e3, 36e5);
  return limits;
}

// src/core/serve/mediaTypes.ts
var BODY_TYPES = {
  "application/json": "json",
  "application/x-ndjson": "jsonl",
  "application/jsonl": "jsonl",
  "application/x-jsonlines": "jsonl",
  "application/jsonlines": "jsonl",
  "text/csv": "csv",
  "text/tab-separated-values": "tsv"
};
var RESPONSE_TYPES = {
  json: "application/json; charset=utf-8",
  jsonl: "application/x-ndjson; charset=utf-8"
};
var ACCEPTED = () => "send application/json (an array of records, or one record), application/x-ndjson or application/jsonl (one record per line), or text/csv (a header row, then one record per line)";
function parseMediaType(text) {
  const [type = "", ...rest] = text.split(";");
  const params = /* @__PURE__ */ new Map();
  for (const p of rest) {
    const eq = p.indexOf("=");
    if (eq < 0) continue;
    params.set(p.slice(0, eq).trim().toLowerCase(), p.slice(eq + 1).trim().replace(/^"(.*)"$/, "$1"));
  }
  return { type: type.trim().toLowerCase(), params };
}
var shown4 = (v) => JSON.stringify(v.length > 80 ? `${v.slice(0, 77)}...` : v);
function bodyFormatOf(contentType, contentEncoding) {
  if (contentEncoding !== void 0 && contentEncoding.trim().toLowerCase() !== "identity") {
    throw new HttpError(415, "UNSUPPORTED_MEDIA_TYPE", `Content-Encoding ${shown4(contentEncoding)} is not supported: the server reads uncompressed bodies`, {
      hint: "send the body uncompressed (a compressing proxy in front of the server can decompress it)"
    });
  }
  if (contentType === void 0 || contentType.trim() === "") {
    throw new HttpError(415, "UNSUPPORTED_MEDIA_TYPE", "the request has no Content-Type: the server reads records by their media type", { hint: ACCEPTED() });
  }
  const media = parseMediaType(contentType);
  const format = Object.hasOwn(BODY_TYPES, media.type) ? BODY_TYPES[media.type] : void 0;
  if (!format) throw new HttpError(415, "UNSUPPORTED_MEDIA_TYPE", `Content-Type ${shown4(contentType)} is not a format the server reads`, { hint: ACCEPTED() });
  const charset = media.params.get("charset")?.toLowerCase();
  if (charset !== void 0 && charset !== "utf-8" && charset !== "utf8") {
    throw new HttpError(415, "UNSUPPORTED_MEDIA_TYPE", `charset ${shown4(charset)} is not supported: the server reads UTF-8`, { hint: "encode the body as UTF-8 (and say charset=utf-8, or nothing)" });
  }
  return format;
}
function responseFormatOf(accept) {
  if (accept === void 0 || accept.trim() === "") return "json";
  let best;
  for (const part of accept.split(",")) {
    if (part.trim() === "") continue;
    const media = parseMediaType(part);
    const qText = media.params.get("q");
    const q = qText === void 0 ? 1 : Number(qText);
    if (!(q > 0 && q <= 1)) continue;
    const format = media.type === "application/json" || media.type === "application/*" || media.type === "*/*" ? "json" : BODY_TYPES[media.type] === "jsonl" ? "jsonl" : void 0;
    if (format && (!best || q > best.q)) best = { format, q };
  }
  if (!best) {
    throw new HttpError(406, "NOT_ACCEPTABLE", `Accept ${shown4(accept)} names no type the server writes`, {
      hint: 'accept application/json ({"predictions": [...]}) or application/x-ndjson (one prediction per line)'
    });
  }
  return best.format;
}

// src/core/serve/parseBody.ts
var BODY = "the request body";
var kindOf2 = (v) => v === null ? "null" : Array.isArray(v) ? "an array" : typeof v === "object" ? "an object" : `a ${typeof v}`;
var isRecord = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function invalid(message, hint, extra = {}) {
  return new HttpError(400, "BODY_INVALID", message, { hint, extra });
}
function tooMany(maxRecords) {
  return new HttpError(413, "TOO_MANY_RECORDS", `the request holds more than ${maxRecords.toLocaleString("en-US")} records, the limit per request`, {
    hint: "split the records into smaller requests, or start the server with a larger --max-records",
    extra: { limit: maxRecords }
  });
}
function bodyText(body) {
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    const lenient = new TextDecoder("utf-8").decode(body);
    throw invalid("the body is not valid UTF-8 text", "encode the body as UTF-8", { line: lineAt(lenient, lenient.indexOf("\uFFFD")) });
  }
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  const nul = text.indexOf("\0");
  if (nul >= 0) throw invalid("the body contains a NUL character: not text", "send the records as UTF-8 text", { line: lineAt(text, nul) });
  return text;
}
function lineAt(text, index) {
  let line = 1;
  for (let k = text.indexOf("\n"); k >= 0 && k < index; k = text.indexOf("\n", k + 1)) line++;
  return line;
}
function syntax(e, text, lineOffset = 0) {
  const raw = e instanceof Error ? e.message : String(e);
  const message = raw.replace(/( in JSON)? at position \d+.*$/s, "").replace(/\s*\(line \d+ column \d+\)$/, "");
  const m = /at position (\d+)/.exec(raw);
  if (!m) return { message };
  const pos = Math.min(Number(m[1]), text.length);
  const line = lineAt(text, pos);
  const start = text.lastIndexOf("\n", pos - 1) + 1;
  return { message, line: line + lineOffset, column: pos - start + 1 };
}
var EMPTY_HINT = {
  json: 'send an array of records, [{"field": value, ...}], or one record',
  jsonl: "send one JSON object per line",
  csv: "send a header row naming the fields, then one record per line",
  tsv: "send a header row naming the fields, then one record per line"
};
function parseBody(body, format, maxRecords) {
  const text = bodyText(body);
  if (text.trim() === "") throw invalid("the body is empty", EMPTY_HINT[format]);
  switch (format) {
    case "json":
      return parseJson(text, maxRecords);
    case "jsonl":
      return parseJsonLines(text, maxRecords);
    case "csv":
    case "tsv":
      return parseDelimited(text, format === "csv" ? "," : "	", maxRecords);
  }
}
function parseJson(text, maxRecords) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const at = syntax(e, text);
    const lines = /^\s*\{/.test(text) && /\}\s*\r?\n\s*\{/.test(text);
    throw invalid(`the body is not valid JSON: ${at.message}`, lines ? "this looks like JSON Lines: send it as Content-Type application/x-ndjson" : EMPTY_HINT.json, {
      ...at.line ? { line: at.line, column: at.column } : {}
    });
  }
  if (isRecord(value)) return [{ record: value }];
  if (!Array.isArray(value)) throw invalid(`the body is ${kindOf2(value)}, not records`, EMPTY_HINT.json);
  if (value.length > maxRecords) throw tooMany(maxRecords);
  return value.map((element, k) => {
    if (!isRecord(element)) {
      throw new HttpError(400, "RECORD_INVALID", `records[${k}] is ${kindOf2(element)}, not a record`, {
        hint: 'every element of the array is one record: {"field": value, ...}',
        extra: { record: k }
      });
    }
    return { record: element };
  });
}
function parseJsonLines(text, maxRecords) {
  const out = [];
  let line = 0;
  for (let start = 0; start <= text.length; ) {
    let nl = text.indexOf("\n", start);
    if (nl < 0) nl = text.length;
    line++;
    const raw = text.slice(start, nl);
    start = nl + 1;
    const lineText = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (lineText.trim() === "") continue;
    let value;
    try {
      value = JSON.parse(lineText);
    } catch (e) {
      const at = syntax(e, lineText);
      const array = out.length === 0 && lineText.trimStart().startsWith("[");
      throw invalid(`line ${line} is not valid JSON: ${at.message}`, array ? "this looks like a JSON array: send it as Content-Type application/json" : "JSON Lines holds one complete JSON object per line", {
        record: out.length,
        line,
        ...at.column ? { column: at.column } : {}
      });
    }
    if (!isRecord(value)) {
      throw new HttpError(400, "RECORD_INVALID", `records[${out.length}] (line ${line}) is ${kindOf2(value)}, not a record`, {
        hint: 'every line holds one record: {"field": value, ...}',
        extra: { record: out.length, line }
      });
    }
    if (out.length >= maxRecords) throw tooMany(maxRecords);
    out.push({ line, record: value });
  }
  return out;
}
var CSV_PIECE = 1 << 16;
function parseDelimited(text, delimiter, maxRecords) {
  const limits = dataLimits(void 0);
  const parser = new CsvParser({ delimiter, display: BODY, limits });
  const out = [];
  let header;
  const take = (records) => {
    for (const r of records) {
      if (!header) {
        header = csvHeader(r, BODY, limits, false);
        continue;
      }
      if (r.fields.length !== header.length) {
        throw invalid(`records[${out.length}] (line ${r.line}) has ${r.fields.length} fields, the header has ${header.length}`, "every row needs one value per column (quote values that contain the delimiter)", {
          record: out.length,
          line: r.line
        });
      }
      if (out.length >= maxRecords) throw tooMany(maxRecords);
      const record = /* @__PURE__ */ Object.create(null);
      for (let i = 0; i < header.length; i++) record[header[i]] = r.fields[i];
      out.push({ line: r.line, record });
    }
  };
  try {
    for (let at = 0; at < text.length; at += CSV_PIECE) take(parser.push(text.slice(at, at + CSV_PIECE)));
    take(parser.end());
  } catch (e) {
    if (!ModelBuildError.is(e)) throw e;
    throw invalid(`the body is not valid ${delimiter === "," ? "CSV" : "TSV"}: ${e.message}`, e.hint ?? EMPTY_HINT.csv, e.location.line ? { line: e.location.line } : {});
  }
  return out;
}

// src/core/serve/servedModel.ts
async function loadServedModel(archive, options = {}) {
  const pkg = readPackage(archive);
  const invalid2 = (message) => new ModelBuildError("PACKAGE_INVALID", message, { file: archive, hint: "rebuild the package with `model-build build`" });
  const entry = (name2) => name2 === "preprocessor.json" ? name2 : `model/${name2}`;
  const model = await loadModelFrom(
    (name2) => {
      const data = pkg.entries.get(entry(name2));
      if (!data) throw invalid2(`the package has no ${entry(name2)}`);
      return data;
    },
    options,
    (name2) => `${archive} (${entry(name2)})`
  );
  const json = (name2) => {
    const data = pkg.entries.get(name2);
    if (!data) return void 0;
    try {
      return JSON.parse(data.toString("utf8"));
    } catch {
      throw invalid2(`${name2} is not valid JSON`);
    }
  };
  const name = pkg.metadata.name;
  const schemas = {
    input: json("input.schema.json") ?? inputSchema(name, model.preprocessor, describeInputs(model.preprocessor)),
    output: json("output.schema.json") ?? outputSchema(name, model.preprocessor)
  };
  return {
    archive,
    digest: pkg.digest,
    metadata: pkg.metadata,
    metadataBytes: pkg.entries.get("metadata.json"),
    schemas,
    preprocessor: model.preprocessor,
    runtime: model.runtime,
    // loadModel shapes predictions as the CLI writes them; the server answers in the schema's shape.
    predict: (records) => model.predict(records).map((p) => "prediction" in p ? { value: p.prediction } : p),
    dispose: () => model.dispose()
  };
}

// src/core/serve/server.ts
var BATCH2 = 4096;
var HEADERS_TIMEOUT_MS = 2e4;
var ROUTES = {
  "/predict": ["POST"],
  "/health": ["GET", "HEAD"],
  "/metadata": ["GET", "HEAD"],
  "/schema": ["GET", "HEAD"]
};
function pathOf(url) {
  let p = url ?? "/";
  try {
    p = new URL(p, "http://server").pathname;
  } catch {
  }
  const safe2 = p.replace(/[^\x21-\x7e]/g, (c) => encodeURIComponent(c));
  return safe2.length > 200 ? `${safe2.slice(0, 197)}...` : safe2;
}
function readBody(req, maxBytes, go) {
  const tooLarge = () => new HttpError(413, "BODY_TOO_LARGE", `the request body is larger than the limit of ${formatSize(maxBytes)}`, {
    hint: "split the records into smaller requests, or start the server with a larger --max-body",
    extra: { limit: maxBytes }
  });
  const declared = req.headers["content-length"];
  if (declared !== void 0 && Number(declared) > maxBytes) return Promise.reject(tooLarge());
  go();
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    const done = () => {
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("close", onClose);
    };
    const onData = (chunk) => {
      size += chunk.length;
      if (size > maxBytes) {
        done();
        req.pause();
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      done();
      resolve(Buffer.concat(chunks, size));
    };
    const onClose = () => {
      done();
      reject(new ClientGone());
    };
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("close", onClose);
  });
}
var LINGER_MS = 2e3;
function holdUnreadBody(req) {
  req.read(0);
  req.pause();
  const socket = req.socket;
  socket.destroySoon = () => {
    socket.end();
    setTimeout(() => socket.destroy(), LINGER_MS).unref();
  };
}
function smallDeclaredBody(req, maxBytes) {
  const declared = req.headers["content-length"];
  return req.headers["transfer-encoding"] === void 0 && declared !== void 0 && Number(declared) <= maxBytes;
}
var ClientGone = class extends Error {
};
function hostForUrl(host) {
  return host.includes(":") ? `[${host}]` : host;
}
async function serveModel(archive, options = {}) {
  const limits = serveLimits(options.limits);
  const host = options.host ?? "127.0.0.1";
  const port = options.port ?? 8080;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ModelBuildError("USAGE", `serve: port must be a whole number from 0 to 65535 (got ${String(port)})`, { hint: "0 picks a free port" });
  }
  const drainDelayMs = options.drainDelayMs ?? 0;
  if (!Number.isInteger(drainDelayMs) || drainDelayMs < 0 || drainDelayMs > 36e5) {
    throw new ModelBuildError("USAGE", `serve: drainDelayMs must be a whole number of milliseconds from 0 to 3600000 (got ${String(drainDelayMs)})`, { hint: "leave it out for no delay" });
  }
  const model = typeof archive === "string" ? await loadServedModel(archive, options) : archive;
  const strict = options.strict === true;
  const metadataBytes = model.metadataBytes;
  const schemaBytes = Buffer.from(`${JSON.stringify(model.schemas, null, 2)}
`);
  let draining = false;
  let inFlight = 0;
  const batcher = new PredictBatcher((records) => model.predict(records), BATCH2);
  const send = (res, status, body, type, headers = {}) => {
    const bytes = typeof body === "string" ? Buffer.from(body) : body;
    res.writeHead(status, {
      "content-type": type,
      "content-length": String(bytes.length),
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
      ...draining ? { connection: "close" } : {},
      ...headers
    });
    res.end(bytes);
  };
  const sendJson = (res, status, value, headers = {}) => send(res, status, `${JSON.stringify(value)}
`, RESPONSE_TYPES.json, headers);
  const predict = async (req, res, log, expectContinue) => {
    const format = bodyFormatOf(req.headers["content-type"], req.headers["content-encoding"]);
    const answer = responseFormatOf(req.headers.accept);
    const body = await readBody(req, limits.maxBodyBytes, () => expectContinue && res.writeContinue());
    const { records, filled } = checkRecords(model.preprocessor, parseBody(body, format, limits.maxRecords), { strict });
    log.records = records.length;
    const parts = [];
    for (let at = 0; at < records.length; at += BATCH2) parts.push(batcher.predict(records.slice(at, at + BATCH2)));
    const predictions = (await Promise.all(parts)).flat();
    const filledHeader = Object.entries(filled).map(([k, n]) => `${encodeURIComponent(k)}=${n}`).join(", ");
    const headers = filledHeader ? { "model-build-filled": filledHeader } : void 0;
    if (answer === "jsonl") {
      send(res, 200, predictions.map((p) => `${JSON.stringify(p)}
`).join(""), RESPONSE_TYPES.jsonl, headers);
    } else {
      sendJson(res, 200, Object.keys(filled).length > 0 ? { predictions, filled } : { predictions }, headers);
    }
  };
  const handle = async (req, res, expectContinue) => {
    const started = performance.now();
    const method = req.method ?? "GET";
    const path13 = pathOf(req.url);
    const log = { records: null };
    inFlight++;
    res.on("close", () => {
      inFlight--;
      options.onRequest?.({
        method,
        path: path13,
        status: res.writableFinished ? res.statusCode : 499,
        records: log.records,
        ms: Math.round((performance.now() - started) * 10) / 10,
        ...log.error ? { error: log.error } : {}
      });
    });
    try {
      const allowed = Object.hasOwn(ROUTES, path13) ? ROUTES[path13] : void 0;
      if (!allowed) {
        throw new HttpError(404, "NOT_FOUND", `nothing at ${method} ${path13}`, { hint: "the server answers POST /predict, GET /health, GET /metadata and GET /schema" });
      }
      if (!allowed.includes(method)) {
        throw new HttpError(405, "METHOD_NOT_ALLOWED", `${path13} answers ${allowed.join(" and ")}, not ${method}`, {
          hint: path13 === "/predict" ? "POST the records to /predict" : `use GET ${path13}`,
          headers: { allow: allowed.join(", ") }
        });
      }
      switch (path13) {
        case "/predict":
          await predict(req, res, log, expectContinue);
          return;
        case "/health":
          if (draining) throw new HttpError(503, "DRAINING", "the server is shutting down", { hint: "send requests to another instance" });
          sendJson(res, 200, { status: "ok", model: model.metadata.name, task: model.metadata.task, backend: model.runtime.backend });
          return;
        case "/metadata":
          send(res, 200, metadataBytes, RESPONSE_TYPES.json, { etag: `"${model.digest}"` });
          return;
        case "/schema":
          send(res, 200, schemaBytes, RESPONSE_TYPES.json, { etag: `"${model.digest}"` });
          return;
      }
    } catch (e) {
      if (e instanceof ClientGone || res.headersSent || res.destroyed) return;
      const err = HttpError.is(e) ? e : new HttpError(500, "PREDICT_FAILED", `the model could not answer: ${e?.message ?? String(e)}`, {
        hint: "this is a fault of the server, not of the request: please report it with the request that caused it"
      });
      log.error = err.code;
      const hasBody = req.headers["transfer-encoding"] !== void 0 || Number(req.headers["content-length"] ?? 0) > 0;
      const hold = hasBody && !req.readableEnded && (err.code === "BODY_TOO_LARGE" || !smallDeclaredBody(req, limits.maxBodyBytes));
      if (hold) holdUnreadBody(req);
      sendJson(res, err.status, err.body(), { ...err.headers, ...hold ? { connection: "close" } : {} });
    }
  };
  const server = createServer((req, res) => void handle(req, res, false));
  server.on("checkContinue", (req, res) => void handle(req, res, true));
  server.requestTimeout = limits.requestTimeoutMs;
  server.headersTimeout = Math.min(HEADERS_TIMEOUT_MS, limits.requestTimeoutMs);
  try {
    await new Promise((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, host, () => {
        server.off("error", reject);
        resolve();
      });
    });
  } catch (e) {
    if (typeof archive === "string") model.dispose();
    const code = e.code;
    const hint = code === "EADDRINUSE" ? "another program listens on that port: pick another with --port (0 picks a free one)" : code === "EACCES" ? "ports below 1024 need privileges: pick a port from 1024 up with --port" : code === "EADDRNOTAVAIL" ? "that address is not one of this machine's: use 127.0.0.1 (this machine only) or 0.0.0.0 (every interface)" : void 0;
    throw new ModelBuildError("USAGE", `serve: cannot listen on ${hostForUrl(host)}:${port} (${code ?? e.message})`, { hint });
  }
  const address = server.address();
  let closing;
  let cutOff = 0;
  let stopEarly = () => {
  };
  const closeNow = () => {
    stopEarly();
    cutOff = inFlight;
    server.closeAllConnections();
  };
  return {
    url: `http://${hostForUrl(host)}:${address.port}`,
    host,
    port: address.port,
    model,
    limits,
    get inFlight() {
      return inFlight;
    },
    close() {
      closing ??= new Promise((resolve) => {
        draining = true;
        const stop = () => {
          delay = void 0;
          const timer = setTimeout(closeNow, limits.drainTimeoutMs);
          server.close(() => {
            clearTimeout(timer);
            if (typeof archive === "string") model.dispose();
            resolve({ cutOff });
          });
          server.closeIdleConnections();
        };
        let delay = drainDelayMs > 0 ? setTimeout(stop, drainDelayMs) : void 0;
        stopEarly = () => {
          if (!delay) return;
          clearTimeout(delay);
          stop();
        };
        if (!delay) stop();
      });
      return closing;
    },
    closeNow
  };
}

// src/cli/serveCommand.ts
var DEFAULT_HOST = "127.0.0.1";
var DEFAULT_PORT = 8080;
function usage(message, hint) {
  return new ModelBuildError("USAGE", `serve: ${message}`, { hint });
}
function portOf(text) {
  if (text === void 0) return DEFAULT_PORT;
  const port = /^[0-9]{1,5}$/.test(text) ? Number(text) : NaN;
  if (!(port >= 0 && port <= 65535)) throw usage(`--port must be a whole number from 0 to 65535 (got ${shown(text)})`, `0 picks a free port (the startup line says which); the default is ${DEFAULT_PORT}`);
  return port;
}
function hostOf(text) {
  if (text === void 0) return DEFAULT_HOST;
  const bare = /^\[(.*)\]$/.exec(text)?.[1] ?? text;
  if (bare === "localhost" || isIP(bare) !== 0) return bare;
  throw usage(`--host must be an IP address (got ${shown(text)})`, `${DEFAULT_HOST} (the default) answers this machine only; 0.0.0.0 or :: answers every network interface`);
}
var UNITS = { b: 1, kb: 1e3, kib: 1024, mb: 1e6, mib: 1024 ** 2, gb: 1e9, gib: 1024 ** 3 };
function sizeOf(text) {
  if (text === void 0) return SERVE_LIMITS.maxBodyBytes;
  const m = /^([0-9]+(?:\.[0-9]+)?)\s*([a-zA-Z]*)$/.exec(text.trim());
  const unit = m ? UNITS[(m[2] || "b").toLowerCase()] : void 0;
  const bytes = m && unit ? Math.floor(Number(m[1]) * unit) : NaN;
  if (!(bytes >= 1 && bytes <= MAX_BODY_LIMIT)) {
    throw usage(`--max-body must be a size from 1 byte to ${formatSize(MAX_BODY_LIMIT)} (got ${shown(text)})`, `write bytes or a unit: 1048576, 512KiB, 10MiB (the default), 1.5MB`);
  }
  return bytes;
}
function recordsOf(text) {
  if (text === void 0) return SERVE_LIMITS.maxRecords;
  const n = /^[0-9]{1,8}$/.test(text) ? Number(text) : NaN;
  if (!(n >= 1 && n <= MAX_RECORDS_LIMIT)) {
    throw usage(`--max-records must be a whole number from 1 to ${MAX_RECORDS_LIMIT.toLocaleString("en-US")} (got ${shown(text)})`, `the default is ${SERVE_LIMITS.maxRecords.toLocaleString("en-US")}`);
  }
  return n;
}
var MAX_DRAIN_DELAY_S = 300;
function drainDelayOf(text) {
  if (text === void 0) return 0;
  const s = /^[0-9]{1,3}(\.[0-9]{1,3})?$/.test(text) ? Number(text) : NaN;
  if (!(s >= 0 && s <= MAX_DRAIN_DELAY_S)) {
    throw usage(`--drain-delay must be a number of seconds from 0 to ${MAX_DRAIN_DELAY_S} (got ${shown(text)})`, "a few seconds lets a load balancer stop sending before the listener closes; the default is 0");
  }
  return Math.round(s * 1e3);
}
var isLoopback = (host) => host === "localhost" || host === "::1" || /^127\./.test(host);
function textLog(e) {
  const records = e.records === null ? "" : ` ${e.records} record${e.records === 1 ? "" : "s"}`;
  return `${e.method} ${e.path} ${e.status}${e.error ? ` ${e.error}` : ""}${records} ${e.ms} ms`;
}
async function runServe(args) {
  const host = hostOf(args.host);
  const port = portOf(args.port);
  const maxBodyBytes = sizeOf(args.maxBody);
  const maxRecords = recordsOf(args.maxRecords);
  const drainDelayMs = drainDelayOf(args.drainDelay);
  const json = args.jsonLogs === true;
  const err = styleFor(process.stderr);
  const note = (event, text, fields = {}) => process.stderr.write(json ? `${JSON.stringify({ event, ...fields })}
` : `${text}
`);
  const server = await serveModel(path10.resolve(args.archive), {
    host,
    port,
    backend: args.backend,
    strict: args.strict,
    limits: { maxBodyBytes, maxRecords },
    drainDelayMs,
    onRequest: (e) => process.stderr.write(json ? `${JSON.stringify({ event: "request", ...e })}
` : `${textLog(e)}
`)
  });
  const stopped = args.check ? void 0 : new Promise((resolve) => {
    let signals = 0;
    const onSignal = (signal) => {
      signals++;
      if (signals > 1) {
        note("stopping", `${signal} again: cutting off ${server.inFlight} request${server.inFlight === 1 ? "" : "s"} in flight`, { signal, inFlight: server.inFlight });
        server.closeNow();
        return;
      }
      const inFlight = `${server.inFlight} request${server.inFlight === 1 ? "" : "s"} in flight`;
      note(
        "draining",
        drainDelayMs > 0 ? `${signal}: /health answers 503; serving ${drainDelayMs / 1e3} s more, then not accepting connections and finishing what is in flight (at most ${server.limits.drainTimeoutMs / 1e3} s); ${inFlight} now` : `${signal}: not accepting connections; finishing ${inFlight} (at most ${server.limits.drainTimeoutMs / 1e3} s)`,
        { signal, inFlight: server.inFlight, drainDelayMs }
      );
      void server.close().then(({ cutOff }) => {
        process.off("SIGTERM", onSignal);
        process.off("SIGINT", onSignal);
        note("stopped", cutOff > 0 ? `stopped; ${cutOff} request${cutOff === 1 ? " was" : "s were"} cut off` : "stopped", { cutOff });
        resolve(cutOff > 0 || signals > 1 ? 1 : 0);
      });
    };
    process.on("SIGTERM", onSignal);
    process.on("SIGINT", onSignal);
  });
  const m = server.model.metadata;
  const routes = "POST /predict, GET /health /metadata /schema";
  process.stdout.write(
    json ? `${JSON.stringify({ event: "listening", url: server.url, model: m.name, task: m.task, label: m.label, backend: server.model.runtime.backend, package: server.model.digest, maxBodyBytes, maxRecords, strict: args.strict === true })}
` : `serving ${m.name} (${m.task}, predicts ${m.label}) at ${server.url}  [${routes}; body \u2264 ${formatSize(maxBodyBytes)}, \u2264 ${maxRecords.toLocaleString("en-US")} records; ${server.model.runtime.backend} backend]
`
  );
  if (!isLoopback(host)) {
    note("warning", `${err.yellow("warning:")} listening on ${host}: other machines can reach this server, and it has no authentication or TLS; put it behind a proxy that has both`, { host });
  }
  return stopped ?? selfCheck(server, note, json);
}
async function selfCheck(server, note, json) {
  const schema = server.model.schemas.input;
  const record = schema.examples?.[0] ?? {};
  try {
    const health = await fetch(`${server.url}/health`);
    const res = await fetch(`${server.url}/predict`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify([record]) });
    const body = await res.text();
    if (!health.ok || !res.ok) {
      note("check-failed", `check failed: GET /health ${health.status}, POST /predict ${res.status}: ${body.trim()}`, { health: health.status, predict: res.status });
      return 1;
    }
    process.stdout.write(
      json ? `${JSON.stringify({ event: "check", records: [record], answer: JSON.parse(body) })}
` : `check: POST /predict ${JSON.stringify([record])} \u2192 ${body.trim()}
`
    );
    return 0;
  } finally {
    await server.close();
  }
}

// src/cli/verifyCommand.ts
import path11 from "node:path";
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
function shown5(file) {
  const rel2 = path11.relative(process.cwd(), file);
  return rel2 && !rel2.startsWith("..") && !path11.isAbsolute(rel2) ? rel2 : file;
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
  lines.push(`reference (${r.reference.source === "package" ? `the package ${shown5(r.reference.archive)}` : "rebuild 1"}): ${r.reference.digest}`);
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

// src/cli/sweepCommand.ts
import path12 from "node:path";
async function runSweepCommand(args) {
  const s = styleFor(process.stdout);
  if (args.inProcess) {
    if (!args.out) throw new ModelBuildError("USAGE", "sweep --in-process needs --out: the folder whose sweep/ the variants are built into");
    for (const id of args.inProcess) {
      if (!isVariantId(id)) throw new ModelBuildError("USAGE", `sweep --in-process: "${id}" is not a variant id like v1a2b3c4d`);
    }
    const file = findConfigFile(args.config, process.cwd());
    await buildVariantsInProcess({
      config: file,
      cwd: process.cwd(),
      ids: args.inProcess,
      out: path12.resolve(args.out),
      backend: args.backend,
      sourceDateEpoch: sourceDateEpoch(),
      onEvent: (e) => process.stdout.write(`${JSON.stringify(e)}
`)
    });
    return 0;
  }
  if (args.plan) {
    const file = findConfigFile(args.config, process.cwd());
    const facts = await readGitFacts(path12.dirname(file));
    const loaded = loadConfig(file, { root: facts.ok ? facts.facts.root : void 0 });
    const plan = requireSweep(loaded);
    const m = sweepMatrix(loaded);
    if (args.json) process.stdout.write(`${JSON.stringify(m, null, 2)}
`);
    else {
      const lines = [`${s.bold(m.name)}: ${m.count} variant${m.count === 1 ? "" : "s"} (sweep.max ${plan.max}); ranked by ${m.select.metric ?? "accuracy (rmse for regression)"}${m.select.direction ? ` (${m.select.direction})` : ""}`];
      for (const v of m.variants) lines.push(`  ${v.id}  ${v.label}`);
      process.stdout.write(`${lines.join("\n")}
`);
    }
    return 0;
  }
  const started = /* @__PURE__ */ new Map();
  let done = 0;
  const result = await runSweep({
    config: args.config,
    out: args.out,
    backend: args.backend,
    jobs: args.jobs,
    only: args.only,
    command: ownCommand(),
    onVariant: (e) => {
      if (args.json) return;
      if (e.state === "started") {
        started.set(e.variant.id, performance.now());
        return;
      }
      done++;
      const secs = ((performance.now() - (started.get(e.variant.id) ?? 0)) / 1e3).toFixed(1);
      process.stderr.write(`${e.state === "built" ? "\u2713" : "\u2717"} ${e.variant.id} ${e.variant.label} (${secs} s)${e.detail ? `: ${e.detail}` : ""}
`);
    }
  });
  if (args.json) {
    process.stdout.write(`${JSON.stringify(result.status === "refused" ? result : { status: result.status, jobs: result.jobs, dir: result.dir, leaderboard: result.leaderboard, ...leaderboardJson(result.name, result.commit, result.selection) }, null, 2)}
`);
  } else {
    process.stdout.write(formatSweep(result, s, done));
  }
  return result.status === "done" && result.selection.winner ? 0 : 1;
}
var fmt3 = (v) => Number.isInteger(v) ? String(v) : v.toFixed(4);
var rel = (p) => path12.relative(process.cwd(), p) || ".";
function formatSweep(r, s, built = 0) {
  if (r.status === "refused") return `${formatCheckReport(r.check, s)}${s.red("sweep refused: the code or data is not versioned")}
`;
  const sel = r.selection;
  const lines = ["", s.bold(`${r.name} sweep at ${r.commit.slice(0, 12)}: ranked by ${sel.metric} (${sel.direction === "max" ? "higher" : "lower"} is better), ${r.jobs} at a time`)];
  if (sel.ranked.length > 0) {
    const w = Math.max(...sel.ranked.map((x) => x.variant.id.length));
    lines.push(`  ${"#".padStart(3)}  ${"variant".padEnd(w)}  ${sel.metric.padStart(10)}  overrides`);
    for (const x of sel.ranked) lines.push(`  ${String(x.rank).padStart(3)}  ${x.variant.id.padEnd(w)}  ${fmt3(x.value).padStart(10)}  ${x.variant.label}`);
  }
  for (const x of sel.rejected) lines.push(s.yellow(`  left out ${x.variant} (${x.label}): ${x.reason}`));
  for (const m of sel.missing) lines.push(s.yellow(`  missing ${m.id} (${m.label})`));
  lines.push(s.dim(`leaderboard ${rel(r.leaderboard)}${built ? ` (${built} build${built === 1 ? "" : "s"})` : ""}`));
  if (sel.winner) {
    lines.push(s.green(`BEST ${sel.winner.variant.id} (${sel.winner.variant.label}): ${sel.metric} ${fmt3(sel.winner.value)}`), `  package ${rel(sel.winner.archive)}`, `  archive ${sel.winner.digest}`);
  } else {
    lines.push(s.red("NO WINNER: no variant built a clean package that passed its gates"));
  }
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
var KEYLESS_OPTIONS = (what) => ({
  identity: { type: "string", value: "ID", help: `${what} was made keyless by this certificate identity, exactly
(a workflow: https://github.com/OWNER/REPO/.github/workflows/FILE@REF)` },
  "identity-regexp": { type: "string", value: "RE", help: "as --identity, a regular expression that must match the whole identity" },
  issuer: { type: "string", value: "URL", help: `the identity's OIDC issuer, exactly (GitHub Actions: ${GITHUB_ACTIONS_ISSUER})` },
  "trusted-root": {
    type: "string",
    value: "FILE",
    help: "the Sigstore trusted root(s) to check the certificate against: JSON, or JSON Lines\nas `gh attestation trusted-root > trusted_root.jsonl` writes",
    path: "input-file"
  }
});
function trustOptions(v) {
  const publicKey = v["public-key"];
  const identity = v.identity;
  const identityRegexp = v["identity-regexp"];
  const issuer = v.issuer;
  const trustedRoot = v["trusted-root"];
  const keyless = identity !== void 0 || identityRegexp !== void 0 || issuer !== void 0 || trustedRoot !== void 0;
  if (publicKey !== void 0 && keyless) {
    throw new ModelBuildError("USAGE", "--public-key and --identity/--issuer/--trusted-root name two kinds of signer; give one", { hint: "--public-key for a signature made with a key, --identity for a keyless (Sigstore) one" });
  }
  if (publicKey !== void 0) return { publicKey };
  if (!keyless) return null;
  if (identity !== void 0 && identityRegexp !== void 0) throw new ModelBuildError("USAGE", "give --identity or --identity-regexp, not both");
  const missing = [identity === void 0 && identityRegexp === void 0 ? "--identity" : "", issuer === void 0 ? "--issuer" : "", trustedRoot === void 0 ? "--trusted-root" : ""].filter(Boolean);
  if (missing.length > 0) {
    throw new ModelBuildError("USAGE", `a keyless signature is verified by identity, issuer and trusted root together: ${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} missing`, {
      hint: `e.g. --identity https://github.com/OWNER/REPO/.github/workflows/model.yml@refs/heads/main --issuer ${GITHUB_ACTIONS_ISSUER} --trusted-root trusted_root.jsonl (from \`gh attestation trusted-root\`)`
    });
  }
  return { identity: identity ?? { regexp: identityRegexp }, issuer, trustedRoot };
}
function required(v, name, command) {
  const value = v[name];
  if (typeof value !== "string" || value === "") {
    throw new ModelBuildError("USAGE", `${command}: --${name} is required`, { hint: `run \`model-build ${command} --help\`` });
  }
  return value;
}
var MAX_VERIFY_RUNS = 20;
var runsOf = (v) => wholeNumberOf(v, "runs", "verify", MAX_VERIFY_RUNS, "each run is a full rebuild; 2 is enough to catch non-determinism");
var MAX_JOBS = 128;
var JOBS = { type: "string", short: "j", value: "N", help: `objects transferred or checked at once (default: the remote's jobs, else 8; at most ${MAX_JOBS})` };
function wholeNumberOf(v, name, command, max, hint) {
  if (v[name] === void 0) return void 0;
  const text = String(v[name]);
  const n = /^[0-9]{1,3}$/.test(text) ? Number(text) : NaN;
  if (!(n >= 1 && n <= max)) {
    throw new ModelBuildError("USAGE", `${command}: --${name} must be a whole number from 1 to ${max} (got ${shown(text)})`, { hint });
  }
  return n;
}
var jobsOf = (v, command) => wholeNumberOf(v, "jobs", command, MAX_JOBS, "the default, 8, suits most remotes");
var VARIANT = { type: "string", value: "ID", help: "build this variant of the config's sweep (ids: `model-build sweep --plan`)" };
function variantOf(v) {
  const id = v.variant;
  if (id !== void 0 && !isVariantId(id)) {
    throw new ModelBuildError("USAGE", `--variant must be a variant id like v1a2b3c4d (got ${shown(id)})`, { hint: "`model-build sweep --plan` lists the ids" });
  }
  return id;
}
var sweepJobsOf = (v) => wholeNumberOf(v, "jobs", "sweep", MAX_SWEEP_JOBS, "each job is a training run in its own process; the default is the number of cores");
var CONFIG = { type: "string", short: "c", value: "FILE", help: "config file (default: model-build.yml)", path: "input-file" };
var JSON_OUT = (what) => ({ type: "boolean", help: `print ${what} as JSON` });
var SIGNING_KEY = (help) => ({ type: "string", value: "FILE", help: `${help}; ECDSA P-256 PEM, passphrase from MODEL_BUILD_SIGNING_KEY_PASSPHRASE`, path: "input-file" });
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
      "signing-key": SIGNING_KEY("sign the package (the signature goes beside it: <archive>.model.sig)"),
      "no-cache": { type: "boolean", help: "hash every file again, ignoring the hash cache" },
      variant: VARIANT,
      json: JSON_OUT("the result")
    },
    examples: [
      { what: "train, gate and package the bundled example into examples/penguins/model-build-out/", run: "model-build build --config examples/penguins/model-build.yml" },
      { what: "on the pure-JavaScript cpu backend, the result as JSON", run: "model-build build --config examples/penguins/model-build.yml --backend cpu --json" },
      { what: "try uncommitted changes: the package records that it is dirty", run: "model-build build --config examples/penguins/model-build.yml --allow-dirty" }
    ],
    run: (v) => runBuild2({
      config: v.config,
      out: v.out,
      backend: backendOf(v, "build"),
      allowDirty: Boolean(v["allow-dirty"]),
      signingKey: v["signing-key"],
      noCache: Boolean(v["no-cache"]),
      variant: variantOf(v),
      json: Boolean(v.json)
    })
  },
  sweep: {
    summary: "build every variant of the config's sweep (in parallel child processes, one per\ncore), verify each package and rank them by one validation metric; --plan lists\nthe variants, as the action's matrix",
    options: {
      config: { ...CONFIG, help: "config file (default: model-build.yml, .yaml or .json in the current folder)" },
      plan: { type: "boolean", help: "list the variants (ids, overrides) without building" },
      out: { type: "string", short: "o", value: "DIR", help: "output folder; variant V goes to DIR/sweep/V/ (default: the config's package.out)", path: "output-dir" },
      jobs: { type: "string", short: "j", value: "N", help: "builds at once (default: the number of cores)" },
      only: { type: "string", value: "IDS", help: "only these variants, comma-separated" },
      "in-process": { type: "string", value: "IDS", help: "build these variants one after another in this process into --out's sweep/ folder, as JSON Lines (what each of a sweep's child processes runs)" },
      backend: BACKEND("auto | tensorflow | wasm | cpu (default: the config's training.backend, else auto)"),
      json: JSON_OUT("the plan or the leaderboard")
    },
    examples: [
      { what: "list the bundled example's variants: ids derived from their overrides", run: "model-build sweep --config examples/penguins/model-build.yml --plan" },
      { what: "the plan as JSON, with the matrix the action outputs", run: "model-build sweep --config examples/penguins/model-build.yml --plan --json" },
      { what: "build every variant, as many at once as there are cores, and pick the best", run: "model-build sweep --config examples/penguins/model-build.yml" }
    ],
    run: (v) => runSweepCommand({
      config: v.config,
      out: v.out,
      backend: backendOf(v, "sweep"),
      jobs: sweepJobsOf(v),
      only: typeof v.only === "string" ? v.only.split(",").map((x) => x.trim()).filter(Boolean) : void 0,
      inProcess: typeof v["in-process"] === "string" ? v["in-process"].split(",").map((x) => x.trim()).filter(Boolean) : void 0,
      plan: Boolean(v.plan),
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
      variant: { ...VARIANT, help: "rebuild this sweep variant (default: the --against package's, else the base config)" },
      json: JSON_OUT("the comparison")
    },
    examples: [
      { what: "rebuild twice in separate processes and compare the archives byte for byte", run: "model-build verify --config examples/penguins/model-build.yml" },
      { what: "rebuild once and compare with a package built before", run: "model-build verify --config examples/penguins/model-build.yml --against examples/penguins/model-build-out/penguins-*.zip" }
    ],
    run: (v) => runVerify({ config: v.config, against: v.against, runs: runsOf(v), backend: backendOf(v, "verify"), variant: variantOf(v), json: Boolean(v.json) })
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
    options: {
      "public-key": { type: "string", value: "FILE", help: "also prove the signature beside the package was made by this key (PEM)", path: "input-file" },
      ...KEYLESS_OPTIONS("also prove the signature beside the package"),
      json: JSON_OUT("the metadata and file digests")
    },
    examples: [
      { what: "check the digests and print what the package says about itself", run: "model-build inspect examples/penguins/model-build-out/penguins-*.zip" },
      { what: "the metadata and every file digest as JSON", run: "model-build inspect examples/penguins/model-build-out/penguins-*.zip --json" }
    ],
    run: (v, positionals) => {
      const archive = positionals[0];
      if (!archive) throw new ModelBuildError("USAGE", "inspect: name the package, e.g. `model-build inspect out/penguins-1a2b3c4d5e6f.zip`");
      return runInspect({ archive, json: Boolean(v.json), trust: trustOptions(v) });
    }
  },
  keygen: {
    summary: "write a new ECDSA P-256 key pair for model signatures: FILE (private, mode 0600;\nencrypted when MODEL_BUILD_SIGNING_KEY_PASSPHRASE is set) and FILE.pub.pem",
    positionals: [{ name: "FILE", help: "the private key to write (never replaced), e.g. signing-key.pem", path: "output-file" }],
    options: { json: JSON_OUT("the files and the key fingerprint") },
    examples: [
      { what: "a key pair for signing packages: signing-key.pem and signing-key.pub.pem", run: "model-build keygen signing-key.pem" },
      { what: "another pair, its paths and fingerprint as JSON", run: "model-build keygen release-key.pem --json" }
    ],
    run: (v, positionals) => {
      const file = positionals[0];
      if (!file) throw new ModelBuildError("USAGE", "keygen: name the private key file to write, e.g. `model-build keygen signing-key.pem`");
      return runKeygen({ file, json: Boolean(v.json) });
    }
  },
  sign: {
    summary: "sign a package (or a model folder) with a private key: an OpenSSF model signature\n(model_signing v1.0, Sigstore bundle) over every file, written beside the package",
    positionals: [{ name: "PACKAGE", help: "the .zip written by build (or a model folder: the signature goes to DIR/model.sig)" }],
    options: {
      "signing-key": SIGNING_KEY("the private key (required)"),
      signature: { type: "string", value: "FILE", help: "where to write the signature (default: <archive minus .zip>.model.sig)", path: "output-file" },
      json: JSON_OUT("the result")
    },
    examples: [
      { what: "sign the bundled example's package: the signature goes beside it as penguins-<commit>.model.sig", run: "model-build sign examples/penguins/model-build-out/penguins-*.zip --signing-key signing-key.pem" },
      { what: "write the signature somewhere else, the result as JSON", run: "model-build sign examples/penguins/model-build-out/penguins-*.zip --signing-key signing-key.pem --signature penguins.model.sig --json" }
    ],
    run: (v, positionals) => {
      const target = positionals[0];
      if (!target) throw new ModelBuildError("USAGE", "sign: name the package, e.g. `model-build sign out/penguins-1a2b3c4d5e6f.zip --signing-key signing-key.pem`");
      return runSign({ target, signingKey: required(v, "signing-key", "sign"), signature: v.signature, json: Boolean(v.json) });
    }
  },
  "verify-signature": {
    summary: "verify a package (or model folder) against its model signature and a public key, or\na Sigstore identity: every file unchanged, none added or missing, signed by that key or\nworkflow (exit 1 if not)",
    positionals: [{ name: "PACKAGE", help: "the .zip (or a model folder, e.g. the package unpacked)" }],
    options: {
      "public-key": { type: "string", value: "FILE", help: "the public key (PEM) of the key that signed (or --identity)", path: "input-file" },
      ...KEYLESS_OPTIONS("prove a keyless signature"),
      signature: { type: "string", value: "FILE", help: "the signature (default: <archive minus .zip>.model.sig; DIR/model.sig for a folder)", path: "input-file" },
      json: JSON_OUT("the verdict")
    },
    examples: [
      { what: "prove the package is what the key signed", run: "model-build verify-signature examples/penguins/model-build-out/penguins-*.zip --public-key signing-key.pub.pem" },
      { what: "with a signature kept elsewhere, the verdict as JSON", run: "model-build verify-signature examples/penguins/model-build-out/penguins-*.zip --signature penguins.model.sig --public-key signing-key.pub.pem --json" }
    ],
    run: (v, positionals) => {
      const target = positionals[0];
      if (!target) throw new ModelBuildError("USAGE", "verify-signature: name the package, e.g. `model-build verify-signature out/penguins-1a2b3c4d5e6f.zip --public-key signing-key.pub.pem`");
      const trust = trustOptions(v);
      if (!trust) {
        throw new ModelBuildError("USAGE", "verify-signature: say who must have signed: --public-key FILE, or --identity, --issuer and --trusted-root for a keyless signature", {
          hint: "run `model-build verify-signature --help`"
        });
      }
      return runVerifySignature({ target, signature: v.signature, trust, json: Boolean(v.json) });
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
  },
  serve: {
    summary: "serve a verified package over HTTP: POST /predict (JSON, JSON Lines or CSV records),\nGET /health, /metadata, /schema; until SIGTERM or SIGINT, then finish requests in flight",
    positionals: [{ name: "PACKAGE", help: "the .zip written by build", path: "input-file" }],
    options: {
      host: { type: "string", value: "ADDR", help: "IP address to listen on (default: 127.0.0.1, this machine only; 0.0.0.0 or :: for every interface)" },
      port: { type: "string", short: "p", value: "PORT", help: "port (default: 8080; 0 picks a free one, shown in the startup line)" },
      "max-body": { type: "string", value: "SIZE", help: "largest request body, e.g. 512KiB (default: 10MiB; at most 256MiB)" },
      "max-records": { type: "string", value: "N", help: "most records in one request (default: 100000)" },
      backend: BACKEND("auto | tensorflow | wasm | cpu (default: auto)"),
      strict: { type: "boolean", help: "refuse (400) records with a missing field instead of filling it as in training" },
      "drain-delay": { type: "string", value: "S", help: "on SIGTERM, keep serving S seconds with /health at 503 before closing (default: 0)" },
      "json-logs": { type: "boolean", help: "startup line (stdout) and request logs (stderr) as JSON Lines" },
      check: { type: "boolean", help: "answer one real request with the input schema's example record, then stop (a smoke test)" }
    },
    examples: [
      {
        what: "verify the package, serve it on a free port, answer one POST /predict with its example record and stop (drop --check to keep serving)",
        run: "model-build serve examples/penguins/model-build-out/penguins-*.zip --port 0 --check"
      },
      {
        what: "at most 1 MiB and 1000 records per request, missing fields refused, logs as JSON Lines",
        run: "model-build serve examples/penguins/model-build-out/penguins-*.zip --port 0 --max-body 1MiB --max-records 1000 --strict --json-logs --check"
      }
    ],
    run: (v, positionals) => {
      const archive = positionals[0];
      if (!archive) throw new ModelBuildError("USAGE", "serve: name the package, e.g. `model-build serve out/penguins-1a2b3c4d5e6f.zip`");
      return runServe({
        archive,
        host: v.host,
        port: v.port,
        maxBody: v["max-body"],
        maxRecords: v["max-records"],
        backend: backendOf(v, "serve"),
        strict: Boolean(v.strict),
        drainDelay: v["drain-delay"],
        jsonLogs: Boolean(v["json-logs"]),
        check: Boolean(v.check)
      });
    }
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
