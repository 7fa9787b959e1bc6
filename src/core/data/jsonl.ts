/**
 * JSON Lines (streamed line by line) and JSON arrays of objects (read whole: JSON.parse needs
 * the complete text). Both yield plain objects with the line, or element number, they came from.
 */
import { ModelBuildError } from '../errors.js';
import { nulError, Utf8Chunks } from './csv.js';
import { count, dataLimits, type DataLimits } from './limits.js';

export interface JsonRecord {
  /** JSON Lines: 1-based physical line. JSON array: 1-based element index. */
  line: number;
  record: Record<string, unknown>;
}

type Source = AsyncIterable<Buffer | string> | Iterable<Buffer | string>;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const kindOf = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;

/** `{ line, column }` of a JSON.parse error inside `text`, when V8 names a position. */
function syntaxPosition(e: unknown, text: string): { line: number; column: number } | undefined {
  const m = /at position (\d+)/.exec(e instanceof Error ? e.message : '');
  if (!m) return undefined;
  const pos = Math.min(Number(m[1]), text.length);
  let line = 1;
  let start = 0;
  for (let k = text.indexOf('\n'); k >= 0 && k < pos; k = text.indexOf('\n', k + 1)) {
    line++;
    start = k + 1;
  }
  return { line, column: pos - start + 1 };
}

const syntaxMessage = (e: unknown) => (e instanceof Error ? e.message.replace(/( in JSON)? at position \d+.*$/s, '') : String(e));

/** Lines before `index` in `text`, plus one: the line `index` is on. */
function lineAt(text: string, index: number, first = 1): number {
  let line = first;
  for (let k = text.indexOf('\n'); k >= 0 && k < index; k = text.indexOf('\n', k + 1)) line++;
  return line;
}

/**
 * Refuses records that are not flat or break the limits: too many keys, a string value longer
 * than a field may be, a nested object or array. Readers of any kind get flat records only.
 */
export function checkRecord(record: Record<string, unknown>, limits: DataLimits, display: string, line: number): void {
  let keys = 0;
  for (const key in record) {
    if (!Object.hasOwn(record, key)) continue;
    keys++;
    const value = record[key];
    if (typeof value === 'string') {
      if (value.length > limits.maxFieldChars) {
        throw new ModelBuildError('DATA_INVALID', `column ${shortName(key)}: the value is longer than the limit of ${count(limits.maxFieldChars)} characters`, {
          file: display,
          line,
          hint: 'a value this long cannot be a feature; leave such columns out of the data',
        });
      }
    } else if (typeof value === 'object' && value !== null) {
      throw new ModelBuildError('DATA_INVALID', `column ${shortName(key)} holds ${Array.isArray(value) ? 'an array' : 'an object'}, not a single value`, {
        file: display,
        line,
        hint: 'flatten nested values into columns of their own: model-build reads flat records',
      });
    }
  }
  if (keys > limits.maxColumns) {
    throw new ModelBuildError('DATA_INVALID', `the record has ${count(keys)} keys, more than the limit of ${count(limits.maxColumns)} columns`, {
      file: display,
      line,
      hint: 'select the columns the model needs before building',
    });
  }
}

/** A column name for messages: quoted, and cut short when long. */
export const shortName = (name: string): string => JSON.stringify(name.length > 60 ? `${name.slice(0, 60)}…` : name);

export async function* parseJsonRecords(
  source: Source,
  format: 'jsonl' | 'json',
  display: string,
  options: { limits?: Partial<DataLimits> } = {},
): AsyncGenerator<JsonRecord> {
  const limits = dataLimits(options.limits);
  const records = format === 'json' ? parseJsonArray(source, display, limits) : parseJsonLines(source, display, limits);
  for await (const r of records) {
    checkRecord(r.record, limits, display, r.line);
    yield r;
  }
}

