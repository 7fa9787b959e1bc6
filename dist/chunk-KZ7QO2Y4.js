import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);
import {
  ownCommand
} from "./chunk-BNQL7AUF.js";
import {
  sourceDateEpoch
} from "./chunk-T7BEMRFW.js";
import "./chunk-EB2BMCUA.js";
import {
  formatCheckReport
} from "./chunk-KYV2LCWT.js";
import {
  requireSweep,
  selectBest,
  sweepMatrix
} from "./chunk-2YKSWQDX.js";
import {
  runBuild
} from "./chunk-WCDGDY5V.js";
import {
  TRAIN_THREADS_ENV,
  buildModel,
  claimBuildOutput
} from "./chunk-RWFSG7JW.js";
import "./chunk-DN7LHNP7.js";
import "./chunk-4Y6FMFNR.js";
import "./chunk-UOJCVBOE.js";
import "./chunk-TY4TGASN.js";
import {
  checkWorkspace,
  configuredOutput
} from "./chunk-UG4SUMJ2.js";
import {
  writeFileAtomic
} from "./chunk-ALOC5M2N.js";
import {
  findConfigFile,
  loadConfig,
  readGitFacts
} from "./chunk-PBFU3N36.js";
import "./chunk-MDEWCTW4.js";
import "./chunk-EXTS7PAH.js";
import {
  MAX_SWEEP_JOBS
} from "./chunk-CNIWJ35N.js";
import {
  styleFor
} from "./chunk-TS7JFUTD.js";
import "./chunk-TSURTRHC.js";
import {
  isVariantId
} from "./chunk-OTOVPBEG.js";
import {
  ownFile
} from "./chunk-AH66PB2E.js";
import "./chunk-X3SKKC6O.js";
import "./chunk-F4RPJ75B.js";
import "./chunk-FT5MJEK3.js";
import "./chunk-RIGD5S4O.js";
import "./chunk-4KALBLMG.js";
import {
  ModelBuildError
} from "./chunk-J3ZPWLJ2.js";
import "./chunk-LTRPNYHO.js";

// src/cli/sweepCommand.ts
import path2 from "node:path";

// src/core/sweep/runSweep.ts
import { availableParallelism } from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
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
      await Promise.all(shares.map((share) => buildShare(share, { command, file: loaded.file, cwd, out: folder.dir, backend: options.backend, threads: Math.max(1, Math.floor(availableParallelism() / shares.length)), onStart: (v) => options.onVariant?.({ variant: v, state: "started" }), done })));
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
      const env = process.env[TRAIN_THREADS_ENV] ? process.env : { ...process.env, [TRAIN_THREADS_ENV]: String(o.threads) };
      child = spawn(o.command[0], [...o.command.slice(1), ...args], { cwd: o.cwd, stdio: ["ignore", "pipe", "pipe"], env });
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
function leaderboardJson(name, commit, s, shown = (p) => p) {
  return {
    format: 1,
    name,
    commit,
    metric: s.metric,
    direction: s.direction,
    winner: s.winner ? { variant: s.winner.variant.id, package: shown(s.winner.archive), digest: s.winner.digest, value: s.winner.value } : null,
    ranked: s.ranked.map((r) => ({ rank: r.rank, variant: r.variant.id, overrides: r.variant.overrides, value: r.value, package: shown(r.archive), digest: r.digest, metrics: r.metrics })),
    rejected: s.rejected.map((r) => ({ variant: r.variant, label: r.label, source: shown(r.source), reason: r.reason })),
    missing: s.missing.map((m) => m.id)
  };
}

// src/cli/sweepCommand.ts
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
      out: path2.resolve(args.out),
      backend: args.backend,
      sourceDateEpoch: sourceDateEpoch(),
      onEvent: (e) => process.stdout.write(`${JSON.stringify(e)}
`)
    });
    return 0;
  }
  if (args.plan) {
    const file = findConfigFile(args.config, process.cwd());
    const facts = await readGitFacts(path2.dirname(file));
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
var fmt = (v) => Number.isInteger(v) ? String(v) : v.toFixed(4);
var rel = (p) => path2.relative(process.cwd(), p) || ".";
function formatSweep(r, s, built = 0) {
  if (r.status === "refused") return `${formatCheckReport(r.check, s)}${s.red("sweep refused: the code or data is not versioned")}
`;
  const sel = r.selection;
  const lines = ["", s.bold(`${r.name} sweep at ${r.commit.slice(0, 12)}: ranked by ${sel.metric} (${sel.direction === "max" ? "higher" : "lower"} is better), ${r.jobs} at a time`)];
  if (sel.ranked.length > 0) {
    const w = Math.max(...sel.ranked.map((x) => x.variant.id.length));
    lines.push(`  ${"#".padStart(3)}  ${"variant".padEnd(w)}  ${sel.metric.padStart(10)}  overrides`);
    for (const x of sel.ranked) lines.push(`  ${String(x.rank).padStart(3)}  ${x.variant.id.padEnd(w)}  ${fmt(x.value).padStart(10)}  ${x.variant.label}`);
  }
  for (const x of sel.rejected) lines.push(s.yellow(`  left out ${x.variant} (${x.label}): ${x.reason}`));
  for (const m of sel.missing) lines.push(s.yellow(`  missing ${m.id} (${m.label})`));
  lines.push(s.dim(`leaderboard ${rel(r.leaderboard)}${built ? ` (${built} build${built === 1 ? "" : "s"})` : ""}`));
  if (sel.winner) {
    lines.push(s.green(`BEST ${sel.winner.variant.id} (${sel.winner.variant.label}): ${sel.metric} ${fmt(sel.winner.value)}`), `  package ${rel(sel.winner.archive)}`, `  archive ${sel.winner.digest}`);
  } else {
    lines.push(s.red("NO WINNER: no variant built a clean package that passed its gates"));
  }
  return `${lines.join("\n")}
`;
}
export {
  formatSweep,
  runSweepCommand
};
