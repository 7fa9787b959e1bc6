import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ValidateFunction } from 'ajv';
import validateMetadataSchema from '../generated/metadataValidator.js';
import type { LoadedConfig } from '../config/types.js';
import type { MetricsFile } from '../build/types.js';
import { ModelBuildError } from '../errors.js';
import { preprocessorJson, type Preprocessor } from '../features/preprocessor.js';
import type { CheckReport } from '../provenance/report.js';
import type { SerializedModel } from '../train/serialize.js';
import { ownFile } from '../util/packageFiles.js';
import { resolveReal } from '../trust/boundary.js';
import { writeFileAtomic } from '../util/outputFile.js';
import { compareBytes, toPosix } from '../util/paths.js';
import { BOM_FILE, bomText } from './bom.js';
import { METADATA_FORMAT, type PackageMetadata } from './metadata.js';
import { modelCard } from './modelCard.js';
import { describeInputs, inputSchema, outputSchema } from './schemas.js';
import type { Profile } from '../profile/profiler.js';
import { writeZip } from './zip.js';

export interface PackageInput {
  name: string;
  loaded: LoadedConfig;
  check: CheckReport;
  result: MetricsFile;
  model: SerializedModel;
  preprocessor: Preprocessor;
  /** The training split's profile, and the model's predictions on the validation split. */
  profile: Profile & { predictions?: Profile };
  /** Rows read from each data file, by absolute path. */
  rows: Map<string, number>;
  /** Archive timestamp, seconds since the epoch: SOURCE_DATE_EPOCH, else the commit time. */
  mtime: number;
  /** Overrides the branch recorded from git (e.g. GITHUB_REF on a detached checkout). */
  ref?: string | null;
  /** Deflate level, 0–9 (config package.compressionLevel). */
  level?: number;
  /**
   * Why this is not a clean build (a failed check forced with --allow-dirty, unversioned
   * imports); empty or absent for a clean build. Recorded in metadata, card and archive name.
   */
  problems?: string[];
  /** Digests of the bytes actually read where they differ from (or lack) a pointer, by repository-relative path. */
  actual?: Map<string, string>;
}

export interface WrittenPackage {
  /** Absolute path of the archive. */
  archive: string;
  /** sha256 of the archive bytes, `sha256:<hex>`. */
  digest: string;
  /** sha256 of MANIFEST.sha256: identifies the contents whatever the compression. */
  contentDigest: string;
  metadata: PackageMetadata;
  files: string[];
}

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

/** Runtime dependency versions and lock fragment made at bundle time from our lockfile. */
interface RuntimeLock {
  dependencies: Record<string, string>;
  packages: Record<string, unknown>;
}

