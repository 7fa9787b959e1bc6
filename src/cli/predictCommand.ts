import path from 'node:path';
import type { Backend } from '../core/config/types.js';
import { formatOf } from '../core/data/read.js';
import { readRecords } from '../core/data/records.js';
import { loadModel } from '../core/predict/loadModel.js';
import { predictRecords } from '../core/predict/predictStream.js';
import { checkOutputFile, openAtomicStream } from '../core/util/outputFile.js';
import { regularFile } from '../core/util/regularFile.js';
import { styleFor } from './terminal.js';

export interface PredictArgs {
  model: string;
  input: string;
  output?: string;
  backend?: Backend;
  /** Refuse (exit 2) the first missing or unparseable input instead of filling it. */
  strict?: boolean;
}

const BATCH = 4096;

/**
 * Streams records through the model and writes one JSON line per record. Filled inputs are
 * counted and reported in one line on stderr; with --strict the first one is an input error
 * (exit 2). --output is written whole or not at all.
 */
export async function runPredict(args: PredictArgs): Promise<number> {
  // Input and output are checked before the model and its runtime are loaded.
  const input = path.resolve(args.input);
  regularFile(input, { display: args.input, what: 'the file' });
  formatOf(input, args.input, undefined);
  const output = args.output ? path.resolve(args.output) : undefined;
  if (output) checkOutputFile(output, '--output', args.output);
  const model = await loadModel(path.resolve(args.model), { backend: args.backend });
  const file = output ? openAtomicStream(output, args.output) : undefined;
  const write = file
    ? (text: string) => file.write(text)
    : (text: string) => new Promise<void>((resolve, reject) => process.stdout.write(text, (e) => (e ? reject(e) : resolve())));
  try {
    const audit = await predictRecords(model, readRecords(input, { display: args.input }), write, { display: args.input, strict: args.strict, batch: BATCH });
    await file?.commit();
    const summary = audit.summary();
    if (summary) process.stderr.write(`${styleFor(process.stderr).yellow('warning:')} ${summary}\n`);
    return 0;
  } catch (e) {
    file?.abort();
    throw e;
  } finally {
    model.dispose();
  }
}
