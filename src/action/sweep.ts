import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { DefaultArtifactClient } from '@actions/artifact';
import { loadConfig } from '../core/config/index.js';
import { isVariantId } from '../core/config/sweep.js';
import type { LoadedConfig } from '../core/config/types.js';
import { ModelBuildError } from '../core/errors.js';
import { readGitFacts } from '../core/provenance/index.js';
import { provenanceFileFor } from '../core/package/provenance.js';
import { readPackage } from '../core/package/readPackage.js';
import { sweepMatrix } from '../core/sweep/matrix.js';
import { selectBest, type Candidate, type Selection } from '../core/sweep/select.js';
import { compareBytes } from '../core/util/paths.js';
import { pullRequestNumber, upsertComment } from './comment.js';
import { Outputs, type ActionInputs } from './inputs.js';
import { artifactUrl, uploadPackage } from './upload.js';
import { provePackage, type PackageProofs } from './prove.js';

/** The largest leg artifact `select` downloads (a package is megabytes; the artifact service allows far more). */
export const MAX_LEG_ARTIFACT_BYTES = 2 * 1024 ** 3;

/** The artifact a model's packages go under: `artifact-name`, else `<name>-model`. */
export const baseArtifactName = (inputs: ActionInputs, name: string) => inputs.artifactName || `${name}-model`;
/** A sweep leg's artifact: the base name, a dash, the variant id. */
export const legArtifactName = (base: string, variant: string) => `${base}-${variant}`;

async function loadFor(inputs: ActionInputs, cwd: string): Promise<LoadedConfig> {
  const facts = await readGitFacts(cwd);
  return loadConfig(inputs.config, { cwd, root: facts.ok ? facts.facts.root : undefined });
}

/** `mode: plan`: the variants, as a matrix for the build legs. */
export async function runPlan(inputs: ActionInputs, cwd: string, summary: (md: string) => Promise<void>) {
  const loaded = await loadFor(inputs, cwd);
  const m = sweepMatrix(loaded);
  core.setOutput(Outputs.Matrix, JSON.stringify(m.matrix));
  core.setOutput(Outputs.Variants, JSON.stringify(m.variants.map((v) => v.id)));
  core.info(`model-build: ${m.count} variant(s) of ${m.name}: ${m.variants.map((v) => v.id).join(', ')}`);
  const lines = [`### model-build sweep plan: ${m.name}, ${m.count} variant${m.count === 1 ? '' : 's'}`, '', '| variant | overrides |', '| --- | --- |'];
  for (const v of m.variants) lines.push(`| \`${v.id}\` | ${esc(v.label)} |`);
  await summary(`${lines.join('\n')}\n`);
}

/**
 * `mode: select`: downloads this run's leg artifacts, verifies and ranks them (selectBest),
 * uploads the winner as the model's main artifact and reports the leaderboard.
 */
