/**
 * The trust boundary under hostile input: where a build may write, and what it may read and
 * run. Each case is a real repository beside an `outside/` folder; see helpers/hostile.ts for
 * the invariants every case keeps (exit code, one line naming the file, no stack trace, nothing
 * created, changed or deleted outside what the case allows).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { dvcFile, md5 } from '../helpers/dvc.js';
import { hostileWorld, runHostile, type HostileCase } from '../helpers/hostile.js';

const rows = Array.from({ length: 40 }, (_, i) => `${i},${i % 3},${i % 2 ? 'p' : 'q'}`).join('\n');
const CSV = `a,b,y\n${rows}\n`;
const config = (extra = '', data = 'd.csv') =>
  `name: m\nseed: 1\ndata:\n  path: ${data}\n  label: y\ntraining:\n  epochs: 1\n  backend: cpu\n${extra}`;
const base = (extra = '', files: Record<string, string> = {}) => ({
  '.gitignore': 'model-build-out/\nignored/\n*.local.mjs\n',
  'd.csv': CSV,
  'model-build.yml': config(extra),
  ...files,
});
const build = (...more: string[]) => () => ['build', '--config', 'model-build.yml', ...more];
const link = (target: string, at: string) => (root: string, outside: string) => {
  mkdirSync(path.dirname(path.join(root, at)), { recursive: true });
  symlinkSync(target.replace('$OUTSIDE', outside), path.join(root, at));
};

/** Where a build may write: never .git, tracked folders, folders it did not create, or outside (from a config). */
const writes: HostileCase[] = [
  { name: 'package.out .git with name objects', files: { ...base('package:\n  out: .git\n'), 'model-build.yml': config('package:\n  out: .git\n').replace('name: m', 'name: objects') }, args: build(), code: 2, names: 'model-build.yml', says: '.git' },
  {
    name: 'package.out . with a name equal to a tracked data folder',
    files: { ...base(), 'model-build.yml': config('package:\n  out: .\n').replace('name: m', 'name: data'), 'data/keep.csv': CSV },
    args: build(),
    code: 2,
    names: 'model-build.yml',
  },
  { name: 'package.out ../somewhere outside the repository', files: base('package:\n  out: ../outside\n'), args: build(), code: 2, names: 'model-build.yml', says: 'outside the repository' },
  { name: 'package.out an absolute path outside', files: base('package:\n  out: /tmp\n'), args: build(), code: 2, names: 'model-build.yml' },
  { name: 'package.out a tracked folder', files: base('package:\n  out: data\n', { 'data/keep.txt': 'x\n' }), args: build(), code: 2, names: 'model-build.yml', says: 'tracked' },
  { name: 'package.out a tracked file', files: base('package:\n  out: d.csv\n'), args: build(), code: 2, names: 'model-build.yml' },
  { name: 'package.out inside .git', files: base('package:\n  out: .git/hooks\n'), args: build(), code: 2, names: 'model-build.yml', says: "git's own folder" },
  { name: 'package.out the parent of the repository', files: base('package:\n  out: ..\n'), args: build(), code: 2, names: 'model-build.yml' },
  {
    name: 'package.out a committed symlink to a folder outside',
    files: base('package:\n  out: out-link\n'),
    setup: link('$OUTSIDE', 'out-link'),
    commitSetup: true,
    args: build(),
    code: 2,
    names: 'model-build.yml',
  },
  { name: '--out an existing folder outside that model-build did not create', files: base(), args: (_r, o) => ['build', '--config', 'model-build.yml', '--out', o], code: 2, names: '--out', says: 'did not write' },
  { name: '--out the repository itself', files: base(), args: build('--out', '.'), code: 2, names: '--out' },
  { name: '--out .git', files: base(), args: build('--out', '.git'), code: 2, names: '--out' },
  { name: '--out a tracked folder', files: base('', { 'src/keep.js': '//\n' }), args: build('--out', 'src'), code: 2, names: '--out', says: 'tracked' },
  {
    name: 'an ignored folder with foreign files as package.out',
    files: base('package:\n  out: ignored\n'),
    setup: (root) => {
      mkdirSync(path.join(root, 'ignored'));
      writeFileSync(path.join(root, 'ignored', 'notes.txt'), 'mine\n');
    },
    args: build(),
    code: 2,
    names: 'model-build.yml',
    says: 'did not write',
  },
  {
    name: 'the output folder is an ignored file',
    files: base('package:\n  out: ignored\n'),
    setup: (root) => writeFileSync(path.join(root, 'ignored'), 'a file\n'),
    args: build(),
    code: 2,
    names: 'model-build.yml',
  },
  {
    name: 'a model folder holding a foreign file',
    files: base(),
    setup: (root) => {
      mkdirSync(path.join(root, 'model-build-out', 'm'), { recursive: true });
      writeFileSync(path.join(root, 'model-build-out', '.model-build-output'), '');
      writeFileSync(path.join(root, 'model-build-out', 'm', 'thesis.tex'), 'years of work\n');
    },
    args: build(),
    code: 2,
    names: 'model-build.yml',
    says: 'thesis.tex',
  },
  {
    name: 'a model folder that is a symlink to a folder outside',
    files: base(),
    setup: (root, outside) => {
      mkdirSync(path.join(root, 'model-build-out'));
      writeFileSync(path.join(root, 'model-build-out', '.model-build-output'), '');
      symlinkSync(outside, path.join(root, 'model-build-out', 'm'));
    },
    args: build(),
    code: 2,
    names: 'model-build.yml',
  },
  {
    name: 'a lock held by a running build',
    files: base(),
    setup: (root) => {
      mkdirSync(path.join(root, 'model-build-out'));
      writeFileSync(path.join(root, 'model-build-out', '.model-build-output'), '');
      writeFileSync(path.join(root, 'model-build-out', '.model-build.lock'), JSON.stringify({ pid: process.pid, host: hostname() }));
    },
    args: build(),
    code: 2,
    names: '.model-build.lock',
    says: 'another build',
  },
];

