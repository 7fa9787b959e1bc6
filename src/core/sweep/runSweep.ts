/**
 * A sweep on one machine: every variant is an ordinary build in its own child process (its own
 * TensorFlow.js, its own output folder), as many at once as there are cores; then the packages
 * are verified and ranked by selectBest, exactly as the action's `mode: select` ranks legs.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { buildModel, claimBuildOutput, TRAIN_THREADS_ENV } from '../build/buildModel.js';
import type { BuildResult } from '../build/types.js';
import { findConfigFile, loadConfig } from '../config/load.js';
import type { Backend, LoadedConfig } from '../config/types.js';
import type { Variant } from '../config/sweep.js';
import { ModelBuildError } from '../errors.js';
import { configuredOutput } from '../trust/outputs.js';
import { writeFileAtomic } from '../util/outputFile.js';
import { ownFile } from '../util/packageFiles.js';
import { checkWorkspace, readGitFacts, type CheckReport } from '../provenance/index.js';
import { runBuild } from '../verify/verifyBuild.js';
import { MAX_SWEEP_JOBS } from './limits.js';
import { requireSweep } from './matrix.js';
import { selectBest, type Candidate, type Selection } from './select.js';

export { MAX_SWEEP_JOBS } from './limits.js';

export interface SweepOptions {
  /** Config file, relative to `cwd`. Default: model-build.yml, .yaml or .json in `cwd`. */
  config?: string;
  cwd?: string;
  /** Output folder; variant v is built into `<out>/sweep/<v>/`. Default: the config's package.out. */
  out?: string;
  backend?: Backend;
  /** Builds at once. Default: the number of cores (at most the number of variants). */
  jobs?: number;
  /** Only these variants (ids). Default: all. */
  only?: string[];
  /** How to run model-build in a child process. Default: this Node and model-build's dist/cli.js. */
  command?: string[];
  /** Each variant as it starts and ends. */
  onVariant?: (event: { variant: Variant; state: 'started' | 'built' | 'failed'; detail?: string }) => void;
}

export type SweepResult =
  | { status: 'refused'; check: CheckReport }
  | {
      status: 'done';
      name: string;
      commit: string;
      /** Where the variants were built: `<out>/sweep`. */
      dir: string;
      /** `<out>/sweep/leaderboard.json`. */
      leaderboard: string;
      selection: Selection;
      jobs: number;
    };

/** Builds every variant of the config's sweep and selects the best. */
export async function runSweep(options: SweepOptions = {}): Promise<SweepResult> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const file = findConfigFile(options.config, cwd);
  const facts = await readGitFacts(path.dirname(file));
  const loaded = loadConfig(file, { cwd, root: facts.ok ? facts.facts.root : undefined });
  const plan = requireSweep(loaded, cwd);
  const variants = pick(plan.variants, options.only, loaded);
  // One check for the whole sweep, before any training: a refused tree refuses every variant.
  const check = await checkWorkspace({ root: path.dirname(loaded.file), config: loaded, outputs: [configuredOutput(loaded, options.out, cwd), configuredOutput(loaded)] });
  if (!check.ok || !check.git) return { status: 'refused', check };
  const git = check.git;
  // The sweep holds the output folder's lock; each variant claims its own folder below it.
  const folder = await claimBuildOutput(loaded, check, options.out, cwd);
  try {
    const dir = path.join(folder.dir, 'sweep');
    const jobs = Math.max(1, Math.min(options.jobs ?? availableParallelism(), variants.length, MAX_SWEEP_JOBS));
    const command = options.command ?? [process.execPath, ownFile('dist/cli.js')];
    const candidates: Candidate[] = new Array(variants.length);
    const done = (i: number, c: Candidate) => {
      candidates[i] = c;
      options.onVariant?.({ variant: variants[i]!, state: c.archive ? 'built' : 'failed', detail: c.failure });
    };
    if (inProcessSafe(loaded, variants)) {
      // One child per core, each building its share one after another: TensorFlow.js and the
      // WebAssembly backend load once per child, not once per variant. Shares are fixed by
      // position in id order, so the assignment never depends on timing.
      const shares = Array.from({ length: jobs }, (_, k) => variants.map((v, i) => ({ v, i })).filter((_, i) => i % jobs === k));
      await Promise.all(shares.map((share) => buildShare(share, { command, file: loaded.file, cwd, out: folder.dir, backend: options.backend, threads: Math.max(1, Math.floor(availableParallelism() / shares.length)), onStart: (v) => options.onVariant?.({ variant: v, state: 'started' }), done })));
    } else {
      // A model module may name its layers from tfjs's per-process counters: one process each.
      let next = 0;
      const worker = async () => {
        for (let i = next++; i < variants.length; i = next++) {
          const variant = variants[i]!;
          options.onVariant?.({ variant, state: 'started' });
          done(i, await buildVariant(variant, { command, file: loaded.file, cwd, out: path.join(dir, variant.id), backend: options.backend }));
        }
      };
      await Promise.all(Array.from({ length: jobs }, worker));
    }
    const selection = selectBest(candidates, { plan: { ...plan, variants }, name: loaded.config.name, commit: git.commit, tree: git.tree });
    const leaderboard = path.join(dir, 'leaderboard.json');
    // In the file, package paths are relative to it, so the folder can move.
    const relative = (p: string) => path.relative(dir, p).split(path.sep).join('/');
    writeFileAtomic(leaderboard, `${JSON.stringify(leaderboardJson(loaded.config.name, git.commit, selection, relative), null, 2)}\n`);
    return { status: 'done', name: loaded.config.name, commit: git.commit, dir, leaderboard, selection, jobs };
  } finally {
    folder.release();
  }
}

