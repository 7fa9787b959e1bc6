/**
 * Verifying a model signature: who signed (the key, against the bundle's hint and the ECDSA
 * signature over the DSSE encoding), then what (every file's digest against the signed
 * statement: none changed, none missing, none added). The checks that judge the model give a
 * verdict; input that cannot be read as a signature at all is an error.
 */
import { verify as verifySignature, type KeyObject } from 'node:crypto';
import { ModelBuildError } from '../errors.js';
import { parseBundle, type ParsedBundle } from './bundle.js';
import { IN_TOTO_PAYLOAD_TYPE, pae, quoted } from './format.js';
import { publicKeyFromPem, type VerificationKey } from './keys.js';
import { authenticateKeyless, certificateIdentity, type KeylessTrust } from './keyless.js';
import { compareResourceNames, isIgnored, modelFileNames, modelResources, type ModelFiles, type ModelResource } from './modelFiles.js';
import { parseStatement, type ModelStatement } from './statement.js';

/**
 * What the signature must prove. A public key (PEM text, KeyObject or a loaded key); or a
 * certificate identity and issuer with the Sigstore trusted roots to check the certificate
 * against (keyless); or null to check only that the files match the statement, without saying
 * who made it (inspect without a key).
 */
export type SignatureTrust = { publicKey: VerificationKey | KeyObject | string } | KeylessTrust | null;

/**
 * Who signed. For a certificate, the identity and issuer it names: verified when the verdict is
 * authenticated, only claimed otherwise.
 */
export type Signer =
  | { kind: 'key'; /** The bundle's hint: sha256 of the key's public PEM. */ fingerprint: string | null }
  | { kind: 'certificate'; identity: string | null; issuer: string | null };

export interface SignatureVerdict {
  /** Every check made passed: the files match the statement and, when a key was given, the key signed it. */
  valid: boolean;
  /** The signature was checked against the given key or identity (false when trust was null). */
  authenticated: boolean;
  signer: Signer;
  /** The key verified with, when one was given. */
  verifiedWith: string | null;
  statement: ModelStatement;
  /** Files present but left out by the statement's ignore_paths. */
  ignored: string[];
  /** What failed, one line each; empty when valid. */
  problems: string[];
}

export interface CheckSignatureOptions {
  /** How the signature is named in errors (its path). */
  display?: string;
  /** Paths to leave out besides the statement's ignore_paths (the signature file inside a model folder). */
  exclude?: string[];
}

/** Most problems listed one by one; the rest are counted. */
const MAX_PROBLEMS = 20;

/** Checks a signature (the file's bytes) against model files: in memory or a folder. Never throws for a verdict. */
export function checkModelSignature(signature: Buffer, files: ModelFiles, trust: SignatureTrust, options: CheckSignatureOptions = {}): SignatureVerdict {
  const display = options.display ?? 'the signature';
  const bundle = parseBundle(signature, display);
  if (bundle.envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    throw new ModelBuildError('PACKAGE_INVALID', `the envelope's payloadType is ${quoted(bundle.envelope.payloadType)}; a model signature carries ${IN_TOTO_PAYLOAD_TYPE}`, {
      file: display,
      hint: 'this is not a model signature',
    });
  }
  let signer: Signer =
    bundle.material.kind === 'publicKey' ? { kind: 'key', fingerprint: bundle.material.hint } : { kind: 'certificate', ...certificateIdentity(bundle.material.certificates[0]!) };
  const problems: string[] = [];
  let authenticated = false;
  let verifiedWith: string | null = null;
  if (trust !== null && 'publicKey' in trust) {
    const key = toVerificationKey(trust.publicKey);
    verifiedWith = key.fingerprint;
    const who = authenticate(bundle, key);
    if (who) problems.push(who);
    else authenticated = true;
  } else if (trust !== null) {
    if (bundle.material.kind === 'publicKey') {
      problems.push(`signed with key sha256:${bundle.material.hint ?? '(not named)'}, not by a certificate for ${describeIdentity(trust.identity)}: verify it with that key's public key`);
    } else {
      // The bundle parsed above as JSON; Sigstore's verifier reads it again in its own types.
      const result = authenticateKeyless(JSON.parse(signature.toString('utf8')), bundle.material.certificates[0]!, trust);
      if (result.ok) {
        authenticated = true;
        signer = { kind: 'certificate', ...result.signer };
      } else {
        problems.push(result.problem);
        signer = { kind: 'certificate', ...result.claimed };
      }
    }
  }
  // Read only after the envelope is parsed; a statement that fails to parse is unusable input.
  const statement = parseStatement(bundle.envelope.payload, display);
  const ignore = [...(statement.serialization.ignore_paths ?? []), ...(options.exclude ?? [])];
  const skipped: string[] = [];
  const actual = modelResources(files, ignore, skipped);
  const ignored = (typeof files === 'string' ? skipped : modelFileNames(files).filter((n) => isIgnored(n, ignore))).sort(compareResourceNames);
  problems.push(...compareResources(statement.resources, actual));
  return { valid: problems.length === 0, authenticated, signer, verifiedWith, statement, ignored, problems: clip(problems) };
}

