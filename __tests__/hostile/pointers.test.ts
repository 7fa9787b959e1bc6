/**
 * Hostile DVC and Git LFS pointers, and unusual git states, through `model-build check` in a
 * child process. Each case is a real repository beside an `outside/` folder; helpers/hostile.ts
 * asserts the invariants every case keeps (exit code, the first line naming the file, no stack
 * trace, no "internal error", nothing created, changed or deleted outside what it allows).
 *
 * LFS pointers follow git-lfs docs/spec.md and the reference client (lfs/pointer.go): a blob
 * that announces itself as a pointer but breaks a rule is a malformed pointer (exit 2, the file
 * and line named), which is not the same as a raw blob that never went through git-lfs (exit 1).
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { dvcFile, md5 } from '../helpers/dvc.js';
import { runHostile, type HostileCase } from '../helpers/hostile.js';
import { commitAll, git, hasGitLfs, makeRepo, writeFiles } from '../helpers/repo.js';

const sha256 = (b: string | Buffer) => createHash('sha256').update(b).digest('hex');
const CSV = 'a,b\n1,2\n3,4\n';
const OID = sha256(CSV);
const V1 = 'version https://git-lfs.github.com/spec/v1';
const ATTRS = '*.csv filter=lfs diff=lfs merge=lfs -text\n';
const lines = (...l: string[]) => `${l.join('\n')}\n`;
const check = () => ['check'];

if (!hasGitLfs) {
  // Loud, not silent: the real-git-lfs cases below are skipped.
  console.warn('\n*** git-lfs is not installed: the real-git-lfs cases in hostile/pointers.test.ts are SKIPPED ***\n');
}

/** A pointer committed as it is (no lfs filter is configured in the test's git), then `check`. */
const malformed = (name: string, text: string | Buffer, line: number, says: string | RegExp): HostileCase => ({
  name: `LFS: ${name}`,
  files: { '.gitattributes': ATTRS, 'data/train.csv': text },
  args: check,
  code: 2,
  names: `data/train.csv:${line}:`,
  says,
});