export async function runSelect(inputs: ActionInputs, cwd: string, summary: (md: string) => Promise<void>) {
  const loaded = await loadFor(inputs, cwd);
  const m = sweepMatrix(loaded);
  const facts = await readGitFacts(cwd);
  if (!facts.ok) throw new ModelBuildError('GIT_FAILED', `${cwd} is not inside a git repository`, { hint: 'check out the repository (actions/checkout) before the select step' });
  const base = baseArtifactName(inputs, m.name);
  const client = new DefaultArtifactClient();
  let listed;
  try {
    listed = (await client.listArtifacts({ latest: true })).artifacts;
  } catch (e) {
    throw new ModelBuildError('INTERNAL', `could not list this run's artifacts: ${(e as Error).message}`, { hint: 're-run the job; the legs\' artifacts are kept' });
  }
  const prefix = `${base}-`;
  const legs = listed.filter((a) => a.name.startsWith(prefix) && isVariantId(a.name.slice(prefix.length))).sort((a, b) => compareBytes(a.name, b.name));
  core.info(`model-build: ${legs.length} leg artifact(s) named ${prefix}<variant> in this run`);
  const root = path.join(process.env.RUNNER_TEMP ?? cwd, 'model-build-select');
  const candidates: Candidate[] = [];
  for (const a of legs) {
    const variant = a.name.slice(prefix.length);
    // A package is megabytes; a leg artifact past the limit is refused before it is downloaded.
    if (a.size > MAX_LEG_ARTIFACT_BYTES) {
      candidates.push({ source: a.name, variant, archive: null, failure: `the artifact is ${a.size} bytes, more than the ${MAX_LEG_ARTIFACT_BYTES} a leg's package may be` });
      continue;
    }
    const dir = path.join(root, a.name);
    mkdirSync(dir, { recursive: true });
    try {
      const r = await client.downloadArtifact(a.id, { path: dir, ...(a.digest ? { expectedHash: a.digest } : {}) });
      if (r.digestMismatch) {
        candidates.push({ source: a.name, variant, archive: null, failure: 'its download does not match the digest the artifact service recorded' });
        continue;
      }
    } catch (e) {
      candidates.push({ source: a.name, variant, archive: null, failure: `could not be downloaded: ${(e as Error).message}` });
      continue;
    }
    const zips = readdirSync(dir).filter((f) => f.endsWith('.zip')).sort();
    if (zips.length !== 1) {
      candidates.push({ source: a.name, variant, archive: null, failure: zips.length === 0 ? 'the artifact holds no package (.zip)' : `the artifact holds ${zips.length} packages (${zips.join(', ')}); a leg uploads one` });
      continue;
    }
    candidates.push({ source: a.name, variant, archive: path.join(dir, zips[0]!) });
  }
  const selection = selectBest(candidates, { plan: loaded.sweep!, name: m.name, commit: facts.facts.commit, tree: facts.facts.tree });
  core.setOutput(Outputs.Commit, facts.facts.commit);
  for (const r of selection.rejected) core.warning(`${r.variant} (${r.source}): ${r.reason}`, { title: 'model-build: sweep leg left out' });
  for (const v of selection.missing) core.warning(`${v.id} (${v.label}): no artifact ${legArtifactName(base, v.id)} in this run — the leg failed (a missed gate uploads nothing), was cancelled, or uploaded under another name`, { title: 'model-build: sweep leg missing' });
  let artifact: { id: number; url: string } | null = null;
  let proofs: PackageProofs | null = null;
  const w = selection.winner;
  if (w) {
    // Read whole: its metadata here, and its files' digests for the signature (the same bytes that are uploaded).
    const { metadata: pkg, files } = readPackage(w.archive);
    core.setOutput(Outputs.Variant, w.variant.id);
    core.setOutput(Outputs.PackagePath, w.archive);
    core.setOutput(Outputs.PackageDigest, w.digest);
    core.setOutput(Outputs.ModelDigest, w.contentDigest);
    core.setOutput(Outputs.Metrics, JSON.stringify(pkg.metrics));
    core.setOutput(Outputs.GatesPassed, String(pkg.gatesPassed));
    // Attested and signed first, so the Sigstore bundles travel in the artifact with the package.
    proofs = await provePackage(inputs, w.archive, w.digest, files);
    const existing = listed.find((a) => a.name === base);
    if (inputs.upload && existing) {
      // A re-run of this job: the run already holds the model's artifact, and names are unique per run.
      artifact = { id: existing.id, url: artifactUrl(existing.id) };
      core.notice(`model-build: this run already has an artifact "${base}" (id ${existing.id}, from an earlier attempt); not uploading the winner again`);
      core.setOutput(Outputs.ArtifactId, String(artifact.id));
      core.setOutput(Outputs.ArtifactUrl, artifact.url);
    } else if (inputs.upload) {
      const provenance = provenanceFileFor(w.archive);
      const files = [w.archive, ...(readdirSync(path.dirname(w.archive)).includes(path.basename(provenance)) ? [provenance] : []), ...proofs.files];
      artifact = await uploadPackage(files, base, inputs.retentionDays);
      core.setOutput(Outputs.ArtifactId, String(artifact.id));
      core.setOutput(Outputs.ArtifactUrl, artifact.url);
      core.info(`uploaded the winner ${w.variant.id} as artifact "${base}" (id ${artifact.id})`);
    }
  }
  const markdown = leaderboardMarkdown(m.name, selection, base, artifact) + (proofs?.markdown ?? '');
  await summary(markdown);
  if (inputs.comment && pullRequestNumber() !== undefined) await upsertComment(inputs.githubToken, `${m.name}:sweep`, markdown);
  if (!w) {
    const why = [
      selection.missing.length ? `missing: ${selection.missing.map((v) => v.id).join(', ')}` : '',
      selection.rejected.length ? `left out: ${selection.rejected.map((r) => `${r.variant} (${r.reason})`).join('; ')}` : '',
    ].filter(Boolean);
    core.setFailed(`model-build select: no variant qualified out of ${m.count}${why.length ? ` — ${why.join('; ')}` : ''}`);
  }
}

const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(4));

/** The leaderboard for the job summary and the PR comment: a table and a Mermaid bar chart. */
export function leaderboardMarkdown(name: string, s: Selection, base: string, artifact: { id: number; url: string } | null): string {
  const lines = [`### model-build sweep: ${name} — ${s.winner ? `✅ best is \`${s.winner.variant.id}\`` : '❌ no variant qualified'}`, ''];
  if (s.winner) {
    lines.push(`Ranked by **${s.metric}** (${s.direction === 'max' ? 'higher' : 'lower'} is better). Winner: ${esc(s.winner.variant.label)}, ${s.metric} ${fmt(s.winner.value)}${artifact ? `, uploaded as [${base}](${artifact.url})` : ''}.`, '');
  }
  const others = [...new Set(s.ranked.flatMap((r) => Object.keys(r.metrics).filter((k) => k !== s.metric && typeof r.metrics[k] === 'number')))].sort().slice(0, 4);
  if (s.ranked.length > 0) {
    lines.push(`| # | variant | ${s.metric} | ${others.join(' | ')}${others.length ? ' | ' : ''}overrides |`, `| --- | --- | --- | ${others.map(() => '--- | ').join('')}--- |`);
    for (const r of s.ranked) {
      const cells = others.map((k) => (typeof r.metrics[k] === 'number' ? fmt(r.metrics[k] as number) : '—'));
      lines.push(`| ${r.rank} | \`${r.variant.id}\` | ${fmt(r.value)} | ${cells.join(' | ')}${cells.length ? ' | ' : ''}${esc(r.variant.label)} |`);
    }
    lines.push('');
    // Mermaid renders in job summaries and comments; one bar per variant, in rank order.
    lines.push(
      '```mermaid',
      'xychart-beta',
      `  title "${s.metric} by variant"`,
      `  x-axis [${s.ranked.map((r) => `"${r.variant.id}"`).join(', ')}]`,
      `  y-axis "${s.metric}"`,
      `  bar [${s.ranked.map((r) => fmt(r.value)).join(', ')}]`,
      '```',
      '',
    );
  }
  if (s.rejected.length > 0 || s.missing.length > 0) {
    lines.push('**Left out**', '');
    for (const r of s.rejected) lines.push(`- \`${r.variant}\` (${esc(r.label)}): ${esc(r.reason)}`);
    for (const v of s.missing) lines.push(`- \`${v.id}\` (${esc(v.label)}): no artifact \`${legArtifactName(base, v.id)}\` in this run`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
