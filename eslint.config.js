import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'lib/', 'node_modules/', 'bench/.work/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Plain-JS scripts and benchmarks run on Node.
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', Buffer: 'readonly', URL: 'readonly', performance: 'readonly' } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Determinism: nothing that ends up in a package may depend on chance.
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'use a seeded generator' }],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/index.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@actions/*'], message: 'core stays free of @actions/*' }] }],
      'no-console': 'error',
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'use a seeded generator' },
        { object: 'process', property: 'exit', message: 'core returns values; adapters exit' },
      ],
    },
  },
);
