/**
 * The configured optimizers on flat parameter arrays, with TensorFlow.js's update rules and
 * defaults (tfjs-core 4.x `applyGradients`: adam β1 0.9, β2 0.999, ε 1e-7 with bias-corrected
 * moments from accumulated β powers; rmsprop decay 0.9, no momentum, not centered; adagrad
 * initial accumulator 0.1; ε = the float32 backend's 1e-7), in double precision.
 *
 * An optimizer owns one range of the parameters: each training thread updates its own range
 * (`denseShards.ts`). Every update is element by element, so how the parameters are split
 * among threads cannot change a bit of the result.
 *
 * No imports: worker threads load this module.
 */
export type OptimizerName = 'adam' | 'sgd' | 'rmsprop' | 'adagrad';

const EPSILON = 1e-7;

export interface DenseOptimizer {
  /** params[from + k] -= update(grad[k]) for every k of grad: one step for this range. */
  apply(params: Float64Array, grad: Float64Array, from: number): void;
}

/** An optimizer for `size` parameters starting at the `from` given to each apply. */
export function makeOptimizer(name: OptimizerName, learningRate: number, size: number): DenseOptimizer {
  switch (name) {
    case 'sgd':
      return {
        apply(w, g, from) {
          for (let k = 0; k < g.length; k++) w[from + k] = w[from + k]! - learningRate * g[k]!;
        },
      };
    case 'adagrad': {
      const acc = new Float64Array(size).fill(0.1);
      return {
        apply(w, g, from) {
          for (let k = 0; k < g.length; k++) {
            acc[k] = acc[k]! + g[k]! * g[k]!;
            w[from + k] = w[from + k]! - (learningRate * g[k]!) / Math.sqrt(acc[k]! + EPSILON);
          }
        },
      };
    }
    case 'rmsprop': {
      const decay = 0.9;
      const ms = new Float64Array(size);
      return {
        apply(w, g, from) {
          for (let k = 0; k < g.length; k++) {
            ms[k] = ms[k]! * decay + g[k]! * g[k]! * (1 - decay);
            w[from + k] = w[from + k]! - (g[k]! * learningRate) / Math.sqrt(ms[k]! + EPSILON);
          }
        },
      };
    }
    case 'adam': {
      const beta1 = 0.9;
      const beta2 = 0.999;
      const m = new Float64Array(size);
      const v = new Float64Array(size);
      // β^t by repeated multiplication, as tfjs accumulates it (no Math.pow); every range's
      // optimizer advances it once per step, so all ranges agree.
      let acc1 = beta1;
      let acc2 = beta2;
      return {
        apply(w, g, from) {
          const c1 = 1 - acc1;
          const c2 = 1 - acc2;
          for (let k = 0; k < g.length; k++) {
            m[k] = m[k]! * beta1 + g[k]! * (1 - beta1);
            v[k] = v[k]! * beta2 + g[k]! * g[k]! * (1 - beta2);
            w[from + k] = w[from + k]! - (learningRate * (m[k]! / c1)) / (Math.sqrt(v[k]! / c2) + EPSILON);
          }
          acc1 *= beta1;
          acc2 *= beta2;
        },
      };
    }
  }
}
