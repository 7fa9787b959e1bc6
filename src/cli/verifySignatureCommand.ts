/** `model-build verify-signature`: does a package (or model folder) match its signature, made by this key or identity? */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ModelBuildError } from '../core/errors.js';
import { readTrustedRoots } from '../core/signing/keyless.js';
import { loadPublicKey } from '../core/signing/keys.js';
import { checkPackageSignature, signatureFileFor } from '../core/signing/packageSignature.js';
import type { SignatureTrust, SignatureVerdict, Signer } from '../core/signing/verify.js';
import { shownPath } from './signCommand.js';
import { styleFor, type Style } from './terminal.js';

/** Who must have signed, as the command line says it: a public key file, or a keyless identity. */
export type TrustOptions = { publicKey: string } | { identity: string | { regexp: string }; issuer: string; trustedRoot: string };

/** Reads the key or trusted roots the options name. */
export function loadTrust(t: TrustOptions): Exclude<SignatureTrust, null> {
  if ('publicKey' in t) return { publicKey: loadPublicKey(path.resolve(t.publicKey), { display: t.publicKey }) };
  let identity: string | RegExp = typeof t.identity === 'string' ? t.identity : '';
  if (typeof t.identity !== 'string') {
    try {
      identity = new RegExp(t.identity.regexp, 'u');
    } catch (e) {
      throw new ModelBuildError('USAGE', `--identity-regexp is not a regular expression: ${(e as Error).message}`, { hint: 'it is a JavaScript regular expression matched against the whole identity' });
    }
  }
  return { identity, issuer: t.issuer, trustedRoots: readTrustedRoots(path.resolve(t.trustedRoot), t.trustedRoot) };
}

/** Exit 0 valid and signed by the key or identity, 1 not (changed files, another signer, a forged statement); input errors throw (2). */
export async function runVerifySignature(args: { target: string; signature?: string; trust: TrustOptions; json: boolean }): Promise<number> {
  const trust = loadTrust(args.trust);
  const { signature, verdict } = checkPackageSignature(path.resolve(args.target), trust, { signature: args.signature && path.resolve(args.signature) });
  const ok = verdict.valid && verdict.authenticated;
  if (args.json) {
    process.stdout.write(`${JSON.stringify(verdictJson(signature, verdict), null, 2)}\n`);
  } else {
    process.stdout.write(formatVerdict(args.target, signature, verdict, styleFor(process.stdout)));
  }
  return ok ? 0 : 1;
}

/** The signer in words: a key by fingerprint, a certificate by the identity it names. */
export function signerText(signer: Signer): string {
  if (signer.kind === 'key') return `key ${signer.fingerprint ? `sha256:${signer.fingerprint}` : '(not named in the bundle)'}`;
  return `${signer.identity ?? '(a certificate naming no identity)'} (issuer ${signer.issuer ?? 'unknown'}, keyless)`;
}

export function verdictJson(signature: string, v: SignatureVerdict): object {
  return {
    valid: v.valid && v.authenticated,
    signature,
    signer: v.signer,
    verifiedWith: v.verifiedWith && `sha256:${v.verifiedWith}`,
    authenticated: v.authenticated,
    model: { name: v.statement.modelName, digest: `sha256:${v.statement.digest}`, files: v.statement.resources.length },
    ignored: v.ignored,
    problems: v.problems,
  };
}

export function formatVerdict(target: string, signature: string, v: SignatureVerdict, s: Style): string {
  const signer = signerText(v.signer);
  const lines =
    v.valid && v.authenticated
      ? [
          // The key proved, not the bundle's hint: older bundles name no key.
          `${s.green('✓ signature valid')}: ${target} is what ${v.verifiedWith ? `key sha256:${v.verifiedWith}` : signer} signed`,
          `  signature ${shownPath(signature)}`,
          `  model     ${v.statement.modelName}: ${v.statement.resources.length} files, sha256:${v.statement.digest}`,
        ]
      : [`${s.red('✗ SIGNATURE INVALID')}: ${target} (${shownPath(signature)}, signed by ${signer})`, ...v.problems.map((p) => `  - ${p}`)];
  if (v.ignored.length > 0) lines.push(s.dim(`  not covered (the signature's ignore_paths): ${v.ignored.join(', ')}`));
  return `${lines.join('\n')}\n`;
}

/** A package's signature as inspect reports it: none, or checked (and verified when a key is given). */
export type InspectedSignature = { file: string; signer: SignatureVerdict['signer']; authenticated: boolean; verifiedWith: string | null; files: number } | null;

/**
 * The signature beside a package, checked against the package's files: null when there is none
 * (and no key or identity asks for one). A signature that does not match — or was not made by
 * the key or identity given — is a refusal, like any other sign of tampering.
 */
export function inspectSignature(archive: string, files: ReadonlyMap<string, Buffer>, trustOptions?: TrustOptions | null): InspectedSignature {
  const file = signatureFileFor(archive);
  if (!trustOptions && !existsSync(file)) return null;
  const trust = trustOptions ? loadTrust(trustOptions) : null;
  const { verdict } = checkPackageSignature(archive, trust, { files });
  if (!verdict.valid || (trust && !verdict.authenticated)) {
    throw new ModelBuildError('SIGNATURE_INVALID', `the package does not match its signature ${shownPath(file)}`, {
      file: archive,
      details: verdict.problems,
      hint: 'do not deploy it: it changed after it was signed, or another key or identity signed it (`model-build verify-signature` says more)',
    });
  }
  return { file, signer: verdict.signer, authenticated: verdict.authenticated, verifiedWith: verdict.verifiedWith, files: verdict.statement.resources.length };
}

/** inspect's line for the signature. */
export function signatureLine(sig: InspectedSignature, s: Style): string {
  if (!sig) return `  signature ${s.dim('none (unsigned; `model-build sign` adds one)')}`;
  const who = signerText(sig.signer);
  const check = sig.signer.kind === 'key' ? 'pass --public-key to check who signed' : 'pass --identity, --issuer and --trusted-root to check who signed';
  return sig.authenticated
    ? `  signature ${s.green('✓')} signed by ${who}, verified; covers all ${sig.files} files  ${shownPath(sig.file)}`
    : `  signature ${who}, not verified; all ${sig.files} files match it (${check})  ${shownPath(sig.file)}`;
}
