/**
 * Zip archives for model packages: a byte-for-byte reproducible writer and a safe reader for
 * untrusted archives. Packages are tens of MB at most, so entries are read into memory; the
 * reader finds the archive from its tail and reads only what it validates (see ZipSource).
 *
 * Writer (see REFERENCE.md, "Reproducible archives"): entries sorted by UTF-8 byte order, one
 * fixed DOS timestamp (UTC, 1980…2107, 2-second resolution), modes normalized to 0644 / 0755,
 * made-by Unix, UTF-8 flag, no extra fields, no data descriptors, no comment, no ZIP64.
 * Deflate output may differ between zlib builds, so callers should also record a digest of
 * the uncompressed contents.
 *
 * Reader: refuses (ModelBuildError `PACKAGE_INVALID`) anything it cannot vouch for: truncated or
 * inconsistent structures, ZIP64, multi-disk, encryption, methods other than stored/deflate,
 * zip-slip and otherwise unsafe names, symlinks and special files, duplicate or colliding names,
 * overlapping entries, bytes before the first entry (polyglots) or between entries, zip bombs (declared sizes are checked before anything is inflated, and
 * inflating cannot go past the declared size), size and CRC-32 mismatches. Folder entries
 * (`name/`, empty) are validated like files and then skipped: model-build never writes them,
 * but ordinary zip tools do.
 */
