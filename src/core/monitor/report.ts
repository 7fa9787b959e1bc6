import type { FeatureDrift, MonitorReport } from './compareProfiles.js';
import type { PerformanceReport } from './performance.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const f3 = (v: number) => v.toFixed(3);
const pct = (v: number) => `${(v * 100).toFixed(1)}%`;

/** The decision rule in words, for every report format. */
export function ruleText(r: MonitorReport): string {
  const t = r.thresholds;
  const floors = [t.psi !== null ? `PSI ≥ ${t.psi}` : '', t.jensenShannon !== null ? `Jensen–Shannon ≥ ${t.jensenShannon}` : ''].filter(Boolean);
  return (
    `${r.decision.tests} calibrated tests decided together (Holm) at α = ${r.decision.alpha}: when nothing changed, the chance of any flag is at most ${pct(r.decision.alpha)}` +
    (floors.length ? `; a shape test must also reach ${floors.join(' or ')}` : '') +
    `; a missing rate must also rise by ${pct(t.missingRateIncrease)}`
  );
}

/** "reference 318 rows (predictions 80) · new data 100 rows" */
export function rowsText(r: MonitorReport): string {
  const pred = r.rows.predictionReference === undefined ? '' : ` (prediction reference ${r.rows.predictionReference})`;
  return `reference ${r.rows.reference} rows${pred} · new data ${r.rows.current} rows`;
}

/** The unlabeled accuracy estimate in one sentence (every format). */
export function estimateText(r: MonitorReport): string | undefined {
  const e = r.estimatedPerformance;
  if (!e) return undefined;
  const f = (v: number) => v.toFixed(4);
  const beside = [e.packaged === null ? '' : `build (validation) ${f(e.packaged)}`, e.measured ? `measured on ${e.measured.rows} labeled rows ${f(e.measured.value)}` : ''].filter(Boolean);
  return `accuracy estimated without labels (CBPE, calibrated on ${e.calibrationRows} validation rows): ${f(e.value)}, 95% interval ${f(e.interval[0])} – ${f(e.interval[1])}, over ${e.rows} rows${beside.length ? `; ${beside.join('; ')}` : ''}`;
}

/** The smallest p-value of a feature's tests (what its verdict hinges on). */
export const minP = (f: FeatureDrift) => f.tests.reduce((m, x) => Math.min(m, x.pValue), 1);
const pShort = (p: number) => (p < 0.001 ? p.toExponential(1) : p.toFixed(3));

/** Markdown for job summaries and pull-request comments. */
export function monitorMarkdown(r: MonitorReport): string {
  const lines = [
    `### model-build monitor: ${r.drift ? `❌ drift in ${r.driftedFeatures.map((c) => `\`${c}\``).join(', ')}` : '✅ no drift'}`,
    '',
    rowsText(r).replace(/^r/, 'R'),
    '',
    '| feature | kind | PSI | Jensen–Shannon | smallest p | verdict |',
    '| --- | --- | --- | --- | --- | --- |',
    ...r.features.map((f) => `| \`${f.column}\` | ${f.kind} | ${f3(f.psi)} | ${f3(f.jensenShannon)} | ${pShort(minP(f))} | ${f.drift ? `❌ ${md(f.reasons.join('; '))}` : '✅'} |`),
  ];
  if (r.violations.length > 0) lines.push('', '**Schema**', '', ...r.violations.map((v) => `- ❌ ${v.message}`));
  lines.push('', `_${md(ruleText(r))}._`);
  const estimate = estimateText(r);
  if (estimate) lines.push('', `**Estimated performance**: ${md(estimate)}.`);
  if (r.performance) lines.push('', performanceMarkdown(r.performance));
  return `${lines.join('\n')}\n`;
}

