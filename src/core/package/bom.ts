/**
 * bom.cdx.json: a CycloneDX 1.6 ML-BOM of the package, from what the package already records.
 *
 * - The subject (`metadata.component`) is the model: a `machine-learning-model` component with a
 *   `modelCard` (parameters, validation metrics, considerations) and, as its parts, the three
 *   files `predict` loads (`model/model.json`, `model/weights.bin`, `preprocessor.json`) with
 *   their SHA-256.
 * - Each data path the build read is a `data` component whose identity is the digest its
 *   pointer records, in CycloneDX's own terms: DVC 3 md5 → `MD5`, Git LFS sha256 → `SHA-256`,
 *   a plain git blob → its gitoid (`omniborId`) and SWHID, which are defined as exactly that
 *   blob id. DVC 2 md5-dos2unix and DVC `.dir` digests are not digests of the bytes, so they
 *   stay in properties and are never claimed as hashes.
 * - The runtime dependencies are the shipped package-lock.json's packages, as `library`
 *   components with npm purls and the lockfile's integrity as hex hashes, and the dependency
 *   graph resolved the way npm resolves `node_modules`.
 *
 * Byte-deterministic: no clock (the timestamp is the archive's), arrays whose order carries no
 * meaning are sorted by byte order, and the serial number is a UUIDv5 of the document's own
 * digest, so the same package gives the same BOM and a different one a different serial.
 */
import { createHash } from 'node:crypto';
import type { Preprocessor } from '../features/preprocessor.js';
import type { Profile } from '../profile/profiler.js';
import { compareBytes } from '../util/paths.js';
import type { PackageMetadata } from './metadata.js';
import { describeInputs, readable, type InputField } from './schemas.js';

export const BOM_FILE = 'bom.cdx.json';
export const BOM_SPEC_VERSION = '1.6';

/** The package files the BOM lists as the model's parts: what `predict` loads. */
export const MODEL_PART_FILES = ['model/model.json', 'model/weights.bin', 'preprocessor.json'] as const;

/** RFC 4122 name-based UUIDs need a namespace; ours is the URL namespace (RFC 4122 appendix C). */
const UUID_NAMESPACE_URL = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

export interface BomInput {
  /** The package's metadata; `files` need not be filled yet (the BOM's own digest goes there). */
  metadata: PackageMetadata;
  /** The package's files so far: the model parts and package-lock.json are read from here. */
  files: ReadonlyMap<string, Buffer>;
  /** The fitted preprocessor and training profile: the model's inputs and their training ranges. */
  preprocessor?: Preprocessor;
  profile?: Profile;
}

type Hash = { alg: HashAlg; content: string };
type HashAlg = 'MD5' | 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';
type Property = { name: string; value: string };
type Json = Record<string, unknown>;

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
const byName = (a: { name: string; value: string }, b: { name: string; value: string }) => compareBytes(a.name, b.name) || compareBytes(a.value, b.value);
const props = (entries: Array<[string, string | number | boolean | null | undefined]>): Property[] =>
  entries
    .filter((e): e is [string, string | number | boolean] => e[1] !== null && e[1] !== undefined)
    .map(([name, value]) => ({ name, value: String(value) }))
    .sort(byName);

/** The BOM as the file's text. */
export function bomText(input: BomInput): string {
  return `${JSON.stringify(cycloneDxBom(input), null, 2)}\n`;
}

/** The BOM as a JSON value: CycloneDX 1.6, JSON format. */
export function cycloneDxBom(input: BomInput): Json {
  const { metadata: m } = input;
  const libraries = lockfileLibraries(input.files.get('package-lock.json'));
  const data = m.data.map(dataComponent);
  const model = modelComponent(input, data.map((d) => d['bom-ref'] as string));
  const modelRef = model['bom-ref'] as string;
  const dependencies = [
    { ref: modelRef, dependsOn: libraries.direct },
    ...libraries.components.map((c) => ({ ref: c.ref, dependsOn: c.dependsOn })),
    ...data.map((d) => ({ ref: d['bom-ref'] as string, dependsOn: [] as string[] })),
  ]
    .map((d) => ({ ref: d.ref, ...(d.dependsOn.length > 0 ? { dependsOn: [...d.dependsOn].sort(compareBytes) } : {}) }))
    .sort((a, b) => compareBytes(a.ref, b.ref));
  const components = [...libraries.components.map((c) => c.component), ...data].sort((a, b) => compareBytes(a['bom-ref'] as string, b['bom-ref'] as string));
  const body = (serialNumber?: string): Json => ({
    $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
    bomFormat: 'CycloneDX',
    specVersion: BOM_SPEC_VERSION,
    ...(serialNumber ? { serialNumber } : {}),
    version: 1,
    metadata: {
      timestamp: m.timestamp,
      lifecycles: [{ phase: 'build' }],
      tools: {
        components: [
          { type: 'application', name: m.createdBy.tool, version: m.createdBy.version },
        ],
      },
      component: model,
    },
    components,
    dependencies,
  });
  // The serial number names this document: a UUIDv5 of the digest of everything else in it.
  return body(`urn:uuid:${uuidV5(UUID_NAMESPACE_URL, `urn:sha256:${sha256(JSON.stringify(body()))}`)}`);
}

