/**
 * Hostile configs and model specs: every case is a real repository, the CLI in a child process,
 * and the harness's invariants (exit code, the config file named on the first line, no stack
 * trace, no "internal error", nothing written or deleted). `check` cases fail while the config
 * is read; `build` cases fail on the data or the model's size, before TensorFlow.js loads.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'vitest';
import { runHostile, type HostileCase } from '../helpers/hostile.js';

const BASE = 'name: m\ndata:\n  path: d.csv\n  label: y\n';
const CSV = `a,b,color,y\n${Array.from({ length: 40 }, (_, i) => `${i},${(i * 7) % 11},${['red', 'green', 'blue'][i % 3]},${i % 2 ? 'p' : 'q'}`).join('\n')}\n`;

/** A `check` of a repository holding only this config (the data is never reached). */
function checkCase(name: string, config: string | Buffer, names: string | RegExp, says?: string | RegExp, file = 'model-build.yml'): HostileCase {
  return {
    name,
    files: { [file]: config },
    args: () => ['check', ...(file === 'model-build.yml' ? [] : ['--config', file])],
    code: 2,
    names,
    says,
  };
}

/** A `build` of a clean repository with data: the refusal comes after the data is read. */
function buildCase(name: string, config: string, names: string | RegExp, says?: string | RegExp, csv = CSV): HostileCase {
  return {
    name,
    files: { '.gitignore': 'model-build-out/\n', 'd.csv': csv, 'model-build.yml': config },
    args: () => ['build'],
    code: 2,
    names,
    says,
    timeout: 180_000,
  };
}

