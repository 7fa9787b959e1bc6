import { readRecords } from '../data/records.js';
import { ModelBuildError } from '../errors.js';
import { Profiler, type Profile } from './profiler.js';

/** Profiles one CSV / JSON Lines / JSON file in a single streaming pass. */
export async function profileFile(file: string, options: { display?: string; format?: 'auto' | 'csv' | 'jsonl' | 'json'; delimiter?: string } = {}): Promise<Profile> {
  const profiler = new Profiler();
  let rows = 0;
  for await (const { record } of readRecords(file, options)) {
    profiler.update(record);
    rows++;
  }
  if (rows === 0) {
    throw new ModelBuildError('DATA_INVALID', 'no data rows to profile', { file: options.display ?? file, hint: 'check that the file has a header and at least one row' });
  }
  return profiler.toJSON();
}
