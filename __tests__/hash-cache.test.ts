/**
 * The hash cache is an accelerator, never evidence: an in-place edit with the mtime set back
 * is caught (ctime is in the key), an older cache format or a damaged cache is ignored, and a
 * temp file left by a killed process is swept by the next one.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CACHE_FORMAT, HashCache, Hasher } from '../src/core/hashing/index.js';
import { cli, projectRoot } from './helpers/cli.js';
import { dvcFile, md5 } from './helpers/dvc.js';
import { makeRepo, tempDir } from './helpers/repo.js';

const rows = Array.from({ length: 60 }, (_, i) => `${i},${(i * 7) % 11},${i % 2 ? 'p' : 'q'}`).join('\n');
const CSV = `a,b,y\n${rows}\n`;
/** A whole second: utimes sets it back exactly (a fraction would be rounded to the microsecond). */
const MTIME = 1_700_000_000;

/** A repository whose data is DVC-tracked (git ignores it): only the hash check guards it. */
function dvcRepo(): string {
  const root = makeRepo({
    '.gitignore': '/d.csv\nmodel-build-out/\n',
    'd.csv': CSV,
    'd.csv.dvc': dvcFile({ path: 'd.csv', md5: md5(CSV), size: Buffer.byteLength(CSV) }),
    'model-build.yml': 'name: m\nseed: 1\ndata:\n  path: d.csv\n  label: y\ntraining:\n  epochs: 1\n  backend: cpu\n',
  });
  utimesSync(path.join(root, 'd.csv'), MTIME, MTIME);
  return root;
}

const check = (root: string, args: string[] = []) => cli(['check', '--json', ...args], { cwd: root });
const cacheFile = (root: string) => path.join(root, '.git/model-build/hash-cache.json');

/** Same size, same inode, same mtime: only the bytes (and the kernel-set ctime) changed. */
function editInPlaceKeepingMtime(root: string): void {
  const file = path.join(root, 'd.csv');
  const before = statSync(file);
  writeFileSync(file, CSV.replace('\n5,2,p\n', '\n5,9,p\n'));
  utimesSync(file, MTIME, MTIME);
  const after = statSync(file);
  expect([after.size, after.ino, after.mtimeMs]).toEqual([before.size, before.ino, before.mtimeMs]);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('hash cache keys', () => {
  it('an in-place edit with the mtime set back fails check and build', () => {
    const root = dvcRepo();
    const first = check(root);
    expect(first.code, first.stdout).toBe(0);
    expect(JSON.parse(first.stdout).stats).toMatchObject({ hashedFiles: 1 });
    const again = JSON.parse(check(root).stdout);
    expect(again.stats).toMatchObject({ cacheHits: 1, hashedFiles: 0 }); // the cache works
    editInPlaceKeepingMtime(root);
    const r = check(root);
    expect(r.code, r.stdout).toBe(1);
    expect(JSON.parse(r.stdout).data).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'd.csv', status: 'modified' })]));
    const b = cli(['build', '--config', 'model-build.yml'], { cwd: root });
    expect(b.code, b.stdout + b.stderr).toBe(1);
    expect(b.stdout).toContain('d.csv does not match d.csv.dvc');
    expect(b.stdout).toContain('build refused');
    expect(existsSync(path.join(root, 'model-build-out'))).toBe(false);
  });

  it('a cache in the previous format (no ctime) is ignored, not trusted', () => {
    const root = dvcRepo();
    const st = statSync(path.join(root, 'd.csv'), { bigint: true });
    // What format 1 stored for this very file, with a wrong digest: trusting it would say "modified".
    mkdirSync(path.dirname(cacheFile(root)), { recursive: true });
    const entry = { size: Number(st.size), md5: 'f'.repeat(32), mtime: String(st.mtimeNs), ino: String(st.ino) };
    writeFileSync(cacheFile(root), JSON.stringify({ format: 1, entries: { 'd.csv': entry } }));
    const r = check(root);
    expect(r.code, r.stdout).toBe(0);
    expect(JSON.parse(r.stdout).stats).toMatchObject({ cacheHits: 0, hashedFiles: 1 });
    expect(JSON.parse(readFileSync(cacheFile(root), 'utf8')).format).toBe(CACHE_FORMAT);
  });

  it('looks up nothing when ctime differs, all else equal', () => {
    const dir = tempDir();
    const file = path.join(dir, 'x');
    writeFileSync(file, 'x');
    const st = statSync(file, { bigint: true });
    const cache = new HashCache(null);
    cache.set('x', st, { size: 1, md5: md5('x') });
    expect(cache.get('x', st)).toEqual({ size: 1, md5: md5('x') });
    expect(cache.get('x', { ...st, ctimeNs: st.ctimeNs + 1n } as typeof st)).toBeUndefined();
    expect(cache.get('x', { ...st, mtimeNs: st.mtimeNs + 1n } as typeof st)).toBeUndefined();
  });

  it('does not trust an entry as new as the cache file itself (changed in the same clock tick)', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'd.bin');
    writeFileSync(file, 'payload');
    await sleep(30);
    const cache = path.join(dir, 'cache.json');
    const hash = async () => {
      const h = new Hasher({ root: dir, cacheFile: cache, concurrency: 1 });
      await h.digest(file, ['md5']);
      await h.close();
      return h.progress.cacheHits;
    };
    expect(await hash()).toBe(0);
    expect(await hash()).toBe(1);
    // Pretend the cache was written no later than the file last changed.
    const ctime = statSync(file).ctimeMs / 1000;
    utimesSync(cache, ctime - 1, ctime - 1);
    expect(await hash()).toBe(0);
  });
});

