import path from 'node:path';
import * as core from '@actions/core';
import { bundleToJSON } from '@sigstore/bundle';
import { CIContextProvider, DSSEBundleBuilder, FulcioSigner, RekorWitness, TSAWitness, type Witness } from '@sigstore/sign';
import { readPackage, type PackageFile } from '../core/package/readPackage.js';
import { parseBundle } from '../core/signing/bundle.js';
import { IN_TOTO_PAYLOAD_TYPE } from '../core/signing/format.js';
import { certificateIdentity, GITHUB_ACTIONS_ISSUER } from '../core/signing/keyless.js';
import { compareResourceNames, isModelPath, subjectDigest } from '../core/signing/modelFiles.js';
import { assertReplaceableSignature, packageModelName, signatureFileFor } from '../core/signing/packageSignature.js';
import { parseStatement, statementBytes, type ModelStatement } from '../core/signing/statement.js';
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
    const files = proved ?? readPackage(archive).files;
    const statement = packageStatement(archive, files);
    const urls = endpoints(instance);
    const witnesses: Witness[] = [];
    if (urls.rekor) witnesses.push(new RekorWitness({ rekorBaseURL: urls.rekor, fetchOnConflict: true, timeout: TIMEOUT_MS, retry: RETRIES }));
    if (urls.tsa) witnesses.push(new TSAWitness({ tsaBaseURL: urls.tsa, timeout: TIMEOUT_MS, retry: RETRIES }));
    const signer = new FulcioSigner({ identityProvider: new CIContextProvider('sigstore'), fulcioBaseURL: urls.fulcio, timeout: TIMEOUT_MS, retry: RETRIES });
    const bundle = await new DSSEBundleBuilder({ signer, witnesses }).create({ data: statementBytes(statement), type: IN_TOTO_PAYLOAD_TYPE });
    const json = bundleToJSON(bundle as Parameters<typeof bundleToJSON>[0]);
    const text = JSON.stringify(json);
    const who = readBack(text, files, file);
    assertReplaceableSignature(file);
    writeFileAtomic(file, text);
    const signed: KeylessSignature = { file, identity: who.identity ?? '(unknown)', issuer: who.issuer ?? GITHUB_ACTIONS_ISSUER, sigstore: instance, files: statement.resources.length };
    core.info(`model-build: signed ${path.basename(archive)} keyless (${instance} Sigstore) as ${signed.identity}: ${path.basename(file)}`);
    return signed;
  } catch (e) {
    core.warning(`model-build: the model was not signed: keyless signing failed (${instance} Sigstore): ${(e as Error).message}`, { title: 'model-build: model not signed' });
    return null;
  }
}

/**
 * The statement over the package's files (model_signing v1.0, as modelStatement makes it from the
 * files' bytes), from their proved digests: every file, nothing ignored.
 */
function packageStatement(archive: string, files: readonly PackageFile[]): ModelStatement {
  const bad = files.find((f) => !isModelPath(f.name));
  if (bad) throw new Error(`the package holds a file named ${JSON.stringify(bad.name)}, which is not a path inside the model`);
  const resources = files.map((f) => ({ name: f.name, algorithm: 'sha256', digest: f.sha256 })).sort((a, b) => compareResourceNames(a.name, b.name));
  if (resources.length === 0) throw new Error('the package holds no files to sign');
  return { modelName: packageModelName(archive), digest: subjectDigest(resources), serialization: { method: 'files', hash_type: 'sha256', allow_symlinks: false }, resources };
}

/**
 * The bundle about to be written, read back as a verifier reads it: a certificate signed it, and
 * its statement lists exactly the package's files with their digests. Returns who signed.
 */
function readBack(text: string, files: readonly PackageFile[], display: string): { identity: string | null; issuer: string | null } {
  const bundle = parseBundle(Buffer.from(text), display);
  if (bundle.material.kind !== 'certificate') throw new Error('the signature written carries no certificate');
  if (bundle.envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) throw new Error(`the signature written carries a ${bundle.envelope.payloadType} payload`);
  const signed = new Map(parseStatement(bundle.envelope.payload, display).resources.map((r) => [r.name, r.digest]));
  const wrong = files.filter((f) => signed.get(f.name) !== f.sha256).map((f) => f.name);
  if (wrong.length > 0 || signed.size !== files.length) {
    throw new Error(`the signature written does not list the package's files: ${wrong.length > 0 ? `${wrong.slice(0, 5).join(', ')} differ or are missing` : `it lists ${signed.size} files, the package holds ${files.length}`}`);
  }
  return certificateIdentity(bundle.material.certificates[0]!);
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
