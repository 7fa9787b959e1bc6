import { createWriteStream } from 'node:fs';
import path from 'node:path';
import type { Backend } from '../core/config/types.js';
import { readRecords } from '../core/data/records.js';
import { loadModel } from '../core/predict/loadModel.js';

export interface PredictArgs {
  model: string;
  input: string;
  output?: string;
  backend?: Backend;
}

const BATCH = 4096;

/** Streams records through the model and writes one JSON line per record. */
export async function runPredict(args: PredictArgs): Promise<number> {
  const model = await loadModel(path.resolve(args.model), { backend: args.backend });
  const out = args.output ? createWriteStream(args.output) : process.stdout;
  const write = (text: string) => new Promise<void>((resolve, reject) => (out.write(text, (e) => (e ? reject(e) : resolve()))));
  let batch: Array<Record<string, unknown>> = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const predictions = model.predict(batch);
    await write(predictions.map((p) => JSON.stringify(p)).join('\n') + '\n');
    batch = [];
  };
  for await (const { record } of readRecords(path.resolve(args.input), { display: args.input })) {
    batch.push(record);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  model.dispose();
  if (out !== process.stdout) await new Promise<void>((resolve) => out.end(resolve));
  return 0;
}
