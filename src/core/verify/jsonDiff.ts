/** One value that differs between two JSON documents. */
export interface FieldDifference {
  /** JSON Pointer (RFC 6901) of the value, e.g. `/training/history/3/loss` (`line N` in a text file). */
  path: string;
  /** The values, as shortened JSON text; `(absent)` when the field is only on one side. */
  expected: string;
  actual: string;
}

/**
 * Limits of a diff, so a hostile or huge package cannot make verify's report unbounded or blow
 * the stack: at most MAX_FIELDS fields are listed per file (the rest are counted), values are
 * cut to MAX_VALUE_CHARS, and nesting deeper than MAX_DEPTH is compared as a whole.
 */
export const JSON_DIFF_LIMITS = { MAX_FIELDS: 12, MAX_VALUE_CHARS: 48, MAX_DEPTH: 64 } as const;

export interface JsonDiff {
  fields: FieldDifference[];
  /** Differing fields beyond MAX_FIELDS, not listed. */
  more: number;
}

const ABSENT = Symbol('absent');
type Json = unknown;

/** The JSON paths where `b` differs from `a`, in document order (a's keys, then b's new ones). */
export function diffJson(a: Json, b: Json): JsonDiff {
  const out: JsonDiff = { fields: [], more: 0 };
  const add = (path: string, x: Json | typeof ABSENT, y: Json | typeof ABSENT) => {
    if (out.fields.length < JSON_DIFF_LIMITS.MAX_FIELDS) out.fields.push({ path: path || '/', expected: shorten(x), actual: shorten(y) });
    else out.more++;
  };
  const walk = (path: string, x: Json | typeof ABSENT, y: Json | typeof ABSENT, depth: number): void => {
    if (x === y) return;
    const bothArrays = Array.isArray(x) && Array.isArray(y);
    const bothObjects = isObject(x) && isObject(y);
    if (depth >= JSON_DIFF_LIMITS.MAX_DEPTH || !(bothArrays || bothObjects)) {
      if (!sameLeaf(x, y)) add(path, x, y);
      return;
    }
    if (bothArrays) {
      const xs = x as Json[];
      const ys = y as Json[];
      for (let i = 0; i < Math.max(xs.length, ys.length); i++) {
        walk(`${path}/${i}`, i < xs.length ? xs[i] : ABSENT, i < ys.length ? ys[i] : ABSENT, depth + 1);
      }
      return;
    }
    const xo = x as Record<string, Json>;
    const yo = y as Record<string, Json>;
    const keys = [...Object.keys(xo), ...Object.keys(yo).filter((k) => !Object.hasOwn(xo, k))];
    for (const k of keys) {
      walk(`${path}/${escape(k)}`, Object.hasOwn(xo, k) ? xo[k] : ABSENT, Object.hasOwn(yo, k) ? yo[k] : ABSENT, depth + 1);
    }
  };
  walk('', a, b, 0);
  return out;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** Deep equality with an explicit stack: leaves, and subtrees past the depth limit of any depth. */
function sameLeaf(x: unknown, y: unknown): boolean {
  const stack: Array<[unknown, unknown]> = [[x, y]];
  while (stack.length > 0) {
    const [a, b] = stack.pop()!;
    if (a === b) continue;
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length !== b.length) return false;
      for (let i = 0; i < a.length; i++) stack.push([a[i], b[i]]);
    } else if (isObject(a) && isObject(b)) {
      const ka = Object.keys(a);
      if (ka.length !== Object.keys(b).length) return false;
      for (const k of ka) {
        if (!Object.hasOwn(b, k)) return false;
        stack.push([a[k], b[k]]);
      }
    } else {
      return false;
    }
  }
  return true;
}

/** A value as JSON text, cut to MAX_VALUE_CHARS; containers past the depth limit as `{…}`/`[…]`. */
export function shorten(v: unknown): string {
  if (v === ABSENT) return '(absent)';
  let text: string;
  try {
    text = JSON.stringify(v) ?? String(v);
  } catch {
    text = Array.isArray(v) ? '[…]' : '{…}';
  }
  const max = JSON_DIFF_LIMITS.MAX_VALUE_CHARS;
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
