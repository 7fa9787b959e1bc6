/**
 * The expected shape of a setting, told with the one-line example the schema itself carries
 * (`examples` keywords, which editors show too), so a message about `hidden: [16, 8]` can say
 * what to write instead. The schema is the one source: nothing here lists settings.
 */
import { stringify } from 'yaml';

/** A JSON Schema node, as far as this module reads it. */
export interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  title?: string;
  examples?: unknown[];
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  enum?: unknown[];
  const?: unknown;
  minItems?: number;
  maxItems?: number;
}

/** One step from a value to a child: by a key (a setting) or by a list index. */
export interface SchemaStep {
  segment: string;
  byIndex: boolean;
  node: SchemaNode;
}

/** Follows local `$ref`s (`#/definitions/x`); an annotation beside a `$ref` wins over the target's. */
export function resolveRef(root: SchemaNode, node: SchemaNode): SchemaNode {
  let target = node;
  for (let hops = 0; target.$ref !== undefined && hops < 16; hops++) {
    const parts = target.$ref.replace(/^#\/?/, '').split('/').filter(Boolean);
    let next: unknown = root;
    for (const p of parts) next = (next as Record<string, unknown> | undefined)?.[p.replace(/~1/g, '/').replace(/~0/g, '~')];
    if (!next || typeof next !== 'object') break;
    const { $ref: _ref, ...rest } = target;
    target = { ...(next as SchemaNode), ...rest };
  }
  return target;
}

/** The schema a child value must match, or undefined when the schema does not say. */
function childOf(root: SchemaNode, parent: SchemaNode, segment: string): SchemaStep | undefined {
  const s = resolveRef(root, parent);
  if (s.properties && Object.hasOwn(s.properties, segment)) return { segment, byIndex: false, node: resolveRef(root, s.properties[segment]!) };
  if (s.items && /^(0|[1-9][0-9]*)$/.test(segment)) return { segment, byIndex: true, node: resolveRef(root, s.items) };
  if (s.additionalProperties && typeof s.additionalProperties === 'object') return { segment, byIndex: false, node: resolveRef(root, s.additionalProperties) };
  // One branch of a oneOf names the child (features' `boundaries` lives in the bucketized one).
  for (const branch of s.oneOf ?? []) {
    const found = childOf(root, branch, segment);
    if (found) return found;
  }
  return undefined;
}

const unescape = (s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~');

/** The schema node for each step of a JSON pointer, as far as the schema names them. */
export function schemaSteps(root: SchemaNode, pointer: string): SchemaStep[] {
  const steps: SchemaStep[] = [];
  let node = root;
  for (const raw of pointer.split('/').slice(1)) {
    const step = childOf(root, node, unescape(raw));
    if (!step) break;
    steps.push(step);
    node = step.node;
  }
  return steps;
}

/** `model.hidden[0]`: how messages name a place in the config. */
export function settingName(steps: Array<Pick<SchemaStep, 'segment' | 'byIndex'>>): string {
  return steps.map((s, i) => (s.byIndex ? `[${s.segment}]` : `${i === 0 ? '' : '.'}${s.segment}`)).join('');
}

const types = (s: SchemaNode): string[] => (s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type]);
const article = (noun: string) => (/^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`);
const TYPE_NOUN: Record<string, [string, string]> = {
  object: ['mapping', 'mappings'],
  array: ['list', 'lists'],
  string: ['text', 'strings'],
  number: ['number', 'numbers'],
  integer: ['whole number', 'whole numbers'],
  boolean: ['true or false', 'true or false values'],
  null: ['null', 'nulls'],
};

/** What a schema node accepts, in words: "a list of layers", "a mapping or "drop"". */
export function shapeOf(root: SchemaNode, node: SchemaNode, plural = false): string {
  const s = resolveRef(root, node);
  if (s.title) return plural ? `${s.title}s` : article(s.title);
  if (s.oneOf) return [...new Set(s.oneOf.map((b) => shapeOf(root, b, plural)))].join(' or ');
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (s.enum) return `one of ${s.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  const t = types(s);
  if (t.length === 1 && t[0] === 'array') {
    const exact = s.minItems !== undefined && s.minItems === s.maxItems ? `${s.minItems} ` : '';
    const items = s.items ? shapeOf(root, s.items, true) : 'values';
    return `${plural ? 'lists' : 'a list'} of ${exact}${items}`;
  }
  const words = t.map((x) => TYPE_NOUN[x]?.[plural ? 1 : 0] ?? x);
  if (words.length === 0) return plural ? 'values' : 'a value';
  const joined = words.length === 1 ? words[0]! : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
  return plural || t[0] === 'string' || t[0] === 'boolean' || t[0] === 'null' ? joined : article(joined);
}

/** One line of YAML in flow style, `{ units: 16, activation: relu }`, as README writes it. */
export function flowYaml(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flowYaml).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const pairs = Object.entries(value).map(([k, v]) => `${flowYaml(k)}: ${flowYaml(v)}`);
    return pairs.length === 0 ? '{}' : `{ ${pairs.join(', ')} }`;
  }
  // Scalars: the YAML library decides the quoting (">= 0.9" needs it, "relu" does not).
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** A value as a message shows what was given: lists and mappings by kind, scalars as written. */
function given(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'a mapping';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

export interface ExpectedShape {
  /** `features.Origin must be a mapping or "drop" (got "categorical"), e.g. Origin: { type: categorical }` */
  message: string;
  /** `e.g. Origin: { type: categorical }` */
  example: string;
  /** The setting takes one of several shapes (a oneOf): a branch's enum or const error is about its shape too. */
  alternatives: boolean;
}

/**
 * The expected shape of the setting holding `pointer` — the setting itself, or the list it is
 * an item of — when the schema gives that setting an example; `value` is what the config has
 * at `pointer`. Undefined when the setting has no example (plain numbers and strings).
 */
export function expectedShape(root: SchemaNode, pointer: string, value: unknown): ExpectedShape | undefined {
  const steps = schemaSteps(root, pointer);
  if (steps.length !== pointer.split('/').length - 1) return undefined; // the schema does not reach it
  // An item's example is its list's: `hidden: [...]` says more than one layer alone.
  let at = steps.length - 1;
  while (at >= 0 && steps[at]!.byIndex) at--;
  if (at < 0) return undefined;
  const setting = steps[at]!;
  const first = setting.node.examples?.[0];
  if (first === undefined) return undefined;
  const example = `e.g. ${flowYaml(setting.segment)}: ${flowYaml(first)}`;
  const name = settingName(steps.slice(0, at + 1));
  const where = at === steps.length - 1 ? '' : ` at ${settingName(steps)}`;
  return {
    message: `${name} must be ${shapeOf(root, setting.node)} (got ${given(value)}${where}), ${example}`,
    example,
    alternatives: setting.node.oneOf !== undefined,
  };
}
