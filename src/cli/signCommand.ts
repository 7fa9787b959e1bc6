/**
 * `model-build sign` and `model-build keygen`: model signatures with a private key, in the
 * OpenSSF model_signing v1.0 format, beside the package they sign.
 */
import { closeSync, existsSync, fsyncSync, linkSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { ModelBuildError } from '../core/errors.js';
import { DEFAULT_SIGNATURE_NAME } from '../core/signing/format.js';
import { generateSigningKey, loadSigningKey, SIGNING_KEY_PASSPHRASE_ENV, type SigningKey } from '../core/signing/keys.js';
import { assertReplaceableSignature, checkPackageSignature, signatureFileFor, signPackage } from '../core/signing/packageSignature.js';
import { signModelFiles } from '../core/signing/sign.js';
import { checkOutputFile, writeFileAtomic } from '../core/util/outputFile.js';
import { styleFor, type Style } from './terminal.js';

/** The signing key named by --signing-key, its passphrase (if any) from the environment. */
export function signingKeyOf(file: string): SigningKey {
  const passphrase = process.env[SIGNING_KEY_PASSPHRASE_ENV];
  return loadSigningKey(path.resolve(file), { display: file, passphrase: passphrase === '' ? undefined : passphrase });
}

/** A path relative to the current folder when it lies below it, else as it is. */
export function shownPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

const isFolder = (p: string) => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};

/**
 * Signs a package (.zip: the signature goes beside it, `<name>.model.sig`) or a model folder
 * (the signature goes to DIR/model.sig, which the signature then leaves out, as model_signing
 * does). Exit 0, or 2 for bad input.
 */
export async function runSign(args: { target: string; signingKey: string; signature?: string; json: boolean }): Promise<number> {
  const key = signingKeyOf(args.signingKey);
  const target = path.resolve(args.target);
  let file: string;
  let signed: { statement: { resources: unknown[]; modelName: string; digest: string }; fingerprint: string };
  if (isFolder(target)) {
    file = args.signature ? path.resolve(args.signature) : path.join(target, DEFAULT_SIGNATURE_NAME);
    checkOutputFile(file, '--signature', args.signature ?? shownPath(file));
    const rel = path.relative(target, file);
    const inside = rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
    assertReplaceableSignature(file, args.signature ?? shownPath(file));
    const result = signModelFiles(target, key, { ignorePaths: inside ? [rel.split(path.sep).join('/')] : [] });
    writeFileAtomic(file, result.text, shownPath(file));
    signed = result;
  } else {
    file = args.signature ? path.resolve(args.signature) : signatureFileFor(target);
    checkOutputFile(file, '--signature', args.signature ?? shownPath(file));
    signed = signPackage(target, key, { signature: file });
  }
  if (args.json) {
    const out = { signature: file, model: signed.statement.modelName, digest: `sha256:${signed.statement.digest}`, files: signed.statement.resources.length, key: `sha256:${key.fingerprint}` };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    const s = styleFor(process.stdout);
    process.stdout.write(
      [
        `${s.green('signed')} ${signed.statement.modelName}: ${signed.statement.resources.length} files, sha256:${signed.statement.digest}`,
        `  signature ${shownPath(file)}`,
        `  key       sha256:${key.fingerprint} (ECDSA P-256)`,
        '',
      ].join('\n'),
    );
  }
  return 0;
}

/**
 * Writes a new ECDSA P-256 key pair: FILE (private, mode 0600) and FILE's name with .pub.pem
 * (public). Never replaces a file: each appears whole, under its name, or not at all.
 */
