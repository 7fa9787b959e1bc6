import { BOOLEAN_TEXT, MISSING, NUMBER_TEXT } from '../data/read.js';
import { ModelBuildError } from '../errors.js';
import { compareBytes } from '../util/paths.js';
import { FrequentItemsSketch, type FrequentItemsJSON } from './frequentItems.js';
import { HLL_DEFAULT_LG_K, HyperLogLog, type HyperLogLogJSON } from './hyperLogLog.js';
import { KLL_DEFAULT_SEED, KllSketch, type KllSketchJSON } from './kll.js';
import { Moments, type MomentsJSON } from './moments.js';
import { murmur3Number, murmur3String } from './murmur3.js';
import { streamUint32 } from './seeded.js';


export type ProfiledType = 'number' | 'boolean' | 'string' | 'empty';

/** The mergeable state of one column: sketches, so memory does not grow with rows. */
export interface ColumnState {
  count: number;
  missing: number;
  numbers: number;
  booleans: number;
  texts: number;
  distinct: HyperLogLogJSON;
  moments: MomentsJSON;
  quantiles: KllSketchJSON;
  frequent: FrequentItemsJSON;
  length: MomentsJSON;
}

/** profile.json (format 2): per column, the sketches and a readable summary derived from them. */
export interface Profile {
  format: 2;
  rows: number;
  columns: Record<string, { type: ProfiledType; summary: ColumnSummary; state: ColumnState }>;
  /** What new data is expected to look like, derived from the profile (what monitor checks). */
  schema: Record<string, ColumnSchema>;
}

export interface ColumnSchema {
  type: ProfiledType;
  /** Share of missing values seen. */
  missingRate: number;
  /** Numbers: the range seen. */
  range?: [number, number];
  /** Text and booleans with at most 50 distinct values: every value seen. */
  categories?: string[];
}

export interface ColumnSummary {
  count: number;
  missing: number;
  missingRate: number;
  distinct: number;
  numeric?: {
    min: number;
    max: number;
    mean: number;
    std: number;
    quantiles: Record<string, number>;
    /** 10 equal-width bins from min to max: `edges` has 11 values, `counts` 10 (from the quantile sketch). */
    histogram: { edges: number[]; counts: number[] };
  };
  top?: Array<{ value: string; count: number }>;
  length?: { mean: number; max: number };
}

/** One shard's column states, as a worker sends them: plain data, merged in shard order. */
export interface ProfileShard {
  rows: number;
  columns: Array<[string, ColumnState]>;
}

class Column {
  count = 0;
  missing = 0;
  numbers = 0;
  booleans = 0;
  texts = 0;
  distinct = new HyperLogLog();
  moments = new Moments();
  quantiles: KllSketch;
  frequent = new FrequentItemsSketch();
  length = new Moments();

  /** `kllSeed`: each shard of a parallel profile flips its own coins (see `shardSeed`). */
  constructor(kllSeed?: number) {
    this.quantiles = new KllSketch(kllSeed === undefined ? {} : { seed: kllSeed });
  }

  /** Empties the column, as `new Column(kllSeed)`, keeping its sketches' memory. */
  reset(kllSeed?: number): void {
    this.count = 0;
    this.missing = 0;
    this.numbers = 0;
    this.booleans = 0;
    this.texts = 0;
    // A merge may have folded it to fewer registers; a new column has the default.
    if (this.distinct.lgK === HLL_DEFAULT_LG_K) this.distinct.reset();
    else this.distinct = new HyperLogLog();
    this.moments.reset();
    this.quantiles.reset(kllSeed);
    this.frequent.reset();
    this.length.reset();
  }