/** The model: the BOM's subject, with its card and its files as parts. */
function modelComponent(input: BomInput, datasetRefs: string[]): Json {
  const { metadata: m, files } = input;
  const version = m.version ?? m.code.commit.slice(0, 12);
  const topology = parseJson(files.get('model/model.json')) as { modelTopology?: unknown; weightsManifest?: unknown } | undefined;
  const arch = describeArchitecture(topology?.modelTopology);
  const parameters = countParameters(topology?.weightsManifest);
  const fields = input.preprocessor ? describeInputs(input.preprocessor, input.profile) : [];
  const parts = MODEL_PART_FILES.filter((f) => files.has(f)).map((f) => ({
    type: 'file',
    'bom-ref': `file:${f}`,
    name: f,
    hashes: [{ alg: 'SHA-256', content: sha256(files.get(f)!) }],
  }));
  const repository = vcsUrl(m.code.repository);
  return {
    type: 'machine-learning-model',
    'bom-ref': `model:${m.name}@${version}`,
    name: m.name,
    version,
    ...(m.description ? { description: m.description } : {}),
    ...(repository
      ? { externalReferences: [{ type: 'vcs', url: `${repository}#${m.code.commit}`, comment: `built from commit ${m.code.commit} (tree ${m.code.tree})${m.code.ref ? ` on ${m.code.ref}` : ''}` }] }
      : {}),
    modelCard: {
      modelParameters: {
        approach: { type: 'supervised' },
        task: m.task === 'regression' ? 'regression' : 'classification',
        architectureFamily: arch.family,
        modelArchitecture: arch.description,
        ...(datasetRefs.length > 0 ? { datasets: [...datasetRefs].sort(compareBytes).map((ref) => ({ ref })) } : {}),
        ...(fields.length > 0 ? { inputs: fields.map((f) => ({ format: inputFormat(f) })) } : {}),
        outputs: outputFormats(m),
      },
      quantitativeAnalysis: {
        performanceMetrics: Object.entries(m.metrics)
          .filter((e): e is [string, number] => typeof e[1] === 'number')
          .sort((a, b) => compareBytes(a[0], b[0]))
          .map(([type, value]) => ({ type, value: String(value), slice: 'validation' })),
      },
      considerations: considerations(m, fields),
      properties: props([
        ['model-build:gates-passed', m.gatesPassed],
        ...m.gates.map((g): [string, string] => ['model-build:gate', `${g.metric} ${g.op} ${g.threshold}: ${g.passed ? 'passed' : 'failed'} (validation ${g.metric} ${g.actual})`]),
      ]),
    },
    properties: props([
      ['model-build:task', m.task],
      ['model-build:label', m.label],
      ['model-build:classes', m.classes ? JSON.stringify(m.classes) : null],
      ['model-build:parameters', parameters],
      ['model-build:seed', m.training.seed],
      ['model-build:backend', m.training.backend],
      ['model-build:backend-version', m.training.backendVersion],
      ['model-build:tfjs-version', m.training.tfjsVersion],
      ['model-build:simd', m.training.simd],
      ['model-build:epochs-run', m.training.epochsRun],
      ['model-build:best-epoch', m.training.bestEpoch],
      ['model-build:code:repository', m.code.repository],
      ['model-build:code:commit', m.code.commit],
      ['model-build:code:tree', m.code.tree],
      ['model-build:code:ref', m.code.ref],
      ['model-build:dirty', m.dirty ?? m.code.dirty],
      ['model-build:config:path', m.config.path],
      ['model-build:config:digest', m.config.digest],
      ['model-build:variant', m.variant?.id],
      ['model-build:variant:overrides', m.variant ? JSON.stringify(m.variant.overrides) : null],
      ['model-build:environment:node', m.environment.node],
      ['model-build:environment:platform', m.environment.platform],
      ['model-build:environment:arch', m.environment.arch],
      ['model-build:environment:lockfile-digest', m.environment.lockfileDigest],
    ]),
    ...(parts.length > 0 ? { components: parts } : {}),
  };
}

