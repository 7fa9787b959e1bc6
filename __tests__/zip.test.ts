import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ModelBuildError } from '../src/core/errors.js';
import {
  crc32,
  listZip,
  readZip,
  toDosDateTime,
  writeZip,
  writeZipFileAtomic,
  type ReadZipOptions,
  type ZipInputEntry,
} from '../src/core/package/zip.js';
import { Rng } from '../src/core/util/random.js';
import { tempDir } from './helpers/repo.js';

const has = (tool: string): boolean => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const hasUnzip = has('unzip');
const hasZipinfo = has('zipinfo');
const hasZip = has('zip');
const hasPython = spawnSync('python3', ['-c', 'import zipfile']).status === 0;
for (const [ok, tool] of [[hasUnzip, 'unzip'], [hasZip, 'zip (Info-ZIP)'], [hasPython, 'python3']] as const) {
  if (!ok) console.warn(`\n*** zip.test.ts: ${tool} is not installed: SKIPPING its interop tests (.ci/run installs it) ***\n`);
}

const T = 1704164645; // 2024-01-02T03:04:05Z
const T_EVEN = T - 1; // DOS time has 2-second resolution

const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

function randomBytes(n: number, seed = 1): Buffer {
  const rng = new Rng(seed);
  const out = Buffer.alloc(n);
  for (let i = 0; i < n; i++) out[i] = rng.int(256);
  return out;
}

const SAMPLE: ZipInputEntry[] = [
  { name: 'metadata.json', data: Buffer.from(`${JSON.stringify({ name: 'penguins', x: 'y'.repeat(500) })}\n`) },
  { name: 'model/weights.bin', data: randomBytes(5000) },
  { name: 'model/model.json', data: Buffer.from('{"format":"layers-model"}'.repeat(40)) },
  { name: 'bin/predict.sh', data: Buffer.from('#!/bin/sh\necho hi\n'), executable: true },
  { name: 'empty.txt', data: Buffer.alloc(0) },
  { name: 'notes/réadmé ☃.md', data: Buffer.from('unicode names are UTF-8\n') },
];

/** The ModelBuildError `run` throws; anything else (or nothing) fails the test. */
function refusal(run: () => unknown): ModelBuildError {
  try {
    run();
  } catch (e) {
    if (ModelBuildError.is(e)) return e;
    throw new Error(`expected a ModelBuildError, got ${String(e)}`, { cause: e });
  }
  throw new Error('expected a ModelBuildError, nothing was thrown');
}

/** Asserts readZip refuses `zip` with PACKAGE_INVALID, a hint and `message` (anchored: one refusal, one message). */
function expectRefused(zip: Buffer, message: RegExp, options: ReadZipOptions = {}): ModelBuildError {
  const e = refusal(() => readZip(zip, options));
  expect(e.code).toBe('PACKAGE_INVALID');
  expect(e.message).toMatch(message);
  expect(e.hint).toBeTruthy();
  return e;
}

// ----------------------------------------------------------------------------------------------
// A raw zip builder: every field can be set to anything, so each refusal gets a crafted archive.

interface RawEntry {
  name: string | Buffer;
  /** Uncompressed contents: default CRC and size come from it. */
  data?: Buffer;
  method?: number;
  /** Bytes after the local header (default: `data` stored, or deflated for method 8). */
  body?: Buffer;
  crc?: number;
  compressedSize?: number;
  size?: number;
  flags?: number;
  madeBy?: number;
  external?: number;
  extra?: Buffer;
  localExtra?: Buffer;
  /** Local header fields that differ from the central directory's. */
  local?: { name?: string; method?: number; crc?: number; compressedSize?: number; size?: number; flags?: number };
  /** Central directory's local header offset, instead of the real one. */
  offset?: number;
  diskStart?: number;
  /** Bytes after the body, e.g. a data descriptor. */
  trailer?: Buffer;
}

interface RawOptions {
  eocd?: { disk?: number; cdDisk?: number; onDisk?: number; total?: number; cdSize?: number; cdOffset?: number };
  comment?: Buffer;
  /** Bytes between the central directory and the EOCD record. */
  beforeEocd?: Buffer;
}

