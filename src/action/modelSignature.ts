import path from 'node:path';
import * as core from '@actions/core';
import { bundleToJSON } from '@sigstore/bundle';
import { CIContextProvider, DSSEBundleBuilder, FulcioSigner, RekorWitness, TSAWitness, type Witness } from '@sigstore/sign';
import { readPackage, type PackageFile } from '../core/package/readPackage.js';
import { IN_TOTO_PAYLOAD_TYPE } from '../core/signing/format.js';
import { GITHUB_ACTIONS_ISSUER } from '../core/signing/keyless.js';
import { assertReplaceableSignature, packageModelName, signatureFileFor } from '../core/signing/packageSignature.js';
import { modelStatement } from '../core/signing/sign.js';
import { statementBytes } from '../core/signing/statement.js';
import { checkModelSignature } from '../core/signing/verify.js';
import { writeFileAtomic } from '../core/util/outputFile.js';
import { sigstoreInstance } from './attest.js';

/**
 * Keyless OpenSSF model signatures: the statement over every file of the package (model_signing
 * v1.0, as `model-build sign` writes with a key) signed by @sigstore/sign with a Fulcio
 * certificate for the workflow's OIDC identity, witnessed as @actions/attest witnesses its
 * attestations: public-good Sigstore's Rekor log for public repositories, GitHub's timestamp
 * authority for the others (whose names must not go to a public log). The bundle goes beside
 * the archive as `<archive minus .zip>.model.sig` and travels in its artifact.
 */

export interface KeylessSignature {
  file: string;
  /** The certificate's identity: the workflow file at its ref (`https://github.com/OWNER/REPO/.github/workflows/F@REF`). */
  identity: string;
  issuer: string;
  sigstore: 'public-good' | 'github';
  files: number;
}

const TIMEOUT_MS = 10_000;
const RETRIES = 3;

/** The Sigstore services for an instance, as @actions/attest names them. */
function endpoints(instance: 'public-good' | 'github'): { fulcio: string; rekor?: string; tsa?: string } {
  if (instance === 'public-good') return { fulcio: 'https://fulcio.sigstore.dev', rekor: 'https://rekor.sigstore.dev' };
  let host = new URL(process.env.GITHUB_SERVER_URL || 'https://github.com').hostname;
  if (host === 'github.com') host = 'githubapp.com';
  return { fulcio: `https://fulcio.${host}`, tsa: `https://timestamp.${host}` };
}

/**
 * Signs the package keyless; null, with a warning saying why, when it cannot. Never fails the
 * job. The caller has checked that the job can request an OIDC token (canRequestIdToken;
 * provePackage does).
 *
 * `proved`: every file of the archive with its sha256, when the caller proved them from this
 * archive's bytes (verifyPackage or readPackage of this very file: a cache hit, select's
 * winner). Without them the archive is read and proved whole here.
 */
export async function signPackageKeyless(archive: string, proved?: readonly PackageFile[]): Promise<KeylessSignature | null> {
  const file = signatureFileFor(archive);
  const instance = sigstoreInstance();
  try {
    // A package that fails its own digests is never signed. A fresh build's result cannot stand
    // in for the read: it names the files but holds no digests for metadata.json and
    // MANIFEST.sha256, so a build's package is read back here (about 1 s per GiB).
    const files = { proved: proved ?? readPackage(archive).files };
    const statement = modelStatement(files, { modelName: packageModelName(archive) });
    const urls = endpoints(instance);
    const witnesses: Witness[] = [];
    if (urls.rekor) witnesses.push(new RekorWitness({ rekorBaseURL: urls.rekor, fetchOnConflict: true, timeout: TIMEOUT_MS, retry: RETRIES }));
    if (urls.tsa) witnesses.push(new TSAWitness({ tsaBaseURL: urls.tsa, timeout: TIMEOUT_MS, retry: RETRIES }));
    const signer = new FulcioSigner({ identityProvider: new CIContextProvider('sigstore'), fulcioBaseURL: urls.fulcio, timeout: TIMEOUT_MS, retry: RETRIES });
    const bundle = await new DSSEBundleBuilder({ signer, witnesses }).create({ data: statementBytes(statement), type: IN_TOTO_PAYLOAD_TYPE });
    const json = bundleToJSON(bundle as Parameters<typeof bundleToJSON>[0]);
    const text = JSON.stringify(json);
    // Read back as any verifier will: the files match what was signed.
    const verdict = checkModelSignature(Buffer.from(text), files, null, { display: file });
    if (!verdict.valid || verdict.signer.kind !== 'certificate') throw new Error(`the signature written does not verify: ${verdict.problems.join('; ')}`);
    assertReplaceableSignature(file);
    writeFileAtomic(file, text);
    const who = verdict.signer;
    const signed: KeylessSignature = { file, identity: who.identity ?? '(unknown)', issuer: who.issuer ?? GITHUB_ACTIONS_ISSUER, sigstore: instance, files: statement.resources.length };
    core.info(`model-build: signed ${path.basename(archive)} keyless (${instance} Sigstore) as ${signed.identity}: ${path.basename(file)}`);
    return signed;
  } catch (e) {
    core.warning(`model-build: the model was not signed: keyless signing failed (${instance} Sigstore): ${(e as Error).message}`, { title: 'model-build: model not signed' });
    return null;
  }
}

/** How to check the signature, for the summary and the pull-request comment. */
export function signatureMarkdown(s: KeylessSignature | null, archive: string): string {
  if (!s) return '';
  const pkg = path.basename(archive);
  return (
    `\n✍️ Model signed keyless (OpenSSF model signing, ${s.sigstore} Sigstore) by \`${s.identity}\`, covering all ${s.files} files: \`${path.basename(s.file)}\` — ` +
    `check it with \`model-build verify-signature ${pkg} --identity ${s.identity} --issuer ${s.issuer} --trusted-root trusted_root.jsonl\` ` +
    `(\`gh attestation trusted-root > trusted_root.jsonl\`)\n`
  );
}
