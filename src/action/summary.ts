import type { BuildResult } from '../core/build/types.js';
import { trainingChart } from '../core/package/modelCard.js';
import type { CheckReport } from '../core/provenance/report.js';
import type { VerifyReport } from '../core/verify/verifyBuild.js';
import type { PackageMetadata } from '../core/package/metadata.js';
import type { GateResult } from '../core/train/gates.js';

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

export interface PackageView {
  metadata: PackageMetadata;
  archive: string;
  digest: string;
  contentDigest: string;
}

export function buildMarkdown(
  result: BuildResult,
  artifact?: { id: number; url: string } | null,
): string {
  if (result.status === 'refused') return `### model-build: ❌ build refused\n\n${checkMarkdown(result.check)}`;
  const r = result.result;
  const warnings = r.warnings.map((w) => `\n> ⚠️ ${w}\n`).join('');
  if (result.package) return packageMarkdown(result.package, { artifact, allowedDirty: result.allowedDirty }) + warnings;
  // Not packaged: a gate failed. Show what was measured.
  const lines = [`### model-build: ❌ gates failed \`${result.name}\``, '', 'The model was written for inspection, not packaged.', ''];
  lines.push(...metricLines(r.metrics), ...gateLines(r.gates));
  if (r.history.length > 0) lines.push('', '**Training curve** (training loss, validation loss)', '', trainingChart(r.history));
  return `${lines.join('\n')}\n${warnings}`;
}

/** The summary of a package, from its metadata: the same for a fresh build and a cached one. */
export function packageMarkdown(
  pkg: PackageView,
  extra: { artifact?: { id: number; url: string } | null; allowedDirty?: boolean; cached?: boolean } = {},
): string {
  const m = pkg.metadata;
  const dirty = m.dirty ?? (m.code.dirty || Boolean(extra.allowedDirty));
  const lines = [
    dirty
      ? `### model-build: ⚠️ built \`${m.name}\` from unversioned code or data (--allow-dirty): not reproducible`
      : `### model-build: ✅ built \`${m.name}\`${extra.cached ? ' (reused from the build cache)' : ''}`,
    '',
  ];
  if (dirty) lines.push(...(m.problems ?? []).map((p) => `> ⚠️ ${esc(p)}`), '');
  lines.push('| | |', '| --- | --- |');
  lines.push(`| code | \`${m.code.commit.slice(0, 12)}\`${m.code.ref ? ` (${m.code.ref.replace(/^refs\/heads\//, '')})` : ''}${dirty ? ' ⚠️ dirty (allow-dirty)' : ''} |`);
  lines.push(`| backend | ${m.training.backend} (TensorFlow.js ${m.training.tfjsVersion}${m.training.simd ? ', SIMD' : ''}) |`);
  lines.push(`| training | ${m.training.epochsRun} epochs${m.training.stoppedEarly ? `, best ${m.training.bestEpoch}` : ''}, seed ${m.training.seed} |`);
  lines.push(`| package | \`${pkg.archive.split('/').pop()}\` |`, `| archive digest | \`${pkg.digest}\` |`, `| contents digest | \`${pkg.contentDigest}\` |`);
  if (extra.artifact) lines.push(`| artifact | [${extra.artifact.id}](${extra.artifact.url}) |`);
  lines.push('', '**Data versions**', '', '| path | versioned by | hash | rows |', '| --- | --- | --- | --- |');
  for (const d of m.data) {
    const read = d.actual !== undefined && d.actual !== d.hash ? ` ⚠️ read \`${d.actual ?? 'unknown'}\` (${d.status ?? 'modified'})` : '';
    lines.push(`| \`${esc(d.path)}\` | ${d.kind ?? '—'} | \`${d.hash ?? '—'}\`${read} | ${d.rows ?? '—'} |`);
  }
  lines.push('', `**Validation metrics** (${m.task})`, '', ...metricLines(m.metrics), ...gateLines(m.gates));
  if (m.training.history.length > 0) lines.push('', '**Training curve** (training loss, validation loss)', '', trainingChart(m.training.history));
  lines.push('', '<details><summary>Package contents</summary>', '', '| file | sha256 |', '| --- | --- |');
  for (const [f, d] of Object.entries(m.files)) lines.push(`| \`${f}\` | \`${d.slice(7, 19)}…\` |`);
  lines.push('', '</details>');
  return `${lines.join('\n')}\n`;
}

function metricLines(metrics: Record<string, unknown>): string[] {
  const rows = Object.entries(metrics).filter((e): e is [string, number] => typeof e[1] === 'number');
  return ['| metric | value |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${fmt(v)} |`)];
}

function gateLines(gates: GateResult[]): string[] {
  if (gates.length === 0) return [];
  return [
    '',
    '**Gates**',
    '',
    '| gate | result | value | margin |',
    '| --- | --- | --- | --- |',
    ...gates.map((x) => `| ${x.metric} ${x.op} ${x.threshold} | ${x.passed ? '✅' : '❌'} | ${fmt(x.actual)} | ${x.margin >= 0 ? '+' : ''}${fmt(x.margin)} |`),
  ];
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
  lines.push('', ...metricLines(report.metrics), ...gateLines(report.gates));
  return `${lines.join('\n')}\n`;
}

/** The attestation line of the job summary and the PR comment: a link, and how to check it. */
export function attestationMarkdown(a: { url: string; repository: string; subject: { name: string; sha256: string }; sigstore: string } | null): string {
  if (!a) return '';
  return `\n🔏 Attested: [SLSA v1 build provenance](${a.url}) for \`${a.subject.name}\` (sha256 \`${a.subject.sha256.slice(0, 12)}…\`, ${a.sigstore} Sigstore) — check it with \`gh attestation verify ${a.subject.name} --repo ${a.repository}\`\n`;
}
