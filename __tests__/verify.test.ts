import path from 'node:path';
import { readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { buildModel } from '../src/index.js';
import { diffJson, JSON_DIFF_LIMITS } from '../src/core/verify/jsonDiff.js';
import { cli, projectRoot } from './helpers/cli.js';
import { dvcFile, md5 } from './helpers/dvc.js';
import { packageEntry, rewritePackage } from './helpers/package.js';
import { penguinsCsv, penguinsRepo } from './helpers/project.js';
import { commitAll, makeRepo, tempDir } from './helpers/repo.js';

// Each test trains up to three times in child processes: slow on a busy 2-core machine.
vi.setConfig({ testTimeout: 240_000 });

const verify = (root: string, args: string[] = []) => cli(['verify', '--config', path.join(root, 'model-build.yml'), ...args], { cwd: root });

describe('model-build verify', () => {
  it('exits 0 when two rebuilds in separate processes are byte-identical', () => {
    const root = penguinsRepo();
    const r = verify(root, ['--json']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ reproducible: true, reference: { source: 'rebuild' } });
    expect(report.rebuilds).toHaveLength(2);
    expect(report.rebuilds[0].digest).toBe(report.rebuilds[1].digest);
  });

  it('exits 1 against a package built on another backend, naming the cause and the fields; the dense trainer gives the same weights on both', () => {
    const root = penguinsRepo();
    const built = cli(['build', '--config', path.join(root, 'model-build.yml'), '--json'], { cwd: root });
    const archive = JSON.parse(built.stdout).package.archive;
    const same = verify(root, ['--against', archive]);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('REPRODUCIBLE');
    const r = verify(root, ['--against', archive, '--backend', 'cpu']);
    expect(r.code).toBe(1);
    // Declarative models train on typed arrays: the weights do not depend on the TensorFlow.js backend.
    expect(r.stdout).not.toContain('differs: model/weights.bin');
    expect(r.stdout).toContain('/training/backend: "wasm" → "cpu"'); // the field, not only the file
    expect(r.stdout).toMatch(/differs: MODEL_CARD\.md\n\s+line \d+: "….* wasm backend.*" → "….* cpu backend.*"/);
    expect(r.stdout).toContain('likely cause: different backend: wasm vs cpu (numbers differ by backend)');
    expect(r.stdout).toContain('NOT REPRODUCIBLE');
  });

  it('a model module (trained by TensorFlow.js) on another backend: the weights drift, and verify shows by how much', () => {
    const root = penguinsRepo({
      files: {
        'model.mjs': [
          'export function build(tf, { inputShape, outputUnits, seed }) {',
          '  const m = tf.sequential();',
          '  m.add(tf.layers.dense({ units: 8, activation: "relu", inputShape, kernelInitializer: tf.initializers.glorotUniform({ seed }) }));',
          '  m.add(tf.layers.dense({ units: outputUnits, activation: "softmax", kernelInitializer: tf.initializers.glorotUniform({ seed: seed + 1 }) }));',
          '  return m;',
          '}',
          '',
        ].join('\n'),
      },
    });
    const config = readFileSync(path.join(root, 'model-build.yml'), 'utf8').replace(/model:\n( {2}.*\n)+/, 'model:\n  task: multiclass\n  module: ./model.mjs\n  learningRate: 0.05\n');
    writeFileSync(path.join(root, 'model-build.yml'), config);
    commitAll(root, 'a model module');
    const built = cli(['build', '--config', path.join(root, 'model-build.yml'), '--json'], { cwd: root });
    expect(built.code, built.stderr).toBe(0);
    const archive = JSON.parse(built.stdout).package.archive;
    expect(JSON.parse(packageEntry(archive, 'metadata.json')).training.trainer).toEqual({ name: 'tfjs' });
    const r = verify(root, ['--against', archive, '--backend', 'cpu']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('differs: model/weights.bin');
    expect(r.stdout).toMatch(/weights \S+\/kernel: max \|Δ\| \S+/);
    expect(r.stdout).toContain('likely cause: different backend: wasm vs cpu (numbers differ by backend)');
  });

  it('finds model-build.yaml without --config, as build does; no config at all is a clear error', () => {
    const root = penguinsRepo();
    const yml = readFileSync(path.join(root, 'model-build.yml'), 'utf8');
    rmSync(path.join(root, 'model-build.yml'));
    writeFileSync(path.join(root, 'model-build.yaml'), yml);
    commitAll(root, 'rename the config');
    const r = cli(['verify', '--runs', '2', '--json'], { cwd: root });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ reproducible: true });
    const empty = tempDir();
    const none = cli(['verify'], { cwd: empty });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no model-build.yml, model-build.yaml, model-build.json in');
  });

  it('exits 1 and shows the check when the tree is dirty, before training anything', () => {
    const root = penguinsRepo();
    writeFileSync(path.join(root, 'scratch.txt'), 'x');
    const r = verify(root, ['--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ reproducible: false, rebuilds: [], failure: { reason: 'refused' } });
    expect(report.failure.message).toContain('uncommitted changes (commit or stash them)');
    const human = verify(root);
    expect(human.code).toBe(1);
    expect(human.stdout).toContain('untracked: scratch.txt');
    expect(human.stdout).toContain('NOT VERIFIED: the rebuild was refused before training');
    expect(human.stdout).not.toContain('rebuild 1');
  });

  it('names a data change as the cause', () => {
    const root = penguinsRepo();
    const built = cli(['build', '--config', path.join(root, 'model-build.yml'), '--json'], { cwd: root });
    const archive = JSON.parse(built.stdout).package.archive;
    const csv = path.join(root, 'data/penguins.csv');
    writeFileSync(csv, `${readFileSync(csv, 'utf8')}Adelie,Dream,39.0,18.0,190,3700,male\n`);
    commitAll(root, 'one more penguin');
    const r = verify(root, ['--against', archive]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('likely cause: different code');
    expect(r.stdout).toContain('likely cause: different data: the data hashes differ');
  });
});

/** A repository whose penguins data is DVC-tracked (git ignores it): only hashing guards it. */
function dvcPenguinsRepo(): string {
  return penguinsRepo({
    files: {
      '.gitignore': 'model-build-out/\n/data/penguins.csv\n',
      'data/penguins.csv.dvc': dvcFile({ path: 'penguins.csv', md5: md5(penguinsCsv), size: Buffer.byteLength(penguinsCsv) }),
    },
  });
}

const buildJson = (root: string, args: string[] = []) => {
  const r = cli(['build', '--config', path.join(root, 'model-build.yml'), '--json', ...args], { cwd: root });
  expect(r.code, r.stdout + r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { package: { archive: string; digest: string }; provenance: string };
};

/** Same size, same inode, mtime set back exactly: only the bytes and the kernel-set ctime changed. */
const TAMPERED = penguinsCsv.replace('Adelie,Torgersen,39.1,18.7', 'Adelie,Torgersen,39.9,18.7');

describe('verify and the configured output folder', () => {
  it('a build output folder that git does not ignore is output, not a dirty tree, for verify too', () => {
    const root = penguinsRepo({ files: { '.gitignore': '' } });
    const { package: pkg } = buildJson(root);
    expect(cli(['check'], { cwd: root }).code).toBe(0);
    const r = verify(root, ['--against', pkg.archive]);
    expect(r.stdout).not.toContain('commit or stash');
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('REPRODUCIBLE: byte-identical archives');
  });
});

describe('verify never trusts the hash cache', () => {
  it('reports data edited in place with size and mtime kept as not matching, even when the cache vouches for it', async () => {
    const root = dvcPenguinsRepo();
    const csv = path.join(root, 'data/penguins.csv');
    const T = 1_700_000_000; // whole seconds: set back exactly
    utimesSync(csv, T, T);
    const { package: pkg } = buildJson(root); // hashes the data into the cache
    expect(TAMPERED).not.toBe(penguinsCsv);
    writeFileSync(csv, TAMPERED);
    utimesSync(csv, T, T);
    // Forge the cache so it matches the edited file's every stat, ctime included, with the old md5:
    // what a cache that cannot see the change would hold.
    await new Promise((r) => setTimeout(r, 30));
    const cacheFile = path.join(root, '.git/model-build/hash-cache.json');
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8'));
    const st = statSync(csv, { bigint: true });
    Object.assign(cache.entries['data/penguins.csv'], { size: Number(st.size), mtime: String(st.mtimeNs), ctime: String(st.ctimeNs), ino: String(st.ino) });
    writeFileSync(cacheFile, JSON.stringify(cache));
    const trusting = cli(['check', '--json'], { cwd: root });
    expect(JSON.parse(trusting.stdout).stats.cacheHits, 'the forged entry is used by check').toBe(1);
    expect(trusting.code).toBe(0);

    const r = verify(root, ['--against', pkg.archive]);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stdout).toContain('data/penguins.csv does not match data/penguins.csv.dvc');
    expect(r.stdout).toContain('NOT VERIFIED: the rebuild was refused before training: data is not versioned or does not match its committed pointer');
    expect(r.stdout).not.toMatch(/not deterministic|NOT REPRODUCIBLE/);
  });
});

describe('verify refuses a dirty package', () => {
  it('a package built with --allow-dirty from uncommitted changes: exit 1 without rebuilding', () => {
    const root = penguinsRepo();
    writeFileSync(path.join(root, 'scratch.txt'), 'x');
    const { package: pkg } = buildJson(root, ['--allow-dirty']);
    rmSync(path.join(root, 'scratch.txt')); // the tree is clean again: only the package is dirty
    const r = verify(root, ['--against', pkg.archive]);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stdout).toContain('built from a dirty tree: not a reproducible build');
    expect(r.stdout).toContain('scratch.txt');
    expect(r.stdout).not.toContain('rebuild 1');
    const json = JSON.parse(verify(root, ['--against', pkg.archive, '--json']).stdout);
    expect(json).toMatchObject({ reproducible: false, rebuilds: [], failure: { reason: 'dirty-package' } });
  });

  it('a package built with --allow-dirty from data that did not match its pointer: exit 1', () => {
    const root = dvcPenguinsRepo();
    const csv = path.join(root, 'data/penguins.csv');
    writeFileSync(csv, TAMPERED);
    const { package: pkg } = buildJson(root, ['--allow-dirty']);
    writeFileSync(csv, penguinsCsv); // the data matches again: only the package is dirty
    const r = verify(root, ['--against', pkg.archive]);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stdout).toContain('built from a dirty tree: not a reproducible build');
    expect(r.stdout).toContain('data that did not match its pointer (data/penguins.csv)');
    expect(r.stdout).not.toContain('rebuild 1');
  });
});

