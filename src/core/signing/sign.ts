/**
 * Signing a model with a private key, as model_signing's `sign key` does: hash every file,
 * build the statement, sign its DSSE pre-authentication encoding with ECDSA (DER signature),
 * wrap it in a Sigstore bundle. ECDSA signatures are randomized: two signatures of one model
 * differ in bytes, which is why a signature lives beside an archive, never inside it.
 */
import { sign } from 'node:crypto';
import path from 'node:path';
import { ModelBuildError } from '../errors.js';
import { bundleText } from './bundle.js';
import { IN_TOTO_PAYLOAD_TYPE, pae } from './format.js';
import type { SigningKey } from './keys.js';
import { isModelPath, modelResources, subjectDigest, type ModelFiles } from './modelFiles.js';
import { statementBytes, type ModelStatement } from './statement.js';

export interface SignModelOptions {
  /** The subject's name (informative; model_signing uses the folder's name). Default: the folder's name, else "model". */
  modelName?: string;
  /** Paths (relative, POSIX) to leave out; recorded in the statement's ignore_paths. */
  ignorePaths?: string[];
}

export interface ModelSignature {
  /** The signature file's text: a Sigstore bundle (JSON). */
  text: string;
  statement: ModelStatement;
  /** sha256 of the signing key's public PEM. */
  fingerprint: string;
}

/** Signs the files of a model: in memory (path → bytes), a folder on disk, or proved digests. */
export function signModelFiles(files: ModelFiles, key: SigningKey, options: SignModelOptions = {}): ModelSignature {
  const statement = modelStatement(files, options);
  const payload = statementBytes(statement);
  const signature = sign('sha256', pae(IN_TOTO_PAYLOAD_TYPE, payload), { key: key.privateKey, dsaEncoding: 'der' });
  const text = bundleText({ payload, payloadType: IN_TOTO_PAYLOAD_TYPE, signature, keyid: '' }, { kind: 'publicKey', hint: key.fingerprint });
  return { text, statement, fingerprint: key.fingerprint };
}

/** The statement a signature of these files signs (every file's sha256), for any signer: a key here, Sigstore in the action. */
export function modelStatement(files: ModelFiles, options: SignModelOptions = {}): ModelStatement {
  const ignore = [...new Set(options.ignorePaths ?? [])].sort();
  for (const p of ignore) {
    if (!isModelPath(p)) throw new ModelBuildError('USAGE', `cannot ignore ${JSON.stringify(p)}: not a relative path inside the model`);
  }
  const resources = modelResources(files, ignore);
  if (resources.length === 0) {
    throw new ModelBuildError('USAGE', 'there are no files to sign', { file: typeof files === 'string' ? files : undefined, hint: 'name a model folder or package that holds files' });
  }
  return {
    modelName: options.modelName ?? (typeof files === 'string' ? path.basename(path.resolve(files)) : 'model'),
    digest: subjectDigest(resources),
    serialization: { method: 'files', hash_type: 'sha256', allow_symlinks: false, ...(ignore.length > 0 ? { ignore_paths: ignore } : {}) },
    resources,
  };
}
