/**
 * The one prediction implementation: fitted preprocessing, the model, and the decoding of its
 * outputs (class probabilities, or a regression value put back on the label's scale). It runs
 * wherever TensorFlow.js does: no Node built-ins here or in anything it imports at run time, so
 * the package's predictor.mjs (browsers, Deno, Workers) and `model-build predict` (through
 * loadModel) share it line for line.
 */
import type * as TF from '@tensorflow/tfjs';
import { ModelBuildError } from '../errors.js';
import { inputWidth, transform, type Preprocessor } from '../features/preprocessor.js';
import type { Tf } from '../runtime/tensorflow.js';
import { deserializeModel, type SerializedModel } from '../train/serialize.js';
import { checkPreprocessor } from './checkPreprocessor.js';

/** One prediction: the most probable class and every class's probability, or a value. */
export type PredictorOutput =
  | { label: string; probabilities: Record<string, number> }
  /** Regression: on the label's own scale (the model's standardized output mapped back). */
  | { value: number };

export interface Predictor {
  task: 'binary' | 'multiclass' | 'regression';
  /** The label column the model predicts. */
  label: string;
  /** Class names in output order (classification), else null. */
  classes: string[] | null;
  /** The input columns the model reads, in preprocessing order. */
  features: string[];
  preprocessor: Preprocessor;
  /** Applies the fitted preprocessing, then the model. Missing and unseen values never throw. */
  predict(records: ReadonlyArray<Record<string, unknown>>): PredictorOutput[];
  dispose(): void;
}

/** A model's three files, already read: the JSON ones parsed. */
export interface PredictorFiles {
  preprocessor: unknown;
  modelJson: unknown;
  weights: Uint8Array;
}

/**
 * Builds the predictor from parsed files on the given TensorFlow.js. `where` names a file in
 * errors (a path, a URL, `pkg.zip (preprocessor.json)`): names are `preprocessor.json`,
 * `model.json` and `weights.bin`.
 */
export async function openPredictor(tf: Tf, files: PredictorFiles, where: (name: string) => string = (name) => name): Promise<Predictor> {
  const preprocessor = checkPreprocessor(files.preprocessor, where('preprocessor.json'));
  const modelJson = files.modelJson as SerializedModel['modelJson'];
  if (typeof modelJson !== 'object' || modelJson === null || !Array.isArray(modelJson.weightsManifest) || typeof modelJson.modelTopology !== 'object') {
    throw new ModelBuildError('MODEL_INVALID', 'model.json is not a TensorFlow.js layers model (modelTopology, weightsManifest)', {
      file: where('model.json'),
      hint: 'the model was damaged after it was built: build it again',
    });
  }
  const width = inputWidth(preprocessor);
  let model: TF.LayersModel;
  try {
    model = await deserializeModel(tf, modelJson, files.weights);
  } catch (e) {
    throw new ModelBuildError('MODEL_INVALID', `the model cannot be loaded: ${(e as Error)?.message ?? String(e)}`, {
      file: where('model.json'),
      hint: 'model.json and weights.bin do not belong together or were damaged: build the model again',
    });
  }
  // The model must take exactly what the preprocessor produces, or predictions would be garbage.
  const shape = model.inputs[0]?.shape;
  if (model.inputs.length !== 1 || shape?.length !== 2 || shape[1] !== width) {
    model.dispose();
    throw new ModelBuildError('MODEL_INVALID', `the model takes input of shape ${JSON.stringify(shape ?? null)}, but preprocessor.json makes ${width} inputs`, {
      file: where('model.json'),
      hint: 'model.json and preprocessor.json come from different builds: build the model again',
    });
  }
  const { label } = preprocessor;
  return {
    task: label.task,
    label: label.column,
    classes: label.classes ? [...label.classes] : null,
    features: preprocessor.steps.map((s) => s.column),
    preprocessor,
    predict(records) {
      if (!Array.isArray(records)) {
        throw new ModelBuildError('USAGE', `predict takes an array of records (objects keyed by column name), not ${records === null ? 'null' : typeof records}`, {
          hint: 'wrap a single record in an array: predict([record])',
        });
      }
      if (records.length === 0) return [];
      const out = tf.tidy(() => (model.predict(tf.tensor2d(transform(preprocessor, records), [records.length, width])) as TF.Tensor).dataSync());
      return decodeOutputs(preprocessor, out, records.length);
    },
    dispose: () => model.dispose(),
  };
}

/** The model's raw outputs (row-major) as predictions. */
export function decodeOutputs(p: Preprocessor, out: ArrayLike<number>, n: number): PredictorOutput[] {
  const { label } = p;
  const result: PredictorOutput[] = [];
  for (let i = 0; i < n; i++) {
    if (label.task === 'regression') {
      // Trained on (y - shift) / scale: map back to the label's units.
      result.push({ value: out[i]! * (label.scale ?? 1) + (label.shift ?? 0) });
      continue;
    }
    const classes = label.classes!;
    const probs = label.task === 'binary' ? [1 - out[i]!, out[i]!] : Array.from({ length: classes.length }, (_, c) => out[i * classes.length + c]!);
    let best = 0;
    probs.forEach((q, c) => {
      if (q > probs[best]!) best = c;
    });
    result.push({ label: classes[best]!, probabilities: Object.fromEntries(classes.map((c, k) => [c, probs[k]!])) });
  }
  return result;
}

/** What `model-build predict` and predict.mjs write: regression values under `prediction`. */
export type CliPrediction = { label: string; probabilities: Record<string, number> } | { prediction: number };

export const cliPrediction = (p: PredictorOutput): CliPrediction => ('value' in p ? { prediction: p.value } : p);