describe('same inputs and resolved backend, same bytes: however the backend was asked for', () => {
  it("README's first command, then verify --against its package: REPRODUCIBLE; the README library snippet makes the same archive", async () => {
    const example = path.join(projectRoot, 'examples/penguins');
    const files: Record<string, Buffer> = {};
    for (const rel of ['.gitignore', 'README.md', 'model-build.yml', 'data/penguins.csv']) files[`examples/penguins/${rel}`] = readFileSync(path.join(example, rel));
    expect(files['examples/penguins/model-build.yml']!.toString()).toContain('backend: auto');
    const root = makeRepo(files);
    // npx model-build build --config examples/penguins/model-build.yml
    const built = cli(['build', '--config', 'examples/penguins/model-build.yml'], { cwd: root });
    expect(built.code, built.stdout + built.stderr).toBe(0);
    const outDir = path.join(root, 'examples/penguins/model-build-out');
    const zips = readdirSync(outDir).filter((n) => /^penguins-.*\.zip$/.test(n));
    expect(zips).toHaveLength(1);
    const archive = path.join(outDir, zips[0]!);
    const cliBytes = readFileSync(archive);
    const metrics = JSON.parse(packageEntry(archive, 'metrics.json'));
    expect(metrics.runtime).not.toHaveProperty('fallbacks'); // an observation: not in the archive
    const provenance = JSON.parse(readFileSync(archive.replace(/\.zip$/, '.provenance.intoto.json'), 'utf8'));
    expect(provenance.predicate.buildDefinition.externalParameters.backend).toBe('auto');
    if (metrics.runtime.backend !== 'tensorflow') {
      // auto fell back here: the CLI says why, and so does the statement beside the archive.
      expect(built.stdout).toContain('not used: @tensorflow/tfjs-node');
      expect(JSON.stringify(provenance.predicate.buildDefinition.internalParameters)).toContain('@tensorflow/tfjs-node');
    }

    // npx model-build verify --config examples/penguins/model-build.yml --against examples/penguins/model-build-out/penguins-*.zip
    const r = cli(['verify', '--config', 'examples/penguins/model-build.yml', '--against', `examples/penguins/model-build-out/${zips[0]}`], { cwd: root });
    expect(r.stdout + r.stderr).not.toContain('NOT REPRODUCIBLE');
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('REPRODUCIBLE: byte-identical archives');

    // README's library snippet, run in the config's folder: buildModel({ config: 'model-build.yml', backend: 'wasm' })
    const lib = await buildModel({ config: 'model-build.yml', backend: 'wasm', cwd: path.join(root, 'examples/penguins') });
    expect(lib.status).toBe('built');
    if (lib.status !== 'built' || !lib.package) throw new Error('not packaged');
    if (metrics.runtime.backend === 'wasm') {
      expect(lib.package.archive).toBe(archive);
      expect(readFileSync(lib.package.archive).equals(cliBytes), 'the library and the CLI make the same archive').toBe(true);
    }
  });

  it('names the differing file and field for a package whose metrics.json recorded the fallback notes (as before)', () => {
    const root = penguinsRepo();
    const { package: pkg } = buildJson(root);
    const old = path.join(tempDir(), 'old.zip');
    rewritePackage(pkg.archive, old, (j) => {
      j['metrics.json'].runtime.fallbacks = ['@tensorflow/tfjs-node is not installed'];
    });
    const r = verify(root, ['--against', old]);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stdout).toContain(`reference (the package ${old})`);
    expect(r.stdout).toContain('differs: metrics.json');
    expect(r.stdout).toContain('/runtime/fallbacks: ["@tensorflow/tfjs-node is not installed"] → (absent)');
    expect(r.stdout).toContain('likely cause: files differ with identical recorded inputs: metrics.json /runtime/fallbacks');
    const json = JSON.parse(verify(root, ['--against', old, '--json']).stdout);
    const metricsDiff = json.comparisons[0].files.find((f: { file: string }) => f.file === 'metrics.json');
    expect(metricsDiff.fields).toEqual([{ path: '/runtime/fallbacks', expected: '["@tensorflow/tfjs-node is not installed"]', actual: '(absent)' }]);
  });
});

