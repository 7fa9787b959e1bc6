/**
 * Choosing the best variant of a sweep: every candidate package is verified (digests, schema),
 * must be a variant of this sweep built from the expected commit and tree, on the same data as
 * the others, clean, with its gates passed; the survivors are ranked by one validation metric.
 * The CLI's local sweep and the action's `mode: select` both call selectBest.
 */
import { canonicalJson, defaultDirection, defaultMetric, type Direction, type SweepPlan, type Variant } from '../config/sweep.js';
import type { PackageMetadata } from '../package/metadata.js';
import { verifyPackage } from '../package/readPackage.js';
import { compareBytes } from '../util/paths.js';

export interface Candidate {
  /** Where it came from, for messages: an artifact name or a folder. */
  source: string;
  /** The variant this leg was asked to build (from its artifact name or folder). */
  variant: string;
  /** The package file, or null when the leg produced none. */
  archive: string | null;
  /** Why the leg produced no package (a failed gate, a refused check, a crash). */
  failure?: string;
}

export interface SelectOptions {
  plan: SweepPlan;
  /** The model's name (the config's `name`). */
  name: string;
  /** Every package must be built from exactly this commit and tree. */
  commit: string;
  tree: string;
  /** Default: the plan's select.metric, else accuracy (rmse for regression). */
  metric?: string;
  direction?: Direction;
}

export interface RankedVariant {
  variant: Variant;
  source: string;
  archive: string;
  digest: string;
  contentDigest: string;
  metrics: PackageMetadata['metrics'];
  /** The ranking metric's value. */
  value: number;
  /** 1 for the winner. */
  rank: number;
}

export interface RejectedCandidate {
  variant: string;
  /** The plan's label for the variant, or the id when it is not in the plan. */
  label: string;
  source: string;
  reason: string;
}

export interface Selection {
  metric: string;
  direction: Direction;
  /** The best variant, or null when no candidate qualified. */
  winner: RankedVariant | null;
  /** Qualified variants, best first; ties broken by variant id. */
  ranked: RankedVariant[];
  rejected: RejectedCandidate[];
  /** Planned variants no candidate claimed. */
  missing: Variant[];
}

interface Verified {
  candidate: Candidate;
  variant: Variant;
  metadata: PackageMetadata;
  digest: string;
  contentDigest: string;
}

