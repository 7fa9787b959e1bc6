import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    // Tests run real git, git-lfs and (later) real training: generous limits, no retries.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    setupFiles: ['__tests__/helpers/setup.ts'],
    // Bundles the CLI from the current sources once, so child processes skip tsx's compile.
    globalSetup: ['__tests__/helpers/cliBundle.ts'],
  },
});