const outsideData = (root: string, outside: string) => {
  writeFileSync(path.join(outside, 'd.csv'), CSV);
  symlinkSync(path.join(outside, 'd.csv'), path.join(root, 'd.csv'));
};

/** What a build may read and run: only versioned files inside the repository, symlinks followed. */
const reads: HostileCase[] = [
  {
    name: 'the data file is a committed symlink to a file outside',
    files: { '.gitignore': 'model-build-out/\n', 'model-build.yml': config() },
    setup: outsideData,
    commitSetup: true,
    args: build(),
    code: 2,
    names: 'model-build.yml',
    says: 'symlink that leads outside',
  },
  {
    name: 'check: the data file is a committed symlink to a file outside',
    files: { '.gitignore': 'model-build-out/\n', 'model-build.yml': config() },
    setup: outsideData,
    commitSetup: true,
    args: () => ['check', '--config', 'model-build.yml'],
    code: 2,
    names: 'model-build.yml',
  },
  {
    name: 'a data folder holding a symlink to a file outside',
    files: { '.gitignore': 'model-build-out/\n', 'model-build.yml': config('', 'data'), 'data/a.csv': CSV },
    setup: (root, outside) => {
      writeFileSync(path.join(outside, 'b.csv'), CSV);
      symlinkSync(path.join(outside, 'b.csv'), path.join(root, 'data', 'b.csv'));
    },
    commitSetup: true,
    args: build(),
    code: 2,
    names: 'model-build.yml',
    says: 'data/b.csv',
  },
  {
    name: 'the data file is a symlink to an ignored file inside',
    files: { '.gitignore': 'model-build-out/\nignored/\n', 'model-build.yml': config() },
    setup: (root) => {
      mkdirSync(path.join(root, 'ignored'));
      writeFileSync(path.join(root, 'ignored', 'd.csv'), CSV);
      symlinkSync('ignored/d.csv', path.join(root, 'd.csv'));
    },
    commitSetup: true,
    args: build(),
    code: 1,
    onStdout: true,
    names: 'ignored/d.csv',
  },
  {
    name: 'a .dvc pointer that is a committed symlink to a pointer outside',
    files: { '.gitignore': 'model-build-out/\n/d.csv\n', 'model-build.yml': config(), 'd.csv': CSV },
    setup: (root, outside) => {
      writeFileSync(path.join(outside, 'd.csv.dvc'), dvcFile({ path: 'd.csv', md5: md5(CSV), size: CSV.length }));
      symlinkSync(path.join(outside, 'd.csv.dvc'), path.join(root, 'd.csv.dvc'));
    },
    commitSetup: true,
    args: build(),
    code: 2,
    names: 'd.csv.dvc',
  },
  {
    name: 'a dvc.lock that is a committed symlink to a lock outside',
    files: { '.gitignore': 'model-build-out/\n/d.csv\n', 'model-build.yml': config(), 'd.csv': CSV },
    setup: (root, outside) => {
      writeFileSync(path.join(outside, 'dvc.lock'), `schema: '2.0'\nstages:\n  s:\n    cmd: x\n    outs:\n    - path: d.csv\n      md5: ${md5(CSV)}\n      size: ${CSV.length}\n      hash: md5\n`);
      symlinkSync(path.join(outside, 'dvc.lock'), path.join(root, 'dvc.lock'));
    },
    commitSetup: true,
    args: () => ['check'],
    code: 2,
    names: 'dvc.lock',
  },
  {
    name: 'a DVC-tracked file that is a symlink to a file outside',
    files: { '.gitignore': 'model-build-out/\n/d.csv\n', 'model-build.yml': config(), 'd.csv.dvc': dvcFile({ path: 'd.csv', md5: md5(CSV), size: CSV.length }) },
    setup: outsideData,
    args: build(),
    code: 2,
    names: 'd.csv.dvc',
    says: 'outside the repository',
  },
  {
    name: 'a DVC-tracked folder that is a symlink to a folder outside',
    files: {
      '.gitignore': 'model-build-out/\n/data\n',
      'model-build.yml': config('', 'data'),
      'data.dvc': dvcFile({ path: 'data', md5: `${md5('x')}.dir`, size: CSV.length, nfiles: 1 }),
    },
    setup: (root, outside) => {
      writeFileSync(path.join(outside, 'a.csv'), CSV);
      symlinkSync(outside, path.join(root, 'data'));
    },
    args: () => ['check'],
    code: 2,
    names: 'data.dvc',
  },
  {
    name: 'model.module is a committed symlink to a module outside',
    files: { ...base('model:\n  module: ./model.mjs\n') },
    setup: (root, outside) => {
      writeFileSync(path.join(outside, 'model.mjs'), `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(path.join(outside, 'RAN'))}, 'x');\nexport function build() {}\n`);
      symlinkSync(path.join(outside, 'model.mjs'), path.join(root, 'model.mjs'));
    },
    commitSetup: true,
    args: build(),
    code: 2,
    names: 'model-build.yml',
    says: 'model.module',
  },
  {
    name: 'the config is a symlink to a config outside',
    files: { '.gitignore': 'model-build-out/\n', 'd.csv': CSV },
    setup: (root, outside) => {
      writeFileSync(path.join(outside, 'model-build.yml'), config());
      symlinkSync(path.join(outside, 'model-build.yml'), path.join(root, 'model-build.yml'));
    },
    commitSetup: true,
    args: build(),
    code: 2,
    names: 'model-build.yml',
  },
  {
    name: 'check: the config is ignored by git, so not versioned',
    files: { '.gitignore': 'model-build-out/\nmodel-build.yml\n', 'd.csv': CSV },
    setup: (root) => writeFileSync(path.join(root, 'model-build.yml'), config()),
    args: () => ['check', '--config', 'model-build.yml'],
    code: 1,
    onStdout: true,
    names: 'the config (model-build.yml) is not committed',
  },
  {
    name: 'build: the model module is ignored by git',
    files: { ...base('model:\n  module: ./m.local.mjs\n') },
    setup: (root) => writeFileSync(path.join(root, 'm.local.mjs'), 'export function build() {}\n'),
    args: build(),
    code: 1,
    onStdout: true,
    names: 'm.local.mjs',
  },
];