const lfsCases: HostileCase[] = [
  malformed('oid with characters that are not hex', lines(V1, `oid sha256:${OID.slice(0, 60)}zzzz`, 'size 12'), 2, 'not hex digits'),
  malformed('oid of the wrong length', lines(V1, `oid sha256:${OID.slice(0, 63)}`, 'size 12'), 2, '63 hex digits'),
  malformed('oid in uppercase', lines(V1, `oid sha256:${OID.toUpperCase()}`, 'size 12'), 2, 'uppercase'),
  malformed('oid with another hash method', lines(V1, `oid sha1:${'a'.repeat(40)}`, 'size 12'), 2, 'hash method "sha1"'),
  malformed('oid without the method prefix', lines(V1, `oid ${OID}`, 'size 12'), 2, '"sha256:"'),
  malformed('size line missing', lines(V1, `oid sha256:${OID}`), 3, '"size" line is missing'),
  malformed('oid line missing', lines(V1, 'size 12'), 3, '"oid" line is missing'),
  malformed('size not a number', lines(V1, `oid sha256:${OID}`, 'size twelve'), 3, 'whole number'),
  malformed('size negative', lines(V1, `oid sha256:${OID}`, 'size -12'), 3, 'whole number'),
  malformed('size a decimal fraction', lines(V1, `oid sha256:${OID}`, 'size 12.5'), 3, 'whole number'),
  malformed('size with leading zeros', lines(V1, `oid sha256:${OID}`, 'size 0012'), 3, 'leading zeros'),
  malformed('size larger than any file', lines(V1, `oid sha256:${OID}`, 'size 99999999999999999999'), 3, 'larger than any file'),
  malformed('extra garbage after the size', lines(V1, `oid sha256:${OID}`, 'size 12', 'hello world'), 4, 'unknown key "hello"'),
  malformed('a trailing line that is not key value', lines(V1, `oid sha256:${OID}`, 'size 12', '!!!'), 4, 'is not "key value"'),
  malformed('keys in the wrong order', lines(V1, 'size 12', `oid sha256:${OID}`), 3, 'sorted'),
  malformed('oid given twice', lines(V1, `oid sha256:${OID}`, `oid sha256:${OID}`, 'size 12'), 3, 'appears twice'),
  malformed('CRLF line endings', `${V1}\r\noid sha256:${OID}\r\nsize 12\r\n`, 1, 'CRLF'),
  malformed('no newline after the last line', `${V1}\noid sha256:${OID}\nsize 12`, 3, 'does not end with a newline'),
  malformed('a blank line between keys', lines(V1, '', `oid sha256:${OID}`, 'size 12'), 2, 'blank line'),
  malformed('two spaces between key and value', lines(V1, `oid  sha256:${OID}`, 'size 12'), 2, 'is not "key value"'),
  malformed('unknown spec version', lines('version https://git-lfs.github.com/spec/v2', `oid sha256:${OID}`, 'size 12'), 1, 'unknown version'),
  malformed('indented first line', lines(`  ${V1}`, `oid sha256:${OID}`, 'size 12'), 1, 'whitespace'),
  malformed('a byte-order mark before version', `\uFEFF${lines(V1, `oid sha256:${OID}`, 'size 12')}`, 1, 'byte-order mark'),
  malformed('a byte that is not UTF-8', Buffer.concat([Buffer.from(`${V1}\noid sha256:`), Buffer.from([0xff, 0xfe]), Buffer.from('\nsize 12\n')]), 2, 'not UTF-8'),
  malformed('an uppercase key', lines(V1, `OID sha256:${OID}`, 'size 12'), 2, 'is not "key value"'),
  malformed('a Git LFS extension it cannot verify', lines(V1, `ext-0-foo sha256:${OID}`, `oid sha256:${OID}`, 'size 12'), 2, 'extension'),
  malformed('a pointer padded past 1024 bytes', lines(V1, `oid sha256:${OID}`, 'size 12', `x-pad ${'p'.repeat(1100)}`), 1, 'under 1024 bytes'),
  {
    name: 'LFS: two malformed pointers: the first named, the second listed',
    files: {
      '.gitattributes': ATTRS,
      'a.csv': lines(V1, `oid sha256:${OID}`, 'size x'),
      'b.csv': lines(V1, `oid sha256:${OID.slice(1)}`, 'size 12'),
    },
    args: check,
    code: 2,
    names: 'a.csv:3:',
    says: /b\.csv:2: malformed Git LFS pointer: oid has 63 hex digits/,
  },
  {
    name: 'LFS: a raw blob whose first word is "version" is a raw blob, not a malformed pointer',
    files: { '.gitattributes': ATTRS, 'data/train.csv': 'version,score\n1,2\n' },
    args: check,
    code: 1,
    onStdout: true,
    names: 'data/train.csv',
    says: 'data/train.csv matches an LFS pattern in .gitattributes but was committed as a raw git blob',
  },
  {
    name: 'LFS: a valid pointer whose object was never pulled',
    files: { '.gitattributes': ATTRS, 'data/train.csv': lines(V1, `oid sha256:${OID}`, `size ${CSV.length}`) },
    args: check,
    code: 1,
    onStdout: true,
    names: 'data/train.csv',
    says: 'data/train.csv is still an LFS pointer: LFS object not pulled',
  },
];

