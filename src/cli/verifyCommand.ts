import path from 'node:path';
import type { Backend } from '../core/config/types.js';
import { verifyBuild, type VerifyReport } from '../core/verify/verifyBuild.js';
import { formatCheckReport } from './checkCommand.js';
import { styleFor, type Style } from './terminal.js';

export interface VerifyArgs {
  config?: string;
  against?: string;
  runs?: number;
  backend?: Backend;
  variant?: string;
  json: boolean;
}

/** Exit 0 when every rebuild is byte-identical to the reference, 1 when not. */
export async function runVerify(args: VerifyArgs): Promise<number> {
  if (!args.json) process.stderr.write(args.against ? `rebuilding to compare with ${args.against}…\n` : `rebuilding ${args.runs ?? 2} times in separate processes…\n`);
  const report = await verifyBuild({ config: args.config, against: args.against, runs: args.runs, backend: args.backend, variant: args.variant, command: ownCommand() });
  process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}\n` : formatVerify(report, styleFor(process.stdout)));
  return report.reproducible ? 0 : 1;
}

/**
 * This very model-build, as it was started (bundle, installed bin, or from source under a
 * loader), so the rebuilds run the same code as the verify that compares them. Debugger flags
 * are dropped: a child would fight over the inspector port.
 */
export function ownCommand(): string[] {
  const execArgv = process.execArgv.filter((a) => !/^--inspect/.test(a));
  return [process.execPath, ...execArgv, process.argv[1]!];
}

/** A path relative to the current folder when it lies below it, else as it is. */
function shown(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

const num = (v: number) => (Number.isInteger(v) ? String(v) : Math.abs(v) < 1e-4 ? v.toExponential(2) : v.toFixed(6));

export function formatVerify(r: VerifyReport, s: Style): string {
  const lines: string[] = [];
  if (r.failure) {
    if (r.failure.check) lines.push(formatCheckReport(r.failure.check, s).trimEnd());
    lines.push(s.red(`NOT VERIFIED: ${r.failure.message}`));
    return `${lines.join('\n')}\n`;
  }
  lines.push(`reference (${r.reference.source === 'package' ? `the package ${shown(r.reference.archive)}` : 'rebuild 1'}): ${r.reference.digest}`);
  r.comparisons.forEach((c, i) => {
    const n = r.reference.source === 'package' ? i + 1 : i + 2;
    const digest = r.rebuilds[r.reference.source === 'package' ? i : i + 1]!.digest;
    lines.push(`rebuild ${n}: ${digest} ${c.identical ? s.green('identical') : s.red('DIFFERENT')}`);
    if (c.identical) return;
    for (const f of c.files) {
      lines.push(`  differs: ${f.file}${f.expected === null ? ' (only in the rebuild)' : f.actual === null ? ' (missing from the rebuild)' : ''}`);
      for (const x of f.fields ?? []) lines.push(s.dim(`    ${x.path}: ${x.expected} → ${x.actual}`));
      if (f.moreFields) lines.push(s.dim(`    … and ${f.moreFields} more field${f.moreFields === 1 ? '' : 's'}`));
    }
    const moved = c.tensors.filter((t) => t.maxAbsDiff !== 0);
    for (const t of moved) lines.push(s.dim(`  weights ${t.name}: max |Δ| ${num(t.maxAbsDiff)}`));
    for (const m of c.metrics) lines.push(s.dim(`  metric ${m.metric}: ${num(m.expected)} → ${num(m.actual)} (Δ ${m.delta >= 0 ? '+' : ''}${num(m.delta)})`));
    for (const cause of c.causes) lines.push(s.yellow(`  likely cause: ${cause}`));
  });
  lines.push(r.reproducible ? s.green('REPRODUCIBLE: byte-identical archives') : s.red('NOT REPRODUCIBLE'));
  return `${lines.join('\n')}\n`;
}
