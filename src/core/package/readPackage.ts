import { createHash } from 'node:crypto';
import { ModelBuildError } from '../errors.js';
import { loadModelFrom, type LoadedModel, type LoadModelOptions } from '../predict/loadModel.js';
import { compareBytes } from '../util/paths.js';
import { formatSize, regularFile } from '../util/regularFile.js';
import { METADATA_FORMAT, type PackageMetadata } from './metadata.js';
import { validateMetadata } from './writePackage.js';
import { readZip, ZipFile, type ZipListing } from './zip.js';

/**
 * Size limits of a package's JSON files, checked on the sizes the archive declares before
 * anything is inflated: JSON.parse needs the whole text and several times its size in memory.
 * model-build writes files far below these; a larger one was not written by it.
 */
export const PACKAGE_JSON_LIMITS: Readonly<Record<string, number>> = {
  // The resolved config, digests and metrics: kilobytes in practice.
  'metadata.json': 16 * 1024 ** 2,
  // Sketches per column (up to ~30 KiB each) for up to 10 000 columns.
  'profile.json': 256 * 1024 ** 2,
};
/** Any other JSON file in a package (preprocessor, model topology, metrics, lockfile). */
export const PACKAGE_JSON_DEFAULT_LIMIT = 64 * 1024 ** 2;

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
  // Not a device or pipe (which would never end); the zip reader then reads only what it checks.
  regularFile(archive, { what: 'the package', missingHint: 'name the .zip written by `model-build build`' });
  let zip: ZipFile;
  try {
    zip = new ZipFile(archive);
  } catch (e) {
    throw new ModelBuildError('FILE_UNREADABLE', `cannot read the package (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, { file: archive });
  }
  let digest: string;
  let entries: Map<string, Buffer>;
  try {
    entries = new Map(readZip(zip, { display: archive, accept: (listing) => checkJsonSizes(archive, listing) }).map((e) => [e.name, e.data]));
    // Every byte was accounted for by the reader (no prepended or hidden data), so hashing the
    // whole file is bounded by the archive limits.
    digest = fileDigest(zip);
  } finally {
    zip.close();
  }
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
  try {
    validateMetadata(metadata, 'metadata.json');
  } catch (e) {
    if (!ModelBuildError.is(e)) throw e;
    throw new ModelBuildError(e.code, e.message, { file: archive, hint: e.hint, details: [...e.details] });
  }
  for (const [name, digest] of Object.entries(metadata.files)) {
    const data = entries.get(name);
    if (!data || `sha256:${sha256(data)}` !== digest) throw invalid(archive, `metadata.json records ${name} with a digest the archive does not match`);
  }
  return {
    archive,
    digest: `sha256:${digest}`,
    contentDigest: `sha256:${sha256(manifestBytes)}`,
    metadata,
    files: [...entries]
      .sort((a, b) => compareBytes(a[0], b[0]))
      .map(([name, data]) => ({ name, size: data.length, sha256: sha256(data) })),
    entries,
  };
}

/** Refuses JSON entries declared larger than their limit, before any is inflated. */
function checkJsonSizes(archive: string, listing: ZipListing[]): void {
  for (const e of listing) {
    if (!e.name.endsWith('.json')) continue;
    const limit = PACKAGE_JSON_LIMITS[e.name] ?? PACKAGE_JSON_DEFAULT_LIMIT;
    if (e.size > limit) {
      throw invalid(archive, `${e.name} declares ${formatSize(e.size)}, more than the limit of ${formatSize(limit)} for this file`, 'model-build never writes a file this large: the package was not written by it, or was tampered with');
    }
  }
}

/** sha256 (hex) of the whole archive file, read in 1 MiB pieces. */
function fileDigest(zip: ZipFile): string {
  const hash = createHash('sha256');
  const piece = 1 << 20;
  for (let at = 0; at < zip.size; at += piece) hash.update(zip.read(at, Math.min(piece, zip.size - at)));
  return hash.digest('hex');
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
  const entry = (name: string) => (name === 'preprocessor.json' ? name : `model/${name}`);
  return loadModelFrom(
    (name) => {
      const data = entries.get(entry(name));
      if (!data) throw invalid(archive, `the package has no ${entry(name)}`);
      return data;
    },
    options,
    (name) => `${archive} (${entry(name)})`,
  );
}
