/**
 * The signed payload: an in-toto Statement v1 with model_signing's v1.0 predicate. One subject
 * (the model folder's name — informative only — and a sha256 over the resource digests in the
 * order listed), a `serialization` saying how the folder was hashed, and `resources`, one per
 * file. Parsing is strict about what it relies on and ignores predicate fields it does not know,
 * as the v1.0 format asks of verifiers.
 */
import { ModelBuildError } from '../errors.js';
import { IN_TOTO_STATEMENT_TYPE, MODEL_SIGNING_PREDICATE_TYPE, quoted } from './format.js';
import { isModelPath, subjectDigest, type ModelResource } from './modelFiles.js';

/** How the model was turned into resources: by whole files, hashed with sha256. */
export interface FileSerialization {
  method: 'files';
  hash_type: 'sha256';
  allow_symlinks: boolean;
  /** Paths (relative, POSIX) left out of the signature; absent when nothing was. */
  ignore_paths?: string[];
}

export interface ModelStatement {
  modelName: string;
  /** sha256 (hex) over the resource digests. */
  digest: string;
  serialization: FileSerialization;
  resources: ModelResource[];
}

/** The statement as model_signing's Payload builds it, fields in its order. */
export function statementObject(s: ModelStatement): object {
  const serialization: Record<string, unknown> = { method: s.serialization.method, hash_type: s.serialization.hash_type, allow_symlinks: s.serialization.allow_symlinks };
  if (s.serialization.ignore_paths && s.serialization.ignore_paths.length > 0) serialization.ignore_paths = s.serialization.ignore_paths;
  return {
    _type: IN_TOTO_STATEMENT_TYPE,
    subject: [{ name: s.modelName, digest: { sha256: s.digest } }],
    predicateType: MODEL_SIGNING_PREDICATE_TYPE,
    predicate: {
      serialization,
      resources: s.resources.map((r) => ({ name: r.name, algorithm: r.algorithm, digest: r.digest })),
    },
  };
}

/** The payload bytes: two-space indented JSON, as protobuf's MessageToJson writes it. */
export function statementBytes(s: ModelStatement): Buffer {
  return Buffer.from(JSON.stringify(statementObject(s), null, 2), 'utf8');
}

/** Most resources a statement may list: a bound on what hostile input can make us hold. */
export const MAX_STATEMENT_RESOURCES = 1_000_000;

const HEX64 = /^[0-9a-fA-F]{64}$/;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const field = (o: Json, k: string): unknown => (Object.hasOwn(o, k) ? o[k] : undefined);

/**
 * Parses and checks a DSSE payload as a model signing v1.0 statement. Throws PACKAGE_INVALID
 * naming the field for anything malformed, and for formats this version does not verify.
 */
