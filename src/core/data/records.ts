import path from 'node:path';
import { ModelBuildError } from '../errors.js';
import { parseCsv } from './csv.js';
import { parseJsonRecords, shortName } from './jsonl.js';
import { dataLimits, type DataLimits } from './limits.js';
import { checkName, csvHeader, formatOf, tooManyKeys } from './read.js';
import { checkDataFile, chunks } from './source.js';

export interface RawRecord {
  line: number;
  record: Record<string, unknown>;
}

/** How the record reader names a file in "cannot read" messages. */
const WHAT = 'the file';

/**
 * Streams untyped records (CSV cells as text) from one file, for prediction and monitoring
 * where the types come from a fitted preprocessor or profile, not from inference. The file is
 * checked like training data (a regular file, text, within the limits) before it is read.
 */
export async function* readRecords(
  file: string,
  options: { format?: 'auto' | 'csv' | 'jsonl' | 'json'; delimiter?: string; display?: string; limits?: Partial<DataLimits> } = {},
): AsyncGenerator<RawRecord> {
  const display = options.display ?? file;
  const format = formatOf(file, display, options.format);
  const limits = dataLimits(options.limits);
  await checkDataFile(file, display, format, limits, WHAT);
  const source = chunks(file, display, WHAT);
  if (format !== 'csv') {
    // Keys may differ between records: their union is the file's columns, within the limit.
    const known = new Set<string>();
    for await (const r of parseJsonRecords(source, format, display, { limits })) {
      for (const key of Object.keys(r.record)) {
        if (known.has(key)) continue;
        checkName(key, { file: display, line: r.line }, `a key of the record (${shortName(key)})`, limits, false);
        known.add(key);
        if (known.size > limits.maxColumns) throw tooManyKeys(display, r.line, limits);
      }
      yield r;
    }
    return;
  }
  const delimiter = options.delimiter ?? (path.extname(file).toLowerCase() === '.tsv' ? '\t' : ',');
  let header: string[] | undefined;
  for await (const record of parseCsv(source, { delimiter, display, limits })) {
    const { line, fields } = record;
    if (!header) {
      // "__proto__" is allowed here: records have no prototype (see below).
      header = csvHeader(record, display, limits, false);
      continue;
    }
    if (fields.length !== header.length) {
      throw new ModelBuildError('DATA_INVALID', `row has ${fields.length} fields, the header has ${header.length}`, {
        file: display,
        line,
        hint: 'every row needs one value per column (quote values that contain the delimiter)',
      });
    }
    // No prototype: a column named "__proto__" must stay a column.
    const out: Record<string, unknown> = Object.create(null);
    for (let i = 0; i < header.length; i++) out[header[i]!] = fields[i];
    yield { line, record: out };
  }
}
