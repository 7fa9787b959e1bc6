import path from 'node:path';
import type { Backend } from '../core/config/types.js';
import { findConfigFile, loadConfig } from '../core/config/load.js';
import { ModelBuildError } from '../core/errors.js';
import { readGitFacts } from '../core/provenance/index.js';
import { requireSweep, sweepMatrix } from '../core/sweep/matrix.js';
import { buildVariantsInProcess, leaderboardJson, runSweep, type SweepResult } from '../core/sweep/runSweep.js';
import { isVariantId } from '../core/config/sweep.js';
import { sourceDateEpoch } from './buildCommand.js';
import { formatCheckReport } from './checkCommand.js';
import { styleFor, type Style } from './terminal.js';
import { ownCommand } from './verifyCommand.js';

export interface SweepArgs {
  config?: string;
  out?: string;
  backend?: Backend;
  jobs?: number;
  only?: string[];
  /** Build these variants in this process (a sweep's child), reporting JSON Lines. */
  inProcess?: string[];
  plan: boolean;
  json: boolean;
}

/** `--plan`: the variants (exit 0). Otherwise: build them all, select; exit 0 with a winner, 1 without. */
export async function runSweepCommand(args: SweepArgs): Promise<number> {
  const s = styleFor(process.stdout);
  if (args.inProcess) {
    if (!args.out) throw new ModelBuildError('USAGE', 'sweep --in-process needs --out: the folder whose sweep/ the variants are built into');
    for (const id of args.inProcess) {
      if (!isVariantId(id)) throw new ModelBuildError('USAGE', `sweep --in-process: "${id}" is not a variant id like v1a2b3c4d`);
    }
    const file = findConfigFile(args.config, process.cwd());
    await buildVariantsInProcess({
      config: file,
      cwd: process.cwd(),
      ids: args.inProcess,
      out: path.resolve(args.out),
      backend: args.backend,
      sourceDateEpoch: sourceDateEpoch(),
      onEvent: (e) => process.stdout.write(`${JSON.stringify(e)}\n`),
    });
    return 0;
  }
  if (args.plan) {
    const file = findConfigFile(args.config, process.cwd());
    const facts = await readGitFacts(path.dirname(file));
    const loaded = loadConfig(file, { root: facts.ok ? facts.facts.root : undefined });
    const plan = requireSweep(loaded);
    const m = sweepMatrix(loaded);
    if (args.json) process.stdout.write(`${JSON.stringify(m, null, 2)}\n`);
    else {
      const lines = [`${s.bold(m.name)}: ${m.count} variant${m.count === 1 ? '' : 's'} (sweep.max ${plan.max}); ranked by ${m.select.metric ?? 'accuracy (rmse for regression)'}${m.select.direction ? ` (${m.select.direction})` : ''}`];
      for (const v of m.variants) lines.push(`  ${v.id}  ${v.label}`);
      process.stdout.write(`${lines.join('\n')}\n`);
    }
    return 0;
  }
  const started = new Map<string, number>();
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
      if (e.state === 'started') {
        started.set(e.variant.id, performance.now());
        return;
      }
      done++;
      const secs = ((performance.now() - (started.get(e.variant.id) ?? 0)) / 1000).toFixed(1);
      process.stderr.write(`${e.state === 'built' ? '✓' : '✗'} ${e.variant.id} ${e.variant.label} (${secs} s)${e.detail ? `: ${e.detail}` : ''}\n`);
    },
  });
  if (args.json) {
    process.stdout.write(`${JSON.stringify(result.status === 'refused' ? result : { status: result.status, jobs: result.jobs, dir: result.dir, leaderboard: result.leaderboard, ...leaderboardJson(result.name, result.commit, result.selection) }, null, 2)}\n`);
  } else {
    process.stdout.write(formatSweep(result, s, done));
  }
  return result.status === 'done' && result.selection.winner ? 0 : 1;
}

const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(4));
const rel = (p: string) => path.relative(process.cwd(), p) || '.';

export function formatSweep(r: SweepResult, s: Style, built = 0): string {
  if (r.status === 'refused') return `${formatCheckReport(r.check, s)}${s.red('sweep refused: the code or data is not versioned')}\n`;
  const sel = r.selection;
  const lines = ['', s.bold(`${r.name} sweep at ${r.commit.slice(0, 12)}: ranked by ${sel.metric} (${sel.direction === 'max' ? 'higher' : 'lower'} is better), ${r.jobs} at a time`)];
  if (sel.ranked.length > 0) {
    const w = Math.max(...sel.ranked.map((x) => x.variant.id.length));
    lines.push(`  ${'#'.padStart(3)}  ${'variant'.padEnd(w)}  ${sel.metric.padStart(10)}  overrides`);
    for (const x of sel.ranked) lines.push(`  ${String(x.rank).padStart(3)}  ${x.variant.id.padEnd(w)}  ${fmt(x.value).padStart(10)}  ${x.variant.label}`);
  }
  for (const x of sel.rejected) lines.push(s.yellow(`  left out ${x.variant} (${x.label}): ${x.reason}`));
  for (const m of sel.missing) lines.push(s.yellow(`  missing ${m.id} (${m.label})`));
  lines.push(s.dim(`leaderboard ${rel(r.leaderboard)}${built ? ` (${built} build${built === 1 ? '' : 's'})` : ''}`));
  if (sel.winner) {
    lines.push(s.green(`BEST ${sel.winner.variant.id} (${sel.winner.variant.label}): ${sel.metric} ${fmt(sel.winner.value)}`), `  package ${rel(sel.winner.archive)}`, `  archive ${sel.winner.digest}`);
  } else {
    lines.push(s.red('NO WINNER: no variant built a clean package that passed its gates'));
  }
  return `${lines.join('\n')}\n`;
}