  /**
   * `update` for CSV text, specialized: the same counts and sketches as `update(raw)`, but
   * plain ASCII cells skip the trim, only cells starting with N/n are looked up as missing
   * tokens, and numbers are parsed without the regular expression (see `decimalValue`).
   */
  updateText(raw: string): void {
    this.count++;
    const n = raw.length;
    if (n === 0) {
      this.missing++;
      return;
    }
    let text = raw;
    const first = raw.charCodeAt(0);
    const last = raw.charCodeAt(n - 1);
    if (!(first > 32 && first < 127 && last > 32 && last < 127)) {
      text = raw.trim();
      if (text === '') {
        this.missing++;
        return;
      }
    }
    const c = text.charCodeAt(0);
    if ((c === 78 || c === 110) && MISSING.has(text)) {
      this.missing++;
      return;
    }
    const x = decimalValue(text);
    if (x === x) {
      this.numbers++;
      murmur3Number(x);
      this.distinct.updateLastHash();
      this.moments.update(x);
      this.quantiles.update(x);
      return;
    }
    // One hash of the text for both sketches.
    murmur3String(text);
    this.distinct.updateLastHash();
    this.frequent.updateLastHashed(text);
    if (BOOLEAN_TEXT.test(text)) {
      this.booleans++;
    } else {
      this.texts++;
      this.length.update(text.length);
    }
  }

  update(raw: unknown): void {
    if (typeof raw === 'string') return this.updateText(raw);
    this.count++;
    // Missing, number and boolean text are read exactly as the training data reader reads them.
    const text = raw === null || raw === undefined ? '' : typeof raw === 'string' ? raw.trim() : typeof raw === 'object' ? null : String(raw);
    if (text === '' || (text !== null && MISSING.has(text))) {
      this.missing++;
      return;
    }
    if (text === null) throw new ModelBuildError('DATA_INVALID', 'nested values cannot be profiled');
    if (typeof raw === 'number' || NUMBER_TEXT.test(text)) {
      // Numbers feed the quantile sketch, not the frequent-items one: numeric columns are
      // summarized by quantiles, and high-cardinality updates are what Misra–Gries pays for.
      const x = typeof raw === 'number' ? raw : Number(text);
      this.numbers++;
      murmur3Number(x);
      this.distinct.updateLastHash();
      this.moments.update(x);
      this.quantiles.update(x);
      return;
    }
    murmur3String(text);
    this.distinct.updateLastHash();
    this.frequent.updateLastHashed(text);
    if (typeof raw === 'boolean' || BOOLEAN_TEXT.test(text)) {
      this.booleans++;
    } else {
      this.texts++;
      this.length.update(text.length);
    }
  }

  get type(): ProfiledType {
    const present = this.count - this.missing;
    if (present === 0) return 'empty';
    if (this.numbers === present) return 'number';
    if (this.booleans === present) return 'boolean';
    return 'string';
  }

  state(): ColumnState {
    return {
      count: this.count,
      missing: this.missing,
      numbers: this.numbers,
      booleans: this.booleans,
      texts: this.texts,
      distinct: this.distinct.toJSON(),
      moments: this.moments.toJSON(),
      quantiles: this.quantiles.toJSON(),
      frequent: this.frequent.toJSON(),
      length: this.length.toJSON(),
    };
  }

  /** The very column that produced `s` (sketches restored as they were, coin-flip count included). */
  static restore(s: ColumnState): Column {
    const c = new Column();
    Object.assign(c, { count: s.count, missing: s.missing, numbers: s.numbers, booleans: s.booleans, texts: s.texts });
    c.distinct = HyperLogLog.fromJSON(s.distinct);
    c.moments = Moments.fromState(s.moments);
    c.quantiles = KllSketch.fromJSON(s.quantiles);
    c.frequent = FrequentItemsSketch.fromJSON(s.frequent);
    c.length = Moments.fromState(s.length);
    return c;
  }

  static from(s: ColumnState): Column {
    const c = new Column();
    Object.assign(c, { count: s.count, missing: s.missing, numbers: s.numbers, booleans: s.booleans, texts: s.texts });
    c.distinct.merge(HyperLogLog.fromJSON(s.distinct));
    c.moments.merge(Moments.fromJSON(s.moments));
    c.quantiles.merge(KllSketch.fromJSON(s.quantiles));
    c.frequent.merge(FrequentItemsSketch.fromJSON(s.frequent));
    c.length.merge(Moments.fromJSON(s.length));
    return c;
  }

