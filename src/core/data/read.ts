/**
 * Reads a data file, or a folder of them, into a typed Table: picks the format, streams the
 * records, checks the shape, infers (or applies) a type per column and converts the cells.
 */
import type { Dirent, Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { didYouMean } from '../config/didYouMean.js';
import type { ColumnType } from '../config/types.js';
import { ModelBuildError } from '../errors.js';
import { compareBytes } from '../util/paths.js';
import { CsvParser, type CsvRecord } from './csv.js';
import { parseJsonRecords, shortName } from './jsonl.js';
import { count, dataLimits, type DataLimits } from './limits.js';
import { checkDataFile, chunks, type DataFormat } from './source.js';
import type { Cell, InferredType, ReadOptions, Table } from './types.js';

/** A cell before typing: CSV text or a JSON scalar; missing values are already null. */
type RawCell = string | number | boolean | null;

/** One file's records, as arrays in the order of `columns`. */
interface RawPart {
  file: string;
  format: DataFormat;
  /** Undefined when the file has no header and no records. */
  columns: string[] | undefined;
  rows: RawCell[][];
  lines: number[];
}

/** All files' records in one column order; `rowFile[i]` indexes `files` (absent for one file). */
interface RawTable {
  columns: string[];
  rows: RawCell[][];
  lines: number[];
  files: string[];
  rowFile: number[] | undefined;
}

const EXTENSIONS: Record<string, DataFormat> = {
  '.csv': 'csv',
  '.tsv': 'csv',
  '.txt': 'csv',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'json',
};

export const MISSING = new Set(['NA', 'N/A', 'null', 'NULL', 'None']);
/** Plain decimal numbers only: Number() alone would also take '', '0x1F', '0b1' and ' '. */
export const NUMBER_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const NONFINITE_TEXT = /^[+-]?(?:nan|inf|infinity)$/i;
export const BOOLEAN_TEXT = /^(?:true|false)$/i;
/** A column this numeric that still holds text is almost always a typo, not a text column. */
const MOSTLY_NUMBERS = 0.9;
/** How the training reader names a data file in "cannot read" messages. */
const WHAT = 'the data';

export async function readTable(absPath: string, options: ReadOptions = {}): Promise<Table> {
  const display = options.display ?? absPath;
  const info = await statOrFail(absPath, display);
  let parts: RawPart[];
  if (info.isDirectory()) {
    const files = await listDataFiles(absPath, options.format);
    if (files.length === 0) {
      throw new ModelBuildError('DATA_INVALID', 'the folder holds no data files', {
        file: display,
        hint: `put .csv, .tsv, .txt, .jsonl, .ndjson or .json files in it (hidden files are skipped)${options.format && options.format !== 'auto' ? ` matching data.format: ${options.format}` : ''}`,
      });
    }
    const base = display.replace(/[\\/]+$/, '');
    parts = [];
    for (const rel of files) parts.push(await readPart(path.join(absPath, rel), `${base}/${rel}`, options));
  } else {
    parts = [await readPart(absPath, display, options)];
  }
  const raw = mergeParts(parts, display);
  return typeTable(raw, options.columns ?? {}, display);
}

// ---- files ----------------------------------------------------------------------------------

async function statOrFail(abs: string, display: string): Promise<Stats> {
  try {
    return await stat(abs);
  } catch (e) {
    throw new ModelBuildError('FILE_UNREADABLE', `cannot read the data: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, {
      file: display,
      hint: 'check data.path; data tracked by DVC or Git LFS must be pulled first (dvc pull / git lfs pull)',
      cause: e,
    });
  }
}

/** Data files below `dir` (POSIX relative paths) in UTF-8 byte order; hidden entries are skipped. */
export async function listDataFiles(dir: string, format: ReadOptions['format']): Promise<string[]> {
  const found: string[] = [];
  const walk = async (abs: string, rel: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(abs, { withFileTypes: true });
    } catch (e) {
      throw new ModelBuildError('FILE_UNREADABLE', `cannot list the folder: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, { file: rel || dir, cause: e });
    }
    for (const ent of entries) {
      // Hidden files are tool litter (.DS_Store, ._x.csv, .gitignore), not data.
      if (ent.name.startsWith('.')) continue;
      const childAbs = path.join(abs, ent.name);
      const childRel = rel ? `${rel}/${ent.name}` : ent.name;
      if (ent.isDirectory()) {
        await walk(childAbs, childRel);
        continue;
      }
      // Symlinked folders are not followed (no cycles). Anything else named like data is read,
      // so a FIFO, a device or a dangling link named x.csv is refused when opened, not skipped.
      if (ent.isSymbolicLink() && (await stat(childAbs).catch(() => undefined))?.isDirectory()) continue;
      const fmt = EXTENSIONS[path.extname(ent.name).toLowerCase()];
      if (fmt && (!format || format === 'auto' || format === fmt)) found.push(childRel);
    }
  };
  await walk(dir, '');
  return found.sort(compareBytes);
}

