import type { InspectedPackage } from '../package/readPackage.js';
import { compareBytes } from '../util/paths.js';
import { diffJson, shorten, type FieldDifference } from './jsonDiff.js';

export interface FileDifference {
  file: string;
  /** sha256 in the reference, or null when the file is only in the rebuild. */
  expected: string | null;
  actual: string | null;
  /**
   * For a JSON file in both packages: the fields that differ (at most JSON_DIFF_LIMITS.MAX_FIELDS);
   * for MODEL_CARD.md and predict.mjs: the first differing line (`line N`).
   */
  fields?: FieldDifference[];
  /** Differing fields not listed in `fields`. */
  moreFields?: number;
}

export interface TensorDifference {
  name: string;
  /** Largest absolute difference between the two weight tensors (Infinity when shapes differ). */
  maxAbsDiff: number;
}

export interface MetricDifference {
  metric: string;
  expected: number;
  actual: number;
  delta: number;
}

export interface PackageComparison {
  identical: boolean;
  /** Same contents with different archive bytes: only compression or zip metadata differ. */
  sameContents: boolean;
  files: FileDifference[];
  tensors: TensorDifference[];
  metrics: MetricDifference[];
  /** Likely causes, most specific first. */
  causes: string[];
}

type Opened = InspectedPackage & { entries: Map<string, Buffer> };

/** Compares a rebuild with a reference package and names the likely cause of any difference. */
export function comparePackages(reference: Opened, rebuild: Opened): PackageComparison {
  const ref = new Map(reference.files.map((f) => [f.name, f.sha256]));
  const now = new Map(rebuild.files.map((f) => [f.name, f.sha256]));
  const files: FileDifference[] = [];
  for (const name of [...new Set([...ref.keys(), ...now.keys()])].sort(compareBytes)) {
    if (ref.get(name) === now.get(name)) continue;
    const diff: FileDifference = { file: name, expected: ref.get(name) ?? null, actual: now.get(name) ?? null };
    const [x, y] = [reference.entries.get(name), rebuild.entries.get(name)];
    const fields = name.endsWith('.json') ? jsonFields(x, y) : /\.(md|mjs)$/.test(name) ? firstLine(x, y) : null;
    if (fields) Object.assign(diff, { fields: fields.fields }, fields.more > 0 ? { moreFields: fields.more } : {});
    files.push(diff);
  }
  const weightsDiffer = files.some((f) => f.file === 'model/weights.bin');
  const tensors = weightsDiffer ? tensorDifferences(reference.entries, rebuild.entries) : [];
  const metrics: MetricDifference[] = [];
  for (const [metric, expected] of Object.entries(reference.metadata.metrics)) {
    const actual = rebuild.metadata.metrics[metric];
    if (typeof expected === 'number' && typeof actual === 'number' && expected !== actual) {
      metrics.push({ metric, expected, actual, delta: actual - expected });
    }
  }
  return {
    identical: reference.digest === rebuild.digest,
    sameContents: reference.contentDigest === rebuild.contentDigest,
    files,
    tensors,
    metrics,
    causes: likelyCauses(reference, rebuild, files),
  };
}

/** The JSON-aware difference of one file, or null when either side is absent or not JSON. */
function jsonFields(a: Buffer | undefined, b: Buffer | undefined) {
  if (!a || !b) return null;
  try {
    return diffJson(JSON.parse(a.toString('utf8')), JSON.parse(b.toString('utf8')));
  } catch {
    return null;
  }
}

/** For a text file in both packages: its first differing line, as `line N`. */
function firstLine(a: Buffer | undefined, b: Buffer | undefined) {
  if (!a || !b) return null;
  const la = a.toString('utf8').split('\n');
  const lb = b.toString('utf8').split('\n');
  const i = la.findIndex((l, n) => l !== lb[n]);
  const at = i === -1 ? la.length : i; // a prefix of the other: the first extra line
  const [x, y] = [la[at], lb[at]];
  // Start a little before the first differing character, so the difference survives shortening.
  let col = 0;
  while (x !== undefined && y !== undefined && col < x.length && x[col] === y[col]) col++;
  const from = Math.max(0, col - 16);
  const cut = (l: string | undefined) => (l === undefined ? '(absent)' : shorten(`${from > 0 ? '…' : ''}${l.slice(from)}`));
  return { fields: [{ path: `line ${at + 1}`, expected: cut(x), actual: cut(y) }], more: 0 };
}

/** `metrics.json /runtime/fallbacks`: where the bytes differ, by file and field. */
function whereFilesDiffer(files: FileDifference[]): string {
  // MANIFEST.sha256 and metadata.json's /files list the other files' digests: consequences, not causes.
  const consequence = (f: FileDifference, path: string) => f.file === 'metadata.json' && path.startsWith('/files/');
  return files
    .filter((f) => f.file !== 'MANIFEST.sha256' && !(f.fields?.length && !f.moreFields && f.fields.every((x) => consequence(f, x.path))))
    .map((f) => {
      const own = (f.fields ?? []).filter((x) => !consequence(f, x.path));
      return own.length ? `${f.file} ${own.map((x) => x.path).join(', ')}${f.moreFields ? ` (+${f.moreFields} more)` : ''}` : f.file;
    })
    .join('; ');
}

