/**
 * Signatures of model packages. The signature covers every file in the archive — what a
 * deployer unpacks and runs — and lives beside it as `<archive minus .zip>.model.sig`, like the
 * provenance statement: ECDSA signatures differ on every run, and the archive must stay
 * byte-reproducible. Unpacked into a folder, the same files verify with
 * `model_signing verify key DIR --signature F --public-key KEY`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ModelBuildError } from '../errors.js';
import { readPackage } from '../package/readPackage.js';
import { readZip, ZipFile } from '../package/zip.js';
import { writeFileAtomic } from '../util/outputFile.js';
import { regularFile } from '../util/regularFile.js';
import { MAX_SIGNATURE_BYTES, parseBundle } from './bundle.js';
import { DEFAULT_SIGNATURE_NAME } from './format.js';
import type { SigningKey } from './keys.js';
import type { ModelFileMap } from './modelFiles.js';
import { signModelFiles, type ModelSignature } from './sign.js';
import { checkModelSignature, type CheckSignatureOptions, type SignatureTrust, type SignatureVerdict } from './verify.js';

/** `out/penguins-1a2b3c4d5e6f.zip` → `out/penguins-1a2b3c4d5e6f.model.sig`. */
export const signatureFileFor = (archive: string): string => `${archive.replace(/\.zip$/, '')}.model.sig`;

/** The subject name of a package's signature: the folder it unpacks to by convention (the archive's name). */
export const packageModelName = (archive: string): string => path.basename(archive).replace(/\.zip$/, '');

/**
 * Signs a package: proves it whole first (a tampered package is never signed), then writes the
 * signature beside it — whole or not at all. Returns the signature and where it was written.
 */
export function signPackage(archive: string, key: SigningKey, options: { signature?: string } = {}): ModelSignature & { file: string } {
  const { entries } = readPackage(archive);
  const signed = signModelFiles(entries, key, { modelName: packageModelName(archive) });
  const file = options.signature ?? signatureFileFor(archive);
  assertReplaceableSignature(file);
  writeFileAtomic(file, signed.text);
  return { ...signed, file };
}

/**
 * Refuses to write a signature over a file that is not one: a new signature may replace an old
 * signature (the name is ours by convention), never some other file that happens to sit there.
 */
export function assertReplaceableSignature(file: string, display = file): void {
  if (!existsSync(file)) return;
  try {
    parseBundle(readSignatureFile(file, display), display);
  } catch {
    throw new ModelBuildError('OUTPUT_REFUSED', 'the file exists and is not a model signature; signing never replaces other files', {
      file: display,
      hint: 'move it away, or write the signature elsewhere with --signature',
    });
  }
}

/** Reads a signature file (a regular file, within the size limit). */
export function readSignatureFile(file: string, display = file): Buffer {
  regularFile(file, {
    what: 'the signature',
    display,
    maxBytes: MAX_SIGNATURE_BYTES,
    code: 'PACKAGE_INVALID',
    limitHint: 'a model signature is a small JSON file; this one was not written by a model signer',
    missingHint: 'sign the package with `model-build sign`, or name the signature with --signature',
  });
  try {
    return readFileSync(file);
  } catch (e) {
    throw new ModelBuildError('FILE_UNREADABLE', `cannot read the signature (${(e as NodeJS.ErrnoException).code ?? String(e)})`, { file: display, cause: e });
  }
}

/** The files of an archive, from a safe zip read (no traversal, links, duplicates or bombs) and nothing more. */
export function archiveFiles(archive: string): ModelFileMap {
  regularFile(archive, { what: 'the package', missingHint: 'name the .zip written by `model-build build`' });
  let zip: ZipFile;
  try {
    zip = new ZipFile(archive);
  } catch (e) {
    throw new ModelBuildError('FILE_UNREADABLE', `cannot read the package (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, { file: archive });
  }
  try {
    return new Map(readZip(zip, { display: archive }).map((e) => [e.name, e.data]));
  } finally {
    zip.close();
  }
}

export interface ModelSignatureCheck {
  /** The signature file checked. */
  signature: string;
  verdict: SignatureVerdict;
}

/**
 * Checks the signature of a package (.zip) or model folder. For a folder the signature defaults
 * to `DIR/model.sig` and, when inside the folder, is left out of what is compared (as
 * model_signing does). `files` may pass a package's entries already read.
 */
export function checkPackageSignature(
  target: string,
  trust: SignatureTrust,
  options: { signature?: string; files?: ModelFileMap } = {},
): ModelSignatureCheck {
  const isDir = !options.files && isFolder(target);
  const signature = options.signature ?? (isDir ? path.join(target, DEFAULT_SIGNATURE_NAME) : signatureFileFor(target));
  // The package first: a missing package is the error to report, not its missing signature.
  const files = options.files ?? (isDir ? target : archiveFiles(target));
  const bytes = readSignatureFile(signature);
  const check: CheckSignatureOptions = { display: signature };
  if (isDir) {
    const rel = path.relative(path.resolve(target), path.resolve(signature));
    if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) check.exclude = [rel.split(path.sep).join('/')];
  }
  return { signature, verdict: checkModelSignature(bytes, files, trust, check) };
}

/** stat follows a link to a folder: the folder is what the user named. */
function isFolder(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
