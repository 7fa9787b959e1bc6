/** Most child processes a local sweep runs at once (`--jobs`): each is a training run. */
export const MAX_SWEEP_JOBS = 64;
