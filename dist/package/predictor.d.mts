/**
 * predictor.mjs: this model in any JavaScript runtime (browsers, Node, Deno, Bun, Web Workers).
 * It imports TensorFlow.js as `@tensorflow/tfjs` (npm resolves it in Node; use an import map
 * or a bundler in a browser). Written by model-build; see MODEL_CARD.md for examples.
 */

/** One input record: column name → value. Extra columns are ignored. */
export type InputRecord = Record<string, unknown>;

/** Classification: the most probable class, and every class's probability (summing to 1). */
export interface ClassPrediction {
  label: string;
  probabilities: Record<string, number>;
}

/** Regression: the predicted value, in the label's own units. */
export interface ValuePrediction {
  value: number;
}

export type Prediction = ClassPrediction | ValuePrediction;

/** A file's content: text or parsed JSON for the .json files, bytes for model/weights.bin. */
export type PackageFileContent = string | object | ArrayBuffer | ArrayBufferView;

/** The package files the predictor needs, by their path in the package. */
export interface PackageFiles {
  'preprocessor.json': string | object | ArrayBuffer | ArrayBufferView;
  'model/model.json': string | object | ArrayBuffer | ArrayBufferView;
  'model/weights.bin': ArrayBuffer | ArrayBufferView;
}

/**
 * Where the package is: the URL of its folder (files are fetched relative to it), the files
 * themselves, or a function that returns one file's content given its path in the package
 * (e.g. `(file) => readFile(new URL(file, import.meta.url))` in Node).
 */
export type PackageSource = string | URL | PackageFiles | ((file: keyof PackageFiles) => PackageFileContent | Promise<PackageFileContent>);

export interface LoadPredictorOptions {
  /** The TensorFlow.js to run on (default: the `@tensorflow/tfjs` this module imports). Its current backend is used. */
  tf?: object;
  /** The fetch used for URL sources (default: globalThis.fetch). */
  fetch?: (url: URL) => Promise<{ ok: boolean; status: number; arrayBuffer(): Promise<ArrayBuffer> }>;
}

export interface Predictor {
  readonly task: 'binary' | 'multiclass' | 'regression';
  /** The label column the model predicts. */
  readonly label: string;
  /** Class names in output order (classification), else null. */
  readonly classes: string[] | null;
  /** The input columns the model reads. */
  readonly features: string[];
  /**
   * Predicts each record: the fitted preprocessing of training, then the model. A missing or
   * unparseable value takes the value fitted in training; an unseen category its own slot.
   */
  predict(records: readonly InputRecord[]): Prediction[];
  /** Frees the model's tensors. */
  dispose(): void;
}

/** Loads the model and its fitted preprocessing. Throws an Error naming the file on a bad package. */
export function loadPredictor(source: PackageSource, options?: LoadPredictorOptions): Promise<Predictor>;
