/** Unit tests for the config's byte-level checks, the strict JSON checker, model-size estimates and finite JSON. */
import { describe, expect, it } from 'vitest';
import { loadConfig, ModelBuildError } from '../src/index.js';
import { firstInvalidUtf8 } from '../src/core/config/readText.js';
import { checkStrictJson } from '../src/core/config/strictJson.js';
import type { Cell, Table } from '../src/core/data/types.js';
import { fitPreprocessor, preprocessorJson, transform, type Preprocessor } from '../src/core/features/preprocessor.js';
import { checkModelSize, DEFAULT_MAX_PARAMETERS, estimateModelSize } from '../src/core/train/limits.js';
import { tempDir, writeFiles } from './helpers/repo.js';

function load(files: Record<string, string | Buffer>, file?: string) {
  const dir = tempDir('mb-limits-');
  writeFiles(dir, files);
  return loadConfig(file, { cwd: dir });
}

function thrown(f: () => unknown): ModelBuildError {
  try {
    f();
  } catch (e) {
    if (ModelBuildError.is(e)) return e;
    throw e;
  }
  throw new Error('expected a ModelBuildError');
}

const table = (columns: string[], types: Table['types'], rows: Array<Record<string, Cell>>): Table => ({
  columns,
  types,
  rows,
  lines: rows.map((_, i) => i + 2),
  source: 't.csv',
});

describe('config text', () => {
  it('accepts a UTF-8 byte order mark and keeps the digest of the bytes as read', () => {
    const loaded = load({ 'model-build.yml': '\ufeffname: m\ndata: {path: d.csv}\n' });
    expect(loaded.config.name).toBe('m');
  });

  it('accepts YAML 1.2 that looks odd but is well defined: hex, explicit core tags, anchors reused', () => {
    const loaded = load({
      'model-build.yml': 'name: !!str m\nseed: 0x10\ndata: {path: d.csv, label: y}\nfeatures:\n  a: &num {type: numeric}\n  b: *num\n',
    });
    expect(loaded.config.seed).toBe(16);
    expect(loaded.config.features).toEqual({ a: { type: 'numeric' }, b: { type: 'numeric' } });
  });

  it('reads strict JSON, and locates settings in it', () => {
    const loaded = load({ 'model-build.json': '{\n  "name": "m",\n  "data": {"path": "d\\u002ecsv", "exclude": ["id"]}\n}\n' });
    expect(loaded.config.data.path).toBe('d.csv');
    expect(loaded.locate?.('/data/exclude/0')).toEqual({ line: 3, column: 46 });
  });

  it('finds the first byte that is not UTF-8', () => {
    const b = (...xs: number[]) => Uint8Array.from(xs);
    expect(firstInvalidUtf8(Buffer.from('héllo ✓ 😀'))).toBe(-1);
    expect(firstInvalidUtf8(b(0x61, 0xc0, 0x80))).toBe(1); // overlong NUL
    expect(firstInvalidUtf8(b(0xe0, 0x80, 0x80))).toBe(0); // overlong 3-byte form
    expect(firstInvalidUtf8(b(0x61, 0x62, 0xed, 0xa0, 0x80))).toBe(2); // a UTF-16 surrogate
    expect(firstInvalidUtf8(b(0xf4, 0x90, 0x80, 0x80))).toBe(0); // above U+10FFFF
    expect(firstInvalidUtf8(b(0x61, 0xe2, 0x9c))).toBe(1); // cut short
    expect(firstInvalidUtf8(b(0x80))).toBe(0); // a lone continuation byte
  });
});

describe('strict JSON', () => {
  const ok = ['{}', '[]', '"x"', '0', '-0.5e+10', 'true', ' {"a": [1, {"b": null}], "c": "\\n\\u00e9\\/"} ', '[[[]]]'];
  it.each(ok)('accepts %s', (text) => expect(checkStrictJson(text, 32)).toBeNull());

  const bad: Array<[string, number, string]> = [
    ['', 0, 'expected a value'],
    ['{a: 1}', 1, 'property name in double quotes'],
    ['{"a": 1,}', 8, 'trailing comma'],
    ['[1, 2,]', 6, 'trailing comma'],
    ['{"a": 01}', 6, 'invalid number'],
    ['{"a": .5}', 6, 'expected a value'],
    ['{"a": 1} // c', 9, 'comment'],
    ['{"a" 1}', 5, 'expected ":"'],
    ['[1 2]', 3, 'expected "," or "]"'],
    ["{'a': 1}", 1, 'property name in double quotes'],
    ['["a\nb"]', 3, 'raw control character'],
    ['["\\x"]', 2, 'invalid escape'],
    ['["\\u12"]', 2, '4 hex digits'],
    ['["abc', 1, 'never closed'],
    ['NaN', 0, 'expected a value'],
    ['{"a": 1}{}', 8, 'after the end'],
  ];
  it.each(bad)('refuses %j at offset %i', (text, offset, message) => {
    expect(checkStrictJson(text, 32)).toEqual({ offset, message: expect.stringContaining(message) });
  });

  it('bounds nesting without recursion', () => {
    expect(checkStrictJson(`${'['.repeat(33)}${']'.repeat(33)}`, 32)?.message).toContain('nested more than 32');
    expect(checkStrictJson(`${'['.repeat(32)}${']'.repeat(32)}`, 32)).toBeNull();
    expect(checkStrictJson('['.repeat(1_000_000), 32)?.offset).toBe(32);
  });
});

