import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { ModelBuildError } from '../errors.js';
import { ownFile } from '../util/packageFiles.js';
import { resolveInside } from '../util/paths.js';
import { didYouMean } from './didYouMean.js';
import type { ConfigDataPath, LoadedConfig, ModelBuildConfig } from './types.js';

/** Names tried, in order, when no config file is given. */
export const DEFAULT_CONFIG_NAMES = ['model-build.yml', 'model-build.yaml', 'model-build.json'] as const;

export interface LoadConfigOptions {
  /** Folder to look in when `file` is not given, and the base for a relative `file`. */
  cwd?: string;
  /** Data paths must stay inside this folder (the repository root). Default: the config's folder. */
  root?: string;
}

let validator: ValidateFunction | undefined;
function schemaValidator(): ValidateFunction {
  if (validator) return validator;
  const schema = JSON.parse(readFileSync(ownFile('schema/model-build.schema.json'), 'utf8'));
  // verbose: errors carry their parentSchema, which the "did you mean" hint reads.
  const ajv = new Ajv({ allErrors: true, useDefaults: true, verbose: true, strict: false });
  return (validator = ajv.compile(schema));
}

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
  let bytes: Buffer;
  try {
    bytes = readFileSync(abs);
  } catch (e) {
    throw new ModelBuildError('FILE_UNREADABLE', `cannot read config: ${(e as Error).message}`, { file: display });
  }
  const text = bytes.toString('utf8');
  const lineCounter = new LineCounter();
  // JSON is YAML 1.2, so one parser gives positions for both formats.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    const pos = lineCounter.linePos(err.pos[0]);
    throw new ModelBuildError('CONFIG_PARSE', `not valid YAML/JSON: ${err.message.split('\n')[0]}`, {
      file: display,
      line: pos.line,
      column: pos.col,
    });
  }
  const value: unknown = doc.toJS({ maxAliasCount: 100 });
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ModelBuildError('CONFIG_INVALID', 'the config must be a mapping of settings (name, data, ...)', {
      file: display,
      line: 1,
      hint: 'see schema/model-build.schema.json',
    });
  }
  const validate = schemaValidator();
  if (!validate(value)) {
    const problems = describeErrors(validate.errors ?? [], doc.contents, lineCounter);
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
  const config = value as ModelBuildConfig;
  const root = path.resolve(options.root ?? path.dirname(abs));
  return {
    file: abs,
    config,
    digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
    dataPaths: dataPathsOf(config, path.dirname(abs), root, display, doc.contents, lineCounter),
  };
}

function dataPathsOf(
  config: ModelBuildConfig,
  base: string,
  root: string,
  display: string,
  contents: unknown,
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
function describeErrors(errors: ErrorObject[], contents: unknown, lines: LineCounter): Problem[] {
  // oneOf/anyOf umbrellas repeat what their branches say; keep them only when alone.
  const specific = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf' && e.keyword !== 'if');
  const chosen = specific.length > 0 ? specific : errors;
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

function describe(e: ErrorObject, contents: unknown, lines: LineCounter): Problem {
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
  }
  return { pointer: e.instancePath, message, ...positionOf(contents, e.instancePath, false, lines) };
}

const escapePointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');
const unescapePointer = (s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~');

/** Line and column of the YAML node at a JSON pointer (its key when `atKey`), best effort. */
function positionOf(
  contents: unknown,
  pointer: string,
  atKey: boolean,
  lines: LineCounter,
): { line?: number; column?: number } {
  let node = contents as YamlNode | null | undefined;
  let keyNode: YamlNode | undefined;
  for (const raw of pointer.split('/').slice(1)) {
    const part = unescapePointer(raw);
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
  const target = atKey && keyNode ? keyNode : node;
  const offset = target?.range?.[0];
  if (offset === undefined) return {};
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}
