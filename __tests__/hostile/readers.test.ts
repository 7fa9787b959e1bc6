/**
 * Hostile input to the readers: data files, packages, profiles, model folders and the output
 * paths of profile, monitor and predict. Each case is a real repository beside an `outside/`
 * folder and one CLI run in a child process (helpers/hostile.ts): exit 2, a first line naming
 * the file, no stack trace, no "internal error", nothing created, changed or deleted.
 *
 * Files too large to snapshot (sparse files of hundreds of MB) live in a folder of their own,
 * outside the world the harness watches.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, ftruncateSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, readZip, toDosDateTime, writeZip } from '../../src/core/package/zip.js';
import { Profiler } from '../../src/core/profile/profiler.js';
import { cli } from '../helpers/cli.js';
import { runHostile, type HostileCase } from '../helpers/hostile.js';
import { penguinsRepo } from '../helpers/project.js';
import { tempDir } from '../helpers/repo.js';

// Hostile edits reach anywhere into parsed JSON: no type would describe what they make.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const mkfifo = (rel: string) => (root: string) => execFileSync('mkfifo', [path.join(root, rel)]);
const symlink = (target: string, rel: string) => (root: string) => symlinkSync(target, path.join(root, rel));

// ---- one real package and model folder, built once ----------------------------------------

let built: { zip: Buffer; model: Record<string, Buffer> } | undefined;
/** A penguins package and its model folder (model.json, weights.bin, preprocessor.json). */
function real(): { zip: Buffer; model: Record<string, Buffer> } {
  if (built) return built;
  const root = penguinsRepo();
  const r = cli(['build', '--config', path.join(root, 'model-build.yml'), '--json'], { cwd: root });
  if (r.code !== 0) throw new Error(`the shared build failed:\n${r.stdout}\n${r.stderr}`);
  const result = JSON.parse(r.stdout) as { package: { archive: string }; modelDir: string };
  const model: Record<string, Buffer> = {};
  for (const name of ['model.json', 'weights.bin', 'preprocessor.json']) model[`model/${name}`] = readFileSync(path.join(result.modelDir, name));
  built = { zip: readFileSync(result.package.archive), model };
  return built;
}

/**
 * The package with `edit` applied to its files and every digest made to match again (the
 * metadata's file digests too, unless `rawMetadata`: then metadata.json stays as edited).
 */
function repack(edit: (files: Map<string, Buffer>, json: (name: string) => Json) => void, rawMetadata = false): Buffer {
  const files = new Map(readZip(real().zip).map((e) => [e.name, e.data]));
  edit(files, (name) => JSON.parse(files.get(name)!.toString('utf8')));
  if (!rawMetadata) {
    const meta = JSON.parse(files.get('metadata.json')!.toString('utf8'));
    for (const name of Object.keys(meta.files)) if (files.has(name)) meta.files[name] = `sha256:${sha256(files.get(name)!)}`;
    files.set('metadata.json', Buffer.from(`${JSON.stringify(meta, null, 2)}\n`));
  }
  files.delete('MANIFEST.sha256');
  const names = [...files.keys()].sort();
  files.set('MANIFEST.sha256', Buffer.from(names.map((n) => `${sha256(files.get(n)!)}  ${n}\n`).join('')));
  return writeZip([...files].map(([name, data]) => ({ name, data })), { mtime: 1_700_000_000 });
}

