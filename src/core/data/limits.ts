/**
 * Limits of the data readers, checked while streaming so a hostile file fails fast and never
 * gets buffered whole. Each is far above what tabular data needs; library callers can pass
 * other values through the readers' `limits` option.
 */
export interface DataLimits {
  /** Characters in one CSV field or JSON string value. */
  maxFieldChars: number;
  /** Characters in one record: a CSV record (all its fields) or a JSON Lines line. */
  maxRecordChars: number;
  /** Columns in a file (CSV header fields, distinct JSON keys). */
  maxColumns: number;
  /** Characters in one column name. */
  maxColumnNameChars: number;
  /** Bytes of a `.json` data file, which JSON.parse must hold whole (JSON Lines is streamed). */
  maxJsonFileBytes: number;
}

export const DATA_LIMITS: Readonly<DataLimits> = {
  // 1 MiB: a cell that long is a document, not a feature; an unclosed quote is the usual cause.
  maxFieldChars: 1 << 20,
  // 8 MiB: e.g. 10 000 columns of 800 characters each.
  maxRecordChars: 8 << 20,
  // 10 000: the model's input layer and the profile grow with it; wider data needs feature selection first.
  maxColumns: 10_000,
  // 1 024: names show in reports, metadata and the model card.
  maxColumnNameChars: 1024,
  // 256 MiB: JSON.parse needs several times the file size in memory.
  maxJsonFileBytes: 256 << 20,
};

/** The defaults with any given overrides. */
export function dataLimits(given: Partial<DataLimits> | undefined): DataLimits {
  return { ...DATA_LIMITS, ...Object.fromEntries(Object.entries(given ?? {}).filter(([, v]) => v !== undefined)) };
}

/** A count as people read it: 1,048,576. */
export const count = (n: number): string => n.toLocaleString('en-US');