/** One data path the build read, identified by the digest of the bytes it read. */
function dataComponent(d: PackageMetadata['data'][number]): Json {
  // What was read: the pointer's digest when the check proved the bytes match it.
  const read = d.actual !== undefined ? d.actual : d.hash;
  const identity = digestIdentity(read);
  const versionedBy = d.kind === null ? 'not versioned' : d.kind === 'git' ? 'git' : d.kind === 'lfs' ? 'Git LFS' : 'DVC';
  return {
    type: 'data',
    'bom-ref': `data:${d.path}`,
    name: d.path,
    description: `data read by the build, versioned by ${versionedBy}${d.pointer && d.pointer !== d.path ? ` (${d.pointer})` : ''}`,
    ...identity,
    data: [{ type: 'dataset', name: d.path }],
    properties: props([
      ['model-build:data:kind', d.kind],
      ['model-build:data:pointer', d.pointer],
      ['model-build:data:recorded-digest', d.hash],
      ['model-build:data:read-digest', read],
      ['model-build:data:status', d.status],
      ['model-build:data:size', d.size],
      ['model-build:data:rows', d.rows],
    ]),
  };
}

/**
 * A recorded digest (`md5:`, `sha256:`, `git:`, …) in CycloneDX's terms. Only digests of the
 * raw bytes become `hashes`; a git blob id is exactly a gitoid and a SWHID content id.
 */
export function digestIdentity(digest: string | null | undefined): { hashes?: Hash[]; omniborId?: string[]; swhid?: string[] } {
  const m = digest ? /^([a-z0-9-]+):([0-9a-f]+)$/.exec(digest) : null;
  if (!m) return {}; // absent, or a DVC `.dir` listing digest: not a digest of bytes
  const [, kind, hex] = m as unknown as [string, string, string];
  if (kind === 'md5' && hex.length === 32) return { hashes: [{ alg: 'MD5', content: hex }] };
  if (kind === 'sha256' && hex.length === 64) return { hashes: [{ alg: 'SHA-256', content: hex }] };
  if (kind === 'git' && hex.length === 40) return { omniborId: [`gitoid:blob:sha1:${hex}`], swhid: [`swh:1:cnt:${hex}`] };
  if (kind === 'git' && hex.length === 64) return { omniborId: [`gitoid:blob:sha256:${hex}`] };
  return {}; // md5-dos2unix: DVC 2's digest of the text with CRLF turned to LF, not of the bytes
}

interface LockedLibrary {
  ref: string;
  component: Json;
  dependsOn: string[];
}

