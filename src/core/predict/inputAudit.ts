/**
 * What prediction does with inputs it cannot use as given. `transform` never fails: a missing
 * or unparseable value takes the step's training fill. That is right for serving, but never
 * silent: the audit counts, per column, what was filled, so the caller can report it (one
 * line on stderr) or, with --strict, refuse the input at the first such value.
 *
 * The classification mirrors `transform` exactly (same parsing functions), so the counts are
 * the values that were actually replaced. Unseen categories are not counted: they take the
 * out-of-vocabulary slot the model was trained with, which is not a fill.
 */
import { MISSING } from '../data/read.js';
import { ModelBuildError } from '../errors.js';
import { toBoolean, toNumber, type Preprocessor } from '../features/preprocessor.js';
import type { Cell } from '../data/types.js';

interface Tally {
  column: string;
  /** Order of the column's first step: ties in the summary keep the model's input order. */
  order: number;
  missing: number;
  unparseable: number;
  firstUnparseableLine: number | undefined;
}

export interface AuditedRecord {
  /** Line (or element number) in the input, when known. */
  line?: number;
  record: Record<string, unknown>;
}

/** Blank, or a text the data readers read as missing (NA, null, None…). */
const blank = (v: unknown): boolean => v === null || v === undefined || (typeof v === 'string' && (v.trim() === '' || MISSING.has(v.trim())));

const shown = (v: unknown): string => {
  const s = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
  return JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);
};

export class InputAudit {
  private readonly tallies = new Map<string, Tally>();

  /**
   * @param display how the input is named in --strict errors (a path, or "stdin").
   * @param strict refuse the first missing or unparseable value instead of counting it.
   */
  constructor(
    private readonly preprocessor: Preprocessor,
    private readonly display: string,
    private readonly strict = false,
  ) {}

  /** Counts (or, strict, refuses) the values of `records` that prediction would fill. */
  check(records: readonly AuditedRecord[]): void {
    const steps = this.preprocessor.steps;
    for (const { line, record } of records) {
      for (let k = 0; k < steps.length; k++) {
        const step = steps[k]!;
        const raw = Object.hasOwn(record, step.column) ? record[step.column] : undefined;
        let filled: boolean;
        switch (step.kind) {
          case 'numeric':
          case 'bucketized':
            filled = toNumber((raw ?? null) as Cell) === null;
            break;
          case 'boolean':
            filled = toBoolean((raw ?? null) as Cell) === null;
            break;
          case 'categorical':
            filled = raw === null || raw === undefined || raw === '';
            break;
        }
        if (!filled) continue;
        const missing = blank(raw);
        if (this.strict) this.refuse(step.column, step.kind, raw, missing, line);
        let t = this.tallies.get(step.column);
        if (!t) {
          t = { column: step.column, order: k, missing: 0, unparseable: 0, firstUnparseableLine: undefined };
          this.tallies.set(step.column, t);
        }
        if (missing) t.missing++;
        else {
          t.unparseable++;
          t.firstUnparseableLine ??= line;
        }
      }
    }
  }

  private refuse(column: string, kind: string, raw: unknown, missing: boolean, line: number | undefined): never {
    const what = missing
      ? `column "${column}" is missing${raw === undefined ? '' : ` (${shown(raw)})`}`
      : `column "${column}": ${shown(raw)} is not ${kind === 'boolean' ? 'a boolean' : 'a number'}`;
    throw new ModelBuildError('DATA_INVALID', `${what}; --strict refuses inputs that prediction would fill`, {
      file: this.display,
      line,
      hint: 'fix the input, or run without --strict to fill it with the value learned in training (the fills are counted on stderr)',
    });
  }

  /** Totals over every column. */
  get totals(): { missing: number; unparseable: number } {
    let missing = 0;
    let unparseable = 0;
    for (const t of this.tallies.values()) {
      missing += t.missing;
      unparseable += t.unparseable;
    }
    return { missing, unparseable };
  }

  /**
   * One line, or null when nothing was filled, e.g.
   * `filled 3 missing values (sex: 2, body_mass_g: 1); 1 unparseable value (bill_length_mm, line 4)`.
   */
  summary(): string | null {
    const { missing, unparseable } = this.totals;
    if (missing + unparseable === 0) return null;
    const by = (key: 'missing' | 'unparseable') =>
      [...this.tallies.values()].filter((t) => t[key] > 0).sort((a, b) => b[key] - a[key] || a.order - b.order);
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const parts: string[] = [];
    if (missing > 0) parts.push(`filled ${plural(missing, 'missing value')} (${by('missing').map((t) => `${t.column}: ${t.missing}`).join(', ')})`);
    if (unparseable > 0) {
      const cols = by('unparseable').map((t) => {
        const at = t.firstUnparseableLine === undefined ? '' : t.unparseable === 1 ? `, line ${t.firstUnparseableLine}` : `, first on line ${t.firstUnparseableLine}`;
        return t.unparseable === 1 ? `${t.column}${at}` : `${t.column}: ${t.unparseable}${at}`;
      });
      parts.push(`${missing > 0 ? '' : 'filled '}${plural(unparseable, 'unparseable value')} (${cols.join('; ')})`);
    }
    return parts.join('; ');
  }
}