/** The format of one data file: as configured, else from its extension. */
export function formatOf(abs: string, file: string, given: ReadOptions['format']): DataFormat {
  if (given && given !== 'auto') return given;
  const ext = path.extname(abs).toLowerCase();
  const fmt = EXTENSIONS[ext];
  if (!fmt) {
    throw new ModelBuildError('DATA_INVALID', `cannot tell the data format from the file name${ext ? ` (${ext})` : ''}`, {
      file,
      hint: 'set data.format to csv, jsonl or json in the config, or name the file .csv, .tsv, .txt, .jsonl, .ndjson or .json',
    });
  }
  return fmt;
}

async function readPart(abs: string, file: string, options: ReadOptions): Promise<RawPart> {
  const format = formatOf(abs, file, options.format);
  const limits = dataLimits(options.limits);
  await checkDataFile(abs, file, format, limits, WHAT);
  if (format === 'csv') {
    const delimiter = options.delimiter ?? (path.extname(abs).toLowerCase() === '.tsv' ? '\t' : ',');
    return readCsvPart(abs, file, delimiter, limits);
  }
  return readJsonPart(abs, file, format, limits);
}

// ---- CSV ------------------------------------------------------------------------------------

/** Null for a missing value. Unquoted fields are trimmed for the test; kept text stays as is. */
function csvCell(text: string, quoted: boolean): RawCell {
  if (text.length === 0) return null;
  const c = text.charCodeAt(0);
  // Most cells neither start with N/n (NA, null, None...) nor carry surrounding spaces.
  if (c > 32 && c !== 78 && c !== 110 && text.charCodeAt(text.length - 1) > 32) return text;
  const key = quoted ? text : text.trim();
  return key.length === 0 || MISSING.has(key) ? null : text;
}

/** Refuses a nameless, over-long or (with `noProto`) prototype-named column. */
export function checkName(name: string, where: { file: string; line: number }, position: string, limits: DataLimits, noProto = true): void {
  if (name.length > limits.maxColumnNameChars) {
    throw new ModelBuildError('DATA_INVALID', `${position}: the column name ${shortName(name)} is longer than the limit of ${count(limits.maxColumnNameChars)} characters`, {
      ...where,
      hint: 'give the column a shorter name; a name this long usually means the first line is data, not a header',
    });
  }
  if (name === '') {
    throw new ModelBuildError('DATA_INVALID', `${position} has no name`, {
      ...where,
      hint: 'give every column a name; a delimiter at the end of the header line adds a nameless column',
    });
  }
  if (noProto && name === '__proto__') {
    throw new ModelBuildError('DATA_INVALID', '"__proto__" cannot be a column name', { ...where, hint: 'rename the column' });
  }
}

/** The header's column names, trimmed and checked; `noProto` as in checkName. */
export function csvHeader(record: CsvRecord, file: string, limits: DataLimits, noProto = true): string[] {
  // Header names are trimmed: spaces around a column name are never part of it.
  const names = record.fields.map((f) => f.trim());
  const where = { file, line: record.line };
  const seen = new Map<string, number>();
  names.forEach((name, k) => {
    checkName(name, where, `column ${k + 1} of the header`, limits, noProto);
    const first = seen.get(name);
    if (first !== undefined) {
      throw new ModelBuildError('DATA_INVALID', `column "${name}" appears twice in the header (columns ${first + 1} and ${k + 1})`, {
        ...where,
        hint: 'rename one of them: every column needs its own name',
      });
    }
    seen.set(name, k);
  });
  return names;
}

const delimiterName = (d: string) => (d === '\t' ? 'a tab' : `"${d}"`);