  merge(o: Column): void {
    this.count += o.count;
    this.missing += o.missing;
    this.numbers += o.numbers;
    this.booleans += o.booleans;
    this.texts += o.texts;
    this.distinct.merge(o.distinct);
    this.moments.merge(o.moments);
    this.quantiles.merge(o.quantiles);
    this.frequent.merge(o.frequent);
    this.length.merge(o.length);
  }

  private histogram(): { edges: number[]; counts: number[] } {
    const { min, max } = this.moments;
    const n = this.quantiles.n;
    const edges = Array.from({ length: 11 }, (_, i) => (i === 10 ? max : min + ((max - min) * i) / 10));
    const below = edges.map((e, i) => (i === 0 ? 0 : i === 10 ? n : Math.round(this.quantiles.rank(e) * n)));
    return { edges, counts: below.slice(1).map((b, i) => b - below[i]!) };
  }

  summary(): ColumnSummary {
    const type = this.type;
    const s: ColumnSummary = {
      count: this.count,
      missing: this.missing,
      missingRate: this.count === 0 ? 0 : this.missing / this.count,
      distinct: Math.round(this.distinct.estimate()),
    };
    if (type === 'number') {
      const qs = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99];
      s.numeric = {
        min: this.moments.min,
        max: this.moments.max,
        mean: this.moments.mean,
        std: this.moments.stddev,
        quantiles: Object.fromEntries(qs.map((q) => [`p${Math.round(q * 100)}`, this.quantiles.quantile(q)])),
        histogram: this.histogram(),
      };
    } else if (type !== 'empty') {
      s.top = this.frequent.items(20).map((i) => ({ value: i.value, count: i.estimate }));
      if (this.texts > 0) s.length = { mean: this.length.mean, max: this.length.max };
    }
    return s;
  }
}

/**
 * A streaming, mergeable profile of records: memory stays constant as rows grow, and
 * profiles of shards merge into (approximately) the profile of the whole.
 */
export class Profiler {
  private readonly columns = new Map<string, Column>();
  private rows = 0;
  /** CSV rows by position: the header's columns, in header order. */
  private positional: Column[] | undefined;
  /** The columns before the last `reset`, by name: emptied and taken again when their name comes. */
  private spare = new Map<string, Column>();

  /** `kllSeed`: the quantile sketches' coin-flip seed (default: the sketch's own default). */
  constructor(private kllSeed?: number) {}

  /**
   * Empties the profiler, as `new Profiler(kllSeed)`, but keeps its columns' sketches to fill
   * again: a thread that profiles range after range allocates them once, so nothing of a range
   * outlives it (its sketches would otherwise be promoted to V8's old generation with every range,
   * and become garbage there).
   */
  reset(kllSeed?: number): void {
    this.kllSeed = kllSeed;
    this.spare.clear();
    for (const [name, c] of this.columns) this.spare.set(name, c);
    this.columns.clear();
    this.rows = 0;
    this.positional = undefined;
  }

  /** A new column for `name`: a spare one emptied, or a new one. */
  private newColumn(name: string): Column {
    const c = this.spare.get(name);
    if (!c) return new Column(this.kllSeed);
    this.spare.delete(name);
    c.reset(this.kllSeed);
    return c;
  }

  /**
   * Fixes the columns of CSV rows to the header's names, in order, so `updateRow` reaches
   * each column by position (no per-row record object, no per-cell name lookup).
   */
  setHeader(names: readonly string[]): void {
    this.positional = names.map((name) => {
      let c = this.columns.get(name);
      if (!c) {
        c = this.newColumn(name);
        c.count = this.rows;
        c.missing = this.rows;
        this.columns.set(name, c);
      }
      return c;
    });
  }

  /** One CSV row, one text per header column: the same as `update` of the record they make. */
  updateRow(fields: readonly string[]): void {
    const columns = this.positional!;
    this.rows++;
    for (let i = 0; i < columns.length; i++) columns[i]!.updateText(fields[i]!);
  }

  /** The row count and column states, for merging elsewhere (`fromShard`). */
  shard(): ProfileShard {
    return { rows: this.rows, columns: [...this.columns].map(([name, c]) => [name, c.state()]) };
  }

