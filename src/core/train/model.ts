import path from 'node:path';
import type * as TF from '@tensorflow/tfjs';
import type { ModelConfig, Task } from '../config/types.js';
import { ModelBuildError } from '../errors.js';
import type { Tf } from '../runtime/tensorflow.js';
import { Rng } from '../util/random.js';
import { makeSeededDropout } from './seededDropout.js';
import { importGuarded, type GuardedImport } from '../trust/moduleGuard.js';

/** The prefix of a refused import's message (see trust/moduleHooks.mjs). */
const REFUSED_IMPORT = '[model-build: unversioned import] ';

/** How the model module's imports are judged. */
export interface ModuleGuardOptions {
  /** The repository's real root. */
  root: string;
  /** Versioned files (tracked and unmodified), POSIX paths relative to root. */
  allowed: string[];
  /** Refuse unversioned imports (false with --allow-dirty: report them instead). */
  enforce: boolean;
}

export interface ModelContext {
  inputShape: number[];
  outputUnits: number;
  task: Task;
  /** For user modules that want seeded initializers too. */
  seed: number;
}

/** Output units for a task: one sigmoid or linear unit, or one softmax unit per class. */
export const outputUnitsFor = (task: Task, classes: number) => (task === 'multiclass' ? classes : 1);

export function lossFor(task: Task): string {
  return task === 'multiclass' ? 'categoricalCrossentropy' : task === 'binary' ? 'binaryCrossentropy' : 'meanSquaredError';
}

/** Builds and compiles the model from the declarative spec, with every initializer seeded. */
export function buildDeclarativeModel(tf: Tf, spec: ModelConfig, ctx: ModelContext): TF.LayersModel {
  const rng = Rng.forPurpose(ctx.seed, 'init');
  const dropoutRng = Rng.forPurpose(ctx.seed, 'dropout');
  const SeededDropout = makeSeededDropout(tf);
  const l2 = spec.l2;
  const regularizer = l2 ? () => tf.regularizers.l2({ l2 }) : () => undefined;
  // Named as a fresh process would name it: tfjs numbers unnamed models per process, and a
  // second build in one process (a sweep's worker, a library user) must write the same bytes.
  const model = tf.sequential({ name: 'sequential_1' });
  const hidden = spec.hidden ?? [{ units: 16, activation: 'relu' }];
  hidden.forEach((layer, i) => {
    model.add(
      tf.layers.dense({
        units: layer.units,
        activation: (layer.activation ?? 'relu') as 'relu',
        inputShape: i === 0 ? ctx.inputShape : undefined,
        kernelInitializer: tf.initializers.glorotUniform({ seed: rng.tfSeed() }),
        biasInitializer: tf.initializers.zeros(),
        kernelRegularizer: regularizer(),
        name: `dense_${i + 1}`,
      }),
    );
    if (layer.dropout) model.add(new SeededDropout(layer.dropout, dropoutRng.tfSeed(), { name: `dropout_${i + 1}` }));
  });
  model.add(
    tf.layers.dense({
      units: ctx.outputUnits,
      activation: ctx.task === 'multiclass' ? 'softmax' : ctx.task === 'binary' ? 'sigmoid' : 'linear',
      inputShape: hidden.length === 0 ? ctx.inputShape : undefined,
      kernelInitializer: tf.initializers.glorotUniform({ seed: rng.tfSeed() }),
      biasInitializer: tf.initializers.zeros(),
      name: 'output',
    }),
  );
  compile(tf, model, spec, ctx.task);
  return model;
}

export function compile(tf: Tf, model: TF.LayersModel, spec: ModelConfig, task: Task): void {
  const lr = spec.learningRate ?? 0.001;
  const optimizer =
    spec.optimizer === 'sgd'
      ? tf.train.sgd(lr)
      : spec.optimizer === 'rmsprop'
        ? tf.train.rmsprop(lr)
        : spec.optimizer === 'adagrad'
          ? tf.train.adagrad(lr)
          : tf.train.adam(lr);
  model.compile({ optimizer, loss: lossFor(task) });
}

