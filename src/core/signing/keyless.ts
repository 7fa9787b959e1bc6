/**
 * Keyless (Sigstore) model signatures: the signer is a short-lived certificate that a Fulcio CA
 * issued for an OIDC identity (for GitHub Actions, the workflow), witnessed by a transparency-log
 * entry or an RFC 3161 timestamp. Checked with Sigstore's own verifier (@sigstore/verify) against
 * a trusted root — the certificate chain, the log's inclusion proof or the timestamp, the DSSE
 * signature — and then the identity and issuer are compared exactly: the verifier's own identity
 * check is an unanchored regular expression, too loose for a workflow path.
 */
import { readFileSync } from 'node:fs';
import { bundleFromJSON } from '@sigstore/bundle';
import { X509Certificate } from '@sigstore/core';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier, type TrustMaterial } from '@sigstore/verify';
import { ModelBuildError } from '../errors.js';
import { regularFile } from '../util/regularFile.js';

export { GITHUB_ACTIONS_ISSUER } from './format.js';
const TRUSTED_ROOT_MEDIA_TYPE = /^application\/vnd\.dev\.sigstore\.trustedroot(\.v0\.\d+)?\+json(;version=0\.\d+)?$/;
// Fulcio's issuer extensions: v2 (DER UTF8String) and the deprecated v1 (raw bytes).
const OID_ISSUER_V2 = '1.3.6.1.4.1.57264.1.8';
const OID_ISSUER_V1 = '1.3.6.1.4.1.57264.1.1';
/** A trusted root is a few kilobytes; `gh attestation trusted-root` writes two of them. */
const MAX_TRUSTED_ROOT_BYTES = 4 * 1024 ** 2;

/** Who a signing certificate names: its subject alternative name and the OIDC issuer extension. */
export interface CertificateIdentity {
  identity: string | null;
  issuer: string | null;
}

/** A trusted root, parsed and checked, with the thresholds its services imply. */
export interface TrustedRootMaterial {
  /** Where it came from, for messages: `FILE` or `FILE line N`. */
  source: string;
  material: TrustMaterial;
  /** A transparency-log entry is required when the root names a log (public-good Sigstore); GitHub's instance timestamps instead. */
  tlogThreshold: number;
  ctlogThreshold: number;
}

/** Who must have signed, and the roots of trust for their certificate. */
export interface KeylessTrust {
  /** The certificate's subject alternative name, exactly; or a RegExp that must match all of it. */
  identity: string | RegExp;
  /** The OIDC issuer, exactly (GITHUB_ACTIONS_ISSUER for a workflow). */
  issuer: string;
  /** From readTrustedRoots or trustedRootsFromJson; the signature must verify under one of them. */
  trustedRoots: TrustedRootMaterial[];
}

/** Reads the identity a certificate claims, without judging it (inspect shows it as unverified). */
export function certificateIdentity(der: Buffer): CertificateIdentity {
  try {
    const cert = X509Certificate.parse(Buffer.from(der));
    const v2 = cert.extension(OID_ISSUER_V2);
    const issuer = v2 ? (v2.valueObj.subs[0]?.value.toString('utf8') ?? null) : (cert.extension(OID_ISSUER_V1)?.value.toString('utf8') ?? null);
    return { identity: cert.subjectAltName ?? null, issuer };
  } catch {
    return { identity: null, issuer: null };
  }
}

/**
 * Reads trusted roots: one TrustedRoot JSON document, or JSON Lines of them as
 * `gh attestation trusted-root` prints (public-good Sigstore and GitHub's instance).
 */
export function readTrustedRoots(file: string, display = file): TrustedRootMaterial[] {
  regularFile(file, {
    what: 'the trusted root',
    display,
    maxBytes: MAX_TRUSTED_ROOT_BYTES,
    code: 'KEY_INVALID',
    limitHint: 'a Sigstore trusted root is a small JSON file; write one with `gh attestation trusted-root > trusted_root.jsonl`',
    missingHint: 'write one with `gh attestation trusted-root > trusted_root.jsonl` (gh fetches it through Sigstore\'s TUF repository)',
  });
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ModelBuildError('FILE_UNREADABLE', `cannot read the trusted root (${(e as NodeJS.ErrnoException).code ?? String(e)})`, { file: display, cause: e });
  }
  const trimmed = text.trim();
  let docs: Array<{ doc: unknown; source: string }>;
  try {
    docs = [{ doc: JSON.parse(trimmed), source: display }];
  } catch {
    docs = trimmed.split('\n').flatMap((line, i) => {
      if (line.trim() === '') return [];
      try {
        return [{ doc: JSON.parse(line) as unknown, source: `${display} line ${i + 1}` }];
      } catch (e) {
        throw rootError(display, `line ${i + 1} is not JSON (${(e as Error).message.slice(0, 100)}): the file is neither one trusted root nor JSON Lines of them`, e);
      }
    });
  }
  if (docs.length === 0) throw rootError(display, 'the file is empty');
  return docs.map(({ doc, source }) => trustedRootFromJson(doc, source));
}

