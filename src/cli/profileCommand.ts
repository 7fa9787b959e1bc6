import path from 'node:path';
import { profileFile } from '../core/profile/profileFile.js';
import type { Profile } from '../core/profile/profiler.js';
import { checkOutputFile, writeFileAtomic } from '../core/util/outputFile.js';
import { styleFor } from './terminal.js';

/** Profiles a data file; prints a table, or JSON, and optionally writes profile.json. */
export async function runProfile(args: { data: string; out?: string; json: boolean }): Promise<number> {
  // --out is checked before the data is read, and written whole or not at all.
  const out = args.out && path.resolve(args.out);
  if (out) checkOutputFile(out, '--out', args.out);
  const profile = await profileFile(path.resolve(args.data), { display: args.data });
  const text = `${JSON.stringify(profile, null, 2)}\n`;
  if (out) writeFileAtomic(out, text, args.out);
  if (args.json) process.stdout.write(text);
  else process.stdout.write(formatProfile(profile, args.data, args.out));
  return 0;
}

const num = (v: number) => (Number.isInteger(v) ? String(v) : Math.abs(v) >= 1000 ? v.toFixed(1) : v.toPrecision(4));

export function formatProfile(p: Profile, source: string, out?: string): string {
  const s = styleFor(process.stdout);
  const lines = [`${s.bold(source)}: ${p.rows} rows, ${Object.keys(p.columns).length} columns`, ''];
  const width = Math.max(6, ...Object.keys(p.columns).map((c) => c.length));
  lines.push(s.dim(`  ${'column'.padEnd(width)}  type     missing  distinct  summary`));
  for (const [name, c] of Object.entries(p.columns)) {
    const sm = c.summary;
    const detail = sm.numeric
      ? `min ${num(sm.numeric.min)}  p50 ${num(sm.numeric.quantiles.p50!)}  mean ${num(sm.numeric.mean)}  max ${num(sm.numeric.max)}`
      : (sm.top ?? []).slice(0, 4).map((t) => `${t.value} (${t.count})`).join(', ');
    const missing = `${sm.missing}`.padStart(7);
    lines.push(`  ${name.padEnd(width)}  ${c.type.padEnd(7)}  ${missing}  ${String(sm.distinct).padStart(8)}  ${detail}`);
  }
  if (out) lines.push('', `profile written to ${out}`);
  return `${lines.join('\n')}\n`;
}
