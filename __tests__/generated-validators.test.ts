import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain-JS build script, without types
import { generate, staleValidators, VALIDATORS } from '../scripts/gen-validators.mjs';
import type { ValidateFunction } from 'ajv';
import generatedConfigValidator from '../src/core/generated/configValidator.js';

const validateConfig = generatedConfigValidator as ValidateFunction;

describe('validators compiled ahead of time (scripts/gen-validators.mjs)', () => {
  it('are what the schemas in schema/ generate now: a schema changed without regenerating fails here', () => {
    expect(staleValidators()).toEqual([]);
  });

  it('generate the same module twice (no order or time in it)', () => {
    for (const v of VALIDATORS) expect(generate(v)).toBe(generate(v));
  });

  it('check a config and fill its defaults as the compiled schema did', () => {
    const config: Record<string, unknown> = { name: 'm', data: { path: 'd.csv', label: 'y' }, model: { task: 'binary' } };
    const ok = validateConfig(config);
    expect(validateConfig.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(config.seed).toBe(42); // useDefaults, as the build relies on
    expect((config.data as Record<string, unknown>).format).toBe('auto');
    expect(validateConfig({ name: 'm', data: { path: 'd.csv' }, model: { task: 'binary' }, bogus: 1 })).toBe(false);
    expect(validateConfig.errors?.length).toBeGreaterThan(0);
  });
});