  /**
   * The very profiler a shard came from (sketches as they were, coin flips included): one
   * shard gives the profile a single pass gives; later shards are merged into it in order.
   */
  static fromShard(shard: ProfileShard): Profiler {
    const p = new Profiler();
    p.rows = shard.rows;
    for (const [name, state] of shard.columns) p.columns.set(name, Column.restore(state));
    return p;
  }

  update(record: Record<string, unknown>): void {
    this.rows++;
    let seen = 0;
    for (const name in record) {
      seen++;
      let c = this.columns.get(name);
      if (!c) {
        c = this.newColumn(name);
        // A column first seen late was missing in every earlier row.
        c.count = this.rows - 1;
        c.missing = this.rows - 1;
        this.columns.set(name, c);
      }
      c.update(record[name]);
    }
    // Only rows that lack a known column pay for finding it.
    if (seen !== this.columns.size) for (const [name, c] of this.columns) if (!(name in record)) c.update(null);
  }

  merge(other: Profiler): this {
    for (const [name, o] of other.columns) {
      const mine = this.columns.get(name);
      if (mine) mine.merge(o);
      else {
        const c = new Column();
        c.count = this.rows;
        c.missing = this.rows;
        c.merge(o);
        this.columns.set(name, c);
      }
    }
    for (const [name, c] of this.columns) {
      if (!other.columns.has(name)) {
        c.count += other.rows;
        c.missing += other.rows;
      }
    }
    this.rows += other.rows;
    return this;
  }

  toJSON(): Profile {
    const names = [...this.columns.keys()].sort(compareBytes);
    const columns = Object.fromEntries(
      names.map((n) => {
        const c = this.columns.get(n)!;
        return [n, { type: c.type, summary: c.summary(), state: c.state() }];
      }),
    );
    const schema = Object.fromEntries(
      names.map((n) => {
        const { type, summary } = columns[n]!;
        const entry: ColumnSchema = { type, missingRate: summary.missingRate };
        if (summary.numeric) entry.range = [summary.numeric.min, summary.numeric.max];
        const items = this.columns.get(n)!.frequent;
        if (!summary.numeric && type !== 'empty' && items.size <= 50 && items.maximumError === 0) {
          entry.categories = items.items().map((i) => i.value).sort(compareBytes);
        }
        return [n, entry];
      }),
    );
    return { format: 2, rows: this.rows, columns, schema };
  }

  static fromJSON(profile: Profile): Profiler {
    if (profile?.format !== 2 || typeof profile.columns !== 'object') {
      throw new ModelBuildError('DATA_INVALID', `not a model-build profile (format ${String((profile as { format?: unknown })?.format)}); expected format 2`, {
        hint: 'create one with `model-build profile DATA --out profile.json`',
      });
    }
    const p = new Profiler();
    p.rows = profile.rows;
    for (const [name, col] of Object.entries(profile.columns)) p.columns.set(name, Column.from(col.state));
    return p;
  }
}

/**
 * `NUMBER_TEXT.test(text) ? Number(text) : NaN` for trimmed, non-empty text, without the
 * regular expression: the pattern starts with a sign, digit or dot, and of the texts Number()
 * takes from there only 0x/0b/0o literals and ±Infinity are not plain decimals.
 */
export function decimalValue(text: string): number {
  const c = text.charCodeAt(0);
  if (!((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46)) return NaN;
  if (c === 48 && text.length > 1) {
    const c1 = text.charCodeAt(1) | 32;
    if (c1 === 120 || c1 === 98 || c1 === 111) return NaN; // 0x 0b 0o
  }
  const x = Number(text);
  // Infinity: a decimal beyond ±1.8e308 (the pattern takes it) or a spelled-out "+Infinity" (not).
  if (x === Infinity || x === -Infinity) return NUMBER_TEXT.test(text) ? x : NaN;
  return x;
}

/**
 * The quantile sketches' seed for shard `index` of a parallel profile: shard 0 keeps the
 * default (a one-shard profile is the single-pass one); the others draw theirs from a stream
 * of their own, so shards do not flip the same coins and the seed depends on nothing but the
 * shard's place in the data.
 */
export function shardSeed(index: number): number | undefined {
  return index === 0 ? undefined : streamUint32(KLL_DEFAULT_SEED ^ 0x5ead5eed, index - 1);
}
