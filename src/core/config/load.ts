import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument, Document, type Node as YamlNode } from 'yaml';
import { ModelBuildError } from '../errors.js';
import validateConfig from '../generated/configValidator.js';
import { ownFile } from '../util/packageFiles.js';
import { resolveInside } from '../util/paths.js';
import { didYouMean } from './didYouMean.js';
import { expectedShape, type SchemaNode } from './examples.js';
import { narrowOneOf } from './oneOfBranch.js';
import { MAX_CONFIG_DEPTH } from './limits.js';
import { positionOfChar, readConfigText } from './readText.js';
import { checkConfigRules, metricNames } from './rules.js';
import { planSweep, unknownVariant, variantOverrides, withOverrides, type SweepPlan, type Variant } from './sweep.js';
import { checkDocumentShape } from './shape.js';
import { checkStrictJson } from './strictJson.js';
import type { ConfigDataPath, LoadedConfig, ModelBuildConfig } from './types.js';

/** Names tried, in order, when no config file is given. */
export const DEFAULT_CONFIG_NAMES = ['model-build.yml', 'model-build.yaml', 'model-build.json'] as const;

export interface LoadConfigOptions {
  /** Folder to look in when `file` is not given, and the base for a relative `file`. */
  cwd?: string;
  /** Data paths must stay inside this folder (the repository root). Default: the config's folder. */
  root?: string;
  /** A variant id of the config's sweep: the config returned is that variant. */
  variant?: string;
}

let schemaDoc: SchemaNode | undefined;
/** The config's JSON Schema, read once: validation and the examples in messages both read it. */
export function configSchema(): SchemaNode {
  return (schemaDoc ??= JSON.parse(readFileSync(ownFile('schema/model-build.schema.json'), 'utf8')) as SchemaNode);
}

/**
 * The schema compiled ahead of time (scripts/gen-validators.mjs, with verbose errors: they carry
 * the parentSchema the "did you mean" hint reads); compiling it here cost 100-350 ms a run.
 */
const schemaValidator = validateConfig as ValidateFunction;

/** Finds the config file: the given one, or the first default name in `cwd`. */
export function findConfigFile(file: string | undefined, cwd: string): string {
  if (file) {
    const abs = path.resolve(cwd, file);
    if (!existsSync(abs)) {
      throw new ModelBuildError('CONFIG_NOT_FOUND', `config file not found: ${abs}`, {
        hint: 'pass --config with the path of your model-build.yml',
      });
    }
    return abs;
  }
  for (const name of DEFAULT_CONFIG_NAMES) {
    const abs = path.join(cwd, name);
    if (existsSync(abs)) return abs;
  }
  throw new ModelBuildError('CONFIG_NOT_FOUND', `no ${DEFAULT_CONFIG_NAMES.join(', ')} in ${cwd}`, {
    hint: 'create model-build.yml (see README) or pass --config FILE',
  });
}

