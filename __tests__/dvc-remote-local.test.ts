import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRemote, pullData } from '../src/core/dvc/index.js';
import { ModelBuildError } from '../src/core/errors.js';
import { checkWorkspace } from '../src/core/provenance/index.js';
import { cli } from './helpers/cli.js';
import { md5 } from './helpers/dvc.js';
import { CRLF, DIR2, DIR3, dvcRemoteRepo, dvcRemoteRepoWhole, fillFolderRemote, fixtureObjects, TRAIN_CSV, UNUSED } from './helpers/dvcRemote.js';
import { commitAll, tempDir } from './helpers/repo.js';

const localConfig = (url: string) => `[core]\n    remote = storage\n['remote "storage"']\n    url = ${url}\n`;

/** A repository whose default remote is a folder holding every object but those named in `leaveOut`. */
function setup(leaveOut: string[] = [], whole = false) {
  const remote = tempDir('mb-remote-');
  fillFolderRemote(remote, fixtureObjects().filter((o) => !leaveOut.includes(o.what)));
  const root = (whole ? dvcRemoteRepoWhole : dvcRemoteRepo)(localConfig(remote));
  return { root, remote };
}

const errorOf = async (p: Promise<unknown>): Promise<ModelBuildError> => {
  try {
    await p;
  } catch (e) {
    if (ModelBuildError.is(e)) return e;
    throw e;
  }
  throw new Error('expected a ModelBuildError');
};

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, rel: string) => {
    for (const name of readdirSync(d).sort()) {
      const abs = path.join(d, name);
      if (statSync(abs).isDirectory()) walk(abs, `${rel}${name}/`);
      else out.push(`${rel}${name}`);
    }
  };
  if (existsSync(dir)) walk(dir, '');
  return out;
}