/** Parses one TrustedRoot document (application/vnd.dev.sigstore.trustedroot+json). */
export function trustedRootFromJson(doc: unknown, source = 'the trusted root'): TrustedRootMaterial {
  const o = doc as Record<string, unknown> | null;
  if (typeof o !== 'object' || o === null || Array.isArray(o)) throw rootError(source, 'it is not a JSON object: not a Sigstore trusted root');
  const mediaType = o.mediaType;
  if (typeof mediaType !== 'string' || !TRUSTED_ROOT_MEDIA_TYPE.test(mediaType)) {
    throw rootError(source, `its mediaType is ${JSON.stringify(mediaType ?? null)}: not a Sigstore trusted root (application/vnd.dev.sigstore.trustedroot+json)`);
  }
  const cas = o.certificateAuthorities;
  if (!Array.isArray(cas) || cas.length === 0) throw rootError(source, 'it names no certificate authority: no keyless certificate can chain to it');
  let material: TrustMaterial;
  try {
    material = toTrustMaterial(TrustedRoot.fromJSON(o));
  } catch (e) {
    throw rootError(source, `it cannot be read as a trusted root (${(e as Error).message.slice(0, 160)})`, e);
  }
  const count = (k: string) => (Array.isArray(o[k]) ? (o[k] as unknown[]).length : 0);
  return { source, material, tlogThreshold: count('tlogs') > 0 ? 1 : 0, ctlogThreshold: count('ctlogs') > 0 ? 1 : 0 };
}

function rootError(source: string, message: string, cause?: unknown): ModelBuildError {
  return new ModelBuildError('KEY_INVALID', `the trusted root ${message}`, {
    file: source,
    hint: 'use the file `gh attestation trusted-root` writes, or the trusted_root.json of your Sigstore instance',
    cause,
  });
}

/** The result of authenticating a keyless signature: who signed (verified), or why not. */
export type KeylessResult = { ok: true; signer: CertificateIdentity } | { ok: false; problem: string; claimed: CertificateIdentity };

/**
 * Authenticates a keyless bundle (its JSON) under the trust given: Sigstore's checks under one
 * of the roots, then the identity and issuer. Never throws for a verdict.
 */
export function authenticateKeyless(bundleJson: unknown, leaf: Buffer, trust: KeylessTrust): KeylessResult {
  const claimed = certificateIdentity(leaf);
  let entity: ReturnType<typeof toSignedEntity>;
  try {
    entity = toSignedEntity(bundleFromJSON(bundleJson));
  } catch (e) {
    return { ok: false, problem: `the Sigstore bundle is not well formed: ${(e as Error).message}`, claimed };
  }
  const failures: string[] = [];
  for (const root of trust.trustedRoots) {
    try {
      const signer = new Verifier(root.material, { tlogThreshold: root.tlogThreshold, ctlogThreshold: root.ctlogThreshold, timestampThreshold: 1 }).verify(entity);
      const who: CertificateIdentity = { identity: signer.identity?.subjectAlternativeName ?? null, issuer: signer.identity?.extensions?.issuer ?? null };
      const problem = identityProblem(who, trust);
      return problem ? { ok: false, problem, claimed: who } : { ok: true, signer: who };
    } catch (e) {
      failures.push(trust.trustedRoots.length > 1 ? `under ${root.source}: ${(e as Error).message}` : (e as Error).message);
    }
  }
  return { ok: false, problem: `the Sigstore signature does not verify: ${failures.join('; ')}`, claimed };
}

function identityProblem(who: CertificateIdentity, trust: KeylessTrust): string | null {
  const id = who.identity ?? '(none)';
  const matches =
    typeof trust.identity === 'string' ? who.identity === trust.identity : who.identity !== null && new RegExp(`^(?:${trust.identity.source})$`, trust.identity.flags.replace(/[gy]/g, '')).test(who.identity);
  if (!matches) return `signed by identity ${id}, not ${typeof trust.identity === 'string' ? trust.identity : `one matching /${trust.identity.source}/`}`;
  if (who.issuer !== trust.issuer) return `signed by ${id} with a token from issuer ${who.issuer ?? '(none)'}, not ${trust.issuer}`;
  return null;
}
