/**
 * predict.mjs inside every model package: `npm ci && node predict.mjs < in.jsonl > out.jsonl`.
 * A thin Node CLI over the package's predictor.mjs (scripts/bundle.mjs keeps that import
 * external, so both run the one prediction code): this file reads records and files, picks the
 * backend as `model-build predict` does, and audits fills. TensorFlow.js comes from the
 * package's pinned dependencies.
 *
 * Usage: node predict.mjs [--strict] [FILE]
 * Input: JSON Lines on stdin, or a file argument (.jsonl, .json, .csv). Output: JSON Lines.
 * Missing or unparseable inputs are filled with the training values and counted in one line on
 * stderr; with --strict the first one is refused (exit 2). Same code as `model-build predict`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseJsonRecords } from '../core/data/jsonl.js';
import { readRecords } from '../core/data/records.js';
import { ModelBuildError } from '../core/errors.js';
import { MODEL_FILE_LIMITS } from '../core/predict/loadModel.js';
import { cliPrediction } from '../core/predict/predictor.js';
import { predictRecords } from '../core/predict/predictStream.js';
import { loadRuntime } from '../core/runtime/tensorflow.js';
import { regularFile } from '../core/util/regularFile.js';
import { loadPredictor } from './predictor.js';

const here = path.dirname(fileURLToPath(import.meta.url));

function parseArgs(argv: string[]): { strict: boolean; input: string | undefined } {
  let strict = false;
  const files: string[] = [];
  for (const arg of argv) {
    if (arg === '--strict') strict = true;
    else if (arg.startsWith('-') && arg !== '-') {
      throw new ModelBuildError('USAGE', `unknown option "${arg}"`, { hint: 'usage: node predict.mjs [--strict] [FILE] (default: JSON Lines on stdin)' });
    } else files.push(arg);
  }
  if (files.length > 1) throw new ModelBuildError('USAGE', `one input file at most (got ${files.length})`, { hint: 'usage: node predict.mjs [--strict] [FILE]' });
  return { strict, input: files[0] === '-' ? undefined : files[0] };
}

/** A package keeps the model in model/; a model folder (`model-build build`'s) beside preprocessor.json. */
function readModelFile(name: string): Buffer {
  const file = path.join(here, name.startsWith('model/') && !existsSync(path.join(here, 'model', 'model.json')) ? name.slice('model/'.length) : name);
  regularFile(file, {
    what: path.basename(name),
    maxBytes: name.endsWith('.bin') ? MODEL_FILE_LIMITS.weights : MODEL_FILE_LIMITS.json,
    code: 'MODEL_INVALID',
    limitHint: 'model-build never writes a file this large: unpack the package again',
    missingHint: 'run predict.mjs from the unpacked package, beside preprocessor.json and model/',
  });
  return readFileSync(file);
}

async function main(): Promise<number> {
  const { strict, input } = parseArgs(process.argv.slice(2));
  const backend = (process.env.MODEL_BUILD_BACKEND as 'wasm' | 'cpu' | undefined) ?? 'auto';
  const display = input ?? 'stdin';
  const source = input ? readRecords(path.resolve(input), { display: input }) : parseJsonRecords(process.stdin, 'jsonl', 'stdin');
  const runtime = await loadRuntime({ backend });
  const predictor = await loadPredictor(readModelFile, { tf: runtime.tf });
  const model = { preprocessor: predictor.preprocessor, predict: (records: ReadonlyArray<Record<string, unknown>>) => predictor.predict(records).map(cliPrediction), dispose: () => predictor.dispose() };
  try {
    const audit = await predictRecords(model, source, (text) => void process.stdout.write(text), { display, strict, batch: 1024 });
    const summary = audit.summary();
    if (summary) process.stderr.write(`warning: ${summary}\n`);
  } finally {
    model.dispose();
  }
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`error: ${formatError(e)}\n`);
    process.exitCode = 2;
  },
);

/** predictor.mjs bundles its own ModelBuildError class: recognize its errors by shape. */
function formatError(e: unknown): string {
  if (ModelBuildError.is(e)) return e.format();
  const other = e as { name?: unknown; format?: unknown; message?: unknown } | null;
  if (other?.name === 'ModelBuildError' && typeof other.format === 'function') return String((other.format as () => unknown).call(other));
  return String(other?.message ?? e);
}
