import type { DataConfig } from '../config/types.js';
import { ModelBuildError } from '../errors.js';
import type { Cell, Table } from './types.js';

/** What one cleaning step did, for the build report. */
export interface CleaningStep {
  step: 'dropMissingLabel' | 'dropDuplicates' | 'clip' | 'impute';
  column?: string;
  /** Rows removed, or cells changed (clip) or filled (impute). */
  rows: number;
}

/**
 * Row-level cleaning that needs no statistics: drop rows without a label, drop exact
 * duplicates, clip to fixed bounds. Imputation needs statistics, so it is fitted on the
 * training split by the preprocessor; here it is only counted.
 */
export function cleanTable(table: Table, label: string, cleaning: DataConfig['cleaning'] = {}): { table: Table; steps: CleaningStep[] } {
  if (!table.columns.includes(label)) {
    throw new ModelBuildError('DATA_INVALID', `the label column "${label}" is not in the data (columns: ${table.columns.join(', ')})`, {
      file: table.source,
      hint: 'fix data.label in the config',
    });
  }
  for (const column of [...Object.keys(cleaning.clip ?? {}), ...Object.keys(cleaning.impute ?? {})]) {
    if (!table.columns.includes(column)) {
      throw new ModelBuildError('DATA_INVALID', `data.cleaning names column "${column}", which is not in the data`, {
        file: table.source,
        hint: `columns: ${table.columns.join(', ')}`,
      });
    }
  }
  const steps: CleaningStep[] = [];
  let rows = table.rows.map((r, i) => ({ r, line: table.lines[i]! }));

  if (cleaning.dropMissingLabel !== false) {
    const before = rows.length;
    rows = rows.filter(({ r }) => r[label] !== null && r[label] !== undefined);
    steps.push({ step: 'dropMissingLabel', column: label, rows: before - rows.length });
  } else {
    const missing = rows.find(({ r }) => r[label] === null);
    if (missing) {
      throw new ModelBuildError('DATA_INVALID', `row has no value for the label "${label}"`, {
        file: table.source,
        line: missing.line,
        hint: 'set data.cleaning.dropMissingLabel: true, or fill the label',
      });
    }
  }
  if (cleaning.dropDuplicates) {
    const seen = new Set<string>();
    const before = rows.length;
    rows = rows.filter(({ r }) => {
      const key = JSON.stringify(table.columns.map((c) => r[c] ?? null));
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    steps.push({ step: 'dropDuplicates', rows: before - rows.length });
  }
  for (const [column, [lo, hi]] of Object.entries(cleaning.clip ?? {})) {
    let touched = 0;
    rows = rows.map(({ r, line }) => {
      const v = r[column];
      if (typeof v !== 'number') return { r, line };
      const c = Math.min(hi ?? Infinity, Math.max(lo ?? -Infinity, v));
      if (c === v) return { r, line };
      touched++;
      return { r: { ...r, [column]: c }, line };
    });
    steps.push({ step: 'clip', column, rows: touched });
  }
  for (const column of Object.keys(cleaning.impute ?? {})) {
    steps.push({ step: 'impute', column, rows: rows.filter(({ r }) => r[column] === null || r[column] === undefined).length });
  }
  if (rows.length === 0) {
    throw new ModelBuildError('DATA_INVALID', 'no rows left after cleaning', { file: table.source, hint: 'check the label column and cleaning settings' });
  }
  return { table: { ...table, rows: rows.map((x) => x.r), lines: rows.map((x) => x.line) }, steps };
}

export type Row = Record<string, Cell>;