describe('diffJson', () => {
  it('lists JSON Pointer paths with shortened values, escaping ~ and /', () => {
    const d = diffJson(
      { a: 1, 'x/y': { '~k': 'same' }, list: [1, 2, 3], long: 'a'.repeat(100), gone: true },
      { a: 2, 'x/y': { '~k': 'other' }, list: [1, 2], long: 'b'.repeat(100), added: null },
    );
    expect(d.more).toBe(0);
    expect(d.fields).toEqual([
      { path: '/a', expected: '1', actual: '2' },
      { path: '/x~1y/~0k', expected: '"same"', actual: '"other"' },
      { path: '/list/2', expected: '3', actual: '(absent)' },
      { path: '/long', expected: `"${'a'.repeat(JSON_DIFF_LIMITS.MAX_VALUE_CHARS - 2)}…`, actual: `"${'b'.repeat(JSON_DIFF_LIMITS.MAX_VALUE_CHARS - 2)}…` },
      { path: '/gone', expected: 'true', actual: '(absent)' },
      { path: '/added', expected: '(absent)', actual: 'null' },
    ]);
  });

  it('caps the listed fields and counts the rest', () => {
    const n = JSON_DIFF_LIMITS.MAX_FIELDS + 5;
    const d = diffJson(Array.from({ length: n }, (_, i) => i), Array.from({ length: n }, (_, i) => -i - 1));
    expect(d.fields).toHaveLength(JSON_DIFF_LIMITS.MAX_FIELDS);
    expect(d.more).toBe(5);
  });

  it('survives nesting far past its depth limit (compares the rest as a whole)', () => {
    const deep = (leaf: number) => JSON.parse(`${'['.repeat(100_000)}${leaf}${']'.repeat(100_000)}`);
    const d = diffJson(deep(1), deep(2));
    expect(d.fields).toHaveLength(1);
    expect(d.fields[0]!.path.split('/')).toHaveLength(JSON_DIFF_LIMITS.MAX_DEPTH + 1);
    expect(diffJson(deep(1), deep(1)).fields).toEqual([]);
  });
});