const TRAIN = 'training:\n  epochs: 1\n  backend: cpu\n';
const nested = (n: number) => `${BASE}description: ${'['.repeat(n)}1${']'.repeat(n)}\n`;
const bomb = [
  'a: &a [x, x, x, x, x, x, x, x, x]',
  ...'bcdefgh'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`),
].join('\n');

const cases: HostileCase[] = [
  // The bytes: size, kind of file, encoding.
  checkCase('a config over 1 MiB', `${BASE}${'# padding padding padding padding\n'.repeat(40_000)}`, 'model-build.yml', /over the limit of 1048576 bytes/),
  {
    name: 'a config that is a FIFO',
    setup: (root) => execFileSync('mkfifo', [path.join(root, 'pipe.yml')]),
    args: () => ['check', '--config', 'pipe.yml'],
    code: 2,
    names: 'pipe.yml',
    says: 'FIFO',
    mayWrite: ['repo/pipe.yml'],
  },
  { name: 'a config that is /dev/zero', args: () => ['check', '--config', '/dev/zero'], code: 2, names: 'dev/zero', says: 'character device' },
  { name: 'a config that is a folder', files: { 'cfg.yml/x': 'y' }, args: () => ['check', '--config', 'cfg.yml'], code: 2, names: 'cfg.yml', says: 'folder' },
  checkCase('UTF-16 LE with a byte order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(BASE, 'utf16le')]), 'model-build.yml:1:1', 'UTF-16'),
  checkCase('UTF-16 BE with a byte order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(BASE, 'utf16le').swap16()]), 'model-build.yml:1:1', 'UTF-16'),
  checkCase('a Latin-1 byte', Buffer.concat([Buffer.from(`${BASE}description: caf`), Buffer.from([0xe9]), Buffer.from('\n')]), 'model-build.yml:5:17', 'not valid UTF-8'),
  checkCase('a NUL byte', `${BASE}description: a\u0000b\n`, 'model-build.yml:5:15', 'U+0000'),
  checkCase('a UTF-8 BOM keeps line numbers right', `\ufeff${BASE}traning: {}\n`, 'model-build.yml:5:1', 'did you mean "training"'),
  checkCase('an empty file', '', 'model-build.yml', 'the config is empty'),
  checkCase('only comments', '# name: m\n# data: {}\n', 'model-build.yml', 'the config is empty'),
  checkCase('a config that is a list', '- name: m\n- data: {}\n', 'model-build.yml:1:1', 'is a list'),
  checkCase('a config that is a scalar', 'just some words\n', 'model-build.yml:1:1', 'single string'),
  checkCase('two YAML documents', `${BASE}---\nname: other\n`, 'model-build.yml:5', 'not valid YAML'),
  checkCase('tabs as indentation', 'name: m\ndata:\n\tpath: d.csv\n', 'model-build.yml:3', /tab/i),
  checkCase('a duplicate key', `${BASE}name: again\n`, 'model-build.yml:5:1', 'unique'),

  // The YAML tree: aliases, depth, sizes, tags, keys.
  checkCase('an alias bomb', `${BASE}${bomb}\n`, /model-build\.yml:\d+:\d+: the config holds more than 100000 values/, 'alias bomb'),
  checkCase('an alias inside its own anchor', `${BASE}description: &s [*s]\n`, 'model-build.yml:5', 'refers to a value that contains it'),
  checkCase('nesting 40 levels deep', nested(40), 'model-build.yml:5', 'deeper than 32 levels'),
  checkCase('nesting 200,000 levels deep', nested(200_000), 'model-build.yml', /nests (too deeply|deeper)/),
  checkCase('100,001 list items', `${BASE}description: [${Array(100_001).fill('1').join(',')}]\n`, 'model-build.yml:5', 'more than 100000 values'),
  checkCase('a 70,000-character string', `${BASE}description: ${'x'.repeat(70_000)}\n`, 'model-build.yml:5:14', 'over the limit of 65536'),
  checkCase('a !!js/function tag', `name: !!js/function "function () { return 1 }"\ndata: {path: d.csv}\n`, 'model-build.yml:1:21', '!!js/function is not allowed'),
  checkCase('a !!binary tag', `name: !!binary bW9kZWw=\ndata: {path: d.csv}\n`, 'model-build.yml:1:16', '!!binary is not allowed'),
  checkCase('a custom local tag', `${BASE}seed: !env SEED\n`, 'model-build.yml:5:12', '!env is not allowed'),
  checkCase('a merge key', `${BASE}model: &m {task: binary}\ntraining:\n  <<: *m\n`, 'model-build.yml:7:3', 'merge keys'),
  checkCase('an anchor reused in the wrong section', `name: m\ndata: &d {path: d.csv, label: y}\nmonitor: *d\n`, 'model-build.yml:3:10', 'unknown setting "path" at /monitor'),
  checkCase('a list as a key', `${BASE}? [a, b]\n: 1\n`, 'model-build.yml:5:3', 'keys must be plain names'),
  checkCase('a number too large for a double', `${BASE}model: {l2: 1e400}\n`, 'model-build.yml:5:13', 'Infinity'),

  // .json configs are strict JSON, with line and column.
  checkCase('JSON with unquoted keys', '{\n  name: "m",\n  "data": {"path": "d.csv"}\n}\n', 'model-build.json:2:3', 'not valid JSON', 'model-build.json'),
  checkCase('JSON with a comment', '{\n  "name": "m", // the name\n  "data": {"path": "d.csv"}\n}\n', 'model-build.json:2:16', 'comment', 'model-build.json'),
  checkCase('JSON with a trailing comma', '{\n  "name": "m",\n  "data": {"path": "d.csv"},\n}\n', 'model-build.json:4:1', 'trailing comma', 'model-build.json'),
  checkCase('JSON with single quotes', "{\n  \"name\": 'm',\n  \"data\": {\"path\": \"d.csv\"}\n}\n", 'model-build.json:2:11', 'double quotes', 'model-build.json'),
  checkCase('JSON with a duplicate key', '{\n  "name": "m",\n  "name": "n",\n  "data": {"path": "d.csv"}\n}\n', 'model-build.json:3:3', 'unique', 'model-build.json'),
  checkCase('JSON nested 40 levels', `{"name": "m", "data": {"path": "d.csv"}, "description": ${'['.repeat(40)}${']'.repeat(40)}}`, 'model-build.json:1', 'nested more than 32', 'model-build.json'),
  checkCase('JSON with a hex number', '{"name": "m", "data": {"path": "d.csv"}, "seed": 0x10}\n', 'model-build.json:1:50', 'invalid number', 'model-build.json'),

  // Wrong types and names.
  checkCase('name as a number', 'name: 42\ndata: {path: d.csv}\n', 'model-build.yml:1:7', '/name: must be string'),
  checkCase('data as a list', 'name: m\ndata: [d.csv]\n', 'model-build.yml:2:7', 'data must be a mapping (got a list), e.g. data: { path: data/penguins.csv, label: species }'),

  // Wrong shapes: the expected shape with the schema's one-line example for that setting.
  checkCase('hidden layers as numbers', `${BASE}model: {hidden: [16, 8]}\n`, 'model-build.yml:5:18', 'model.hidden must be a list of layers (got 16 at model.hidden[0]), e.g. hidden: [{ units: 16, activation: relu }'),
  checkCase('a feature as a bare word', `${BASE}features: {Origin: categorical}\n`, 'model-build.yml:5:20', 'features.Origin must be a mapping or "drop" (got "categorical"), e.g. Origin: { type: categorical }'),
  checkCase('a gate as a bare number', `${BASE}gates: {rmse: 4}\n`, 'model-build.yml:5:15', 'gates.rmse must be a comparison string (got 4), e.g. rmse: ">= 0.9"'),
  checkCase('a misspelled feature type', `${BASE}features: {c: {type: categorcal}}\n`, 'model-build.yml:5:22', '/features/c/type must be one of "numeric", "categorical", "boolean", "bucketized"'),
  checkCase('a name with path separators', `name: ../../outside/x\ndata: {path: d.csv}\n`, 'model-build.yml:1:7', '^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$'),
  checkCase('a name that is ..', `name: ".."\ndata: {path: d.csv}\n`, 'model-build.yml:1:7', 'it names a folder and files'),
  checkCase('a 200-character name', `name: ${'n'.repeat(200)}\ndata: {path: d.csv}\n`, 'model-build.yml:1:7', 'pattern'),
  checkCase('an unknown top-level key', `${BASE}traning: {epochs: 2}\n`, 'model-build.yml:5:1', 'did you mean "training"'),
  checkCase('a number with underscores', `${BASE}seed: 1_000\n`, 'model-build.yml:5:7', 'without quotes or underscores'),
  checkCase('seed .NaN', `${BASE}seed: .NaN\n`, 'model-build.yml:5:7', 'NaN'),
  checkCase('a fractional seed', `${BASE}seed: 1.5\n`, 'model-build.yml:5:7', 'must be integer'),
  checkCase('a seed above 2^32 - 1', `${BASE}seed: 99999999999\n`, 'model-build.yml:5:7', '<= 4294967295'),
  checkCase('a negative seed', `${BASE}seed: -1\n`, 'model-build.yml:5:7', '>= 1'),
  checkCase('a YAML 1.1 boolean', `${BASE}  cleaning: {dropDuplicates: yes}\n`, 'model-build.yml:5:30', 'write true or false'),

  // Gates.
  checkCase('a gate on a misspelled metric', `${BASE}gates: {acuracy: ">= 0.8"}\n`, 'model-build.yml:5:9', 'did you mean "accuracy"'),
  checkCase('a gate that is not a comparison', `${BASE}gates: {accuracy: "at least 0.8"}\n`, 'model-build.yml:5:19', 'must be a comparison'),
  checkCase('a gate threshold of 1e999', `${BASE}gates: {accuracy: ">= 1e999"}\n`, 'model-build.yml:5:19', 'must be a comparison'),
  checkCase('a gate on a metric of another task', `${BASE}model: {task: regression}\ngates: {accuracy: ">= 0.8"}\n`, 'model-build.yml:6:9', 'metrics of a regression model: rmse, mae, r2'),
  checkCase('early stopping on an unknown metric', `${BASE}training: {earlyStopping: {monitor: val_acc}}\n`, 'model-build.yml:5', 'not val_loss or a metric'),

  // Monitor's false-alarm level: a probability that leaves room to detect anything.
  checkCase('monitor alpha 0', `${BASE}monitor: {alpha: 0}\n`, 'model-build.yml:5:18', 'must be > 0'),
  checkCase('monitor alpha 0.9', `${BASE}monitor: {alpha: 0.9}\n`, 'model-build.yml:5:18', 'must be <= 0.5'),
  checkCase('monitor alpha as text', `${BASE}monitor: {alpha: "5%"}\n`, 'model-build.yml:5:18', 'must be number'),
  checkCase('monitor alpha misspelled', `${BASE}monitor: {alfa: 0.01}\n`, 'model-build.yml:5:11', 'did you mean "alpha"'),

  // Numbers with sane bounds.
  checkCase('validation fraction 0', `${BASE}  split: {validation: 0}\n`, 'model-build.yml:5:23', 'must be > 0'),
  checkCase('validation fraction 1', `${BASE}  split: {validation: 1}\n`, 'model-build.yml:5:23', 'must be < 1'),
  checkCase('0 units', `${BASE}model: {hidden: [{units: 0}]}\n`, 'model-build.yml:5:26', 'must be >= 1'),
  checkCase('1e6 units', `${BASE}model: {hidden: [{units: 1000000}]}\n`, 'model-build.yml:5:26', 'must be <= 65536'),
  checkCase('fractional units', `${BASE}model: {hidden: [{units: 1.5}]}\n`, 'model-build.yml:5:26', 'must be integer'),
  checkCase('a billion epochs', `${BASE}training: {epochs: 1000000000}\n`, 'model-build.yml:5:20', 'must be <= 100000'),
  checkCase('batch size 0', `${BASE}training: {batchSize: 0}\n`, 'model-build.yml:5:23', 'must be >= 1'),
  checkCase('learning rate 0', `${BASE}model: {learningRate: 0}\n`, 'model-build.yml:5:23', 'must be > 0'),
  checkCase('learning rate .inf', `${BASE}model: {learningRate: .inf}\n`, 'model-build.yml:5:23', 'finite'),

  // Non-finite and disordered numbers that would reach preprocessor.json.
  checkCase('a bucket boundary .inf', `${BASE}features: {a: {type: bucketized, boundaries: [10, .inf]}}\n`, 'model-build.yml:5:51', 'first bucket already extends to -∞'),
  checkCase('a bucket boundary -.inf', `${BASE}features: {a: {type: bucketized, boundaries: [-.inf, 10]}}\n`, 'model-build.yml:5:47', 'is -Infinity'),
  checkCase('bucket boundaries out of order', `${BASE}features: {a: {type: bucketized, boundaries: [20, 10]}}\n`, 'model-build.yml:5:51', 'strictly increasing'),
  checkCase('a repeated bucket boundary', `${BASE}features: {a: {type: bucketized, boundaries: [10, 10]}}\n`, 'model-build.yml:5:51', '10 follows 10'),
  checkCase('a clip bound .inf', `${BASE}  cleaning: {clip: {a: [0, .inf]}}\n`, 'model-build.yml:5:28', 'use null'),
  checkCase('clip bounds reversed', `${BASE}  cleaning: {clip: {a: [10, 0]}}\n`, 'model-build.yml:5:24', 'lower bound 10 is above the upper bound 0'),
  checkCase('an impute constant .nan', `${BASE}  cleaning: {impute: {a: {constant: .nan}}}\n`, 'model-build.yml:5:37', 'NaN'),

  // Settings that contradict each other.
  checkCase('the label as a feature', `${BASE}features: {y: {type: categorical}}\n`, 'model-build.yml:5:12', 'is the label'),
  checkCase('a column both excluded and configured', `${BASE}  exclude: [a]\nfeatures: {a: {type: numeric}}\n`, 'model-build.yml:6:12', 'data.exclude also lists'),

  // Against the data, before training.
  buildCase('a feature naming a column not in the data', `${BASE}${TRAIN}features: {colour: {type: categorical}}\n`, 'model-build.yml:8:12', 'did you mean "color"'),
  buildCase('data.exclude naming a column not in the data', `name: m\ndata:\n  path: d.csv\n  label: y\n  exclude: [bb]\n${TRAIN}`, 'model-build.yml:5:13', 'columns: a, b, color, y'),
  buildCase('more classes than model.maxClasses', `${BASE}${TRAIN}model: {maxClasses: 2}\n`, 'model-build.yml:8:21', 'over model.maxClasses = 2', `a,y\n${Array.from({ length: 40 }, (_, i) => `${i},${'pqr'[i % 3]}`).join('\n')}\n`),
  buildCase(
    'a label with 1,001 classes (the default limit)',
    `${BASE}${TRAIN}`,
    'model-build.yml:4:10',
    /1,001 distinct classes, over model\.maxClasses = 1,000[\s\S]*regression/,
    `a,y\n${Array.from({ length: 2002 }, (_, i) => `${i},c${i % 1001}`).join('\n')}\n`,
  ),
  buildCase('two layers of 65,536 units', `${BASE}${TRAIN}model: {hidden: [{units: 65536}, {units: 65536}]}\n`, 'model-build.yml:8:17', /4,295,\d{3},\d{3} parameters[\s\S]*training\.maxParameters = 50,000,000/),
  buildCase('a model over a lowered training.maxParameters', `${BASE}training: {epochs: 1, backend: cpu, maxParameters: 10}\n`, 'model-build.yml:5:52', 'over training.maxParameters = 10'),
  buildCase('training memory over training.maxMemoryMiB', `${BASE}training: {epochs: 1, backend: cpu, maxMemoryMiB: 1}\nmodel: {hidden: [{units: 65536}]}\n`, 'model-build.yml:5:51', /about [\d.]+ MiB of memory[\s\S]*maxMemoryMiB = 1/),
  buildCase('an input wider than model.maxInputs', `${BASE}${TRAIN}model: {maxInputs: 4}\n`, 'model-build.yml:8:20', /input would be 6 values wide \(widest: color 4, a 1, b 1\), over model\.maxInputs = 4/),
  buildCase('more feature columns than model.maxInputs', `${BASE}${TRAIN}model: {maxInputs: 2}\n`, 'model-build.yml:8:20', 'input would be 3 feature columns wide'),
  buildCase(
    'a categorical column with 1,200 values and no topK',
    `${BASE}${TRAIN}`,
    'model-build.yml',
    /column "id" has 1,\d{3} distinct values[\s\S]*topK/,
    `id,y\n${Array.from({ length: 1500 }, (_, i) => `u${i},${i % 2 ? 'p' : 'q'}`).join('\n')}\n`,
  ),
  buildCase(
    'a column whose range overflows min-max scaling',
    `${BASE}${TRAIN}features: {a: {type: numeric, transform: minmax}}\n`,
    'd.csv',
    'too large to scale',
    CSV.replace(/\n(\d+),/g, (_, n) => `\n${Number(n) % 2 ? '' : '-'}1.5e308,`),
  ),
  buildCase('a boolean column imputed with a non-boolean', `${BASE}  cleaning: {impute: {f: {constant: maybe}}}\n${TRAIN}`, 'd.csv', 'is not true or false', `f,y\n${Array.from({ length: 40 }, (_, i) => `${i % 5 ? (i % 2 ? 'true' : 'false') : ''},${i % 2 ? 'p' : 'q'}`).join('\n')}\n`),
  buildCase('a numeric column imputed with text', `${BASE}  cleaning: {impute: {a: {constant: lots}}}\n${TRAIN}`, 'd.csv', 'is not a finite number', CSV.replace('\n5,', '\n,')),
];

describe('hostile configs and model specs', () => {
  it('has distinct cases', () => {
    const names = new Set(cases.map((c) => c.name));
    if (names.size !== cases.length) throw new Error('duplicate case names');
  });
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    runHostile(c);
  }, 240_000);
});