function rawZip(entries: RawEntry[], options: RawOptions = {}): Buffer {
  const { time, date } = toDosDateTime(T);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = typeof e.name === 'string' ? Buffer.from(e.name, 'utf8') : e.name;
    const data = e.data ?? Buffer.from('x');
    const method = e.method ?? 0;
    const body = e.body ?? (method === 8 ? deflateRawSync(data) : data);
    const crc = e.crc ?? crc32(data);
    const compressedSize = e.compressedSize ?? body.length;
    const size = e.size ?? data.length;
    const flags = e.flags ?? 0x0800;
    const l = e.local ?? {};
    const localName = l.name === undefined ? name : Buffer.from(l.name, 'utf8');
    const localExtra = e.localExtra ?? Buffer.alloc(0);
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(l.flags ?? flags, 6);
    lh.writeUInt16LE(l.method ?? method, 8);
    lh.writeUInt16LE(time, 10);
    lh.writeUInt16LE(date, 12);
    lh.writeUInt32LE(l.crc ?? crc, 14);
    lh.writeUInt32LE(l.compressedSize ?? compressedSize, 18);
    lh.writeUInt32LE(l.size ?? size, 22);
    lh.writeUInt16LE(localName.length, 26);
    lh.writeUInt16LE(localExtra.length, 28);
    const extra = e.extra ?? Buffer.alloc(0);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(e.madeBy ?? 0x0314, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(flags, 8);
    ch.writeUInt16LE(method, 10);
    ch.writeUInt16LE(time, 12);
    ch.writeUInt16LE(date, 14);
    ch.writeUInt32LE(crc, 16);
    ch.writeUInt32LE(compressedSize, 20);
    ch.writeUInt32LE(size, 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt16LE(extra.length, 30);
    ch.writeUInt16LE(e.diskStart ?? 0, 34);
    ch.writeUInt32LE(e.external ?? (0o100644 << 16) >>> 0, 38);
    ch.writeUInt32LE(e.offset ?? offset, 42);
    const trailer = e.trailer ?? Buffer.alloc(0);
    locals.push(lh, localName, localExtra, body, trailer);
    centrals.push(ch, name, extra);
    offset += lh.length + localName.length + localExtra.length + body.length + trailer.length;
  }
  const cd = Buffer.concat(centrals);
  const comment = options.comment ?? Buffer.alloc(0);
  const o = options.eocd ?? {};
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(o.disk ?? 0, 4);
  eocd.writeUInt16LE(o.cdDisk ?? 0, 6);
  eocd.writeUInt16LE(o.onDisk ?? o.total ?? entries.length, 8);
  eocd.writeUInt16LE(o.total ?? entries.length, 10);
  eocd.writeUInt32LE(o.cdSize ?? cd.length, 12);
  eocd.writeUInt32LE(o.cdOffset ?? offset, 16);
  eocd.writeUInt16LE(comment.length, 20);
  return Buffer.concat([...locals, cd, options.beforeEocd ?? Buffer.alloc(0), eocd, comment]);
}

/** Offsets of the structures of a single-entry or multi-entry archive (found by signature). */
function eocdOffset(zip: Buffer): number {
  return zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
}
function centralOffsets(zip: Buffer): number[] {
  const out: number[] = [];
  let p = zip.readUInt32LE(eocdOffset(zip) + 16);
  for (let i = 0; i < zip.readUInt16LE(eocdOffset(zip) + 10); i++) {
    out.push(p);
    p += 46 + zip.readUInt16LE(p + 28) + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return out;
}
const patched = (zip: Buffer, edit: (z: Buffer) => void): Buffer => {
  const copy = Buffer.from(zip);
  edit(copy);
  return copy;
};

function run(cmd: string, args: string[], options: { cwd?: string; input?: string } = {}): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', ...options });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

// ----------------------------------------------------------------------------------------------

describe('crc32', () => {
  it('matches the standard check values, in one piece or in chunks', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(Buffer.alloc(0))).toBe(0);
    expect(crc32(Buffer.from('The quick brown fox jumps over the lazy dog'))).toBe(0x414fa339);
    const data = randomBytes(10_000, 7);
    expect(crc32(data.subarray(3000), crc32(data.subarray(0, 3000)))).toBe(crc32(data));
  });
});

