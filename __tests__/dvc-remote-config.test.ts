import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDvcConfig, resolveRemote } from '../src/core/dvc/index.js';
import { parseConfigObj } from '../src/core/dvc/configObj.js';
import { ModelBuildError } from '../src/core/errors.js';
import { RepositoryBoundary } from '../src/core/trust/boundary.js';
import { tempDir } from './helpers/repo.js';

/** A folder with `.dvc/config` (and `.dvc/config.local`) as given. */
function repo(config: string, local?: string): string {
  const root = tempDir('mb-dvccfg-');
  mkdirSync(path.join(root, '.dvc'));
  writeFileSync(path.join(root, '.dvc/config'), config);
  if (local !== undefined) writeFileSync(path.join(root, '.dvc/config.local'), local);
  return root;
}

const read = (root: string) => readDvcConfig(root, new RepositoryBoundary(root));
const remote = (root: string, name?: string) => resolveRemote(read(root), name);

function thrown(fn: () => unknown): ModelBuildError {
  try {
    fn();
  } catch (e) {
    if (ModelBuildError.is(e)) return e;
    throw e;
  }
  throw new Error('expected a ModelBuildError');
}

describe('DVC config as DVC reads it', () => {
  it('reads the form `dvc remote add -d` writes, with config.local overriding key by key', () => {
    const root = repo(
      "[core]\n    remote = storage\n['remote \"storage\"']\n    url = s3://bucket/dvc/store\n    endpointurl = http://127.0.0.1:9000\n    region = eu-west-1\n",
      "['remote \"storage\"']\n    access_key_id = AKIDLOCAL\n    secret_access_key = very-secret-value\n    region = us-east-2\n",
    );
    const r = remote(root);
    expect(r).toMatchObject({ name: 'storage', kind: 's3', bucket: 'bucket', prefix: 'dvc/store', endpoint: 'http://127.0.0.1:9000', region: 'us-east-2' });
    expect(r.kind === 's3' && r.credentials).toEqual({ accessKeyId: 'AKIDLOCAL', secretAccessKey: 'very-secret-value' });
    expect(r.display).toBe('s3://bucket/dvc/store at http://127.0.0.1:9000');
    expect(JSON.stringify(r.display)).not.toContain('secret');
  });

  it('accepts unquoted and double-quoted section names, lower-cases names and keys, strips comments', () => {
    const root = repo('[core]\nremote = MyRemote # the default\n[remote "myremote"]\nURL = "/srv/dvc store"\n[ remote  "Other" ]\nurl = https://user:pw@example.com/dvc?x=1\n');
    expect(remote(root)).toMatchObject({ name: 'myremote', kind: 'local', path: '/srv/dvc store' });
    const other = remote(root, 'OTHER');
    expect(other).toMatchObject({ kind: 'http', display: 'https://example.com/dvc' });
  });

  it('resolves a relative local url against .dvc/, and file:// urls', () => {
    const root = repo("['remote \"a\"']\nurl = ../../store\n['remote \"b\"']\nurl = file:///mnt/store\n");
    expect(remote(root, 'a')).toMatchObject({ kind: 'local', path: path.resolve(root, '..', 'store') });
    expect(remote(root, 'b')).toMatchObject({ kind: 'local', path: '/mnt/store' });
  });

  it('reads an http remote with basic auth and never shows the password', () => {
    const root = repo("['remote \"h\"']\nurl = https://dvc.example.com/store/\nauth = basic\nuser = me\n", "['remote \"h\"']\npassword = hunter2-secret\n");
    const r = remote(root, 'h');
    expect(r).toMatchObject({ kind: 'http', url: 'https://dvc.example.com/store', auth: { kind: 'basic', user: 'me', password: 'hunter2-secret' } });
    expect(r.display).not.toContain('hunter2');
  });

  it('reads an unquoted value with a comma as a list (configobj) and refuses it where DVC wants one value', () => {
    expect(parseConfigObj('[cache]\ntype = reflink,copy\n', 'c').sections.get('cache')!.values.get('type')).toEqual(['reflink', 'copy']);
    const e = thrown(() => remote(repo("['remote \"a\"']\nurl = /x,/y\n"), 'a'));
    expect(e.code).toBe('DVC_CONFIG_INVALID');
    expect(e.message).toContain('list');
    expect(e.hint).toContain('quote');
  });

  const bad: Array<[string, string, string, RegExp]> = [
    ['a line that is not key = value', '[core]\nremote storage\n', 'DVC_CONFIG_INVALID', /expected `key = value`/],
    ['a key outside any section', 'remote = x\n', 'DVC_CONFIG_INVALID', /outside any section/],
    ['a section twice', '[core]\nremote = a\n[core]\nremote = b\n', 'DVC_CONFIG_INVALID', /appears twice/],
    ['a key twice', '[core]\nremote = a\nremote = b\n', 'DVC_CONFIG_INVALID', /appears twice/],
    ['an unclosed quote', '[core]\nremote = "a\n', 'DVC_CONFIG_INVALID', /no closing quote/],
    ['nested sections', '[core]\n[[sub]]\n', 'DVC_CONFIG_INVALID', /nested/],
    ['interpolation', "['remote \"a\"']\nurl = %(home)s/x\n", 'DVC_CONFIG_INVALID', /interpolation/],
  ];
  for (const [what, text, code, message] of bad) {
    it(`refuses ${what}, naming the file and line`, () => {
      const e = thrown(() => read(repo(text)));
      expect(e.code).toBe(code);
      expect(e.message).toMatch(message);
      expect(e.location.file).toBe('.dvc/config');
      expect(e.location.line).toBeGreaterThan(0);
    });
  }

  it('refuses bytes that are not UTF-8', () => {
    const root = repo('');
    writeFileSync(path.join(root, '.dvc/config'), Buffer.from([0x5b, 0xff, 0x5d]));
    expect(thrown(() => read(root)).code).toBe('DVC_CONFIG_INVALID');
  });

  it('an unknown remote name, with a suggestion', () => {
    const e = thrown(() => remote(repo("['remote \"storage\"']\nurl = /x\n"), 'storag'));
    expect(e.code).toBe('DVC_REMOTE_NOT_FOUND');
    expect(e.hint).toContain('storage');
  });

  it('no default remote, and none at all', () => {
    const some = thrown(() => remote(repo("['remote \"storage\"']\nurl = /x\n")));
    expect(some.code).toBe('DVC_REMOTE_NOT_FOUND');
    expect(some.message).toContain('no default DVC remote');
    expect(some.hint).toContain('not DVC\'s global or system config');
    const none = thrown(() => remote(repo('')));
    expect(none.message).toContain('no DVC remote is configured');
  });

  it('a default remote that is not defined', () => {
    const e = thrown(() => remote(repo('[core]\nremote = gone\n')));
    expect(e.code).toBe('DVC_REMOTE_NOT_FOUND');
    expect(e.location.line).toBe(2);
  });

  it('a remote without url', () => {
    expect(thrown(() => remote(repo("['remote \"a\"']\nregion = x\n"), 'a')).message).toContain('has no url');
  });

  for (const scheme of ['gs://bucket/x', 'azure://container/x', 'ssh://host/x', 'hdfs://host/x', 'webdavs://host/x', 'ftp://host/x']) {
    it(`refuses ${scheme.split(':')[0]} remotes, listing the supported ones`, () => {
      const e = thrown(() => remote(repo(`['remote "a"']\nurl = ${scheme}\n`), 'a'));
      expect(e.code).toBe('DVC_REMOTE_UNSUPPORTED');
      expect(e.message).toContain('remote "a"');
      expect(e.hint).toContain('s3://');
    });
  }

  it('refuses options that change the layout (worktree, version_aware) and a misspelled option', () => {
    expect(thrown(() => remote(repo("['remote \"a\"']\nurl = s3://b/x\nworktree = true\n"), 'a')).code).toBe('DVC_REMOTE_UNSUPPORTED');
    expect(thrown(() => remote(repo("['remote \"a\"']\nurl = s3://b/x\nversion_aware = True\n"), 'a')).code).toBe('DVC_REMOTE_UNSUPPORTED');
    const typo = thrown(() => remote(repo("['remote \"a\"']\nurl = s3://b/x\nendpoint_url = http://x\n"), 'a'));
    expect(typo.code).toBe('DVC_CONFIG_INVALID');
    expect(typo.hint).toContain('endpointurl');
    expect(thrown(() => remote(repo("['remote \"a\"']\nurl = s3://b/x\nworktree = maybe\n"), 'a')).message).toContain('true or false');
  });

  it('refuses half a key pair, and never echoes the secret', () => {
    const e = thrown(() => remote(repo("['remote \"a\"']\nurl = s3://b/x\nsecret_access_key = topsecret-zzz\n"), 'a'));
    expect(e.code).toBe('DVC_CONFIG_INVALID');
    expect(e.format()).not.toContain('topsecret');
  });

  it('the cache folder: default, [cache] dir relative to .dvc/, and outside the repository refused', () => {
    const root = repo('');
    expect(read(root).cacheDir).toBe(path.join(new RepositoryBoundary(root).realRoot, '.dvc', 'cache'));
    const moved = repo('[cache]\ndir = ../dvc-cache\n');
    expect(read(moved).cacheDir).toBe(path.join(new RepositoryBoundary(moved).realRoot, 'dvc-cache'));
    expect(thrown(() => read(repo('[cache]\ndir = /tmp/elsewhere\n'))).code).toBe('PATH_ESCAPES_ROOT');
  });
});
