/**
 * Hyperparameter sweeps: the config's `sweep` section expands into variants, each the base
 * config with a few settings overridden. A variant's id is derived from its overrides alone
 * (never from its position), so reordering the section, or adding a variant, leaves every other
 * variant's id — and its package — unchanged.
 */
import { createHash } from 'node:crypto';
import { ModelBuildError } from '../errors.js';
import { didYouMean } from './didYouMean.js';
import { resolveRef, type SchemaNode } from './examples.js';
import type { Task } from './types.js';

/** GitHub runs at most 256 jobs per matrix; a sweep is one matrix. */
export const MAX_SWEEP_VARIANTS = 256;
export const DEFAULT_SWEEP_MAX = 64;

export interface SweepConfig {
  /** Setting path → values; every combination is a variant. */
  grid?: Record<string, unknown[]>;
  /** Explicit variants, each a map of setting path → value. */
  variants?: Array<Record<string, unknown>>;
  /** Refuse a sweep with more variants than this (default 64, at most 256). */
  max?: number;
  /** How the best variant is chosen. */
  select?: { metric?: string; direction?: Direction };
}

export type Direction = 'max' | 'min';

/** One variant: an ordinary build of the base config with `overrides` applied. */
export interface Variant {
  /** `v` + 8 hex digits of the sha256 of the canonical overrides. */
  id: string;
  /** Setting path (`model.learningRate`) → value, keys in byte order. */
  overrides: Record<string, unknown>;
  /** `model.learningRate=0.01 model.hidden=[{"units":32}]`, for tables and job names. */
  label: string;
  /** JSON pointer of the sweep entry that made it (for errors). */
  source: string;
}

export interface SweepPlan {
  /** Variants in id order. */
  variants: Variant[];
  max: number;
  select: { metric: string | null; direction: Direction | null };
}

/**
 * Where a sweep may not reach, and why: a sweep compares models trained on the same data by the
 * same standard, so identity, data, gates, packaging, monitoring and the backend stay fixed.
 */
const FIXED: Array<[RegExp, string]> = [
  [/^(name|version|description|intendedUse|\$schema)$/, 'it names the model, and every variant is the same model'],
  [/^data\.(path|validation|extra|format|delimiter|label)$/, 'every variant trains on the same data, so selection compares like with like'],
  [/^data$/, 'every variant trains on the same data; override data.exclude, data.columns, data.cleaning or data.split instead'],
  [/^training\.backend$/, 'the backend belongs to the runner, not the model: pick it with --backend or the action input'],
  [/^training$/, 'override single training settings (training.batchSize, training.epochs, ...)'],
  [/^gates($|\.)/, 'every variant is judged by the same gates'],
  [/^package($|\.)/, 'packaging settings do not change the model'],
  [/^monitor($|\.)/, 'monitoring settings do not change the model'],
  [/^sweep($|\.)/, 'a sweep cannot override itself'],
];

/** Lower is better for these metrics; higher for every other. */
const LOWER_IS_BETTER = new Set(['logLoss', 'rmse', 'mae', 'loss']);

export function defaultDirection(metric: string): Direction {
  return LOWER_IS_BETTER.has(metric) ? 'min' : 'max';
}

/** The metric a sweep ranks by when `sweep.select.metric` is not set. */
export function defaultMetric(task: Task): string {
  return task === 'regression' ? 'rmse' : 'accuracy';
}

/** JSON with object keys in byte order and -0 written as 0: equal values, equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  if (typeof value === 'number' && Object.is(value, -0)) return '0';
  return JSON.stringify(value);
}

export function variantId(overrides: Record<string, unknown>): string {
  return `v${createHash('sha256').update(canonicalJson(overrides)).digest('hex').slice(0, 8)}`;
}

const VARIANT_ID = /^v[0-9a-f]{8}$/;
export function isVariantId(s: string): boolean {
  return VARIANT_ID.test(s);
}

export interface SweepContext {
  file: string;
  schema: SchemaNode;
  locate: (pointer: string, atKey?: boolean) => { line?: number; column?: number };
  /** Validates the base config with these overrides applied; returns the first problem or null. */
  validate: (overrides: Record<string, unknown>) => { message: string; pointer: string } | null;
}

const escapePointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

function sweepError(ctx: SweepContext, pointer: string, message: string, hint?: string, atKey = false): ModelBuildError {
  return new ModelBuildError('CONFIG_INVALID', message, { file: ctx.file, pointer, ...ctx.locate(pointer, atKey), hint });
}

