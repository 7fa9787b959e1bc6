/**
 * The package behind a server, opened once through the verified path `inspect` and `predict`
 * use: readPackage proves every digest, then the model loads from those same bytes in memory
 * (never reading the archive twice, so what is served is what was verified).
 */
import type { Backend } from '../config/types.js';
import { ModelBuildError } from '../errors.js';
import type { Preprocessor } from '../features/preprocessor.js';
import type { PackageMetadata } from '../package/metadata.js';
import { readPackage } from '../package/readPackage.js';
import { describeInputs, inputSchema, outputSchema } from '../package/schemas.js';
import { loadModelFrom } from '../predict/loadModel.js';
import type { PredictorOutput } from '../predict/predictor.js';
import type { Runtime, RuntimeInfo } from '../runtime/tensorflow.js';

export interface ServedModel {
  archive: string;
  /** sha256 of the archive bytes (`sha256:…`). */
  digest: string;
  metadata: PackageMetadata;
  /** metadata.json exactly as the package holds it. */
  metadataBytes: Buffer;
  /** input.schema.json and output.schema.json (generated from the preprocessor for packages older than them). */
  schemas: { input: unknown; output: unknown };
  preprocessor: Preprocessor;
  runtime: RuntimeInfo;
  /** Predictions in output.schema.json's shape (regression: `value`, on the label's scale). */
  predict(records: ReadonlyArray<Record<string, unknown>>): PredictorOutput[];
  dispose(): void;
}

export interface LoadServedModelOptions {
  backend?: Backend;
  runtime?: Runtime;
}

/** Verifies the package and loads its model; throws ModelBuildError (PACKAGE_INVALID, …) before anything listens. */
export async function loadServedModel(archive: string, options: LoadServedModelOptions = {}): Promise<ServedModel> {
  const pkg = readPackage(archive);
  const invalid = (message: string) => new ModelBuildError('PACKAGE_INVALID', message, { file: archive, hint: 'rebuild the package with `model-build build`' });
  const entry = (name: string) => (name === 'preprocessor.json' ? name : `model/${name}`);
  const model = await loadModelFrom(
    (name) => {
      const data = pkg.entries.get(entry(name));
      if (!data) throw invalid(`the package has no ${entry(name)}`);
      return data;
    },
    options,
    (name) => `${archive} (${entry(name)})`,
  );
  const json = (name: string): unknown => {
    const data = pkg.entries.get(name);
    if (!data) return undefined;
    try {
      return JSON.parse(data.toString('utf8'));
    } catch {
      throw invalid(`${name} is not valid JSON`);
    }
  };
  const name = pkg.metadata.name;
  const schemas = {
    input: json('input.schema.json') ?? inputSchema(name, model.preprocessor, describeInputs(model.preprocessor)),
    output: json('output.schema.json') ?? outputSchema(name, model.preprocessor),
  };
  return {
    archive,
    digest: pkg.digest,
    metadata: pkg.metadata,
    metadataBytes: pkg.entries.get('metadata.json')!,
    schemas,
    preprocessor: model.preprocessor,
    runtime: model.runtime,
    // loadModel shapes predictions as the CLI writes them; the server answers in the schema's shape.
    predict: (records) => model.predict(records).map((p) => ('prediction' in p ? { value: p.prediction } : p)),
    dispose: () => model.dispose(),
  };
}
