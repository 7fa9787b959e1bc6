import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BuildResult } from '../build/types.js';
import { findConfigFile } from '../config/load.js';
import type { Backend } from '../config/types.js';
import { ModelBuildError, type ErrorCode } from '../errors.js';
import type { PackageMetadata } from '../package/metadata.js';
import { readPackage } from '../package/readPackage.js';
import type { CheckReport } from '../provenance/report.js';
import { execFile } from '../util/exec.js';
import { ownFile } from '../util/packageFiles.js';
import { comparePackages, type PackageComparison } from './compare.js';

export interface VerifyOptions {
  /** Config file, relative to `cwd`. Default: model-build.yml, .yaml or .json in `cwd`, as build. */
  config?: string;
  cwd?: string;
  /** Compare rebuilds with this package instead of with each other. */
  against?: string;
  /** Rebuilds in separate processes: default 2 (at least 2) without `against`, else 1. */
  runs?: number;
  /** Backend for the rebuilds. Default: the package's recorded backend, or the config's. */
  backend?: Backend;
  /** Rebuild this sweep variant. Default: the package's variant with `against`, else the base config. */
  variant?: string;
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
  /**
   * Set when verify would not call the build reproducible: the package itself records a dirty
   * build (`dirty-package`), a rebuild was refused (dirty tree, unversioned or modified data),
   * or a rebuild missed a gate.
   */
  failure?: { reason: 'dirty-package' | 'refused' | 'gates'; check?: CheckReport; message: string };
}

/**
 * The reproducibility gate: rebuild from the current commit in separate processes and compare
 * archives byte for byte; where they differ, say which files, by how much the weights and
 * metrics moved, and the likely cause.
 */
export async function verifyBuild(options: VerifyOptions = {}): Promise<VerifyReport> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const command = options.command ?? [process.execPath, ownFile('dist/cli.js')];
  // As build finds it: model-build.yml, .yaml or .json, so verify rebuilds what build built.
  const config = findConfigFile(options.config, cwd);
  const reference = options.against ? readPackage(path.resolve(cwd, options.against)) : null;
  const dirty = reference ? dirtyBuild(reference.metadata) : null;
  // A dirty build recorded what was on disk, not a commit: rebuilding it proves nothing.
  if (dirty) return failed(reference, [], { reason: 'dirty-package', message: `${options.against}: ${dirty}` });
  const runs = Math.max(options.against ? 1 : 2, options.runs ?? (options.against ? 1 : 2));
  const backend = options.backend ?? reference?.metadata.training.backend;
  // A variant's package is rebuilt as that variant: the id is in its metadata.
  const variant = options.variant ?? reference?.metadata.variant?.id;
  // Rebuilding a package means rebuilding its timestamp too.
  const epoch = reference ? String(Date.parse(reference.metadata.timestamp) / 1000) : process.env.SOURCE_DATE_EPOCH;
  const work = mkdtempSync(path.join(tmpdir(), 'model-build-verify-'));
  try {
    const built: Array<ReturnType<typeof readPackage>> = [];
    for (let i = 0; i < runs; i++) {
      const out = path.join(work, `run-${i + 1}`);
      // --no-cache: a rebuild hashes every byte it reads; the hash cache is never evidence here.
      const args = ['build', '--config', config, '--out', out, '--json', '--no-cache', ...(backend ? ['--backend', backend] : []), ...(variant ? ['--variant', variant] : [])];
      const result = await runBuild(command, args, cwd, epoch).catch((e: unknown) => {
        throw reference && !options.backend ? backendOfPackage(e, options.against!, backend!) : e;
      });
      if (result.status === 'refused') {
        return failed(reference, built, { reason: 'refused', check: result.check, message: refusal(result.check) });
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

/** A backend the package was built on that this host cannot load: say so about the package. */
function backendOfPackage(e: unknown, against: string, backend: string): unknown {
  if (!ModelBuildError.is(e) || e.code !== 'BACKEND_UNAVAILABLE') return e;
  return new ModelBuildError('BACKEND_UNAVAILABLE', `the package was built on the "${backend}" backend, which does not load here: ${e.message}`, {
    file: against,
    hint: `verify on a host where "${backend}" loads (numbers differ by backend), or pass --backend to rebuild on another one and see how far it moves`,
  });
}

/** Why a package's own metadata says it is not a reproducible build, or null. */
export function dirtyBuild(m: PackageMetadata): string | null {
  // Newer packages say `dirty`, list `problems` and give each data entry its check `status` and
  // the digest `actual`ly read; older ones have only `code.dirty`.
  const unmatched = m.data.filter((d) => (d.status !== undefined && d.status !== 'ok') || (d.hash && d.actual && d.actual !== d.hash));
  const why: string[] = [];
  if (m.code.dirty) why.push(`uncommitted changes${m.code.dirtyPaths.length ? ` (${listed(m.code.dirtyPaths)})` : ''}`);
  if (unmatched.length) why.push(`data that did not match its pointer (${listed(unmatched.map((d) => d.path))})`);
  if (m.dirty && why.length === 0) why.push(m.problems?.length ? listed(m.problems) : 'a dirty build');
  return why.length ? `built from a dirty tree: not a reproducible build (the package records ${why.join(' and ')})` : null;
}

const listed = (paths: string[]) => (paths.length <= 3 ? paths.join(', ') : `${paths.slice(0, 3).join(', ')} and ${paths.length - 3} more`);

/** What a refused rebuild means for the user; the check report above it lists the paths. */
function refusal(check: CheckReport): string {
  const parts: string[] = [];
  if (check.git?.dirty) parts.push('the working tree has uncommitted changes (commit or stash them)');
  if (check.data.some((d) => d.status !== 'ok')) parts.push('data is not versioned or does not match its committed pointer');
  if (!parts.length) parts.push('the provenance check failed');
  return `the rebuild was refused before training: ${parts.join('; ')}. verify rebuilds only from a clean, versioned checkout`;
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

type ChildError = {
  error: { code: ErrorCode; message: string; file?: string; line?: number; column?: number; pointer?: string; hint?: string; details?: string[] };
};

/** Runs one build in a child process and returns its JSON result, or rethrows its input error. */
export async function runBuild(command: string[], args: string[], cwd: string, epoch: string | undefined): Promise<BuildResult> {
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
    const { code, message, file, line, column, pointer, hint, details } = parsed.error;
    throw new ModelBuildError(code, message, { file, line, column, pointer, hint, details: Array.isArray(details) ? details : undefined });
  }
  return parsed;
}
