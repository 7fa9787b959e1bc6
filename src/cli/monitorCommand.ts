import path from 'node:path';
import { monitorHtml, monitorMarkdown } from '../core/monitor/report.js';
import { monitorData } from '../core/monitor/monitor.js';
import type { MonitorReport } from '../core/monitor/compareProfiles.js';
import { checkOutputFile, writeFileAtomic } from '../core/util/outputFile.js';
import { styleFor, type Style } from './terminal.js';

/** Exit 0 no drift, 1 drift. */
export async function runMonitor(args: { package?: string; profile?: string; data: string; json: boolean; html?: string; markdown?: string }): Promise<number> {
  // Where the reports go is checked before any data is read; they are written whole or not at all.
  const html = args.html && path.resolve(args.html);
  const markdown = args.markdown && path.resolve(args.markdown);
  if (html) checkOutputFile(html, '--html', args.html);
  if (markdown) checkOutputFile(markdown, '--markdown', args.markdown);
  const report = await monitorData({
    package: args.package && path.resolve(args.package),
    profile: args.profile && path.resolve(args.profile),
    data: path.resolve(args.data),
    display: args.data,
  });
  if (html) writeFileAtomic(html, monitorHtml(report, `model-build monitor: ${path.basename(args.data)}`), args.html);
  if (markdown) writeFileAtomic(markdown, monitorMarkdown(report), args.markdown);
  process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}\n` : formatMonitor(report, styleFor(process.stdout)));
  return report.drift ? 1 : 0;
}

export function formatMonitor(r: MonitorReport, s: Style): string {
  const lines = [`reference ${r.rows.reference} rows, new data ${r.rows.current} rows`, ''];
  const width = Math.max(7, ...r.features.map((f) => f.column.length));
  lines.push(s.dim(`  ${'feature'.padEnd(width)}  kind         PSI     JS   KS p`));
  for (const f of r.features) {
    const mark = f.drift ? s.red('✗') : s.green('✓');
    const ks = f.ks ? f.ks.pValue.toExponential(1) : '—';
    lines.push(`${mark} ${f.column.padEnd(width)}  ${f.kind.padEnd(11)} ${f.psi.toFixed(3).padStart(6)} ${f.jensenShannon.toFixed(3).padStart(6)} ${ks.padStart(7)}${f.reasons.length ? s.dim(`  ${f.reasons.join('; ')}`) : ''}`);
  }
  if (r.violations.length > 0) {
    lines.push('', s.bold('schema'));
    for (const v of r.violations) lines.push(`${s.red('✗')} ${v.message}`);
  }
  const t = r.thresholds;
  lines.push('', s.dim(`thresholds: PSI ≥ ${t.psi}, Jensen–Shannon ≥ ${t.jensenShannon}, KS p < ${t.ksAlpha}, missing rate +${t.missingRateIncrease}`));
  lines.push(r.drift ? s.red(`DRIFT in ${r.driftedFeatures.join(', ')}`) : s.green('NO DRIFT'));
  return `${lines.join('\n')}\n`;
}