/**
 * Declarative models name every layer and the model itself, so a process that built one
 * variant builds the next to the same bytes as a fresh process would. A model module's layers
 * may take tfjs's per-process default names, so those variants get a process each.
 */
function inProcessSafe(loaded: LoadedConfig, variants: Variant[]): boolean {
  if (loaded.config.model?.module) return false;
  return !variants.some((v) => Object.keys(v.overrides).some((k) => k === 'model' || k === 'model.module'));
}

/** Where a sweep's child builds variant `id`: `<out>/sweep/<id>`. */
export const variantOut = (out: string, id: string) => path.join(out, 'sweep', id);

/** One line a sweep child prints per variant (JSON Lines on stdout). */
export type ShareEvent = { event: 'started'; variant: string } | { event: 'done'; variant: string; archive: string | null; failure?: string };

/** Runs a child that builds its share of the variants in one process, reading its JSON Lines as they come. */
async function buildShare(
  share: Array<{ v: Variant; i: number }>,
  o: { command: string[]; file: string; cwd: string; out: string; backend?: Backend; threads: number; onStart: (v: Variant) => void; done: (i: number, c: Candidate) => void },
): Promise<void> {
  const args = ['sweep', '--config', o.file, '--in-process', share.map((x) => x.v.id).join(','), '--out', o.out, '--json', ...(o.backend ? ['--backend', o.backend] : [])];
  const byId = new Map(share.map((x) => [x.v.id, x]));
  const finished = new Set<string>();
  let stderr = '';
  const code = await new Promise<number | null>((resolve) => {
    let child;
    try {
      // The children share the cores: each trains on its part of them (never a change in the weights).
      const env = process.env[TRAIN_THREADS_ENV] ? process.env : { ...process.env, [TRAIN_THREADS_ENV]: String(o.threads) };
      child = spawn(o.command[0]!, [...o.command.slice(1), ...args], { cwd: o.cwd, stdio: ['ignore', 'pipe', 'pipe'], env });
    } catch (e) {
      stderr = (e as Error).message;
      return resolve(null);
    }
    let buffered = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      for (let nl = buffered.indexOf('\n'); nl >= 0; nl = buffered.indexOf('\n')) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        let e: ShareEvent;
        try {
          e = JSON.parse(line) as ShareEvent;
        } catch {
          continue; // not ours (a library printing to stdout)
        }
        const x = byId.get(e.variant);
        if (!x) continue;
        if (e.event === 'started') o.onStart(x.v);
        else if (!finished.has(e.variant)) {
          finished.add(e.variant);
          o.done(x.i, { source: variantOut(o.out, e.variant), variant: e.variant, archive: e.archive, ...(e.failure ? { failure: e.failure } : {}) });
        }
      }
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr = (stderr + d).slice(-4000)));
    child.on('error', (e) => {
      stderr = e.message;
      resolve(null);
    });
    child.on('close', (c) => resolve(c));
  });
  // A child that died leaves its remaining variants failed, with what it said last.
  const why = `the build process ended (${code === null ? 'could not start' : `exit ${code}`}) before this variant: ${stderr.trim().split('\n').filter(Boolean).pop() ?? 'no message'}`;
  for (const x of share) if (!finished.has(x.v.id)) o.done(x.i, { source: variantOut(o.out, x.v.id), variant: x.v.id, archive: null, failure: why });
}

