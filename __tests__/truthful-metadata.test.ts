/**
 * Metadata says what happened: a build forced past a failed check says so everywhere and
 * records the bytes it actually read; normal layouts (a config in a subfolder, an output folder
 * git does not ignore) get the right answers from check, build and verify alike.
 */
import { readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPackage } from '../src/index.js';
import { cli } from './helpers/cli.js';
import { dvcFile, md5 } from './helpers/dvc.js';
import { penguinsCsv } from './helpers/project.js';
import { commitAll, makeRepo, tempDir, writeFiles } from './helpers/repo.js';
import { createHash } from 'node:crypto';

const CONFIG = (data = 'data/penguins.csv', extra = '') =>
  [
    'name: penguins',
    'seed: 3',
    'data:',
    `  path: ${data}`,
    '  label: species',
    '  cleaning: { impute: { sex: mode, body_mass_g: median, bill_length_mm: median, bill_depth_mm: median, flipper_length_mm: median } }',
    'model: { task: multiclass, hidden: [{ units: 4 }], learningRate: 0.05 }',
    'training: { epochs: 2, batchSize: 64, backend: cpu }',
    extra,
    '',
  ].join('\n');

const outDir = (root: string, at = '.') => path.join(root, at, 'model-build-out');
const archives = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.zip'));

