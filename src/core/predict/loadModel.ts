import { readFileSync } from 'node:fs';
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

/** Loads a model directory written by `buildModel` (model.json, weights.bin, preprocessor.json). */
export async function loadModel(dir: string, options: LoadModelOptions = {}): Promise<LoadedModel> {
  const read = (name: string): Buffer => {
    try {
      return readFileSync(path.join(dir, name));
    } catch (e) {
      throw new ModelBuildError('FILE_UNREADABLE', `cannot read ${name}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, {
        file: path.join(dir, name),
        hint: 'point --model at a directory written by `model-build build`',
      });
    }
  };
  const json = <T>(name: string): T => {
    try {
      return JSON.parse(read(name).toString('utf8')) as T;
    } catch (e) {
      if (ModelBuildError.is(e)) throw e;
      throw new ModelBuildError('FILE_UNREADABLE', `${name} is not valid JSON`, { file: path.join(dir, name) });
    }
  };
  const preprocessor = json<Preprocessor>('preprocessor.json');
  if (preprocessor.format !== 1) {
    throw new ModelBuildError('FILE_UNREADABLE', `preprocessor.json has format ${preprocessor.format}; this model-build reads format 1`, {
      file: path.join(dir, 'preprocessor.json'),
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