/** The lockfile's packages as library components, deduplicated by purl, with npm's resolution for the graph. */
function lockfileLibraries(lockBytes: Buffer | undefined): { components: LockedLibrary[]; direct: string[] } {
  const lock = parseJson(lockBytes) as { packages?: Record<string, { version?: string; integrity?: string; license?: string; dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> }> } | undefined;
  const packages = lock?.packages ?? {};
  const purlAt = new Map<string, string>();
  const byPurl = new Map<string, LockedLibrary>();
  for (const [at, p] of Object.entries(packages)) {
    if (at === '' || !p.version) continue;
    const name = at.slice(at.lastIndexOf('node_modules/') + 'node_modules/'.length);
    const purl = npmPurl(name, p.version);
    purlAt.set(at, purl);
    if (byPurl.has(purl)) continue;
    const scope = name.startsWith('@') ? name.slice(0, name.indexOf('/')) : undefined;
    const hashes = integrityHashes(p.integrity);
    byPurl.set(purl, {
      ref: purl,
      dependsOn: [],
      component: {
        type: 'library',
        'bom-ref': purl,
        ...(scope ? { group: scope } : {}),
        name: scope ? name.slice(scope.length + 1) : name,
        version: p.version,
        ...(hashes.length > 0 ? { hashes } : {}),
        ...(p.license ? { licenses: licenseChoice(p.license) } : {}),
        purl,
      },
    });
  }
  // npm resolves a dependency from the nearest node_modules up the tree.
  const resolve = (from: string, dep: string): string | undefined => {
    for (let base = from; ; ) {
      const hit = purlAt.get(`${base ? `${base}/` : ''}node_modules/${dep}`);
      if (hit) return hit;
      if (base === '') return undefined;
      const up = base.lastIndexOf('/node_modules/');
      base = up < 0 ? '' : base.slice(0, up);
    }
  };
  for (const [at, p] of Object.entries(packages)) {
    const lib = at === '' ? undefined : byPurl.get(purlAt.get(at) ?? '');
    if (!lib) continue;
    for (const dep of Object.keys({ ...p.dependencies, ...p.optionalDependencies })) {
      const target = resolve(at, dep);
      if (target && target !== lib.ref && !lib.dependsOn.includes(target)) lib.dependsOn.push(target);
    }
  }
  const root = packages[''];
  const direct = Object.keys({ ...root?.dependencies, ...root?.optionalDependencies })
    .map((d) => resolve('', d))
    .filter((r): r is string => r !== undefined);
  return { components: [...byPurl.values()], direct: [...new Set(direct)] };
}

/**
 * purl for an npm package (purl-spec, npm type): the scope is the namespace with its `@`
 * percent-encoded, namespace and name lowercased; `:` and, in the version, `+` stay as they are.
 */
export function npmPurl(name: string, version: string): string {
  const enc = (s: string) => encodeURIComponent(s).replace(/%3A/g, ':');
  const lower = name.toLowerCase();
  const slash = lower.startsWith('@') ? lower.indexOf('/') : -1;
  const path = slash > 0 ? `${enc(lower.slice(0, slash))}/${enc(lower.slice(slash + 1))}` : enc(lower);
  return `pkg:npm/${path}@${enc(version).replace(/%2B/g, '+')}`;
}

/** Subresource-integrity strings (`sha512-<base64>`, space-separated) as hex hashes. */
export function integrityHashes(integrity: string | undefined): Hash[] {
  const algs: Record<string, HashAlg> = { sha1: 'SHA-1', sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512' };
  const out: Hash[] = [];
  for (const part of (integrity ?? '').split(/\s+/)) {
    const m = /^(sha1|sha256|sha384|sha512)-([A-Za-z0-9+/]+={0,2})$/.exec(part);
    if (!m) continue;
    const alg = algs[m[1]!]!;
    const content = Buffer.from(m[2]!, 'base64').toString('hex');
    if (!out.some((h) => h.alg === alg)) out.push({ alg, content });
  }
  return out.sort((a, b) => compareBytes(a.alg, b.alg));
}

/** A lockfile license string: an SPDX expression where it looks like one, otherwise a named license. */
function licenseChoice(license: string): Json[] {
  const tokens = license.trim().split(/\s+/);
  const spdxLike = tokens.every((t) => /^(AND|OR|WITH)$/.test(t) || /^\(*[A-Za-z0-9][A-Za-z0-9.+-]*\)*$/.test(t)) && !/^(SEE|UNLICENSED)$/i.test(tokens[0] ?? '');
  return spdxLike ? [{ expression: license.trim() }] : [{ license: { name: license } }];
}

/** A git remote as a URL a BOM can carry: scp-like `user@host:path` becomes `ssh://user@host/path`. */
export function vcsUrl(remote: string | null): string | null {
  if (!remote) return null;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(remote)) return remote;
  const scp = /^([^@/:]+@)?([^/:]+):(?!\/\/)(.+)$/.exec(remote);
  if (scp && !/^[a-z]:[\\/]/i.test(remote)) return `ssh://${scp[1] ?? ''}${scp[2]}/${scp[3]!.replace(/^\//, '')}`;
  if (remote.startsWith('/')) return `file://${remote.split('/').map(encodeURIComponent).join('/')}`;
  return null; // a relative local path names nothing outside this machine
}

interface LayerJson {
  class_name?: string;
  config?: { units?: number; activation?: string; rate?: number; batch_input_shape?: Array<number | null>; layers?: LayerJson[] };
}