async function readCsvPart(abs: string, file: string, delimiter: string, limits: DataLimits): Promise<RawPart> {
  const parser = new CsvParser({ delimiter, display: file, limits });
  let columns: string[] | undefined;
  const rows: RawCell[][] = [];
  const lines: number[] = [];
  const take = (records: CsvRecord[]) => {
    for (const record of records) {
      if (!columns) {
        columns = csvHeader(record, file, limits);
        continue;
      }
      const { fields, quoted } = record;
      if (fields.length !== columns.length) {
        throw new ModelBuildError('DATA_INVALID', `row has ${fields.length} fields, the header has ${columns.length}`, {
          file,
          line: record.line,
          hint: fields.length > columns.length
            ? `a field that contains ${delimiterName(delimiter)} must be quoted ("a${delimiter}b"); otherwise remove the extra delimiter`
            : `every row needs one field per column; leave a field empty for a missing value (a${delimiter}${delimiter}c)`,
        });
      }
      // The parser's array becomes the row: one array less per row.
      const row: RawCell[] = fields;
      for (let k = 0; k < fields.length; k++) row[k] = csvCell(fields[k]!, quoted?.[k] === true);
      rows.push(row);
      lines.push(record.line);
    }
  };
  for await (const chunk of chunks(abs, file, WHAT)) take(parser.push(chunk));
  take(parser.end());
  return { file, format: 'csv', columns, rows, lines };
}

// ---- JSON -----------------------------------------------------------------------------------

function jsonCell(value: unknown, column: string, file: string, line: number): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' || MISSING.has(value) ? null : value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  throw new ModelBuildError('DATA_INVALID', `column "${column}" holds ${Array.isArray(value) ? 'an array' : 'an object'}, not a single value`, {
    file,
    line,
    hint: 'flatten nested values into columns of their own: model-build reads flat records',
  });
}

async function readJsonPart(abs: string, file: string, format: 'jsonl' | 'json', limits: DataLimits): Promise<RawPart> {
  const columns: string[] = [];
  const known = new Set<string>();
  const records: Array<Record<string, unknown>> = [];
  const lines: number[] = [];
  for await (const { line, record } of parseJsonRecords(chunks(abs, file, WHAT), format, file, { limits })) {
    for (const key of Object.keys(record)) {
      if (known.has(key)) continue;
      checkName(key, { file, line }, `a key of the record (${shortName(key)})`, limits);
      known.add(key);
      columns.push(key);
      if (columns.length > limits.maxColumns) throw tooManyKeys(file, line, limits);
    }
    records.push(record);
    lines.push(line);
  }
  // Absent keys are missing values; hasOwn keeps inherited names (constructor, toString) out.
  const rows = records.map((r, i) => columns.map((c) => jsonCell(Object.hasOwn(r, c) ? r[c] : null, c, file, lines[i]!)));
  return { file, format, columns: records.length > 0 ? columns : undefined, rows, lines };
}

/** The records' keys together name more columns than the limit. */
export const tooManyKeys = (file: string, line: number, limits: DataLimits) =>
  new ModelBuildError('DATA_INVALID', `the records name more than ${count(limits.maxColumns)} distinct keys, the limit of columns`, {
    file,
    line,
    hint: 'every record should have the same keys; select the columns the model needs before building',
  });

// ---- merging --------------------------------------------------------------------------------

function noRows(parts: RawPart[], display: string): ModelBuildError {
  let hint: string;
  if (parts.length > 1) hint = `none of the ${parts.length} data files in the folder holds a row`;
  else if (parts[0]!.columns) hint = 'the file has a header line but no rows below it';
  else hint = parts[0]!.format === 'csv' ? 'the file is empty' : 'the file holds no records';
  return new ModelBuildError('DATA_INVALID', 'no data rows', { file: display, hint });
}