const moduleImporting = (spec: string) =>
  `import * as other from ${JSON.stringify(spec)};\nexport function build(tf, ctx) {\n  const m = tf.sequential();\n  m.add(tf.layers.dense({ units: ctx.outputUnits, inputShape: ctx.inputShape, activation: 'sigmoid', kernelInitializer: tf.initializers.glorotUniform({ seed: 1 }) }));\n  return m;\n}\nexport const unused = other;\n`;
const marker = (file: string) => `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(file)}, 'ran');\nexport const x = 1;\n`;

/** The model module's imports: judged before any of them runs. */
const imports: HostileCase[] = [
  {
    name: 'the model module imports an ignored file (which must not run)',
    files: { ...base('model:\n  module: ./model.mjs\n', { 'model.mjs': moduleImporting('./helper.local.mjs') }) },
    setup: (root) => writeFileSync(path.join(root, 'helper.local.mjs'), marker(path.join(root, 'RAN'))),
    args: build(),
    code: 1,
    names: 'model.mjs',
    says: 'helper.local.mjs',
  },
  {
    name: 'the model module imports a file outside the repository by absolute path',
    files: { ...base('model:\n  module: ./model.mjs\n') },
    setup: (root, outside) => {
      writeFileSync(path.join(outside, 'evil.mjs'), marker(path.join(outside, 'RAN')));
      writeFileSync(path.join(root, 'model.mjs'), moduleImporting(path.join(outside, 'evil.mjs')));
    },
    commitSetup: true,
    args: build(),
    code: 1,
    names: 'model.mjs',
    says: 'outside the repository',
  },
  {
    name: 'the model module imports a tracked file modified since the commit',
    files: { ...base('model:\n  module: ./model.mjs\n', { 'model.mjs': moduleImporting('./helper.mjs'), 'helper.mjs': 'export const x = 1;\n' }) },
    setup: (root) => writeFileSync(path.join(root, 'helper.mjs'), marker(path.join(root, 'RAN'))),
    args: build(),
    code: 1,
    onStdout: true,
    names: 'helper.mjs',
  },
  {
    name: 'the model module imports a committed symlink to a module outside',
    files: { ...base('model:\n  module: ./model.mjs\n', { 'model.mjs': moduleImporting('./helper.mjs') }) },
    setup: (root, outside) => {
      writeFileSync(path.join(outside, 'helper.mjs'), marker(path.join(outside, 'RAN')));
      symlinkSync(path.join(outside, 'helper.mjs'), path.join(root, 'helper.mjs'));
    },
    commitSetup: true,
    args: build(),
    code: 1,
    names: 'model.mjs',
    says: 'outside the repository',
  },
  {
    name: 'an import two levels down is ignored',
    files: { ...base('model:\n  module: ./model.mjs\n', { 'model.mjs': moduleImporting('./lib/a.mjs'), 'lib/a.mjs': "export * from './b.local.mjs';\n" }) },
    setup: (root) => writeFileSync(path.join(root, 'lib', 'b.local.mjs'), marker(path.join(root, 'RAN'))),
    args: build(),
    code: 1,
    names: 'model.mjs',
    says: 'lib/b.local.mjs',
  },
  {
    name: 'build() imports an ignored file dynamically',
    files: {
      ...base('model:\n  module: ./model.mjs\n', {
        'model.mjs': `export async function build(tf, ctx) {\n  await import('./late.local.mjs');\n  return tf.sequential();\n}\n`,
      }),
    },
    setup: (root) => writeFileSync(path.join(root, 'late.local.mjs'), marker(path.join(root, 'RAN'))),
    args: build(),
    code: 1,
    names: 'model.mjs',
    says: 'late.local.mjs',
  },
  {
    name: 'the model module require()s an ignored CommonJS file through createRequire',
    files: {
      ...base('model:\n  module: ./model.mjs\n', {
        'model.mjs': `import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\nrequire('./k.local.cjs');\nexport function build(tf) { return tf.sequential(); }\n`,
        '.gitignore': 'model-build-out/\n*.local.cjs\n',
      }),
    },
    setup: (root) => writeFileSync(path.join(root, 'k.local.cjs'), `require('node:fs').writeFileSync(${JSON.stringify(path.join(root, 'RAN'))}, 'x');\n`),
    args: build(),
    code: 1,
    names: 'model.mjs',
    says: 'k.local.cjs',
  },
  {
    name: 'the model module imports a data: URL',
    files: { ...base('model:\n  module: ./model.mjs\n', { 'model.mjs': moduleImporting('data:text/javascript,export const x = 1;') }) },
    args: build(),
    code: 1,
    names: 'model.mjs',
  },
];

