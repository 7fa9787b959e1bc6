import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ModelBuildError } from '../errors.js';
import { loadModelFrom, type LoadedModel, type LoadModelOptions } from '../predict/loadModel.js';
import { compareBytes } from '../util/paths.js';
import { METADATA_FORMAT, type PackageMetadata } from './metadata.js';
import { validateMetadata } from './writePackage.js';
import { readZip } from './zip.js';

export interface PackageFile {
  name: string;
  size: number;
  sha256: string;
}

export interface InspectedPackage {
  archive: string;
  /** sha256 of the archive bytes. */
  digest: string;
  /** sha256 of MANIFEST.sha256: the contents, whatever the compression. */
  contentDigest: string;
  metadata: PackageMetadata;
  files: PackageFile[];
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

function invalid(archive: string, message: string, hint?: string): ModelBuildError {
  return new ModelBuildError('PACKAGE_INVALID', message, { file: archive, hint: hint ?? 'rebuild the package, or fetch it again from where it was published' });
}

/**
 * Opens a package and proves it whole: a safe zip (no traversal, links, duplicates or bombs),
 * every file listed in MANIFEST.sha256 with a matching digest, and metadata that matches its
 * schema and a format this version reads. Reads only; writes nothing anywhere.
 */
export function readPackage(archive: string): InspectedPackage & { entries: Map<string, Buffer> } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(archive);
  } catch (e) {
    throw new ModelBuildError('FILE_UNREADABLE', `cannot read the package (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, { file: archive });
  }
  const entries = new Map(readZip(bytes, { display: archive }).map((e) => [e.name, e.data]));
  const manifestBytes = entries.get('MANIFEST.sha256');
  if (!manifestBytes) throw invalid(archive, 'the archive has no MANIFEST.sha256: it is not a model-build package');
  const listed = new Map<string, string>();
  manifestBytes
    .toString('utf8')
    .split('\n')
    .filter((l) => l !== '')
    .forEach((line, i) => {
      const m = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
      if (!m) throw invalid(archive, `MANIFEST.sha256 line ${i + 1} is not "<sha256>  <path>"`);
      listed.set(m[2]!, m[1]!);
    });
  for (const [name, data] of entries) {
    if (name === 'MANIFEST.sha256') continue;
    const expected = listed.get(name);
    if (!expected) throw invalid(archive, `${name} is in the archive but not in MANIFEST.sha256: the package was altered`);
    if (sha256(data) !== expected) throw invalid(archive, `${name} does not match its digest in MANIFEST.sha256: the package was tampered with or damaged`);
  }
  for (const name of listed.keys()) {
    if (!entries.has(name)) throw invalid(archive, `${name} is listed in MANIFEST.sha256 but missing from the archive`);
  }
  const metaBytes = entries.get('metadata.json');
  if (!metaBytes) throw invalid(archive, 'the archive has no metadata.json');
  let metadata: unknown;
  try {
    metadata = JSON.parse(metaBytes.toString('utf8'));
  } catch {
    throw invalid(archive, 'metadata.json is not valid JSON');
  }
  const format = (metadata as { format?: unknown })?.format;
  if (typeof format === 'number' && format > METADATA_FORMAT) {
    throw invalid(archive, `metadata.json has format ${format}; this model-build reads up to format ${METADATA_FORMAT}`, 'upgrade model-build to read this package');
  }
  validateMetadata(metadata, `${archive}: metadata.json`);
  for (const [name, digest] of Object.entries(metadata.files)) {
    const data = entries.get(name);
    if (!data || `sha256:${sha256(data)}` !== digest) throw invalid(archive, `metadata.json records ${name} with a digest the archive does not match`);
  }
  return {
    archive,
    digest: `sha256:${sha256(bytes)}`,
    contentDigest: `sha256:${sha256(manifestBytes)}`,
    metadata,
    files: [...entries]
      .sort((a, b) => compareBytes(a[0], b[0]))
      .map(([name, data]) => ({ name, size: data.length, sha256: sha256(data) })),
    entries,
  };
}

/** Like readPackage, but answers instead of throwing for a damaged package. */
export function verifyPackage(archive: string): { ok: true; package: InspectedPackage } | { ok: false; error: ModelBuildError } {
  try {
    const { entries: _entries, ...inspected } = readPackage(archive);
    return { ok: true, package: inspected };
  } catch (e) {
    if (ModelBuildError.is(e)) return { ok: false, error: e };
    throw e;
  }
}

/** Loads the model straight from a verified package, without unpacking it to disk. */
export async function loadPackagedModel(archive: string, options: LoadModelOptions = {}): Promise<LoadedModel> {
  const { entries } = readPackage(archive);
  return loadModelFrom((name) => {
    const data = entries.get(name === 'preprocessor.json' ? name : `model/${name}`);
    if (!data) throw invalid(archive, `the package has no ${name}`);
    return data;
  }, options);
}
