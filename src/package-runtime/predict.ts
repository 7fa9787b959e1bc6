/**
 * predict.mjs inside every model package: `npm ci && node predict.mjs < in.jsonl > out.jsonl`.
 * Bundled with model-build's own preprocessing code (the exact code that trained the model);
 * TensorFlow.js comes from the package's pinned dependencies.
 *
 * Input: JSON Lines on stdin, or a file argument (.jsonl, .json, .csv). Output: JSON Lines.
 */
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { readRecords } from '../core/data/records.js';
import { ModelBuildError } from '../core/errors.js';
import { loadModel } from '../core/predict/loadModel.js';

const here = path.dirname(fileURLToPath(import.meta.url));

async function* stdinRecords(): AsyncGenerator<Record<string, unknown>> {
  let line = 0;
  for await (const text of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    line++;
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new ModelBuildError('DATA_INVALID', 'not valid JSON', { file: 'stdin', line, hint: 'send one JSON object per line' });
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new ModelBuildError('DATA_INVALID', 'each line must be a JSON object', { file: 'stdin', line });
    }
    yield value as Record<string, unknown>;
  }
}

async function main(): Promise<number> {
  const input = process.argv[2];
  const backend = (process.env.MODEL_BUILD_BACKEND as 'wasm' | 'cpu' | undefined) ?? 'auto';
  const model = await loadModel(here, { backend });
  const source = input
    ? (async function* () {
        for await (const r of readRecords(path.resolve(input), { display: input })) yield r.record;
      })()
    : stdinRecords();
  let batch: Array<Record<string, unknown>> = [];
  const flush = () => {
    if (batch.length > 0) process.stdout.write(`${model.predict(batch).map((p) => JSON.stringify(p)).join('\n')}\n`);
    batch = [];
  };
  for await (const record of source) {
    batch.push(record);
    if (batch.length >= 1024) flush();
  }
  flush();
  model.dispose();
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`error: ${ModelBuildError.is(e) ? e.format() : (e as Error)?.message ?? String(e)}\n`);
    process.exitCode = 2;
  },
);