describe('pull from a folder remote', () => {
  it('fetches exactly the objects the config reads, into the DVC cache layout and the workspace', async () => {
    const { root } = setup();
    const report = await pullData({ root, retry: { baseDelayMs: 1 } });
    expect(report.ok).toBe(true);
    expect(readFileSync(path.join(root, 'data/train.csv'), 'utf8')).toBe(TRAIN_CSV);
    expect(readFileSync(path.join(root, 'data/legacy.txt'), 'utf8')).toBe(CRLF.content_utf8); // raw bytes, CRLF kept
    expect(readFileSync(path.join(root, 'data/dir/subdir/subbar'), 'utf8')).toBe('subbar');
    expect(readFileSync(path.join(root, 'data/dir/subdir/subfoo'), 'utf8')).toBe('subfoo');
    // The whole DVC folder out the config reads a sub-folder of: check proves a folder by the
    // digest of all its files. Outs the config does not read stay out.
    expect(readFileSync(path.join(root, 'data/dir/foo'), 'utf8')).toBe('foo');
    expect(readFileSync(path.join(root, 'data/old/subdir/subfile'), 'utf8')).toBe('subfile');
    expect(existsSync(path.join(root, 'data/unused.csv'))).toBe(false);
    // The cache in DVC's layout: DVC 3 under files/md5, DVC 2 at the top, listings included, read-only.
    const cache = listFiles(path.join(root, '.dvc/cache'));
    expect(cache).toEqual(
      [
        `files/md5/${DIR3.md5.slice(0, 2)}/${DIR3.md5.slice(2)}`,
        ...['bar', 'foo', 'subbar', 'subfoo', 'x,y\n1,a\n2,b\n3,a\n4,b\n'].map((c) => `files/md5/${md5(c).slice(0, 2)}/${md5(c).slice(2)}`),
        `${CRLF.md5_dos2unix.slice(0, 2)}/${CRLF.md5_dos2unix.slice(2)}`,
        `${DIR2.md5.slice(0, 2)}/${DIR2.md5.slice(2)}`,
        ...['file', 'subfile'].map((c) => `${md5(c).slice(0, 2)}/${md5(c).slice(2)}`),
      ].sort(),
    );
    const one = path.join(root, '.dvc/cache/files/md5', md5(TRAIN_CSV).slice(0, 2), md5(TRAIN_CSV).slice(2));
    expect(statSync(one).mode & 0o777).toBe(0o444);
    expect(report.objects).toEqual({ needed: 10, downloaded: 10, cached: 0, failed: 0 });
    expect(report.files).toEqual({ total: 8, checkedOut: 8, upToDate: 0 });
    // No temp file left anywhere.
    expect(listFiles(root).filter((f) => f.includes('mb-tmp'))).toEqual([]);
  });

  it('a second pull transfers nothing; after the workspace is removed it checks out from the cache', async () => {
    const { root } = setup();
    await pullData({ root });
    const again = await pullData({ root });
    expect(again.objects).toEqual({ needed: 2, downloaded: 0, cached: 2, failed: 0 }); // the two folder listings
    expect(again.bytesDownloaded).toBe(0);
    expect(again.files).toEqual({ total: 8, checkedOut: 0, upToDate: 8 });
    rmSync(path.join(root, 'data/train.csv'));
    const third = await pullData({ root });
    expect(third.objects).toEqual({ needed: 3, downloaded: 0, cached: 3, failed: 0 });
    expect(readFileSync(path.join(root, 'data/train.csv'), 'utf8')).toBe(TRAIN_CSV);
  });

  it('without a config pulls every committed DVC output', async () => {
    const { root } = setup();
    const report = await pullData({ root, config: null });
    expect(report.ok).toBe(true);
    expect(readFileSync(path.join(root, 'data/unused.csv'), 'utf8')).toBe(UNUSED);
    expect(readFileSync(path.join(root, 'data/dir/foo'), 'utf8')).toBe('foo');
  });

  it('reports objects missing from the remote by path and pointer, and still pulls the rest', async () => {
    const { root } = setup(['data/dir/subdir/subfoo', 'data/old listing']);
    const report = await pullData({ root });
    expect(report.ok).toBe(false);
    expect(report.failures.map((f) => [f.path, f.pointer, f.reason])).toEqual([
      ['data/dir/subdir/subfoo', 'data/dir.dvc', 'missing'],
      ['data/old', 'data/old.dvc', 'missing'],
    ]);
    expect(readFileSync(path.join(root, 'data/train.csv'), 'utf8')).toBe(TRAIN_CSV);
    expect(existsSync(path.join(root, 'data/dir/subdir/subfoo'))).toBe(false);
  });

  it('refuses an object whose bytes do not match its md5: nothing written to the cache or workspace', async () => {
    const { root, remote } = setup();
    const key = `files/md5/${md5(TRAIN_CSV).slice(0, 2)}/${md5(TRAIN_CSV).slice(2)}`;
    writeFileSync(path.join(remote, key), TRAIN_CSV.replace('1,a', '9,z'));
    const report = await pullData({ root });
    expect(report.failures).toMatchObject([{ path: 'data/train.csv', reason: 'corrupt', object: key }]);
    expect(existsSync(path.join(root, '.dvc/cache', key))).toBe(false);
    expect(existsSync(path.join(root, 'data/train.csv'))).toBe(false);
    expect(listFiles(path.join(root, '.dvc/cache')).filter((f) => f.includes('mb-tmp'))).toEqual([]);
  });

  it('refuses a damaged cache object (never trusts it, never deletes it) and fetches a good copy beside nothing', async () => {
    const { root } = setup();
    const key = `files/md5/${md5(TRAIN_CSV).slice(0, 2)}/${md5(TRAIN_CSV).slice(2)}`;
    mkdirSync(path.dirname(path.join(root, '.dvc/cache', key)), { recursive: true });
    writeFileSync(path.join(root, '.dvc/cache', key), 'damaged');
    const report = await pullData({ root });
    expect(report.ok).toBe(true);
    // The remote's verified copy replaced it by rename; the workspace has the recorded bytes.
    expect(readFileSync(path.join(root, 'data/train.csv'), 'utf8')).toBe(TRAIN_CSV);
  });

  it('never overwrites a changed workspace file without --force', async () => {
    const { root } = setup();
    writeFileSync(path.join(root, 'data/train.csv'), 'mine\n');
    const e = await errorOf(pullData({ root }));
    expect(e.code).toBe('WORKSPACE_CONFLICT');
    expect(e.details.join('\n')).toContain('data/train.csv differs from what data/train.csv.dvc records');
    expect(readFileSync(path.join(root, 'data/train.csv'), 'utf8')).toBe('mine\n');
    const forced = await pullData({ root, force: true });
    expect(forced.ok).toBe(true);
    expect(readFileSync(path.join(root, 'data/train.csv'), 'utf8')).toBe(TRAIN_CSV);
  });

  it('replaces a DVC symlink checkout by a file without writing through it into the cache', async () => {
    const { root } = setup();
    await pullData({ root });
    const key = `files/md5/${md5(TRAIN_CSV).slice(0, 2)}/${md5(TRAIN_CSV).slice(2)}`;
    rmSync(path.join(root, 'data/train.csv'));
    symlinkSync(path.join(root, '.dvc/cache', key), path.join(root, 'data/train.csv'));
    const again = await pullData({ root });
    expect(again.files.upToDate).toBe(8);
  });

  it('refuses a cache folder that is a symlink leading outside the repository', async () => {
    const { root } = setup();
    const outside = tempDir('mb-outside-cache-');
    symlinkSync(outside, path.join(root, '.dvc/cache'));
    const e = await errorOf(pullData({ root }));
    expect(e.code).toBe('PATH_ESCAPES_ROOT');
    expect(readdirSync(outside)).toEqual([]);
  });

  it('refuses a folder listing that would write outside its folder', async () => {
    const remote = tempDir('mb-remote-');
    const evil = Buffer.from(`[{"md5": "${md5('x')}", "relpath": "../../escape"}]`);
    const hash = `${md5(evil)}.dir`;
    fillFolderRemote(remote, [{ what: 'evil', key: `files/md5/${hash.slice(0, 2)}/${hash.slice(2)}`, bytes: evil }, { what: 'x', key: `files/md5/${md5('x').slice(0, 2)}/${md5('x').slice(2)}`, bytes: Buffer.from('x') }]);
    const root = dvcRemoteRepo(localConfig(remote), { 'data/evil.dvc': `outs:\n- md5: ${hash}\n  hash: md5\n  path: evil\n` });
    const e = await errorOf(pullData({ root, config: null }));
    expect(e.code).toBe('DVC_OBJECT_INVALID');
    expect(e.message).toContain('leaves the folder');
    expect(existsSync(path.join(root, 'escape'))).toBe(false);
  });
});

