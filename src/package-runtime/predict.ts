/**
 * predict.mjs inside every model package: `npm ci && node predict.mjs < in.jsonl > out.jsonl`.
 * Bundled with model-build's own preprocessing code (the exact code that trained the model);
 * TensorFlow.js comes from the package's pinned dependencies.
 *
 * Usage: node predict.mjs [--strict] [FILE]
 * Input: JSON Lines on stdin, or a file argument (.jsonl, .json, .csv). Output: JSON Lines.
 * Missing or unparseable inputs are filled with the training values and counted in one line on
 * stderr; with --strict the first one is refused (exit 2). Same code as `model-build predict`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseJsonRecords } from '../core/data/jsonl.js';
import { readRecords } from '../core/data/records.js';
import { ModelBuildError } from '../core/errors.js';
import { loadModel } from '../core/predict/loadModel.js';
import { predictRecords } from '../core/predict/predictStream.js';

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

async function main(): Promise<number> {
  const { strict, input } = parseArgs(process.argv.slice(2));
  const backend = (process.env.MODEL_BUILD_BACKEND as 'wasm' | 'cpu' | undefined) ?? 'auto';
  const display = input ?? 'stdin';
  const source = input ? readRecords(path.resolve(input), { display: input }) : parseJsonRecords(process.stdin, 'jsonl', 'stdin');
  const model = await loadModel(here, { backend });
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
    process.stderr.write(`error: ${ModelBuildError.is(e) ? e.format() : (e as Error)?.message ?? String(e)}\n`);
    process.exitCode = 2;
  },
);