async function* parseJsonLines(source: Source, display: string, limits: DataLimits): AsyncGenerator<JsonRecord> {
  const parser = new JsonLinesParser(display, limits);
  // Plain `yield` per record: `yield*` over an array costs extra promise ticks per item.
  for await (const chunk of source) for (const rec of parser.push(chunk)) yield rec;
  for (const rec of parser.end()) yield rec;
}

/**
 * Incremental JSON Lines parser: `push` chunks, then `end`; each returns the records it
 * completed (not yet checked by `checkRecord`). `midFile`: the bytes start at a line of a file
 * (a range of a parallel profile), where U+FEFF is no byte order mark and records came before.
 */
export class JsonLinesParser {
  private readonly utf8: Utf8Chunks;
  private line = 1;
  // Pieces of the current, unfinished line: a long line may span many chunks.
  private pending: string[] = [];
  private pendingChars = 0;
  private seenRecord: boolean;
  private out: JsonRecord[] = [];
  /** An error met after records that come before it: thrown once they are handed out. */
  private deferred: unknown;

  constructor(
    private readonly display: string,
    private readonly limits: DataLimits,
    midFile = false,
  ) {
    this.utf8 = new Utf8Chunks(midFile);
    this.seenRecord = midFile;
  }

  /** Line breaks (`\n`) read so far. */
  get lineBreaks(): number {
    return this.line - 1;
  }

  push(chunk: Buffer | string): JsonRecord[] {
    return this.run(() => this.lines(this.utf8.decode(chunk, (prefix) => this.failUtf8(prefix))));
  }

  /** The end of input (no error is deferred past it: nothing would throw it). */
  end(): JsonRecord[] {
    if (this.deferred !== undefined) throw this.deferred;
    this.lines(this.utf8.flush((prefix) => this.failUtf8(prefix)));
    const last = this.parseLine(this.pending.join(''));
    this.pending = [];
    this.pendingChars = 0;
    if (last) this.out.push(last);
    const out = this.out;
    this.out = [];
    return out;
  }

  /** Errors come in file order: records completed before one are handed out first. */
  private run(step: () => void): JsonRecord[] {
    if (this.deferred !== undefined) throw this.deferred;
    try {
      step();
    } catch (e) {
      if (this.out.length === 0) throw e;
      this.deferred = e;
    }
    const out = this.out;
    this.out = [];
    return out;
  }

  private tooLong(): ModelBuildError {
    return new ModelBuildError('DATA_INVALID', `the line is longer than the limit of ${count(this.limits.maxRecordChars)} characters`, {
      file: this.display,
      line: this.line,
      hint: 'JSON Lines holds one record per line; a line this long is not a record of tabular data',
    });
  }

  /** A JSON array in a .jsonl file shows on its first line. */
  private arrayHint(text: string): string | undefined {
    return !this.seenRecord && text.trimStart().startsWith('[') ? 'if the file is one JSON array of records, name it .json or set data.format: json' : undefined;
  }

  private parseLine(text: string): JsonRecord | undefined {
    if (text.trim() === '') return undefined;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      const at = syntaxPosition(e, text);
      throw new ModelBuildError('DATA_INVALID', `not valid JSON: ${syntaxMessage(e)}`, {
        file: this.display,
        line: this.line,
        column: at?.column,
        hint: this.arrayHint(text) ?? 'JSON Lines holds one complete JSON object per line; a record cannot span lines',
      });
    }
    if (!isRecord(value)) {
      throw new ModelBuildError('DATA_INVALID', `expected a JSON object, found ${kindOf(value)}`, {
        file: this.display,
        line: this.line,
        hint: this.arrayHint(text) ?? 'every line of a JSON Lines file holds one object: {"column": value, ...}',
      });
    }
    this.seenRecord = true;
    return { line: this.line, record: value };
  }

  private failUtf8(prefix: string): never {
    for (let k = prefix.indexOf('\n'); k >= 0; k = prefix.indexOf('\n', k + 1)) this.line++;
    throw new ModelBuildError('DATA_INVALID', 'not valid UTF-8 text', {
      file: this.display,
      line: this.line,
      hint: 'save the file as UTF-8',
    });
  }

  private lines(text: string): void {
    const nul = text.indexOf('\0');
    if (nul >= 0) throw nulError(this.display, lineAt(text, nul, this.line));
    const limit = this.limits.maxRecordChars;
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      if (this.pendingChars + nl - start > limit) throw this.tooLong();
      let full: string;
      if (this.pending.length === 0) full = text.slice(start, nl);
      else {
        this.pending.push(text.slice(start, nl));
        full = this.pending.join('');
        this.pending = [];
        this.pendingChars = 0;
      }
      const rec = this.parseLine(full.endsWith('\r') ? full.slice(0, -1) : full);
      if (rec) this.out.push(rec);
      this.line++;
      start = nl + 1;
    }
    if (start < text.length) {
      this.pendingChars += text.length - start;
      if (this.pendingChars > limit) throw this.tooLong();
      this.pending.push(text.slice(start));
    }
  }
}