function mergeParts(parts: RawPart[], display: string): RawTable {
  const first = parts.find((p) => p.columns);
  if (!first || parts.every((p) => p.rows.length === 0)) throw noRows(parts, display);
  const columns = first.columns!;
  if (parts.length === 1) return { columns, rows: first.rows, lines: first.lines, files: [first.file], rowFile: undefined };

  const rows: RawCell[][] = [];
  const lines: number[] = [];
  const rowFile: number[] = [];
  parts.forEach((part, index) => {
    if (!part.columns) return;
    const own = part.columns;
    const missing = columns.filter((c) => !own.includes(c));
    const extra = own.filter((c) => !columns.includes(c));
    if (missing.length > 0 || extra.length > 0) {
      const list = (names: string[]) => names.map((c) => `"${c}"`).join(', ');
      const diff = [missing.length > 0 ? `lacks ${list(missing)}` : '', extra.length > 0 ? `has ${list(extra)} in addition` : '']
        .filter(Boolean)
        .join(' and ');
      throw new ModelBuildError('DATA_INVALID', `columns differ from ${first.file}: this file ${diff}`, {
        file: part.file,
        hint: 'every file in a data folder must have the same columns',
      });
    }
    // Same set, maybe another order: map this file's positions onto the first file's order.
    const order = columns.map((c) => own.indexOf(c));
    const same = order.every((k, i) => k === i);
    for (let r = 0; r < part.rows.length; r++) {
      const row = part.rows[r]!;
      rows.push(same ? row : order.map((k) => row[k]!));
      lines.push(part.lines[r]!);
      rowFile.push(index);
    }
  });
  return { columns, rows, lines, files: parts.map((p) => p.file), rowFile };
}

// ---- types ----------------------------------------------------------------------------------

const NUM = 0;
const NONFINITE = 1;
const BOOL = 2;
const TEXT = 3;

/**
 * The number a text spells in plain decimal notation, else NaN (±Infinity when it overflows).
 * Number() alone is fast but also takes '', ' ', '0x1F', '0b1' and '0o7'; those are weeded out
 * by the first character, and only unusual texts pay for the strict pattern.
 */
function textToNumber(v: string): number {
  const n = Number(v);
  if (Number.isNaN(n)) return NaN;
  const c = v.charCodeAt(0);
  if ((c >= 49 && c <= 57) || c === 45 || c === 43 || c === 46) return n; // 1-9 - + .
  if (c === 48) {
    const c1 = v.charCodeAt(1) | 32;
    return c1 === 120 || c1 === 98 || c1 === 111 ? NaN : n; // 0x 0b 0o
  }
  const t = v.trim();
  return NUMBER_TEXT.test(t) ? Number(t) : NaN;
}

function classify(v: string | number | boolean): number {
  if (typeof v === 'number') return Number.isFinite(v) ? NUM : NONFINITE;
  if (typeof v === 'boolean') return BOOL;
  const n = textToNumber(v);
  // A decimal literal beyond ±1.8e308 overflows to Infinity: as unusable as a literal Infinity.
  if (!Number.isNaN(n)) return Number.isFinite(n) ? NUM : NONFINITE;
  const t = v.trim();
  if (NONFINITE_TEXT.test(t)) return NONFINITE;
  if (BOOLEAN_TEXT.test(t)) return BOOL;
  return TEXT;
}

const shown = (v: string | number | boolean) => {
  const s = String(v);
  return JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);
};

/** How to write the override in the config, quoting names that YAML keys would not take bare. */
const overrideKey = (name: string) => (/^[A-Za-z_][\w-]*$/.test(name) ? `data.columns.${name}` : `data.columns[${JSON.stringify(name)}]`);

type Where = (r: number) => { file: string | undefined; line: number | undefined };

function typeTable(raw: RawTable, overrides: Record<string, ColumnType>, display: string): Table {
  for (const name of Object.keys(overrides)) {
    if (raw.columns.includes(name)) continue;
    const guess = didYouMean(name, raw.columns);
    throw new ModelBuildError('DATA_INVALID', `data.columns names "${name}", which is not a column of the data`, {
      file: display,
      hint: guess ? `did you mean "${guess}"?` : `the columns are: ${raw.columns.join(', ')}`,
    });
  }
  const where: Where = (r) => ({ file: raw.files[raw.rowFile?.[r] ?? 0], line: raw.lines[r] });
  // Rows cloned from one template share a single object shape: filling them is cheap.
  const template: Record<string, Cell> = {};
  for (const name of raw.columns) template[name] = null;
  const rows: Array<Record<string, Cell>> = raw.rows.map(() => ({ ...template }));
  const types: Record<string, InferredType> = {};

  raw.columns.forEach((name, c) => {
    const override = overrides[name];
    if (override === undefined) {
      const inferred = inferType(raw, c, name, where);
      types[name] = inferred.type;
      if (inferred.numbers) {
        const numbers = inferred.numbers;
        for (let r = 0; r < rows.length; r++) if (raw.rows[r]![c] !== null) rows[r]![name] = numbers[r]!;
        return;
      }
      if (inferred.type === 'empty') return;
    } else types[name] = override;
    const convert = converter(types[name]!, name, override !== undefined);
    for (let r = 0; r < rows.length; r++) {
      const v = raw.rows[r]![c]!;
      if (v !== null) rows[r]![name] = convert(v, r, where);
    }
  });
  return { columns: raw.columns, types, rows, lines: raw.lines, source: display };
}

