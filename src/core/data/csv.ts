/**
 * A streaming RFC 4180 CSV parser. Chunks may split the input anywhere (inside a quoted field,
 * between `\r` and `\n`, inside a multi-byte UTF-8 character); records come out as soon as they
 * are complete. The hot path scans char codes and slices runs between special characters, so
 * plain numeric CSV never concatenates per character.
 */
import { ModelBuildError } from '../errors.js';
import { count, dataLimits, type DataLimits } from './limits.js';

export interface CsvRecord {
  /** 1-based physical line on which the record starts. */
  line: number;
  fields: string[];
  /** `quoted[i]` is true when field i was quoted; absent when no field of the record was. */
  quoted?: boolean[];
}

export interface CsvOptions {
  /** A single character; default ",". */
  delimiter?: string;
  /** How to name the input in errors. */
  display?: string;
  /** Field, record and column limits (default DATA_LIMITS). */
  limits?: Partial<DataLimits>;
  /**
   * The input starts in the middle of a file, at a record boundary (a range of a parallel
   * profile): a U+FEFF there is data, not a byte order mark.
   */
  midFile?: boolean;
}

const LF = 10;
const CR = 13;
const QUOTE = 34;
const SPACE = 32;
const BOM = '\uFEFF';

// Parser states, kept as numbers: they are compared in the hot loop.
const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
/** Saw a quote inside a quoted field; the next character decides if it was `""` or the end. */
const QUOTE_SEEN = 3;
/** After a closing quote: only spaces, a delimiter or a line break may follow. */
const AFTER_QUOTE = 4;
/** A record ended on `\r`; a `\n` right after it belongs to the same line break. */
const CR_SEEN = 5;

/** A NUL character: text files never hold one; binary data and UTF-16 do. */
export const nulError = (file: string | undefined, line: number) =>
  new ModelBuildError('DATA_INVALID', 'contains a NUL byte: not a text file', {
    file,
    line,
    hint: 'the file is binary, UTF-16 or damaged from this line on; save the data as UTF-8 text',
  });

const invalidUtf8 = (file: string | undefined, line: number) =>
  new ModelBuildError('DATA_INVALID', 'not valid UTF-8 text', {
    file,
    line,
    hint: 'save the file as UTF-8 (for example `iconv -f latin1 -t utf-8 in.csv > out.csv`)',
  });

/**
 * Decodes a mix of byte and string chunks as UTF-8, dropping a leading BOM. Invalid bytes call
 * `onInvalid` with the text that decoded before them, so the caller can name the line.
 */
export class Utf8Chunks {
  private readonly decoder: InstanceType<typeof TextDecoder>;
  private sawText: boolean;

  /** `midFile`: the bytes start inside a file, where a U+FEFF is a character, not a BOM. */
  constructor(midFile = false) {
    this.decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: midFile });
    this.sawText = midFile;
  }

  decode(chunk: Buffer | string, onInvalid: (validPrefix: string) => never): string {
    let text: string;
    if (typeof chunk === 'string') text = chunk;
    else {
      try {
        text = this.decoder.decode(chunk, { stream: true });
      } catch {
        const lenient = new TextDecoder('utf-8').decode(chunk);
        const bad = lenient.indexOf('\uFFFD');
        return onInvalid(lenient.slice(0, bad < 0 ? 0 : bad));
      }
    }
    if (!this.sawText && text.length > 0) {
      this.sawText = true;
      // TextDecoder already drops a BOM in bytes; string chunks may still carry one.
      if (text.startsWith(BOM)) text = text.slice(1);
    }
    return text;
  }

  /** The end of input: a character cut off by the end of the file is invalid. */
  flush(onInvalid: (validPrefix: string) => never): string {
    try {
      return this.decoder.decode();
    } catch {
      return onInvalid('');
    }
  }
}

/** Incremental parser: `push` chunks, then `end`; each returns the records it completed. */
export class CsvParser {
  private readonly delim: number;
  private readonly display: string | undefined;
  private readonly utf8: Utf8Chunks;
  private state = FIELD_START;
  private fields: string[] = [];
  private quoted: boolean[] | undefined;
  /** Text of the current field carried over from earlier chunks (or before a `""`). */
  private part = '';
  /** Physical line at the scan position. */
  private line = 1;
  private recordLine = 1;
  private quoteLine = 1;
  /** The last character inside a quoted field was `\r`: a `\n` after it is no new line. */
  private quotedCr = false;
  private out: CsvRecord[] = [];
  private readonly limits: DataLimits;
  /** Characters of the current record in fields already pushed. */
  private recordChars = 0;
  /** Fields past the column limit, counted but not kept, so the error can name the count. */
  private dropped = 0;

