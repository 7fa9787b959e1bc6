import type * as TF from '@tensorflow/tfjs';
import type { Tf } from '../runtime/tensorflow.js';

/**
 * Dropout whose mask changes on every training step yet is fully determined by the seed.
 * (`tf.layers.dropout({seed})` repeats one mask on every step; unseeded dropout uses
 * Math.random.) At save time it is written as a standard `Dropout` layer, which has no
 * weights and is the identity at inference, so saved models load anywhere.
 */
export type SeededDropoutClass = new (rate: number, seed: number, config?: { name?: string }) => TF.layers.Layer;

export function makeSeededDropout(tf: Tf): SeededDropoutClass {
  class SeededDropout extends tf.layers.Layer {
    static className = 'SeededDropout';
    private step = 0;

    constructor(
      readonly rate: number,
      readonly seed: number,
      config: { name?: string } = {},
    ) {
      super(config);
    }

    override call(inputs: TF.Tensor | TF.Tensor[], kwargs: { training?: boolean }): TF.Tensor {
      const x = Array.isArray(inputs) ? inputs[0]! : inputs;
      if (!kwargs.training || this.rate === 0) return x;
      // Seeds stay in [1, 2^31): 0 means "unseeded" to some ops.
      const seed = 1 + ((this.seed + this.step++ * 7919) % 0x7ffffffe);
      return tf.tidy(() => {
        const keep = tf.randomUniform(x.shape, 0, 1, 'float32', seed).greaterEqual(this.rate).cast('float32');
        return x.mul(keep).div(1 - this.rate);
      });
    }

    override computeOutputShape(shape: TF.Shape | TF.Shape[]) {
      return shape;
    }

    override getConfig() {
      return { ...super.getConfig(), rate: this.rate, seed: this.seed };
    }
  }
  return SeededDropout;
}