const num = (v: number) => (Number.isNaN(v) ? 'NaN' : Math.abs(v) >= 1000 ? v.toFixed(1) : v.toFixed(4));
const signed = (v: number) => (v > 0 ? `+${num(v)}` : num(v));
const md = (s: string) => s.replace(/[|`\\]/g, (c) => `\\${c}`);

/** What was left out of the metrics, in words. */
function skippedText(p: PerformanceReport): string {
  const parts = [p.rows.missingLabel ? `${p.rows.missingLabel} without a label` : '', p.rows.unknownClass ? `${p.rows.unknownClass} with a class the model does not know` : ''].filter(Boolean);
  return parts.length ? ` (left out: ${parts.join(', ')})` : '';
}

function bootstrapText(p: PerformanceReport): string {
  const b = p.bootstrap;
  return `${b.level * 100}% percentile bootstrap, ${b.resamples} resamples of ${b.rows} rows${b.subsampled ? ' (a seeded subsample of the labeled rows)' : ''}, seed ${b.seed}`;
}

/** The performance section for job summaries: a metric table and the gate verdicts. */
export function performanceMarkdown(p: PerformanceReport): string {
  const verdict = p.gatesPassed === false ? `❌ gate failed: ${p.gates.filter((g) => !g.passed).map((g) => `\`${md(g.metric)}\``).join(', ')}` : p.gatesPassed ? '✅ gates pass' : 'no labeled rows';
  const lines = [`#### Performance on labeled data: ${verdict}`, '', `${p.rows.used} of ${p.rows.data} rows labeled (\`${md(p.label)}\`)${skippedText(p)}`];
  if (p.labels) lines.push('', `Labels from \`${md(p.labels.file)}\` joined on \`${md(p.labels.join)}\`: ${p.labels.rowsWithoutLabel} rows without a label, ${p.labels.labelsWithoutRow} labels without a row.`);
  if (p.metrics.length) {
    lines.push('', '| metric | new data | 95% interval | build (validation) | change |', '| --- | --- | --- | --- | --- |');
    for (const m of p.metrics) lines.push(`| ${md(m.name)} | ${num(m.value)} | ${m.interval ? `${num(m.interval[0])} – ${num(m.interval[1])}` : '—'} | ${m.packaged === null ? '—' : num(m.packaged)} | ${m.delta === null ? '—' : signed(m.delta)} |`);
  }
  if (p.gates.length) {
    lines.push('', '| gate | new data | build | verdict |', '| --- | --- | --- | --- |');
    for (const g of p.gates) lines.push(`| ${md(g.metric)} ${g.op} ${g.threshold} | ${num(g.actual)} | ${g.packaged === null ? '—' : num(g.packaged)} | ${g.passed ? '✅' : '❌ fails'} |`);
  }
  lines.push('', `_Intervals: ${bootstrapText(p)}._`);
  return lines.join('\n');
}

/** One SVG row per metric: the new value with its interval (blue) and the build's value (grey tick). */
function performanceChart(p: PerformanceReport): string {
  const rows = p.metrics;
  const width = 560;
  const rowH = 28;
  const pad = { left: 90, right: 70, top: 8 };
  const height = pad.top * 2 + rows.length * rowH;
  const body = rows
    .map((m, i) => {
      const gate = p.gates.find((g) => g.metric === m.name);
      // Each row is scaled to its own values (and gate line), so a narrow interval stays visible.
      const vals = [m.value, m.packaged, gate?.threshold, ...(m.interval ?? [])].filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
      let lo = vals.length ? Math.min(...vals) : 0;
      let hi = vals.length ? Math.max(...vals) : 1;
      const span = Math.max(hi - lo, Math.abs(hi) * 0.01, 1e-6);
      lo -= span * 0.1;
      hi += span * 0.1;
      const x = (v: number) => (pad.left + ((v - lo) / (hi - lo)) * (width - pad.left - pad.right)).toFixed(1);
      const y = pad.top + i * rowH + rowH / 2;
      const parts = [`<text class="tick" x="4" y="${y + 4}">${esc(m.name)}</text>`, `<line class="axis" x1="${pad.left}" y1="${y}" x2="${width - pad.right}" y2="${y}"/>`];
      if (m.interval) parts.push(`<rect class="interval" x="${x(m.interval[0])}" y="${y - 5}" width="${Math.max(1, Number(x(m.interval[1])) - Number(x(m.interval[0]))).toFixed(1)}" height="10"><title>95% interval ${num(m.interval[0])} – ${num(m.interval[1])}</title></rect>`);
      if (gate) parts.push(`<line class="gate" x1="${x(gate.threshold)}" y1="${y - 12}" x2="${x(gate.threshold)}" y2="${y + 12}"><title>gate ${esc(gate.op)} ${gate.threshold}</title></line>`);
      if (m.packaged !== null && Number.isFinite(m.packaged)) parts.push(`<line class="packaged" x1="${x(m.packaged)}" y1="${y - 10}" x2="${x(m.packaged)}" y2="${y + 10}"><title>build (validation): ${num(m.packaged)}</title></line>`);
      if (Number.isFinite(m.value)) parts.push(`<circle class="cur" cx="${x(m.value)}" cy="${y}" r="4"><title>new data: ${num(m.value)}</title></circle>`);
      parts.push(`<text class="tick" x="${width - pad.right + 6}" y="${y + 4}">${num(m.value)}</text>`);
      return parts.join('');
    })
    .join('');
  return `<svg viewBox="0 0 ${width} ${height}" role="img" aria-label="metrics on the new data with 95% intervals vs the build">${body}</svg>`;
}

/** The performance section of the HTML report. */
function performanceHtml(p: PerformanceReport): string {
  const failed = p.gatesPassed === false;
  const gates = p.gates.length
    ? `<ul>${p.gates.map((g) => `<li>${g.passed ? '✓' : '<strong>✗</strong>'} gate ${esc(g.metric)} ${esc(g.op)} ${g.threshold}: ${num(g.actual)} on the new data${g.packaged === null ? '' : ` (build ${num(g.packaged)})`}</li>`).join('')}</ul>`
    : '';
  const labels = p.labels ? ` · labels from ${esc(p.labels.file)} joined on “${esc(p.labels.join)}”: ${p.labels.rowsWithoutLabel} rows without a label, ${p.labels.labelsWithoutRow} labels without a row` : '';
  return `<section class="${failed ? 'drift' : 'ok'}" id="performance">
<h2>Performance on labeled data <span class="badge">${failed ? 'gate failed' : p.gatesPassed ? 'gates pass' : 'no labels'}</span></h2>
<p class="stats">${p.rows.used} of ${p.rows.data} rows labeled (${esc(p.label)})${esc(skippedText(p))}${labels}</p>
${p.metrics.length ? performanceChart(p) : ''}
<p class="stats"><span class="legend"><span style="background:#0969da;border-radius:5px"></span>new data<span style="background:#9ec5f8"></span>95% interval<span style="background:#1f2328;width:2px"></span>build (validation)<span style="background:#cf222e;width:2px"></span>gate</span> · each row has its own scale</p>
${gates}
<p class="stats">Intervals: ${esc(bootstrapText(p))}.</p>
</section>`;
}

/** One SVG bar chart: reference and current share per bin or category. */
function chart(f: FeatureDrift): string {
  const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0) || 1;
  const ref = f.bins.reference.map((v) => v / total(f.bins.reference));
  const cur = f.bins.current.map((v) => v / total(f.bins.current));
  const n = f.bins.labels.length;
  const width = 560;
  const height = 200;
  const pad = { left: 40, right: 36, bottom: 48, top: 10 };
  const slot = (width - pad.left - pad.right) / n;
  const top = Math.max(...ref, ...cur, 0.01);
  const y = (v: number) => pad.top + (height - pad.top - pad.bottom) * (1 - v / top);
  const bars = f.bins.labels
    .map((label, i) => {
      const x = pad.left + i * slot;
      const w = Math.max(2, slot / 2 - 3);
      const base = height - pad.bottom;
      return [
        `<rect class="ref" x="${(x + 2).toFixed(1)}" y="${y(ref[i]!).toFixed(1)}" width="${w.toFixed(1)}" height="${(base - y(ref[i]!)).toFixed(1)}"><title>${esc(label)}: reference ${pct(ref[i]!)}</title></rect>`,
        `<rect class="cur" x="${(x + 2 + w + 2).toFixed(1)}" y="${y(cur[i]!).toFixed(1)}" width="${w.toFixed(1)}" height="${(base - y(cur[i]!)).toFixed(1)}"><title>${esc(label)}: new ${pct(cur[i]!)}</title></rect>`,
        `<text class="tick" x="${(x + slot / 2).toFixed(1)}" y="${base + 14}" transform="rotate(25 ${(x + slot / 2).toFixed(1)} ${base + 14})">${esc(label.length > 14 ? `${label.slice(0, 13)}…` : label)}</text>`,
      ].join('');
    })
    .join('');
  return `<svg viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(f.column)}: reference vs new distribution"><line x1="${pad.left}" y1="${height - pad.bottom}" x2="${width - pad.right}" y2="${height - pad.bottom}" class="axis"/><text class="tick" x="4" y="${pad.top + 8}">${pct(top)}</text>${bars}</svg>`;
}

