import { existsSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { buildModel, judgeBuildOutput, outputFolder } from '../core/build/buildModel.js';
import { buildInputsDigest } from '../core/build/inputsDigest.js';
import { loadConfig } from '../core/config/index.js';
import { verifyPackage, type PackageFile } from '../core/package/readPackage.js';
import { archiveName } from '../core/package/writePackage.js';
import { ModelBuildError } from '../core/errors.js';
import { checkWorkspace, readGitFacts, type CheckReport } from '../core/provenance/index.js';
import { restore, save } from './cache.js';
import { verifyBuild } from '../core/verify/verifyBuild.js';
import { getInputs, Outputs, type ActionInputs } from './inputs.js';
import { baselineMarkdown, findBaseline, withLatestPackage } from './baseline.js';
import { monitorData, monitorMarkdown, type MonitorReport } from '../core/monitor/index.js';
import { pullRequestNumber, upsertComment } from './comment.js';
import { buildMarkdown, checkMarkdown, packageMarkdown, verifyMarkdown, type PackageView } from './summary.js';
import { uploadPackage } from './upload.js';
import { provePackage } from './prove.js';
import { baseArtifactName, legArtifactName, runPlan, runSelect } from './sweep.js';
import { checkRemote, pullData } from '../core/dvc/index.js';

/**
 * The action: maps inputs onto the core and results onto outputs, annotations, the job
 * summary and the artifact upload. No pipeline logic lives here.
 */
export async function run(): Promise<void> {
  const workspace = path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
  let cwd = workspace;
  try {
    const inputs = getInputs();
    cwd = path.resolve(workspace, inputs.workingDirectory);
    if (inputs.mode === 'plan') return await runPlan(inputs, cwd, summary);
    if (inputs.mode === 'select') return await runSelect(inputs, cwd, summary);
    if (inputs.mode !== 'monitor') await prepareDvcData(inputs, cwd);
    if (inputs.mode === 'check') await runCheck(inputs, cwd);
    else if (inputs.mode === 'build') await runBuild(inputs, cwd);
    else if (inputs.mode === 'verify') await runVerify(inputs, cwd);
    else await runMonitor(inputs, cwd);
  } catch (e) {
    fail(e, cwd, workspace);
  }
}

/**
 * DVC data without Python: with `require-remote`, every object the committed pointers (for the
 * config's data) record must be in the remote — a pull request that points at data nobody
 * pushed fails here, with an annotation on each pointer; with `pull`, those objects are fetched
 * into .dvc/cache and checked out before the check or build reads them.
 */
async function prepareDvcData(inputs: ActionInputs, cwd: string) {
  if (!inputs.pull && !inputs.requireRemote) return;
  // As `check`: the default config name is optional; without one every DVC output counts.
  const config = existsSync(path.join(cwd, inputs.config)) || inputs.config !== 'model-build.yml' ? inputs.config : null;
  const common = { root: cwd, config, ...(inputs.remote ? { remote: inputs.remote } : {}) };
  if (inputs.requireRemote) {
    const r = await checkRemote(common);
    for (const n of r.notes) core.notice(n);
    core.info(`model-build: ${r.objects.present} of ${r.objects.checked} DVC objects present in remote "${r.remote.name}" (${r.remote.url})`);
    if (!r.ok) {
      for (const m of r.missing) core.error(`${m.path}: ${m.message}`, { title: 'model-build: data not in the DVC remote', file: m.pointer });
      throw new ModelBuildError('DVC_NOT_IN_REMOTE', `${r.missing.length} object(s) the committed DVC pointers record are not in remote "${r.remote.name}": ${r.missing.slice(0, 5).map((m) => m.path).join(', ')}${r.missing.length > 5 ? ', …' : ''}`, {
        hint: 'push the data with `dvc push` from the machine that has it, then re-run',
      });
    }
  }
  if (inputs.pull) {
    const r = await pullData(common);
    for (const n of r.notes) core.notice(n);
    core.info(`model-build: pulled from "${r.remote.name}": ${r.objects.downloaded} object(s) downloaded (${r.bytesDownloaded} bytes), ${r.objects.cached} already cached; ${r.files.checkedOut} file(s) checked out, ${r.files.upToDate} up to date`);
    if (!r.ok) {
      for (const f of r.failures) core.error(`${f.path}: ${f.message}`, { title: 'model-build: DVC pull failed', file: f.pointer });
      throw new ModelBuildError('DVC_PULL_FAILED', `${r.failures.length} object(s) could not be pulled from remote "${r.remote.name}"`, { hint: 'see the annotations; objects that are missing need `dvc push`' });
    }
  }
}

async function runCheck(inputs: ActionInputs, cwd: string) {
  // The default config name is optional for a check; a named one must exist.
  const config = existsSync(path.join(cwd, inputs.config)) || inputs.config !== 'model-build.yml' ? inputs.config : undefined;
  const report = await withHashCache(inputs, cwd, () => checkWorkspace({ root: cwd, config }));
  core.setOutput(Outputs.Ok, String(report.ok));
  core.setOutput(Outputs.Commit, report.git?.commit ?? '');
  for (const n of report.notes) core.notice(n);
  await summary(checkMarkdown(report));
  if (!report.ok) {
    annotateProblems(report.problems);
    core.setFailed(`model-build check failed: ${report.problems.length} problem(s)`);
  }
}

/**
 * Restores the hash cache kept in `.git/model-build/` before work and saves it after, so
 * that a runner whose data files keep their size, mtime and inode (self-hosted runners, data
 * restored with its timestamps) reads only what changed. Returns whether it was restored.
 */
async function withHashCache<T>(inputs: ActionInputs, cwd: string, work: () => Promise<T>): Promise<T> {
  const facts = inputs.cache ? await readGitFacts(cwd) : null;
  if (!facts?.ok) return work();
  const dir = path.join(facts.facts.commonDir, 'model-build');
  const prefix = `model-build-hashes-${process.env.RUNNER_OS ?? process.platform}-`;
  const key = `${prefix}${facts.facts.commit}`;
  const hit = await restore([dir], key, [prefix], 'hash');
  if (hit) core.info(`model-build: hash cache restored (${hit})`);
  const result = await work();
  // Nothing hashed (data committed to git only): nothing to keep.
  if (hit !== key && existsSync(dir)) await save([dir], key, 'hash');
  return result;
}

async function runBuild(inputs: ActionInputs, cwd: string) {
  await withHashCache(inputs, cwd, async () => {
    const cached = inputs.cache ? await fromBuildCache(inputs, cwd) : null;
    core.setOutput(Outputs.CacheHit, String(Boolean(cached?.pkg)));
    const pkg = cached?.pkg;
    if (pkg) return reportPackage(inputs, pkg, (artifact) => packageMarkdown(pkg, { artifact, cached: true }));
    const result = await buildModelFor(inputs, cwd, cached?.check);
    await reportBuild(inputs, result);
    if (cached?.key && result.status === 'built' && result.package) {
      await save([cached.outRoot], cached.key, 'build');
    }
  });
}

interface CachedBuild {
  key: string | null;
  outRoot: string;
  /** The check run to key the cache, handed on to the build so it is not run twice. */
  check: CheckReport;
  pkg?: ReportedPackage;
}

/** A package to report and upload; `proved`: its files' digests, when proved from the archive's bytes. */
type ReportedPackage = PackageView & { provenance: string | null; proved?: readonly PackageFile[] };

/**
 * The build cache: when everything that decides the package's bytes is unchanged (see
 * buildInputsDigest), reuse the package a previous run built, after re-verifying every digest.
 */
async function fromBuildCache(inputs: ActionInputs, cwd: string): Promise<CachedBuild> {
  // Data paths may lead anywhere in the repository, not only below the config's folder.
  const facts = await readGitFacts(cwd);
  const loaded = loadConfig(inputs.config, { cwd, root: facts.ok ? facts.facts.root : undefined, variant: inputs.variant || undefined });
  const outRoot = outputFolder(loaded, undefined, cwd);
  const check = await checkWorkspace({ root: path.dirname(loaded.file), config: loaded, outputs: [outRoot] });
  if (!check.ok || !check.git) return { key: null, outRoot, check }; // the build reports why
  // The cache is restored into the output folder: judge it first, exactly as the build would.
  await judgeBuildOutput(loaded, check, undefined, cwd);
  const sourceDateEpoch = process.env.SOURCE_DATE_EPOCH ? Number(process.env.SOURCE_DATE_EPOCH) : undefined;
  const key = `model-build-build-${buildInputsDigest(check, loaded, { backend: inputs.backend, sourceDateEpoch, ref: process.env.GITHUB_REF || undefined })}`;
  const hit = await restore([outRoot], key, [], 'build');
  if (!hit) return { key, outRoot, check };
  const archive = path.join(outRoot, archiveName({ name: loaded.config.name, code: check.git, dirty: false, variant: loaded.variant }));
  const verified = verifyPackage(archive);
  if (!verified.ok || verified.package.metadata.code.commit !== check.git.commit) {
    core.warning(`model-build: the cached package did not verify (${verified.ok ? 'another commit' : verified.error.message}); building it again`);
    return { key: null, outRoot, check };
  }
  const provenance = archive.replace(/\.zip$/, '.provenance.intoto.json');
  core.info(`model-build: reusing the package from the build cache (${key}), digests verified`);
  // Its files' digests were proved from these bytes just now: signing need not read them again.
  return { key, outRoot, check, pkg: { ...verified.package, provenance: existsSync(provenance) ? provenance : null, proved: verified.package.files } };
}

function buildModelFor(inputs: ActionInputs, cwd: string, check?: CheckReport) {
  return buildModel({
    check,
    config: inputs.config,
    cwd,
    backend: inputs.backend,
    allowDirty: inputs.allowDirty,
    variant: inputs.variant || undefined,
    sourceDateEpoch: process.env.SOURCE_DATE_EPOCH ? Number(process.env.SOURCE_DATE_EPOCH) : undefined,
    // A pull-request checkout is detached: record the ref the workflow ran for.
    ref: process.env.GITHUB_REF || undefined,
    builder: {
      id: `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${process.env.GITHUB_WORKFLOW_REF ?? 'unknown-workflow'}`,
      invocationId: process.env.GITHUB_RUN_ID ? `${process.env.GITHUB_RUN_ID}/${process.env.GITHUB_RUN_ATTEMPT ?? '1'}` : undefined,
    },
    onEpoch: (r, epochs) => core.info(`epoch ${r.epoch}/${epochs}  loss ${r.loss.toFixed(4)}  val_loss ${r.val_loss.toFixed(4)}`),
  });
}

async function reportBuild(inputs: ActionInputs, result: Awaited<ReturnType<typeof buildModel>>) {
  if (result.status === 'refused') {
    core.setOutput(Outputs.Commit, result.check.git?.commit ?? '');
    await summary(buildMarkdown(result));
    annotateProblems(result.check.problems);
    core.setFailed(`model-build refused to build: ${result.check.problems.length} problem(s) with the code or data versions`);
    return;
  }
  const r = result.result;
  if (r.runtime.backend !== 'tensorflow' && inputs.backend === 'auto') {
    core.warning(
      `trained on the ${r.runtime.backend} backend: @tensorflow/tfjs-node was not found in the workspace. ` +
        'Add it to your package.json and run `npm ci` before this step for native speed (the backend is recorded in the package).',
      { title: 'model-build: native TensorFlow not used' },
    );
  }
  for (const w of r.warnings) core.warning(w, { title: 'model-build' });
  if (result.allowedDirty) {
    core.warning(`built with allow-dirty from unversioned code or data; the package is marked dirty and is not reproducible:\n${result.problems.join('\n')}`, { title: 'model-build: dirty build' });
  }
  core.setOutput(Outputs.Commit, result.check.git?.commit ?? '');
  core.setOutput(Outputs.Metrics, JSON.stringify(r.metrics));
  core.setOutput(Outputs.GatesPassed, String(r.gatesPassed));
  if (result.package) {
    await reportPackage(inputs, { ...result.package, provenance: result.provenance }, (artifact) => buildMarkdown(result, artifact));
    return;
  }
  const markdown = buildMarkdown(result);
  await summary(markdown);
  if (inputs.comment && !inputs.variant) await upsertComment(inputs.githubToken, result.name, markdown);
  if (!r.gatesPassed) {
    const failed = r.gates.filter((g) => !g.passed);
    core.setFailed(`model-build: ${failed.length} gate(s) failed: ${failed.map((g) => `${g.metric} ${g.op} ${g.threshold} (got ${g.actual.toFixed(4)})`).join(', ')}`);
  }
}

/** Outputs, upload, summary and comment for a package, freshly built or from the cache. */
async function reportPackage(
  inputs: ActionInputs,
  pkg: ReportedPackage,
  render: (artifact: { id: number; url: string } | null) => string,
) {
  const m = pkg.metadata;
  core.setOutput(Outputs.Commit, m.code.commit);
  core.setOutput(Outputs.Metrics, JSON.stringify(m.metrics));
  core.setOutput(Outputs.GatesPassed, String(m.gatesPassed));
  core.setOutput(Outputs.PackagePath, pkg.archive);
  core.setOutput(Outputs.PackageDigest, pkg.digest);
  core.setOutput(Outputs.ModelDigest, pkg.contentDigest);
  // Attested and signed first, so the Sigstore bundles travel in the artifact with the package.
  const proofs = await provePackage(inputs, pkg.archive, pkg.digest, pkg.proved);
  let artifact: { id: number; url: string } | null = null;
  if (inputs.upload) {
    // A sweep leg uploads under `<base>-<variant>`, the name `mode: select` looks for.
    const name = m.variant ? legArtifactName(baseArtifactName(inputs, m.name), m.variant.id) : baseArtifactName(inputs, m.name);
    artifact = await uploadPackage([pkg.archive, ...(pkg.provenance ? [pkg.provenance] : []), ...proofs.files], name, inputs.retentionDays);
    core.setOutput(Outputs.ArtifactId, String(artifact.id));
    core.setOutput(Outputs.ArtifactUrl, artifact.url);
    core.info(`uploaded artifact "${name}" (id ${artifact.id})`);
  }
  const markdown = render(artifact) + proofs.markdown;
  await summary(markdown);
  // Legs of a sweep leave the pull-request comment to `mode: select`, which shows the leaderboard.
  if (inputs.comment && pullRequestNumber() !== undefined && !m.variant) {
    const baseline = await findBaseline(inputs.githubToken, inputs.artifactName || `${m.name}-model`);
    await upsertComment(inputs.githubToken, m.name, `${markdown}\n${baselineMarkdown(baseline, m.metrics)}`);
  }
}

async function runVerify(inputs: ActionInputs, cwd: string) {
  const report = await verifyBuild({ config: inputs.config, cwd, backend: inputs.backend === 'auto' ? undefined : inputs.backend, variant: inputs.variant || undefined });
  core.setOutput(Outputs.Reproducible, String(report.reproducible));
  const markdown = verifyMarkdown(report);
  await summary(markdown);
  if (inputs.comment) await upsertComment(inputs.githubToken, `${path.basename(inputs.config)}:verify`, markdown);
  if (!report.reproducible) {
    const c = report.comparisons.find((x) => !x.identical);
    const detail = report.failure?.message ?? `files differ: ${c?.files.map((f) => f.file).join(', ')}; likely cause: ${c?.causes.join('; ')}`;
    core.setFailed(`model-build verify: the build is not reproducible (${detail})`);
  }
}

async function runMonitor(inputs: ActionInputs, cwd: string) {
  if (!inputs.data) throw new ModelBuildError('USAGE', 'mode monitor needs input "data": the new data file to check');
  const data = path.resolve(cwd, inputs.data);
  // Labels that arrive apart from the data (input labels + join); else labels in the data are used.
  const labels = { labels: inputs.labels ? path.resolve(cwd, inputs.labels) : undefined, labelsDisplay: inputs.labels || undefined, join: inputs.join || undefined };
  let report: MonitorReport | null;
  if (inputs.package) {
    report = await monitorData({ package: path.resolve(cwd, inputs.package), data, display: inputs.data, ...labels });
  } else {
    const name = inputs.artifactName || `${loadConfig(inputs.config, { cwd }).config.name}-model`;
    report = await withLatestPackage(inputs.githubToken, name, undefined, (archive, runId) => {
      core.info(`model-build: monitoring against artifact "${name}" from run ${runId}`);
      return monitorData({ package: archive, data, display: inputs.data, ...labels });
    });
    if (!report) {
      throw new ModelBuildError('USAGE', `no artifact named "${name}" was found in this repository`, {
        hint: 'run a build with upload first, set input artifact-name, or point input package at a package file',
      });
    }
  }
  core.setOutput(Outputs.Drift, String(report.drift));
  core.setOutput(Outputs.DriftedFeatures, JSON.stringify(report.driftedFeatures));
  const perf = report.performance;
  if (perf) {
    core.setOutput(Outputs.Performance, JSON.stringify(Object.fromEntries(perf.metrics.map((m) => [m.name, { value: m.value, interval: m.interval, packaged: m.packaged, delta: m.delta }]))));
    if (perf.gatesPassed !== null) core.setOutput(Outputs.GatesPassed, String(perf.gatesPassed));
  }
  const e = report.estimatedPerformance;
  if (e) core.setOutput(Outputs.EstimatedAccuracy, JSON.stringify({ value: e.value, interval: e.interval, rows: e.rows, packaged: e.packaged, measured: e.measured?.value ?? null }));
  // monitorMarkdown holds the performance section when the data had labels.
  await summary(monitorMarkdown(report));
  const failed = perf?.gatesPassed === false ? perf.gates.filter((g) => !g.passed).map((g) => `${g.metric} ${g.op} ${g.threshold}`) : [];
  const reasons = [report.drift ? `drift in ${report.driftedFeatures.join(', ')}` : '', failed.length ? `gate failed on the new labeled data: ${failed.join(', ')}` : ''].filter(Boolean);
  if (reasons.length) core.setFailed(`model-build monitor: ${reasons.join('; ')}`);
}

function annotateProblems(problems: ReadonlyArray<{ code: string; path: string; message: string; hint?: string }>) {
  for (const p of problems) core.error(`${p.message}${p.hint ? ` — ${p.hint}` : ''}`, { title: `model-build: ${p.code}`, file: p.path });
}

async function summary(markdown: string) {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(markdown).write();
}

/** Errors become a failed step; config errors also an annotation on the file and line. */
function fail(e: unknown, cwd: string, workspace: string) {
  if (ModelBuildError.is(e)) {
    const { line, column } = e.location;
    // Annotations need paths relative to the repository; errors name them relative to cwd.
    const file = e.location.file && path.relative(workspace, path.resolve(cwd, e.location.file));
    if (file) core.error(`${e.message}${e.hint ? ` — ${e.hint}` : ''}`, { file, startLine: line, startColumn: column, title: `model-build: ${e.code}` });
    core.setFailed(e.format());
  } else {
    core.setFailed(`model-build internal error: ${(e as Error)?.message ?? String(e)}`);
  }
}