/** Verifies, filters and ranks the candidates. Reads only; decides nothing by arrival order. */
export function selectBest(candidates: Candidate[], options: SelectOptions): Selection {
  const planned = new Map(options.plan.variants.map((v) => [v.id, v]));
  const rejected: RejectedCandidate[] = [];
  const reject = (c: Candidate, reason: string) => rejected.push({ variant: c.variant, label: planned.get(c.variant)?.label ?? c.variant, source: c.source, reason });
  const verified: Verified[] = [];
  const seen = new Set<string>();
  // Sources in byte order, so a duplicate is resolved the same way whatever the listing order.
  for (const c of [...candidates].sort((a, b) => compareBytes(a.variant, b.variant) || compareBytes(a.source, b.source))) {
    const variant = planned.get(c.variant);
    if (!variant) {
      reject(c, `${c.variant} is not a variant of this sweep (the config at this commit plans ${planned.size})`);
      continue;
    }
    if (seen.has(c.variant)) {
      reject(c, `a second package for ${c.variant}; the first (by name) is used`);
      continue;
    }
    seen.add(c.variant);
    if (!c.archive) {
      reject(c, c.failure ?? 'the leg uploaded no package');
      continue;
    }
    const v = verifyPackage(c.archive);
    if (!v.ok) {
      reject(c, `does not verify: ${v.error.message}`);
      continue;
    }
    const m = v.package.metadata;
    const reason = disqualified(m, variant, options);
    if (reason) {
      reject(c, reason);
      continue;
    }
    verified.push({ candidate: c, variant, metadata: m, digest: v.package.digest, contentDigest: v.package.contentDigest });
  }

  // Same commit and tree fix every pointer; clean builds read what the pointers say. The data
  // entries must still agree: the largest group of legs that agree is the reference.
  const fingerprint = (m: PackageMetadata) => canonicalJson(m.data.map((d) => [d.path, d.kind, d.hash, d.actual ?? d.hash]));
  const groups = new Map<string, Verified[]>();
  for (const x of verified) groups.set(fingerprint(x.metadata), [...(groups.get(fingerprint(x.metadata)) ?? []), x]);
  const sizes = [...groups.values()].map((g) => g.length).sort((a, b) => b - a);
  const agreed = sizes.length > 1 && sizes[0] === sizes[1] ? null : [...groups.values()].find((g) => g.length === sizes[0]) ?? [];
  const accepted: Verified[] = [];
  for (const x of verified) {
    if (agreed === null) reject(x.candidate, `the legs disagree on the data they read (${groups.size} different sets of data digests, none held by most legs)`);
    else if (!agreed.includes(x)) reject(x.candidate, `read different data from the other legs (${agreed.length} agree): ${dataDiff(x.metadata, agreed[0]!.metadata)}`);
    else accepted.push(x);
  }

  const task = accepted[0]?.metadata.task ?? verified[0]?.metadata.task ?? 'multiclass';
  const metric = options.metric ?? options.plan.select.metric ?? defaultMetric(task);
  const direction = options.direction ?? (options.metric ? defaultDirection(metric) : options.plan.select.direction ?? defaultDirection(metric));
  const scored: Array<Omit<RankedVariant, 'rank'>> = [];
  for (const x of accepted) {
    const value = x.metadata.metrics[metric];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      reject(x.candidate, `has no finite ${metric} (its metrics: ${Object.keys(x.metadata.metrics).filter((k) => typeof x.metadata.metrics[k] === 'number').join(', ')})`);
      continue;
    }
    scored.push({ variant: x.variant, source: x.candidate.source, archive: x.candidate.archive!, digest: x.digest, contentDigest: x.contentDigest, metrics: x.metadata.metrics, value });
  }
  const sign = direction === 'max' ? -1 : 1;
  scored.sort((a, b) => sign * (a.value - b.value) || compareBytes(a.variant.id, b.variant.id));
  const ranked = scored.map((s, i) => ({ ...s, rank: i + 1 }));
  const missing = options.plan.variants.filter((v) => !seen.has(v.id));
  rejected.sort((a, b) => compareBytes(a.variant, b.variant) || compareBytes(a.source, b.source));
  return { metric, direction, winner: ranked[0] ?? null, ranked, rejected, missing };
}

/** Why a verified package cannot compete, or null. */
function disqualified(m: PackageMetadata, variant: Variant, o: SelectOptions): string | null {
  if (m.name !== o.name) return `is a package of "${m.name}", not "${o.name}"`;
  if (!m.variant) return `is a build of the base config, not variant ${variant.id}`;
  if (m.variant.id !== variant.id) return `holds variant ${m.variant.id}, not ${variant.id}`;
  if (canonicalJson(m.variant.overrides) !== canonicalJson(variant.overrides)) {
    return `its overrides (${canonicalJson(m.variant.overrides)}) are not the plan's (${canonicalJson(variant.overrides)})`;
  }
  if (m.code.commit !== o.commit) return `was built from commit ${m.code.commit.slice(0, 12)}, not ${o.commit.slice(0, 12)}`;
  if (m.code.tree !== o.tree) return `was built from tree ${m.code.tree.slice(0, 12)}, not ${o.tree.slice(0, 12)}`;
  if (m.dirty ?? m.code.dirty) return `is a dirty build (${(m.problems ?? []).join('; ') || 'dirty working tree'})`;
  if (!m.gatesPassed) {
    const failed = m.gates.filter((g) => !g.passed).map((g) => `${g.metric} ${g.op} ${g.threshold}`);
    return `failed its gates (${failed.join(', ')})`;
  }
  return null;
}

function dataDiff(a: PackageMetadata, b: PackageMetadata): string {
  const byPath = new Map(b.data.map((d) => [d.path, d]));
  for (const d of a.data) {
    const o = byPath.get(d.path);
    if (!o) return `${d.path} is not read by the others`;
    if ((d.actual ?? d.hash) !== (o.actual ?? o.hash) || d.hash !== o.hash) return `${d.path} is ${d.actual ?? d.hash}, the others read ${o.actual ?? o.hash}`;
  }
  return `${b.data.find((d) => !a.data.some((x) => x.path === d.path))?.path ?? 'the data list'} differs`;
}
