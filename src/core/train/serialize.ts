import type * as TF from '@tensorflow/tfjs';
import type { Tf } from '../runtime/tensorflow.js';

/** The TensorFlow.js layers format: model.json plus one weights.bin shard. */
export interface SerializedModel {
  modelJson: {
    format: 'layers-model';
    generatedBy: string;
    convertedBy: null;
    modelTopology: unknown;
    weightsManifest: Array<{ paths: string[]; weights: unknown[] }>;
  };
  weights: Buffer;
}

export const WEIGHTS_FILE = 'weights.bin';

/** Captures the model through a save handler (tfjs exports no model.json builder). */
export async function serializeModel(tf: Tf, model: TF.LayersModel): Promise<SerializedModel> {
  let captured: TF.io.ModelArtifacts | undefined;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      captured = artifacts;
      return { modelArtifactsInfo: { dateSaved: new Date(0), modelTopologyType: 'JSON' } };
    }),
  );
  const a = captured!;
  const data = a.weightData;
  const buffers = data === undefined ? [] : Array.isArray(data) ? data : [data];
  return {
    modelJson: {
      format: 'layers-model',
      generatedBy: `TensorFlow.js tfjs-layers v${tf.version_layers}`,
      convertedBy: null,
      modelTopology: standardLayers(a.modelTopology),
      weightsManifest: [{ paths: [WEIGHTS_FILE], weights: a.weightSpecs ?? [] }],
    },
    weights: Buffer.concat(buffers.map((b) => Buffer.from(b))),
  };
}

/** Rewrites our SeededDropout as a standard Dropout: no weights, identity at inference. */
function standardLayers(topology: unknown): unknown {
  return JSON.parse(JSON.stringify(topology), (_key, value: unknown) => {
    if (value && typeof value === 'object' && (value as { class_name?: string }).class_name === 'SeededDropout') {
      const v = value as { config: { rate: number; name: string; trainable?: boolean; dtype?: string } };
      return {
        class_name: 'Dropout',
        config: { rate: v.config.rate, noise_shape: null, seed: null, name: v.config.name, trainable: v.config.trainable ?? true, dtype: v.config.dtype ?? 'float32' },
      };
    }
    return value;
  });
}

/** Loads a serialized model into the given tf instance. */
export async function deserializeModel(tf: Tf, modelJson: SerializedModel['modelJson'], weights: Uint8Array): Promise<TF.LayersModel> {
  const weightData = weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength) as ArrayBuffer;
  return tf.loadLayersModel(
    tf.io.fromMemory({
      modelTopology: modelJson.modelTopology as TF.io.ModelJSON['modelTopology'],
      weightSpecs: modelJson.weightsManifest.flatMap((m) => m.weights) as TF.io.WeightsManifestEntry[],
      weightData,
    }),
  );
}
