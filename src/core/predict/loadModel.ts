import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type * as TF from '@tensorflow/tfjs';
import type { Backend } from '../config/types.js';
import { ModelBuildError } from '../errors.js';
import { inputWidth, transform, type Preprocessor } from '../features/preprocessor.js';
import { loadRuntime, type Runtime, type RuntimeInfo } from '../runtime/tensorflow.js';
import { deserializeModel, WEIGHTS_FILE, type SerializedModel } from '../train/serialize.js';

export type Prediction =
  | { label: string; probabilities: Record<string, number> }
  | { prediction: number };

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

/** Loads a model directory written by `buildModel` (model.json, weights.bin, preprocessor.json). */
export async function loadModel(dir: string, options: LoadModelOptions = {}): Promise<LoadedModel> {
  // A model directory holds model.json beside preprocessor.json; a package keeps it in model/.
  const modelDir = existsSync(path.join(dir, 'model', 'model.json')) ? path.join(dir, 'model') : dir;
  return loadModelFrom((name) => {
    const at = name === 'preprocessor.json' ? dir : modelDir;
    try {
      return readFileSync(path.join(at, name));
    } catch (e) {
      throw new ModelBuildError('FILE_UNREADABLE', `cannot read ${name}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, {
        file: path.join(at, name),
        hint: 'point --model at a directory written by `model-build build`',
      });
    }
  }, options);
}

/** Loads a model from any file source (a directory, a package in memory). */
export async function loadModelFrom(read: ModelFileReader, options: LoadModelOptions = {}): Promise<LoadedModel> {
  const json = <T>(name: string): T => {
    const bytes = read(name);
    try {
      return JSON.parse(bytes.toString('utf8')) as T;
    } catch {
      throw new ModelBuildError('FILE_UNREADABLE', `${name} is not valid JSON`, { file: name });
    }
  };
  const preprocessor = json<Preprocessor>('preprocessor.json');
  if (preprocessor.format !== 1) {
    throw new ModelBuildError('FILE_UNREADABLE', `preprocessor.json has format ${preprocessor.format}; this model-build reads format 1`, {
      file: 'preprocessor.json',
      hint: 'upgrade model-build',
    });
  }
  const modelJson = json<SerializedModel['modelJson']>('model.json');
  const weights = read(WEIGHTS_FILE);
  const runtime = options.runtime ?? (await loadRuntime({ backend: options.backend }));
  const { tf } = runtime;
  const model = await deserializeModel(tf, modelJson, weights);
  const width = inputWidth(preprocessor);
  const { label } = preprocessor;
  return {
    preprocessor,
    runtime: runtime.info,
    predict(records) {
      if (records.length === 0) return [];
      const out = tf.tidy(() => (model.predict(tf.tensor2d(transform(preprocessor, records), [records.length, width])) as TF.Tensor).dataSync());
      return records.map((_, i): Prediction => {
        if (label.task === 'regression') return { prediction: out[i]! * (label.scale ?? 1) + (label.shift ?? 0) };
        const classes = label.classes!;
        const probs =
          label.task === 'binary' ? [1 - out[i]!, out[i]!] : Array.from(out.subarray(i * classes.length, (i + 1) * classes.length));
        let best = 0;
        probs.forEach((p, c) => {
          if (p > probs[best]!) best = c;
        });
        return { label: classes[best]!, probabilities: Object.fromEntries(classes.map((c, k) => [c, probs[k]!])) };
      });
    },
    dispose: () => model.dispose(),
  };
}