/**
 * As checkModelSignature, for library callers: requires a key and throws PACKAGE_INVALID,
 * listing every problem, unless the signature is valid and was made with that key.
 */
export function verifyModelSignature(signature: Buffer, files: ModelFiles, trust: Exclude<SignatureTrust, null>, options: CheckSignatureOptions = {}): SignatureVerdict {
  const verdict = checkModelSignature(signature, files, trust, options);
  if (!verdict.valid || !verdict.authenticated) {
    throw new ModelBuildError('SIGNATURE_INVALID', 'the model does not match its signature', {
      file: options.display,
      details: verdict.problems,
      hint: 'do not use this model: it changed after it was signed, or was signed by another key or identity',
    });
  }
  return verdict;
}

function toVerificationKey(k: VerificationKey | KeyObject | string): VerificationKey {
  if (typeof k === 'string') return publicKeyFromPem(k);
  if ('fingerprint' in k && 'hash' in k) return k;
  return publicKeyFromPem(k);
}

const describeIdentity = (identity: string | RegExp) => (typeof identity === 'string' ? identity : `an identity matching /${identity.source}/`);

/** Null when `key` made the signature; else why not, in one line. */
function authenticate(bundle: ParsedBundle, key: VerificationKey): string | null {
  if (bundle.material.kind !== 'publicKey') {
    const who = certificateIdentity(bundle.material.certificates[0]!);
    return `signed keyless by a certificate for ${who.identity ?? '(no identity)'} (issuer ${who.issuer ?? 'unknown'}), not with a key: verify it with --identity, --issuer and --trusted-root`;
  }
  const hint = bundle.material.hint;
  if (hint !== null && hint !== key.fingerprint) {
    return `signed by key sha256:${hint}, not by the given key sha256:${key.fingerprint}`;
  }
  const ok = verifySignature(key.hash, pae(bundle.envelope.payloadType, bundle.envelope.payload), { key: key.publicKey, dsaEncoding: 'der' }, bundle.envelope.signature);
  return ok ? null : `the signature does not verify with key sha256:${key.fingerprint}: the signed statement was altered, or another key signed it`;
}

/** Differences between what was signed and what is there, in canonical order. */
function compareResources(signed: readonly ModelResource[], actual: readonly ModelResource[]): string[] {
  const have = new Map(actual.map((r) => [r.name, r.digest]));
  const want = new Map(signed.map((r) => [r.name, r.digest]));
  const out: string[] = [];
  for (const r of signed) {
    const d = have.get(r.name);
    if (d === undefined) out.push(`${quoted(r.name)} is signed but missing`);
    else if (d !== r.digest) out.push(`${quoted(r.name)} changed: signed sha256:${r.digest}, found sha256:${d}`);
  }
  for (const r of actual) if (!want.has(r.name)) out.push(`${quoted(r.name)} is not covered by the signature (added after signing)`);
  return out;
}

function clip(problems: string[]): string[] {
  return problems.length <= MAX_PROBLEMS ? problems : [...problems.slice(0, MAX_PROBLEMS), `… and ${problems.length - MAX_PROBLEMS} more`];
}