/** Reads, parses and validates a config file. Throws ModelBuildError with file, line and JSON path. */
export function loadConfig(file?: string, options: LoadConfigOptions = {}): LoadedConfig {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const abs = findConfigFile(file, cwd);
  const display = path.relative(cwd, abs) || abs;
  // Limits on the bytes come first: size, kind of file, encoding (see limits.ts).
  const { bytes, text } = readConfigText(abs, display);
  const lineCounter = new LineCounter();
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (/\.json$/i.test(abs)) {
    // JSON must be strict JSON; the YAML parser below would accept `{a: 1}` and comments.
    const bad = checkStrictJson(text, MAX_CONFIG_DEPTH);
    if (bad) {
      throw new ModelBuildError('CONFIG_PARSE', `not valid JSON: ${bad.message}`, {
        file: display,
        ...positionOfChar(text, bad.offset),
        hint: 'a .json config must be strict JSON (double-quoted names, no comments or trailing commas); name it .yml for YAML',
      });
    }
  }
  // JSON is YAML 1.2, so one parser gives positions for both formats.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problem = doc.errors[0];
  if (problem) {
    const exhausted = problem.code === 'RESOURCE_EXHAUSTION';
    throw new ModelBuildError('CONFIG_PARSE', exhausted ? `the config nests too deeply to parse (the limit is ${MAX_CONFIG_DEPTH} levels)` : `not valid YAML/JSON: ${problem.message.split('\n')[0]}`, {
      file: display,
      ...at(problem.pos[0]),
      hint: exhausted ? 'no setting nests more than a few levels' : problem.code === 'DUPLICATE_KEY' ? 'each setting may appear once: remove one of them' : undefined,
    });
  }
  // Tags, aliases, depth and sizes get specific messages before the parser's remaining warnings.
  checkDocumentShape(doc, lineCounter, display);
  const warning = doc.warnings[0];
  if (warning) {
    throw new ModelBuildError('CONFIG_PARSE', `not valid YAML/JSON: ${warning.message.split('\n')[0]}`, { file: display, ...at(warning.pos[0]) });
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: -1 }); // bounded by checkDocumentShape, which counts expansion
  } catch (e) {
    throw new ModelBuildError('CONFIG_INVALID', `cannot read the config's values: ${(e as Error).message}`, { file: display });
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const what = value === null || value === undefined ? 'empty' : Array.isArray(value) ? 'a list' : `a single ${typeof value}`;
    throw new ModelBuildError('CONFIG_INVALID', `the config is ${what}; it must be a mapping of settings (name, data, ...)`, {
      file: display,
      ...(doc.contents?.range ? at(doc.contents.range[0]) : { line: 1 }),
      hint: 'start from the example in README: name: my-model, then data: { path: ..., label: ... }',
    });
  }
  // Variants are applied to the config as written, before the schema fills in defaults.
  const raw = structuredClone(value) as Record<string, unknown>;
  const validate = schemaValidator;
  if (!validate(value)) {
    const problems = describeErrors(validate.errors ?? [], doc, lineCounter);
    const first = problems[0]!;
    throw new ModelBuildError('CONFIG_INVALID', first.message, {
      file: display,
      line: first.line,
      column: first.column,
      pointer: first.pointer,
      hint: first.hint,
      details: problems.slice(1).map((p) => `${display}:${p.line ?? '?'}:${p.column ?? '?'}: ${p.message}${p.hint ? ` (${p.hint})` : ''}`),
    });
  }
  let config = value as ModelBuildConfig;
  const locate = (pointer: string, atKey = false) => positionOf(doc, pointer, atKey, lineCounter);
  checkConfigRules(config, { file: display, locate });
  const sweep = config.sweep ? sweepOf(config, raw, { file: display, locate, doc, lineCounter }) : undefined;
  let variant: Variant | undefined;
  if (options.variant !== undefined) {
    variant = sweep?.variants.find((v) => v.id === options.variant);
    if (!variant) throw unknownVariant(options.variant, sweep, display);
    config = variantConfig(raw, variantOverrides(variant, configSchema()), display).config!;
  }
  const root = path.resolve(options.root ?? path.dirname(abs));
  return {
    file: abs,
    config,
    ...(sweep ? { sweep } : {}),
    ...(variant ? { variant } : {}),
    digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
    dataPaths: dataPathsOf(config, path.dirname(abs), root, display, doc, lineCounter),
    locate,
  };
}

/** The base config with overrides applied, validated as a config of its own: the config or its first problem. */
function variantConfig(
  raw: Record<string, unknown>,
  bySegments: Record<string, unknown>,
  display: string,
  doc?: Document,
  lineCounter?: LineCounter,
): { config?: ModelBuildConfig; problem?: { message: string; pointer: string } } {
  const value = withOverrides(raw, bySegments);
  const validate = schemaValidator;
  if (!validate(value)) {
    const first = describeErrors(validate.errors ?? [], doc ?? new Document(), lineCounter ?? new LineCounter())[0]!;
    return { problem: { message: first.message, pointer: first.pointer } };
  }
  const config = value as unknown as ModelBuildConfig;
  try {
    checkConfigRules(config, { file: display });
  } catch (e) {
    if (!ModelBuildError.is(e)) throw e;
    return { problem: { message: e.message, pointer: e.location.pointer ?? '/' } };
  }
  return { config };
}