export async function runKeygen(args: { file: string; json: boolean }): Promise<number> {
  const privateFile = path.resolve(args.file);
  const publicFile = publicKeyFileFor(privateFile);
  for (const [f, shown] of [
    [privateFile, args.file],
    [publicFile, shownPath(publicFile)],
  ] as const) {
    checkOutputFile(f, 'keygen', shown);
    let exists = false;
    try {
      statSync(f);
      exists = true;
    } catch {
      /* absent: will be created */
    }
    if (exists) throw new ModelBuildError('OUTPUT_REFUSED', 'the file exists; keygen never replaces a key', { file: shown, hint: 'name a new file, or move the old key away first' });
  }
  const passphrase = process.env[SIGNING_KEY_PASSPHRASE_ENV] || undefined;
  const pair = generateSigningKey(passphrase);
  createExclusively(privateFile, pair.privatePem, 0o600, args.file);
  try {
    createExclusively(publicFile, pair.publicPem, 0o644, shownPath(publicFile));
  } catch (e) {
    // We created the private key a moment ago, so it is ours to remove: no half pair is left.
    rmSync(privateFile, { force: true });
    throw e;
  }
  if (args.json) {
    process.stdout.write(`${JSON.stringify({ privateKey: privateFile, publicKey: publicFile, fingerprint: `sha256:${pair.fingerprint}`, encrypted: Boolean(passphrase) }, null, 2)}\n`);
  } else {
    process.stdout.write(
      [
        `private key ${args.file} (ECDSA P-256, PKCS#8${passphrase ? `, encrypted with ${SIGNING_KEY_PASSPHRASE_ENV}` : ''}; keep it secret)`,
        `public key  ${shownPath(publicFile)} (give this to whoever verifies)`,
        `fingerprint sha256:${pair.fingerprint}`,
        '',
      ].join('\n'),
    );
  }
  return 0;
}

/** `signing-key.pem` → `signing-key.pub.pem`. */
export const publicKeyFileFor = (file: string): string => `${file.replace(/\.pem$/, '')}.pub.pem`;

let counter = 0;

/** Writes a temp file, syncs it, and links it to `file`, which fails if `file` exists: never a partial or replaced key. */
function createExclusively(file: string, text: string, mode: number, display: string): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.tmp-${process.pid}-${counter++}`);
  try {
    const fd = openSync(tmp, 'wx', mode);
    try {
      const bytes = Buffer.from(text, 'utf8');
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    linkSync(tmp, file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new ModelBuildError(code === 'EEXIST' ? 'OUTPUT_REFUSED' : 'OUTPUT_UNWRITABLE', code === 'EEXIST' ? 'the file exists; keygen never replaces a key' : `cannot write the key (${code})`, {
      file: display,
      hint: code === 'EEXIST' ? 'name a new file' : 'check the folder and its permissions',
      cause: e,
    });
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** What build says about the package's signature: made now with --signing-key, or one left from before. */
export interface BuildSignature {
  json: { file: string; key: string | null; signedNow: boolean; matches: boolean };
  line(s: Style): string;
}

/**
 * After a build: signs the new package with `key`; without a key, looks at a signature an
 * earlier build left beside an archive of the same name — kept when the rebuilt files still
 * match it (a reproducible rebuild), named as stale when they do not (inspect would refuse it).
 */
export function signBuiltPackage(archive: string, key: SigningKey | null): BuildSignature | null {
  const file = signatureFileFor(archive);
  if (key) {
    signPackage(archive, key);
    return {
      json: { file, key: `sha256:${key.fingerprint}`, signedNow: true, matches: true },
      line: (s) => `${s.bold('signature')} ${shownPath(file)} (key sha256:${key.fingerprint})`,
    };
  }
  if (!existsSync(file)) return null;
  let matches = false;
  let hint: string | null = null;
  try {
    const { verdict } = checkPackageSignature(archive, null);
    matches = verdict.valid;
    hint = verdict.signer.kind === 'key' ? verdict.signer.fingerprint : null;
  } catch {
    matches = false;
  }
  return {
    json: { file, key: hint && `sha256:${hint}`, signedNow: false, matches },
    line: (s) =>
      matches
        ? `${s.bold('signature')} ${shownPath(file)} from an earlier signing still matches every file`
        : s.yellow(`warning: ${shownPath(file)} is from an earlier build and does not match this package: sign it again (\`model-build sign\`) or delete it`),
  };
}
