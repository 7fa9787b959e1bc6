/**
 * Config errors about a value of the wrong shape say what the setting takes, with a one-line
 * example read from the schema's own `examples` (one source, which editors show too). The
 * schema half proves every mapping or list setting has an example and that each example is
 * valid for its setting; the message half loads real config files.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadConfig, ModelBuildError } from '../src/index.js';
import { expectedShape, flowYaml, resolveRef, type SchemaNode } from '../src/core/config/examples.js';
import { projectRoot } from './helpers/cli.js';
import { tempDir, writeFiles } from './helpers/repo.js';

const schema = JSON.parse(readFileSync(path.join(projectRoot, 'schema/model-build.schema.json'), 'utf8')) as SchemaNode & { $id: string; definitions: Record<string, SchemaNode> };

interface Setting {
  /** Where the node sits in the schema document, as a JSON pointer. */
  at: string;
  node: SchemaNode;
}

/** Every schema node a config key leads to: properties, additionalProperties, definitions (reached by $ref from a property), inside oneOf branches and list items too. */
function settings(): Setting[] {
  const out: Setting[] = [];
  const visit = (node: SchemaNode, at: string, keyed: boolean) => {
    if (keyed) out.push({ at, node });
    for (const [k, child] of Object.entries(node.properties ?? {})) visit(child, `${at}/properties/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, true);
    if (node.additionalProperties && typeof node.additionalProperties === 'object') visit(node.additionalProperties, `${at}/additionalProperties`, true);
    if (node.items) visit(node.items, `${at}/items`, false);
    node.oneOf?.forEach((b, i) => visit(b, `${at}/oneOf/${i}`, false));
  };
  visit(schema, '', false);
  for (const [k, def] of Object.entries(schema.definitions)) visit(def, `/definitions/${k}`, true);
  return out;
}

const kinds = (n: SchemaNode): string[] => [n.type ?? [], ...(n.oneOf ?? []).map((b) => b.type ?? [])].flat();
const isShape = (n: SchemaNode) => kinds(resolveRef(schema, n)).some((t) => t === 'object' || t === 'array');

describe('the schema carries an example for every mapping or list setting', () => {
  const all = settings();
  const shaped = all.filter((s) => isShape(s.node));
  const ajv = new Ajv({ strict: false, strictNumbers: true });
  ajv.addSchema(schema);

  it('finds the settings it should (a walk that finds nothing proves nothing)', () => {
    const at = shaped.map((s) => s.at);
    for (const expected of ['/definitions/model/properties/hidden', '/definitions/features/additionalProperties', '/definitions/data/properties/cleaning/properties/clip/additionalProperties', '/definitions/gates', '/definitions/features/additionalProperties/oneOf/3/properties/boundaries']) {
      expect(at).toContain(expected);
    }
    expect(shaped.length).toBeGreaterThanOrEqual(20);
  });

  it.each(shaped.map((s) => [s.at, s] as const))('%s has an example', (_at, s) => {
    expect(resolveRef(schema, s.node).examples?.length ?? 0).toBeGreaterThan(0);
  });

  const withExamples = all.filter((s) => s.node.examples !== undefined);
  it.each(withExamples.map((s) => [s.at, s] as const))('every example at %s is valid there and survives one-line YAML', (_at, s) => {
    const validate = ajv.compile({ $ref: `${schema.$id}#${s.at}` });
    for (const example of s.node.examples!) {
      expect(validate(structuredClone(example)), `${JSON.stringify(example)}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      const line = flowYaml(example);
      expect(line).not.toContain('\n');
      expect(parse(line)).toEqual(example);
    }
  });

  it('an example that breaks its setting is caught by the same check', () => {
    const validate = ajv.compile({ $ref: `${schema.$id}#/definitions/model/properties/hidden` });
    expect(validate([16, 8])).toBe(false);
  });
});

describe('expectedShape', () => {
  it('names the setting, what it takes, what it got and the example; an item points at its list', () => {
    expect(expectedShape(schema, '/model/hidden/1', 8)?.message).toBe(
      'model.hidden must be a list of layers (got 8 at model.hidden[1]), e.g. hidden: [{ units: 16, activation: relu }, { units: 8, dropout: 0.1 }]',
    );
    expect(expectedShape(schema, '/features/a~1b', 'x')?.message).toBe('features.a/b must be a mapping or "drop" (got "x"), e.g. a/b: { type: categorical }');
  });

  it('says nothing for plain numbers and text, and for places the schema does not reach', () => {
    expect(expectedShape(schema, '/training/epochs', 'many')).toBeUndefined();
    expect(expectedShape(schema, '/nosuch/thing', 1)).toBeUndefined();
    expect(expectedShape(schema, '', 1)).toBeUndefined();
  });
});

function loadError(config: string): ModelBuildError {
  const dir = tempDir('mb-shape-');
  writeFiles(dir, { 'model-build.yml': config });
  try {
    loadConfig(undefined, { cwd: dir });
  } catch (e) {
    if (ModelBuildError.is(e)) return e;
    throw e;
  }
  throw new Error('expected loadConfig to throw');
}

const BASE = 'name: m\ndata:\n  path: d.csv\n  label: y\n';

describe('a value of the wrong shape gets the expected shape and an example', () => {
  const cases: Array<[string, string, { line: number; column: number }, string]> = [
    ['hidden layers as numbers', `${BASE}model:\n  hidden: [16, 8]\n`, { line: 6, column: 12 }, 'model.hidden must be a list of layers (got 16 at model.hidden[0]), e.g. hidden: [{ units: 16, activation: relu }, { units: 8, dropout: 0.1 }]'],
    ['hidden as one number', `${BASE}model: {hidden: 16}\n`, { line: 5, column: 17 }, 'model.hidden must be a list of layers (got 16), e.g. hidden: ['],
    ['a feature as a bare word', `${BASE}features:\n  Origin: categorical\n`, { line: 6, column: 11 }, 'features.Origin must be a mapping or "drop" (got "categorical"), e.g. Origin: { type: categorical }'],
    ['a feature as a list', `${BASE}features: {Origin: [categorical]}\n`, { line: 5, column: 20 }, 'features.Origin must be a mapping or "drop" (got a list)'],
    ['a gate as a number', `${BASE}gates:\n  rmse: 4\n`, { line: 6, column: 9 }, 'gates.rmse must be a comparison string (got 4), e.g. rmse: ">= 0.9"'],
    ['gates as a list', `${BASE}gates: [accuracy]\n`, { line: 5, column: 8 }, 'gates must be a mapping (got a list), e.g. gates: { accuracy: ">= 0.9" }'],
    ['data as text', 'name: m\ndata: d.csv\n', { line: 2, column: 7 }, 'data must be a mapping (got "d.csv"), e.g. data: { path: data/penguins.csv, label: species }'],
    ['a clip bound alone', `${BASE}  cleaning: {clip: {a: 5}}\n`, { line: 5, column: 24 }, 'data.cleaning.clip.a must be a list of 2 numbers or nulls (got 5), e.g. a: [2500, null]'],
    ['an impute rule misspelled', `${BASE}  cleaning: {impute: {a: medain}}\n`, { line: 5, column: 26 }, 'data.cleaning.impute.a must be one of "mean", "median", "mode" or a mapping (got "medain"), e.g. a: median'],
    ['exclude as one name', `${BASE}  exclude: id\n`, { line: 5, column: 12 }, 'data.exclude must be a list of strings (got "id"), e.g. exclude: [id, comment]'],
    ['boundaries as one number', `${BASE}features: {age: {type: bucketized, boundaries: 40}}\n`, { line: 5, column: 48 }, 'features.age.boundaries must be a list of numbers (got 40), e.g. boundaries: [18, 40, 65]'],
    ['early stopping as a word', `${BASE}training: {earlyStopping: val_loss}\n`, { line: 5, column: 27 }, 'training.earlyStopping must be a mapping (got "val_loss"), e.g. earlyStopping: { monitor: val_loss, patience: 8 }'],
    ['monitor features as one name', `${BASE}monitor: {features: island}\n`, { line: 5, column: 21 }, 'monitor.features must be a list of strings (got "island"), e.g. features: [bill_length_mm, island]'],
  ];
  it.each(cases)('%s', (_name, config, at, message) => {
    const e = loadError(config);
    expect(e.code).toBe('CONFIG_INVALID');
    expect(e.location).toMatchObject({ file: 'model-build.yml', ...at });
    expect(e.message.startsWith(message), e.message).toBe(true);
  });

  it('one problem per value: a oneOf does not repeat itself once per branch', () => {
    const e = loadError(`${BASE}features:\n  Origin: categorical\n`);
    expect(e.details).toEqual([]);
  });

  it('a mapping names its branch by type: only that branch speaks, and an unknown type lists the known ones', () => {
    const bucket = loadError(`${BASE}features:\n  age: {type: bucketized, boundaries: 40}\n`);
    expect(bucket.message).toMatch(/^features\.age\.boundaries must be a list of numbers/);
    expect(bucket.details).toEqual([]);
    const typo = loadError(`${BASE}features:\n  c: {type: categorcal}\n`);
    expect(typo.message).toBe('/features/c/type must be one of "numeric", "categorical", "boolean", "bucketized"');
    expect(typo.location).toMatchObject({ line: 6, column: 13 });
    expect(typo.details).toEqual([]);
    const noType = loadError(`${BASE}features:\n  b: {transform: log}\n`);
    expect(noType.message).toBe('/features/b is missing the required setting "type"');
    expect(noType.hint).toBe('e.g. b: { type: categorical }');
  });

  it('a missing required setting gets the example as its hint', () => {
    const e = loadError(`${BASE}model: {hidden: [{activation: relu}]}\n`);
    expect(e.message).toBe('/model/hidden/0 is missing the required setting "units"');
    expect(e.hint).toBe('e.g. hidden: [{ units: 16, activation: relu }, { units: 8, dropout: 0.1 }]');
  });

  it('a length limit keeps its bound, and plain numbers keep their messages', () => {
    const many = loadError(`${BASE}model: {hidden: [${Array(101).fill('{units: 1}').join(', ')}]}\n`);
    expect(many.message).toBe('/model/hidden: must NOT have more than 100 items');
    expect(loadError(`${BASE}training: {epochs: many}\n`).message).toBe('/training/epochs: must be integer');
  });
});
