/**
 * The config's `sweep` section: variants, their ids (from the overrides, never the order), and
 * the errors a bad sweep gets — before any data is read or any model trained.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/core/config/load.js';
import { canonicalJson, variantId } from '../src/core/config/sweep.js';
import { ModelBuildError } from '../src/core/errors.js';
import { cli } from './helpers/cli.js';
import { penguinsCsv } from './helpers/project.js';
import { tempDir, writeFiles } from './helpers/repo.js';

const BASE = [
  'name: penguins',
  'seed: 7',
  'data:',
  '  path: data/penguins.csv',
  '  label: species',
  'model:',
  '  task: multiclass',
  '  hidden: [{ units: 8 }]',
  '  learningRate: 0.02',
  'training: { epochs: 5 }',
  'gates: { accuracy: ">= 0.5" }',
  '',
].join('\n');

function project(sweep: string): string {
  const dir = tempDir('mb-sweep-cfg-');
  writeFiles(dir, { 'model-build.yml': `${BASE}${sweep}`, 'data/penguins.csv': penguinsCsv });
  return path.join(dir, 'model-build.yml');
}

function load(sweep: string, variant?: string) {
  const file = project(sweep);
  return loadConfig(file, { root: path.dirname(file), variant });
}

function failure(sweep: string, variant?: string): ModelBuildError {
  try {
    load(sweep, variant);
  } catch (e) {
    if (ModelBuildError.is(e)) return e;
    throw e;
  }
  throw new Error('expected the config to be refused');
}

const GRID = 'sweep:\n  grid:\n    model.learningRate: [0.01, 0.03]\n    model.hidden: [[{ units: 8 }], [{ units: 16, activation: tanh }]]\n  variants:\n    - { seed: 9, training.batchSize: 64 }\n';

describe('sweep variants', () => {
  it('expands the grid and the list; ids come from the overrides alone', () => {
    const plan = load(GRID).sweep!;
    expect(plan.variants).toHaveLength(5);
    expect(plan.variants.map((v) => v.id)).toEqual([...plan.variants.map((v) => v.id)].sort());
    for (const v of plan.variants) {
      expect(v.id).toMatch(/^v[0-9a-f]{8}$/);
      expect(v.id).toBe(`v${createHash('sha256').update(canonicalJson(v.overrides)).digest('hex').slice(0, 8)}`);
    }
    const listed = plan.variants.find((v) => v.overrides.seed === 9)!;
    expect(listed.overrides).toEqual({ seed: 9, 'training.batchSize': 64 });
    expect(listed.label).toBe('seed=9 training.batchSize=64');
  });

  it('keeps every id when the section is reordered: settings, values, list entries and keys inside values', () => {
    const reordered =
      'sweep:\n  variants:\n    - { training.batchSize: 64, seed: 9 }\n  grid:\n    model.hidden: [[{ activation: tanh, units: 16 }], [{ units: 8 }]]\n    model.learningRate: [0.03, 0.01]\n';
    const a = load(GRID).sweep!.variants;
    const b = load(reordered).sweep!.variants;
    expect(b.map((v) => v.id)).toEqual(a.map((v) => v.id));
    expect(b.map((v) => canonicalJson(v.overrides))).toEqual(a.map((v) => canonicalJson(v.overrides)));
    // Adding a variant leaves the others' ids alone; changing a value changes that id only.
    const more = load(`${GRID}    - { seed: 10 }\n`).sweep!.variants.map((v) => v.id);
    expect(more).toEqual(expect.arrayContaining(a.map((v) => v.id)));
    expect(more).toHaveLength(6);
    expect(variantId({ 'model.learningRate': 0.01 })).not.toBe(variantId({ 'model.learningRate': 0.010000001 }));
    expect(variantId({ 'model.learningRate': 0.01 })).toBe(variantId({ 'model.learningRate': 1e-2 }));
  });

  it('--variant gives the base config with the overrides applied, defaults filled in', () => {
    const plan = load(GRID).sweep!;
    const v = plan.variants.find((x) => x.overrides['model.learningRate'] === 0.03 && JSON.stringify(x.overrides['model.hidden']).includes('tanh'))!;
    const loaded = load(GRID, v.id);
    expect(loaded.variant?.id).toBe(v.id);
    expect(loaded.config.model?.learningRate).toBe(0.03);
    expect(loaded.config.model?.hidden).toEqual([{ units: 16, activation: 'tanh' }]);
    expect(loaded.config.model?.optimizer).toBe('adam'); // a schema default, still filled in
    expect(loaded.config.training?.epochs).toBe(5);
    const listed = load(GRID, plan.variants.find((x) => x.overrides.seed === 9)!.id);
    expect(listed.config.seed).toBe(9);
    expect(listed.config.training).toMatchObject({ epochs: 5, batchSize: 64 });
    // Without --variant: the base config, with the plan beside it.
    const base = load(GRID);
    expect(base.variant).toBeUndefined();
    expect(base.config.model?.learningRate).toBe(0.02);
  });

  it('a setting inside a map may hold dots, and a key named __proto__ stays a key', () => {
    const plan = load('sweep:\n  grid:\n    features.bill.length: [drop]\n    data.columns.__proto__: [number]\n').sweep!;
    expect(plan.variants).toHaveLength(1);
    const loaded = load('sweep:\n  grid:\n    features.bill.length: [drop]\n    data.columns.__proto__: [number]\n', plan.variants[0]!.id);
    expect(loaded.config.features).toEqual({ 'bill.length': 'drop' });
    expect(Object.hasOwn(loaded.config.data.columns!, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(loaded.config.data.columns)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).number).toBeUndefined();
  });
});

describe('bad sweeps are refused with file, line and what to do', () => {
  const cases: Array<[string, string, RegExp, RegExp?]> = [
    ['an unknown setting, with a suggestion', 'sweep:\n  grid:\n    model.lerningRate: [0.1]\n', /"model\.lerningRate" is not a setting/, /did you mean "model\.learningRate"/],
    ['the data', 'sweep:\n  grid:\n    data.path: [other.csv]\n', /"data\.path" cannot be swept: every variant trains on the same data/],
    ['the label', 'sweep:\n  variants:\n    - { data.label: island }\n', /"data\.label" cannot be swept/],
    ['the name', 'sweep:\n  grid:\n    name: [a, b]\n', /"name" cannot be swept/],
    ['the backend', 'sweep:\n  grid:\n    training.backend: [cpu, wasm]\n', /"training\.backend" cannot be swept: the backend belongs to the runner/],
    ['the gates', 'sweep:\n  grid:\n    gates.accuracy: [">= 0.5"]\n', /"gates\.accuracy" cannot be swept/],
    ['the sweep itself', 'sweep:\n  grid:\n    sweep.max: [3]\n', /"sweep\.max" cannot be swept/],
    ['a value the schema refuses, naming the variant', 'sweep:\n  grid:\n    model.learningRate: [0.01, -1]\n', /sweep variant v[0-9a-f]{8} \(model\.learningRate=-1\): \/model\/learningRate: must be > 0/],
    ['a value of the wrong shape', 'sweep:\n  variants:\n    - { model.hidden: 16 }\n', /sweep variant v[0-9a-f]{8} \(model\.hidden=16\): .*hidden/],
    ['a variant that breaks a config rule', 'sweep:\n  variants:\n    - { features.species: { type: categorical } }\n', /sweep variant .*"species" is the label/],
    ['a duplicate variant', 'sweep:\n  grid:\n    seed: [1, 2]\n  variants:\n    - { seed: 2 }\n', /the variant seed=2 appears twice \(\/sweep\/grid and \/sweep\/variants\/0\)/],
    ['a setting and its parent in one variant', 'sweep:\n  variants:\n    - { model: { learningRate: 0.1 }, model.learningRate: 0.2 }\n', /sets both "model" and "model\.learningRate"/],
    ['more variants than max', 'sweep:\n  max: 3\n  grid:\n    seed: [1, 2]\n    model.learningRate: [0.1, 0.2]\n', /more than 3 variants; sweep\.max is 3/, /raise sweep\.max \(at most 256/],
    ['a grid past GitHub\'s 256 legs, counted before expanding', `sweep:\n  max: 256\n  grid:\n${['seed', 'model.learningRate', 'model.l2', 'training.batchSize', 'training.epochs', 'data.split.validation', 'model.optimizer', 'features.island'].map((k, i) => `    ${k}: [${Array.from({ length: 10 }, (_, j) => (k === 'model.optimizer' ? ['adam', 'sgd', 'rmsprop', 'adagrad'][j % 4] : k === 'features.island' ? (j % 2 ? 'drop' : '{type: categorical}') : k === 'data.split.validation' ? (j + 1) / 20 : k === 'model.learningRate' || k === 'model.l2' ? (j + 1) / 1000 : j + 1 + i)).join(', ')}]`).join('\n')}\n`, /more than 256 variants/, /GitHub runs at most 256 jobs per matrix/],
    ['max above 256', 'sweep:\n  max: 300\n  grid:\n    seed: [1]\n', /\/sweep\/max: must be <= 256/],
    ['an empty sweep', 'sweep: {}\n', /the sweep has no variants/],
    ['an empty list of values', 'sweep:\n  grid:\n    seed: []\n', /must NOT have fewer than 1 items/],
    ['an empty variant', 'sweep:\n  variants:\n    - {}\n', /must NOT have fewer than 1 properties/],
    ['an unknown selection metric', 'sweep:\n  grid:\n    seed: [1]\n  select: { metric: acuracy }\n', /sweep\.select\.metric "acuracy" names no metric of a multiclass model/, /did you mean "accuracy"/],
    ['a metric of another task', 'sweep:\n  grid:\n    seed: [1]\n  select: { metric: rmse }\n', /names no metric of a multiclass model/],
    ['a bad direction', 'sweep:\n  grid:\n    seed: [1]\n  select: { metric: accuracy, direction: up }\n', /must be one of "max", "min"/],
  ];
  it.each(cases)('%s', (_what, sweep, message, hint) => {
    const e = failure(sweep);
    expect(e.code).toBe('CONFIG_INVALID');
    expect(e.message).toMatch(message);
    if (hint) expect(e.hint).toMatch(hint);
    expect(e.location.file).toMatch(/model-build\.yml$/);
    expect(e.location.line).toBeGreaterThanOrEqual(12); // in the sweep section, after the base config's 12 lines
  });

  it('an unknown --variant names the ids, with a suggestion', () => {
    const plan = load(GRID).sweep!;
    const near = `${plan.variants[0]!.id.slice(0, 8)}${plan.variants[0]!.id.endsWith('0') ? '1' : '0'}`;
    const e = failure(GRID, near);
    expect(e.code).toBe('USAGE');
    expect(e.message).toContain(`variant "${near}" is not in the sweep`);
    expect(e.hint).toContain(`did you mean ${plan.variants[0]!.id}?`);
    const none = failure('', 'v12345678');
    expect(none.message).toContain('has no sweep section');
  });

  it('the CLI refuses a malformed --variant and --jobs before loading anything', () => {
    const file = project(GRID);
    const bad = cli(['build', '--config', file, '--variant', '../x']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--variant must be a variant id like v1a2b3c4d');
    const jobs = cli(['sweep', '--config', file, '--jobs', '0']);
    expect(jobs.code).toBe(2);
    expect(jobs.stderr).toContain('--jobs must be a whole number from 1 to 64');
    const noSweep = cli(['sweep', '--config', project(''), '--plan']);
    expect(noSweep.code).toBe(2);
    expect(noSweep.stderr).toContain('has no sweep section');
  });

  it('sweep --plan --json is valid strategy.matrix input, and the example config has a sweep', () => {
    const file = project(GRID);
    const r = cli(['sweep', '--config', file, '--plan', '--json']);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(plan.count).toBe(5);
    expect(plan.matrix.include).toHaveLength(5);
    for (const leg of plan.matrix.include) {
      expect(Object.keys(leg).sort()).toEqual(['label', 'variant']);
      expect(leg.variant).toMatch(/^v[0-9a-f]{8}$/);
    }
    const example = readFileSync(path.join(__dirname, '../examples/penguins/model-build.yml'), 'utf8');
    expect(example).toMatch(/^sweep:/m);
  });
});