describe('a dirty build says so everywhere and records the bytes it read', () => {
  it('DVC data that does not match its pointer', () => {
    const edited = penguinsCsv.replace('Adelie,Torgersen,39.1', 'Adelie,Torgersen,99.1');
    const root = makeRepo({
      '.gitignore': 'model-build-out/\n/data/penguins.csv\n',
      'model-build.yml': CONFIG(),
      'data/penguins.csv.dvc': dvcFile({ path: 'penguins.csv', md5: md5(penguinsCsv), size: Buffer.byteLength(penguinsCsv) }),
    });
    writeFileSync(path.join(root, 'data/penguins.csv'), edited);

    expect(cli(['build', '--config', 'model-build.yml'], { cwd: root }).code).toBe(1);
    const r = cli(['build', '--config', 'model-build.yml', '--allow-dirty'], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('DIRTY');
    expect(r.stdout).toContain('data/penguins.csv does not match');

    const [archive] = archives(outDir(root));
    expect(archive).toMatch(/^penguins-[0-9a-f]{12}-dirty\.zip$/);
    const pkg = readPackage(path.join(outDir(root), archive!));
    const m = pkg.metadata;
    expect(m.dirty).toBe(true);
    expect(m.code.dirty).toBe(false); // git itself is clean: the data is what differs
    expect(m.problems?.join('\n')).toContain('data/penguins.csv');
    const entry = m.data.find((d) => d.path === 'data/penguins.csv')!;
    expect(entry.hash).toBe(`md5:${md5(penguinsCsv)}`);
    expect(entry.actual).toBe(`md5:${md5(edited)}`);
    expect(entry.status).toBe('modified');
    const card = pkg.entries.get('MODEL_CARD.md')!.toString('utf8');
    expect(card).toContain('Warning: not a clean build');
    expect(card).toContain(md5(edited));

    const shown = cli(['inspect', path.join(outDir(root), archive!)], { cwd: root });
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('DIRTY BUILD');
    expect(shown.stdout).toContain(`read md5:${md5(edited)}`);
  });

  it('an ignored data file that nothing versions is recorded by its sha256', () => {
    const root = makeRepo({ '.gitignore': 'model-build-out/\ndata/\n', 'model-build.yml': CONFIG() });
    writeFiles(root, { 'data/penguins.csv': penguinsCsv });
    const r = cli(['build', '--config', 'model-build.yml', '--allow-dirty'], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    const [archive] = archives(outDir(root));
    expect(archive).toMatch(/-dirty\.zip$/);
    const entry = readPackage(path.join(outDir(root), archive!)).metadata.data.find((d) => d.path === 'data/penguins.csv')!;
    expect(entry.status).toBe('unversioned');
    expect(entry.hash).toBeNull();
    expect(entry.actual).toBe(`sha256:${createHash('sha256').update(penguinsCsv).digest('hex')}`);
  });

  it('a clean build of the same commit has the plain name and dirty: false', () => {
    const root = makeRepo({ '.gitignore': 'model-build-out/\n', 'model-build.yml': CONFIG(), 'data/penguins.csv': penguinsCsv });
    const r = cli(['build', '--config', 'model-build.yml'], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    const [archive] = archives(outDir(root));
    expect(archive).toMatch(/^penguins-[0-9a-f]{12}\.zip$/);
    const m = readPackage(path.join(outDir(root), archive!)).metadata;
    expect(m.dirty).toBe(false);
    expect(m.problems).toEqual([]);
    expect(m.data[0]).toMatchObject({ status: 'ok' });
    expect(m.data[0]!.actual).toBe(m.data[0]!.hash);
  });

  it('an unversioned import under --allow-dirty is recorded as a problem', () => {
    const module = `import { k } from './k.local.mjs';\nexport function build(tf, ctx) {\n  const m = tf.sequential();\n  m.add(tf.layers.dense({ units: ctx.outputUnits, inputShape: ctx.inputShape, activation: 'softmax', kernelInitializer: tf.initializers.glorotUniform({ seed: k }) }));\n  return m;\n}\n`;
    const root = makeRepo({
      '.gitignore': 'model-build-out/\n*.local.mjs\n',
      'model-build.yml': CONFIG('data/penguins.csv', 'gates: {}').replace('model: { task: multiclass, hidden: [{ units: 4 }], learningRate: 0.05 }', 'model: { task: multiclass, module: ./model.mjs }'),
      'data/penguins.csv': penguinsCsv,
      'model.mjs': module,
    });
    writeFileSync(path.join(root, 'k.local.mjs'), 'export const k = 5;\n');
    expect(cli(['build', '--config', 'model-build.yml'], { cwd: root }).code).toBe(1);
    const r = cli(['build', '--config', 'model-build.yml', '--allow-dirty'], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    const [archive] = archives(outDir(root));
    expect(archive).toMatch(/-dirty\.zip$/);
    const m = readPackage(path.join(outDir(root), archive!)).metadata;
    expect(m.dirty).toBe(true);
    expect(m.problems?.join('\n')).toContain('unversioned import: k.local.mjs');
  });
});

describe('normal layouts', () => {
  it('a config in a subfolder reading data elsewhere in the repository: check, build and verify agree', () => {
    const root = makeRepo({
      '.gitignore': 'model-build-out/\n',
      'data/penguins.csv': penguinsCsv,
      'models/x/model-build.yml': CONFIG('../../data/penguins.csv'),
    });
    const check = cli(['check', '--config', 'models/x/model-build.yml'], { cwd: root });
    expect(check.code, check.stdout).toBe(0);
    const built = cli(['build', '--config', 'models/x/model-build.yml'], { cwd: root });
    expect(built.code, built.stderr + built.stdout).toBe(0);
    expect(archives(outDir(root, 'models/x'))).toHaveLength(1);
    const verify = cli(['verify', '--config', 'models/x/model-build.yml', '--runs', '1', '--against', path.join(outDir(root, 'models/x'), archives(outDir(root, 'models/x'))[0]!)], { cwd: root });
    expect(verify.code, verify.stdout + verify.stderr).toBe(0);
  });

  it('a data path that is a symlink inside the repository is recorded by where it leads, with its rows', () => {
    const root = makeRepo({ '.gitignore': 'model-build-out/\n', 'model-build.yml': CONFIG('data/current.csv'), 'data/v1/penguins.csv': penguinsCsv });
    symlinkSync('v1/penguins.csv', path.join(root, 'data/current.csv'));
    commitAll(root);
    const built = cli(['build', '--config', 'model-build.yml'], { cwd: root });
    expect(built.code, built.stderr + built.stdout).toBe(0);
    const m = readPackage(path.join(outDir(root), archives(outDir(root))[0]!)).metadata;
    expect(m.data).toHaveLength(1);
    expect(m.data[0]).toMatchObject({ path: 'data/v1/penguins.csv', kind: 'git', status: 'ok', rows: 344 });
  });

  it('an output folder git does not ignore: build notes it, check and verify accept the tree', () => {
    const root = makeRepo({ 'model-build.yml': CONFIG(), 'data/penguins.csv': penguinsCsv });
    const built = cli(['build', '--config', 'model-build.yml'], { cwd: root });
    expect(built.code, built.stderr).toBe(0);
    expect(built.stdout).toContain('model-build-out/ holds build output and is not ignored by git');
    const check = cli(['check'], { cwd: root });
    expect(check.code, check.stdout).toBe(0);
    expect(check.stdout).toContain('not ignored by git');
    const verify = cli(['verify', '--config', 'model-build.yml', '--runs', '1', '--against', path.join(outDir(root), archives(outDir(root))[0]!)], { cwd: root });
    expect(verify.code, verify.stdout + verify.stderr).toBe(0);
  });

  it('outside any git repository, --allow-dirty writes the model folder but no package', () => {
    const dir = tempDir('mb-nogit-');
    writeFiles(dir, { 'model-build.yml': CONFIG(), 'data/penguins.csv': penguinsCsv });
    expect(cli(['build'], { cwd: dir }).code).toBe(1);
    const r = cli(['build', '--allow-dirty'], { cwd: dir });
    expect(r.code, r.stderr + r.stdout).toBe(0);
    expect(readdirSync(outDir(dir)).sort()).toEqual(['.model-build-output', 'penguins']);
  });

  it('a second build replaces the model and the package of the same commit', () => {
    const root = makeRepo({ '.gitignore': 'model-build-out/\n', 'model-build.yml': CONFIG(), 'data/penguins.csv': penguinsCsv });
    expect(cli(['build'], { cwd: root }).code).toBe(0);
    const first = readFileSync(path.join(outDir(root), 'penguins', 'weights.bin'));
    writeFileSync(path.join(root, 'model-build.yml'), CONFIG().replace('seed: 3', 'seed: 4'));
    commitAll(root);
    expect(cli(['build'], { cwd: root }).code).toBe(0);
    expect(readFileSync(path.join(outDir(root), 'penguins', 'weights.bin')).equals(first)).toBe(false);
    expect(readdirSync(outDir(root)).filter((f) => f.startsWith('.model-build-tmp') || f.startsWith('.model-build-old'))).toEqual([]);
    expect(archives(outDir(root))).toHaveLength(2);
  });
});
