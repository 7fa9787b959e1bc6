import { renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkWorkspace } from '../src/index.js';
import { commitTree, readGitFacts } from '../src/core/provenance/git.js';
import { commitAll, git, makeRepo, tempDir, writeFiles } from './helpers/repo.js';

const check = (root: string) => checkWorkspace({ root, cacheFile: null, config: null });

describe('git provenance', () => {
  it('passes a clean repository and records commit, tree, branch and commit time', async () => {
    const root = makeRepo({ 'train.py': 'print(1)\n' });
    const r = await check(root);
    expect(r.ok).toBe(true);
    expect(r.git).toMatchObject({
      commit: git(root, 'rev-parse', 'HEAD'),
      tree: git(root, 'rev-parse', 'HEAD^{tree}'),
      ref: 'refs/heads/main',
      detached: false,
      shallow: false,
      dirty: false,
      commitTime: Date.parse('2024-01-02T03:04:05Z') / 1000,
    });
  });

  it('checks the repository that contains a subfolder', async () => {
    const root = makeRepo({ 'sub/dir/a.txt': 'a' });
    const r = await check(path.join(root, 'sub/dir'));
    expect(r.root).toBe(root);
    expect(r.ok).toBe(true);
  });

  it('lists every modified, staged, deleted, renamed and untracked path, and ignores ignored ones', async () => {
    const root = makeRepo({
      'modified.py': 'a\n',
      'staged.py': 'a\n',
      'deleted.py': 'a\n',
      'old-name.py': 'rename me\n',
      '.gitignore': 'ignored.log\n',
    });
    writeFileSync(path.join(root, 'modified.py'), 'b\n');
    writeFileSync(path.join(root, 'staged.py'), 'b\n');
    git(root, 'add', 'staged.py');
    rmSync(path.join(root, 'deleted.py'));
    renameSync(path.join(root, 'old-name.py'), path.join(root, 'new-name.py'));
    git(root, 'add', '-A', 'old-name.py', 'new-name.py');
    writeFiles(root, { 'untracked dir/notes with space.txt': 'x', 'ignored.log': 'x' });
    const r = await check(root);
    expect(r.ok).toBe(false);
    expect(r.git?.dirtyPaths).toEqual([
      { path: 'deleted.py', state: 'deleted' },
      { path: 'modified.py', state: 'modified' },
      { path: 'new-name.py', state: 'renamed', from: 'old-name.py' },
      { path: 'staged.py', state: 'staged' },
      { path: 'untracked dir/notes with space.txt', state: 'untracked' },
    ]);
    expect(r.problems.every((p) => p.code === 'dirty')).toBe(true);
    expect(r.problems.map((p) => p.path)).not.toContain('ignored.log');
  });

  it('says so when the folder is not a repository', async () => {
    const dir = tempDir();
    const r = await check(dir);
    expect(r.ok).toBe(false);
    expect(r.git).toBeNull();
    expect(r.problems).toEqual([
      expect.objectContaining({ code: 'not-a-repository', message: expect.stringContaining('not inside a git repository') }),
    ]);
    expect(r.problems[0]!.hint).toContain('git init');
  });

  it('says so when the repository has no commits yet', async () => {
    const dir = tempDir();
    git(dir, 'init', '-q', '-b', 'main');
    const r = await check(dir);
    expect(r.problems).toEqual([expect.objectContaining({ code: 'no-commits', hint: expect.stringContaining('git commit') })]);
  });

  it('notes a detached HEAD (pull-request checkouts) without failing', async () => {
    const root = makeRepo({ a: '1' });
    git(root, 'checkout', '-q', '--detach');
    const r = await check(root);
    expect(r.ok).toBe(true);
    expect(r.git).toMatchObject({ detached: true, ref: null });
    expect(r.notes.join('\n')).toContain('detached HEAD');
  });

  it('notes a shallow clone (the CI default) without failing', async () => {
    const origin = makeRepo({ a: '1' });
    writeFiles(origin, { b: '2' });
    commitAll(origin);
    const clone = path.join(tempDir(), 'clone');
    git(origin, 'clone', '-q', '--depth', '1', `file://${origin}`, clone);
    const r = await check(clone);
    expect(r.ok).toBe(true);
    expect(r.git?.shallow).toBe(true);
    expect(r.notes.join('\n')).toContain('shallow clone');
  });

  it('reports dirty paths from the root when checking from a subfolder (git status runs there)', async () => {
    const root = makeRepo({ 'sub/dir/a.txt': 'a', 'top.txt': 't' });
    writeFiles(root, { 'top.txt': 'changed', 'sub/new.txt': 'n' });
    const r = await check(path.join(root, 'sub/dir'));
    expect(r.git?.dirtyPaths).toEqual([
      { path: 'sub/new.txt', state: 'untracked' },
      { path: 'top.txt', state: 'modified' },
    ]);
  });

  it('says the repository is damaged, not empty, when the commit HEAD names is missing', async () => {
    const root = makeRepo({ 'a.txt': 'a' });
    const head = git(root, 'rev-parse', 'HEAD');
    rmSync(path.join(root, '.git', 'objects', head.slice(0, 2), head.slice(2)));
    await expect(check(root)).rejects.toMatchObject({
      code: 'GIT_FAILED',
      message: expect.stringContaining(`HEAD names ${head}, but git cannot read that commit`),
      hint: expect.stringContaining('git fsck'),
    });
  });

  it('lists the tree of the commit its facts name, not of wherever HEAD is later', async () => {
    const root = makeRepo({ 'a.txt': 'a' });
    const lookup = await readGitFacts(root);
    if (!lookup.ok) throw new Error(lookup.message);
    writeFiles(root, { 'b.txt': 'b' });
    const next = commitAll(root, 'b');
    expect(next).not.toBe(lookup.facts.commit);
    expect((await commitTree(root, lookup.facts.commit)).map((e) => e.path)).toEqual(['a.txt']);
    expect((await commitTree(root, next)).map((e) => e.path)).toEqual(['a.txt', 'b.txt']);
    // The facts' commit, tree and time come from one git process and agree with git's own.
    expect(lookup.facts.tree).toBe(git(root, 'rev-parse', `${lookup.facts.commit}^{tree}`));
    expect(lookup.facts.commitTime).toBe(Number(git(root, 'show', '-s', '--format=%ct', lookup.facts.commit)));
  });

  it('strips credentials from the remote URL it records', async () => {
    const root = makeRepo({ a: '1' });
    git(root, 'remote', 'add', 'origin', 'https://x-access-token:ghs_secret@github.com/acme/models.git');
    const r = await check(root);
    expect(r.git?.remote).toBe('https://github.com/acme/models.git');
  });

  describe('submodules', () => {
    function withSubmodule() {
      const lib = makeRepo({ 'lib.py': 'v1\n' });
      const root = makeRepo({ 'main.py': 'x\n' });
      git(root, 'submodule', '-q', 'add', `file://${lib}`, 'vendor/lib');
      commitAll(root, 'add submodule');
      return { lib, root };
    }

    it('passes when the submodule is checked out at the recorded commit', async () => {
      const { root } = withSubmodule();
      expect((await check(root)).ok).toBe(true);
    });

    it('fails when the submodule is checked out at another commit', async () => {
      const { root } = withSubmodule();
      const sub = path.join(root, 'vendor/lib');
      writeFiles(sub, { 'lib.py': 'v2\n' });
      commitAll(sub, 'v2');
      const r = await check(root);
      expect(r.ok).toBe(false);
      expect(r.git?.dirtyPaths).toEqual([{ path: 'vendor/lib', state: 'modified', submodule: true }]);
    });

    it('fails when the submodule was never initialized', async () => {
      const { root } = withSubmodule();
      const clone = path.join(tempDir(), 'clone');
      git(root, 'clone', '-q', `file://${root}`, clone);
      const r = await check(clone);
      expect(r.ok).toBe(false);
      expect(r.problems).toEqual([
        expect.objectContaining({ code: 'submodule-not-initialized', path: 'vendor/lib', hint: expect.stringContaining('git submodule update --init') }),
      ]);
    });
  });
});