/** Builds every file of the package, in memory. Deterministic: no clock, no host facts beyond Node/platform. */
export function packageFiles(input: PackageInput): { files: Map<string, Buffer>; metadata: PackageMetadata } {
  const { loaded, check, result, name } = input;
  const git = check.git;
  if (!git) throw new ModelBuildError('INTERNAL', 'cannot package a build without a git commit');
  const config = loaded.config;
  const problems = [...(input.problems ?? [])];
  const runtimeLock = JSON.parse(readFileSync(ownFile('dist/package/runtime-lock.json'), 'utf8')) as RuntimeLock;
  const pkgName = `${name.toLowerCase().replace(/[^a-z0-9._-]/g, '-')}-model`;
  const pkgVersion = config.version && /^\d+\.\d+\.\d+/.test(config.version) ? config.version : '0.0.0';
  const packageJson = {
    name: pkgName,
    version: pkgVersion,
    private: true,
    description: `${name}: a model built by model-build. Run: npm ci && node predict.mjs < records.jsonl; or import { loadPredictor } from predictor.mjs (see MODEL_CARD.md)`,
    type: 'module',
    main: 'predict.mjs',
    scripts: { predict: 'node predict.mjs' },
    engines: { node: '>=20' },
    dependencies: runtimeLock.dependencies,
  };
  const lockfile = {
    name: pkgName,
    version: pkgVersion,
    lockfileVersion: 3,
    requires: true,
    packages: { '': { name: pkgName, version: pkgVersion, dependencies: runtimeLock.dependencies, engines: { node: '>=20' } }, ...runtimeLock.packages },
  };
  const files = new Map<string, Buffer>([
    ['model/model.json', Buffer.from(json(input.model.modelJson))],
    ['model/weights.bin', input.model.weights],
    ['preprocessor.json', Buffer.from(preprocessorJson(input.preprocessor))],
    ['metrics.json', Buffer.from(json(result))],
    ['profile.json', Buffer.from(json(input.profile))],
    ['package.json', Buffer.from(json(packageJson))],
    ['package-lock.json', Buffer.from(json(lockfile))],
    ['predict.mjs', readFileSync(ownFile('dist/package/predict.mjs'))],
    ['predictor.mjs', readFileSync(ownFile('dist/package/predictor.mjs'))],
    ['predictor.d.mts', readFileSync(ownFile('dist/package/predictor.d.mts'))],
    ['input.schema.json', Buffer.from(json(inputSchema(name, input.preprocessor, describeInputs(input.preprocessor, input.profile))))],
    ['output.schema.json', Buffer.from(json(outputSchema(name, input.preprocessor, input.profile)))],
  ]);
  // The check reports where paths really lead (symlinks followed), so match on real paths.
  const realRoot = resolveReal(git.root).real;
  const realRel = (abs: string) => toPosix(path.relative(realRoot, resolveReal(abs).real));
  const dataPaths = loaded.dataPaths.map((d) => realRel(d.path));
  const readsIt = (p: string) => dataPaths.some((d) => p === d || p.startsWith(`${d}/`) || d.startsWith(`${p}/`));
  const rowsByRel = new Map([...input.rows].map(([abs, n]) => [realRel(abs), n]));
  const metadata: PackageMetadata = {
    format: METADATA_FORMAT,
    name,
    version: config.version ?? null,
    description: config.description ?? null,
    intendedUse: config.intendedUse ?? null,
    timestamp: new Date(input.mtime * 1000).toISOString().replace('.000Z', 'Z'),
    createdBy: { tool: 'model-build', version: ownVersion() },
    dirty: git.dirty || problems.length > 0,
    problems,
    code: {
      repository: git.remote,
      commit: git.commit,
      tree: git.tree,
      ref: input.ref !== undefined ? input.ref : git.ref,
      dirty: git.dirty,
      dirtyPaths: git.dirtyPaths.map((d) => d.path),
    },
    data: check.data
      .filter((d) => readsIt(d.path))
      .map((d) => ({
        path: d.path,
        pointer: d.pointer,
        kind: d.kind,
        hash: d.expected,
        // What was read: the pointer's digest only when the check proved the bytes match it.
        actual: input.actual?.get(d.path) ?? (d.status === 'ok' ? d.expected : d.actual),
        status: d.status,
        size: d.size.expected ?? d.size.actual,
        rows: rowsByRel.get(d.path) ?? null,
      })),
    config: { path: toPosix(path.relative(git.root, loaded.file)), digest: loaded.digest, resolved: config },
    ...(loaded.variant ? { variant: { id: loaded.variant.id, overrides: loaded.variant.overrides } } : {}),
    task: result.task,
    label: result.label,
    classes: result.classes ?? null,
    training: {
      seed: result.seed,
      backend: result.runtime.backend,
      backendVersion: result.runtime.backendVersion,
      tfjsVersion: result.runtime.tfjsVersion,
      simd: result.runtime.simd,
      trainer: result.trainer,
      epochsRun: result.epochsRun,
      bestEpoch: result.bestEpoch,
      stoppedEarly: result.stoppedEarly,
      history: result.history,
    },
    metrics: result.metrics,
    gates: result.gates,
    gatesPassed: result.gatesPassed,
    environment: {
      node: process.versions.node,
      platform: process.platform,
      arch: process.arch,
      dependencies: runtimeLock.dependencies,
      lockfileDigest: `sha256:${sha256(files.get('package-lock.json')!)}`,
    },
    files: {},
  };
  // The card is generated from the metadata, and its digest goes into the metadata.
  files.set('MODEL_CARD.md', Buffer.from(modelCard(metadata, { preprocessor: input.preprocessor, profile: input.profile })));
  // The CycloneDX ML-BOM likewise, from the metadata and the files above (never metadata.files).
  files.set(BOM_FILE, Buffer.from(bomText({ metadata, files, preprocessor: input.preprocessor, profile: input.profile })));
  metadata.files = Object.fromEntries([...files.keys()].sort(compareBytes).map((f) => [f, `sha256:${sha256(files.get(f)!)}`]));
  validateMetadata(metadata, 'metadata.json (as written)');
  files.set('metadata.json', Buffer.from(json(metadata)));
  const manifest = [...files.keys()]
    .sort(compareBytes)
    .map((f) => `${sha256(files.get(f)!)}  ${f}\n`)
    .join('');
  files.set('MANIFEST.sha256', Buffer.from(manifest));
  return { files, metadata };
}

/**
 * The archive's file name: `<name>-<commit12>.zip`; a sweep variant's id after the name
 * (`<name>-<variant>-<commit12>.zip`); `-dirty` before `.zip` for a dirty build.
 */
export function archiveName(metadata: { name: string; code: { commit: string }; dirty?: boolean; variant?: { id: string } }): string {
  return `${metadata.name}${metadata.variant ? `-${metadata.variant.id}` : ''}-${metadata.code.commit.slice(0, 12)}${metadata.dirty ? '-dirty' : ''}.zip`;
}

/** The package as archive bytes, not yet written (the build puts it in place with its provenance). */
export function archivePackage(input: PackageInput, outDir: string): { pkg: WrittenPackage; bytes: Buffer } {
  const { files, metadata } = packageFiles(input);
  const bytes = writeZip(
    [...files].map(([name, data]) => ({ name, data })),
    { mtime: input.mtime, level: input.level ?? 9 },
  );
  return {
    bytes,
    pkg: {
      archive: path.join(outDir, archiveName(metadata)),
      digest: `sha256:${sha256(bytes)}`,
      contentDigest: `sha256:${sha256(files.get('MANIFEST.sha256')!)}`,
      metadata,
      files: [...files.keys()].sort(compareBytes),
    },
  };
}

/** Writes `<outDir>/<archiveName>` atomically (library use; builds go through their output folder). */
export function writePackage(input: PackageInput, outDir: string): WrittenPackage {
  const { pkg, bytes } = archivePackage(input, outDir);
  writeFileAtomic(pkg.archive, bytes);
  return pkg;
}

/** schema/metadata.schema.json, compiled ahead of time (scripts/gen-validators.mjs). */
const metadataValidator = validateMetadataSchema as ValidateFunction;
/** Checks metadata against schema/metadata.schema.json. */
export function validateMetadata(value: unknown, where: string): asserts value is PackageMetadata {
  if (!metadataValidator(value)) {
    const e = metadataValidator.errors ?? [];
    throw new ModelBuildError('PACKAGE_INVALID', `${where} does not match the metadata schema: ${e.map((x) => `${x.instancePath || '/'} ${x.message}`).join('; ')}`, {
      hint: 'the package is damaged or was not written by model-build',
    });
  }
}

let version: string | undefined;
function ownVersion(): string {
  version ??= (JSON.parse(readFileSync(ownFile('package.json'), 'utf8')) as { version: string }).version;
  return version;
}
