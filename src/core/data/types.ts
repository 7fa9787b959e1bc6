import type { ColumnType } from '../config/types.js';
import type { DataLimits } from './limits.js';

/** One value of a table: missing values are null. */
export type Cell = number | string | boolean | null;

/** A column's type after inference; `empty` when every value is missing. */
export type InferredType = ColumnType | 'empty';

/** A data set in memory, typed per column. */
export interface Table {
  /** Column names in file order. */
  columns: string[];
  types: Record<string, InferredType>;
  rows: Array<Record<string, Cell>>;
  /** 1-based line (CSV, JSON Lines) or element index + 1 (JSON array) of each row, for error messages. */
  lines: number[];
  /** How the source is named in messages (repository-relative path). */
  source: string;
}

export interface ReadOptions {
  format?: 'auto' | 'csv' | 'jsonl' | 'json';
  /** CSV field delimiter. Default ",". */
  delimiter?: string;
  /** Type overrides; other columns are inferred. */
  columns?: Record<string, ColumnType>;
  /** How to name the file in errors. Default: the path as given. */
  display?: string;
  /** Field, record, column and file-size limits (default DATA_LIMITS). */
  limits?: Partial<DataLimits>;
}
