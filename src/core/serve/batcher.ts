/**
 * Coalesces the records of requests that are ready at the same moment into one predictor call.
 * A call costs a fixed few milliseconds (tensor setup, the layers' dispatch) plus a little per
 * record, so under concurrent single-record traffic one call for eight requests answers them
 * several times faster. Nothing waits for company: a call runs on the next turn of the event
 * loop with whatever has queued by then (the requests parsed while the previous call ran).
 *
 * One call at a time, synchronous: tensors of different requests never interleave. Rows of a
 * batch are computed independently, so a record's prediction does not depend on its neighbours
 * (measured bit-identical on the wasm and cpu backends across batch sizes).
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { PredictorOutput } from '../predict/predictor.js';

type Predict = (records: ReadonlyArray<Record<string, unknown>>) => PredictorOutput[];

interface Waiting {
  records: ReadonlyArray<Record<string, unknown>>;
  resolve(out: PredictorOutput[]): void;
  reject(e: unknown): void;
}

export class PredictBatcher {
  private queue: Waiting[] = [];
  private scheduled = false;

  /** @param maxBatch most records in one call (a request larger than this goes alone). */
  constructor(
    private readonly predictNow: Predict,
    private readonly maxBatch: number,
  ) {}

  /** Predictions for `records`, in order, from the next call. */
  predict(records: ReadonlyArray<Record<string, unknown>>): Promise<PredictorOutput[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ records, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        void nextTurn().then(() => this.flush());
      }
    });
  }

  private flush(): void {
    // Whole requests, in arrival order, up to maxBatch records (always at least one request).
    let n = 0;
    let k = 0;
    while (k < this.queue.length && (k === 0 || n + this.queue[k]!.records.length <= this.maxBatch)) n += this.queue[k++]!.records.length;
    const taken = this.queue.splice(0, k);
    this.scheduled = false;
    if (this.queue.length > 0) {
      this.scheduled = true;
      void nextTurn().then(() => this.flush());
    }
    let out: PredictorOutput[];
    try {
      out = this.predictNow(taken.length === 1 ? taken[0]!.records : taken.flatMap((w) => w.records));
    } catch (e) {
      for (const w of taken) w.reject(e);
      return;
    }
    let at = 0;
    for (const w of taken) {
      w.resolve(out.slice(at, at + w.records.length));
      at += w.records.length;
    }
  }
}