  constructor(options: CsvOptions = {}) {
    this.limits = dataLimits(options.limits);
    this.utf8 = new Utf8Chunks(options.midFile === true);
    const d = options.delimiter ?? ',';
    if (d.length !== 1 || d === '"' || d === '\n' || d === '\r') {
      throw new ModelBuildError('DATA_INVALID', `the CSV delimiter must be one character other than a quote or line break, got ${JSON.stringify(d)}`, {
        file: options.display,
        hint: 'set data.delimiter to a single character such as "," ";" or "\\t"',
      });
    }
    this.delim = d.charCodeAt(0);
    this.display = options.display;
  }

  /** Between records: nothing of a next record read yet (a place a range of the file may end). */
  get atRecordStart(): boolean {
    return this.state === FIELD_START && this.fields.length === 0 && this.part === '';
  }

  /** Line breaks read so far (`\n`, `\r\n`, lone `\r`, inside quoted fields too). */
  get lineBreaks(): number {
    return this.line - 1;
  }

  /** Feeds a chunk of bytes (UTF-8) or text. */
  push(chunk: Buffer | string): CsvRecord[] {
    const text = this.utf8.decode(chunk, (prefix) => this.failUtf8(prefix));
    this.scanChecked(text);
    return this.take();
  }

  /** Scans text, refusing a NUL anywhere (not only in the first bytes) at its line. */
  private scanChecked(text: string): void {
    const nul = text.indexOf('\0');
    if (nul < 0) return this.scan(text);
    this.scan(text.slice(0, nul));
    throw nulError(this.display, this.line);
  }

  /** Ends the input: completes a last record without a line break, or fails on an open quote. */
  end(): CsvRecord[] {
    this.scanChecked(this.utf8.flush((prefix) => this.failUtf8(prefix)));
    switch (this.state) {
      case QUOTED:
        throw new ModelBuildError('DATA_INVALID', 'a quoted field starts here but never ends', {
          file: this.display,
          line: this.quoteLine,
          hint: 'close the field with a quote; a quote inside a quoted field is written twice ("")',
        });
      case QUOTE_SEEN:
      case UNQUOTED:
        this.pushField(this.part);
        this.part = '';
        this.emit();
        break;
      case AFTER_QUOTE:
        this.emit();
        break;
      case FIELD_START:
        // "a,b," at the end of the input: the trailing delimiter opens one more, empty field.
        if (this.fields.length > 0) {
          this.pushField('');
          this.emit();
        }
        break;
    }
    this.state = FIELD_START;
    return this.take();
  }