/** The column's type; for a number column also its values (parsed once, here). */
function inferType(raw: RawTable, c: number, name: string, where: Where): { type: InferredType; numbers?: Float64Array } {
  const numbers = new Float64Array(raw.rows.length);
  let total = 0;
  let num = 0;
  let nonfinites = 0;
  let bools = 0;
  let firstNonfinite = -1;
  let firstOther = -1;
  for (let r = 0; r < raw.rows.length; r++) {
    const v = raw.rows[r]![c]!;
    if (v === null) continue;
    total++;
    // Parse text once: the value is kept when the column turns out numeric.
    const n = typeof v === 'string' ? textToNumber(v) : typeof v === 'number' ? v : NaN;
    const kind = Number.isNaN(n) ? classify(v) : Number.isFinite(n) ? NUM : NONFINITE;
    if (kind === NUM) {
      num++;
      numbers[r] = n;
    } else if (kind === NONFINITE) {
      nonfinites++;
      if (firstNonfinite < 0) firstNonfinite = r;
    } else {
      if (kind === BOOL) bools++;
      if (firstOther < 0) firstOther = r;
    }
  }
  if (total === 0) return { type: 'empty' };
  const numeric = num + nonfinites;
  if (numeric === total) {
    if (firstNonfinite >= 0) throw nonfinite(name, where(firstNonfinite));
    return { type: 'number', numbers };
  }
  if (bools === total) return { type: 'boolean' };
  if (numeric / total >= MOSTLY_NUMBERS) {
    const share = Math.floor((100 * numeric) / total);
    throw new ModelBuildError('DATA_INVALID', `column "${name}": ${shown(raw.rows[firstOther]![c]!)} is not a number, unlike ${share}% of the column's values`, {
      ...where(firstOther),
      hint: `fix the value (leave the cell empty for a missing value), or set ${overrideKey(name)}: string in the config to treat the column as text`,
    });
  }
  return { type: 'string' };
}

const nonfinite = (name: string, at: ReturnType<Where>) =>
  new ModelBuildError('DATA_INVALID', `column "${name}" holds NaN/Infinity`, { ...at, hint: 'leave the cell empty for a missing value' });

type Convert = (v: string | number | boolean, r: number, where: Where) => Cell;

function converter(type: InferredType, name: string, overridden: boolean): Convert {
  const configured = overridden ? ` (${overrideKey(name)} is ${type} in the config)` : '';
  switch (type) {
    case 'number':
      return (v, r, where) => {
        const kind = classify(v);
        if (kind === NUM) return typeof v === 'number' ? v : textToNumber(v as string);
        if (kind === NONFINITE) throw nonfinite(name, where(r));
        throw new ModelBuildError('DATA_INVALID', `column "${name}": ${shown(v)} is not a number`, {
          ...where(r),
          hint: `fix the value, or leave the cell empty for a missing value${configured}`,
        });
      };
    case 'boolean':
      return (v, r, where) => {
        if (typeof v === 'boolean') return v;
        const t = String(v).trim();
        if (BOOLEAN_TEXT.test(t)) return t.toLowerCase() === 'true';
        // 1/0 only when the config asks for booleans: inference keeps 0/1 columns numeric.
        if (overridden && (t === '1' || t === '0')) return t === '1';
        throw new ModelBuildError('DATA_INVALID', `column "${name}": ${shown(v)} is not a boolean`, {
          ...where(r),
          hint: `write true or false${overridden ? ' (or 1 and 0)' : ''}, or leave the cell empty for a missing value${configured}`,
        });
      };
    default:
      // string, category: text as written, JSON scalars as their text.
      return (v) => (typeof v === 'string' ? v : String(v));
  }
}