async function* parseJsonArray(source: Source, display: string, limits: DataLimits): AsyncGenerator<JsonRecord> {
  const utf8 = new Utf8Chunks();
  const parts: string[] = [];
  let chars = 0;
  const failUtf8 = (prefix: string): never => {
    const before = parts.join('') + prefix;
    throw new ModelBuildError('DATA_INVALID', 'not valid UTF-8 text', { file: display, line: lineAt(before, before.length), hint: 'save the file as UTF-8' });
  };
  const add = (text: string) => {
    chars += text.length;
    // The readers check the file size before opening; this guards streams of unknown size.
    if (chars > limits.maxJsonFileBytes) throw jsonTooLarge(display, limits.maxJsonFileBytes);
    parts.push(text);
  };
  for await (const chunk of source) add(utf8.decode(chunk, failUtf8));
  add(utf8.flush(failUtf8));
  const text = parts.join('');
  const nul = text.indexOf('\0');
  if (nul >= 0) throw nulError(display, lineAt(text, nul));

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const at = syntaxPosition(e, text);
    const looksLikeLines = /^\s*\{/.test(text) && /\}\s*\r?\n\s*\{/.test(text);
    throw new ModelBuildError('DATA_INVALID', `not valid JSON: ${syntaxMessage(e)}`, {
      file: display,
      line: at?.line,
      column: at?.column,
      hint: looksLikeLines
        ? 'this looks like JSON Lines (one object per line): name the file .jsonl or set data.format: jsonl'
        : 'a .json data file holds one array of objects: [{"column": value, ...}, ...]',
    });
  }
  if (!Array.isArray(value)) {
    throw new ModelBuildError('DATA_INVALID', `expected a JSON array of objects, found ${kindOf(value)}`, {
      file: display,
      hint: 'a .json data file holds one array of objects: [{"column": value, ...}, ...]; for one object per line use .jsonl',
    });
  }
  for (let k = 0; k < value.length; k++) {
    const element: unknown = value[k];
    if (!isRecord(element)) {
      throw new ModelBuildError('DATA_INVALID', `element ${k + 1} of the array is ${kindOf(element)}, not an object`, {
        file: display,
        line: k + 1,
        hint: 'every element of the array is one record: {"column": value, ...}',
      });
    }
    yield { line: k + 1, record: element };
  }
}

/** A `.json` data file over the size JSON.parse may be handed whole. */
export function jsonTooLarge(display: string, limit: number, size?: number): ModelBuildError {
  const mib = (n: number) => `${Math.round((n / (1 << 20)) * 10) / 10} MiB`;
  return new ModelBuildError('DATA_INVALID', `the JSON file is ${size === undefined ? 'larger than' : `${mib(size)}, more than`} the limit of ${mib(limit)} for a .json data file`, {
    file: display,
    hint: 'write the records as JSON Lines (one object per line, .jsonl): it is streamed, with no size limit on the file',
  });
}
