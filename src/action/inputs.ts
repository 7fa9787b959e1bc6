import * as core from '@actions/core';
import type { Backend } from '../core/config/types.js';
import { ModelBuildError } from '../core/errors.js';
import { isVariantId } from '../core/config/sweep.js';

/** Input names exactly as in action.yml (a test keeps them in step). */
export const Inputs = {
  Config: 'config',
  Mode: 'mode',
  WorkingDirectory: 'working-directory',
  Upload: 'upload',
  ArtifactName: 'artifact-name',
  RetentionDays: 'retention-days',
  AllowDirty: 'allow-dirty',
  Comment: 'comment',
  GithubToken: 'github-token',
  Cache: 'cache',
  Backend: 'backend',
  Package: 'package',
  Data: 'data',
  Labels: 'labels',
  Join: 'join',
  Pull: 'pull',
  RequireRemote: 'require-remote',
  Remote: 'remote',
  Variant: 'variant',
  Attest: 'attest',
  SignModel: 'sign-model',
} as const;

/** Output names exactly as in action.yml. */
export const Outputs = {
  PackagePath: 'package-path',
  PackageDigest: 'package-digest',
  ModelDigest: 'model-digest',
  ArtifactId: 'artifact-id',
  ArtifactUrl: 'artifact-url',
  CacheHit: 'cache-hit',
  Reproducible: 'reproducible',
  Metrics: 'metrics',
  GatesPassed: 'gates-passed',
  Commit: 'commit',
  Ok: 'ok',
  Drift: 'drift',
  DriftedFeatures: 'drifted-features',
  Performance: 'performance',
  EstimatedAccuracy: 'estimated-accuracy',
  Matrix: 'matrix',
  Variants: 'variants',
  Variant: 'variant',
  AttestationId: 'attestation-id',
  AttestationUrl: 'attestation-url',
  ModelSignature: 'model-signature',
  SignerIdentity: 'signer-identity',
} as const;

export type Mode = 'build' | 'check' | 'verify' | 'monitor' | 'plan' | 'select';

export interface ActionInputs {
  config: string;
  mode: Mode;
  workingDirectory: string;
  upload: boolean;
  /** Empty: derived from the config's name. */
  artifactName: string;
  retentionDays: number | undefined;
  allowDirty: boolean;
  comment: boolean;
  githubToken: string;
  cache: boolean;
  backend: Backend;
  /** mode monitor: a package path; empty = the newest artifact of this model. */
  package: string;
  /** mode monitor: the new data to check. */
  data: string;
  /** mode monitor: labels that arrive apart from the data; empty = none (labels in `data` are used). */
  labels: string;
  /** mode monitor: the key column `data` and `labels` share. */
  join: string;
  /** check, build, verify: fetch the DVC data the config reads from the DVC remote first. */
  pull: boolean;
  /** check, build, verify: fail unless every object the committed DVC pointers record is in the remote. */
  requireRemote: boolean;
  /** DVC remote name; empty = the `[core] remote` of .dvc/config. */
  remote: string;
  /** build, verify: a variant id of the config's sweep (a matrix leg); empty = the base config. */
  variant: string;
  /** build, select: attest the package with SLSA provenance when the job's token can. */
  attest: boolean;
  /** build, select: sign the model keyless (Sigstore, the workflow's OIDC identity) when the job's token can. */
  signModel: boolean;
}

const MODES: readonly Mode[] = ['build', 'check', 'verify', 'monitor', 'plan', 'select'];
const BACKENDS: readonly Backend[] = ['auto', 'tensorflow', 'wasm', 'cpu'];

function bool(name: string, fallback: boolean): boolean {
  const v = core.getInput(name).trim().toLowerCase();
  if (v === '') return fallback;
  if (['true', 'yes', '1', 'on'].includes(v)) return true;
  if (['false', 'no', '0', 'off'].includes(v)) return false;
  throw new ModelBuildError('USAGE', `input "${name}" must be true or false (got "${core.getInput(name)}")`);
}

export function getInputs(): ActionInputs {
  const mode = (core.getInput(Inputs.Mode).trim() || 'build') as Mode;
  if (!MODES.includes(mode)) throw new ModelBuildError('USAGE', `input "mode" must be one of ${MODES.join(', ')} (got "${mode}")`);
  const backend = (core.getInput(Inputs.Backend).trim() || 'auto') as Backend;
  if (!BACKENDS.includes(backend)) throw new ModelBuildError('USAGE', `input "backend" must be one of ${BACKENDS.join(', ')} (got "${backend}")`);
  const days = core.getInput(Inputs.RetentionDays).trim();
  const retentionDays = days === '' ? undefined : Number(days);
  if (retentionDays !== undefined && (!Number.isInteger(retentionDays) || retentionDays < 1 || retentionDays > 90)) {
    throw new ModelBuildError('USAGE', `input "retention-days" must be a whole number from 1 to 90 (got "${days}")`);
  }
  const artifactName = core.getInput(Inputs.ArtifactName).trim();
  if (artifactName) checkArtifactName(artifactName);
  return {
    config: core.getInput(Inputs.Config).trim() || 'model-build.yml',
    mode,
    workingDirectory: core.getInput(Inputs.WorkingDirectory).trim() || '.',
    upload: bool(Inputs.Upload, true),
    artifactName,
    retentionDays,
    allowDirty: bool(Inputs.AllowDirty, false),
    comment: bool(Inputs.Comment, true),
    githubToken: core.getInput(Inputs.GithubToken),
    cache: bool(Inputs.Cache, true),
    backend,
    package: core.getInput(Inputs.Package).trim(),
    data: core.getInput(Inputs.Data).trim(),
    labels: core.getInput(Inputs.Labels).trim(),
    join: core.getInput(Inputs.Join).trim(),
    pull: bool(Inputs.Pull, false),
    requireRemote: bool(Inputs.RequireRemote, false),
    remote: core.getInput(Inputs.Remote).trim(),
    variant: variantInput(),
    attest: bool(Inputs.Attest, true),
    signModel: bool(Inputs.SignModel, true),
  };
}

function variantInput(): string {
  const v = core.getInput(Inputs.Variant).trim();
  if (v !== '' && !isVariantId(v)) {
    throw new ModelBuildError('USAGE', `input "variant" must be a variant id like v1a2b3c4d (got "${v}")`, {
      hint: 'pass ${{ matrix.variant }} from the plan job\'s matrix output',
    });
  }
  return v;
}

/** The characters the artifact service refuses in names (as @actions/artifact checks them). */
const FORBIDDEN = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/'];

export function checkArtifactName(name: string): void {
  const bad = FORBIDDEN.filter((c) => name.includes(c));
  if (bad.length > 0 || name.trim() === '') {
    const shown = bad.map((c) => JSON.stringify(c)).join(' ');
    throw new ModelBuildError('USAGE', `artifact name "${name}" contains characters the artifact service refuses: ${shown || '(empty)'}`, {
      hint: 'use letters, digits, dots, dashes and underscores',
    });
  }
}
