import { ModelBuildError } from '../errors.js';
import { compareBytes } from '../util/paths.js';
import { Rng } from '../util/random.js';
import type { Table } from './types.js';

export interface Split {
  /** Row indices into the table, in a seeded order. */
  train: number[];
  validation: number[];
}

/**
 * A seeded train/validation split. Stratified: each class keeps its share in both parts
 * (at least one row in validation per class), so rare classes are never left out.
 */
export function splitRows(table: Table, options: { seed: number; fraction: number; stratifyBy?: string }): Split {
  const rng = Rng.forPurpose(options.seed, 'split');
  const n = table.rows.length;
  if (!options.stratifyBy) {
    const order = rng.permutation(n);
    const k = Math.max(1, Math.round(n * options.fraction));
    if (n - k < 1) throw tooFew(table, n);
    return { validation: order.slice(0, k).sort((a, b) => a - b), train: order.slice(k).sort((a, b) => a - b) };
  }
  const column = options.stratifyBy;
  const groups = new Map<string, number[]>();
  table.rows.forEach((r, i) => {
    const key = String(r[column]);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(i);
  });
  const train: number[] = [];
  const validation: number[] = [];
  for (const key of [...groups.keys()].sort(compareBytes)) {
    const members = groups.get(key)!;
    if (members.length < 2) {
      const line = table.lines[members[0]!];
      throw new ModelBuildError('DATA_INVALID', `class "${key}" of "${column}" has a single example: it cannot be in both the training and the validation split`, {
        file: table.source,
        line,
        hint: 'add examples of that class, remove the row, or merge the class with another',
      });
    }
    rng.shuffle(members);
    const k = Math.min(members.length - 1, Math.max(1, Math.round(members.length * options.fraction)));
    validation.push(...members.slice(0, k));
    train.push(...members.slice(k));
  }
  return { train: train.sort((a, b) => a - b), validation: validation.sort((a, b) => a - b) };
}

function tooFew(table: Table, n: number) {
  return new ModelBuildError('DATA_INVALID', `${n} row(s) are too few to split into training and validation`, { file: table.source });
}