describe('writeZip', () => {
  it('round-trips names, bytes, modes and the timestamp', () => {
    const entries = readZip(writeZip(SAMPLE, { mtime: T }));
    const sorted = [...SAMPLE].sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
    expect(entries.map((e) => e.name)).toEqual(sorted.map((e) => e.name));
    for (const [i, e] of entries.entries()) {
      expect(e.data.equals(sorted[i]!.data)).toBe(true);
      expect(e.mode).toBe(sorted[i]!.executable ? 0o755 : 0o644);
      expect(e.mtime).toBe(T_EVEN);
    }
    expect(readZip(writeZip([], { mtime: T }))).toEqual([]);
  });

  it('is byte-for-byte reproducible whatever the input order, and sorts by UTF-8 bytes', () => {
    const a = writeZip(SAMPLE, { mtime: T });
    const b = writeZip(new Rng(3).shuffle([...SAMPLE]), { mtime: T });
    const c = writeZip([...SAMPLE].reverse(), { mtime: T });
    expect(b.equals(a)).toBe(true);
    expect(c.equals(a)).toBe(true);
    expect(writeZip(SAMPLE, { mtime: T }).equals(a)).toBe(true);
    expect(writeZip(SAMPLE, { mtime: T + 2 }).equals(a)).toBe(false);
    expect(writeZip(SAMPLE, { mtime: T, level: 1 }).length).toBeGreaterThan(0);

    const names = ['a', 'Y', 'é', 'B', 'z', '_', 'a.b', 'a-b', '☃'].map((name) => ({ name, data: Buffer.from(name) }));
    expect(listZip(writeZip(names, { mtime: T })).map((e) => e.name)).toEqual(['B', 'Y', '_', 'a', 'a-b', 'a.b', 'z', 'é', '☃']);
  });

  it('clamps timestamps to the DOS range and rounds down to even seconds', () => {
    const at = (mtime: number): number => readZip(writeZip([{ name: 'f', data: Buffer.from('x') }], { mtime }))[0]!.mtime;
    const y1980 = Date.UTC(1980, 0, 1) / 1000;
    expect(at(0)).toBe(y1980);
    expect(at(-86_400)).toBe(y1980);
    expect(at(y1980 - 1)).toBe(y1980);
    expect(at(y1980 + 3)).toBe(y1980 + 2);
    expect(at(T)).toBe(T_EVEN);
    expect(at(T + 0.9)).toBe(T_EVEN);
    expect(at(Date.UTC(2200, 0, 1) / 1000)).toBe(Date.UTC(2107, 11, 31, 23, 59, 58) / 1000);
    expect(writeZip(SAMPLE, { mtime: 0 }).equals(writeZip(SAMPLE, { mtime: 1 }))).toBe(true);
  });

  it('deflates only what gets smaller; level 0 stores everything', () => {
    const entries = [
      { name: 'random', data: randomBytes(4096) },
      { name: 'text', data: Buffer.from('abc'.repeat(1000)) },
      { name: 'empty', data: Buffer.alloc(0) },
      { name: 'tiny', data: Buffer.from('a') },
    ];
    const methods = Object.fromEntries(listZip(writeZip(entries, { mtime: T })).map((e) => [e.name, e.method]));
    expect(methods).toEqual({ empty: 0, random: 0, text: 8, tiny: 0 });
    expect(listZip(writeZip(entries, { mtime: T, level: 0 })).map((e) => e.method)).toEqual([0, 0, 0, 0]);
  });

  it('writes the fixed, minimal header fields', () => {
    const zip = writeZip(SAMPLE, { mtime: T });
    const end = eocdOffset(zip);
    expect(end).toBe(zip.length - 22);
    expect(zip.readUInt16LE(end + 20)).toBe(0); // no comment
    const { time, date } = toDosDateTime(T);
    const centrals = centralOffsets(zip);
    expect(centrals).toHaveLength(SAMPLE.length);
    for (const p of centrals) {
      expect(zip.readUInt16LE(p + 4)).toBe(0x0314); // made by Unix, 2.0
      expect(zip.readUInt16LE(p + 8)).toBe(0x0800); // UTF-8 names only: no data descriptor, no encryption
      expect(zip.readUInt16LE(p + 12)).toBe(time);
      expect(zip.readUInt16LE(p + 14)).toBe(date);
      expect(zip.readUInt16LE(p + 30)).toBe(0); // no extra fields
      expect(zip.readUInt16LE(p + 32)).toBe(0); // no comment
      const mode = zip.readUInt32LE(p + 38) >>> 16;
      expect([0o100644, 0o100755]).toContain(mode);
      const local = zip.readUInt32LE(p + 42);
      expect(zip.readUInt32LE(local)).toBe(0x04034b50);
      expect(zip.readUInt16LE(local + 6)).toBe(0x0800);
      expect(zip.readUInt16LE(local + 28)).toBe(0); // no local extra fields either
    }
  });

  it('refuses unsafe names, like the reader', () => {
    const cases: [string, RegExp][] = [
      ['../evil', /unsafe name: has a "\.\." path segment \(zip-slip\)/],
      ['a/../../b', /unsafe name: has a "\.\." path segment/],
      ['/etc/passwd', /unsafe name: is an absolute path/],
      ['a\\b', /unsafe name: contains a backslash/],
      ['C:x', /unsafe name: starts with a drive letter/],
      ['c:/x', /unsafe name: starts with a drive letter/],
      ['a//b', /unsafe name: has an empty path segment/],
      ['a\0b', /unsafe name: contains a NUL byte/],
      ['a\nb', /unsafe name: contains a control character/],
      ['./a', /unsafe name: has a path segment made only of dots or spaces/],
      ['a/...', /unsafe name: has a path segment made only of dots or spaces/],
      ['dir/', /unsafe name: ends in "\/" \(folder entries are not written\)/],
      ['', /unsafe name: is empty/],
      ['bad\ud800', /unsafe name: is not valid Unicode/],
    ];
    for (const [name, message] of cases) {
      const e = refusal(() => writeZip([{ name, data: Buffer.from('x') }], { mtime: T }));
      expect(e.code, name).toBe('PACKAGE_INVALID');
      expect(e.message, name).toMatch(/^cannot write zip: zip entry /);
      expect(e.message, name).toMatch(message);
      expect(e.hint, name).toBeTruthy();
    }
  });

  it('refuses duplicate and colliding names', () => {
    const write = (...names: string[]) => () => writeZip(names.map((name) => ({ name, data: Buffer.from(name) })), { mtime: T });
    expect(refusal(write('a.txt', 'b', 'a.txt')).message).toMatch(/zip entry "a\.txt": duplicate name/);
    expect(refusal(write('A.txt', 'a.txt')).message).toMatch(/collides with "A\.txt" on case-insensitive file systems/);
    expect(refusal(write('caf\u00e9', 'cafe\u0301')).message).toMatch(/collides with "caf.*" after Unicode normalization \(NFC\)/);
    expect(refusal(write('model', 'model/weights.bin')).message).toMatch(
      /zip entry "model": is a file, but "model\/weights\.bin" needs a folder at the same path/,
    );
    expect(refusal(write('Model', 'model/weights.bin')).message).toMatch(/is a file, but/);
  });

  it('refuses what would need ZIP64, and bad options', () => {
    const many = Array.from({ length: 65_536 }, (_, i) => ({ name: `f${i}`, data: Buffer.alloc(0) }));
    expect(refusal(() => writeZip(many, { mtime: T })).message).toMatch(/65536 entries; zip without ZIP64 holds at most 65535/);
    const huge = { length: 2 ** 32 } as unknown as Buffer;
    Object.setPrototypeOf(huge, Uint8Array.prototype);
    expect(refusal(() => writeZip([{ name: 'big', data: huge }], { mtime: T })).message).toMatch(
      /zip entry "big": 4294967296 bytes; zip without ZIP64 holds at most 4294967295 per entry/,
    );
    expect(refusal(() => writeZip(SAMPLE, { mtime: T, level: 10 })).message).toMatch(/compression level 10 is not an integer from 0 to 9/);
    expect(refusal(() => writeZip(SAMPLE, { mtime: Number.NaN })).message).toMatch(/mtime NaN is not a number of seconds/);
  });
});

