import * as core from '@actions/core';

/** Input names exactly as in action.yml. */
export const Inputs = {
  Config: 'config',
  Mode: 'mode',
  WorkingDirectory: 'working-directory',
} as const;

/** Output names exactly as in action.yml. */
export const Outputs = {
  Ok: 'ok',
  Commit: 'commit',
  Report: 'report',
} as const;

export type Mode = 'check';

export interface ActionInputs {
  config: string;
  mode: Mode;
  workingDirectory: string;
}

export function getInputs(): ActionInputs {
  const mode = core.getInput(Inputs.Mode) || 'check';
  if (mode !== 'check') {
    throw new Error(`input "mode" must be "check" (got "${mode}"); build, verify and monitor are not available yet`);
  }
  return {
    config: core.getInput(Inputs.Config) || 'model-build.yml',
    mode,
    workingDirectory: core.getInput(Inputs.WorkingDirectory) || '.',
  };
}