/** The architecture from model.json's topology, so a user module's model is described as it is. */
function describeArchitecture(topology: unknown): { family: string; description: string } {
  const t = topology as LayerJson | undefined;
  const layers = (Array.isArray(t?.config) ? (t?.config as LayerJson[]) : t?.config?.layers) ?? [];
  if (layers.length === 0) return { family: 'neural network', description: 'TensorFlow.js layers model' };
  const kinds = layers.map((l) => l.class_name ?? 'Layer');
  const family = kinds.every((k) => ['Dense', 'Dropout', 'InputLayer', 'Activation', 'BatchNormalization'].includes(k))
    ? 'multilayer perceptron'
    : kinds.some((k) => /^Conv/.test(k))
      ? 'convolutional neural network'
      : kinds.some((k) => /^(LSTM|GRU|SimpleRNN|Bidirectional)$/.test(k))
        ? 'recurrent neural network'
        : 'neural network';
  const width = layers.map((l) => l.config?.batch_input_shape).find((s) => Array.isArray(s))?.[1];
  const steps = layers
    .filter((l) => l.class_name !== 'InputLayer')
    .map((l) => {
      const c = l.config ?? {};
      if (l.class_name === 'Dense') return `Dense(${c.units ?? '?'}${c.activation ? `, ${c.activation}` : ''})`;
      if (l.class_name === 'Dropout') return `Dropout(${c.rate ?? '?'})`;
      return l.class_name ?? 'Layer';
    });
  const head = typeof width === 'number' ? [`${width} inputs`] : [];
  return { family, description: `${t?.class_name ?? 'Model'}: ${[...head, ...steps].join(' → ')}` };
}

/** Trainable and other weights, counted from the weights manifest's shapes. */
function countParameters(manifest: unknown): number | null {
  if (!Array.isArray(manifest)) return null;
  let n = 0;
  for (const group of manifest as Array<{ weights?: Array<{ shape?: number[] }> }>) {
    for (const w of group.weights ?? []) n += (w.shape ?? []).reduce((a, b) => a * b, 1);
  }
  return n;
}

function inputFormat(f: InputField): string {
  switch (f.kind) {
    case 'categorical': {
      const c = f.categories ?? [];
      return `${f.name}: string, one of ${c.length <= 30 ? c.join(', ') : `${c.length} categories (see input.schema.json)`}`;
    }
    case 'bucketized':
      return `${f.name}: number, bucketized at ${(f.boundaries ?? []).map(readable).join(', ')}`;
    default:
      return `${f.name}: ${f.type}`;
  }
}

function outputFormats(m: PackageMetadata): Array<{ format: string }> {
  if (m.task === 'regression') return [{ format: `value: number, the predicted ${m.label}` }];
  const classes = m.classes ?? [];
  return [
    { format: `label: string, the most probable ${m.label}${classes.length > 0 && classes.length <= 30 ? `: one of ${classes.join(', ')}` : ''}` },
    { format: `probabilities: object, each class of ${m.label} with its probability (they sum to 1)` },
  ];
}

function considerations(m: PackageMetadata, fields: InputField[]): Json {
  const limitations: string[] = [];
  if (m.dirty) limitations.push(`Not a clean build (forced with --allow-dirty); it cannot be reproduced from the recorded versions: ${(m.problems ?? []).join('; ') || 'the working tree was dirty'}`);
  for (const f of fields) {
    if (f.range) limitations.push(`${f.name} ranged from ${readable(f.range[0])} to ${readable(f.range[1])} in training; outside that range the model extrapolates`);
    if (f.kind === 'categorical') limitations.push(`${f.name}: categories not seen in training, and missing values, share one slot`);
  }
  limitations.push(
    `Trained and evaluated with TensorFlow.js ${m.training.tfjsVersion} on the ${m.training.backend} backend; other backends may give slightly different numbers`,
  );
  return {
    ...(m.intendedUse ? { useCases: [m.intendedUse] } : {}),
    technicalLimitations: limitations,
  };
}

/** RFC 4122 version 5 (SHA-1, name-based) UUID. */
export function uuidV5(namespace: string, name: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const b = createHash('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16);
  b[6] = (b[6]! & 0x0f) | 0x50;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function parseJson(bytes: Buffer | undefined): unknown {
  if (!bytes) return undefined;
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
}