/** A zip built field by field, for archives no honest writer makes. */
function rawZip(entries: Array<{ name: string; data?: Buffer; flags?: number; external?: number; extra?: Buffer; crc?: number; method?: number }>): Buffer {
  const { time, date } = toDosDateTime(1_700_000_000);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const data = e.data ?? Buffer.from('x');
    const method = e.method ?? 0;
    const body = method === 8 ? deflateRawSync(data) : data;
    const crc = e.crc ?? crc32(data);
    const extra = e.extra ?? Buffer.alloc(0);
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(e.flags ?? 0x0800, 6);
    lh.writeUInt16LE(method, 8);
    lh.writeUInt16LE(time, 10);
    lh.writeUInt16LE(date, 12);
    lh.writeUInt32LE(crc, 14);
    lh.writeUInt32LE(body.length, 18);
    lh.writeUInt32LE(data.length, 22);
    lh.writeUInt16LE(name.length, 26);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(0x0314, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(e.flags ?? 0x0800, 8);
    ch.writeUInt16LE(method, 10);
    ch.writeUInt16LE(time, 12);
    ch.writeUInt16LE(date, 14);
    ch.writeUInt32LE(crc, 16);
    ch.writeUInt32LE(body.length, 20);
    ch.writeUInt32LE(data.length, 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt16LE(extra.length, 30);
    ch.writeUInt32LE(e.external ?? (0o100644 << 16) >>> 0, 38);
    ch.writeUInt32LE(offset, 42);
    locals.push(lh, name, body);
    centrals.push(ch, name, extra);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

// ---- sparse files, outside the watched world ------------------------------------------------

const bigDir = tempDir('mb-readers-big-');
/** A sparse file of `size` bytes (zeros), with `tail` written at its end; made once per name. */
function sparse(name: string, size: number, tail: Buffer = Buffer.alloc(0)): string {
  const file = path.join(bigDir, name);
  if (readdirSync(bigDir).includes(name)) return file;
  const fd = openSync(file, 'w');
  try {
    ftruncateSync(fd, size - tail.length);
  } finally {
    closeSync(fd);
  }
  if (tail.length > 0) writeFileSync(file, tail, { flag: 'a' });
  return file;
}

// ---- a valid profile and data to monitor -----------------------------------------------------

const DATA = `x,color\n${Array.from({ length: 60 }, (_, i) => `${(i * 7) % 23},${['red', 'green', 'blue'][i % 3]}`).join('\n')}\n`;
const profile = (() => {
  const p = new Profiler();
  for (const line of DATA.trim().split('\n').slice(1)) {
    const [x, color] = line.split(',');
    p.update({ x, color });
  }
  return p.toJSON();
})();
const profileWith = (edit: (p: Json) => void): string => {
  const p = JSON.parse(JSON.stringify(profile));
  edit(p);
  return JSON.stringify(p);
};
const monitorProfile = (text: string | Buffer, more: Partial<HostileCase> = {}): Omit<HostileCase, 'name'> => ({
  files: { 'new.csv': DATA, 'ref.json': text },
  args: () => ['monitor', '--profile', 'ref.json', '--data', 'new.csv'],
  code: 2,
  names: 'ref.json',
  ...more,
});

// ---- data, through `profile` -------------------------------------------------------------------

const profileData = (file: string, content: string | Buffer, more: Partial<HostileCase> = {}): Omit<HostileCase, 'name'> => ({
  files: { [file]: content },
  args: () => ['profile', file],
  code: 2,
  names: file,
  ...more,
});
const header100k = Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(',');

/** Predictions through a model folder copied into the repository. */
const withModel = (files: Record<string, string | Buffer> = {}) => ({
  get files() {
    return { ...real().model, 'in.csv': 'island,bill_length_mm,bill_depth_mm,flipper_length_mm,body_mass_g,sex\nBiscoe,47.5,14.2,217,5200,female\n', ...files };
  },
});
const predict = (...more: string[]) => () => ['predict', '--model', 'model', '--input', 'in.csv', '--backend', 'wasm', ...more];
const inPackage = (zip: () => Buffer) => ({
  get files() {
    return { 'pkg.zip': zip(), 'new.csv': 'island,bill_length_mm,bill_depth_mm,flipper_length_mm,body_mass_g,sex\nBiscoe,47.5,14.2,217,5200,female\n' };
  },
});
const inspect = () => ['inspect', 'pkg.zip'];

const cases: HostileCase[] = [
  // Non-regular files: refused by kind before anything is opened (a device or FIFO never ends).
  { name: 'inspect /dev/zero', args: () => ['inspect', '/dev/zero'], code: 2, names: '/dev/zero', says: 'character device' },
  { name: 'monitor --profile /dev/zero', files: { 'new.csv': DATA }, args: () => ['monitor', '--profile', '/dev/zero', '--data', 'new.csv'], code: 2, names: '/dev/zero', says: 'character device' },
  { name: 'monitor --data /dev/zero', files: { 'ref.json': JSON.stringify(profile) }, args: () => ['monitor', '--profile', 'ref.json', '--data', '/dev/zero'], code: 2, names: '/dev/zero' },
  { name: 'monitor --data a FIFO named .csv', files: { 'ref.json': JSON.stringify(profile) }, setup: mkfifo('new.csv'), args: () => ['monitor', '--profile', 'ref.json', '--data', 'new.csv'], code: 2, names: 'new.csv', says: 'FIFO' },
  { name: 'predict --input /dev/zero', ...withModel(), args: () => ['predict', '--model', 'model', '--input', '/dev/zero'], code: 2, names: '/dev/zero' },
  { name: 'profile /dev/zero', args: () => ['profile', '/dev/zero'], code: 2, names: '/dev/zero' },
  { name: 'profile a FIFO named .csv', setup: mkfifo('d.csv'), args: () => ['profile', 'd.csv'], code: 2, names: 'd.csv', says: 'FIFO' },
  { name: 'profile an empty folder', setup: (root) => mkdirSync(path.join(root, 'd.csv')), args: () => ['profile', 'd.csv'], code: 2, names: 'd.csv', says: 'holds no data files' },
  { name: 'profile a symlink to /dev/zero named .csv', setup: symlink('/dev/zero', 'z.csv'), args: () => ['profile', 'z.csv'], code: 2, names: 'z.csv', says: 'character device' },
  { name: 'inspect a FIFO named .zip', setup: mkfifo('pkg.zip'), args: inspect, code: 2, names: 'pkg.zip', says: 'FIFO' },
  { name: 'monitor --profile a folder', files: { 'new.csv': DATA, 'ref.json/x': '{}' }, args: () => ['monitor', '--profile', 'ref.json', '--data', 'new.csv'], code: 2, names: 'ref.json', says: 'folder' },
  { name: 'predict with weights.bin a FIFO', ...withModel(), setup: (root) => { rmSync(path.join(root, 'model/weights.bin')); mkfifo('model/weights.bin')(root); }, args: predict(), code: 2, names: 'weights.bin', says: 'FIFO' },

  // Packages: found from the tail, every structure checked before anything is inflated.
  { name: 'inspect a 1.9 GB sparse file that is not a zip', args: () => ['inspect', sparse('big.zip', 1900 * 1024 ** 2)], code: 2, names: 'big.zip', says: 'no end-of-central-directory record' },
  { name: 'inspect an empty file', files: { 'pkg.zip': '' }, args: inspect, code: 2, names: 'pkg.zip', says: 'only 0 bytes' },
  { name: 'inspect a package with a shell script prepended', get files() { return { 'pkg.zip': Buffer.concat([Buffer.from('#!/bin/sh\necho pwned\nexit 0\n'), real().zip]) }; }, args: inspect, code: 2, names: 'pkg.zip', says: 'bytes before the first zip entry' },
  {
    name: 'inspect a polyglot whose offsets count the prepended bytes (zip -A)',
    get files() {
      return { 'pkg.zip': Buffer.concat([Buffer.from('<html>not a zip</html>\n'), real().zip]) };
    },
    setup: (root) => execFileSync('zip', ['-qA', path.join(root, 'pkg.zip')]),
    commitSetup: true,
    args: inspect,
    code: 2,
    names: 'pkg.zip',
    says: 'bytes before the first zip entry',
  },
  { name: 'inspect a package cut in half', get files() { return { 'pkg.zip': real().zip.subarray(0, real().zip.length >> 1) }; }, args: inspect, code: 2, names: 'pkg.zip', says: 'end-of-central-directory' },
  { name: 'inspect a package missing its last byte', get files() { return { 'pkg.zip': real().zip.subarray(0, real().zip.length - 1) }; }, args: inspect, code: 2, names: 'pkg.zip' },
  { name: 'inspect a package with junk appended', get files() { return { 'pkg.zip': Buffer.concat([real().zip, Buffer.from('junk')]) }; }, args: inspect, code: 2, names: 'pkg.zip' },
  { name: 'inspect a zip with duplicate names', files: { 'pkg.zip': rawZip([{ name: 'metadata.json' }, { name: 'metadata.json' }]) }, args: inspect, code: 2, names: 'pkg.zip', says: 'duplicate name' },
  { name: 'inspect a zip with a path traversal name', files: { 'pkg.zip': rawZip([{ name: '../../outside/sentinel.txt' }]) }, args: inspect, code: 2, names: 'pkg.zip', says: 'zip-slip' },
  { name: 'inspect a zip with an absolute name', files: { 'pkg.zip': rawZip([{ name: '/etc/cron.d/x' }]) }, args: inspect, code: 2, names: 'pkg.zip', says: 'absolute path' },
  { name: 'inspect a zip with a symlink entry', files: { 'pkg.zip': rawZip([{ name: 'metadata.json', data: Buffer.from('/etc/passwd'), external: (0o120777 << 16) >>> 0 }]) }, args: inspect, code: 2, names: 'pkg.zip', says: 'symbolic link' },
  { name: 'inspect a zip with the encrypted flag', files: { 'pkg.zip': rawZip([{ name: 'metadata.json', flags: 0x0801 }]) }, args: inspect, code: 2, names: 'pkg.zip', says: 'encrypted' },
  { name: 'inspect a zip with a ZIP64 extra field', files: { 'pkg.zip': rawZip([{ name: 'a', extra: Buffer.from([1, 0, 8, 0, 1, 0, 0, 0, 0, 0, 0, 0]) }]) }, args: inspect, code: 2, names: 'pkg.zip', says: 'ZIP64' },
  { name: 'inspect a zip with a wrong CRC', files: { 'pkg.zip': rawZip([{ name: 'a', data: Buffer.from('hello'), crc: 1234 }]) }, args: inspect, code: 2, names: 'pkg.zip', says: 'CRC-32' },
  { name: 'inspect a zip with bzip2 compression', files: { 'pkg.zip': rawZip([{ name: 'a', method: 12 }]) }, args: inspect, code: 2, names: 'pkg.zip', says: 'compression method 12' },
  {
    name: 'inspect a zip with bytes hidden between entries',
    files: {
      'pkg.zip': (() => {
        const z = rawZip([{ name: 'a', data: Buffer.from('first') }, { name: 'b', data: Buffer.from('second') }]);
        // Move "b" and the directory 7 bytes on, and make the offsets agree: only the gap is wrong.
        const cut = 30 + 1 + 5;
        const out = Buffer.concat([z.subarray(0, cut), Buffer.from('HIDDEN!'), z.subarray(cut)]);
        const eocd = out.length - 22;
        const cd = out.readUInt32LE(eocd + 16) + 7;
        out.writeUInt32LE(cd, eocd + 16);
        const second = cd + 46 + 1;
        out.writeUInt32LE(out.readUInt32LE(second + 42) + 7, second + 42);
        return out;
      })(),
    },
    args: inspect,
    code: 2,
    names: 'pkg.zip',
    says: 'unexplained bytes',
  },
  { name: 'inspect a zip that is not a model-build package', files: { 'pkg.zip': writeZip([{ name: 'hello.txt', data: Buffer.from('hi') }], { mtime: 0 }) }, args: inspect, code: 2, names: 'pkg.zip', says: 'MANIFEST.sha256' },
  {
    name: 'inspect a package whose weights were swapped after packaging',
    get files() {
      const files = new Map(readZip(real().zip).map((e) => [e.name, e.data]));
      files.set('model/weights.bin', Buffer.alloc(files.get('model/weights.bin')!.length, 1));
      return { 'pkg.zip': writeZip([...files].map(([name, data]) => ({ name, data })), { mtime: 0 }) };
    },
    args: inspect,
    code: 2,
    names: 'pkg.zip',
    says: 'does not match its digest',
  },
  { name: 'inspect a package whose metadata.json fails the schema', get files() { return { 'pkg.zip': repack((f, j) => { const m = j('metadata.json'); m.task = 42; f.set('metadata.json', Buffer.from(JSON.stringify(m))); }, true) }; }, args: inspect, code: 2, names: 'pkg.zip', says: 'metadata schema' },
  { name: 'inspect a package whose metadata.json is not JSON', get files() { return { 'pkg.zip': repack((f) => { f.set('metadata.json', Buffer.from('{"format": 1,')); }, true) }; }, args: inspect, code: 2, names: 'pkg.zip', says: 'not valid JSON' },
  { name: 'inspect a package from a newer metadata format', get files() { return { 'pkg.zip': repack((f, j) => { const m = j('metadata.json'); m.format = 99; f.set('metadata.json', Buffer.from(JSON.stringify(m))); }, true) }; }, args: inspect, code: 2, names: 'pkg.zip', says: 'upgrade model-build' },
  {
    name: 'inspect a package whose metadata.json declares 17 MiB',
    get files() {
      // Random text, so the ratio limit does not catch it first: the JSON size limit must.
      const noise = Buffer.alloc(13 * 1024 * 1024);
      for (let i = 0, x = 1; i < noise.length; i++) noise[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
      return { 'pkg.zip': repack((f) => { f.set('metadata.json', Buffer.from(`{"pad":"${noise.toString('base64')}"}`)); }, true) };
    },
    args: inspect,
    code: 2,
    names: 'pkg.zip',
    says: 'metadata.json declares 17',
  },
  {
    name: 'monitor --package whose profile.json has the wrong shape',
    ...inPackage(() => repack((f, j) => { const p = j('profile.json'); p.columns.body_mass_g.summary.missingRate = 'NaN'; f.set('profile.json', Buffer.from(JSON.stringify(p))); })),
    args: () => ['monitor', '--package', 'pkg.zip', '--data', 'new.csv'],
    code: 2,
    names: 'pkg.zip',
    says: '/columns/body_mass_g/summary/missingRate',
  },
  {
    name: 'monitor --package whose preprocessor.json has no steps',
    ...inPackage(() => repack((f, j) => { const p = j('preprocessor.json'); delete p.steps; f.set('preprocessor.json', Buffer.from(JSON.stringify(p))); })),
    args: () => ['monitor', '--package', 'pkg.zip', '--data', 'new.csv'],
    code: 2,
    names: 'pkg.zip',
    says: 'steps',
  },

  // Profiles: shape and values checked before use, the field named.
  { name: 'a profile that is not JSON', ...monitorProfile('{"format": 2, "rows": '), says: 'not valid JSON' },
  { name: 'a profile that is a JSON array', ...monitorProfile('[1, 2, 3]'), says: 'expected a JSON object' },
  { name: 'a profile without columns', ...monitorProfile(profileWith((p) => delete p.columns)), says: '/columns' },
  { name: 'a profile whose columns are an array', ...monitorProfile(profileWith((p) => (p.columns = [1, 2]))), says: '/columns must be an object' },
  { name: 'a profile with an unknown column type', ...monitorProfile(profileWith((p) => (p.columns.x.type = 'float'))), says: '/columns/x/type' },
  { name: 'a profile with a missing rate of "NaN"', ...monitorProfile(profileWith((p) => (p.columns.x.summary.missingRate = 'NaN'))), says: '/columns/x/summary/missingRate' },
  { name: 'a profile with a missing rate of 1e999 (Infinity)', ...monitorProfile(profileWith((p) => (p.columns.x.summary.missingRate = 0)).replace('"missingRate":0', '"missingRate":1e999')), says: 'missingRate' },
  { name: 'a profile with negative rows', ...monitorProfile(profileWith((p) => (p.rows = -5))), says: '/rows' },
  { name: 'a profile with more missing than values', ...monitorProfile(profileWith((p) => (p.columns.color.summary.missing = 1000))), says: '/columns/color/summary/missing' },
  { name: 'a profile whose quantile sketch is of another kind', ...monitorProfile(profileWith((p) => (p.columns.x.state.quantiles.kind = 'tdigest'))), says: '/columns/x/state/quantiles' },
  { name: 'a profile with 100 000 frequent items', ...monitorProfile(profileWith((p) => (p.columns.color.state.frequent.items = Array.from({ length: 100_000 }, (_, i) => [`v${i}`, 1])))), says: '/columns/color/state/frequent' },
  { name: 'a profile with a __proto__ column that is not an object', ...monitorProfile('{"format":2,"rows":1,"columns":{"__proto__":5}}'), says: '/columns/__proto__' },
  { name: 'a profile from a newer format', ...monitorProfile(profileWith((p) => (p.format = 3))), says: 'newer model-build' },
  { name: 'a profile of format "2" as a string', ...monitorProfile(profileWith((p) => (p.format = '2'))), says: 'not a model-build profile' },
  { name: 'a profile nested 100 000 levels deep', ...monitorProfile(`{"format":2,"rows":1,"columns":{"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`), says: '/columns/x' },
  { name: 'a profile that is not UTF-8', ...monitorProfile(Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d])), says: 'not UTF-8' },
  { name: 'a profile of 300 MB', files: { 'new.csv': DATA }, args: () => ['monitor', '--profile', sparse('huge-profile.json', 300 * 1024 ** 2), '--data', 'new.csv'], code: 2, names: 'huge-profile.json', says: 'more than the limit of 256 MiB' },

  // Data: limits while streaming, NUL and encodings anywhere, the line named.
  { name: 'a 3 MB single field (over the 1 MiB field limit)', ...profileData('d.csv', `a,b\n1,${'x'.repeat(3_000_000)}\n`), names: 'd.csv:2', says: '1,048,576 characters' },
  { name: 'a quoted field that never closes, 3 MB on', ...profileData('d.csv', `a,b\n1,2\n3,"${'y'.repeat(3_000_000)}\n`), names: 'd.csv:3', says: 'close it with a quote' },
  { name: 'a header of 100 000 columns', ...profileData('d.csv', `${header100k}\n`), names: 'd.csv:1', says: '100,000 fields, more than the limit of 10,000 columns' },
  { name: 'a JSON Lines record with 20 000 keys', ...profileData('d.jsonl', `${JSON.stringify(Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i])))}\n`), names: 'd.jsonl:1', says: '20,000 keys' },
  {
    name: 'JSON Lines whose keys add up to 10 002 columns',
    ...profileData('d.jsonl', [0, 1].map((l) => JSON.stringify(Object.fromEntries(Array.from({ length: 5001 }, (_, i) => [`k${l}_${i}`, i])))).join('\n')),
    names: 'd.jsonl:2',
    says: 'distinct keys',
  },
  { name: 'a NUL byte past the first 8 KB of a CSV', ...profileData('d.csv', Buffer.from(`a,b\n${'1,2\n'.repeat(5000)}3,\u00004\n`)), names: 'd.csv:5002', says: 'NUL' },
  { name: 'a NUL byte in the middle of JSON Lines', ...profileData('d.jsonl', Buffer.from(`${'{"a":1}\n'.repeat(3000)}{"a":"\u0000"}\n`)), names: 'd.jsonl:3001', says: 'NUL' },
  { name: 'invalid UTF-8 on line 5002 of a CSV', ...profileData('d.csv', Buffer.concat([Buffer.from(`a,b\n${'1,2\n'.repeat(5000)}3,`), Buffer.from([0xe9, 0x0a])])), names: 'd.csv:5002', says: 'not valid UTF-8' },
  { name: 'a column name of 5 000 characters', ...profileData('d.csv', `a,${'b'.repeat(5000)}\n1,2\n`), names: 'd.csv:1', says: 'longer than the limit of 1,024 characters' },
  { name: 'a CSV with only a header', ...profileData('d.csv', 'a,b,c\n'), says: 'no data rows' },
  { name: 'a JSON Lines file with one 9 MB line', ...profileData('d.jsonl', `{"a":"${'z'.repeat(9 * 1024 * 1024)}"}\n`), names: 'd.jsonl:1', says: '8,388,608 characters' },
  { name: 'a .json data file nested 100 000 levels deep', ...profileData('d.json', `[{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}]`), names: 'd.json:1', says: 'holds an array' },
  { name: 'a .json data file of 300 MB', args: () => ['profile', sparse('huge.json', 300 * 1024 ** 2)], code: 2, names: 'huge.json', says: 'JSON Lines' },
  { name: 'a .json data file that is one object, not an array', ...profileData('d.json', '{"a": 1}'), says: 'expected a JSON array' },
  { name: 'a UTF-16 CSV (little-endian BOM)', ...profileData('d.csv', Buffer.from('\uFEFFa,b\n1,2\n', 'utf16le')), says: 'UTF-16' },
  { name: 'a UTF-32 CSV (big-endian BOM)', ...profileData('d.csv', Buffer.from([0, 0, 0xfe, 0xff, 0, 0, 0, 0x61, 0, 0, 0, 0x0a])), says: 'UTF-32' },
  { name: 'CR-only line endings with a short row on line 3', ...profileData('d.csv', 'a,b\r1,2\r3\r4,5\r'), names: 'd.csv:3', says: 'row has 1 fields' },
  { name: 'a gzip file named .csv', ...profileData('d.csv', Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3])), says: 'gzip' },
  { name: 'a Git LFS pointer instead of the data', ...profileData('d.csv', 'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a\nsize 12345\n'), says: 'git lfs pull' },
  { name: 'a header with two columns of one name', ...withModel({ 'in.csv': 'island,island\nBiscoe,Dream\n' }), args: predict(), code: 2, names: 'in.csv:1', says: 'appears twice' },
  { name: 'a header with a nameless column (trailing comma)', ...profileData('d.csv', 'a,b,\n1,2,\n'), names: 'd.csv:1', says: 'has no name' },
  { name: 'monitor --data with a ragged row', files: { 'ref.json': JSON.stringify(profile), 'new.csv': 'x,color\n1,red\n2\n' }, args: () => ['monitor', '--profile', 'ref.json', '--data', 'new.csv'], code: 2, names: 'new.csv:3' },
  { name: 'predict --input with a nested JSON value', ...withModel({ 'in.jsonl': '{"island":{"$gt":""}}\n' }), args: () => ['predict', '--model', 'model', '--input', 'in.jsonl', '--backend', 'wasm'], code: 2, names: 'in.jsonl:1', says: 'holds an object' },

  // Outputs: checked before the work, written whole or not at all.
  { name: 'monitor --html into a folder that does not exist', files: { 'ref.json': JSON.stringify(profile), 'new.csv': DATA }, args: () => ['monitor', '--profile', 'ref.json', '--data', 'new.csv', '--html', 'nope/x.html'], code: 2, names: 'nope/x.html' },
  { name: 'monitor --markdown below a file', files: { 'ref.json': JSON.stringify(profile), 'new.csv': DATA, 'f': 'x' }, args: () => ['monitor', '--profile', 'ref.json', '--data', 'new.csv', '--markdown', 'f/x.md'], code: 2, names: 'f/x.md' },
  { name: 'profile --out into a folder that does not exist', files: { 'd.csv': DATA }, args: () => ['profile', 'd.csv', '--out', 'nope/p.json'], code: 2, names: 'nope/p.json' },
  { name: 'profile --out an existing folder', files: { 'd.csv': DATA, 'out/keep': 'k' }, args: () => ['profile', 'd.csv', '--out', 'out'], code: 2, names: '"out"' },
  { name: 'predict --output into a folder that does not exist', ...withModel(), args: predict('--output', 'nope/out.jsonl'), code: 2, names: 'nope/out.jsonl' },
  { name: 'predict --strict with a missing value writes no --output', ...withModel({ 'in.csv': 'island,bill_length_mm,bill_depth_mm,flipper_length_mm,body_mass_g,sex\nBiscoe,47.5,14.2,217,5200,female\nDream,,15,200,4000,male\n' }), args: predict('--strict', '--output', 'out.jsonl'), code: 2, names: 'in.csv:3', says: 'column "bill_length_mm" is missing' },
  { name: 'predict --strict with an unparseable number', ...withModel({ 'in.csv': 'island,bill_length_mm,bill_depth_mm,flipper_length_mm,body_mass_g,sex\nBiscoe,abc,14.2,217,5200,female\n' }), args: predict('--strict'), code: 2, names: 'in.csv:2', says: '"abc" is not a number' },

  // Model folders: every file checked before the model runs.
  { name: 'a model whose preprocessor.json is not JSON', ...withModel({ 'model/preprocessor.json': '{"format": 1,' }), args: predict(), code: 2, names: 'preprocessor.json', says: 'not valid JSON' },
  { name: 'a model whose preprocessor.json is from a newer format', ...withModel({ 'model/preprocessor.json': '{"format": 2}' }), args: predict(), code: 2, names: 'preprocessor.json', says: 'upgrade model-build' },
  {
    name: 'a model whose preprocessor makes more inputs than the model takes',
    get files() {
      const pre = JSON.parse(real().model['model/preprocessor.json']!.toString('utf8'));
      const step = pre.steps.find((s: { kind: string }) => s.kind === 'categorical');
      step.vocabulary.push('Atlantis');
      pre.inputs.push(`${step.column}=Atlantis`);
      return { ...withModel().files, 'model/preprocessor.json': JSON.stringify(pre) };
    },
    args: predict(),
    code: 2,
    names: 'model.json',
    says: 'preprocessor.json makes',
  },
  { name: 'a model whose vocabulary is not a list of strings', get files() { const pre = JSON.parse(real().model['model/preprocessor.json']!.toString('utf8')); pre.steps.find((s: { kind: string }) => s.kind === 'categorical').vocabulary = 'Biscoe'; return { ...withModel().files, 'model/preprocessor.json': JSON.stringify(pre) }; }, args: predict(), code: 2, names: 'preprocessor.json', says: 'vocabulary' },
  { name: 'a model whose weights.bin is truncated', get files() { return { ...withModel().files, 'model/weights.bin': real().model['model/weights.bin']!.subarray(0, 10) }; }, args: predict(), code: 2, names: 'model.json', says: 'cannot be loaded' },
];

describe('hostile input to the readers', () => {
  it('has at least 55 distinct cases', () => {
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    expect(cases.length).toBeGreaterThanOrEqual(55);
  });
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    runHostile(c);
  }, 180_000);
});

