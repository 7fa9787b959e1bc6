import { ModelBuildError } from '../errors.js';
import { binaryMetrics, multiclassMetrics, regressionMetrics } from '../train/metrics.js';
import { didYouMean } from './didYouMean.js';
import type { ModelBuildConfig, Task } from './types.js';

/** Where a config came from, so errors about a setting name its file, line and column. */
export interface ConfigOrigin {
  /** The config file as the user names it (relative to the working folder). */
  file: string;
  locate?: (pointer: string, atKey?: boolean) => { line?: number; column?: number };
}

const escapePointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** A ModelBuildError about the setting at `pointer`, positioned in the config when possible. */
export function settingError(origin: ConfigOrigin | undefined, pointer: string, message: string, hint?: string, atKey = false): ModelBuildError {
  return new ModelBuildError('CONFIG_INVALID', message, {
    file: origin?.file,
    pointer,
    ...(origin?.locate?.(pointer, atKey) ?? {}),
    hint,
  });
}

const TASKS: Task[] = ['binary', 'multiclass', 'regression'];

/** The numeric metrics a task computes: what gates and early stopping may name. */
export function metricNames(task: Task): string[] {
  // Computed from the metric functions themselves, so this list cannot drift from them.
  const m =
    task === 'binary' ? binaryMetrics([0, 1], [0.25, 0.75]) : task === 'multiclass' ? multiclassMetrics([0, 1], [[0.75, 0.25], [0.25, 0.75]], 2) : regressionMetrics([0, 1], [0, 1]);
  return Object.keys(m).filter((k) => typeof (m as unknown as Record<string, unknown>)[k] === 'number');
}

/**
 * Rules the JSON Schema cannot state, checked right after it, before any data is read: bucket
 * boundaries strictly increasing, clip bounds in order, the label not configured as a feature, a
 * column not both excluded and configured, and gates naming metrics that exist.
 */
export function checkConfigRules(config: ModelBuildConfig, origin: ConfigOrigin): void {
  for (const [column, spec] of Object.entries(config.features ?? {})) {
    const at = `/features/${escapePointer(column)}`;
    if (column === config.data.label && spec !== 'drop') {
      throw settingError(origin, at, `features.${column}: "${column}" is the label (data.label); it cannot also be a feature`, 'remove it from features: the label is never an input', true);
    }
    if (spec !== 'drop' && config.data.exclude?.includes(column)) {
      throw settingError(origin, at, `features.${column} configures a column that data.exclude also lists`, `keep one: remove "${column}" from data.exclude, or remove features.${column}`, true);
    }
    if (spec !== 'drop' && spec.type === 'bucketized') {
      spec.boundaries.forEach((b, i) => {
        const prev = spec.boundaries[i - 1];
        if (i > 0 && prev !== undefined && !(b > prev)) {
          throw settingError(
            origin,
            `${at}/boundaries/${i}`,
            `features.${column}.boundaries must be strictly increasing: ${b} follows ${prev}`,
            'list each cut point once, smallest first, e.g. [18, 40, 65]',
          );
        }
      });
    }
  }
  for (const [column, bounds] of Object.entries(config.data.cleaning?.clip ?? {})) {
    const [lo, hi] = bounds;
    if (lo !== null && hi !== null && lo > hi) {
      throw settingError(origin, `/data/cleaning/clip/${escapePointer(column)}`, `data.cleaning.clip.${column}: the lower bound ${lo} is above the upper bound ${hi}`, 'write [lower, upper]; use null for no bound');
    }
  }
  checkTaskSettings(config, config.model?.task, origin);
}

/**
 * Gates and the early-stopping monitor must name metrics of the task: with `task` undefined (not
 * configured, inferred from the data later) a name must at least be a metric of some task.
 * Call again with the inferred task before training, so a typo never costs a training run.
 */
export function checkTaskSettings(config: ModelBuildConfig, task: Task | undefined, origin: ConfigOrigin | undefined): void {
  const known = task ? metricNames(task) : [...new Set(TASKS.flatMap(metricNames))].sort();
  const which = task ? `a ${task} model` : 'any task';
  const hintFor = (name: string) => {
    const guess = didYouMean(name, known);
    return `${guess ? `did you mean "${guess}"? ` : ''}metrics of ${which}: ${known.join(', ')}`;
  };
  for (const metric of Object.keys(config.gates ?? {})) {
    if (!known.includes(metric)) {
      // Same words as evaluateGates, which checks again after training.
      throw settingError(origin, `/gates/${escapePointer(metric)}`, `gate "${metric}" names no metric of ${task ? 'this task' : 'any task'}`, hintFor(metric), true);
    }
  }
  const monitor = config.training?.earlyStopping?.monitor;
  if (monitor !== undefined && monitor !== 'val_loss') {
    const name = monitor.replace(/^val_/, '');
    if (!known.includes(name)) {
      throw settingError(origin, '/training/earlyStopping/monitor', `training.earlyStopping.monitor: "${monitor}" is not val_loss or a metric of ${which}`, hintFor(name));
    }
  }
}
