/**
 * Loading a profile someone else wrote (`monitor --profile FILE`, a package's profile.json):
 * a bounded regular file, valid JSON, and every field monitor relies on checked for shape and
 * range before use, so a hostile or damaged profile is refused with the file and the field
 * named, never a crash deep inside a comparison.
 */
import { readFileSync } from 'node:fs';
import { DATA_LIMITS } from '../data/limits.js';
import { ModelBuildError } from '../errors.js';
import { regularFile } from '../util/regularFile.js';
import { FrequentItemsSketch } from './frequentItems.js';
import { HyperLogLog } from './hyperLogLog.js';
import { KllSketch } from './kll.js';
import { Moments } from './moments.js';
import type { ColumnState, ColumnSummary, Profile, ProfiledType } from './profiler.js';

/** The profile format this version writes and reads. */
export const PROFILE_FORMAT = 2;

/**
 * 256 MiB: sketches take up to ~30 KiB per column, for up to 10 000 columns (the data
 * readers' column limit); JSON.parse needs several times the file size in memory.
 */
export const PROFILE_MAX_BYTES = 256 * 1024 ** 2;

const TYPES: readonly ProfiledType[] = ['number', 'boolean', 'string', 'empty'];

/** A profile with the predictions' profile a package adds. */
export type ReferenceProfile = Profile & { predictions?: Profile };