/** Damaged or hand-edited caches: each is ignored (the file is hashed) and replaced by a valid one. */
type Stats = { size: bigint; mtimeNs: bigint; ctimeNs: bigint; ino: bigint };
const damaged: Array<{ name: string; content: (st: Stats) => string | Buffer }> = [
  { name: 'an empty file (killed before the first write)', content: () => '' },
  { name: 'binary garbage', content: () => Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0x22]) },
  { name: 'truncated JSON', content: () => `{"format":${CACHE_FORMAT},"entries":{"d.csv":{"size":` },
  { name: 'JSON null', content: () => 'null' },
  { name: 'entries as an array', content: () => JSON.stringify({ format: CACHE_FORMAT, entries: [] }) },
  {
    name: 'a matching entry whose md5 is not hex',
    content: (st) => JSON.stringify({ format: CACHE_FORMAT, entries: { 'd.csv': { ...stats(st), md5: 'not-a-digest' } } }),
  },
  {
    name: 'a matching entry whose size is a string',
    content: (st) => JSON.stringify({ format: CACHE_FORMAT, entries: { 'd.csv': { ...stats(st), size: String(st.size), md5: 'f'.repeat(32) } } }),
  },
  {
    name: 'a __proto__ entry beside a wrong one',
    content: (st) => `{"format":${CACHE_FORMAT},"entries":{"__proto__":{"size":1},"d.csv":${JSON.stringify({ ...stats(st), mtime: '1', md5: 'f'.repeat(32) })}}}`,
  },
];

function stats(st: Stats) {
  return { size: Number(st.size), mtime: String(st.mtimeNs), ctime: String(st.ctimeNs), ino: String(st.ino) };
}

describe('a damaged hash cache', () => {
  it.each(damaged)('$name: ignored, the data hashed, a valid cache written', async ({ content }) => {
    const root = dvcRepo();
    await sleep(30); // the entry must be older than the cache file, or it is ignored as racy anyway
    mkdirSync(path.dirname(cacheFile(root)), { recursive: true });
    writeFileSync(cacheFile(root), content(statSync(path.join(root, 'd.csv'), { bigint: true })));
    const r = check(root);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).stats).toMatchObject({ cacheHits: 0, hashedFiles: 1 });
    const saved = JSON.parse(readFileSync(cacheFile(root), 'utf8'));
    expect(saved.format).toBe(CACHE_FORMAT);
    expect(saved.entries['d.csv'].md5).toBe(md5(CSV));
  });
});