  private take(): CsvRecord[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  private failUtf8(validPrefix: string): never {
    this.scan(validPrefix); // advances the line count to where the bad bytes are
    throw invalidUtf8(this.display, this.line);
  }

  private emit(): void {
    if (this.dropped > 0) throw this.tooManyColumns(this.fields.length + this.dropped, this.recordLine);
    // One object shape for every record keeps property access monomorphic downstream.
    this.out.push({ line: this.recordLine, fields: this.fields, quoted: this.quoted });
    this.fields = [];
    this.quoted = undefined;
    this.recordChars = 0;
  }

  /** Adds a field to the record, within the field, record and column limits. */
  private pushField(text: string): void {
    this.checkField(text.length);
    this.recordChars += text.length + 1;
    this.checkRecord(0);
    if (this.fields.length < this.limits.maxColumns) this.fields.push(text);
    else this.dropped++;
  }

  private checkField(length: number): void {
    if (length <= this.limits.maxFieldChars) return;
    throw new ModelBuildError('DATA_INVALID', `a field is longer than the limit of ${count(this.limits.maxFieldChars)} characters`, {
      file: this.display,
      line: this.state === QUOTED ? this.quoteLine : this.recordLine,
      hint:
        this.state === QUOTED
          ? 'a quoted field starts here and runs on: close it with a quote (a quote inside a quoted field is written twice: "")'
          : 'this is not tabular data, or the delimiter is wrong (check data.delimiter); a value this long cannot be a feature',
    });
  }

  /** `pending` characters not yet in `recordChars` (the field being read). */
  private checkRecord(pending: number): void {
    if (this.recordChars + pending <= this.limits.maxRecordChars) return;
    throw new ModelBuildError('DATA_INVALID', `a record is longer than the limit of ${count(this.limits.maxRecordChars)} characters`, {
      file: this.display,
      line: this.recordLine,
      hint: 'this is not tabular data, or line breaks are missing (lines ending in a lone CR count as breaks; other separators do not)',
    });
  }

  private tooManyColumns(n: number, line: number): ModelBuildError {
    return new ModelBuildError('DATA_INVALID', `the record has ${count(n)} fields, more than the limit of ${count(this.limits.maxColumns)} columns`, {
      file: this.display,
      line,
      hint: 'select the columns the model needs before building (e.g. with csvcut or pandas); check data.delimiter',
    });
  }

  private endRecord(c: number): void {
    this.emit();
    this.line++;
    this.state = c === CR ? CR_SEEN : FIELD_START;
  }

  private scan(s: string): void {
    const n = s.length;
    const d = this.delim;
    const delimiter = String.fromCharCode(d);
    // Next quote and `\r` at or after i (n when none): found once per chunk in quote-free data.
    let nextQuote = -1;
    let nextCr = -1;
    let i = 0;
    while (i < n) {
      const state = this.state;
      if (state === FIELD_START && this.fields.length === 0) {
        // Fast path: a whole line without quotes or stray `\r` is split natively.
        const nl = s.indexOf('\n', i);
        if (nl >= 0) {
          if (nextQuote < i) {
            const k = s.indexOf('"', i);
            nextQuote = k < 0 ? n : k;
          }
          if (nextCr < i) {
            const k = s.indexOf('\r', i);
            nextCr = k < 0 ? n : k;
          }
          const end = nl > i && nextCr === nl - 1 ? nl - 1 : nl;
          if (nextQuote > nl && nextCr >= end) {
            if (end > i) {
              const fields = s.slice(i, end).split(delimiter);
              this.recordLine = this.line;
              if (fields.length > this.limits.maxColumns) throw this.tooManyColumns(fields.length, this.line);
              if (end - i > this.limits.maxFieldChars) for (const f of fields) this.checkField(f.length);
              this.checkRecord(end - i);
              this.out.push({ line: this.line, fields, quoted: undefined });
            }
            this.line++;
            i = nl + 1;
            continue;
          }
        }
      }
      if (state === FIELD_START || state === UNQUOTED) {
        if (state === FIELD_START) {
          const c = s.charCodeAt(i);
          if (this.fields.length === 0) {
            if (c === LF || c === CR) {
              // A blank line: no record.
              this.line++;
              this.state = c === CR ? CR_SEEN : FIELD_START;
              i++;
              continue;
            }
            this.recordLine = this.line;
          }
          if (c === QUOTE) {
            (this.quoted ??= [])[this.fields.length] = true;
            this.quoteLine = this.line;
            this.quotedCr = false;
            this.state = QUOTED;
            i++;
            continue;
          }
          this.state = UNQUOTED;
        }
        let j = i;
        for (; j < n; j++) {
          const c = s.charCodeAt(j);
          if (c === d || c === LF || c === CR) break;
        }
        if (j === n) {
          this.part += s.slice(i);
          this.checkField(this.part.length);
          this.checkRecord(this.part.length);
          return;
        }
        const run = s.slice(i, j);
        this.pushField(this.part === '' ? run : this.part + run);
        this.part = '';
        const c = s.charCodeAt(j);
        i = j + 1;
        if (c === d) this.state = FIELD_START;
        else this.endRecord(c);
      } else if (state === QUOTED) {
        const q = s.indexOf('"', i);
        const stop = q < 0 ? n : q;
        this.countLines(s, i, stop);
        this.part += s.slice(i, stop);
        this.checkField(this.part.length);
        this.checkRecord(this.part.length);
        if (q < 0) return;
        i = q + 1;
        this.state = QUOTE_SEEN;
      } else if (state === QUOTE_SEEN) {
        if (s.charCodeAt(i) === QUOTE) {
          this.part += '"';
          this.quotedCr = false;
          this.state = QUOTED;
          i++;
        } else {
          this.pushField(this.part);
          this.part = '';
          this.state = AFTER_QUOTE;
        }
      } else if (state === AFTER_QUOTE) {
        const c = s.charCodeAt(i);
        i++;
        if (c === d) this.state = FIELD_START;
        else if (c === LF || c === CR) this.endRecord(c);
        else if (c !== SPACE) {
          throw new ModelBuildError('DATA_INVALID', `unexpected ${JSON.stringify(s[i - 1])} after the closing quote of a field`, {
            file: this.display,
            line: this.line,
            hint: 'a quote inside a quoted field is written twice (""); a field either is quoted as a whole or not at all',
          });
        }
      } else {
        // CR_SEEN
        if (s.charCodeAt(i) === LF) i++;
        this.state = FIELD_START;
      }
    }
  }

  /** Counts line breaks (`\n`, `\r\n`, lone `\r`) inside a quoted field, across chunks. */
  private countLines(s: string, from: number, to: number): void {
    let cr = this.quotedCr;
    for (let k = from; k < to; k++) {
      const c = s.charCodeAt(k);
      if (c === CR) {
        this.line++;
        cr = true;
      } else {
        if (c === LF && !cr) this.line++;
        cr = false;
      }
    }
    if (to > from) this.quotedCr = cr;
  }
}

/** Parses CSV from a stream of chunks into records; blank lines are skipped. */
export async function* parseCsv(
  source: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  options: CsvOptions = {},
): AsyncGenerator<CsvRecord> {
  const parser = new CsvParser(options);
  // Plain `yield` per record: `yield*` over an array costs extra promise ticks per item.
  for await (const chunk of source) for (const record of parser.push(chunk)) yield record;
  for (const record of parser.end()) yield record;
}
