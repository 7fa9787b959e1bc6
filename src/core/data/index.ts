export { readTable } from './read.js';
export { CsvParser, parseCsv, type CsvOptions, type CsvRecord } from './csv.js';
export { parseJsonRecords, type JsonRecord } from './jsonl.js';
export type { Cell, InferredType, ReadOptions, Table } from './types.js';
