/**
 * `verify --against` under hostile packages: a package that records a dirty build is never
 * called reproducible (exit 1, nothing rebuilt), a package JSON file nested far past any sane
 * depth is compared without crashing, a package from a backend this host cannot load is named,
 * and paths that are not packages are refused. Every package here is a real build, rewritten
 * with consistent digests (what another model-build could have written). See helpers/hostile.ts
 * for the invariants every case keeps.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { runHostile, type HostileCase } from '../helpers/hostile.js';
import { rewritePackage } from '../helpers/package.js';
import { makeRepo, tempDir } from '../helpers/repo.js';

const rows = Array.from({ length: 40 }, (_, i) => `${i},${(i * 5) % 7},${i % 2 ? 'p' : 'q'}`).join('\n');
const FILES = {
  '.gitignore': 'model-build-out/\n',
  'd.csv': `a,b,y\n${rows}\n`,
  'model-build.yml': 'name: m\nseed: 1\ndata:\n  path: d.csv\n  label: y\ntraining:\n  epochs: 1\n  backend: cpu\n',
};

/** Package variants by name, made once from one real build. */
const variants = new Map<string, string>();
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- hand-edited package JSON of any shape
type Json = Record<string, any>;
const VARIANTS: Record<string, (j: Json) => void> = {
  'code-dirty': (j) => Object.assign(j['metadata.json'].code, { dirty: true, dirtyPaths: ['scratch.txt'] }),
  'marked-dirty': (j) => Object.assign(j['metadata.json'], { dirty: true, problems: ['src/model.mjs: imports an unversioned file'] }),
  'data-status-modified': (j) => Object.assign(j['metadata.json'].data[0], { status: 'modified' }),
  'data-actual-differs': (j) => Object.assign(j['metadata.json'].data[0], { actual: `git:${'0'.repeat(40)}` }),
  'deep-profile': (j) => {
    j['profile.json'] = Buffer.from(`${'['.repeat(50_000)}1${']'.repeat(50_000)}\n`);
  },
  'tensorflow-backend': (j) => Object.assign(j['metadata.json'].training, { backend: 'tensorflow' }),
};

beforeAll(() => {
  const root = makeRepo(FILES);
  const r = cli(['build', '--config', 'model-build.yml', '--json'], { cwd: root });
  expect(r.code, r.stdout + r.stderr).toBe(0);
  const archive = JSON.parse(r.stdout).package.archive as string;
  const dir = tempDir('mb-variants-');
  for (const [name, edit] of Object.entries(VARIANTS)) {
    const out = path.join(dir, `${name}.zip`);
    rewritePackage(archive, out, edit);
    variants.set(name, out);
  }
}, 120_000);

const against = (file: string) => (_root: string, outside: string) => ['verify', '--config', 'model-build.yml', '--against', path.join(outside, file)];
/** Puts a variant into the outside folder as `pkg.zip`. */
const place = (variant: string) => (_root: string, outside: string) => copyFileSync(variants.get(variant)!, path.join(outside, 'pkg.zip'));
const dirty = (variant: string, says: string | RegExp): HostileCase => ({
  name: `a package recording a dirty build (${variant})`,
  files: FILES,
  setup: place(variant),
  args: against('pkg.zip'),
  code: 1,
  onStdout: true,
  names: 'pkg.zip',
  says,
});

const cases: HostileCase[] = [
  dirty('code-dirty', /built from a dirty tree: not a reproducible build .*uncommitted changes \(scratch\.txt\)/),
  dirty('marked-dirty', /built from a dirty tree: not a reproducible build .*unversioned file/),
  dirty('data-status-modified', /data that did not match its pointer \(d\.csv\)/),
  dirty('data-actual-differs', /data that did not match its pointer \(d\.csv\)/),
  {
    name: 'a package whose profile.json nests 50 000 levels deep',
    files: FILES,
    setup: place('deep-profile'),
    args: against('pkg.zip'),
    code: 1,
    onStdout: true,
    names: 'pkg.zip',
    says: /differs: profile\.json\n\s+\/: \[…\] → \{/,
  },
  {
    name: 'a package built on a backend this host cannot load',
    files: FILES,
    setup: place('tensorflow-backend'),
    args: against('pkg.zip'),
    code: 2,
    names: 'pkg.zip',
    says: 'pass --backend',
  },
  { name: '--against a folder', files: FILES, setup: (_r, o) => mkdirSync(path.join(o, 'pkg.zip')), args: against('pkg.zip'), code: 2, names: 'pkg.zip' },
  {
    name: '--against a named pipe (would block a plain read forever)',
    files: FILES,
    setup: (_r, o) => execFileSync('mkfifo', [path.join(o, 'pkg.zip')]),
    args: against('pkg.zip'),
    code: 2,
    names: 'pkg.zip',
    timeout: 60_000,
  },
];

describe('verify --against hostile packages', () => {
  it.each(cases)('$name', (c) => {
    const r = runHostile(c);
    if (c.code === 1) expect(r.stdout).not.toContain('REPRODUCIBLE: byte-identical');
    if (c.name.includes('dirty')) expect(r.stdout).not.toContain('rebuild 1'); // refused before rebuilding
  });
});