function likelyCauses(a: Opened, b: Opened, files: FileDifference[]): string[] {
  if (a.digest === b.digest) return [];
  const ma = a.metadata;
  const mb = b.metadata;
  const causes: string[] = [];
  if (ma.code.tree !== mb.code.tree) causes.push(`different code: tree ${ma.code.tree.slice(0, 12)} vs ${mb.code.tree.slice(0, 12)}`);
  else if (ma.code.commit !== mb.code.commit) causes.push(`different commit with the same code: ${ma.code.commit.slice(0, 12)} vs ${mb.code.commit.slice(0, 12)}`);
  if (ma.config.digest !== mb.config.digest) causes.push('different config file');
  const dataA = JSON.stringify(ma.data.map((d) => [d.path, d.hash]));
  const dataB = JSON.stringify(mb.data.map((d) => [d.path, d.hash]));
  if (dataA !== dataB) causes.push('different data: the data hashes differ');
  if (ma.training.backend !== mb.training.backend) causes.push(`different backend: ${ma.training.backend} vs ${mb.training.backend} (numbers differ by backend)`);
  else if (ma.training.backendVersion !== mb.training.backendVersion) causes.push(`different backend version: ${ma.training.backendVersion} vs ${mb.training.backendVersion}`);
  else if (ma.training.simd !== mb.training.simd) causes.push(`different WebAssembly SIMD: ${ma.training.simd ? 'on' : 'off'} vs ${mb.training.simd ? 'on' : 'off'} (numbers may differ)`);
  if (ma.training.tfjsVersion !== mb.training.tfjsVersion) causes.push(`different TensorFlow.js: ${ma.training.tfjsVersion} vs ${mb.training.tfjsVersion}`);
  if (ma.training.seed !== mb.training.seed) causes.push(`different seed: ${ma.training.seed} vs ${mb.training.seed}`);
  const trainerOf = (m: typeof ma) => (m.training.trainer ? (m.training.trainer.name === 'dense' ? `the dense trainer with ${m.training.trainer.shards} shards` : 'TensorFlow.js') : 'TensorFlow.js (a model-build from before the dense trainer)');
  if (trainerOf(ma) !== trainerOf(mb)) causes.push(`different trainer: ${trainerOf(ma)} vs ${trainerOf(mb)}`);
  if (ma.environment.lockfileDigest !== mb.environment.lockfileDigest) {
    const deps = Object.keys({ ...ma.environment.dependencies, ...mb.environment.dependencies })
      .filter((k) => ma.environment.dependencies[k] !== mb.environment.dependencies[k])
      .map((k) => `${k} ${ma.environment.dependencies[k] ?? 'absent'} vs ${mb.environment.dependencies[k] ?? 'absent'}`);
    causes.push(`different dependency versions${deps.length ? `: ${deps.join(', ')}` : ' (lockfile)'}`);
  }
  if (ma.createdBy.version !== mb.createdBy.version) causes.push(`different model-build version: ${ma.createdBy.version} vs ${mb.createdBy.version}`);
  if (ma.environment.node !== mb.environment.node) causes.push(`different Node.js: ${ma.environment.node} vs ${mb.environment.node}`);
  if (ma.timestamp !== mb.timestamp) causes.push(`different timestamp: ${ma.timestamp} vs ${mb.timestamp} (set SOURCE_DATE_EPOCH, or build from the same commit)`);
  if (ma.code.ref !== mb.code.ref) causes.push(`different ref recorded: ${ma.code.ref ?? 'detached'} vs ${mb.code.ref ?? 'detached'}`);
  if (causes.length === 0) {
    if (a.contentDigest === b.contentDigest) causes.push('same contents, different archive bytes: a different zlib (Node.js build) compressed them differently');
    else if (files.some((f) => f.file === 'model/weights.bin')) causes.push('the weights differ with identical inputs: training is not deterministic here (a custom model module with unseeded initializers or dropout?)');
    else causes.push(`files differ with identical recorded inputs: ${whereFilesDiffer(files) || files.map((f) => f.file).join(', ')}`);
  }
  return causes;
}

interface WeightSpec {
  name: string;
  shape: number[];
  dtype: string;
}

function tensorDifferences(a: Map<string, Buffer>, b: Map<string, Buffer>): TensorDifference[] {
  const tensors = (entries: Map<string, Buffer>) => {
    const model = JSON.parse(entries.get('model/model.json')?.toString('utf8') ?? '{}') as { weightsManifest?: Array<{ weights: WeightSpec[] }> };
    const bin = entries.get('model/weights.bin') ?? Buffer.alloc(0);
    const out = new Map<string, { shape: number[]; values: Float32Array | null }>();
    let offset = 0;
    for (const spec of (model.weightsManifest ?? []).flatMap((m) => m.weights)) {
      const count = spec.shape.reduce((x, y) => x * y, 1);
      const bytes = count * 4; // float32 and int32 are both 4 bytes; only float32 is compared
      const slice = bin.subarray(offset, offset + bytes);
      offset += bytes;
      const values = spec.dtype === 'float32' && slice.length === bytes ? new Float32Array(Uint8Array.from(slice).buffer) : null;
      out.set(spec.name, { shape: spec.shape, values });
    }
    return out;
  };
  const ta = tensors(a);
  const tb = tensors(b);
  const result: TensorDifference[] = [];
  for (const name of [...new Set([...ta.keys(), ...tb.keys()])].sort(compareBytes)) {
    const x = ta.get(name);
    const y = tb.get(name);
    if (!x || !y || x.shape.join() !== y.shape.join() || !x.values || !y.values) {
      result.push({ name, maxAbsDiff: Infinity });
      continue;
    }
    let max = 0;
    for (let i = 0; i < x.values.length; i++) max = Math.max(max, Math.abs(x.values[i]! - y.values[i]!));
    result.push({ name, maxAbsDiff: max });
  }
  return result;
}