describe('hash cache temp files', () => {
  it('sweeps temp files of processes that are gone, keeps those of live ones', () => {
    const root = dvcRepo();
    const dir = path.dirname(cacheFile(root));
    mkdirSync(dir, { recursive: true });
    const dead = spawnSync(process.execPath, ['-e', '']).pid!; // exited: its PID is free
    const names = [`hash-cache.json.${dead}.tmp`, `hash-cache.json.${process.pid}.tmp`, 'hash-cache.json.notes.tmp'];
    for (const n of names) writeFileSync(path.join(dir, n), '');
    const r = check(root);
    expect(r.code, r.stdout).toBe(0);
    const left = readdirSync(dir).sort();
    expect(left).not.toContain(names[0]);
    expect(left).toContain(names[1]); // this test process is alive: maybe mid-write
    expect(left).toContain(names[2]); // not one of ours
    expect(left).toContain('hash-cache.json');
  });

  it('a cache that cannot be saved leaves no temp file and does not fail the check', () => {
    const root = dvcRepo();
    mkdirSync(cacheFile(root), { recursive: true }); // a folder where the file should be: rename fails
    const r = check(root);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(readdirSync(path.dirname(cacheFile(root))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('hashing workers', () => {
  it('work under a parent started with --input-type=module (the worker source is CommonJS)', () => {
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    const pool = pathToFileURL(path.join(projectRoot, 'src/core/hashing/pool.ts')).href;
    const r = spawnSync(
      process.execPath,
      ['--import', tsx, '--input-type=module', '-e', `const { HashPool } = await import(${JSON.stringify(pool)}); const p = new HashPool(2); console.log(JSON.stringify(await p.hash(${JSON.stringify(path.join(projectRoot, 'package.json'))}, ['md5']))); await p.close();`],
      { encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).md5).toBe(md5(readFileSync(path.join(projectRoot, 'package.json'))));
  });
});

describe('HashPool batches', () => {
  it('answers every file of many batches with its own digest, and an unreadable one with its own error', async () => {
    const { HashPool, FileReadError } = await import('../src/core/hashing/pool.js');
    const dir = tempDir();
    const files = Array.from({ length: 150 }, (_, i) => {
      const file = path.join(dir, `f${i}`);
      // Sizes around the batch caps: many small files, and some of several MiB.
      writeFileSync(file, Buffer.alloc(i % 25 === 0 ? (3 << 20) + i : 100 + i, i));
      return file;
    });
    const missing = path.join(dir, 'gone');
    const pool = new HashPool(2);
    try {
      const all = [...files.slice(0, 70), missing, ...files.slice(70)];
      const answers = await Promise.allSettled(all.map((f) => pool.hash(f, ['md5'], existsSync(f) ? statSync(f).size : 0)));
      answers.forEach((a, i) => {
        if (all[i] === missing) {
          expect(a.status).toBe('rejected');
          expect((a as PromiseRejectedResult).reason).toBeInstanceOf(FileReadError);
          expect((a as PromiseRejectedResult).reason.file).toBe(missing);
        } else {
          expect(a.status).toBe('fulfilled');
          const d = (a as PromiseFulfilledResult<{ md5?: string; size: number }>).value;
          expect(d.md5).toBe(md5(readFileSync(all[i]!)));
          expect(d.size).toBe(statSync(all[i]!).size);
        }
      });
    } finally {
      await pool.close();
    }
    // Work that outlives a failed check must not start threads nobody closes (the process hung).
    await expect(pool.hash(files[0]!, ['md5'])).rejects.toThrow(/hash pool is closed/);
  });
});
