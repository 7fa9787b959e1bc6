// DVC compatibility proven with vectors that our code did not produce: hashes asserted in
// DVC's and dvc-data's own test suites and docs (see fixtures/DVC-VECTORS.md for each source),
// and serializations printed by CPython's json.dumps.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { checkWorkspace, dvcDirHash, HashPool, pythonJsonDumps } from '../src/index.js';
import { dvcFile } from './helpers/dvc.js';
import { commitAll, git, makeRepo, tempDir, writeFiles } from './helpers/repo.js';

interface Content {
  content_utf8?: string;
  content_base64?: string;
}
interface Vectors {
  files: Array<Content & { name: string; md5: string; md5_dos2unix: string; source: string }>;
  dirs: Array<{ name: string; files: Record<string, Content>; md5: string; size: number; nfiles: number; legacy: boolean; source: string }>;
  dir_listings: Array<{ entries: Array<Record<string, string>>; md5: string; serialized_utf8?: string; entry_hash_key?: string; source: string }>;
}

const vectors = JSON.parse(readFileSync(new URL('./fixtures/dvc-vectors.json', import.meta.url), 'utf8')) as Vectors;
const bytesOf = (c: Content) => (c.content_base64 !== undefined ? Buffer.from(c.content_base64, 'base64') : Buffer.from(c.content_utf8 ?? '', 'utf8'));

describe('Python json.dumps(sort_keys=True) compatibility', () => {
  it.each(vectors.dir_listings.filter((l) => l.serialized_utf8))('serializes $md5 byte for byte as dvc-data did', (l) => {
    expect(pythonJsonDumps(l.entries)).toBe(l.serialized_utf8);
  });

  // Expected strings printed by CPython 3.11: json.dumps(listing, sort_keys=True).
  it.each([
    [[{ relpath: 'café/ü.csv', md5: '0'.repeat(32) }], '[{"md5": "00000000000000000000000000000000", "relpath": "caf\\u00e9/\\u00fc.csv"}]'],
    [[{ relpath: 'emoji/😀.txt', md5: '1'.repeat(32) }], '[{"md5": "11111111111111111111111111111111", "relpath": "emoji/\\ud83d\\ude00.txt"}]'],
    [
      [{ relpath: 'quote"back\\slash\ttab\x7fdel\x01', md5: '2'.repeat(32) }],
      '[{"md5": "22222222222222222222222222222222", "relpath": "quote\\"back\\\\slash\\ttab\\u007fdel\\u0001"}]',
    ],
  ])('escapes %j as Python does', (value, expected) => {
    expect(pythonJsonDumps(value)).toBe(expected);
  });

  it('orders relpaths by code point as Python does, not by UTF-16 unit', () => {
    // U+FF5E sorts before U+1F600 in Python; in UTF-16 the surrogate 0xD83D sorts first.
    const listing = [
      { md5: 'b'.repeat(32), relpath: '\u{1F600}' },
      { md5: 'a'.repeat(32), relpath: '\uff5e' },
    ];
    expect(dvcDirHash(listing)).toBe('75538c637ffbb420a23e0d6ef7d98f6a.dir'); // CPython-computed
  });
});

describe('DVC .dir hashes from listings in DVC sources', () => {
  it.each(vectors.dir_listings.filter((l) => !l.entry_hash_key || l.entry_hash_key === 'md5'))('$md5', (l) => {
    const entries = l.entries.map((e) => ({ md5: e.md5!, relpath: e.relpath! }));
    expect(dvcDirHash(entries)).toBe(l.md5);
  });
});

describe('file hashes (md5 raw and md5-dos2unix) against DVC test-suite values', () => {
  const pool = new HashPool(2);
  afterAll(() => pool.close());
  const dir = tempDir('mb-vec-');
  it.each(vectors.files.map((f, i) => ({ ...f, i })))('$name', async (f) => {
    const file = `${dir}/f${f.i}`;
    writeFiles(dir, { [`f${f.i}`]: bytesOf(f) });
    const d = await pool.hash(file, ['md5', 'md5-dos2unix']);
    expect(d.md5).toBe(f.md5);
    expect(d['md5-dos2unix']).toBe(f.md5_dos2unix);
  });
});

describe('checkWorkspace accepts real trees that DVC hashed', () => {
  it(`verifies all ${vectors.dirs.length} directory vectors and ${vectors.files.length} file vectors committed as .dvc pointers`, async () => {
    const root = makeRepo({ 'README.md': 'vectors\n' });
    const files: Record<string, string | Buffer> = {};
    const ignored: string[] = [];
    vectors.dirs.forEach((d, i) => {
      for (const [rel, c] of Object.entries(d.files)) files[`d${i}/${rel}`] = bytesOf(c);
      files[`d${i}.dvc`] = dvcFile({ path: `d${i}`, md5: d.md5, size: d.size, nfiles: d.nfiles, legacy: d.legacy });
      ignored.push(`/d${i}`);
    });
    vectors.files.forEach((f, i) => {
      files[`f${i}`] = bytesOf(f);
      files[`f${i}.dvc`] = dvcFile({ path: `f${i}`, md5: f.md5, size: bytesOf(f).length });
      // The same bytes under a DVC 2 pointer, which records md5-dos2unix.
      files[`legacy${i}`] = bytesOf(f);
      files[`legacy${i}.dvc`] = dvcFile({ path: `legacy${i}`, md5: f.md5_dos2unix, size: bytesOf(f).length, legacy: true });
      ignored.push(`/f${i}`, `/legacy${i}`);
    });
    files['.gitignore'] = `${ignored.join('\n')}\n`;
    writeFiles(root, files);
    commitAll(root);
    const report = await checkWorkspace({ root, cacheFile: null });
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.data.filter((d) => d.kind === 'dvc-dir')).toHaveLength(vectors.dirs.length);
    expect(report.data.filter((d) => d.kind === 'dvc-file')).toHaveLength(vectors.files.length * 2);
    expect(git(root, 'status', '--porcelain')).toBe('');
  });
});
