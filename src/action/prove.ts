import * as core from '@actions/core';
import type { PackageFile } from '../core/package/readPackage.js';
import { attestationBundleFor, attestPackage, type AttestationLink } from './attest.js';
import { Outputs, type ActionInputs } from './inputs.js';
import { signatureMarkdown, signPackageKeyless, type KeylessSignature } from './modelSignature.js';
import { canRequestIdToken, noticeNoIdToken } from './oidc.js';
import { attestationMarkdown } from './summary.js';

/** What ties a package to the workflow that built it: an artifact attestation and a keyless model signature. */
export interface PackageProofs {
  attestation: AttestationLink | null;
  signature: KeylessSignature | null;
  /** Files written beside the archive, to upload with it. */
  files: string[];
  /** Lines for the summary and the pull-request comment. */
  markdown: string;
}

/**
 * Attests and signs a package before it is uploaded (builds, sweep legs, select's winner), as
 * the inputs ask, and sets the outputs. Either can be missing: each says why in a notice or
 * warning; a job without `id-token: write` gets one notice for both. `proved`: the archive's
 * files and digests when the caller proved them from its bytes (see signPackageKeyless).
 */
export async function provePackage(
  inputs: Pick<ActionInputs, 'attest' | 'signModel' | 'githubToken'>,
  archive: string,
  digest: string,
  proved?: readonly PackageFile[],
): Promise<PackageProofs> {
  if ((inputs.signModel || inputs.attest) && !canRequestIdToken()) {
    noticeNoIdToken(inputs);
    return { attestation: null, signature: null, files: [], markdown: '' };
  }
  const signature = inputs.signModel ? await signPackageKeyless(archive, proved) : null;
  if (signature) {
    core.setOutput(Outputs.ModelSignature, signature.file);
    core.setOutput(Outputs.SignerIdentity, signature.identity);
  }
  const attestation = inputs.attest ? await attestPackage(archive, digest, inputs.githubToken) : null;
  if (attestation) {
    core.setOutput(Outputs.AttestationId, attestation.id);
    core.setOutput(Outputs.AttestationUrl, attestation.url);
  }
  return {
    attestation,
    signature,
    files: [...(attestation ? [attestationBundleFor(archive)] : []), ...(signature ? [signature.file] : [])],
    markdown: attestationMarkdown(attestation) + signatureMarkdown(signature, archive),
  };
}
