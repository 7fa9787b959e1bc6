import type { Cell, InferredType, Table } from '../data/types.js';
import { compareBytes } from '../util/paths.js';

/** Per-column basics of the training data; the monitoring work deepens this. */
export interface ColumnProfile {
  type: InferredType;
  count: number;
  missing: number;
  distinct: number;
  numeric?: { min: number; max: number; mean: number; std: number };
  /** Up to 20 most frequent values, most frequent first (ties by byte order). */
  top?: Array<{ value: string; count: number }>;
}

export interface DataProfile {
  format: 1;
  rows: number;
  columns: Record<string, ColumnProfile>;
}

export function profileRows(table: Table, rows: ReadonlyArray<Record<string, Cell>>): DataProfile {
  const columns: Record<string, ColumnProfile> = {};
  for (const column of table.columns) {
    const type = table.types[column]!;
    const values = rows.map((r) => r[column] ?? null);
    const present = values.filter((v): v is Exclude<Cell, null> => v !== null);
    const counts = new Map<string, number>();
    for (const v of present) counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
    const profile: ColumnProfile = { type, count: values.length, missing: values.length - present.length, distinct: counts.size };
    const numbers = present.filter((v): v is number => typeof v === 'number');
    if (type === 'number' && numbers.length > 0) {
      let mean = 0;
      let m2 = 0;
      numbers.forEach((x, i) => {
        const d = x - mean;
        mean += d / (i + 1);
        m2 += d * (x - mean);
      });
      profile.numeric = {
        min: numbers.reduce((a, b) => Math.min(a, b)),
        max: numbers.reduce((a, b) => Math.max(a, b)),
        mean,
        std: Math.sqrt(m2 / numbers.length),
      };
    } else {
      profile.top = [...counts]
        .sort((a, b) => b[1] - a[1] || compareBytes(a[0], b[0]))
        .slice(0, 20)
        .map(([value, count]) => ({ value, count }));
    }
    columns[column] = profile;
  }
  return { format: 1, rows: rows.length, columns };
}