/** A self-contained HTML page (no scripts, no external resources) with one chart per feature. */
export function monitorHtml(r: MonitorReport, title = 'model-build monitor'): string {
  const sections = r.features
    .map(
      (f) => `<section class="${f.drift ? 'drift' : 'ok'}">
<h2>${esc(f.column)} <span class="badge">${f.drift ? 'drift' : 'ok'}</span></h2>
<p class="stats">${f.kind} · ${f.values.current} values vs ${f.values.reference} · PSI ${f3(f.psi)} · Jensen–Shannon ${f3(f.jensenShannon)}${f.ks ? ` · KS D ${f3(f.ks.statistic)}` : ''} · smallest p ${pShort(minP(f))}${f.reasons.length ? ` · <strong>${esc(f.reasons.join('; '))}</strong>` : ''}</p>
${chart(f)}
</section>`,
    )
    .join('\n');
  const violations = r.violations.length
    ? `<section class="drift"><h2>Schema</h2><ul>${r.violations.map((v) => `<li>${esc(v.message)}</li>`).join('')}</ul></section>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>
body { font: 14px/1.45 system-ui, sans-serif; margin: 24px auto; max-width: 640px; color: #1f2328; }
h1 { font-size: 20px; } h2 { font-size: 16px; margin: 0 0 4px; }
section { border: 1px solid #d0d7de; border-radius: 6px; padding: 12px; margin: 12px 0; }
section.drift { border-color: #cf222e; }
.badge { font-size: 12px; padding: 1px 6px; border-radius: 10px; background: #dafbe1; color: #116329; }
.drift .badge { background: #ffebe9; color: #a40e26; }
.stats { color: #57606a; margin: 0 0 8px; }
.legend span { display: inline-block; width: 10px; height: 10px; margin: 0 4px 0 12px; }
svg { width: 100%; height: auto; } .ref { fill: #8c959f; } .cur { fill: #0969da; }
.interval { fill: #9ec5f8; } .packaged { stroke: #1f2328; stroke-width: 2; } .gate { stroke: #cf222e; stroke-dasharray: 3 2; }
.axis { stroke: #8c959f; } .tick { font-size: 10px; fill: #57606a; }
</style>
</head>
<body>
<h1>${r.drift ? `Drift in ${esc(r.driftedFeatures.join(', '))}` : 'No drift'}${r.performance?.gatesPassed === false ? ' · a gate fails on the new data' : ''}</h1>
<p>${esc(rowsText(r).replace(/^r/, 'R'))}
<span class="legend"><span class="ref" style="background:#8c959f"></span>reference<span style="background:#0969da"></span>new data</span></p>
${violations}
${r.performance ? performanceHtml(r.performance) : ''}
${estimateText(r) ? `<p class="stats" id="estimate">${esc(estimateText(r)!)}.</p>` : ''}
${sections}
<p class="stats">${esc(ruleText(r))}.</p>
</body>
</html>
`;
}