/** Expands the sweep section (every variant validated) and checks its selection metric. */
function sweepOf(
  config: ModelBuildConfig,
  raw: Record<string, unknown>,
  at: { file: string; locate: (pointer: string, atKey?: boolean) => { line?: number; column?: number }; doc: Document; lineCounter: LineCounter },
): SweepPlan {
  const plan = planSweep(config.sweep!, {
    file: at.file,
    schema: configSchema(),
    locate: at.locate,
    validate: (bySegments) => variantConfig(raw, bySegments, at.file, at.doc, at.lineCounter).problem ?? null,
  });
  const metric = plan.select.metric;
  if (metric !== null) {
    const task = config.model?.task;
    const known = task ? metricNames(task) : [...new Set((['binary', 'multiclass', 'regression'] as const).flatMap(metricNames))].sort();
    if (!known.includes(metric)) {
      const guess = didYouMean(metric, known);
      throw new ModelBuildError('CONFIG_INVALID', `sweep.select.metric "${metric}" names no metric of ${task ? `a ${task} model` : 'any task'}`, {
        file: at.file,
        pointer: '/sweep/select/metric',
        ...at.locate('/sweep/select/metric'),
        hint: `${guess ? `did you mean "${guess}"? ` : ''}metrics: ${known.join(', ')}`,
      });
    }
  }
  return plan;
}

function dataPathsOf(
  config: ModelBuildConfig,
  base: string,
  root: string,
  display: string,
  contents: Document,
  lines: LineCounter,
): ConfigDataPath[] {
  const wanted: Array<[string, string]> = [['/data/path', config.data.path]];
  if (config.data.validation) wanted.push(['/data/validation', config.data.validation]);
  (config.data.extra ?? []).forEach((p, i) => wanted.push([`/data/extra/${i}`, p]));
  return wanted.map(([pointer, given]) => {
    const pos = positionOf(contents, pointer, false, lines);
    return {
      pointer,
      given,
      path: resolveInside(root, base, given, { what: `data path ${pointer}`, file: display, pointer, ...pos }),
    };
  });
}

interface Problem {
  message: string;
  pointer: string;
  line?: number;
  column?: number;
  hint?: string;
}