/**
 * The escape hatch: `model.module` exports `build(tf, { inputShape, outputUnits, task, seed })`
 * returning a `tf.LayersModel`, compiled or not; it receives our `tf` instance.
 */
export async function buildModuleModel(
  tf: Tf,
  spec: ModelConfig,
  ctx: ModelContext,
  modulePath: string,
  display: string,
  guard: ModuleGuardOptions,
): Promise<{ model: TF.LayersModel; refusedImports: string[] }> {
  let imported: GuardedImport;
  try {
    imported = await importGuarded(path.resolve(modulePath), guard);
  } catch (e) {
    const message = (e as Error)?.message ?? String(e);
    const marker = message.indexOf(REFUSED_IMPORT);
    if (marker >= 0) {
      throw new ModelBuildError('UNVERSIONED_CODE', `the model module imports unversioned code: ${message.slice(marker + REFUSED_IMPORT.length).split('\n')[0]}`, {
        file: display,
        hint: 'commit the imported file (or install the package from your lockfile); --allow-dirty builds anyway and records it',
      });
    }
    throw new ModelBuildError('MODEL_INVALID', `cannot load the model module: ${message.split('\n')[0]}`, {
      file: display,
      hint: 'it must be an ES module (.mjs, or .js in a "type": "module" package) exporting build(tf, ctx)',
    });
  }
  try {
    const model = await runModuleBuild(tf, spec, ctx, imported.module as ModuleExports, display, imported.refusedMarker);
    return { model, refusedImports: imported.guard.refused };
  } finally {
    imported.release();
  }
}

type ModuleExports = { build?: unknown; default?: { build?: unknown } };

async function runModuleBuild(tf: Tf, spec: ModelConfig, ctx: ModelContext, mod: ModuleExports, display: string, refusedMarker: string): Promise<TF.LayersModel> {
  const build = mod.build ?? mod.default?.build;
  if (typeof build !== 'function') {
    throw new ModelBuildError('MODEL_INVALID', 'the model module does not export a build(tf, ctx) function', { file: display });
  }
  let model: unknown;
  try {
    model = await (build as (tf: Tf, ctx: ModelContext) => unknown)(tf, { ...ctx });
  } catch (e) {
    const message = (e as Error)?.message ?? String(e);
    if (message.includes(refusedMarker)) {
      throw new ModelBuildError('UNVERSIONED_CODE', `the model module imports unversioned code: ${message.slice(message.indexOf(refusedMarker) + refusedMarker.length).split('\n')[0]}`, {
        file: display,
        hint: 'commit the imported file (or install the package from your lockfile); --allow-dirty builds anyway and records it',
      });
    }
    throw new ModelBuildError('MODEL_INVALID', `build(tf, ctx) threw: ${message}`, {
      file: display,
      hint: 'run it on its own to debug; ctx holds inputShape, outputUnits, task and seed',
    });
  }
  if (!(model instanceof tf.LayersModel)) {
    const what = model === null ? 'null' : typeof model === 'object' ? (model.constructor?.name ?? 'an object') : typeof model;
    throw new ModelBuildError('MODEL_INVALID', `build(tf, ctx) returned ${what}, not a tf.LayersModel`, {
      file: display,
      hint: 'return tf.sequential() or tf.model(); use the tf passed in, not your own import',
    });
  }
  const shape = (dims: ReadonlyArray<number | null>) => `[${dims.map((d) => d ?? '*').join(', ')}]`;
  const expected = shape([null, ...ctx.inputShape]);
  const got = shape(model.inputs[0]?.shape ?? []);
  const out = model.outputs[0]?.shape.slice(-1)[0];
  if (model.inputs.length !== 1 || got !== expected || out !== ctx.outputUnits) {
    throw new ModelBuildError('MODEL_INVALID', `the model takes ${got} and returns ${out} units; the data needs input ${expected} and ${ctx.outputUnits} output units`, {
      file: display,
      hint: 'build the input layer from ctx.inputShape and the last layer with ctx.outputUnits units',
    });
  }
  if (!model.optimizer) compile(tf, model, spec, ctx.task);
  return model;
}