describe('model size', () => {
  it('counts parameters and memory by hand', () => {
    const e = estimateModelSize({ inputWidth: 10, outputUnits: 3, hidden: [{ units: 4 }], batchSize: 32, optimizer: 'adam', trainRows: 100, validationRows: 20 });
    // 10·4 + 4 weights and biases, then 4·3 + 3.
    expect(e.parameters).toBe(59);
    expect(e.bytes).toEqual({
      weights: 59 * 4,
      gradients: 59 * 4,
      optimizer: 2 * 59 * 4, // Adam's two moments
      activations: 32 * 2 * (10 + 4 + 3) * 4,
      data: 3 * 120 * 13 * 4,
      total: 59 * 4 * 4 + 32 * 2 * 17 * 4 + 3 * 120 * 13 * 4,
    });
    const sgd = estimateModelSize({ inputWidth: 10, outputUnits: 3, hidden: [{ units: 4, dropout: 0.5 }], batchSize: 500, optimizer: 'sgd', trainRows: 100, validationRows: 0 });
    expect(sgd.bytes.optimizer).toBe(0);
    // The batch never exceeds the training rows; a dropout layer adds its mask.
    expect(sgd.bytes.activations).toBe(100 * (2 * 17 + 4) * 4);
  });

  it('cannot count a user module before it runs, but still counts its data', () => {
    const e = checkModelSize({ config: { name: 'm', data: { path: 'd' }, model: { module: 'm.mjs' } }, inputWidth: 10, outputUnits: 1, trainRows: 10, validationRows: 0 });
    expect(e.parameters).toBeNull();
    expect(e.bytes.data).toBe(3 * 10 * 11 * 4);
  });

  it('refuses over the default limit, naming the estimate and the setting', () => {
    // (10·8000 + 8000) + (8000·8000 + 8000) + (8000 + 1) parameters, 16 bytes each with Adam.
    const e = thrown(() =>
      checkModelSize({ config: { name: 'm', data: { path: 'd' }, model: { hidden: [{ units: 8000 }, { units: 8000 }] } }, inputWidth: 10, outputUnits: 1, trainRows: 10, validationRows: 0 }),
    );
    expect(e.code).toBe('MODEL_INVALID');
    expect(e.message).toBe(
      `the model would have 64,104,001 parameters (layers 10 → 8000 → 8000 → 1; about 3.8 GiB of weights, gradients and optimizer state), over training.maxParameters = ${DEFAULT_MAX_PARAMETERS.toLocaleString('en-US')}`,
    );
    expect(e.hint).toContain('raise training.maxParameters');
  });
});