/** JSON Pointer of a path (RFC 6901), for naming a field. */
const pointer = (parts: readonly string[]) => parts.map((p) => `/${p.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('') || '/';

const shown = (v: unknown): string => {
  if (v === undefined) return 'nothing';
  const s = typeof v === 'object' && v !== null ? (Array.isArray(v) ? 'an array' : 'an object') : JSON.stringify(v);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads and validates a profile file written by `model-build profile --out`. */
export function readProfileFile(abs: string, display: string = abs): ReferenceProfile {
  regularFile(abs, {
    display,
    what: 'the profile',
    maxBytes: PROFILE_MAX_BYTES,
    limitHint: 'a profile is at most a few hundred MiB even for 10 000 columns: this is not one written by `model-build profile --out`',
    missingHint: 'create one with `model-build profile DATA --out FILE`',
  });
  let bytes: Buffer;
  try {
    bytes = readFileSync(abs);
  } catch (e) {
    throw new ModelBuildError('FILE_UNREADABLE', `cannot read the profile (${(e as NodeJS.ErrnoException).code ?? String(e)})`, { file: display, hint: 'check the path and its permissions' });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ModelBuildError('DATA_INVALID', 'the profile is not UTF-8 text', { file: display, hint: 'create one with `model-build profile DATA --out FILE`' });
  }
  return parseProfile(text, display);
}

/** Parses and validates profile JSON text; `file` names it in errors. */
export function parseProfile(text: string, file: string): ReferenceProfile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const m = /at position (\d+)/.exec((e as Error).message);
    let line: number | undefined;
    let column: number | undefined;
    if (m) {
      const pos = Number(m[1]);
      const before = text.slice(0, pos);
      line = before.split('\n').length;
      column = pos - before.lastIndexOf('\n');
    }
    throw new ModelBuildError('DATA_INVALID', `the profile is not valid JSON: ${(e as Error).message.replace(/( in JSON)? at position \d+.*$/s, '')}`, {
      file,
      line,
      column,
      hint: 'create one with `model-build profile DATA --out FILE`',
    });
  }
  return validateProfile(value, file);
}

/**
 * Checks that `value` is a profile monitor can use: format, row count, and per column the
 * type, the summary's counts and missing rate, and every sketch. Returns a copy whose column
 * maps have no prototype, so a column named `constructor` or `__proto__` is only a column.
 */
export function validateProfile(value: unknown, file: string, at: string[] = []): ReferenceProfile {
  const fail = (path: string[], message: string, hint = 'the profile was damaged or edited; create it again with `model-build profile DATA --out FILE`'): never => {
    throw new ModelBuildError('DATA_INVALID', `profile field ${pointer(path)} ${message}`, { file, pointer: pointer(path), hint });
  };
  if (!isObject(value)) {
    throw new ModelBuildError('DATA_INVALID', `not a model-build profile: expected a JSON object${at.length ? ` at ${pointer(at)}` : ''}, found ${shown(value)}`, {
      file,
      hint: 'create one with `model-build profile DATA --out FILE`',
    });
  }
  const format = value.format;
  if (typeof format === 'number' && Number.isInteger(format) && format > PROFILE_FORMAT) {
    throw new ModelBuildError('DATA_INVALID', `the profile has format ${format}, written by a newer model-build; this one reads format ${PROFILE_FORMAT}`, {
      file,
      pointer: pointer([...at, 'format']),
      hint: 'upgrade model-build, or profile the data again with this version',
    });
  }
  if (format !== PROFILE_FORMAT) {
    throw new ModelBuildError('DATA_INVALID', `not a model-build profile (format ${PROFILE_FORMAT}): ${pointer([...at, 'format'])} is ${shown(format)}`, {
      file,
      pointer: pointer([...at, 'format']),
      hint: 'create one with `model-build profile DATA --out FILE`',
    });
  }
  const rows = count(value.rows, [...at, 'rows'], fail);
  const columnsIn = value.columns;
  if (!isObject(columnsIn)) fail([...at, 'columns'], `must be an object of columns, found ${shown(columnsIn)}`);
  const names = Object.keys(columnsIn as object);
  if (names.length > DATA_LIMITS.maxColumns) {
    fail([...at, 'columns'], `has ${names.length} columns, more than the limit of ${DATA_LIMITS.maxColumns}`);
  }
  const columns: Profile['columns'] = Object.create(null);
  for (const name of names) {
    const where = [...at, 'columns', name];
    if (name.length > DATA_LIMITS.maxColumnNameChars) fail(where, `names a column longer than ${DATA_LIMITS.maxColumnNameChars} characters`);
    columns[name] = column((columnsIn as Record<string, unknown>)[name], rows, where, fail);
  }
  const profile: ReferenceProfile = { format: PROFILE_FORMAT, rows, columns, schema: Object.create(null) };
  if (value.schema !== undefined && !isObject(value.schema)) fail([...at, 'schema'], `must be an object, found ${shown(value.schema)}`);
  if (isObject(value.schema)) Object.assign(profile.schema, value.schema);
  if (value.predictions !== undefined) profile.predictions = validateProfile(value.predictions, file, [...at, 'predictions']);
  return profile;
}

type Fail = (path: string[], message: string, hint?: string) => never;

function count(v: unknown, path: string[], fail: Fail, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > max) {
    fail(path, `must be a whole number from 0 to ${max === Number.MAX_SAFE_INTEGER ? '2^53' : max}, found ${shown(v)}`);
  }
  return v as number;
}

function column(v: unknown, rows: number, at: string[], fail: Fail): Profile['columns'][string] {
  if (!isObject(v)) return fail(at, `must be an object (type, summary, state), found ${shown(v)}`);
  const type = v.type;
  if (typeof type !== 'string' || !(TYPES as readonly string[]).includes(type)) {
    fail([...at, 'type'], `must be one of ${TYPES.join(', ')}, found ${shown(type)}`);
  }
  const s = v.summary;
  if (!isObject(s)) return fail([...at, 'summary'], `must be an object, found ${shown(s)}`);
  const total = count(s.count, [...at, 'summary', 'count'], fail, rows);
  count(s.missing, [...at, 'summary', 'missing'], fail, total);
  const rate = s.missingRate;
  if (typeof rate !== 'number' || !Number.isFinite(rate) || rate < 0 || rate > 1) {
    fail([...at, 'summary', 'missingRate'], `must be a number from 0 to 1, found ${shown(rate)}`);
  }
  const st = v.state;
  if (!isObject(st)) return fail([...at, 'state'], `must be an object of sketches, found ${shown(st)}`);
  const stateTotal = count(st.count, [...at, 'state', 'count'], fail, rows);
  for (const key of ['missing', 'numbers', 'booleans', 'texts'] as const) count(st[key], [...at, 'state', key], fail, stateTotal);
  const sketches: Array<[keyof ColumnState, (json: unknown) => unknown]> = [
    ['distinct', (j) => HyperLogLog.fromJSON(j)],
    ['moments', (j) => Moments.fromJSON(j)],
    ['quantiles', (j) => KllSketch.fromJSON(j)],
    ['frequent', (j) => FrequentItemsSketch.fromJSON(j)],
    ['length', (j) => Moments.fromJSON(j)],
  ];
  for (const [key, decode] of sketches) {
    try {
      decode(st[key]);
    } catch (e) {
      if (!ModelBuildError.is(e)) throw e;
      fail([...at, 'state', key], `is not a valid sketch: ${e.message.replace(/^invalid sketch: /, '')}`);
    }
  }
  return { type: type as ProfiledType, summary: s as unknown as ColumnSummary, state: st as unknown as ColumnState };
}