import { closeSync, fstatSync, fsyncSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { ModelBuildError } from '../errors.js';

export interface ZipInputEntry {
  /** Relative path with `/` separators, e.g. `model/weights.bin`. */
  name: string;
  data: Buffer;
  /** Mode 0755 instead of 0644. */
  executable?: boolean;
}

export interface WriteZipOptions {
  /** Timestamp of every entry, seconds since the epoch (e.g. SOURCE_DATE_EPOCH). Read as UTC. */
  mtime: number;
  /** Deflate level 0-9 (default 9). 0 stores every entry uncompressed. */
  level?: number;
}

export interface ZipEntry {
  name: string;
  /** Uncompressed, CRC-checked contents. */
  data: Buffer;
  /** Permission bits (e.g. 0o644, 0o755); 0o644 when the archive records none. */
  mode: number;
  /** Seconds since the epoch, the DOS timestamp read as UTC (even seconds). */
  mtime: number;
}

export interface ZipListing {
  name: string;
  /** Uncompressed size as declared by the central directory. */
  size: number;
  compressedSize: number;
  /** 0 = stored, 8 = deflate. */
  method: 0 | 8;
  crc32: number;
  mode: number;
  mtime: number;
}

export interface ReadZipOptions {
  /** Refuse archives whose declared uncompressed total exceeds this (default 2 GiB). */
  maxTotalBytes?: number;
  /** Refuse any entry declaring more than this many uncompressed bytes (default 1 GiB). */
  maxEntryBytes?: number;
  /** Refuse entries over 1 MiB that compress better than this ratio (default 200, i.e. 200:1). */
  maxRatio?: number;
  /** Refuse archives with more entries than this, folder entries included (default 10 000). */
  maxEntries?: number;
  /** Refuse a central directory larger than this many bytes (default 64 MiB); it is read whole. */
  maxCentralDirectoryBytes?: number;
  /** Shown as the file in errors, e.g. the archive's path. */
  display?: string;
}

export const ZIP_DEFAULT_LIMITS = {
  maxTotalBytes: 2 * 1024 ** 3,
  maxEntryBytes: 1024 ** 3,
  maxRatio: 200,
  maxEntries: 10_000,
  // 10 000 entries with names of a few KiB each; model-build's own is a few KiB.
  maxCentralDirectoryBytes: 64 * 1024 ** 2,
} as const;

/** Entries at or below this size are exempt from the ratio check (tiny files compress wildly). */
const RATIO_EXEMPT_BYTES = 1024 * 1024;

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_DATA_DESCRIPTOR = 0x08074b50;
const ZIP64_LOCATOR_SIZE = 20;
const EOCD_SIZE = 22;
const LOCAL_SIZE = 30;
const CENTRAL_SIZE = 46;
/** EOCD plus the longest possible archive comment. */
const EOCD_SEARCH = EOCD_SIZE + 0xffff;
const U32_MAX = 0xffffffff;
const U16_MAX = 0xffff;

const FLAG_ENCRYPTED = 0x0001;
const FLAG_DATA_DESCRIPTOR = 0x0008;
const FLAG_STRONG_ENCRYPTION = 0x0040;
const FLAG_UTF8 = 0x0800;

const HOST_UNIX = 3;
const VERSION_MADE_BY = (HOST_UNIX << 8) | 20;
const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;

const EXTRA_ZIP64 = 0x0001;
const EXTRA_UNICODE_PATH = 0x7075;

// ---------------------------------------------------------------------------------------------
// CRC-32 (IEEE 802.3, as zip and gzip use it). zlib.crc32 only exists from Node 22.2.

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** CRC-32 of `data`; pass a previous result as `crc` to continue over several chunks. */
export function crc32(data: Uint8Array, crc = 0): number {
  let c = ~crc;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

// ---------------------------------------------------------------------------------------------
// Names: the same rules for writing and reading.

/** Why `name` (a file entry's name, no trailing `/`) is unsafe to extract, or null. */
function unsafeName(name: string): string | null {
  if (name === '') return 'is empty';
  if (name.includes('\0')) return 'contains a NUL byte';
  // eslint-disable-next-line no-control-regex
  if (/[\x01-\x1f\x7f]/.test(name)) return 'contains a control character';
  if (name.includes('\\')) return 'contains a backslash (a path separator on Windows)';
  if (name.startsWith('/')) return 'is an absolute path';
  if (/^[A-Za-z]:/.test(name)) return 'starts with a drive letter';
  for (const segment of name.split('/')) {
    if (segment === '') return 'has an empty path segment';
    if (segment === '..') return 'has a ".." path segment (zip-slip)';
    // Windows drops trailing dots and spaces, so "..." and ". " are no safer than "." or "..".
    if (/^[. ]+$/.test(segment)) return 'has a path segment made only of dots or spaces';
  }
  return null;
}

const show = (name: string): string => JSON.stringify(name);
const entryLabel = (name: string): string => `zip entry ${show(name)}`;

/** Key under which names collide on case-insensitive, normalizing file systems (macOS, Windows). */
const foldKey = (name: string): string => name.normalize('NFC').toLowerCase().normalize('NFC');

interface NamedEntry {
  name: string;
  /** A folder entry, name without its trailing `/`. */
  folder: boolean;
}

/**
 * Refuses duplicate names, names that differ only in Unicode normalization or letter case, and
 * a path that is a file in one entry and a folder in another (`a` and `a/b`).
 */
function checkCollisions(entries: readonly NamedEntry[], fail: (message: string, hint: string) => never): void {
  const hint = 'extracting would silently overwrite one of the entries; give every file a distinct name (ignoring case)';
  const exact = new Map<string, string>();
  const nfc = new Map<string, string>();
  const folded = new Map<string, string>();
  const files = new Map<string, string>();
  const folders = new Map<string, string>();
  for (const { name, folder } of entries) {
    const full = folder ? `${name}/` : name;
    const seen = exact.get(full);
    if (seen !== undefined) fail(`${entryLabel(full)}: duplicate name`, hint);
    exact.set(full, full);
    const n = `${name.normalize('NFC')}${folder ? '/' : ''}`;
    const sameNfc = nfc.get(n);
    if (sameNfc !== undefined) fail(`${entryLabel(full)}: collides with ${show(sameNfc)} after Unicode normalization (NFC)`, hint);
    nfc.set(n, full);
    const f = `${foldKey(name)}${folder ? '/' : ''}`;
    const sameFold = folded.get(f);
    if (sameFold !== undefined) fail(`${entryLabel(full)}: collides with ${show(sameFold)} on case-insensitive file systems`, hint);
    folded.set(f, full);

    const key = foldKey(name);
    if (!folder) files.set(key, full);
    const parts = name.split('/');
    for (let i = 1; i <= parts.length - (folder ? 0 : 1); i++) {
      const prefix = foldKey(parts.slice(0, i).join('/'));
      if (!folders.has(prefix)) folders.set(prefix, full);
    }
  }
  for (const [key, file] of files) {
    const other = folders.get(key);
    if (other !== undefined) fail(`${entryLabel(file)}: is a file, but ${show(other)} needs a folder at the same path`, hint);
  }
}

// ---------------------------------------------------------------------------------------------
// DOS timestamps.

const DOS_MIN = Date.UTC(1980, 0, 1, 0, 0, 0);
const DOS_MAX = Date.UTC(2107, 11, 31, 23, 59, 58);

/** `mtime` (seconds, UTC) as DOS time and date words, clamped to 1980-01-01…2107-12-31. */
export function toDosDateTime(mtime: number): { time: number; date: number } {
  const ms = Math.min(DOS_MAX, Math.max(DOS_MIN, Math.floor(mtime) * 1000));
  const d = new Date(ms);
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
}

/** Seconds since the epoch of a DOS time and date read as UTC. */
export function fromDosDateTime(time: number, date: number): number {
  const ms = Date.UTC(
    1980 + (date >>> 9),
    ((date >>> 5) & 0x0f) - 1,
    date & 0x1f,
    time >>> 11,
    (time >>> 5) & 0x3f,
    (time & 0x1f) * 2,
  );
  return Math.floor(ms / 1000);
}

// ---------------------------------------------------------------------------------------------
// Writer.

function writeFail(message: string, hint: string): never {
  throw new ModelBuildError('PACKAGE_INVALID', `cannot write zip: ${message}`, { hint });
}

/**
 * A reproducible zip of `entries`: the same entries (in any order) and options give the same
 * bytes, on the same zlib build. Throws ModelBuildError `PACKAGE_INVALID` for unsafe or colliding
 * names and for archives that would need ZIP64 (an entry or the archive over 4 GiB, over
 * 65 535 entries).
 */
export function writeZip(entries: readonly ZipInputEntry[], options: WriteZipOptions): Buffer {
  const level = options.level ?? 9;
  if (!Number.isInteger(level) || level < 0 || level > 9) {
    writeFail(`compression level ${String(level)} is not an integer from 0 to 9`, 'pass a level from 0 (store) to 9 (smallest)');
  }
  if (typeof options.mtime !== 'number' || !Number.isFinite(options.mtime)) {
    writeFail(`mtime ${String(options.mtime)} is not a number of seconds`, 'pass seconds since the epoch, e.g. SOURCE_DATE_EPOCH');
  }
  if (entries.length > U16_MAX) {
    writeFail(`${entries.length} entries; zip without ZIP64 holds at most ${U16_MAX}`, 'package fewer files, e.g. by bundling small ones');
  }
  const nameHint = 'package file names must be relative paths with "/" separators and no "." or ".." segments';
  const prepared = entries.map((entry) => {
    const { name, data } = entry;
    if (typeof name !== 'string') writeFail(`entry name ${String(name)} is not a string`, nameHint);
    const nameBytes = Buffer.from(name, 'utf8');
    if (nameBytes.toString('utf8') !== name) writeFail(`${entryLabel(name)}: unsafe name: is not valid Unicode`, nameHint);
    if (name.endsWith('/')) writeFail(`${entryLabel(name)}: unsafe name: ends in "/" (folder entries are not written)`, nameHint);
    const reason = unsafeName(name);
    if (reason) writeFail(`${entryLabel(name)}: unsafe name: ${reason}`, nameHint);
    if (nameBytes.length > U16_MAX) writeFail(`${entryLabel(name)}: name is longer than ${U16_MAX} bytes`, nameHint);
    if (!(data instanceof Uint8Array)) writeFail(`${entryLabel(name)}: data is not a Buffer`, 'pass file contents as a Buffer');
    if (data.length > U32_MAX) {
      writeFail(`${entryLabel(name)}: ${data.length} bytes; zip without ZIP64 holds at most ${U32_MAX} per entry`, 'package smaller files');
    }
    return { name, nameBytes, data, executable: entry.executable === true };
  });
  prepared.sort((a, b) => Buffer.compare(a.nameBytes, b.nameBytes));
  checkCollisions(
    prepared.map(({ name }) => ({ name, folder: false })),
    (message, hint) => writeFail(message, hint),
  );

  const { time, date } = toDosDateTime(options.mtime);
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const archiveTooBig = (): never =>
    writeFail(`the archive would exceed ${U32_MAX} bytes; ZIP64 is not supported`, 'package fewer or smaller files');

  for (const entry of prepared) {
    const crc = crc32(entry.data);
    let method = 0;
    let stored: Buffer = entry.data;
    if (level > 0 && entry.data.length > 0) {
      const deflated = deflateRawSync(entry.data, { level });
      if (deflated.length < entry.data.length) {
        method = 8;
        stored = deflated;
      }
    }
    const versionNeeded = method === 8 ? 20 : 10;
    const local = Buffer.alloc(LOCAL_SIZE);
    local.writeUInt32LE(SIG_LOCAL, 0);
    local.writeUInt16LE(versionNeeded, 4);
    local.writeUInt16LE(FLAG_UTF8, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(stored.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(entry.nameBytes.length, 26);
    local.writeUInt16LE(0, 28);

    const mode = entry.executable ? 0o100755 : 0o100644;
    const header = Buffer.alloc(CENTRAL_SIZE);
    header.writeUInt32LE(SIG_CENTRAL, 0);
    header.writeUInt16LE(VERSION_MADE_BY, 4);
    header.writeUInt16LE(versionNeeded, 6);
    header.writeUInt16LE(FLAG_UTF8, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt16LE(time, 12);
    header.writeUInt16LE(date, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(stored.length, 20);
    header.writeUInt32LE(entry.data.length, 24);
    header.writeUInt16LE(entry.nameBytes.length, 28);
    // extra length (30), comment length (32), disk number (34), internal attributes (36): 0
    header.writeUInt32LE((mode << 16) >>> 0, 38);
    header.writeUInt32LE(offset, 42);

    parts.push(local, entry.nameBytes, stored);
    central.push(header, entry.nameBytes);
    offset += LOCAL_SIZE + entry.nameBytes.length + stored.length;
    if (offset > U32_MAX) archiveTooBig();
  }

  const centralSize = central.reduce((sum, b) => sum + b.length, 0);
  if (offset + centralSize + EOCD_SIZE > U32_MAX) archiveTooBig();
  const eocd = Buffer.alloc(EOCD_SIZE);
  eocd.writeUInt32LE(SIG_EOCD, 0);
  // disk numbers (4, 6): 0
  eocd.writeUInt16LE(prepared.length, 8);
  eocd.writeUInt16LE(prepared.length, 10);
  eocd.writeUInt32LE(centralSize, 12);
  eocd.writeUInt32LE(offset, 16);
  // comment length (20): 0
  return Buffer.concat([...parts, ...central, eocd]);
}

/**
 * Writes `writeZip(entries, options)` to `file` atomically: into `.<name>.tmp-<pid>` in the same
 * folder, then renamed over `file`. On any error the temp file is removed and `file` is left as
 * it was (absent if it was absent). File-system errors are rethrown as they are. Returns the
 * bytes written.
 */
export function writeZipFileAtomic(file: string, entries: readonly ZipInputEntry[], options: WriteZipOptions): Buffer {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.tmp-${process.pid}`);
  try {
    const bytes = writeZip(entries, options);
    const fd = openSync(tmp, 'w', 0o644);
    try {
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
    return bytes;
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// Reader.

const HINT_BROKEN = 'the file is not a complete zip archive: copy or download it again';
const HINT_UNSUPPORTED = 'recreate the archive with model-build (or `zip -X`) without ZIP64, encryption, splitting or unusual compression';
const HINT_UNSAFE = 'the archive may be malicious: do not extract it with other tools; recreate it from trusted files';
const HINT_TAMPERED = 'the archive is corrupt or was modified after it was written: obtain a fresh copy';
const limitHint = (option: string): string =>
  `if the archive is trusted, raise the ${option} option; otherwise it may be a zip bomb`;

interface Parsed extends ZipListing {
  folder: boolean;
  /** Local header offset and end of its data. */
  start: number;
  dataStart: number;
  dataEnd: number;
  /** The local header defers CRC and sizes to a data descriptor after the data. */
  deferred: boolean;
}

interface ExtraField {
  id: number;
  data: Buffer;
}

/** Extra fields; a malformed tail (padding some tools add) ends the list. */
function extraFields(extra: Buffer): ExtraField[] {
  const fields: ExtraField[] = [];
  let p = 0;
  while (p + 4 <= extra.length) {
    const id = extra.readUInt16LE(p);
    const size = extra.readUInt16LE(p + 2);
    if (p + 4 + size > extra.length) break;
    fields.push({ id, data: extra.subarray(p + 4, p + 4 + size) });
    p += 4 + size;
  }
  return fields;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Lenient = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Random access to an archive's bytes. The reader asks only for what it validates: the tail
 * (to find the end record), the central directory, each local header, and an entry's data
 * when it is read; so a huge file that is not a zip costs one small read, not the whole file.
 */
export interface ZipSource {
  readonly size: number;
  /** Exactly `length` bytes at `offset` (the caller keeps within `size`). */
  read(offset: number, length: number): Buffer;
}

function bufferSource(buf: Buffer): ZipSource {
  return { size: buf.length, read: (offset, length) => buf.subarray(offset, offset + length) };
}

/** An archive on disk, read piece by piece; `bytesRead` counts what was read. */
export class ZipFile implements ZipSource {
  readonly size: number;
  bytesRead = 0;
  private fd: number | undefined;

  /** Opens `file`, which the caller has checked is a regular file. */
  constructor(file: string) {
    const fd = openSync(file, 'r');
    try {
      const st = fstatSync(fd);
      // Checked again on the open descriptor: the path may have been swapped since.
      if (!st.isFile()) throw new Error('not a regular file');
      this.size = st.size;
    } catch (e) {
      closeSync(fd);
      throw e;
    }
    this.fd = fd;
  }

  read(offset: number, length: number): Buffer {
    if (this.fd === undefined) throw new Error('the archive is closed');
    const out = Buffer.alloc(length);
    let got = 0;
    while (got < length) {
      const n = readSync(this.fd, out, got, length - got, offset + got);
      if (n === 0) throw new Error(`the file ends at ${offset + got} bytes (it changed while being read)`);
      got += n;
    }
    this.bytesRead += got;
    return out;
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

const asSource = (input: Buffer | ZipSource): ZipSource => (Buffer.isBuffer(input) ? bufferSource(input) : input);

function parse(input: Buffer | ZipSource, options: ReadZipOptions): Parsed[] {
  const source = options.display;
  const limits = { ...ZIP_DEFAULT_LIMITS, ...definedOnly(options) };
  const fail = (message: string, hint: string): never => {
    throw new ModelBuildError('PACKAGE_INVALID', message, { hint, file: source });
  };
  if (!Buffer.isBuffer(input) && (typeof input !== 'object' || input === null || typeof input.read !== 'function')) {
    fail('not a zip archive: expected a Buffer', 'pass the archive bytes as a Buffer');
  }
  const src = asSource(input);
  const size = src.size;

  // End of central directory: the last signature whose comment ends exactly at the end of file.
  // Only the tail is read: the record and the longest comment, plus a ZIP64 locator before it.
  if (size < EOCD_SIZE) fail(`not a zip archive: only ${size} bytes`, HINT_BROKEN);
  const tailStart = Math.max(0, size - EOCD_SEARCH - ZIP64_LOCATOR_SIZE);
  const tail = src.read(tailStart, size - tailStart);
  let at = -1;
  for (let i = tail.length - EOCD_SIZE; i >= Math.max(0, tail.length - EOCD_SEARCH); i--) {
    if (tail.readUInt32LE(i) === SIG_EOCD && i + EOCD_SIZE + tail.readUInt16LE(i + 20) === tail.length) {
      at = i;
      break;
    }
  }
  if (at < 0) fail('not a zip archive (or truncated): no end-of-central-directory record', HINT_BROKEN);
  const eocd = tailStart + at;
  const disk = tail.readUInt16LE(at + 4);
  const cdDisk = tail.readUInt16LE(at + 6);
  const onDisk = tail.readUInt16LE(at + 8);
  const total = tail.readUInt16LE(at + 10);
  const cdSize = tail.readUInt32LE(at + 12);
  const cdOffset = tail.readUInt32LE(at + 16);
  if (
    (at >= ZIP64_LOCATOR_SIZE && tail.readUInt32LE(at - ZIP64_LOCATOR_SIZE) === SIG_ZIP64_LOCATOR) ||
    total === U16_MAX ||
    onDisk === U16_MAX ||
    cdSize === U32_MAX ||
    cdOffset === U32_MAX
  ) {
    fail('ZIP64 archives are not supported', HINT_UNSUPPORTED);
  }
  if (disk !== 0 || cdDisk !== 0 || onDisk !== total) fail('multi-disk (split) zip archives are not supported', HINT_UNSUPPORTED);
  if (total > limits.maxEntries) {
    fail(`zip archive has ${total} entries, more than the limit of ${limits.maxEntries}`, limitHint('maxEntries'));
  }
  const cdEnd = cdOffset + cdSize;
  if (cdEnd > eocd) {
    fail(`zip central directory out of bounds (offset ${cdOffset}, ${cdSize} bytes, but the record list ends at ${eocd})`, HINT_BROKEN);
  }
  if (cdSize > limits.maxCentralDirectoryBytes) {
    fail(`zip central directory is ${cdSize} bytes, more than the limit of ${limits.maxCentralDirectoryBytes}`, limitHint('maxCentralDirectoryBytes'));
  }
  if (cdEnd < eocd && prependedBy(src, eocd - cdEnd, cdOffset, cdSize)) {
    fail(`${eocd - cdEnd} bytes before the first zip entry (prepended data: the file may be a script or program with a zip archive appended)`, HINT_UNSAFE);
  }
  const cd = src.read(cdOffset, cdSize);

  const parsed: Parsed[] = [];
  let totalBytes = 0;
  let totalCompressed = 0;
  let q = 0; // position in `cd`; cdOffset + q in the file
  for (let k = 0; k < total; k++) {
    const p = cdOffset + q;
    if (q + CENTRAL_SIZE > cdSize) fail(`zip central directory is truncated at entry ${k + 1} of ${total}`, HINT_BROKEN);
    if (cd.readUInt32LE(q) !== SIG_CENTRAL) {
      fail(`zip central directory is corrupt: no entry header at offset ${p} (entry ${k + 1} of ${total})`, HINT_BROKEN);
    }
    const flags = cd.readUInt16LE(q + 8);
    const method = cd.readUInt16LE(q + 10);
    const time = cd.readUInt16LE(q + 12);
    const date = cd.readUInt16LE(q + 14);
    const crc = cd.readUInt32LE(q + 16);
    const compressedSize = cd.readUInt32LE(q + 20);
    const size = cd.readUInt32LE(q + 24);
    const nameLength = cd.readUInt16LE(q + 28);
    const extraLength = cd.readUInt16LE(q + 30);
    const commentLength = cd.readUInt16LE(q + 32);
    const diskStart = cd.readUInt16LE(q + 34);
    const external = cd.readUInt32LE(q + 38);
    const start = cd.readUInt32LE(q + 42);
    const next = q + CENTRAL_SIZE + nameLength + extraLength + commentLength;
    if (next > cdSize) fail(`zip central directory is truncated at entry ${k + 1} of ${total}`, HINT_BROKEN);
    const nameBytes = cd.subarray(q + CENTRAL_SIZE, q + CENTRAL_SIZE + nameLength);
    const extras = extraFields(cd.subarray(q + CENTRAL_SIZE + nameLength, q + CENTRAL_SIZE + nameLength + extraLength));
    q = next;

    const raw = utf8Lenient.decode(nameBytes);
    const label = entryLabel(raw);
    if (compressedSize === U32_MAX || size === U32_MAX || start === U32_MAX || extras.some((f) => f.id === EXTRA_ZIP64)) {
      fail(`${label}: ZIP64 entries are not supported`, HINT_UNSUPPORTED);
    }
    if (diskStart !== 0) fail(`${label}: starts on disk ${diskStart}; multi-disk archives are not supported`, HINT_UNSUPPORTED);
    if (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) fail(`${label}: encrypted entries are not supported`, HINT_UNSUPPORTED);
    if (method !== 0 && method !== 8) {
      fail(`${label}: compression method ${method} is not supported (only 0 = stored and 8 = deflate)`, HINT_UNSUPPORTED);
    }

    // Name. Decoded as UTF-8 whether or not flag bit 11 says so (Info-ZIP on Unix writes UTF-8
    // without it); names that are not UTF-8 are refused rather than guessed at.
    let name: string;
    try {
      name = utf8.decode(nameBytes);
    } catch {
      return fail(`${label}: unsafe name: is not valid UTF-8`, HINT_UNSAFE);
    }
    const folder = name.endsWith('/') && name.length > 1;
    const bare = folder ? name.slice(0, -1) : name;
    const reason = unsafeName(bare);
    if (reason) fail(`${label}: unsafe name: ${reason}`, HINT_UNSAFE);
    checkUnicodePath(extras, nameBytes, name, label, fail);

    // Type and mode. Any Unix file type in the upper 16 bits counts, whatever the "made by" host:
    // some extractors (p7zip) honour it for any host.
    const unixMode = external >>> 16;
    const type = unixMode & S_IFMT;
    if (type === S_IFLNK) fail(`${label}: is a symbolic link`, HINT_UNSAFE);
    if (type !== 0 && type !== S_IFREG && type !== S_IFDIR) {
      fail(`${label}: is a special file (mode 0o${unixMode.toString(8)})`, HINT_UNSAFE);
    }
    if (type === S_IFDIR && !folder) fail(`${label}: is marked as a folder but its name does not end in "/"`, HINT_UNSAFE);
    if (folder && size !== 0) fail(`${label}: is a folder entry with ${size} bytes of data`, HINT_UNSAFE);
    const mode = (unixMode & 0o777) || 0o644;

    // Declared sizes, before anything is inflated.
    if (method === 0 && compressedSize !== size) {
      fail(`${label}: stored entry is ${compressedSize} bytes but declares ${size} uncompressed`, HINT_TAMPERED);
    }
    if (size > limits.maxEntryBytes) {
      fail(`${label}: declares ${size} bytes, more than the per-entry limit of ${limits.maxEntryBytes}`, limitHint('maxEntryBytes'));
    }
    if (size > RATIO_EXEMPT_BYTES && size > compressedSize * limits.maxRatio) {
      const ratio = compressedSize === 0 ? 'infinite' : `${Math.round(size / compressedSize)}:1`;
      fail(`${label}: compression ratio ${ratio} is over the limit of ${limits.maxRatio}:1`, limitHint('maxRatio'));
    }
    // Compressed data is read whole too: the same limits hold for it (deflate never needs more).
    if (compressedSize > limits.maxEntryBytes) {
      fail(`${label}: declares ${compressedSize} compressed bytes, more than the per-entry limit of ${limits.maxEntryBytes}`, limitHint('maxEntryBytes'));
    }
    totalCompressed += compressedSize;
    if (totalCompressed > limits.maxTotalBytes) {
      fail(`zip archive declares more than ${limits.maxTotalBytes} compressed bytes in total (at ${label})`, limitHint('maxTotalBytes'));
    }
    totalBytes += size;
    if (totalBytes > limits.maxTotalBytes) {
      fail(`zip archive declares more than ${limits.maxTotalBytes} uncompressed bytes in total (at ${label})`, limitHint('maxTotalBytes'));
    }

    // Local header: must be where the central directory says and agree with it.
    if (start + LOCAL_SIZE > cdOffset) fail(`${label}: local header out of bounds (offset ${start})`, HINT_BROKEN);
    const local = src.read(start, LOCAL_SIZE);
    if (local.readUInt32LE(0) !== SIG_LOCAL) fail(`${label}: no local header at offset ${start}`, HINT_BROKEN);
    const localFlags = local.readUInt16LE(6);
    const localMethod = local.readUInt16LE(8);
    const localCrc = local.readUInt32LE(14);
    const localCompressed = local.readUInt32LE(18);
    const localSize = local.readUInt32LE(22);
    const localNameLength = local.readUInt16LE(26);
    const localExtraLength = local.readUInt16LE(28);
    const dataStart = start + LOCAL_SIZE + localNameLength + localExtraLength;
    if (dataStart > cdOffset) fail(`${label}: local header out of bounds (offset ${start}, ends at ${dataStart})`, HINT_BROKEN);
    const localTail = src.read(start + LOCAL_SIZE, localNameLength + localExtraLength);
    const localName = localTail.subarray(0, localNameLength);
    if (!localName.equals(nameBytes)) {
      fail(`${label}: local header names ${show(utf8Lenient.decode(localName))} instead`, HINT_UNSAFE);
    }
    const localExtras = extraFields(localTail.subarray(localNameLength));
    if (localExtras.some((f) => f.id === EXTRA_ZIP64)) fail(`${label}: ZIP64 entries are not supported (local header)`, HINT_UNSUPPORTED);
    checkUnicodePath(localExtras, nameBytes, name, label, fail);
    if (localFlags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) {
      fail(`${label}: encrypted entries are not supported (local header)`, HINT_UNSUPPORTED);
    }
    if (localMethod !== method) {
      fail(`${label}: local header says compression method ${localMethod}, the central directory ${method}`, HINT_TAMPERED);
    }
    // With a data descriptor the local header may leave CRC and sizes zero.
    const deferred = (localFlags & FLAG_DATA_DESCRIPTOR) !== 0;
    const agrees = (localValue: number, central: number): boolean => localValue === central || (deferred && localValue === 0);
    if (!agrees(localCrc, crc)) fail(`${label}: local header CRC-32 disagrees with the central directory`, HINT_TAMPERED);
    if (!agrees(localCompressed, compressedSize) || !agrees(localSize, size)) {
      fail(`${label}: local header sizes disagree with the central directory`, HINT_TAMPERED);
    }
    const dataEnd = dataStart + compressedSize;
    if (dataEnd > cdOffset) fail(`${label}: data out of bounds (${compressedSize} bytes at offset ${dataStart})`, HINT_BROKEN);

    parsed.push({
      name: folder ? name : bare,
      size,
      compressedSize,
      method: method as 0 | 8,
      crc32: crc,
      mode,
      mtime: fromDosDateTime(time, date),
      folder,
      start,
      dataStart,
      dataEnd,
      deferred,
    });
  }
  if (q !== cdSize) fail(`zip central directory size (${cdSize} bytes) disagrees with its ${total} entries`, HINT_BROKEN);

  checkCollisions(
    parsed.map((e) => ({ name: e.folder ? e.name.slice(0, -1) : e.name, folder: e.folder })),
    (message) => fail(message, HINT_UNSAFE),
  );
  // Entries sharing bytes (one local header reached twice, or data covering the next entry) are
  // the basis of overlapping zip bombs; a well-formed archive never has them.
  const byStart = [...parsed].sort((a, b) => a.start - b.start);
  for (let i = 1; i < byStart.length; i++) {
    const prev = byStart[i - 1]!;
    const cur = byStart[i]!;
    if (cur.start < prev.dataEnd) fail(`${entryLabel(cur.name)}: overlaps entry ${show(prev.name)}`, HINT_UNSAFE);
  }
  checkNoHiddenBytes(src, byStart, cdOffset, cdEnd, eocd, fail);
  return parsed;
}

/**
 * True when the central directory sits right before its end record but every offset is short
 * by `delta`: data was put before an archive (a script or program with a zip appended), and
 * the first entry's local header is found `delta` bytes later than recorded.
 */
function prependedBy(src: ZipSource, delta: number, cdOffset: number, cdSize: number): boolean {
  const at = cdOffset + delta;
  if (cdSize < CENTRAL_SIZE || src.read(at, 4).readUInt32LE(0) !== SIG_CENTRAL) return false;
  if (src.read(cdOffset, 4).readUInt32LE(0) === SIG_CENTRAL) return false;
  const local = src.read(at + 42, 4).readUInt32LE(0) + delta;
  return local + 4 <= at && src.read(local, 4).readUInt32LE(0) === SIG_LOCAL;
}

/**
 * Every byte of the archive belongs to an entry, the central directory or the end record. Bytes
 * before the first entry are what makes a file both a program (a script, an executable, an
 * HTML page) and a zip — a polyglot — and bytes between entries can hide content; neither is
 * ever written by model-build or by ordinary zip tools, except data descriptors, which are
 * checked against their entry.
 */
function checkNoHiddenBytes(
  src: ZipSource,
  byStart: readonly Parsed[],
  cdOffset: number,
  cdEnd: number,
  eocd: number,
  fail: (message: string, hint: string) => never,
): void {
  const first = byStart[0]?.start ?? cdOffset;
  if (first > 0) {
    fail(
      `${first} bytes before the first zip ${byStart.length > 0 ? 'entry' : 'structure'} (prepended data: the file may be a script or program with a zip archive appended)`,
      HINT_UNSAFE,
    );
  }
  for (let i = 0; i < byStart.length; i++) {
    const e = byStart[i]!;
    const next = i + 1 < byStart.length ? byStart[i + 1]!.start : cdOffset;
    const gap = next - e.dataEnd;
    if (gap === 0) continue;
    if (e.deferred && (gap === 12 || gap === 16)) {
      const d = src.read(e.dataEnd, gap);
      const o = gap === 16 ? 4 : 0;
      const signed = gap === 12 || d.readUInt32LE(0) === SIG_DATA_DESCRIPTOR;
      if (signed && d.readUInt32LE(o) === e.crc32 && d.readUInt32LE(o + 4) === e.compressedSize && d.readUInt32LE(o + 8) === e.size) continue;
      fail(`${entryLabel(e.name)}: its data descriptor disagrees with the central directory`, HINT_TAMPERED);
    }
    const where = i + 1 < byStart.length ? `before ${entryLabel(byStart[i + 1]!.name)}` : 'before the central directory';
    fail(`${gap} unexplained bytes after ${entryLabel(e.name)}, ${where}`, HINT_UNSAFE);
  }
  if (cdEnd !== eocd) fail(`${eocd - cdEnd} unexplained bytes between the zip central directory and its end record`, HINT_UNSAFE);
}

/** Info-ZIP's Unicode Path field: other tools would extract under that name, so it must agree. */
function checkUnicodePath(
  extras: readonly ExtraField[],
  nameBytes: Buffer,
  name: string,
  label: string,
  fail: (message: string, hint: string) => never,
): void {
  for (const { id, data } of extras) {
    if (id !== EXTRA_UNICODE_PATH || data.length < 5) continue;
    if (data.readUInt32LE(1) !== crc32(nameBytes)) continue; // stale: tools ignore it
    if (!data.subarray(5).equals(Buffer.from(name, 'utf8'))) {
      fail(`${label}: Unicode path field names ${show(utf8Lenient.decode(data.subarray(5)))} instead`, HINT_UNSAFE);
    }
  }
}

function definedOnly(options: ReadZipOptions): Partial<typeof ZIP_DEFAULT_LIMITS> {
  const out: Record<string, number> = {};
  for (const key of Object.keys(ZIP_DEFAULT_LIMITS) as (keyof typeof ZIP_DEFAULT_LIMITS)[]) {
    const value = options[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** Any unexpected failure on hostile input is still a refusal, never a crash. */
function guarded<T>(source: string | undefined, run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (ModelBuildError.is(e)) throw e;
    throw new ModelBuildError('PACKAGE_INVALID', `zip archive is malformed: ${(e as Error).message}`, {
      hint: HINT_BROKEN,
      file: source,
      cause: e,
    });
  }
}

/**
 * The file entries of an untrusted archive from its central directory, validated like `readZip`
 * validates them (local headers included) but without inflating anything. Folder entries are
 * skipped. `input` is the archive's bytes or a ZipSource (e.g. a ZipFile: only the tail, the
 * central directory and the local headers are read).
 */
export function listZip(input: Buffer | ZipSource, options: ReadZipOptions = {}): ZipListing[] {
  return guarded(options.display, () =>
    parse(input, options)
      .filter((e) => !e.folder)
      .map(({ name, size, compressedSize, method, crc32: crc, mode, mtime }) => ({
        name,
        size,
        compressedSize,
        method,
        crc32: crc,
        mode,
        mtime,
      })),
  );
}

/**
 * The file entries of an untrusted archive, in central-directory order, inflated and CRC-checked.
 * Throws ModelBuildError `PACKAGE_INVALID` on anything unsafe or inconsistent (see the module
 * comment). Folder entries are validated, then skipped. `accept(listing)` may refuse (throw)
 * after the whole archive is validated and before anything is inflated, e.g. to hold some
 * entries to tighter size limits.
 */
export function readZip(input: Buffer | ZipSource, options: ReadZipOptions & { accept?: (entries: ZipListing[]) => void } = {}): ZipEntry[] {
  return guarded(options.display, () => {
    const fail = (message: string, hint: string): never => {
      throw new ModelBuildError('PACKAGE_INVALID', message, { hint, file: options.display });
    };
    const src = asSource(input);
    const parsed = parse(src, options).filter((e) => !e.folder);
    options.accept?.(parsed.map(({ name, size, compressedSize, method, crc32: crc, mode, mtime }) => ({ name, size, compressedSize, method, crc32: crc, mode, mtime })));
    const out: ZipEntry[] = [];
    for (const entry of parsed) {
      const label = entryLabel(entry.name);
      const raw = src.read(entry.dataStart, entry.dataEnd - entry.dataStart);
      let data: Buffer;
      if (entry.method === 0) {
        data = Buffer.from(raw);
      } else {
        try {
          // One byte of headroom: a stream that would go past its declaration stops right there.
          data = inflateRawSync(raw, { maxOutputLength: entry.size + 1 });
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          if (code === 'ERR_BUFFER_TOO_LARGE') fail(`${label}: inflates to more than its declared ${entry.size} bytes`, HINT_UNSAFE);
          return fail(`${label}: compressed data is corrupt (${(e as Error).message})`, HINT_TAMPERED);
        }
      }
      if (data.length !== entry.size) {
        fail(`${label}: inflates to ${data.length} bytes, but declares ${entry.size}`, HINT_TAMPERED);
      }
      if (crc32(data) !== entry.crc32) fail(`${label}: CRC-32 mismatch (the data is corrupt or was tampered with)`, HINT_TAMPERED);
      out.push({ name: entry.name, data, mode: entry.mode, mtime: entry.mtime });
    }
    return out;
  });
}
