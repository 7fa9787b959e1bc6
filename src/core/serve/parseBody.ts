/**
 * A request body as records: a JSON array of records (or one record), JSON Lines, or CSV/TSV
 * with a header row. Errors name the line (and column) of the body and, once records begin,
 * the record's 0-based index; the record limit is checked while parsing, before validation.
 * CSV cells stay text: the model's fitted steps decide their types, as `model-build predict` does.
 */
import { CsvParser, type CsvRecord } from '../data/csv.js';
import { dataLimits } from '../data/limits.js';
import { csvHeader } from '../data/read.js';
import { ModelBuildError } from '../errors.js';
import { HttpError } from './httpError.js';
import type { BodyFormat } from './mediaTypes.js';

export interface BodyRecord {
  /** 1-based line of the body where the record starts (JSON Lines, CSV); absent for JSON. */
  line?: number;
  /** The parsed record: JSON values, or CSV text. */
  record: Record<string, unknown>;
}

/** What the parsed records are called in messages. */
const BODY = 'the request body';

const kindOf = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function invalid(message: string, hint: string, extra: Record<string, unknown> = {}): HttpError {
  return new HttpError(400, 'BODY_INVALID', message, { hint, extra });
}

function tooMany(maxRecords: number): HttpError {
  return new HttpError(413, 'TOO_MANY_RECORDS', `the request holds more than ${maxRecords.toLocaleString('en-US')} records, the limit per request`, {
    hint: 'split the records into smaller requests, or start the server with a larger --max-records',
    extra: { limit: maxRecords },
  });
}

/** UTF-8 text of the body, without a BOM; 400 for bytes that are not UTF-8 or a NUL. */
function bodyText(body: Buffer): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    const lenient = new TextDecoder('utf-8').decode(body);
    throw invalid('the body is not valid UTF-8 text', 'encode the body as UTF-8', { line: lineAt(lenient, lenient.indexOf('\uFFFD')) });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const nul = text.indexOf('\0');
  if (nul >= 0) throw invalid('the body contains a NUL character: not text', 'send the records as UTF-8 text', { line: lineAt(text, nul) });
  return text;
}

/** The 1-based line `index` is on. */
function lineAt(text: string, index: number): number {
  let line = 1;
  for (let k = text.indexOf('\n'); k >= 0 && k < index; k = text.indexOf('\n', k + 1)) line++;
  return line;
}

/** A JSON.parse failure as a message and, when V8 names a position, its line and column. */
function syntax(e: unknown, text: string, lineOffset = 0): { message: string; line?: number; column?: number } {
  const raw = e instanceof Error ? e.message : String(e);
  const message = raw.replace(/( in JSON)? at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)$/, '');
  const m = /at position (\d+)/.exec(raw);
  if (!m) return { message };
  const pos = Math.min(Number(m[1]), text.length);
  const line = lineAt(text, pos);
  const start = text.lastIndexOf('\n', pos - 1) + 1;
  return { message, line: line + lineOffset, column: pos - start + 1 };
}

const EMPTY_HINT: Record<BodyFormat, string> = {
  json: 'send an array of records, [{"field": value, ...}], or one record',
  jsonl: 'send one JSON object per line',
  csv: 'send a header row naming the fields, then one record per line',
  tsv: 'send a header row naming the fields, then one record per line',
};

/** Parses a whole body (already within the size limit) into records. */
export function parseBody(body: Buffer, format: BodyFormat, maxRecords: number): BodyRecord[] {
  const text = bodyText(body);
  if (text.trim() === '') throw invalid('the body is empty', EMPTY_HINT[format]);
  switch (format) {
    case 'json':
      return parseJson(text, maxRecords);
    case 'jsonl':
      return parseJsonLines(text, maxRecords);
    case 'csv':
    case 'tsv':
      return parseDelimited(text, format === 'csv' ? ',' : '\t', maxRecords);
  }
}

