import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node as YamlNode } from 'yaml';
import { ModelBuildError } from '../errors.js';
import { MAX_CONFIG_ALIASES, MAX_CONFIG_DEPTH, MAX_CONFIG_STRING, MAX_CONFIG_VALUES } from './limits.js';

/** Explicit tags a config may use: YAML 1.2 core types. `!!binary`, `!!js/function`, `!custom` are refused. */
const ALLOWED_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

const escapePointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Checks the parsed YAML tree before it becomes a JavaScript value: nesting depth, the number
 * of values after alias expansion (alias bombs), alias count, string length, tags, merge keys,
 * complex keys and NaN/Infinity. Each node is visited once and expansion is counted, never
 * performed, so a bomb costs nothing to refuse.
 */
export function checkDocumentShape(doc: Document, lines: LineCounter, file: string): void {
  const sizes = new Map<YamlNode, { values: number; height: number }>();
  const open = new Set<YamlNode>();
  let aliases = 0;

  const fail = (node: YamlNode | null | undefined, message: string, pointer: string, hint?: string): never => {
    const offset = node?.range?.[0];
    const pos = offset === undefined ? {} : (({ line, col }) => ({ line, column: col }))(lines.linePos(offset));
    throw new ModelBuildError('CONFIG_INVALID', message, { file, pointer: pointer || '/', ...pos, hint });
  };

  const visit = (node: YamlNode | null | undefined, pointer: string, depth: number): { values: number; height: number } => {
    if (node === null || node === undefined) return { values: 1, height: 0 };
    if (depth > MAX_CONFIG_DEPTH) {
      fail(node, `the config nests deeper than ${MAX_CONFIG_DEPTH} levels at ${pointer}`, pointer, 'no setting nests more than a few levels: flatten it');
    }
    if (isAlias(node)) {
      if (++aliases > MAX_CONFIG_ALIASES) fail(node, `the config uses more than ${MAX_CONFIG_ALIASES} aliases`, pointer, 'write the settings out');
      const target = node.resolve(doc);
      if (!target) return fail(node, `alias *${node.source} names no anchor before it`, pointer);
      if (open.has(target)) fail(node, `alias *${node.source} refers to a value that contains it`, pointer, 'an alias cannot point at its own parent');
      const size = sizes.get(target) ?? visit(target, pointer, depth);
      if (depth + size.height > MAX_CONFIG_DEPTH) {
        fail(node, `alias *${node.source} expands deeper than ${MAX_CONFIG_DEPTH} levels at ${pointer}`, pointer, 'write the settings out');
      }
      if (size.values > MAX_CONFIG_VALUES) {
        fail(node, `alias *${node.source} expands to ${size.values} values, over the limit of ${MAX_CONFIG_VALUES}`, pointer, 'nested aliases multiply (an "alias bomb"); write the settings out');
      }
      return size;
    }
    const tag = node.tag;
    if (tag !== undefined && !ALLOWED_TAGS.has(tag)) {
      const shown = tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice(18)}` : tag;
      fail(node, `the YAML tag ${shown} is not allowed in a config`, pointer, 'remove the tag: settings are plain strings, numbers, booleans, lists and mappings');
    }
    let result: { values: number; height: number };
    if (isScalar(node)) {
      const v = node.value;
      if (typeof v === 'string' && v.length > MAX_CONFIG_STRING) {
        fail(node, `a string of ${v.length} characters at ${pointer}, over the limit of ${MAX_CONFIG_STRING}`, pointer);
      }
      if (typeof v === 'number' && !Number.isFinite(v)) fail(node, `${pointer} is ${String(v)}; settings must be finite numbers`, pointer, nonFiniteHint(pointer));
      if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean' && v !== null) {
        fail(node, `${pointer} holds a value that is not a string, number, boolean or null`, pointer);
      }
      result = { values: 1, height: 0 };
    } else if (isMap(node) || isSeq(node)) {
      open.add(node);
      let values = 1;
      let height = 0;
      node.items.forEach((item: unknown, index: number) => {
        let child: { values: number; height: number };
        if (isPair(item)) {
          const key = item.key as YamlNode | null;
          if (key !== null && !isScalar(key) && !isAlias(key)) fail(key, `a key at ${pointer || '/'} is a list or mapping; keys must be plain names`, pointer);
          const keyValue = isScalar(key) ? key.value : undefined;
          const name = keyValue === null || keyValue === undefined ? '' : String(keyValue);
          if (name === '<<' && isScalar(key) && key.source === '<<') {
            fail(key, `YAML merge keys (<<) are not supported, at ${pointer || '/'}`, pointer, 'write the settings out, or use an alias (*name) as a whole value');
          }
          const at = `${pointer}/${escapePointer(name)}`;
          const k = visit(key, at, depth + 1);
          const v = visit(item.value as YamlNode | null, at, depth + 1);
          child = { values: k.values + v.values, height: Math.max(k.height, v.height) };
        } else child = visit(item as YamlNode | null, `${pointer}/${index}`, depth + 1);
        values += child.values;
        height = Math.max(height, child.height + 1);
        if (values > MAX_CONFIG_VALUES) {
          fail(
            node,
            `the config holds more than ${MAX_CONFIG_VALUES} values (keys, items and scalars, aliases expanded) at ${pointer || '/'}`,
            pointer,
            aliases > 0 ? 'nested aliases multiply (an "alias bomb"): write the settings out' : 'a config describes a build; lists of data belong in data files',
          );
        }
      });
      open.delete(node);
      result = { values, height };
    } else {
      return fail(node, `unsupported YAML node at ${pointer || '/'}`, pointer);
    }
    sizes.set(node, result);
    return result;
  };
  visit(doc.contents as YamlNode | null, '', 0);
}

function nonFiniteHint(pointer: string): string {
  if (/^\/features\/[^/]+\/boundaries\//.test(pointer)) {
    return 'drop it: the first bucket already extends to -∞ and the last to +∞';
  }
  if (/^\/data\/cleaning\/clip\//.test(pointer)) return 'use null for "no bound" on that side';
  return '.inf, .nan and numbers too large for a double cannot be used by the build or written to its JSON files';
}