/** Turns ajv's errors into one readable problem per location, deepest first. */
function describeErrors(errors: ErrorObject[], contents: Document, lines: LineCounter): Problem[] {
  // oneOf/anyOf umbrellas repeat what their branches say; keep them only when alone.
  const narrowed = narrowOneOf(errors);
  const specific = narrowed.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf' && e.keyword !== 'if');
  const chosen = specific.length > 0 ? specific : narrowed;
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const e of chosen) {
    const problem = describe(e, contents, lines);
    const key = `${problem.pointer}|${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  const depth = (p: Problem) => p.pointer.split('/').length;
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || depth(b) - depth(a));
}

function describe(e: ErrorObject, contents: Document, lines: LineCounter): Problem {
  const at = e.instancePath || '/';
  if (e.keyword === 'additionalProperty' || e.keyword === 'additionalProperties') {
    const key = String((e.params as { additionalProperty: string }).additionalProperty);
    const pointer = `${e.instancePath}/${escapePointer(key)}`;
    const known = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
    const guess = didYouMean(key, known);
    return {
      pointer,
      message: `unknown setting "${key}" at ${at}`,
      hint: guess ? `did you mean "${guess}"?` : known.length ? `allowed here: ${known.join(', ')}` : undefined,
      ...positionOf(contents, pointer, true, lines),
    };
  }
  let message = `${at}: ${e.message ?? 'is invalid'}`;
  if (e.keyword === 'enum') {
    const allowed = (e.params as { allowedValues: unknown[] }).allowedValues;
    message = `${at} must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`;
  } else if (e.keyword === 'required') {
    message = `${at} is missing the required setting "${(e.params as { missingProperty: string }).missingProperty}"`;
  } else if (e.keyword === 'pattern' && e.instancePath.startsWith('/gates/')) {
    message = `${at} must be a comparison like ">= 0.85" (operators >=, <=, >, <, ==)`;
  } else if (e.keyword === 'pattern' && e.instancePath === '/name') {
    const pattern = (e.params as { pattern: string }).pattern;
    message = `/name must be 1 to 100 letters, digits, ".", "_" or "-", starting with a letter or digit (pattern ${pattern}): it names a folder and files`;
  } else if (e.keyword === 'propertyNames') {
    message = `${at} has a key that is not allowed: ${(e.params as { propertyName?: string }).propertyName ?? ''}`.trimEnd();
  }
  let hint = typeHint(e);
  // A value of the wrong shape: say what the setting takes, with the schema's own example.
  const shape = SHAPE_KEYWORDS.has(e.keyword) || e.keyword === 'enum' || (e.keyword === 'required' && !hint) ? expectedShape(configSchema(), e.instancePath, e.data) : undefined;
  if (shape && e.keyword === 'required') hint = shape.example;
  else if (shape && !isLengthLimit(e) && (e.keyword !== 'enum' || shape.alternatives)) message = shape.message;
  return { pointer: e.instancePath, message, hint, ...positionOf(contents, e.instancePath, false, lines) };
}

/** Errors that mean "not this kind of value" (a oneOf branch's const or enum too). */
const SHAPE_KEYWORDS = new Set(['type', 'const', 'oneOf', 'minItems', 'maxItems']);

/** minItems/maxItems that bound a length (hidden's 100 layers) keep ajv's message with the bound; an exact length (clip's pair) is a shape. */
function isLengthLimit(e: ErrorObject): boolean {
  if (e.keyword !== 'minItems' && e.keyword !== 'maxItems') return false;
  const s = e.parentSchema as { minItems?: number; maxItems?: number } | undefined;
  return s?.minItems === undefined || s.minItems !== s.maxItems;
}

/** Hints for YAML 1.1 habits the YAML 1.2 parser reads as strings (`yes`, `1_000`). */
function typeHint(e: ErrorObject): string | undefined {
  if (e.keyword !== 'type' || typeof e.data !== 'string') return undefined;
  const want = String((e.params as { type: string | string[] }).type);
  if (want.includes('boolean') && /^(y|n|yes|no|on|off)$/i.test(e.data)) return `YAML 1.2 reads "${e.data}" as text: write true or false`;
  if (/number|integer/.test(want) && /^[-+]?[0-9][0-9_]*(\.[0-9_]*)?$/.test(e.data)) return `write the number without quotes or underscores, e.g. ${e.data.replace(/_/g, '')}`;
  return undefined;
}

const escapePointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');
const unescapePointer = (s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~');

/** Line and column of the YAML node at a JSON pointer (its key when `atKey`), best effort. */
function positionOf(
  doc: Document,
  pointer: string,
  atKey: boolean,
  lines: LineCounter,
): { line?: number; column?: number } {
  let node = doc.contents as YamlNode | null | undefined;
  let keyNode: YamlNode | undefined;
  // A value reached through an alias is reported where the alias uses it, not at the anchor.
  let via: YamlNode | undefined;
  for (const raw of pointer.split('/').slice(1)) {
    const part = unescapePointer(raw);
    if (isAlias(node)) {
      via ??= node;
      node = node.resolve(doc);
    }
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === part);
      if (!pair) break;
      keyNode = pair.key as YamlNode;
      node = pair.value as YamlNode;
    } else if (isSeq(node)) {
      keyNode = undefined;
      node = node.items[Number(part)] as YamlNode;
    } else break;
  }
  const target = via ?? (atKey && keyNode ? keyNode : node);
  const offset = target?.range?.[0];
  if (offset === undefined) return {};
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}
