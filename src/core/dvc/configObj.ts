/**
 * The subset of configobj (the INI dialect DVC's config is read with) that a DVC config uses:
 * `[section]` headers (quoted or not), `key = value` lines, `#` comments, quoted values, and
 * configobj's quirk that an unquoted value with a comma is a list. Keys and section names are
 * lower-cased, as DVC's `_lower_keys` does. Anything configobj would refuse is refused here with
 * the file and line; what configobj accepts but we do not (nested sections, multi-line values,
 * interpolation) is refused by name rather than read differently.
 */
import { ModelBuildError } from '../errors.js';

/** A value as configobj returns it: text, or a list for an unquoted value with commas. */
export type ConfigValue = string | string[];

export interface ConfigSection {
  /** Lower-cased key → value. */
  values: Map<string, ConfigValue>;
  /** 1-based line of each key, for messages. */
  lines: Map<string, number>;
  line: number;
}

export interface ParsedConfigFile {
  /** Section name as configobj unquotes it, lower-cased (e.g. `remote "storage"`). */
  sections: Map<string, ConfigSection>;
}

const HINT = 'fix the line (DVC writes `[\'remote "NAME"\']` sections and `key = value` lines), or recreate it with `dvc remote add`';

function fail(file: string, line: number, message: string, hint = HINT): ModelBuildError {
  return new ModelBuildError('DVC_CONFIG_INVALID', `malformed DVC config: ${message}`, { file, line, hint });
}

/** Strips one level of matching quotes, as configobj's `_unquote` does. */
function unquote(text: string): string {
  const t = text.trim();
  if (t.length >= 2 && (t[0] === '"' || t[0] === "'") && t[t.length - 1] === t[0]) return t.slice(1, -1);
  return t;
}

const SECTION = /^((?:\[\s*)+)((?:"\s*\S.*?\s*")|(?:'\s*\S.*?\s*')|(?:[^'"\s].*?))((?:\s*\])+)\s*(#.*)?$/;
const KEYWORD = /^((?:".*?")|(?:'.*?')|(?:[^'"=].*?))\s*=\s*(.*)$/;

/** Parses one value the way configobj's `_valueexp` does (single line only). */
function parseValue(raw: string, file: string, line: number): ConfigValue {
  const text = raw.trim();
  if (text.startsWith("'''") || text.startsWith('"""')) {
    const q = text.slice(0, 3);
    const end = text.indexOf(q, 3);
    if (end < 0) throw fail(file, line, 'multi-line (triple-quoted) values are not supported', 'write the value on one line');
    const rest = text.slice(end + 3).trim();
    if (rest && !rest.startsWith('#')) throw fail(file, line, `unexpected text after the quoted value: ${JSON.stringify(rest.slice(0, 40))}`);
    return text.slice(3, end);
  }
  const items: string[] = [];
  let i = 0;
  let sawComma = false;
  while (i < text.length) {
    while (text[i] === ' ' || text[i] === '\t') i++;
    if (i >= text.length || text[i] === '#') break;
    let item: string;
    if (text[i] === '"' || text[i] === "'") {
      const q = text[i]!;
      const end = text.indexOf(q, i + 1);
      if (end < 0) throw fail(file, line, 'a quoted value has no closing quote');
      item = text.slice(i + 1, end);
      i = end + 1;
    } else {
      let end = i;
      while (end < text.length && text[end] !== ',' && text[end] !== '#') end++;
      item = text.slice(i, end).trim();
      if (item.includes('"') || item.includes("'")) {
        // configobj's value grammar does not allow a quote inside an unquoted value.
        throw fail(file, line, `a value has a stray quote: ${JSON.stringify(item.slice(0, 60))}`, 'quote the whole value, or remove the quote');
      }
      i = end;
    }
    items.push(item);
    while (text[i] === ' ' || text[i] === '\t') i++;
    if (text[i] === ',') {
      sawComma = true;
      i++;
      continue;
    }
    if (i < text.length && text[i] !== '#') throw fail(file, line, `unexpected text after a value: ${JSON.stringify(text.slice(i, i + 40))}`);
    break;
  }
  if (!sawComma) return items[0] ?? '';
  return items;
}

/** Parses the text of `.dvc/config` or `.dvc/config.local`. `file` names it in errors. */
export function parseConfigObj(text: string, file: string): ParsedConfigFile {
  const sections = new Map<string, ConfigSection>();
  let current: ConfigSection | null = null;
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  lines.forEach((rawLine, index) => {
    const line = index + 1;
    const stripped = rawLine.trim();
    if (stripped === '' || stripped.startsWith('#')) return;
    if (stripped.startsWith('[')) {
      const m = SECTION.exec(stripped);
      if (!m) throw fail(file, line, `invalid section header ${JSON.stringify(stripped.slice(0, 60))}`);
      const open = (m[1]!.match(/\[/g) ?? []).length;
      const close = (m[3]!.match(/\]/g) ?? []).length;
      if (open !== close) throw fail(file, line, `unbalanced brackets in section header ${JSON.stringify(stripped.slice(0, 60))}`);
      if (open !== 1) throw fail(file, line, 'nested sections ([[...]]) are not part of a DVC config', 'DVC writes one level of sections');
      const name = unquote(m[2]!).toLowerCase();
      if (sections.has(name)) throw fail(file, line, `section [${name}] appears twice`, 'merge the two sections into one');
      current = { values: new Map(), lines: new Map(), line };
      sections.set(name, current);
      return;
    }
    const m = KEYWORD.exec(stripped);
    if (!m) throw fail(file, line, `expected \`key = value\`, a [section] or a # comment, got ${JSON.stringify(stripped.slice(0, 60))}`);
    if (!current) throw fail(file, line, `\`${unquote(m[1]!)}\` is outside any section`, 'put it under its section, e.g. [core]');
    const section: ConfigSection = current;
    const key = unquote(m[1]!).toLowerCase();
    if (section.values.has(key)) throw fail(file, line, `key "${key}" appears twice in one section`, 'keep one of them');
    const value = parseValue(m[2]!, file, line);
    const texts = typeof value === 'string' ? [value] : value;
    if (texts.some((t) => /%\([^)]*\)s/.test(t))) {
      throw fail(file, line, `"${key}" uses configobj interpolation (%(name)s), which model-build does not expand`, 'write the value out in full');
    }
    section.values.set(key, value);
    section.lines.set(key, line);
  });
  return { sections };
}
