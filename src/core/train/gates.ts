import { ModelBuildError } from '../errors.js';

export type Comparison = '>=' | '<=' | '>' | '<' | '==';

export interface GateResult {
  metric: string;
  op: Comparison;
  threshold: number;
  actual: number;
  passed: boolean;
  /** actual − threshold: how far above (positive) or below (negative) the line it landed. */
  margin: number;
}

const GATE = /^\s*(>=|<=|>|<|==)\s*(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)\s*$/;

export function parseGate(metric: string, expr: string): { op: Comparison; threshold: number } {
  const m = GATE.exec(expr);
  if (!m) {
    throw new ModelBuildError('GATE_INVALID', `gate ${metric}: "${expr}" is not a comparison`, { hint: 'write it like ">= 0.85"' });
  }
  return { op: m[1] as Comparison, threshold: Number(m[2]) };
}

/** Checks every gate against the metrics; an unknown metric name is a config error. */
export function evaluateGates(gates: Record<string, string>, metrics: Record<string, unknown>, configFile?: string): GateResult[] {
  const numeric = Object.keys(metrics).filter((k) => typeof metrics[k] === 'number');
  return Object.entries(gates).map(([metric, expr]) => {
    const { op, threshold } = parseGate(metric, expr);
    const actual = metrics[metric];
    if (typeof actual !== 'number') {
      throw new ModelBuildError('GATE_INVALID', `gate "${metric}" names no metric of this task`, {
        file: configFile,
        pointer: `/gates/${metric}`,
        hint: `available: ${numeric.join(', ')}`,
      });
    }
    const passed =
      !Number.isNaN(actual) &&
      (op === '>=' ? actual >= threshold : op === '<=' ? actual <= threshold : op === '>' ? actual > threshold : op === '<' ? actual < threshold : actual === threshold);
    return { metric, op, threshold, actual, passed, margin: actual - threshold };
  });
}
