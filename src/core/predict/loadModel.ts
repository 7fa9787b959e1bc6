import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Backend } from '../config/types.js';
import { ModelBuildError } from '../errors.js';
import type { Preprocessor } from '../features/preprocessor.js';
import { loadRuntime, type Runtime, type RuntimeInfo } from '../runtime/tensorflow.js';
import { WEIGHTS_FILE } from '../train/serialize.js';
import { regularFile } from '../util/regularFile.js';
import { checkPreprocessor } from './checkPreprocessor.js';
import { cliPrediction, openPredictor, type CliPrediction } from './predictor.js';

/**
 * Size limits of a model's files, checked before reading: JSON.parse needs the whole text, and
 * a model-build model never comes near them (the package reader holds entries to the same).
 */
export const MODEL_FILE_LIMITS = {
  /** preprocessor.json and model.json: vocabularies and topology, megabytes at most. */
  json: 64 * 1024 ** 2,
  /** weights.bin: the zip reader's per-entry limit. */
  weights: 1024 ** 3,
} as const;

export type Prediction = CliPrediction;

export interface LoadedModel {
  preprocessor: Preprocessor;
  runtime: RuntimeInfo;
  /** Applies the serialized preprocessor, then the model. Missing and unseen values never throw. */
  predict(records: ReadonlyArray<Record<string, unknown>>): Prediction[];
  dispose(): void;
}

export interface LoadModelOptions {
  backend?: Backend;
  runtime?: Runtime;
}

/** Reads one file of a model by name (`model.json`, `weights.bin`, `preprocessor.json`). */
export type ModelFileReader = (name: string) => Buffer;

/** How to name a model file in errors, e.g. its path or `pkg.zip (preprocessor.json)`. */
export type ModelFileName = (name: string) => string;

/** Loads a model directory written by `buildModel` (model.json, weights.bin, preprocessor.json). */
export async function loadModel(dir: string, options: LoadModelOptions = {}): Promise<LoadedModel> {
  // A model directory holds model.json beside preprocessor.json; a package keeps it in model/.
  const modelDir = existsSync(path.join(dir, 'model', 'model.json')) ? path.join(dir, 'model') : dir;
  const where = (name: string) => path.join(name === 'preprocessor.json' ? dir : modelDir, name);
  return loadModelFrom(
    (name) => {
      const file = where(name);
      regularFile(file, {
        what: name,
        maxBytes: name === WEIGHTS_FILE ? MODEL_FILE_LIMITS.weights : MODEL_FILE_LIMITS.json,
        code: 'MODEL_INVALID',
        limitHint: 'model-build never writes a file this large: point --model at a directory written by `model-build build`',
        missingHint: 'point --model at a directory written by `model-build build`',
      });
      try {
        return readFileSync(file);
      } catch (e) {
        throw new ModelBuildError('FILE_UNREADABLE', `cannot read ${name}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, {
          file,
          hint: 'point --model at a directory written by `model-build build`',
        });
      }
    },
    options,
    where,
  );
}

/** Loads a model from any file source (a directory, a package in memory). */
export async function loadModelFrom(read: ModelFileReader, options: LoadModelOptions = {}, where: ModelFileName = (name) => name): Promise<LoadedModel> {
  const json = (name: string): unknown => {
    const bytes = read(name);
    try {
      return JSON.parse(bytes.toString('utf8'));
    } catch {
      throw new ModelBuildError('MODEL_INVALID', `${name} is not valid JSON`, { file: where(name), hint: 'the model was damaged after it was built: build it again' });
    }
  };
  // Checked before TensorFlow.js loads, so a damaged model fails fast (openPredictor checks it too).
  const preprocessor = checkPreprocessor(json('preprocessor.json'), where('preprocessor.json'));
  const modelJson = json('model.json');
  const weights = read(WEIGHTS_FILE);
  const runtime = options.runtime ?? (await loadRuntime({ backend: options.backend }));
  const predictor = await openPredictor(runtime.tf, { preprocessor, modelJson, weights }, where);
  return {
    preprocessor: predictor.preprocessor,
    runtime: runtime.info,
    predict: (records) => predictor.predict(records).map(cliPrediction),
    dispose: () => predictor.dispose(),
  };
}
