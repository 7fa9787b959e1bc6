import type { FeatureDrift, MonitorReport } from './compareProfiles.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const f3 = (v: number) => v.toFixed(3);
const pct = (v: number) => `${(v * 100).toFixed(1)}%`;

/** Markdown for job summaries and pull-request comments. */
export function monitorMarkdown(r: MonitorReport): string {
  const lines = [
    `### model-build monitor: ${r.drift ? `❌ drift in ${r.driftedFeatures.map((c) => `\`${c}\``).join(', ')}` : '✅ no drift'}`,
    '',
    `Reference ${r.rows.reference} rows · new data ${r.rows.current} rows`,
    '',
    '| feature | kind | PSI | Jensen–Shannon | KS p | verdict |',
    '| --- | --- | --- | --- | --- | --- |',
    ...r.features.map((f) => `| \`${f.column}\` | ${f.kind} | ${f3(f.psi)} | ${f3(f.jensenShannon)} | ${f.ks ? f.ks.pValue.toExponential(1) : '—'} | ${f.drift ? `❌ ${f.reasons.join('; ')}` : '✅'} |`),
  ];
  if (r.violations.length > 0) lines.push('', '**Schema**', '', ...r.violations.map((v) => `- ❌ ${v.message}`));
  const t = r.thresholds;
  lines.push('', `_Thresholds: PSI ≥ ${t.psi}, Jensen–Shannon ≥ ${t.jensenShannon}, KS p < ${t.ksAlpha}, missing-rate increase > ${t.missingRateIncrease}._`);
  return `${lines.join('\n')}\n`;
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
<p class="stats">${f.kind} · PSI ${f3(f.psi)} · Jensen–Shannon ${f3(f.jensenShannon)}${f.ks ? ` · KS D ${f3(f.ks.statistic)}, p ${f.ks.pValue.toExponential(2)}` : ''}${f.reasons.length ? ` · <strong>${esc(f.reasons.join('; '))}</strong>` : ''}</p>
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
.axis { stroke: #8c959f; } .tick { font-size: 10px; fill: #57606a; }
</style>
</head>
<body>
<h1>${r.drift ? `Drift in ${esc(r.driftedFeatures.join(', '))}` : 'No drift'}</h1>
<p>Reference ${r.rows.reference} rows · new data ${r.rows.current} rows
<span class="legend"><span class="ref" style="background:#8c959f"></span>reference<span style="background:#0969da"></span>new data</span></p>
${violations}
${sections}
<p class="stats">Thresholds: PSI ≥ ${r.thresholds.psi}, Jensen–Shannon ≥ ${r.thresholds.jensenShannon}, KS p &lt; ${r.thresholds.ksAlpha}.</p>
</body>
</html>
`;
}
