/** `model-build verify-signature`: does a package (or model folder) match its signature, made by this key? */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ModelBuildError } from '../core/errors.js';
import { loadPublicKey } from '../core/signing/keys.js';
import { checkPackageSignature, signatureFileFor } from '../core/signing/packageSignature.js';
import type { SignatureVerdict } from '../core/signing/verify.js';
import { shownPath } from './signCommand.js';
import { styleFor, type Style } from './terminal.js';

/** Exit 0 valid and signed by the key, 1 not (changed files, another key, a forged statement); input errors throw (2). */
export async function runVerifySignature(args: { target: string; signature?: string; publicKey: string; json: boolean }): Promise<number> {
  const key = loadPublicKey(path.resolve(args.publicKey), { display: args.publicKey });
  const { signature, verdict } = checkPackageSignature(path.resolve(args.target), { publicKey: key }, { signature: args.signature && path.resolve(args.signature) });
  const ok = verdict.valid && verdict.authenticated;
  if (args.json) {
    process.stdout.write(`${JSON.stringify(verdictJson(signature, verdict), null, 2)}\n`);
  } else {
    process.stdout.write(formatVerdict(args.target, signature, verdict, styleFor(process.stdout)));
  }
  return ok ? 0 : 1;
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
  const signer = v.signer.kind === 'key' ? `key ${v.signer.fingerprint ? `sha256:${v.signer.fingerprint}` : '(not named in the bundle)'}` : 'a certificate';
  const lines =
    v.valid && v.authenticated
      ? [
          `${s.green('✓ signature valid')}: ${target} is what key sha256:${v.verifiedWith} signed`,
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
 * (and no key asks for one). A signature that does not match — or was not made by `publicKey`,
 * when given — is a refusal, like any other sign of tampering.
 */
export function inspectSignature(archive: string, files: ReadonlyMap<string, Buffer>, publicKey?: string): InspectedSignature {
  const file = signatureFileFor(archive);
  if (!publicKey && !existsSync(file)) return null;
  const trust = publicKey ? { publicKey: loadPublicKey(path.resolve(publicKey), { display: publicKey }) } : null;
  const { verdict } = checkPackageSignature(archive, trust, { files });
  if (!verdict.valid || (trust && !verdict.authenticated)) {
    throw new ModelBuildError('PACKAGE_INVALID', `the package does not match its signature ${shownPath(file)}`, {
      file: archive,
      details: verdict.problems,
      hint: 'do not deploy it: it changed after it was signed, or another key signed it (`model-build verify-signature` says more)',
    });
  }
  return { file, signer: verdict.signer, authenticated: verdict.authenticated, verifiedWith: verdict.verifiedWith, files: verdict.statement.resources.length };
}

/** inspect's line for the signature. */
export function signatureLine(sig: InspectedSignature, s: Style): string {
  if (!sig) return `  signature ${s.dim('none (unsigned; `model-build sign` adds one)')}`;
  const who = sig.signer.kind === 'key' ? `key sha256:${sig.signer.fingerprint ?? '(unnamed)'}` : 'a certificate';
  return sig.authenticated
    ? `  signature ${s.green('✓')} signed by ${who}, verified; covers all ${sig.files} files  ${shownPath(sig.file)}`
    : `  signature ${who}; all ${sig.files} files match it (pass --public-key to check who signed)  ${shownPath(sig.file)}`;
}
