import type { BuildResult } from '../core/build/types.js';
import { trainingChart } from '../core/package/modelCard.js';
import type { CheckReport } from '../core/provenance/report.js';
import type { VerifyReport } from '../core/verify/verifyBuild.js';

const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(4));
const esc = (s: string) => s.replace(/\|/g, '\\|');

/** Markdown for the job summary: what ran, on which versions, and the verdicts. */
export function checkMarkdown(report: CheckReport): string {
  const lines = [`### model-build check: ${report.ok ? '✅ passed' : '❌ failed'}`, ''];
  if (report.git) lines.push(`Commit \`${report.git.commit}\`, tree \`${report.git.tree}\``, '');
  if (report.data.length > 0) {
    lines.push('| data | versioned by | status | recorded hash |', '| --- | --- | --- | --- |');
    for (const d of report.data) lines.push(`| \`${esc(d.path)}\` | ${d.kind ?? '—'} | ${d.status === 'ok' ? '✅ ok' : `❌ ${d.status}`} | \`${d.expected ?? '—'}\` |`);
    lines.push('');
  }
  if (report.problems.length > 0) {
    lines.push('**Problems**', '');
    for (const p of report.problems) lines.push(`- \`${p.code}\` ${esc(p.message)}${p.hint ? ` — ${esc(p.hint)}` : ''}`);
    lines.push('');
  }
  for (const n of report.notes) lines.push(`> ${n}`);
  return `${lines.join('\n')}\n`;
}

export function buildMarkdown(result: BuildResult, artifact?: { id: number; url: string } | null): string {
  if (result.status === 'refused') return `### model-build: ❌ build refused\n\n${checkMarkdown(result.check)}`;
  const r = result.result;
  const pkg = result.package;
  const verdict = r.gatesPassed ? '✅ built' : '❌ gates failed';
  const g = result.check.git;
  const lines = [`### model-build: ${verdict} \`${result.name}\``, ''];
  lines.push('| | |', '| --- | --- |');
  if (g) lines.push(`| code | \`${g.commit.slice(0, 12)}\`${g.ref ? ` (${g.ref.replace(/^refs\/heads\//, '')})` : ''}${result.allowedDirty ? ' ⚠️ dirty (allow-dirty)' : ''} |`);
  lines.push(`| backend | ${r.runtime.backend} (TensorFlow.js ${r.runtime.tfjsVersion}${r.runtime.simd ? ', SIMD' : ''}) |`);
  lines.push(`| data | ${r.data.rows} rows: ${r.data.train} train, ${r.data.validation} validation |`);
  lines.push(`| training | ${r.epochsRun} epochs${r.stoppedEarly ? `, best ${r.bestEpoch}` : ''}, seed ${r.seed} |`);
  if (pkg) {
    lines.push(`| package | \`${pkg.archive.split('/').pop()}\` |`, `| archive digest | \`${pkg.digest}\` |`, `| contents digest | \`${pkg.contentDigest}\` |`);
  }
  if (artifact) lines.push(`| artifact | [${artifact.id}](${artifact.url}) |`);
  lines.push('', '**Data versions**', '', '| path | versioned by | hash |', '| --- | --- | --- |');
  for (const d of pkg?.metadata.data ?? []) lines.push(`| \`${esc(d.path)}\` | ${d.kind ?? '—'} | \`${d.hash ?? '—'}\` |`);
  lines.push('', `**Validation metrics** (${r.task})`, '', '| metric | value |', '| --- | --- |');
  for (const [k, v] of Object.entries(r.metrics)) if (typeof v === 'number') lines.push(`| ${k} | ${fmt(v)} |`);
  if (r.gates.length > 0) {
    lines.push('', '**Gates**', '', '| gate | result | value | margin |', '| --- | --- | --- | --- |');
    for (const x of r.gates) lines.push(`| ${x.metric} ${x.op} ${x.threshold} | ${x.passed ? '✅' : '❌'} | ${fmt(x.actual)} | ${x.margin >= 0 ? '+' : ''}${fmt(x.margin)} |`);
  }
  if (r.history.length > 0) lines.push('', '**Training curve** (training loss, validation loss)', '', trainingChart(r.history));
  if (pkg) {
    lines.push('', '<details><summary>Package contents</summary>', '', '| file | sha256 |', '| --- | --- |');
    for (const [f, d] of Object.entries(pkg.metadata.files)) lines.push(`| \`${f}\` | \`${d.slice(7, 19)}…\` |`);
    lines.push('', '</details>');
  }
  for (const w of r.warnings) lines.push('', `> ⚠️ ${w}`);
  return `${lines.join('\n')}\n`;
}

export function verifyMarkdown(report: VerifyReport): string {
  const lines = [`### model-build verify: ${report.reproducible ? '✅ reproducible' : '❌ not reproducible'}`, ''];
  if (report.failure) {
    lines.push(report.failure.message);
    if (report.failure.check) lines.push('', checkMarkdown(report.failure.check));
    return `${lines.join('\n')}\n`;
  }
  lines.push(`Reference (${report.reference.source}): \`${report.reference.digest}\``, '');
  report.comparisons.forEach((c, i) => {
    lines.push(`- rebuild ${i + 1}: ${c.identical ? '✅ byte-identical' : '❌ different'}`);
    for (const f of c.files) lines.push(`  - differs: \`${f.file}\``);
    for (const t of c.tensors.filter((t) => t.maxAbsDiff !== 0)) lines.push(`  - weights \`${t.name}\`: max \\|Δ\\| ${t.maxAbsDiff.toExponential(2)}`);
    for (const cause of c.causes) lines.push(`  - likely cause: ${cause}`);
  });
  const metrics = Object.entries(report.metrics).filter((e): e is [string, number] => typeof e[1] === 'number');
  if (metrics.length > 0) {
    lines.push('', '| metric | value |', '| --- | --- |', ...metrics.map(([k, v]) => `| ${k} | ${fmt(v)} |`));
  }
  if (report.gates.length > 0) {
    lines.push('', '| gate | result | value |', '| --- | --- | --- |');
    for (const x of report.gates) lines.push(`| ${x.metric} ${x.op} ${x.threshold} | ${x.passed ? '✅' : '❌'} | ${fmt(x.actual)} |`);
  }
  return `${lines.join('\n')}\n`;
}