describe('finite numbers only in preprocessor.json', () => {
  const rows = Array.from({ length: 10 }, (_, i) => ({ x: i, y: i % 2 ? 'p' : 'q' }));
  const t = table(['x', 'y'], { x: 'number', y: 'string' }, rows);

  it('the guard where preprocessor.json is written refuses NaN and Infinity', () => {
    const pre = fitPreprocessor(t, rows, { source: 't.csv', label: 'y', task: 'binary' });
    expect(preprocessorJson(pre)).toBe(`${JSON.stringify(pre, null, 2)}\n`);
    const broken = { ...pre, steps: [{ ...pre.steps[0]!, scale: Number.NaN }] } as Preprocessor;
    expect(thrown(() => preprocessorJson(broken)).message).toBe('preprocessor.json: steps[0].scale is NaN, which JSON cannot hold');
    const inf = { ...pre, steps: [{ kind: 'bucketized', column: 'x', boundaries: [1, Infinity], fill: 0 }] } as Preprocessor;
    expect(thrown(() => preprocessorJson(inf)).message).toContain('steps[0].boundaries[1] is Infinity');
  });

  it('refuses an infinite bucket boundary passed by a library caller', () => {
    const e = thrown(() => fitPreprocessor(t, rows, { source: 't.csv', label: 'y', task: 'binary', features: { x: { type: 'bucketized', boundaries: [1, Infinity] } } }));
    expect(e.message).toContain('must be finite and distinct (Infinity is not finite)');
  });

  it('refuses a non-finite impute constant passed by a library caller', () => {
    const holes = rows.map((r, i) => (i === 3 ? { ...r, x: null } : r));
    const e = thrown(() => fitPreprocessor(t, holes, { source: 't.csv', label: 'y', task: 'binary', impute: { x: { constant: Number.NaN } } }));
    expect(e.message).toBe('column "x" is numeric: impute constant null is not a finite number');
  });

  it('standardizes values whose squares overflow a double', () => {
    const big = Array.from({ length: 10 }, (_, i) => ({ x: (i - 4.5) * 1e200, y: i % 2 ? 'p' : 'q' }));
    const pre = fitPreprocessor(table(['x', 'y'], { x: 'number', y: 'string' }, big), big, { source: 't.csv', label: 'y', task: 'binary' });
    const step = pre.steps[0] as Extract<Preprocessor['steps'][number], { kind: 'numeric' }>;
    expect(step.shift).toBeCloseTo(0, -190);
    expect(step.scale / 1e200).toBeCloseTo(Math.sqrt(8.25), 6);
    expect(transform(pre, [{ x: 4.5e200 }])[0]).toBeCloseTo(4.5 / Math.sqrt(8.25), 5);
  });

  it('min-max scales 300,000 rows (no spread of the values into Math.min)', () => {
    const many = Array.from({ length: 300_000 }, (_, i) => ({ x: i, y: i % 2 ? 'p' : 'q' }));
    const pre = fitPreprocessor(table(['x', 'y'], { x: 'number', y: 'string' }, many), many, {
      source: 't.csv',
      label: 'y',
      task: 'binary',
      features: { x: { type: 'numeric', transform: 'minmax' } },
    });
    expect(pre.steps[0]).toMatchObject({ shift: 0, scale: 299_999 });
  });
});

describe('columns the settings name', () => {
  const rows = Array.from({ length: 10 }, (_, i) => ({ height: i, colour: i % 3 ? 'a' : 'b', y: i % 2 ? 'p' : 'q' }));
  const t = table(['height', 'colour', 'y'], { height: 'number', colour: 'string', y: 'string' }, rows);

  it('names the data file when no config is given, and the setting', () => {
    const e = thrown(() => fitPreprocessor(t, rows, { source: 't.csv', label: 'y', task: 'binary', features: { color: { type: 'categorical' } } }));
    expect(e.format()).toBe('t.csv: features.color names column "color", which is not in the data (t.csv)\n  hint: did you mean "colour"? columns: height, colour, y');
  });

  it('names the config file and the line when the config is given', () => {
    const e = thrown(() =>
      fitPreprocessor(t, rows, { source: 't.csv', label: 'y', task: 'binary', exclude: ['heigth'], origin: { file: 'model-build.yml', locate: (p) => (p === '/data/exclude/0' ? { line: 7, column: 14 } : {}) } }),
    );
    expect(e.location).toMatchObject({ file: 'model-build.yml', line: 7, column: 14, pointer: '/data/exclude/0' });
    expect(e.hint).toContain('did you mean "height"?');
  });

  it('refuses the label configured as a feature', () => {
    const e = thrown(() => fitPreprocessor(t, rows, { source: 't.csv', label: 'y', task: 'binary', features: { y: { type: 'categorical' } } }));
    expect(e.message).toContain('is the label');
  });
});

describe('a user module', () => {
  it('is counted once built, against the same setting', async () => {
    const { checkModuleParameters } = await import('../src/core/train/limits.js');
    const config = { name: 'm', data: { path: 'd' }, model: { module: 'm.mjs' }, training: { maxParameters: 1000 } };
    expect(() => checkModuleParameters(1000, config)).not.toThrow();
    const e = thrown(() => checkModuleParameters(1001, config, { file: 'model-build.yml' }));
    expect(e.format()).toBe(
      'model-build.yml: the model built by model.module has 1,001 parameters (about 15.6 KiB of weights, gradients and optimizer state), over training.maxParameters = 1,000\n  hint: build a smaller model in the module, or raise training.maxParameters',
    );
  });
});
