import { compareBytes } from '../util/paths.js';

/**
 * Serializes like Python's `json.dumps(value, sort_keys=True)` with its defaults
 * (`ensure_ascii=True`, separators `", "` and `": "`). DVC hashes directory listings in this
 * exact form, so every byte matters: non-ASCII becomes `\uXXXX` (lowercase hex, astral
 * characters as surrogate pairs), and DEL (0x7f) is escaped too.
 */
export function pythonJsonDumps(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return pythonString(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('pythonJsonDumps: non-finite numbers are not JSON');
    // Python's float repr differs from JS's in exponent ranges; DVC listings hold none.
    if (!Number.isSafeInteger(value)) throw new Error('pythonJsonDumps: only integers are supported');
    return String(value);
  }
  if (Array.isArray(value)) return `[${value.map(pythonJsonDumps).join(', ')}]`;
  if (typeof value === 'object') {
    const keys = Object.keys(value).sort(compareBytes);
    const obj = value as Record<string, unknown>;
    return `{${keys.map((k) => `${pythonString(k)}: ${pythonJsonDumps(obj[k])}`).join(', ')}}`;
  }
  throw new Error(`pythonJsonDumps: cannot serialize ${typeof value}`);
}

const SHORT_ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

function pythonString(s: string): string {
  let out = '"';
  // Iterating UTF-16 code units gives surrogate pairs for astral characters, as Python emits.
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const code = s.charCodeAt(i);
    const short = SHORT_ESCAPES[ch];
    if (short) out += short;
    else if (code < 0x20 || code > 0x7e) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out + '"';
}