export function parseStatement(payload: Buffer, display: string): ModelStatement {
  const bad = (message: string, hint = 'the signature file is damaged or is not a model signature; sign the model again'): never => {
    throw new ModelBuildError('PACKAGE_INVALID', `the signed statement ${message}`, { file: display, hint });
  };
  let doc: unknown;
  try {
    doc = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payload));
  } catch {
    return bad('is not JSON text');
  }
  if (!isObject(doc)) return bad('is not a JSON object');
  const type = field(doc, '_type');
  if (type !== IN_TOTO_STATEMENT_TYPE) bad(`has _type ${typeof type === 'string' ? quoted(type) : 'missing'}; expected ${IN_TOTO_STATEMENT_TYPE}`);
  const predicateType = field(doc, 'predicateType');
  if (predicateType !== MODEL_SIGNING_PREDICATE_TYPE) {
    if (predicateType === 'https://model_signing/Digests/v0.1') {
      bad('uses the pre-1.0 model_signing format (https://model_signing/Digests/v0.1), which lists no serialization', 'sign the model again with model_signing 1.x or model-build');
    }
    bad(`has predicateType ${typeof predicateType === 'string' ? quoted(predicateType) : 'missing'}; a model signature has ${MODEL_SIGNING_PREDICATE_TYPE}`);
  }
  const subjects = field(doc, 'subject');
  if (!Array.isArray(subjects) || subjects.length !== 1) return bad(`must have exactly one subject (has ${Array.isArray(subjects) ? subjects.length : 'none'})`);
  const subject = subjects[0];
  if (!isObject(subject)) return bad('has a subject that is not an object');
  const modelName = field(subject, 'name');
  if (typeof modelName !== 'string') return bad('has a subject without a name');
  const subjectDigests = field(subject, 'digest');
  const digest = isObject(subjectDigests) ? field(subjectDigests, 'sha256') : undefined;
  if (typeof digest !== 'string' || !HEX64.test(digest)) return bad('has a subject without a sha256 digest');

  const predicate = field(doc, 'predicate');
  if (!isObject(predicate)) return bad('has no predicate object');
  const ser = field(predicate, 'serialization');
  if (!isObject(ser)) return bad('has no predicate.serialization object');
  const method = field(ser, 'method');
  if (method !== 'files') {
    if (method === 'shards') bad('hashes the model by shards (serialization.method "shards"); model-build verifies signatures by files', 'verify it with `model_signing verify`, or sign by files');
    bad(`has serialization.method ${typeof method === 'string' ? quoted(method) : 'missing'}; expected "files"`);
  }
  const hashType = field(ser, 'hash_type');
  if (hashType !== 'sha256') bad(`has serialization.hash_type ${typeof hashType === 'string' ? quoted(hashType) : 'missing'}; model-build verifies sha256`, 'sign with sha256 (model_signing\'s default)');
  const allowSymlinks = field(ser, 'allow_symlinks');
  if (typeof allowSymlinks !== 'boolean') bad('has no boolean serialization.allow_symlinks');
  const ignoreRaw = field(ser, 'ignore_paths');
  let ignore: string[] | undefined;
  if (ignoreRaw !== undefined) {
    if (!Array.isArray(ignoreRaw) || !ignoreRaw.every((p): p is string => typeof p === 'string')) return bad('has serialization.ignore_paths that is not a list of paths');
    ignore = ignoreRaw.map(normalizeIgnored);
    // "." or "" would leave everything out: a signature that covers nothing proves nothing.
    const wrong = ignore.find((p) => !isModelPath(p));
    if (wrong !== undefined) bad(`ignores ${quoted(wrong)}, which is not a path inside the model`);
  }

  const list = field(predicate, 'resources');
  if (!Array.isArray(list)) return bad('has no predicate.resources list');
  if (list.length === 0) bad('lists no files: it covers nothing');
  if (list.length > MAX_STATEMENT_RESOURCES) bad(`lists ${list.length} files, more than the limit of ${MAX_STATEMENT_RESOURCES}`);
  const resources: ModelResource[] = [];
  const seen = new Set<string>();
  list.forEach((r: unknown, i) => {
    const at = `predicate.resources[${i}]`;
    if (!isObject(r)) return bad(`has ${at} that is not an object`);
    const name = field(r, 'name');
    const algorithm = field(r, 'algorithm');
    const value = field(r, 'digest');
    if (typeof name !== 'string' || !isModelPath(name)) return bad(`has ${at}.name ${typeof name === 'string' ? quoted(name) : 'missing'}: not a path inside the model`);
    if (algorithm !== 'sha256') return bad(`has ${at}.algorithm ${typeof algorithm === 'string' ? quoted(algorithm) : 'missing'}; serialization.hash_type is sha256`);
    if (typeof value !== 'string' || !HEX64.test(value)) return bad(`has ${at}.digest that is not a sha256 in hex`);
    if (seen.has(name)) return bad(`lists ${quoted(name)} twice`);
    seen.add(name);
    resources.push({ name, algorithm, digest: value.toLowerCase() });
  });
  const recomputed = subjectDigest(resources);
  if (recomputed !== digest.toLowerCase()) {
    bad(`is inconsistent: its subject digest is ${digest.toLowerCase()}, but its files hash to ${recomputed}`, 'the statement was edited after it was made; do not trust this signature');
  }
  return {
    modelName,
    digest: recomputed,
    serialization: { method: 'files', hash_type: 'sha256', allow_symlinks: allowSymlinks as boolean, ...(ignore ? { ignore_paths: ignore } : {}) },
    resources,
  };
}

/** `./x/` → `x`, as model_signing joins ignored paths onto the model folder. */
function normalizeIgnored(p: string): string {
  let q = p;
  while (q.startsWith('./')) q = q.slice(2);
  while (q.endsWith('/') && q.length > 1) q = q.slice(0, -1);
  return q;
}
