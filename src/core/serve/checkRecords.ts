/**
 * Checks each record against the model's input (what input.schema.json says, read with the
 * predictor's own parsing rules) and hands the predictor clean records. The rules:
 * - numbers: a JSON number or numeric text (CSV cells, "47.5"), as the predictor reads them;
 *   a boolean, object, array or other text is refused (`model-build predict` would silently
 *   fill it: a server has nobody to read that warning, so it answers 400 instead);
 * - booleans: true/false, 1/0, "true"/"false", "yes"/"no";
 * - categories: one the model has a slot for (input.schema.json's enum); others are refused,
 *   as the schema does (the predictor alone would give them the shared unseen slot);
 * - missing: absent, null, "" or a missing-value marker (NA, null, None…) is filled as in
 *   training, and counted; with `strict` it is refused, like `predict --strict`.
 * Fields the model does not read are ignored, but a record with fields and none of the model's
 * is refused (a wrapper such as {"instances": [...]}, or other column names). The records
 * given to the predictor hold only the model's fields, on objects without a prototype (a field
 * named "constructor" is a field).
 */
import { MISSING } from '../data/read.js';
import { toBoolean, toNumber, type FeatureStep, type Preprocessor } from '../features/preprocessor.js';
import { HttpError, type RecordProblem } from './httpError.js';
import type { BodyRecord } from './parseBody.js';

/** Problems listed in one 400 answer: enough to fix a batch, not a copy of it. */
export const MAX_PROBLEMS = 20;

export interface CheckedRecords {
  /** Records as the predictor takes them: the model's fields only, missing ones null. */
  records: Array<Record<string, unknown>>;
  /** Per field, how many values were missing and filled as in training (fields in model order). */
  filled: Record<string, number>;
}

const blank = (v: unknown): boolean => v === null || v === undefined || (typeof v === 'string' && (v.trim() === '' || MISSING.has(v.trim())));

const shown = (v: unknown): string => {
  const s = typeof v === 'string' ? JSON.stringify(v) : (JSON.stringify(v) ?? String(v));
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
};

/** What a field takes, in words, for messages and the `expected` of a problem. */
export function expectedOf(step: FeatureStep): string {
  switch (step.kind) {
    case 'numeric':
    case 'bucketized':
      return 'a number';
    case 'boolean':
      return 'a boolean (true/false, 1/0, "yes"/"no")';
    case 'categorical': {
      const list = step.vocabulary.slice(0, 10).map((c) => JSON.stringify(c)).join(', ');
      return `one of ${list}${step.vocabulary.length > 10 ? `, … (${step.vocabulary.length} in all: GET /schema lists them)` : ''}`;
    }
  }
}

/** The value the predictor gets, or a problem (`undefined` value: missing). */
function checkValue(step: FeatureStep, raw: unknown): { value: unknown } | { problem: string } {
  switch (step.kind) {
    case 'numeric':
    case 'bucketized': {
      const n = typeof raw === 'number' || typeof raw === 'string' ? toNumber(raw) : null;
      return n === null ? { problem: `${shown(raw)} is not a number` } : { value: n };
    }
    case 'boolean': {
      const b = typeof raw === 'object' ? null : toBoolean(raw as string | number | boolean);
      return b === null ? { problem: `${shown(raw)} is not a boolean` } : { value: b === 1 };
    }
    case 'categorical': {
      // Numbers and booleans name categories as text, as the predictor reads them ("4", "true").
      const text = typeof raw === 'string' ? raw : typeof raw === 'number' || typeof raw === 'boolean' ? String(raw) : undefined;
      return text !== undefined && step.vocabulary.includes(text) ? { value: text } : { problem: `${shown(raw)} is not a category the model knows` };
    }
  }
}

/**
 * Checks every record; throws a 400 listing the first MAX_PROBLEMS problems, each naming the
 * record (0-based index, and line for JSON Lines and CSV) and field.
 */
export function checkRecords(preprocessor: Preprocessor, body: readonly BodyRecord[], options: { strict?: boolean } = {}): CheckedRecords {
  const steps = preprocessor.steps;
  const problems: RecordProblem[] = [];
  const filled = new Map<string, number>();
  const records: Array<Record<string, unknown>> = new Array(body.length);
  for (let i = 0; i < body.length && problems.length < MAX_PROBLEMS; i++) {
    const { line, record } = body[i]!;
    const clean: Record<string, unknown> = Object.create(null);
    // Fields, but not one the model reads: a wrapper ({"instances": [...]}) or other column
    // names, which would otherwise predict from training fills alone. `{}` is allowed: it asks
    // for exactly that.
    const keys = Object.keys(record);
    if (keys.length > 0 && !steps.some((s) => Object.hasOwn(record, s.column))) {
      const where = `records[${i}]${line === undefined ? '' : ` (line ${line})`}`;
      const named = keys.slice(0, 5).map((k) => JSON.stringify(k.length > 40 ? `${k.slice(0, 40)}…` : k)).join(', ');
      problems.push({
        record: i,
        ...(line === undefined ? {} : { line }),
        expected: `fields named ${steps.slice(0, 8).map((s) => JSON.stringify(s.column)).join(', ')}${steps.length > 8 ? ', …' : ''}`,
        message: `${where} has none of the fields the model reads (it has ${named}${keys.length > 5 ? ', …' : ''})`,
      });
      continue;
    }
    for (const step of steps) {
      const raw = Object.hasOwn(record, step.column) ? record[step.column] : undefined;
      const where = `records[${i}]${line === undefined ? '' : ` (line ${line})`}`;
      if (blank(raw)) {
        if (options.strict) {
          problems.push({
            record: i,
            ...(line === undefined ? {} : { line }),
            field: step.column,
            expected: expectedOf(step),
            message: `${where}: field ${JSON.stringify(step.column)} is missing${raw === undefined ? '' : ` (${shown(raw)})`}; this server refuses missing values (--strict)`,
          });
        }
        clean[step.column] = null;
        filled.set(step.column, (filled.get(step.column) ?? 0) + 1);
        continue;
      }
      const checked = checkValue(step, raw);
      if ('problem' in checked) {
        problems.push({
          record: i,
          ...(line === undefined ? {} : { line }),
          field: step.column,
          expected: expectedOf(step),
          message: `${where}: field ${JSON.stringify(step.column)}: ${checked.problem}; expected ${expectedOf(step)}`,
        });
        if (problems.length >= MAX_PROBLEMS) break;
        continue;
      }
      clean[step.column] = checked.value;
    }
    records[i] = clean;
  }
  if (problems.length > 0) {
    const first = problems[0]!;
    const more = problems.length > 1 ? ` (and ${problems.length >= MAX_PROBLEMS ? `at least ${problems.length - 1}` : problems.length - 1} more: see problems)` : '';
    throw new HttpError(400, 'RECORD_INVALID', `${first.message}${more}`, {
      hint: first.field === undefined
        ? 'send the records themselves, keyed by the fields the model reads: a JSON array of records, not an object wrapping them (GET /schema lists the fields)'
        : options.strict && first.message.includes('--strict')
          ? 'send a value for every field the model reads (GET /schema lists them)'
          : 'GET /schema gives the JSON Schema of one record; leave a field out (or null) to have it filled as in training',
      extra: { record: first.record, ...(first.line === undefined ? {} : { line: first.line }), field: first.field, expected: first.expected, problems },
    });
  }
  // Model order, as the predictor and the schema list fields.
  const counts = Object.fromEntries(steps.filter((s) => filled.has(s.column)).map((s) => [s.column, filled.get(s.column)!]));
  return { records, filled: counts };
}
