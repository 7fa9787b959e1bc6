import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModel, ModelBuildError } from '../src/index.js';
import { cli } from './helpers/cli.js';
import { makeRepo } from './helpers/repo.js';

const CONFIG = 'name: bad\ndata:\n  path: d.csv\n  label: y\ntraining:\n  epochs: 1\n  backend: cpu\n';

async function buildError(files: Record<string, string>, config = CONFIG): Promise<ModelBuildError> {
  const root = makeRepo({ '.gitignore': 'model-build-out/\n', 'model-build.yml': config, ...files });
  try {
    await buildModel({ config: path.join(root, 'model-build.yml'), cacheFile: null });
  } catch (e) {
    if (ModelBuildError.is(e)) return e;
    throw e;
  }
  throw new Error('expected the build to fail');
}

const rows = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join('\n');
const good = (n = 40) => `a,b,y\n${rows(n, (i) => `${i},${i % 3},${i % 2 ? 'p' : 'q'}`)}\n`;

describe('build refuses bad input with a clear error naming file, row and column', () => {
  it('label column missing', async () => {
    const e = await buildError({ 'd.csv': 'a,b,z\n1,2,3\n4,5,6\n' });
    expect(e.format()).toBe('d.csv: the label column "y" is not in the data (columns: a, b, z)\n  hint: fix data.label in the config');
  });

  it('a column with no values at all', async () => {
    const e = await buildError({ 'd.csv': `a,empty,y\n${rows(40, (i) => `${i},,${i % 2 ? 'p' : 'q'}`)}\n` });
    expect(e.message).toBe('column "empty" has no values at all');
    expect(e.hint).toContain('data.exclude');
  });

  it('text in a numeric column', async () => {
    const e = await buildError({ 'd.csv': `a,y\n${rows(30, (i) => `${i},${i % 2 ? 'p' : 'q'}`)}\noops,p\n` });
    expect(e.code).toBe('DATA_INVALID');
    expect(e.location).toMatchObject({ file: 'd.csv', line: 32 });
    expect(e.message).toContain('"a"');
  });

  it('an empty file', async () => {
    const e = await buildError({ 'd.csv': '' });
    expect(e).toMatchObject({ code: 'DATA_INVALID', location: { file: 'd.csv' } });
  });

  it('ragged CSV rows', async () => {
    const e = await buildError({ 'd.csv': 'a,b,y\n1,2,p\n3,q\n' });
    expect(e.location).toMatchObject({ file: 'd.csv', line: 3 });
    expect(e.message).toContain('2 fields');
  });

  it('NaN and Infinity', async () => {
    const e = await buildError({ 'd.csv': `a,y\n${rows(30, (i) => `${i},${i % 2 ? 'p' : 'q'}`)}\nInfinity,p\n` });
    expect(e.location).toMatchObject({ file: 'd.csv', line: 32 });
    expect(e.message).toMatch(/NaN|Infinity/);
  });

  it('a class with a single example', async () => {
    const e = await buildError({ 'd.csv': `${good()}99,1,lonely\n` });
    expect(e.format()).toContain('d.csv:42: class "lonely" of "y" has a single example');
  });

  it('a split that leaves a class out of validation', async () => {
    const e = await buildError(
      { 'd.csv': good(), 'v.csv': `a,b,y\n${rows(10, (i) => `${i},0,q`)}\n` },
      CONFIG.replace('  path: d.csv\n', '  path: d.csv\n  validation: v.csv\n'),
    );
    expect(e.message).toBe('class "p" of "y" is not in the validation split');
    expect(e.hint).toContain('validation file');
  });

  it('a model module that throws', async () => {
    const e = await buildError(
      { 'd.csv': good(), 'm.mjs': 'export function build() { throw new Error("no GPU here"); }\n' },
      `${CONFIG}model:\n  module: ./m.mjs\n`,
    );
    expect(e.format()).toContain('m.mjs: build(tf, ctx) threw: no GPU here');
  });

  it('a model module that returns something that is not a model', async () => {
    const e = await buildError({ 'd.csv': good(), 'm.mjs': 'export const build = () => ({ layers: [] });\n' }, `${CONFIG}model:\n  module: ./m.mjs\n`);
    expect(e.message).toBe('build(tf, ctx) returned Object, not a tf.LayersModel');
  });

  it('a model module with the wrong output size', async () => {
    const e = await buildError(
      {
        'd.csv': good(),
        'm.mjs': 'export const build = (tf, { inputShape }) => tf.sequential({ layers: [tf.layers.dense({ units: 5, inputShape })] });\n',
      },
      `${CONFIG}model:\n  module: ./m.mjs\n`,
    );
    expect(e.message).toContain('the model takes [*, 2] and returns 5 units; the data needs input [*, 2] and 1 output units');
  });

  it('a gate on a metric the task does not compute', async () => {
    const e = await buildError({ 'd.csv': good() }, `${CONFIG}gates:\n  rmse: "< 1"\n`);
    expect(e.message).toBe('gate "rmse" names no metric of this task');
    expect(e.hint).toContain('accuracy');
  });

  it('prints one line and exits 2 from the CLI, without a stack trace', () => {
    const root = makeRepo({ 'model-build.yml': CONFIG, 'd.csv': 'a,b,y\n1,2,p\n3,q\n' });
    const r = cli(['build', '--config', path.join(root, 'model-build.yml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: d\.csv:3: row has 2 fields, the header has 3\n/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
