import path from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { attestProvenance, type SigstoreInstance } from '@actions/attest';
import { writeFileAtomic } from '../core/util/outputFile.js';

/**
 * GitHub artifact attestations: the package archive's sha256 signed with SLSA v1 build
 * provenance by @actions/attest, exactly as actions/attest-build-provenance does, and stored
 * with the repository (checked by `gh attestation verify FILE --repo OWNER/REPO`).
 * An attestation is an addition to the build, so a job that cannot make one gets a notice and
 * still succeeds.
 */

/** Where the Sigstore bundle goes: beside the archive, `<archive minus .zip>.sigstore.json` (gh's naming). */
export const attestationBundleFor = (archive: string) => `${archive.replace(/\.zip$/, '')}.sigstore.json`;

export interface AttestationLink {
  id: string;
  url: string;
  /** `owner/repo` that holds it. */
  repository: string;
  /** The subject the attestation is about: the archive's file name and sha256. */
  subject: { name: string; sha256: string };
  /** Sigstore instance that signed it. */
  sigstore: SigstoreInstance;
}

const PERMISSIONS_HINT = 'add `permissions: { id-token: write, attestations: write, contents: read }` to the job, or set `attest: false`';

/** Public repositories sign with public-good Sigstore, others with GitHub's instance (as @actions/attest decides). */
export function sigstoreInstance(): SigstoreInstance {
  return (github.context.payload.repository as { visibility?: string } | undefined)?.visibility === 'public' ? 'public-good' : 'github';
}

/**
 * Attests `archive` (its digest given as `sha256:<hex>`). Returns the stored attestation, or null
 * (with a notice or warning saying why) when none was made. The caller has checked that the job
 * can request an OIDC token (canRequestIdToken; provePackage does).
 */
export async function attestPackage(archive: string, digest: string, token: string): Promise<AttestationLink | null> {
  const sha256 = /^sha256:([0-9a-f]{64})$/.exec(digest)?.[1];
  if (!sha256) {
    core.warning(`model-build: the package was not attested: its digest "${digest}" is not sha256:<64 hex>`, { title: 'model-build: not attested' });
    return null;
  }
  const subject = { name: path.basename(archive), sha256 };
  const sigstore = sigstoreInstance();
  let bundle: unknown;
  try {
    // Signed here, stored below: @actions/attest's own store hides the HTTP status we report on.
    const attestation = await attestProvenance({ subjects: [{ name: subject.name, digest: { sha256 } }], token, sigstore, skipWrite: true });
    bundle = attestation.bundle;
    // Beside the archive and in its artifact: `gh attestation verify PKG --bundle B` works offline.
    writeFileAtomic(attestationBundleFor(archive), `${JSON.stringify(bundle)}\n`);
  } catch (e) {
    core.warning(`model-build: the package was not attested: signing failed (${sigstore} Sigstore): ${(e as Error).message}`, { title: 'model-build: not attested' });
    return null;
  }
  const id = await storeAttestation(bundle, token);
  if (id === null) return null;
  const server = process.env.GITHUB_SERVER_URL ?? 'https://github.com';
  const { owner, repo } = github.context.repo;
  const url = `${server}/${owner}/${repo}/attestations/${id}`;
  core.info(`model-build: attested ${subject.name} (sha256:${sha256}) with SLSA v1 provenance, ${sigstore} Sigstore: ${url}`);
  return { id, url, repository: `${owner}/${repo}`, subject, sigstore };
}

/** POST /repos/{owner}/{repo}/attestations, as @actions/attest's store does; 5xx retried twice. */
async function storeAttestation(bundle: unknown, token: string): Promise<string | null> {
  const octokit = github.getOctokit(token);
  const { owner, repo } = github.context.repo;
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await octokit.request('POST /repos/{owner}/{repo}/attestations', { owner, repo, bundle: bundle as never });
      const data = (typeof response.data === 'string' ? JSON.parse(response.data) : response.data) as { id?: number | string };
      if (data?.id !== undefined) return String(data.id);
      core.warning(`model-build: the attestations API stored the attestation but answered no id (HTTP ${response.status})`, { title: 'model-build: attestation id unknown' });
      return null;
    } catch (e) {
      const status = (e as { status?: number }).status;
      if (status === 403 || status === 404) {
        core.notice(`model-build: no artifact attestation: the attestations API answered ${status} for ${owner}/${repo} (permission attestations: write is missing, or attestations are not available for this repository's plan) — ${PERMISSIONS_HINT}`, { title: 'model-build: not attested' });
        return null;
      }
      if (status !== undefined && status >= 500 && attempt < 3) {
        await new Promise((r) => setTimeout(r, 1000 * attempt));
        continue;
      }
      core.warning(`model-build: the package was signed but the attestation could not be stored: ${(e as Error).message}`, { title: 'model-build: not attested' });
      return null;
    }
  }
}