/** The config path a setting path names: `features.bill.len` → ['features', 'bill.len'] (a column name may hold dots). */
export function settingSegments(setting: string, schema: SchemaNode): string[] | { unknown: string; known: string[] } {
  const parts = setting.split('.');
  const segments: string[] = [];
  let node: SchemaNode | undefined = resolveRef(schema, schema);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (!node) return { unknown: part, known: [] };
    if (node.properties && Object.hasOwn(node.properties, part)) {
      segments.push(part);
      node = resolveRef(schema, node.properties[part]!);
    } else if (node.additionalProperties && typeof node.additionalProperties === 'object') {
      // A map (features, columns, impute): the rest of the path is one key.
      segments.push(parts.slice(i).join('.'));
      return segments;
    } else {
      return { unknown: part, known: Object.keys(node.properties ?? {}) };
    }
    if (part === '') return { unknown: part, known: [] };
  }
  return segments;
}

/** Sets `value` at `segments` in a plain JSON object, making the objects on the way. */
export function applyOverride(target: Record<string, unknown>, segments: string[], value: unknown): void {
  // Own properties only, defined rather than assigned: a key such as `__proto__` (a column may
  // be named anything) stays a key and never reaches a prototype.
  const put = (obj: Record<string, unknown>, key: string, v: unknown) => Object.defineProperty(obj, key, { value: v, enumerable: true, writable: true, configurable: true });
  let node = target;
  for (const seg of segments.slice(0, -1)) {
    const next = Object.hasOwn(node, seg) ? node[seg] : undefined;
    if (next !== null && typeof next === 'object' && !Array.isArray(next)) {
      node = next as Record<string, unknown>;
    } else if (next === undefined || next === null) {
      const made: Record<string, unknown> = {};
      put(node, seg, made);
      node = made;
    } else return; // not a mapping: the schema refuses the base config already
  }
  put(node, segments[segments.length - 1]!, structuredClone(value));
}

