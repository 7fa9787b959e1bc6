import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BuildResult } from '../build/types.js';
import type { Backend } from '../config/types.js';
import { ModelBuildError, type ErrorCode } from '../errors.js';
import type { PackageMetadata } from '../package/metadata.js';
import { readPackage } from '../package/readPackage.js';
import type { CheckReport } from '../provenance/report.js';
import { execFile } from '../util/exec.js';
import { ownFile } from '../util/packageFiles.js';
import { comparePackages, type PackageComparison } from './compare.js';

export interface VerifyOptions {
  /** Config file, relative to `cwd`. Default: model-build.yml. */
  config?: string;
  cwd?: string;
  /** Compare rebuilds with this package instead of with each other. */
  against?: string;
  /** Rebuilds in separate processes: default 2 (at least 2) without `against`, else 1. */
  runs?: number;
  /** Backend for the rebuilds. Default: the package's recorded backend, or the config's. */
  backend?: Backend;
  /** How to run model-build in a child process. Default: this Node and model-build's dist/cli.js. */
  command?: string[];
}

export interface BuiltArchive {
  archive: string;
  digest: string;
  contentDigest: string;
}

export interface VerifyReport {
  format: 1;
  reproducible: boolean;
  /** The reference build's validation metrics and gate verdicts (for reports and PR comments). */
  metrics: PackageMetadata['metrics'];
  gates: PackageMetadata['gates'];
  reference: BuiltArchive & { source: 'package' | 'rebuild' };
  rebuilds: BuiltArchive[];
  /** One per rebuild compared with the reference. */
  comparisons: PackageComparison[];
  /** Set when a rebuild was refused (dirty tree, unversioned data) or missed a gate. */
  failure?: { reason: 'refused' | 'gates'; check?: CheckReport; message: string };
}

/**
 * The reproducibility gate: rebuild from the current commit in separate processes and compare
 * archives byte for byte; where they differ, say which files, by how much the weights and
 * metrics moved, and the likely cause.
 */
export async function verifyBuild(options: VerifyOptions = {}): Promise<VerifyReport> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const command = options.command ?? [process.execPath, ownFile('dist/cli.js')];
  const config = path.resolve(cwd, options.config ?? 'model-build.yml');
  const reference = options.against ? readPackage(path.resolve(cwd, options.against)) : null;
  const runs = Math.max(options.against ? 1 : 2, options.runs ?? (options.against ? 1 : 2));
  const backend = options.backend ?? reference?.metadata.training.backend;
  // Rebuilding a package means rebuilding its timestamp too.
  const epoch = reference ? String(Date.parse(reference.metadata.timestamp) / 1000) : process.env.SOURCE_DATE_EPOCH;
  const work = mkdtempSync(path.join(tmpdir(), 'model-build-verify-'));
  try {
    const built: Array<ReturnType<typeof readPackage>> = [];
    for (let i = 0; i < runs; i++) {
      const out = path.join(work, `run-${i + 1}`);
      const result = await runBuild(command, ['build', '--config', config, '--out', out, '--json', ...(backend ? ['--backend', backend] : [])], cwd, epoch);
      if (result.status === 'refused') {
        return failed(reference, built, { reason: 'refused', check: result.check, message: 'the rebuild was refused: the working tree or data is not versioned' });
      }
      if (!result.package) {
        return failed(reference, built, { reason: 'gates', message: 'the rebuild missed a gate, so it was not packaged' });
      }
      built.push(readPackage(result.package.archive));
    }
    const ref = reference ?? built[0]!;
    const rebuilds = reference ? built : built.slice(1);
    const comparisons = rebuilds.map((b) => comparePackages(ref, b));
    return {
      format: 1,
      reproducible: comparisons.every((c) => c.identical),
      metrics: ref.metadata.metrics,
      gates: ref.metadata.gates,
      reference: { ...summary(ref), source: reference ? 'package' : 'rebuild' },
      rebuilds: built.map(summary),
      comparisons,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const summary = (p: ReturnType<typeof readPackage>): BuiltArchive => ({ archive: p.archive, digest: p.digest, contentDigest: p.contentDigest });

function failed(
  reference: ReturnType<typeof readPackage> | null,
  built: Array<ReturnType<typeof readPackage>>,
  failure: NonNullable<VerifyReport['failure']>,
): VerifyReport {
  const ref = reference ?? built[0];
  return {
    format: 1,
    reproducible: false,
    metrics: ref?.metadata.metrics ?? {},
    gates: ref?.metadata.gates ?? [],
    reference: ref ? { ...summary(ref), source: reference ? 'package' : 'rebuild' } : { archive: '', digest: '', contentDigest: '', source: 'rebuild' },
    rebuilds: built.map(summary),
    comparisons: [],
    failure,
  };
}

type ChildError = { error: { code: ErrorCode; message: string; file?: string; line?: number; hint?: string } };

/** Runs one build in a child process and returns its JSON result, or rethrows its input error. */
async function runBuild(command: string[], args: string[], cwd: string, epoch: string | undefined): Promise<BuildResult> {
  const env = { ...process.env, ...(epoch !== undefined ? { SOURCE_DATE_EPOCH: epoch } : {}) };
  let r;
  try {
    r = await execFile(command[0]!, [...command.slice(1), ...args], { cwd, env });
  } catch (e) {
    throw new ModelBuildError('INTERNAL', `cannot start a rebuild: ${(e as Error).message}`);
  }
  let parsed: BuildResult | ChildError;
  try {
    parsed = JSON.parse(r.stdout.toString('utf8')) as BuildResult | ChildError;
  } catch {
    throw new ModelBuildError('INTERNAL', `a rebuild printed no result: ${r.stderr.trim().split('\n')[0] ?? ''}`);
  }
  if ('error' in parsed) {
    const { code, message, file, line, hint } = parsed.error;
    throw new ModelBuildError(code, message, { file, line, hint });
  }
  return parsed;
}