describe('writeZipFileAtomic', () => {
  it('writes the same bytes as writeZip and leaves no temp file', () => {
    const dir = tempDir('mb-zip-');
    const file = path.join(dir, 'pkg.zip');
    const returned = writeZipFileAtomic(file, SAMPLE, { mtime: T });
    expect(readFileSync(file).equals(writeZip(SAMPLE, { mtime: T }))).toBe(true);
    expect(returned.equals(readFileSync(file))).toBe(true);
    expect(readdirSync(dir)).toEqual(['pkg.zip']);
  });

  it('leaves neither the archive nor a temp file when writing fails', () => {
    const dir = tempDir('mb-zip-');
    const file = path.join(dir, 'pkg.zip');
    const e = refusal(() => writeZipFileAtomic(file, [...SAMPLE, { name: '../escape', data: Buffer.from('x') }], { mtime: T }));
    expect(e.code).toBe('PACKAGE_INVALID');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('keeps an existing archive when the rename fails, and removes the temp file', () => {
    const dir = tempDir('mb-zip-');
    const target = path.join(dir, 'pkg.zip');
    mkdirSync(target);
    writeFileSync(path.join(target, 'keep'), 'x'); // a non-empty folder cannot be renamed over
    expect(() => writeZipFileAtomic(target, SAMPLE, { mtime: T })).toThrow();
    expect(readdirSync(dir)).toEqual(['pkg.zip']);
    expect(readdirSync(target)).toEqual(['keep']);
  });
});

describe('interop with standard tools', () => {
  function sampleFile(): string {
    const file = path.join(tempDir('mb-zip-'), 'sample.zip');
    writeZipFileAtomic(file, SAMPLE, { mtime: T });
    return file;
  }

  it.skipIf(!hasUnzip)('unzip -t accepts the archive and unzip -Z shows the modes and timestamps set', () => {
    const file = sampleFile();
    expect(run('unzip', ['-t', file])).toMatch(/No errors detected in compressed data/);
    const verbose = run('unzip', ['-Z', '-v', file]);
    expect(verbose).toMatch(/Unix file attributes \(100755 octal\):\s+-rwxr-xr-x/);
    expect(verbose).toMatch(/Unix file attributes \(100644 octal\):\s+-rw-r--r--/);
    expect(verbose.match(/file last modified on \(DOS date\/time\):\s+2024 Jan 2 03:04:04/g)).toHaveLength(SAMPLE.length);
    expect(verbose.match(/length of extra field:\s+0 bytes/g)).toHaveLength(SAMPLE.length);
    expect(verbose).not.toMatch(/extended local header:\s+yes/);
    if (hasZipinfo) {
      const listing = run('zipinfo', ['-T', file]);
      expect(listing).toMatch(/-rwxr-xr-x\s+2\.0 unx\s+\d+ b- (stor|defN) 20240102\.030404 bin\/predict\.sh/);
      expect(listing).toMatch(/-rw-r--r--\s+2\.0 unx\s+\d+ \S+ defN 20240102\.030404 metadata\.json/);
    }
    const out = tempDir('mb-unzip-');
    run('unzip', ['-q', file, '-d', out]);
    for (const e of SAMPLE) expect(readFileSync(path.join(out, e.name)).equals(e.data), e.name).toBe(true);
  });

  it.skipIf(!hasPython)("Python's zipfile reads identical bytes and the same metadata", () => {
    const file = sampleFile();
    const script = `
import hashlib, json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    assert z.testzip() is None
    print(json.dumps({i.filename: {
        "sha256": hashlib.sha256(z.read(i)).hexdigest(), "system": i.create_system, "mode": i.external_attr >> 16,
        "utf8": bool(i.flag_bits & 0x800), "extra": i.extra.hex(), "date_time": list(i.date_time)} for i in z.infolist()}))
`;
    const seen = JSON.parse(run('python3', ['-c', script, file])) as Record<string, Record<string, unknown>>;
    expect(Object.keys(seen)).toHaveLength(SAMPLE.length);
    for (const e of SAMPLE) {
      expect(seen[e.name], e.name).toEqual({
        sha256: sha256(e.data),
        system: 3,
        mode: e.executable ? 0o100755 : 0o100644,
        utf8: true,
        extra: '',
        date_time: [2024, 1, 2, 3, 4, 4],
      });
    }
  });

  it.skipIf(!hasPython)("readZip reads archives written by Python's zipfile", () => {
    const file = path.join(tempDir('mb-zip-'), 'py.zip');
    const script = `
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("a.txt", "hello " * 100)
    z.writestr(zipfile.ZipInfo("dir/"), "")
    z.writestr("dir/b.bin", bytes(range(256)), compress_type=zipfile.ZIP_STORED)
`;
    run('python3', ['-c', script, file]);
    const entries = readZip(readFileSync(file));
    expect(entries.map((e) => e.name)).toEqual(['a.txt', 'dir/b.bin']);
    expect(entries[0]!.data.toString()).toBe('hello '.repeat(100));
    expect(entries[1]!.data.equals(Buffer.from(Array.from({ length: 256 }, (_, i) => i)))).toBe(true);
  });

  it.skipIf(!hasZip)('readZip reads an Info-ZIP `zip -X` archive, skipping its folder entries', () => {
    const dir = tempDir('mb-infozip-');
    const src = path.join(dir, 'src');
    mkdirSync(path.join(src, 'model', 'deep'), { recursive: true });
    writeFileSync(path.join(src, 'model', 'deep', 'w.bin'), randomBytes(3000, 9));
    writeFileSync(path.join(src, 'model', 'card.md'), '# card\n'.repeat(50));
    writeFileSync(path.join(src, 'run.sh'), '#!/bin/sh\n');
    chmodSync(path.join(src, 'run.sh'), 0o755);
    run('zip', ['-X', '-q', '-r', path.join(dir, 'info.zip'), '.'], { cwd: src });
    const entries = readZip(readFileSync(path.join(dir, 'info.zip')));
    expect(entries.map((e) => e.name).sort()).toEqual(['model/card.md', 'model/deep/w.bin', 'run.sh']);
    const byName = new Map(entries.map((e) => [e.name, e]));
    expect(byName.get('model/deep/w.bin')!.data.equals(randomBytes(3000, 9))).toBe(true);
    expect(byName.get('run.sh')!.mode).toBe(0o755);

    // Written to a pipe: Info-ZIP cannot seek back, so it uses data descriptors (flag bit 3).
    const streamed = spawnSync('zip', ['-X', '-q', '-', 'model/card.md'], { cwd: src });
    expect(streamed.status).toBe(0);
    expect(streamed.stdout.readUInt16LE(6) & 0x0008).toBe(0x0008);
    const [only] = readZip(streamed.stdout);
    expect(only!.data.toString()).toBe('# card\n'.repeat(50));
  });

  it.skipIf(!hasZip)('readZip refuses a symlink stored by `zip -y`', () => {
    const dir = tempDir('mb-infozip-');
    const src = path.join(dir, 'src');
    mkdirSync(src);
    symlinkSync('/etc/passwd', path.join(src, 'link'));
    run('zip', ['-X', '-q', '-y', path.join(dir, 'link.zip'), 'link'], { cwd: src });
    expectRefused(readFileSync(path.join(dir, 'link.zip')), /^zip entry "link": is a symbolic link$/);
  });
});

describe('readZip refuses', () => {
  const ok = (): Buffer => writeZip([{ name: 'a.txt', data: Buffer.from('alpha '.repeat(50)) }, { name: 'b.bin', data: randomBytes(300) }], { mtime: T });

  it('what is not a zip, or is truncated', () => {
    expectRefused(Buffer.from('hello'), /^not a zip archive: only 5 bytes$/);
    expectRefused(randomBytes(1000), /^not a zip archive \(or truncated\): no end-of-central-directory record$/);
    const zip = ok();
    expectRefused(zip.subarray(0, zip.length - 1), /no end-of-central-directory record/);
    expectRefused(Buffer.concat([zip, Buffer.from('trailing junk')]), /no end-of-central-directory record/);
    expectRefused(zip.subarray(200), /central directory out of bounds|no local header|local header out of bounds/);

    const end = eocdOffset(zip);
    expectRefused(patched(zip, (z) => z.writeUInt32LE(z.readUInt32LE(end + 16) + 1000, end + 16)), /^zip central directory out of bounds \(offset \d+/);
    expectRefused(patched(zip, (z) => z.writeUInt32LE(z.readUInt32LE(end + 16) - 1, end + 16)), /^zip central directory is corrupt: no entry header at offset \d+ \(entry 1 of 2\)$/);
    expectRefused(patched(zip, (z) => z.writeUInt32LE(z.readUInt32LE(end + 12) - 10, end + 12)), /^zip central directory is truncated at entry 2 of 2$/);
    expectRefused(
      patched(zip, (z) => {
        z.writeUInt16LE(1, end + 8);
        z.writeUInt16LE(1, end + 10);
      }),
      /^zip central directory size \(\d+ bytes\) disagrees with its 1 entries$/,
    );
    const [, second] = centralOffsets(zip);
    const cdStart = zip.readUInt32LE(end + 16);
    expectRefused(patched(zip, (z) => z.writeUInt32LE(cdStart - 10, second! + 42)), /^zip entry "b\.bin": local header out of bounds \(offset \d+\)$/);
    expectRefused(patched(zip, (z) => z.writeUInt32LE(1, second! + 42)), /^zip entry "b\.bin": no local header at offset 1$/);
    // A local header whose name runs into the central directory.
    expectRefused(
      patched(zip, (z) => z.writeUInt16LE(60_000, z.readUInt32LE(second! + 42) + 26)),
      /^zip entry "b\.bin": local header out of bounds \(offset \d+, ends at \d+\)$/,
    );
    expectRefused(
      rawZip([{ name: 'short', data: Buffer.from('abc'), compressedSize: 100, size: 100 }]),
      /^zip entry "short": data out of bounds \(100 bytes at offset 35\)$/,
    );
  });

  it('ZIP64 and multi-disk archives', () => {
    expectRefused(rawZip([{ name: 'a' }], { eocd: { total: 0xffff } }), /^ZIP64 archives are not supported$/);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    expectRefused(rawZip([{ name: 'a' }], { beforeEocd: locator }), /^ZIP64 archives are not supported$/);
    expectRefused(rawZip([{ name: 'a', size: 0xffffffff, compressedSize: 0xffffffff }]), /^zip entry "a": ZIP64 entries are not supported$/);
    const zip64Extra = Buffer.from([0x01, 0x00, 0x08, 0x00, 1, 0, 0, 0, 0, 0, 0, 0]);
    expectRefused(rawZip([{ name: 'b', extra: zip64Extra }]), /^zip entry "b": ZIP64 entries are not supported$/);
    expectRefused(rawZip([{ name: 'c', localExtra: zip64Extra }]), /^zip entry "c": ZIP64 entries are not supported \(local header\)$/);
    expectRefused(rawZip([{ name: 'a' }], { eocd: { disk: 1 } }), /^multi-disk \(split\) zip archives are not supported$/);
    expectRefused(rawZip([{ name: 'a' }, { name: 'b' }], { eocd: { onDisk: 1, total: 2 } }), /^multi-disk \(split\) zip archives are not supported$/);
    expectRefused(rawZip([{ name: 'a', diskStart: 2 }]), /^zip entry "a": starts on disk 2; multi-disk archives are not supported$/);
  });

  it('encrypted entries and unsupported compression methods', () => {
    expectRefused(rawZip([{ name: 'secret', flags: 0x0801 }]), /^zip entry "secret": encrypted entries are not supported$/);
    expectRefused(rawZip([{ name: 'strong', flags: 0x0841 }]), /^zip entry "strong": encrypted entries are not supported$/);
    expectRefused(rawZip([{ name: 'loc', local: { flags: 0x0801 } }]), /^zip entry "loc": encrypted entries are not supported \(local header\)$/);
    expectRefused(rawZip([{ name: 'bz', method: 12 }]), /^zip entry "bz": compression method 12 is not supported \(only 0 = stored and 8 = deflate\)$/);
    expectRefused(rawZip([{ name: 'aes', method: 99 }]), /^zip entry "aes": compression method 99 is not supported/);
  });

  it('zip-slip and otherwise unsafe names', () => {
    const cases: [string | Buffer, RegExp][] = [
      ['../evil.sh', /^zip entry "\.\.\/evil\.sh": unsafe name: has a "\.\." path segment \(zip-slip\)$/],
      ['a/../../b', /^zip entry "a\/\.\.\/\.\.\/b": unsafe name: has a "\.\." path segment \(zip-slip\)$/],
      ['/etc/passwd', /^zip entry "\/etc\/passwd": unsafe name: is an absolute path$/],
      ['a\\..\\b', /^zip entry "a\\\\\.\.\\\\b": unsafe name: contains a backslash/],
      ['C:x', /^zip entry "C:x": unsafe name: starts with a drive letter$/],
      ['c:/x', /^zip entry "c:\/x": unsafe name: starts with a drive letter$/],
      ['a//b', /^zip entry "a\/\/b": unsafe name: has an empty path segment$/],
      ['a\0b', /^zip entry "a\\u0000b": unsafe name: contains a NUL byte$/],
      ['a\u001bb', /^zip entry "a\\u001bb": unsafe name: contains a control character$/],
      ['./a', /^zip entry "\.\/a": unsafe name: has a path segment made only of dots or spaces$/],
      ['a/.../b', /^zip entry "a\/\.\.\.\/b": unsafe name: has a path segment made only of dots or spaces$/],
      ['', /^zip entry "": unsafe name: is empty$/],
      [Buffer.from([0x61, 0xff, 0xfe]), /^zip entry "a\uFFFD\uFFFD": unsafe name: is not valid UTF-8$/],
      ['../', /^zip entry "\.\.\/": unsafe name: has a "\.\." path segment/],
      ['/', /^zip entry "\/": unsafe name: is an absolute path$/],
    ];
    for (const [name, message] of cases) {
      const e = refusal(() => readZip(rawZip([{ name, data: Buffer.alloc(0) }])));
      expect(e.code, String(name)).toBe('PACKAGE_INVALID');
      expect(e.message, String(name)).toMatch(message);
      expect(e.hint, String(name)).toMatch(/malicious/);
    }
    // The Info-ZIP Unicode Path field would make other tools extract under a different name.
    const name = Buffer.from('safe.txt');
    const unicode = Buffer.from('../evil.txt');
    const field = Buffer.alloc(4 + 5 + unicode.length);
    field.writeUInt16LE(0x7075, 0);
    field.writeUInt16LE(5 + unicode.length, 2);
    field.writeUInt8(1, 4);
    field.writeUInt32LE(crc32(name), 5);
    unicode.copy(field, 9);
    expectRefused(rawZip([{ name, extra: field }]), /^zip entry "safe\.txt": Unicode path field names "\.\.\/evil\.txt" instead$/);
    expectRefused(rawZip([{ name, localExtra: field }]), /^zip entry "safe\.txt": Unicode path field names "\.\.\/evil\.txt" instead$/);
  });

  it('folder entries with data or without a trailing slash, symlinks and special files', () => {
    expectRefused(rawZip([{ name: 'dir/', data: Buffer.from('x'), external: (0o40755 << 16) >>> 0 }]), /^zip entry "dir\/": is a folder entry with 1 bytes of data$/);
    expectRefused(rawZip([{ name: 'dir', data: Buffer.alloc(0), external: (0o40755 << 16) >>> 0 }]), /^zip entry "dir": is marked as a folder but its name does not end in "\/"$/);
    expectRefused(rawZip([{ name: 'ln', data: Buffer.from('/etc/passwd'), external: (0o120777 << 16) >>> 0 }]), /^zip entry "ln": is a symbolic link$/);
    // Refused whatever the "made by" host says: some extractors honour Unix modes from any host.
    expectRefused(rawZip([{ name: 'ln2', madeBy: 0x0014, external: (0o120777 << 16) >>> 0 }]), /^zip entry "ln2": is a symbolic link$/);
    expectRefused(rawZip([{ name: 'fifo', external: (0o010644 << 16) >>> 0 }]), /^zip entry "fifo": is a special file \(mode 0o10644\)$/);
    // Folders that are empty and safe are skipped; other hosts' entries get mode 0644.
    const entries = readZip(rawZip([{ name: 'dir/', data: Buffer.alloc(0) }, { name: 'dir/f', madeBy: 0x0014, external: 0x20 }]));
    expect(entries).toEqual([{ name: 'dir/f', data: Buffer.from('x'), mode: 0o644, mtime: T_EVEN }]);
  });

  it('duplicate names and names that collide on case-insensitive or normalizing file systems', () => {
    expectRefused(rawZip([{ name: 'a.txt' }, { name: 'b' }, { name: 'a.txt' }]), /^zip entry "a\.txt": duplicate name$/);
    expectRefused(rawZip([{ name: 'A.txt' }, { name: 'a.txt' }]), /^zip entry "a\.txt": collides with "A\.txt" on case-insensitive file systems$/);
    expectRefused(rawZip([{ name: 'caf\u00e9' }, { name: 'cafe\u0301' }]), /^zip entry "cafe\u0301": collides with "caf\u00e9" after Unicode normalization \(NFC\)$/);
    expectRefused(rawZip([{ name: 'model' }, { name: 'model/w.bin' }]), /^zip entry "model": is a file, but "model\/w\.bin" needs a folder at the same path$/);
    expectRefused(rawZip([{ name: 'X/' , data: Buffer.alloc(0) }, { name: 'x' }]), /^zip entry "x": is a file, but "X\/" needs a folder at the same path$/);
    expectRefused(rawZip([{ name: 'd/', data: Buffer.alloc(0) }, { name: 'd/', data: Buffer.alloc(0) }]), /^zip entry "d\/": duplicate name$/);
  });

  it('local headers that disagree with the central directory', () => {
    expectRefused(rawZip([{ name: 'good.txt', local: { name: '../bad.txt' } }]), /^zip entry "good\.txt": local header names "\.\.\/bad\.txt" instead$/);
    expectRefused(
      rawZip([{ name: 'm', method: 8, data: Buffer.from('abc'.repeat(20)), local: { method: 0 } }]),
      /^zip entry "m": local header says compression method 0, the central directory 8$/,
    );
    expectRefused(rawZip([{ name: 'c', local: { crc: 1234 } }]), /^zip entry "c": local header CRC-32 disagrees with the central directory$/);
    expectRefused(rawZip([{ name: 's', local: { size: 7 } }]), /^zip entry "s": local header sizes disagree with the central directory$/);
    expectRefused(rawZip([{ name: 's2', local: { compressedSize: 0 } }]), /^zip entry "s2": local header sizes disagree with the central directory$/);
    expectRefused(rawZip([{ name: 'st', data: Buffer.from('abc'), size: 5 }]), /^zip entry "st": stored entry is 3 bytes but declares 5 uncompressed$/);
  });

  it('overlapping entries (the basis of overlapping zip bombs)', () => {
    const zip = writeZip(
      [
        { name: 'a', data: Buffer.from('first') },
        { name: 'b', data: Buffer.from('second') },
      ],
      { mtime: T, level: 0 },
    );
    const [ca, cb] = centralOffsets(zip);
    // Entry "a" claims to run through the whole of "b".
    const covering = zip.readUInt32LE(eocdOffset(zip) + 16) - 31;
    const bomb = patched(zip, (z) => {
      for (const at of [ca! + 20, ca! + 24, 18, 22]) z.writeUInt32LE(covering, at);
    });
    expectRefused(bomb, /^zip entry "b": overlaps entry "a"$/);
    // Two central entries pointing at one local header: caught as a name mismatch or an overlap.
    const shared = patched(zip, (z) => z.writeUInt32LE(0, cb! + 42));
    expectRefused(shared, /^zip entry "b": local header names "a" instead$/);
  });

  it('zip bombs, by declared sizes before inflating', () => {
    const zeros = writeZip([{ name: 'zeros', data: Buffer.alloc(2 * 1024 * 1024) }], { mtime: T });
    expectRefused(zeros, /^zip entry "zeros": compression ratio \d+:1 is over the limit of 200:1$/);
    expect(readZip(zeros, { maxRatio: 5000 })[0]!.data.length).toBe(2 * 1024 * 1024);
    // Small entries are exempt: tiny files compress wildly.
    expect(readZip(writeZip([{ name: 'z', data: Buffer.alloc(1024 * 1024) }], { mtime: T }))[0]!.data.length).toBe(1024 * 1024);
    expectRefused(rawZip([{ name: 'zero', method: 8, body: Buffer.alloc(0), compressedSize: 0, size: 2 * 1024 * 1024 }]), /^zip entry "zero": compression ratio infinite is over the limit of 200:1$/);

    // Declared sizes alone trip the limits: the data behind them is never inflated.
    expectRefused(
      rawZip([{ name: 'huge', method: 8, data: Buffer.from('x'), size: 1024 ** 3 + 1 }]),
      /^zip entry "huge": declares 1073741825 bytes, more than the per-entry limit of 1073741824$/,
    );
    const sample = writeZip(SAMPLE, { mtime: T });
    expectRefused(sample, /^zip entry "model\/weights\.bin": declares 5000 bytes, more than the per-entry limit of 4000$/, { maxEntryBytes: 4000 });
    expectRefused(sample, /^zip archive declares more than 6000 uncompressed bytes in total \(at zip entry "[^"]+"\)$/, { maxTotalBytes: 6000 });
    expectRefused(sample, /^zip archive has 6 entries, more than the limit of 5$/, { maxEntries: 5 });
    const end = eocdOffset(sample);
    const many = patched(sample, (z) => {
      z.writeUInt16LE(10_001, end + 8);
      z.writeUInt16LE(10_001, end + 10);
    });
    expectRefused(many, /^zip archive has 10001 entries, more than the limit of 10000$/);
    expect(readZip(sample, { maxEntries: 6, maxTotalBytes: 1e9, maxEntryBytes: 5000 })).toHaveLength(6);
  });

  it('headers that lie about sizes, corrupt deflate data and CRC mismatches', () => {
    const big = Buffer.alloc(1024 * 1024, 7);
    expectRefused(
      rawZip([{ name: 'liar', method: 8, data: big, size: 1000 }]),
      /^zip entry "liar": inflates to more than its declared 1000 bytes$/,
    );
    expectRefused(
      rawZip([{ name: 'short', method: 8, data: Buffer.alloc(100, 1), size: 200 }]),
      /^zip entry "short": inflates to 100 bytes, but declares 200$/,
    );
    expectRefused(
      rawZip([{ name: 'junk', method: 8, body: Buffer.from([0xff, 0xff, 0xff, 0xff]), data: Buffer.from('abcd') }]),
      /^zip entry "junk": compressed data is corrupt \(/,
    );
    const lowEntropy = Buffer.from(randomBytes(10_000, 4).map((b) => b & 3));
    const good = rawZip([{ name: 'cut', method: 8, data: lowEntropy }]);
    const truncatedStream = rawZip([{ name: 'cut', method: 8, body: deflateRawSync(lowEntropy).subarray(0, 100), data: lowEntropy }]);
    expect(readZip(good)[0]!.data.length).toBe(10_000);
    expectRefused(truncatedStream, /^zip entry "cut": compressed data is corrupt \(unexpected end of file\)$/);

    const stored = writeZip([{ name: 'data.bin', data: randomBytes(100) }], { mtime: T });
    expectRefused(patched(stored, (z) => (z[50] = z[50]! ^ 1)), /^zip entry "data\.bin": CRC-32 mismatch \(the data is corrupt or was tampered with\)$/);
    const deflated = writeZip([{ name: 'text', data: Buffer.from('hello world '.repeat(100)) }], { mtime: T });
    const flipped = patched(deflated, (z) => {
      z.writeUInt32LE((z.readUInt32LE(14) ^ 1) >>> 0, 14);
      z.writeUInt32LE((z.readUInt32LE(centralOffsets(z)[0]! + 16) ^ 1) >>> 0, centralOffsets(z)[0]! + 16);
    });
    expectRefused(flipped, /^zip entry "text": CRC-32 mismatch/);
  });

  it('never with anything but a ModelBuildError, whatever the bytes', () => {
    const zip = writeZip(SAMPLE, { mtime: T });
    const rng = new Rng(11);
    let refused = 0;
    for (let i = 0; i < 400; i++) {
      const mutated = Buffer.from(zip);
      for (let k = 0; k <= rng.int(4); k++) mutated[rng.int(mutated.length)] = rng.int(256);
      try {
        readZip(mutated);
        listZip(mutated);
      } catch (e) {
        expect(ModelBuildError.is(e), String(e)).toBe(true);
        refused++;
      }
    }
    for (let n = 0; n < zip.length; n += 7) {
      const e = refusal(() => readZip(zip.subarray(0, n)));
      expect(e.code).toBe('PACKAGE_INVALID');
    }
    expect(refused).toBeGreaterThan(0);
  });

  it('with the archive named in the error when `display` is given', () => {
    const e = expectRefused(Buffer.from('PK'), /^not a zip archive: only 2 bytes$/, { display: 'dist/pkg.zip' });
    expect(e.location.file).toBe('dist/pkg.zip');
    expect(e.format()).toMatch(/^dist\/pkg\.zip: not a zip archive/);
  });
});

describe('readZip accepts', () => {
  it('archive comments, data descriptors and folder entries', () => {
    const withComment = rawZip([{ name: 'a', data: Buffer.from('hi') }], { comment: Buffer.from('made by hand') });
    expect(readZip(withComment).map((e) => e.data.toString())).toEqual(['hi']);

    const data = Buffer.from('described '.repeat(30));
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc32(data), 4);
    descriptor.writeUInt32LE(deflateRawSync(data).length, 8);
    descriptor.writeUInt32LE(data.length, 12);
    const described = rawZip([
      { name: 'd', method: 8, data, flags: 0x0808, local: { crc: 0, compressedSize: 0, size: 0 }, trailer: descriptor },
      { name: 'e', data: Buffer.from('next') },
    ]);
    expect(readZip(described).map((e) => e.data.toString())).toEqual([data.toString(), 'next']);
  });

  it('listZip reads the central directory without inflating', () => {
    const corrupt = rawZip([{ name: 'junk', method: 8, body: Buffer.from([0xff, 0xff, 0xff]), data: Buffer.from('abcdef') }]);
    expect(listZip(corrupt)).toEqual([{ name: 'junk', size: 6, compressedSize: 3, method: 8, crc32: crc32(Buffer.from('abcdef')), mode: 0o644, mtime: T_EVEN }]);
    expect(() => readZip(corrupt)).toThrow(/compressed data is corrupt/);
    expect(listZip(writeZip(SAMPLE, { mtime: T })).map((e) => e.size)).toEqual(
      [...SAMPLE].sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name))).map((e) => e.data.length),
    );
  });
});
