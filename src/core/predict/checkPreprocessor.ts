/**
 * Shape checks for a preprocessor.json read back from a model folder or package: everything
 * `transform` and the label decoding touch, so a damaged or hand-edited file is refused with the
 * field named instead of failing inside TensorFlow.js or writing nonsense predictions.
 */
import type { FeatureStep, Preprocessor } from '../features/preprocessor.js';
import { ModelBuildError } from '../errors.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Width of one step's slice of the model input (as `transform` lays it out). */
const stepWidth = (s: FeatureStep) => (s.kind === 'categorical' ? s.vocabulary.length + 1 : s.kind === 'bucketized' ? s.boundaries.length + 1 : 1);

export function checkPreprocessor(value: unknown, file: string): Preprocessor {
  const fail = (where: string, why: string): never => {
    throw new ModelBuildError('MODEL_INVALID', `preprocessor.json: ${where} ${why}`, {
      file,
      pointer: where,
      hint: 'the model was damaged or edited after it was built: build it again',
    });
  };
  if (!isObject(value)) return fail('/', 'is not a JSON object');
  if (value.format !== 1) {
    throw new ModelBuildError('MODEL_INVALID', `preprocessor.json has format ${JSON.stringify(value.format)}; this model-build reads format 1`, {
      file,
      hint: typeof value.format === 'number' && value.format > 1 ? 'upgrade model-build' : 'build the model again',
    });
  }
  const label = value.label;
  if (!isObject(label)) return fail('/label', 'must be an object');
  if (typeof label.column !== 'string') fail('/label/column', 'must be a string');
  if (label.task === 'regression') {
    if (!finite(label.shift) || !finite(label.scale)) fail('/label', 'needs finite shift and scale for regression');
  } else if (label.task === 'binary' || label.task === 'multiclass') {
    if (!strings(label.classes) || label.classes.length < 2) fail('/label/classes', 'must list at least two class names');
    if (label.task === 'binary' && (label.classes as string[]).length !== 2) fail('/label/classes', 'must list exactly two classes for a binary model');
  } else fail('/label/task', 'must be binary, multiclass or regression');
  if (!Array.isArray(value.steps)) return fail('/steps', 'must be an array');
  value.steps.forEach((step: unknown, i) => {
    const at = `/steps/${i}`;
    if (!isObject(step) || typeof step.column !== 'string') return fail(at, 'must be an object naming a column');
    switch (step.kind) {
      case 'numeric':
        if (!['standardize', 'minmax', 'log', 'none'].includes(step.transform as string)) fail(`${at}/transform`, 'is not a known transform');
        if (!finite(step.fill) || !finite(step.shift) || !finite(step.scale) || step.scale === 0) fail(at, 'needs finite fill, shift and a non-zero scale');
        break;
      case 'boolean':
        if (!finite(step.fill)) fail(`${at}/fill`, 'must be a finite number');
        break;
      case 'bucketized':
        if (!Array.isArray(step.boundaries) || !step.boundaries.every(finite)) fail(`${at}/boundaries`, 'must be an array of finite numbers');
        if (!finite(step.fill)) fail(`${at}/fill`, 'must be a finite number');
        break;
      case 'categorical':
        if (!strings(step.vocabulary)) fail(`${at}/vocabulary`, 'must be an array of strings');
        if (step.fill !== null && typeof step.fill !== 'string') fail(`${at}/fill`, 'must be a string or null');
        break;
      default:
        fail(`${at}/kind`, 'must be numeric, boolean, bucketized or categorical');
    }
  });
  if (!strings(value.inputs)) return fail('/inputs', 'must be an array of input names');
  const width = (value.steps as FeatureStep[]).reduce((n, s) => n + stepWidth(s), 0);
  if (width !== value.inputs.length) fail('/inputs', `lists ${value.inputs.length} inputs, but the steps make ${width}`);
  return value as unknown as Preprocessor;
}