/**
 * A sweep child: builds the given variants one after another in this process, into
 * `<out>/sweep/<id>`, reporting each as it starts and ends. The parent holds `<out>`'s lock.
 */
export async function buildVariantsInProcess(o: {
  config: string;
  cwd: string;
  ids: string[];
  out: string;
  backend?: Backend;
  sourceDateEpoch?: number;
  onEvent: (e: ShareEvent) => void;
}): Promise<void> {
  for (const id of o.ids) {
    o.onEvent({ event: 'started', variant: id });
    try {
      const r = await buildModel({ config: o.config, cwd: o.cwd, variant: id, out: variantOut(o.out, id), backend: o.backend, sourceDateEpoch: o.sourceDateEpoch, builder: { id: 'model-build/cli' } });
      o.onEvent({ event: 'done', variant: id, ...outcome(r) });
    } catch (e) {
      if (!ModelBuildError.is(e)) throw e;
      o.onEvent({ event: 'done', variant: id, archive: null, failure: e.message });
    }
  }
}

function pick(variants: Variant[], only: string[] | undefined, loaded: LoadedConfig): Variant[] {
  if (!only || only.length === 0) return variants;
  return only.map((id) => {
    const v = variants.find((x) => x.id === id);
    if (!v) {
      throw new ModelBuildError('USAGE', `variant "${id}" is not in the sweep of ${path.basename(loaded.file)}`, { hint: '`model-build sweep --plan` lists the variants' });
    }
    return v;
  });
}

async function buildVariant(
  variant: Variant,
  o: { command: string[]; file: string; cwd: string; out: string; backend?: Backend },
): Promise<Candidate> {
  const args = ['build', '--config', o.file, '--variant', variant.id, '--out', o.out, '--json', ...(o.backend ? ['--backend', o.backend] : [])];
  let result: BuildResult;
  try {
    result = await runBuild(o.command, args, o.cwd, process.env.SOURCE_DATE_EPOCH);
  } catch (e) {
    return { source: o.out, variant: variant.id, archive: null, failure: ModelBuildError.is(e) ? e.message : String(e) };
  }
  return { source: o.out, variant: variant.id, ...outcome(result) };
}

/** What a variant's build left: its package, or why there is none. */
function outcome(r: BuildResult): { archive: string | null; failure?: string } {
  if (r.status === 'refused') return { archive: null, failure: `the check refused the build (${r.check.problems.length} problem(s))` };
  if (r.package) return { archive: r.package.archive };
  const failed = r.result.gates.filter((g) => !g.passed).map((g) => `${g.metric} ${g.op} ${g.threshold} (got ${g.actual.toFixed(4)})`);
  return { archive: null, failure: `failed its gates: ${failed.join(', ')}` };
}

/** The leaderboard: what was compared, how, and why anything was left out; package paths through `shown`. */
export function leaderboardJson(name: string, commit: string, s: Selection, shown: (p: string) => string = (p) => p) {
  return {
    format: 1,
    name,
    commit,
    metric: s.metric,
    direction: s.direction,
    winner: s.winner ? { variant: s.winner.variant.id, package: shown(s.winner.archive), digest: s.winner.digest, value: s.winner.value } : null,
    ranked: s.ranked.map((r) => ({ rank: r.rank, variant: r.variant.id, overrides: r.variant.overrides, value: r.value, package: shown(r.archive), digest: r.digest, metrics: r.metrics })),
    rejected: s.rejected.map((r) => ({ variant: r.variant, label: r.label, source: shown(r.source), reason: r.reason })),
    missing: s.missing.map((m) => m.id),
  };
}