function parseJson(text: string, maxRecords: number): BodyRecord[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const at = syntax(e, text);
    const lines = /^\s*\{/.test(text) && /\}\s*\r?\n\s*\{/.test(text);
    throw invalid(`the body is not valid JSON: ${at.message}`, lines ? 'this looks like JSON Lines: send it as Content-Type application/x-ndjson' : EMPTY_HINT.json, {
      ...(at.line ? { line: at.line, column: at.column } : {}),
    });
  }
  if (isRecord(value)) return [{ record: value }];
  if (!Array.isArray(value)) throw invalid(`the body is ${kindOf(value)}, not records`, EMPTY_HINT.json);
  if (value.length > maxRecords) throw tooMany(maxRecords);
  return value.map((element: unknown, k) => {
    if (!isRecord(element)) {
      throw new HttpError(400, 'RECORD_INVALID', `records[${k}] is ${kindOf(element)}, not a record`, {
        hint: 'every element of the array is one record: {"field": value, ...}',
        extra: { record: k },
      });
    }
    return { record: element };
  });
}

function parseJsonLines(text: string, maxRecords: number): BodyRecord[] {
  const out: BodyRecord[] = [];
  let line = 0;
  for (let start = 0; start <= text.length; ) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = text.length;
    line++;
    const raw = text.slice(start, nl);
    start = nl + 1;
    const lineText = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (lineText.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(lineText);
    } catch (e) {
      const at = syntax(e, lineText);
      const array = out.length === 0 && lineText.trimStart().startsWith('[');
      throw invalid(`line ${line} is not valid JSON: ${at.message}`, array ? 'this looks like a JSON array: send it as Content-Type application/json' : 'JSON Lines holds one complete JSON object per line', {
        record: out.length,
        line,
        ...(at.column ? { column: at.column } : {}),
      });
    }
    if (!isRecord(value)) {
      throw new HttpError(400, 'RECORD_INVALID', `records[${out.length}] (line ${line}) is ${kindOf(value)}, not a record`, {
        hint: 'every line holds one record: {"field": value, ...}',
        extra: { record: out.length, line },
      });
    }
    if (out.length >= maxRecords) throw tooMany(maxRecords);
    out.push({ line, record: value });
  }
  return out;
}

/** Text is fed in pieces so the record limit stops parsing early. */
const CSV_PIECE = 1 << 16;

function parseDelimited(text: string, delimiter: string, maxRecords: number): BodyRecord[] {
  const limits = dataLimits(undefined);
  const parser = new CsvParser({ delimiter, display: BODY, limits });
  const out: BodyRecord[] = [];
  let header: string[] | undefined;
  const take = (records: CsvRecord[]) => {
    for (const r of records) {
      if (!header) {
        // "__proto__" may be a column: records have no prototype (below).
        header = csvHeader(r, BODY, limits, false);
        continue;
      }
      if (r.fields.length !== header.length) {
        throw invalid(`records[${out.length}] (line ${r.line}) has ${r.fields.length} fields, the header has ${header.length}`, 'every row needs one value per column (quote values that contain the delimiter)', {
          record: out.length,
          line: r.line,
        });
      }
      if (out.length >= maxRecords) throw tooMany(maxRecords);
      const record: Record<string, unknown> = Object.create(null);
      for (let i = 0; i < header.length; i++) record[header[i]!] = r.fields[i];
      out.push({ line: r.line, record });
    }
  };
  try {
    for (let at = 0; at < text.length; at += CSV_PIECE) take(parser.push(text.slice(at, at + CSV_PIECE)));
    take(parser.end());
  } catch (e) {
    if (!ModelBuildError.is(e)) throw e;
    // The CSV reader's own words (unclosed quote, too long a field, a duplicate header name).
    throw invalid(`the body is not valid ${delimiter === ',' ? 'CSV' : 'TSV'}: ${e.message}`, e.hint ?? EMPTY_HINT.csv, e.location.line ? { line: e.location.line } : {});
  }
  return out;
}
