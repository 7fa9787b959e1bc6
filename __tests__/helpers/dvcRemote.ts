/**
 * DVC remotes built by hand in DVC's own layout, with hashes DVC recorded in its own tests
 * (fixtures/dvc-vectors.json): DVC 3 objects at `files/md5/<2>/<30>`, DVC 2 (md5-dos2unix)
 * objects at `<2>/<30>`, folders as `.dir` listing objects (`json.dumps(list, sort_keys=True)`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './cli.js';
import { md5 } from './dvc.js';
import { git, makeRepo, writeFiles } from './repo.js';

interface FileVector { content_utf8: string; md5: string; md5_dos2unix: string; size: number }
interface DirVector { name: string; files: Record<string, { content_utf8: string }>; md5: string; legacy: boolean; nfiles: number; size: number }
const vectors = JSON.parse(readFileSync(path.join(projectRoot, '__tests__/fixtures/dvc-vectors.json'), 'utf8')) as { files: Array<FileVector & { name: string }>; dirs: DirVector[] };

const dirVector = (name: string) => vectors.dirs.find((d) => d.name === name)!;
const fileVector = (name: string) => vectors.files.find((f) => f.name === name)!;

/** DVC 3 folder {bar, foo, subdir/subbar, subdir/subfoo} (dvc tests/func/test_diff.py). */
export const DIR3 = dirVector('diff_granular dir/data');
/** DVC 2.7.3 folder {file, subdir/subfile}, legacy layout. */
export const DIR2 = dirVector('LEGACY dvc 2.7.3 external dir {file, subdir/subfile}');
/** CRLF text whose DVC 2 hash (md5-dos2unix) differs from its raw md5 (dvc-data test_file_md5_dos2unix). */
export const CRLF = fileVector('crlf (dvc-data test_file_md5_dos2unix)');

export const TRAIN_CSV = 'x,y\n1,a\n2,b\n3,a\n4,b\n';
export const UNUSED = 'not read by the config\n';

/** Python's `json.dumps(listing, sort_keys=True)` for ASCII names, sorted by relpath. */
export function dirObject(files: Record<string, { content_utf8: string }>): Buffer {
  const entries = Object.keys(files)
    .sort()
    .map((relpath) => `{"md5": "${md5(files[relpath]!.content_utf8)}", "relpath": "${relpath}"}`);
  return Buffer.from(`[${entries.join(', ')}]`, 'utf8');
}

/** One object: `key` and bytes, in the layout its hash kind uses. */
export interface RemoteObject {
  key: string;
  bytes: Buffer;
  /** What it is, for tests that leave it out. */
  what: string;
}

const keyOf = (hash: string, legacy: boolean) => `${legacy ? '' : 'files/md5/'}${hash.slice(0, 2)}/${hash.slice(2)}`;

/** Every object the fixture repository's data needs (and one it does not read). */
export function fixtureObjects(): RemoteObject[] {
  const objects: RemoteObject[] = [
    { what: 'data/train.csv', key: keyOf(md5(TRAIN_CSV), false), bytes: Buffer.from(TRAIN_CSV) },
    { what: 'data/legacy.txt', key: keyOf(CRLF.md5_dos2unix, true), bytes: Buffer.from(CRLF.content_utf8) },
    { what: 'data/dir listing', key: keyOf(DIR3.md5, false), bytes: dirObject(DIR3.files) },
    { what: 'data/old listing', key: keyOf(DIR2.md5, true), bytes: dirObject(DIR2.files) },
    { what: 'data/unused.csv', key: keyOf(md5(UNUSED), false), bytes: Buffer.from(UNUSED) },
  ];
  for (const [rel, f] of Object.entries(DIR3.files)) objects.push({ what: `data/dir/${rel}`, key: keyOf(md5(f.content_utf8), false), bytes: Buffer.from(f.content_utf8) });
  for (const [rel, f] of Object.entries(DIR2.files)) objects.push({ what: `data/old/${rel}`, key: keyOf(md5(f.content_utf8), true), bytes: Buffer.from(f.content_utf8) });
  return objects;
}

/** Writes objects into a folder remote. */
export function fillFolderRemote(dir: string, objects: RemoteObject[]): void {
  writeFiles(dir, Object.fromEntries(objects.map((o) => [o.key, o.bytes])));
}

/**
 * A git repository as `dvc add` leaves it after `git clone` without `dvc pull`: pointers and
 * .gitignore committed, no data. The config reads data/train.csv, data/legacy.txt (DVC 2),
 * data/dir/subdir (inside a DVC 3 folder out) and data/old (a DVC 2 folder out); data/unused.csv
 * is a DVC out it does not read.
 */
export function dvcRemoteRepo(dvcConfig: string, extra: Record<string, string> = {}): string {
  return makeDvcRepo(dvcConfig, '  extra: [data/legacy.txt, data/dir/subdir, data/old]', extra);
}

/**
 * The same repository with a config that reads every DVC out whole: `check` verifies every
 * committed pointer, so only a pull of all of them makes it pass.
 */
export function dvcRemoteRepoWhole(dvcConfig: string, extra: Record<string, string> = {}): string {
  return makeDvcRepo(dvcConfig, '  extra: [data/legacy.txt, data/dir, data/old, data/unused.csv]', extra);
}

function makeDvcRepo(dvcConfig: string, extraLine: string, extra: Record<string, string>): string {
  const root = makeRepo({
    '.dvc/config': dvcConfig,
    '.dvc/.gitignore': '/config.local\n/tmp\n/cache\n',
    '.gitignore': 'model-build-out/\n',
    'data/.gitignore': '/train.csv\n/legacy.txt\n/dir\n/old\n/unused.csv\n',
    'data/train.csv.dvc': `outs:\n- md5: ${md5(TRAIN_CSV)}\n  size: ${TRAIN_CSV.length}\n  hash: md5\n  path: train.csv\n`,
    'data/legacy.txt.dvc': `outs:\n- md5: ${CRLF.md5_dos2unix}\n  size: ${CRLF.size}\n  path: legacy.txt\n`,
    'data/dir.dvc': `outs:\n- md5: ${DIR3.md5}\n  size: ${DIR3.size}\n  nfiles: ${DIR3.nfiles}\n  hash: md5\n  path: dir\n`,
    'data/old.dvc': `outs:\n- md5: ${DIR2.md5}\n  size: ${DIR2.size}\n  nfiles: ${DIR2.nfiles}\n  path: old\n`,
    'data/unused.csv.dvc': `outs:\n- md5: ${md5(UNUSED)}\n  size: ${UNUSED.length}\n  hash: md5\n  path: unused.csv\n`,
    'model-build.yml': [
      'name: fixture',
      'data:',
      '  path: data/train.csv',
      '  label: y',
      extraLine,
      '',
    ].join('\n'),
    ...extra,
  });
  git(root, 'status', '--porcelain');
  return root;
}