/** Expands and checks the `sweep` section: every variant is validated like a config of its own. */
export function planSweep(sweep: SweepConfig, ctx: SweepContext): SweepPlan {
  const max = sweep.max ?? DEFAULT_SWEEP_MAX;
  const grid = Object.entries(sweep.grid ?? {});
  const listed = sweep.variants ?? [];
  // Count before expanding: a grid of 10 settings × 10 values is 10^10 variants.
  let count = listed.length + (grid.length > 0 ? 1 : 0);
  if (grid.length > 0) {
    let product = 1;
    for (const [, values] of grid) {
      product *= values.length;
      if (product > max) break;
    }
    count = listed.length + product;
  }
  if (count === 0) {
    throw sweepError(ctx, '/sweep', 'the sweep has no variants', 'add sweep.grid (setting: [values]) or sweep.variants (a list of { setting: value })', true);
  }
  if (count > max) {
    const hint =
      max < MAX_SWEEP_VARIANTS
        ? `raise sweep.max (at most ${MAX_SWEEP_VARIANTS}, GitHub's limit of jobs per matrix), or sweep fewer values`
        : `GitHub runs at most ${MAX_SWEEP_VARIANTS} jobs per matrix: sweep fewer values, or split the sweep across configs`;
    throw sweepError(ctx, sweep.max !== undefined ? '/sweep/max' : '/sweep', `the sweep has ${count > max ? `more than ${max}` : count} variants; sweep.max is ${max}`, hint, sweep.max === undefined);
  }

  const specs: Array<{ overrides: Record<string, unknown>; source: string }> = [];
  if (grid.length > 0) {
    let combos: Array<Record<string, unknown>> = [{}];
    for (const [key, values] of grid) combos = combos.flatMap((c) => values.map((v) => ({ ...c, [key]: v })));
    for (const c of combos) specs.push({ overrides: c, source: '/sweep/grid' });
  }
  listed.forEach((v, i) => specs.push({ overrides: v, source: `/sweep/variants/${i}` }));

  const segmentsOf = new Map<string, string[]>();
  const checkSetting = (setting: string, pointer: string) => {
    if (segmentsOf.has(setting)) return;
    const fixed = FIXED.find(([re]) => re.test(setting));
    if (fixed) throw sweepError(ctx, pointer, `sweep: "${setting}" cannot be swept: ${fixed[1]}`, undefined, true);
    const segments = settingSegments(setting, ctx.schema);
    if (!Array.isArray(segments)) {
      const guess = didYouMean(segments.unknown, segments.known);
      throw sweepError(ctx, pointer, `sweep: "${setting}" is not a setting of the config`, guess ? `did you mean "${setting.replace(segments.unknown, guess)}"?` : 'write the setting as a dotted path, e.g. model.learningRate or training.batchSize', true);
    }
    segmentsOf.set(setting, segments);
  };
  for (const [key] of grid) checkSetting(key, `/sweep/grid/${escapePointer(key)}`);
  listed.forEach((v, i) => Object.keys(v).forEach((key) => checkSetting(key, `/sweep/variants/${i}/${escapePointer(key)}`)));
  const byId = new Map<string, Variant>();
  for (const spec of specs) {
    // Keys in byte order, values with their keys in byte order: the id, the metadata and the
    // label all read one canonical form, whatever order the config wrote them in.
    const overrides = Object.fromEntries(
      Object.entries(spec.overrides)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, JSON.parse(canonicalJson(v)) as unknown]),
    );
    // Two paths to one setting (`model` and `model.learningRate`) would leave the winner to order.
    const keys = Object.keys(overrides);
    for (const a of keys) {
      const b = keys.find((k) => k !== a && k.startsWith(`${a}.`));
      if (b) throw sweepError(ctx, spec.source, `sweep: one variant sets both "${a}" and "${b}"`, `keep one of them`);
    }
    const id = variantId(overrides);
    const label = Object.entries(overrides).map(([k, v]) => `${k}=${canonicalJson(v)}`).join(' ');
    const same = byId.get(id);
    if (same) {
      throw sweepError(ctx, spec.source, `sweep: the variant ${label} appears twice (${same.source} and ${spec.source})`, 'each variant must differ in at least one setting');
    }
    const problem = ctx.validate(overridesBySegments(overrides, segmentsOf));
    if (problem) {
      const culprit = keys.find((k) => `/${segmentsOf.get(k)!.map(escapePointer).join('/')}`.startsWith(problem.pointer) || problem.pointer.startsWith(`/${segmentsOf.get(k)!.map(escapePointer).join('/')}`));
      const where = spec.source === '/sweep/grid' && culprit ? `/sweep/grid/${escapePointer(culprit)}` : culprit ? `${spec.source}/${escapePointer(culprit)}` : spec.source;
      throw sweepError(ctx, where, `sweep variant ${id} (${label}): ${problem.message}`);
    }
    byId.set(id, { id, overrides, label, source: spec.source });
  }
  const variants = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  const metric = sweep.select?.metric ?? null;
  return { variants, max, select: { metric, direction: sweep.select?.direction ?? (metric ? defaultDirection(metric) : null) } };
}

/** Overrides keyed by their resolved config path, ready for applyOverride. */
function overridesBySegments(overrides: Record<string, unknown>, segmentsOf: Map<string, string[]>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(overrides).map(([k, v]) => [JSON.stringify(segmentsOf.get(k)), v]));
}

/** Applies a variant's overrides (as planSweep keyed them) to a copy of the raw config. */
export function withOverrides(raw: Record<string, unknown>, bySegments: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(raw);
  for (const [key, value] of Object.entries(bySegments)) applyOverride(copy, JSON.parse(key) as string[], value);
  return copy;
}

/** Resolves setting paths for a variant's overrides (for building it). */
export function variantOverrides(variant: Variant, schema: SchemaNode): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(variant.overrides).map(([k, v]) => {
      const segments = settingSegments(k, schema);
      if (!Array.isArray(segments)) throw new ModelBuildError('INTERNAL', `sweep setting ${k} did not resolve`);
      return [JSON.stringify(segments), v];
    }),
  );
}

/** A clear error for a variant id the plan does not have. */
export function unknownVariant(id: string, plan: SweepPlan | undefined, file: string): ModelBuildError {
  if (!plan) {
    return new ModelBuildError('USAGE', `variant ${id}: ${file} has no sweep section`, { file, hint: 'add a sweep section, or build without --variant' });
  }
  const ids = plan.variants.map((v) => v.id);
  const guess = didYouMean(id, ids);
  return new ModelBuildError('USAGE', `variant "${id}" is not in the sweep of ${file}`, {
    file,
    hint: `${guess ? `did you mean ${guess}? ` : ''}\`model-build sweep --plan\` lists the ${ids.length} variants${ids.length <= 8 ? `: ${ids.join(', ')}` : ''}`,
  });
}
