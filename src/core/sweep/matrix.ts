import path from 'node:path';
import type { LoadedConfig } from '../config/types.js';
import { MAX_SWEEP_VARIANTS, type SweepPlan } from '../config/sweep.js';
import { ModelBuildError } from '../errors.js';

/** The config's sweep plan, or a clear error naming the config when it has none. */
export function requireSweep(loaded: LoadedConfig, cwd = process.cwd()): SweepPlan {
  if (loaded.sweep) return loaded.sweep;
  const file = path.relative(cwd, loaded.file) || loaded.file;
  throw new ModelBuildError('USAGE', `the config has no sweep section: ${file}`, {
    file,
    hint: 'add sweep: { grid: { model.learningRate: [0.01, 0.003] } } (see README, "model-build sweep")',
  });
}

/**
 * The plan as `model-build sweep --plan --json` prints it and the action's `mode: plan` outputs
 * it: `matrix` is ready for `strategy.matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}`, one
 * leg per variant, with the label for the job name.
 */
export function sweepMatrix(loaded: LoadedConfig) {
  const plan = requireSweep(loaded);
  // planSweep refuses more than sweep.max (≤ 256) already; this guards the output's promise.
  if (plan.variants.length > MAX_SWEEP_VARIANTS) {
    throw new ModelBuildError('CONFIG_INVALID', `the sweep has ${plan.variants.length} variants; GitHub runs at most ${MAX_SWEEP_VARIANTS} jobs per matrix`);
  }
  return {
    name: loaded.config.name,
    count: plan.variants.length,
    select: plan.select,
    variants: plan.variants.map((v) => ({ id: v.id, label: v.label, overrides: v.overrides })),
    matrix: { include: plan.variants.map((v) => ({ variant: v.id, label: v.label })) },
  };
}