describe('check --remote on a folder remote', () => {
  it('says every object is present, without downloading a data file', async () => {
    const { root } = setup();
    const r = await checkRemote({ root });
    expect(r.ok).toBe(true);
    expect(r.objects).toEqual({ checked: 10, present: 10, missing: 0 });
    expect(existsSync(path.join(root, '.dvc/cache'))).toBe(false);
  });

  it('lists missing objects by data path and pointer', async () => {
    const { root } = setup(['data/train.csv', 'data/old/subdir/subfile', 'data/dir listing', 'data/unused.csv']);
    const r = await checkRemote({ root });
    expect(r.ok).toBe(false);
    expect(r.missing.map((m) => [m.path, m.pointer])).toEqual([
      ['data/dir', 'data/dir.dvc'],
      ['data/old/subdir/subfile', 'data/old.dvc'],
      ['data/train.csv', 'data/train.csv.dvc'],
    ]);
  });
});

describe('the CLI end to end, no Python', () => {
  it('check fails not-pulled → check --remote finds everything → pull → check passes → pull again transfers nothing', () => {
    const { root } = setup([], true);
    const before = cli(['check', '--root', root]);
    expect(before.code).toBe(1);
    expect(before.stdout).toContain('Data not pulled');
    const remote = cli(['check', '--root', root, '--remote']);
    expect(remote.stdout).toContain('✓ all 11 objects for 5 outputs present in the remote');
    expect(remote.code).toBe(1); // still not pulled
    const pull = cli(['pull', '--root', root]);
    expect(pull.stderr).toBe('');
    expect(pull.code).toBe(0);
    expect(pull.stdout).toContain('11 objects needed: 11 downloaded');
    const after = cli(['check', '--root', root, '--remote', 'storage']);
    expect(after.stdout).toContain('PASS');
    expect(after.code).toBe(0);
    const again = cli(['pull', '--root', root, '--json']);
    expect(again.code).toBe(0);
    const json = JSON.parse(again.stdout);
    expect(json.objects).toEqual({ needed: 2, downloaded: 0, cached: 2, failed: 0 });
    expect(json.bytesDownloaded).toBe(0);
    expect(json.files.upToDate).toBe(9);
  });

  it('a config that reads part of the DVC data: pull fetches its outs whole and check passes; an out it does not read is a note', async () => {
    const { root } = setup();
    expect(cli(['check', '--root', root]).code).toBe(1);
    const pull = cli(['pull', '--root', root]);
    expect(pull.code).toBe(0);
    const after = cli(['check', '--root', root, '--json']);
    const report = JSON.parse(after.stdout);
    expect(report.problems).toEqual([]);
    expect(after.code).toBe(0);
    expect(report.notes).toContain('data/unused.csv (data/unused.csv.dvc): not-pulled, but the config does not read it');
    // Without a config, every pointer is judged: the unread out fails the check.
    const all = await checkWorkspace({ root, config: null });
    expect(all.problems).toMatchObject([{ code: 'not-pulled', path: 'data/unused.csv' }]);
  });

  it('check --remote lists what the remote lacks and exits 1; --json carries the list', () => {
    const { root } = setup(['data/dir/subdir/subbar']);
    const r = cli(['check', '--root', root, '--remote', '--json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.ok).toBe(false);
    expect(json.dvcRemote.missing).toMatchObject([{ path: 'data/dir/subdir/subbar', pointer: 'data/dir.dvc' }]);
    const text = cli(['check', '--root', root, '--remote']);
    expect(text.stdout).toMatch(/data\/dir\/subdir\/subbar \(data\/dir\.dvc\): files\/md5\//);
  });

  it('pull with missing objects exits 1 and names them', () => {
    const { root } = setup(['data/legacy.txt']);
    const r = cli(['pull', '--root', root]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('data/legacy.txt (data/legacy.txt.dvc): missing');
  });

  it('a changed workspace file: exit 1 with the file named, then --force', () => {
    const { root } = setup();
    mkdirSync(path.join(root, 'data'), { recursive: true });
    writeFileSync(path.join(root, 'data/train.csv'), 'mine\n');
    const r = cli(['pull', '--root', root]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('data/train.csv differs');
    expect(r.stderr).toContain('--force');
    expect(cli(['pull', '--root', root, '--force']).code).toBe(0);
  });

  it('usage errors: bad --jobs', () => {
    const { root } = setup();
    const r = cli(['pull', '--root', root, '--jobs', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--jobs must be a whole number from 1 to 128');
  });

  it('a relative local remote url is relative to .dvc/', async () => {
    const root = dvcRemoteRepo(localConfig('../../remote-store'));
    // ../../remote-store from .dvc/ is beside the repository folder.
    const remote = path.join(path.dirname(root), 'remote-store');
    fillFolderRemote(remote, fixtureObjects());
    try {
      const r = await checkRemote({ root });
      expect(r.ok).toBe(true);
      expect(r.remote.url).toBe(remote);
    } finally {
      rmSync(remote, { recursive: true, force: true });
    }
  });

  it('an unreadable remote folder is a clear error', async () => {
    const root = dvcRemoteRepo(localConfig('/nonexistent/mb-remote'));
    const e = await errorOf(pullData({ root }));
    expect(e.code).toBe('DVC_REMOTE_UNREACHABLE');
    expect(e.message).toContain('/nonexistent/mb-remote');
    void chmodSync;
    void commitAll;
  });
});