describe('hostile: where a build may write', () => {
  it.each(writes.map((c) => [c.name, c] as const))('%s', (_n, c) => {
    runHostile(c);
  });
});

describe('hostile: what a build may read', () => {
  it.each(reads.map((c) => [c.name, c] as const))('%s', (_n, c) => {
    runHostile(c);
  });
});

describe('hostile: what a model module may import', () => {
  it.each(imports.map((c) => [c.name, c] as const))('%s', (_n, c) => {
    runHostile(c);
  });
});

// FIFOs as inputs of the trust boundary itself (a pointer or config that never ends).
describe('hostile: special files at trusted paths', () => {
  it('a FIFO where the config should be', () => {
    runHostile({
      name: 'config FIFO',
      files: { '.gitignore': 'model-build-out/\ncfg.yml\n', 'd.csv': CSV },
      setup: (root) => mkfifoSync(path.join(root, 'cfg.yml')),
      args: () => ['build', '--config', 'cfg.yml'],
      code: 2,
      names: 'cfg.yml',
      timeout: 30_000,
    });
  });
});

function mkfifoSync(file: string): void {
  execFileSync('mkfifo', [file]);
}

describe('what a model module may import, allowed', () => {
  it('a committed helper and an installed package under node_modules', () => {
    const r = runHostileAllowed();
    expect(r.code, r.stderr).toBe(0);
  });
});

function runHostileAllowed() {
  const world = hostileWorld({
    files: {
      ...base('model:\n  module: ./model.mjs\n', {
        '.gitignore': 'model-build-out/\nnode_modules/\n',
        'model.mjs': `import { seed } from './lib/seed.mjs';\nimport { units } from 'tiny-units';\nexport function build(tf, ctx) {\n  const m = tf.sequential();\n  m.add(tf.layers.dense({ units: units(ctx), inputShape: ctx.inputShape, activation: 'sigmoid', kernelInitializer: tf.initializers.glorotUniform({ seed }) }));\n  return m;\n}\n`,
        'lib/seed.mjs': 'export const seed = 3;\n',
      }),
    },
    setup: (root) => {
      mkdirSync(path.join(root, 'node_modules', 'tiny-units'), { recursive: true });
      writeFileSync(path.join(root, 'node_modules', 'tiny-units', 'package.json'), JSON.stringify({ name: 'tiny-units', type: 'module', exports: './index.js' }));
      writeFileSync(path.join(root, 'node_modules', 'tiny-units', 'index.js'), 'export const units = (ctx) => ctx.outputUnits;\n');
    },
  });
  return cli(['build', '--config', 'model-build.yml'], { cwd: world.root });
}
