import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, ModelBuildError } from '../src/index.js';
import { tempDir, writeFiles } from './helpers/repo.js';

function configIn(files: Record<string, string>): string {
  const dir = tempDir('mb-config-');
  writeFiles(dir, files);
  return dir;
}

function loadError(dir: string, file?: string): ModelBuildError {
  try {
    loadConfig(file, { cwd: dir });
  } catch (e) {
    if (ModelBuildError.is(e)) return e;
    throw e;
  }
  throw new Error('expected loadConfig to throw');
}

describe('loadConfig', () => {
  it('finds model-build.yml, fills schema defaults and resolves data paths against the config folder', () => {
    const dir = configIn({ 'model-build.yml': 'name: penguins\ndata:\n  path: data/penguins.csv\n  label: species\n' });
    const loaded = loadConfig(undefined, { cwd: dir });
    expect(loaded.config.name).toBe('penguins');
    expect(loaded.config.seed).toBe(42);
    expect(loaded.config.data.format).toBe('auto');
    expect(loaded.dataPaths).toEqual([
      { pointer: '/data/path', given: 'data/penguins.csv', path: path.join(dir, 'data/penguins.csv') },
    ]);
    expect(loaded.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('reads JSON configs with the same schema and positions', () => {
    const dir = configIn({ 'model-build.json': '{\n  "name": "x",\n  "data": { "path": "d.csv", "fromat": "csv" }\n}\n' });
    const e = loadError(dir);
    expect(e.code).toBe('CONFIG_INVALID');
    expect(e.message).toContain('unknown setting "fromat" at /data');
    expect(e.hint).toBe('did you mean "format"?');
    expect(e.location).toMatchObject({ file: 'model-build.json', line: 3, column: 30 });
  });

  it('names the file, line, column and JSON path of an unknown key, with a did-you-mean hint', () => {
    const dir = configIn({ 'model-build.yml': 'name: m\ndata:\n  path: d.csv\ntraning:\n  epochs: 3\n' });
    const e = loadError(dir);
    expect(e.location).toMatchObject({ file: 'model-build.yml', line: 4, column: 1, pointer: '/traning' });
    expect(e.hint).toBe('did you mean "training"?');
    expect(e.format()).toMatch(/^model-build\.yml:4:1: unknown setting "traning" at \//);
  });

  it('reports a wrong type at the value, and lists every further problem', () => {
    const dir = configIn({
      'model-build.yml': 'name: m\ndata:\n  path: d.csv\ntraining:\n  epochs: many\n  backend: gpu\ngates:\n  auc: "at least 0.8"\n',
    });
    const e = loadError(dir);
    expect(e.location).toMatchObject({ line: 5, column: 11, pointer: '/training/epochs' });
    expect(e.message).toBe('/training/epochs: must be integer');
    expect(e.details.join('\n')).toContain('model-build.yml:6:12: /training/backend must be one of "auto", "tensorflow", "wasm", "cpu"');
    expect(e.details.join('\n')).toContain('/gates/auc must be a comparison like ">= 0.85"');
  });

  it('requires name and data', () => {
    const e = loadError(configIn({ 'model-build.yml': 'name: m\n' }));
    expect(e.message).toBe('/ is missing the required setting "data"');
  });

  it('refuses YAML that does not parse, with its line', () => {
    const e = loadError(configIn({ 'model-build.yml': 'name: m\ndata:\n  path: [unclosed\n' }));
    expect(e.code).toBe('CONFIG_PARSE');
    expect(e.location.file).toBe('model-build.yml');
    expect(e.location.line).toBeGreaterThanOrEqual(3);
  });

  it('refuses duplicate keys rather than silently keeping one', () => {
    const e = loadError(configIn({ 'model-build.yml': 'name: a\nname: b\ndata:\n  path: d.csv\n' }));
    expect(e.code).toBe('CONFIG_PARSE');
    expect(e.location.line).toBe(2);
  });

  it('refuses a document that is not a mapping', () => {
    expect(loadError(configIn({ 'model-build.yml': '- just\n- a list\n' })).code).toBe('CONFIG_INVALID');
  });

  it('refuses data paths that leave the repository', () => {
    const dir = configIn({ 'sub/model-build.yml': 'name: m\ndata:\n  path: ../../outside.csv\n' });
    let err: unknown;
    try {
      loadConfig('sub/model-build.yml', { cwd: dir, root: dir });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ModelBuildError);
    expect((err as ModelBuildError).code).toBe('PATH_ESCAPES_ROOT');
    expect((err as ModelBuildError).location).toMatchObject({ pointer: '/data/path', line: 3, column: 9 });
  });

  it('says where it looked when there is no config', () => {
    const dir = tempDir();
    const e = loadError(dir);
    expect(e.code).toBe('CONFIG_NOT_FOUND');
    expect(e.message).toContain(dir);
    expect(loadError(dir, 'nope.yml').message).toContain(path.join(dir, 'nope.yml'));
  });

  it('accepts a config that uses every section of the pipeline', () => {
    const dir = configIn({
      'model-build.yml': `
$schema: ./schema.json
name: penguins
version: "1.2.0"
intendedUse: species of penguins from body measurements
seed: 7
data:
  path: data/penguins.csv
  extra: [data/lookup.csv]
  label: species
  columns: { island: category }
  exclude: [id]
  cleaning:
    dropMissingLabel: true
    dropDuplicates: true
    impute: { bill_length_mm: median, sex: { constant: unknown } }
    clip: { body_mass_g: [2000, null] }
  split: { validation: 0.25, stratify: true }
features:
  island: { type: categorical, topK: 3 }
  body_mass_g: { type: numeric, transform: log }
  flipper_length_mm: { type: bucketized, boundaries: [190, 210] }
  id: drop
model:
  task: multiclass
  hidden: [{ units: 16, activation: relu, dropout: 0.1 }]
  l2: 0.001
  optimizer: adam
  learningRate: 0.01
training:
  epochs: 20
  batchSize: 16
  backend: wasm
  earlyStopping: { monitor: val_loss, patience: 3 }
gates:
  accuracy: ">= 0.9"
  macroF1: "> 0.85"
package:
  out: out
monitor:
  psi: 0.2
  bins: 20
`,
    });
    const loaded = loadConfig(undefined, { cwd: dir });
    expect(loaded.dataPaths.map((d) => d.pointer)).toEqual(['/data/path', '/data/extra/0']);
    expect(loaded.config.model?.task).toBe('multiclass');
  });
});
