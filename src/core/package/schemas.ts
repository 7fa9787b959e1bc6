/**
 * What a package's model takes and gives, for people and for validators: input.schema.json and
 * output.schema.json (JSON Schema 2020-12) and the MODEL_CARD's Inputs and Outputs tables, all
 * from one description derived from the fitted preprocessor and the training profile. Pure and
 * deterministic: the same build gives the same bytes.
 *
 * Only standard keywords (no `x-…`): validators in strict mode (ajv's default) refuse unknown
 * ones. The training range is documentation (`description`, `examples`), never a bound: the
 * predictor accepts values outside it.
 */
import type { FeatureStep, Preprocessor } from '../features/preprocessor.js';
import type { Profile } from '../profile/profiler.js';

export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/** One input column, described once for the schema and the card. */
export interface InputField {
  name: string;
  kind: FeatureStep['kind'];
  /** The JSON type the schema asks for. */
  type: 'number' | 'string' | 'boolean';
  /** Categorical: the vocabulary the model has a slot for. */
  categories?: string[];
  /** Numbers: smallest and largest value in the training split. */
  range?: [number, number];
  /** Bucketized: the cut points. */
  boundaries?: number[];
  /** What a missing value becomes (null: the slot for missing and unseen categories). */
  fill: number | string | boolean | null;
  /** A typical value, for examples: the training median or most frequent category. */
  example: number | string | boolean | null;
  /** One sentence: what happens when the field is missing or null. */
  missing: string;
}

/** Numbers as a person reads them: at most 6 significant digits. */
export const readable = (v: number): string => String(Number(v.toPrecision(6)));

export function describeInputs(p: Preprocessor, profile?: Profile): InputField[] {
  return p.steps.map((step): InputField => {
    const summary = profile?.columns[step.column]?.summary;
    const numeric = summary?.numeric;
    const range: [number, number] | undefined = numeric ? [numeric.min, numeric.max] : undefined;
    const median = numeric?.quantiles.p50;
    switch (step.kind) {
      case 'numeric':
      case 'bucketized':
        return {
          name: step.column,
          kind: step.kind,
          type: 'number',
          ...(range ? { range } : {}),
          ...(step.kind === 'bucketized' ? { boundaries: [...step.boundaries] } : {}),
          fill: step.fill,
          example: median ?? step.fill,
          missing: `replaced by ${readable(step.fill)}, the value fitted in training`,
        };
      case 'boolean':
        return {
          name: step.column,
          kind: 'boolean',
          type: 'boolean',
          fill: step.fill === 1,
          example: step.fill === 1,
          missing: `replaced by ${step.fill === 1 ? 'true' : 'false'}, the most frequent value in training`,
        };
      case 'categorical': {
        const top = summary?.top?.find((t) => step.vocabulary.includes(t.value))?.value;
        return {
          name: step.column,
          kind: 'categorical',
          type: 'string',
          categories: [...step.vocabulary],
          fill: step.fill,
          example: top ?? step.vocabulary[0] ?? step.fill,
          missing: step.fill === null ? 'takes the slot for missing and unseen values (`<other>`), as in training' : `replaced by "${step.fill}", the value fitted in training`,
        };
      }
    }
  });
}

/** One typical record (every field at its training median or most frequent category). */
export function exampleRecord(fields: readonly InputField[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((f) => [f.name, typeof f.example === 'number' ? Number(f.example.toPrecision(4)) : f.example]));
}

function fieldSchema(f: InputField): Record<string, unknown> {
  const missing = `Missing or null: ${f.missing}.`;
  switch (f.kind) {
    case 'numeric':
    case 'bucketized': {
      const seen = f.range ? ` Seen in training: ${readable(f.range[0])} to ${readable(f.range[1])}; values outside that range are accepted (the model extrapolates).` : '';
      const buckets = f.boundaries ? ` Bucketized at ${f.boundaries.map(readable).join(', ')}.` : '';
      return {
        type: ['number', 'null'],
        description: `Number.${seen}${buckets} ${missing} The predictor also reads numeric text ("47.5"); any other text counts as missing.`,
        default: f.fill,
        ...(f.range ? { examples: [...new Set(f.range)] } : {}),
      };
    }
    case 'boolean':
      return {
        type: ['boolean', 'null'],
        description: `Boolean. ${missing} The predictor also reads 1/0, "true"/"false" and "yes"/"no"; anything else counts as missing.`,
        default: f.fill,
      };
    case 'categorical':
      return {
        type: ['string', 'null'],
        enum: [...f.categories!, null],
        description:
          `One of the ${f.categories!.length} categories the model has a slot for. ${missing} ` +
          'A category not listed is refused by this schema; the predictor itself gives it the shared slot for unseen values (`<other>`).',
        ...(f.fill === null ? {} : { default: f.fill }),
      };
  }
}

/** input.schema.json: one input record. */
export function inputSchema(name: string, p: Preprocessor, fields: readonly InputField[]): Record<string, unknown> {
  return {
    $schema: JSON_SCHEMA_DIALECT,
    title: `${name}: one input record`,
    description:
      `The columns the model reads to predict "${p.label.column}". Every field may be missing: ` +
      'a missing or null value is filled as in training (see each field). Other fields (the label, ids) are allowed and ignored.',
    type: 'object',
    properties: Object.fromEntries(fields.map((f) => [f.name, fieldSchema(f)])),
    additionalProperties: true,
    examples: [exampleRecord(fields)],
  };
}

/** What the output means, one sentence (for the schema and the card). */
export function outputMeaning(p: Preprocessor, profile?: Profile): string {
  const { label } = p;
  if (label.task !== 'regression') {
    return `the most probable class of "${label.column}" (\`label\`), and every class's probability (\`probabilities\`, summing to 1)`;
  }
  const seen = profile?.columns[label.column]?.summary.numeric;
  const range = seen ? `; training labels ranged from ${readable(seen.min)} to ${readable(seen.max)}` : '';
  return `the predicted "${label.column}" (\`value\`), in the label's own units (mean ${readable(label.shift ?? 0)}, standard deviation ${readable(label.scale ?? 1)} in training${range})`;
}

/** output.schema.json: one prediction of the package's predictor. */
export function outputSchema(name: string, p: Preprocessor, profile?: Profile): Record<string, unknown> {
  const { label } = p;
  const common = {
    $schema: JSON_SCHEMA_DIALECT,
    title: `${name}: one prediction`,
    description: `What predictor.mjs returns for each record: ${outputMeaning(p, profile)}.`,
    type: 'object',
  };
  if (label.task === 'regression') {
    return {
      ...common,
      description: `${common.description} predict.mjs and \`model-build predict\` write the same number as \`prediction\`.`,
      required: ['value'],
      properties: { value: { type: 'number', description: `predicted ${label.column}, in the label's own units` } },
      additionalProperties: false,
    };
  }
  const classes = label.classes!;
  return {
    ...common,
    required: ['label', 'probabilities'],
    properties: {
      label: { enum: classes, description: `the class of ${label.column} with the highest probability` },
      probabilities: {
        type: 'object',
        description: 'every class with its probability, in the model\'s class order; they sum to 1',
        required: classes,
        properties: Object.fromEntries(classes.map((c) => [c, { type: 'number', minimum: 0, maximum: 1 }])),
        additionalProperties: false,
      },
    },
    additionalProperties: false,
  };
}
