/**
 * The configured optimizers on flat parameter arrays, with TensorFlow.js's update rules and
 * defaults (tfjs-core 4.x `applyGradients`: adam β1 0.9, β2 0.999, ε 1e-7 with bias-corrected
 * moments from accumulated β powers; rmsprop decay 0.9, no momentum, not centered; adagrad
 * initial accumulator 0.1; ε = the float32 backend's 1e-7), in double precision.
 */
export type OptimizerName = 'adam' | 'sgd' | 'rmsprop' | 'adagrad';

const EPSILON = 1e-7;

export interface DenseOptimizer {
  /** params -= update(grad), element by element (so the order cannot matter). */
  apply(params: Float64Array, grad: Float64Array): void;
}

export function makeOptimizer(name: OptimizerName, learningRate: number, size: number): DenseOptimizer {
  switch (name) {
    case 'sgd':
      return {
        apply(w, g) {
          for (let i = 0; i < w.length; i++) w[i] = w[i]! - learningRate * g[i]!;
        },
      };
    case 'adagrad': {
      const acc = new Float64Array(size).fill(0.1);
      return {
        apply(w, g) {
          for (let i = 0; i < w.length; i++) {
            acc[i] = acc[i]! + g[i]! * g[i]!;
            w[i] = w[i]! - (learningRate * g[i]!) / Math.sqrt(acc[i]! + EPSILON);
          }
        },
      };
    }
    case 'rmsprop': {
      const decay = 0.9;
      const ms = new Float64Array(size);
      return {
        apply(w, g) {
          for (let i = 0; i < w.length; i++) {
            ms[i] = ms[i]! * decay + g[i]! * g[i]! * (1 - decay);
            w[i] = w[i]! - (g[i]! * learningRate) / Math.sqrt(ms[i]! + EPSILON);
          }
        },
      };
    }
    case 'adam': {
      const beta1 = 0.9;
      const beta2 = 0.999;
      const m = new Float64Array(size);
      const v = new Float64Array(size);
      // β^t by repeated multiplication, as tfjs accumulates it (no Math.pow).
      let acc1 = beta1;
      let acc2 = beta2;
      return {
        apply(w, g) {
          const c1 = 1 - acc1;
          const c2 = 1 - acc2;
          for (let i = 0; i < w.length; i++) {
            m[i] = m[i]! * beta1 + g[i]! * (1 - beta1);
            v[i] = v[i]! * beta2 + g[i]! * g[i]! * (1 - beta2);
            w[i] = w[i]! - (learningRate * (m[i]! / c1)) / (Math.sqrt(v[i]! / c2) + EPSILON);
          }
          acc1 *= beta1;
          acc2 *= beta2;
        },
      };
    }
  }
}