/** Real git-lfs: pointers made by the clean filter, objects in .git/lfs. */
const lfsInstall = (root: string) => {
  git(root, 'lfs', 'install', '--local');
  git(root, 'lfs', 'track', '*.csv');
};
const realLfsCases: HostileCase[] = [
  {
    name: 'real git-lfs: a file committed before `git lfs track` stays a raw blob',
    files: { 'data/train.csv': CSV },
    setup: (root) => {
      lfsInstall(root);
      git(root, 'add', '.gitattributes');
      git(root, 'commit', '-q', '-m', 'track csv');
    },
    args: check,
    code: 1,
    onStdout: true,
    names: 'data/train.csv',
    says: 'committed as a raw git blob',
  },
  {
    name: 'real git-lfs: the working copy is a pointer to another object',
    setup: (root) => {
      lfsInstall(root);
      writeFiles(root, { 'data/train.csv': CSV });
      commitAll(root, 'data through git-lfs');
      writeFileSync(path.join(root, 'data/train.csv'), lines(V1, `oid sha256:${sha256('other')}`, 'size 5'));
    },
    args: check,
    code: 1,
    onStdout: true,
    names: 'data/train.csv',
    says: 'data/train.csv is an LFS pointer to another object than the committed one',
  },
  {
    name: 'real git-lfs: the object is gone and the working copy is the pointer',
    setup: (root) => {
      lfsInstall(root);
      writeFiles(root, { 'data/train.csv': CSV });
      commitAll(root, 'data through git-lfs');
      rmSync(path.join(root, '.git/lfs/objects'), { recursive: true });
      unlinkSync(path.join(root, 'data/train.csv'));
      execFileSync('git', ['checkout', '--', 'data/train.csv'], { cwd: root, env: { ...process.env, GIT_LFS_SKIP_SMUDGE: '1' } });
    },
    args: check,
    code: 1,
    onStdout: true,
    names: 'data/train.csv',
    says: 'LFS object not pulled',
  },
  {
    name: 'real git-lfs: a malformed pointer committed around the filter, in a repository with git-lfs installed',
    files: { '.gitattributes': ATTRS, 'data/train.csv': lines(V1, `oid sha256:${OID}`, 'size 1.5e3') },
    setup: (root) => git(root, 'lfs', 'install', '--local'),
    args: check,
    code: 2,
    names: 'data/train.csv:3:',
    says: 'whole number',
  },
];

// ---------------------------------------------------------------------------------------------
// DVC pointers

const POINTER = 'data/train.csv.dvc';
const goodDvc = dvcFile({ path: 'train.csv', md5: md5(CSV), size: CSV.length });
const dvcRepo = (pointer: string | Buffer, extra: Record<string, string | Buffer> = {}) => ({
  'data/.gitignore': '/train.csv\n',
  'data/train.csv': CSV,
  [POINTER]: pointer,
  ...extra,
});
/** One `.dvc` out with `fields` (YAML lines, two-space indented under the list item). */
const dvcOut = (...fields: string[]) => `outs:\n- ${fields.join('\n  ')}\n`;
const M = md5(CSV);
const dvc = (name: string, pointer: string | Buffer, names: string, says: string | RegExp, code: 1 | 2 = 2): HostileCase => ({
  name: `DVC: ${name}`,
  files: dvcRepo(pointer),
  args: check,
  code,
  onStdout: code === 1,
  names,
  says,
});

const lock = (stages: string, schema = "schema: '2.0'\n") => `${schema}stages:\n${stages}`;
const lockStage = (name: string, ...outs: string[]) =>
  `  ${name}:\n    cmd: python ${name}.py\n    outs:\n${outs.map((o) => `    - ${o.split('\n').join('\n      ')}\n`).join('')}`;
const lockOut = (p: string, md = M) => `path: ${p}\nhash: md5\nmd5: ${md}\nsize: ${CSV.length}`;
const dvcLock = (name: string, text: string | Buffer, names: string, says: string | RegExp): HostileCase => ({
  name: `dvc.lock: ${name}`,
  files: { '.gitignore': '/data/train.csv\n', 'data/train.csv': CSV, 'dvc.lock': text },
  args: check,
  code: 2,
  names,
  says,
});

const aliasBomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`)].join('\n');

const dvcCases: HostileCase[] = [
  dvc('a .dvc file that is not UTF-8', Buffer.concat([Buffer.from(`outs:\n- md5: ${M}\n  path: tr`), Buffer.from([0xe9]), Buffer.from('in.csv\n')]), `${POINTER}:3:11:`, 'not UTF-8'),
  dvc('a .dvc file in UTF-16', Buffer.from(`\uFEFF${goodDvc}`, 'utf16le'), `${POINTER}:1:1:`, 'not UTF-8'),
  dvc('a YAML alias bomb', `${aliasBomb}\n${goodDvc}`, POINTER, 'aliases'),
  dvc('YAML nested 20000 levels deep', `outs: ${'['.repeat(20000)}${']'.repeat(20000)}\n`, `${POINTER}:1:`, 'malformed DVC file'),
  dvc('two YAML documents', `${goodDvc}---\n${goodDvc}`, `${POINTER}:6:`, 'multiple documents'),
  dvc('size negative', dvcOut(`md5: ${M}`, 'size: -14', 'hash: md5', 'path: train.csv'), POINTER, 'size must be a whole number from 0 up (got number -14)'),
  dvc('size a float', dvcOut(`md5: ${M}`, 'size: 14.5', 'hash: md5', 'path: train.csv'), POINTER, 'size must be a whole number'),
  dvc('size a string', dvcOut(`md5: ${M}`, "size: '14'", 'hash: md5', 'path: train.csv'), POINTER, 'got string "14"'),
  dvc('nfiles a string', dvcOut(`md5: ${M}.dir`, 'size: 14', 'nfiles: many', 'hash: md5', 'path: train.csv'), POINTER, 'nfiles must be a whole number'),
  dvc('md5 a number (32 digits, unquoted)', dvcOut(`md5: ${'1'.repeat(32)}`, 'hash: md5', 'path: train.csv'), POINTER, 'md5 must be 32 hex digits as text'),
  dvc('md5 null', dvcOut('md5: null', 'hash: md5', 'path: train.csv'), POINTER, 'md5 must be 32 hex digits as text (got null)'),
  dvc('md5 of the wrong length', dvcOut(`md5: ${M.slice(2)}`, 'hash: md5', 'path: train.csv'), POINTER, 'not 32 hex digits'),
  dvc('nfiles on a file md5', dvcOut(`md5: ${M}`, 'size: 14', 'nfiles: 2', 'hash: md5', 'path: train.csv'), POINTER, 'nfiles belongs to directories'),
  dvc('outs a mapping', `outs:\n  path: train.csv\n  md5: ${M}\n`, POINTER, '"outs" is missing or not a list'),
  dvc('an out that is a list', `outs:\n- [train.csv, ${M}]\n`, POINTER, 'outs[0] must be a mapping with "path" (got a list)'),
  dvc('path a number', dvcOut(`md5: ${M}`, 'path: 12'), POINTER, 'path must be text (got number 12)'),
  dvc('the same out twice', `${goodDvc}${goodDvc.replace('outs:\n', '')}`, POINTER, 'listed as an out twice'),
  dvc('outs that overlap', `outs:\n- md5: ${M}.dir\n  path: sub\n- md5: ${M}\n  path: sub/x.csv\n`, POINTER, 'inside "data/sub"'),
  dvc('path "." (the folder holding the .dvc file)', dvcOut(`md5: ${M}.dir`, 'path: .'), POINTER, 'contains the DVC file itself'),
  dvc('path ".." (the whole repository)', dvcOut(`md5: ${M}.dir`, 'path: ..'), POINTER, 'names the whole repository'),
  dvc('an empty path', dvcOut(`md5: ${M}`, "path: ''"), POINTER, 'has no "path"'),
  dvc('an absolute path', dvcOut(`md5: ${M}`, 'path: /etc/passwd'), POINTER, 'is absolute'),
  dvc('a path outside the repository', dvcOut(`md5: ${M}`, 'path: ../../outside/sentinel.txt'), POINTER, 'points outside the repository'),
  dvc('a path with a NUL byte', dvcOut(`md5: ${M}`, 'path: "train\\0.csv"'), POINTER, 'control characters'),
  dvc('an out that is the .dvc file itself', dvcOut(`md5: ${M}`, 'path: train.csv.dvc'), POINTER, 'is the DVC file itself'),
  dvc('an out that is .git', dvcOut(`md5: ${M}.dir`, 'path: ../.git'), POINTER, 'inside .git'),
  dvc('an out inside .git', dvcOut(`md5: ${M}`, 'path: ../.git/config'), POINTER, 'inside .git'),
  dvc('an out inside the DVC cache', dvcOut(`md5: ${M}`, 'path: ../.dvc/cache/files/md5/x'), POINTER, 'inside .dvc'),
  dvc('an out that is another .dvc file', dvcOut(`md5: ${M}`, 'path: other.dvc'), POINTER, 'is a DVC file, not data'),
  dvc('a ".dir" md5 on a file', dvcOut(`md5: ${M}.dir`, 'hash: md5', 'path: train.csv'), 'data/train.csv', 'data/train.csv is a file but data/train.csv.dvc records a directory', 1),
  {
    name: 'DVC: a file md5 on a directory',
    files: { 'data/.gitignore': '/images\n', 'data/images/a.png': 'png', 'data/images.dvc': dvcOut(`md5: ${M}`, 'hash: md5', 'path: images') },
    args: check,
    code: 1,
    onStdout: true,
    names: 'data/images',
    says: 'data/images is a directory but data/images.dvc records a file',
  },
  {
    name: 'DVC: a 100 MB .dvc file (sparse, in the working tree)',
    files: dvcRepo(goodDvc),
    setup: (root) => truncateSync(path.join(root, POINTER), 100 * 1024 * 1024),
    args: check,
    code: 2,
    names: POINTER,
    says: 'limit for DVC files',
  },
  {
    name: 'DVC: a .dvc file replaced by a FIFO',
    files: dvcRepo(goodDvc),
    setup: (root) => {
      unlinkSync(path.join(root, POINTER));
      execFileSync('mkfifo', [path.join(root, POINTER)]);
    },
    args: check,
    code: 2,
    names: POINTER,
    says: 'not a regular file',
    timeout: 60_000,
  },
  {
    name: 'DVC: a .dvc file replaced by a folder',
    files: dvcRepo(goodDvc),
    setup: (root) => {
      unlinkSync(path.join(root, POINTER));
      mkdirSync(path.join(root, POINTER));
    },
    args: check,
    code: 2,
    names: POINTER,
    says: 'is a folder, not a DVC file',
  },
  dvcLock('not UTF-8', Buffer.concat([Buffer.from(lock(lockStage('prep', lockOut('data/train.csv')))), Buffer.from([0xc3, 0x28, 0x0a])]), 'dvc.lock:10:1:', 'not UTF-8'),
  dvcLock('a YAML alias bomb', `${aliasBomb}\n${lock(lockStage('prep', lockOut('data/train.csv')))}`, 'dvc.lock', 'aliases'),
  dvcLock('schema "3.0"', lock(lockStage('prep', lockOut('data/train.csv')), "schema: '3.0'\n"), 'dvc.lock', `schema string "3.0" is not one model-build reads`),
  dvcLock('an unknown schema', lock(lockStage('prep', lockOut('data/train.csv')), 'schema: [2]\n'), 'dvc.lock', 'schema a list is not one model-build reads'),
  dvcLock('one out in two stages', lock(lockStage('prep', lockOut('data/train.csv')) + lockStage('again', lockOut('data/train.csv'))), 'dvc.lock', 'listed as an out twice'),
  dvcLock('stage outs a mapping', lock(`  prep:\n    cmd: x\n    outs:\n      path: data/train.csv\n`), 'dvc.lock', 'stage "prep" outs is not a list'),
  dvcLock('an out that is dvc.lock itself', lock(lockStage('prep', lockOut('dvc.lock'))), 'dvc.lock', 'is the DVC file itself'),
  dvcLock('size negative in a stage out', lock(lockStage('prep', 'path: data/train.csv\nhash: md5\nmd5: ' + M + '\nsize: -1')), 'dvc.lock', 'size must be a whole number'),
  {
    name: 'dvc.lock: a dvc.yaml beside it that is a FIFO',
    files: { '.gitignore': '/data/train.csv\n', 'data/train.csv': CSV, 'dvc.lock': lock(lockStage('prep', lockOut('data/train.csv'))), 'dvc.yaml': 'stages: {}\n' },
    setup: (root) => {
      unlinkSync(path.join(root, 'dvc.yaml'));
      execFileSync('mkfifo', [path.join(root, 'dvc.yaml')]);
    },
    args: check,
    code: 2,
    names: 'dvc.yaml',
    says: 'not a regular file',
    timeout: 60_000,
  },
];

// ---------------------------------------------------------------------------------------------
// Git states

const subRepo = (outside: string) => {
  const sub = path.join(outside, 'sub-origin');
  mkdirSync(sub);
  git(sub, 'init', '-q', '-b', 'main');
  writeFiles(sub, { 'lib.txt': 'v1\n' });
  commitAll(sub, 'v1');
  return sub;
};
const withSubmodule = (root: string, outside: string) => {
  const sub = subRepo(outside);
  git(root, 'submodule', 'add', '-q', sub, 'vendor/lib');
  commitAll(root, 'submodule');
  return sub;
};
const isRoot = process.getuid?.() === 0;

const gitCases: HostileCase[] = [
  {
    name: 'git: a repository with no commits',
    setup: (root) => {
      rmSync(path.join(root, '.git'), { recursive: true });
      git(root, 'init', '-q', '-b', 'main');
    },
    args: check,
    code: 1,
    onStdout: true,
    names: 'folder',
    says: 'has no commits yet',
  },
  {
    name: 'git: detached HEAD with an untracked data file',
    files: { 'a.txt': '1\n' },
    setup: (root) => {
      writeFiles(root, { 'b.txt': '2\n' });
      git(root, 'add', 'b.txt');
      git(root, 'commit', '-q', '-m', 'b');
      git(root, 'checkout', '-q', '--detach', 'HEAD~1');
      writeFiles(root, { 'new.csv': 'x\n' });
    },
    args: check,
    code: 1,
    onStdout: true,
    names: 'untracked: new.csv',
    says: 'detached HEAD at',
  },
  {
    name: 'git: an untracked file whose name has a newline, shown escaped',
    setup: (root) => writeFiles(root, { 'new\nPASS.csv': 'x\n' }),
    args: check,
    code: 1,
    onStdout: true,
    names: 'new\\nPASS.csv',
    says: 'untracked: new\\nPASS.csv',
  },
  {
    name: 'git: a modified file whose name has a tab and quotes',
    files: { 'say "hi"\there.csv': 'x\n' },
    setup: (root) => writeFileSync(path.join(root, 'say "hi"\there.csv'), 'changed\n'),
    args: check,
    code: 1,
    onStdout: true,
    names: 'say "hi"\\there.csv',
    says: 'modified: say "hi"\\there.csv',
  },
  {
    name: 'git: a staged file with a non-ASCII name (not octal-escaped)',
    files: { 'données/café.csv': 'x\n' },
    setup: (root) => {
      writeFileSync(path.join(root, 'données/café.csv'), 'changed\n');
      git(root, 'add', '-A');
    },
    args: check,
    code: 1,
    onStdout: true,
    names: 'données/café.csv',
    says: 'staged: données/café.csv',
  },
  {
    name: 'git: a data file staged for deletion but still on disk',
    files: { 'd.csv': 'x\n' },
    setup: (root) => git(root, 'rm', '-q', '--cached', 'd.csv'),
    args: check,
    code: 1,
    onStdout: true,
    names: 'd.csv',
    says: 'deleted: d.csv',
  },
  {
    name: 'git: a data file deleted with git rm',
    files: { 'd.csv': 'x\n', 'keep.txt': 'k\n' },
    setup: (root) => git(root, 'rm', '-q', 'd.csv'),
    args: check,
    code: 1,
    onStdout: true,
    names: 'd.csv',
    says: 'deleted: d.csv',
  },
  {
    name: 'git: a submodule that was never initialized',
    setup: (root, outside) => {
      withSubmodule(root, outside);
      git(root, 'submodule', 'deinit', '-q', '-f', 'vendor/lib');
    },
    args: check,
    code: 1,
    onStdout: true,
    names: 'vendor/lib',
    says: 'submodule vendor/lib is not checked out',
  },
  {
    name: 'git: a submodule with an edited file',
    setup: (root, outside) => {
      withSubmodule(root, outside);
      writeFileSync(path.join(root, 'vendor/lib/lib.txt'), 'edited\n');
    },
    args: check,
    code: 1,
    onStdout: true,
    names: 'vendor/lib',
    says: 'modified (submodule): vendor/lib',
  },
  {
    name: 'git: a submodule checked out at another commit',
    setup: (root, outside) => {
      withSubmodule(root, outside);
      const inner = path.join(root, 'vendor/lib');
      writeFiles(inner, { 'lib.txt': 'v2\n' });
      commitAll(inner, 'v2');
    },
    args: check,
    code: 1,
    onStdout: true,
    names: 'vendor/lib',
    says: 'modified (submodule): vendor/lib',
  },
  {
    name: 'git: a worktree (.git is a file) with a modified file',
    files: { 'd.csv': 'x\n' },
    setup: (root, outside) => {
      git(root, 'worktree', 'add', '-q', path.join(outside, 'wt'));
      writeFileSync(path.join(outside, 'wt/d.csv'), 'changed\n');
    },
    args: (_root, outside) => ['check', '--root', path.join(outside, 'wt')],
    code: 1,
    onStdout: true,
    names: 'd.csv',
    says: 'modified: d.csv',
    mayWrite: ['repo/.git/worktrees'],
  },
  {
    name: 'git: a .git file pointing at a worktree that is gone',
    setup: (root) => {
      rmSync(path.join(root, '.git'), { recursive: true });
      writeFileSync(path.join(root, '.git'), 'gitdir: /nonexistent/worktrees/wt\n');
    },
    args: check,
    code: 1,
    onStdout: true,
    names: 'folder',
    says: 'git cannot use the repository at',
  },
  {
    name: 'git: a corrupt index',
    files: { 'd.csv': 'x\n' },
    setup: (root) => writeFileSync(path.join(root, '.git/index'), 'DIRC garbage'),
    args: check,
    code: 2,
    names: 'git status failed',
    says: 'index',
    mayWrite: ['repo/.git/index'],
  },
];
if (isRoot) {
  gitCases.push({
    name: 'git: a repository owned by another user (safe.directory)',
    files: { 'd.csv': 'x\n' },
    setup: (root) => {
      execFileSync('chown', ['-R', '12345:12345', root]);
    },
    args: check,
    code: 1,
    onStdout: true,
    names: 'folder',
    says: 'dubious ownership',
  });
}

describe('hostile LFS pointers (spec v1)', () => {
  it.each(lfsCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    runHostile(c);
  });
});

describe.skipIf(!hasGitLfs)('hostile LFS states with real git-lfs', () => {
  it.each(realLfsCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    runHostile(c);
  });
});

describe('hostile DVC pointers and lock files', () => {
  it.each(dvcCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    runHostile(c);
  });
  // Symlink containment of pointers and outputs is the trust boundary's (hostile/trust.test.ts).
});

describe('git states', () => {
  it.each(gitCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    runHostile(c);
  });
});

describe('what is not hostile stays clean', () => {
  it.skipIf(!hasGitLfs)('an empty file committed through git-lfs (the empty pointer) passes', () => {
    const root = makeRepo({ 'empty.csv': '', 'd.csv': CSV }, { lfs: ['*.csv'] });
    expect(git(root, 'cat-file', '-s', 'HEAD:empty.csv')).toBe('0');
    const r = cli(['check', '--root', root]);
    expect(r.stdout, r.stderr).toContain('✓ 2 data paths verified (2 lfs)');
    expect(r.code).toBe(0);
  });

  it('a detached HEAD and file names with unicode, tabs and quotes pass when clean', () => {
    const root = makeRepo({ 'données/café.csv': 'x\n', 'say "hi"\there.csv': 'y\n', 'a.txt': '1\n' });
    writeFiles(root, { 'a.txt': '2\n' });
    commitAll(root, 'two');
    git(root, 'checkout', '-q', '--detach', 'HEAD~1');
    const r = cli(['check', '--root', root]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('detached HEAD');
  });

  it('a worktree (.git is a file) passes when clean and keeps the hash cache in the common git folder', () => {
    const root = makeRepo({ 'd.csv': 'x\n' });
    const wt = path.join(path.dirname(root), `${path.basename(root)}-wt`);
    git(root, 'worktree', 'add', '-q', wt);
    try {
      const r = cli(['check', '--root', wt]);
      expect(r.code, r.stdout + r.stderr).toBe(0);
    } finally {
      rmSync(wt, { recursive: true, force: true });
    }
  });

  it('a DVC pointer with every field DVC 3 writes still passes', () => {
    const root = makeRepo(dvcRepo(goodDvc));
    const r = cli(['check', '--root', root]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
  });
});
