import path from 'node:path';
import { estimateText, minP, monitorHtml, monitorMarkdown, ruleText, rowsText } from '../core/monitor/report.js';
import { monitorData } from '../core/monitor/monitor.js';
import type { MonitorReport } from '../core/monitor/compareProfiles.js';
import type { PerformanceReport } from '../core/monitor/performance.js';
import { checkOutputFile, writeFileAtomic } from '../core/util/outputFile.js';
import { styleFor, type Style } from './terminal.js';

/** Exit 0 no drift and every gate holds; 1 drift, or a gate fails on the new labeled data. */
export async function runMonitor(args: { package?: string; profile?: string; data: string; labels?: string; join?: string; json: boolean; html?: string; markdown?: string }): Promise<number> {
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
    labels: args.labels && path.resolve(args.labels),
    labelsDisplay: args.labels,
    join: args.join,
  });
  if (html) writeFileAtomic(html, monitorHtml(report, `model-build monitor: ${path.basename(args.data)}`), args.html);
  if (markdown) writeFileAtomic(markdown, monitorMarkdown(report), args.markdown);
  process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}\n` : formatMonitor(report, styleFor(process.stdout)));
  return report.drift || report.performance?.gatesPassed === false ? 1 : 0;
}

export function formatMonitor(r: MonitorReport, s: Style): string {
  const lines = [rowsText(r), ''];
  const width = Math.max(7, ...r.features.map((f) => f.column.length));
  lines.push(s.dim(`  ${'feature'.padEnd(width)}  kind         PSI     JS  min p`));
  for (const f of r.features) {
    const mark = f.drift ? s.red('✗') : s.green('✓');
    const p = minP(f);
    lines.push(`${mark} ${f.column.padEnd(width)}  ${f.kind.padEnd(11)} ${f.psi.toFixed(3).padStart(6)} ${f.jensenShannon.toFixed(3).padStart(6)} ${(p < 0.001 ? p.toExponential(0) : p.toFixed(3)).padStart(6)}${f.reasons.length ? s.dim(`  ${f.reasons.join('; ')}`) : ''}`);
  }
  if (r.violations.length > 0) {
    lines.push('', s.bold('schema'));
    for (const v of r.violations) lines.push(`${s.red('✗')} ${v.message}`);
  }
  lines.push('', s.dim(`rule: ${ruleText(r)}`));
  lines.push(r.drift ? s.red(`DRIFT in ${r.driftedFeatures.join(', ')}`) : s.green('NO DRIFT'));
  const estimate = estimateText(r);
  if (estimate) lines.push('', estimate);
  if (r.performance) lines.push('', ...formatPerformance(r.performance, s));
  return `${lines.join('\n')}\n`;
}

/** The performance table: each metric on the new data with its interval, vs the package's. */
export function formatPerformance(p: PerformanceReport, s: Style): string[] {
  const lines = [s.bold(`performance on ${p.rows.used} labeled rows (label "${p.label}")`)];
  const skipped = [
    p.rows.missingLabel ? `${p.rows.missingLabel} without a label` : '',
    p.rows.unknownClass ? `${p.rows.unknownClass} with a class the model does not know` : '',
  ].filter(Boolean);
  if (skipped.length) lines.push(s.dim(`  left out: ${skipped.join(', ')}`));
  if (p.labels) lines.push(s.dim(`  labels from ${p.labels.file} joined on "${p.labels.join}": ${p.labels.rowsWithoutLabel} rows without a label, ${p.labels.labelsWithoutRow} labels without a row`));
  if (p.metrics.length > 0) {
    const width = Math.max(6, ...p.metrics.map((m) => m.name.length));
    lines.push(s.dim(`  ${'metric'.padEnd(width)}       new  95% interval         packaged     delta`));
    for (const m of p.metrics) {
      const iv = m.interval ? `[${fmt(m.interval[0])}, ${fmt(m.interval[1])}]` : '—';
      lines.push(`  ${m.name.padEnd(width)} ${fmt(m.value).padStart(9)}  ${iv.padEnd(20)} ${(m.packaged === null ? '—' : fmt(m.packaged)).padStart(8)} ${(m.delta === null ? '—' : signed(m.delta)).padStart(9)}`);
    }
  }
  for (const g of p.gates) {
    lines.push(`${g.passed ? s.green('✓') : s.red('✗')} gate ${g.metric} ${g.op} ${g.threshold}: ${fmt(g.actual)} on the new data${g.packaged === null ? '' : ` (build: ${fmt(g.packaged)})`}`);
  }
  const b = p.bootstrap;
  lines.push(s.dim(`intervals: ${b.level * 100}% percentile bootstrap, ${b.resamples} resamples of ${b.rows} rows${b.subsampled ? ' (a seeded subsample of the labeled rows)' : ''}, seed ${b.seed}`));
  if (p.gatesPassed === false) lines.push(s.red(`GATE FAILED on the new data: ${p.gates.filter((g) => !g.passed).map((g) => g.metric).join(', ')}`));
  else if (p.gatesPassed === true) lines.push(s.green(p.gates.length ? 'GATES PASS on the new data' : 'no gates to check'));
  else lines.push(s.dim('no labeled rows: no metric or gate could be computed'));
  return lines;
}

const fmt = (v: number) => (Number.isNaN(v) ? 'NaN' : Math.abs(v) >= 1000 ? v.toFixed(1) : v.toFixed(4));
const signed = (v: number) => (v > 0 ? `+${fmt(v)}` : fmt(v));
