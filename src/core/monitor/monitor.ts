import type { MonitorConfig } from '../config/types.js';
import { ModelBuildError } from '../errors.js';
import type { Preprocessor } from '../features/preprocessor.js';
import { readRecords } from '../data/records.js';
import { loadPackagedModel, readPackage } from '../package/readPackage.js';
import { Profiler } from '../profile/profiler.js';
import { compareBytes } from '../util/paths.js';
import { profileFile } from '../profile/profileFile.js';
import type { Profile } from '../profile/profiler.js';
import { parseProfile, readProfileFile, type ReferenceProfile } from '../profile/readProfile.js';
import { regularFile } from '../util/regularFile.js';
import { compareProfiles, thresholdsFrom, type MonitorReport } from './compareProfiles.js';

export interface MonitorOptions {
  /** A model package: its training profile, feature columns and monitor settings. */
  package?: string;
  /** Or a profile written by `model-build profile --out`. */
  profile?: string;
  /** New data to check (CSV, JSON Lines or JSON). */
  data: string;
  /** Thresholds; default: the package's config `monitor:` section, else the documented defaults. */
  monitor?: MonitorConfig;
  display?: string;
  /** With a package, also compare the model's predictions on the new data (default true). */
  predictions?: boolean;
}

/** Compares new data with a reference profile; drift is a result, not an error. */
export async function monitorData(options: MonitorOptions): Promise<MonitorReport> {
  if (Boolean(options.package) === Boolean(options.profile)) {
    throw new ModelBuildError('USAGE', 'monitor needs exactly one reference: --package PACKAGE or --profile FILE');
  }
  const display = options.display ?? options.data;
  // The new data is checked before the reference is loaded: a device or pipe would never end.
  regularFile(options.data, { display, what: 'the file' });
  let reference: ReferenceProfile;
  let columns: string[] | undefined;
  let monitor = options.monitor;
  if (options.package) {
    const pkg = readPackage(options.package);
    const profileText = packageFile(pkg.entries, 'profile.json', options.package);
    reference = parseProfile(profileText, `${options.package} (profile.json)`);
    // New data for a model has its features, not necessarily its label.
    columns = featureColumns(packageFile(pkg.entries, 'preprocessor.json', options.package), options.package);
    monitor ??= pkg.metadata.config.resolved.monitor;
  } else {
    reference = readProfileFile(options.profile!);
  }
  if (monitor?.features) columns = monitor.features;
  const current = await profileFile(options.data, { display });
  const thresholds = thresholdsFrom(monitor);
  const report = compareProfiles(reference, current, { thresholds, columns });
  if (options.package && reference.predictions && options.predictions !== false) {
    const outputs = await predictionProfile(options.package, options.data, display);
    const p = compareProfiles(reference.predictions, outputs, { thresholds, columns: ['prediction'] });
    report.features.push(...p.features);
    report.violations.push(...p.violations);
    report.driftedFeatures = [...new Set([...report.driftedFeatures, ...p.driftedFeatures])].sort(compareBytes);
    report.drift = report.driftedFeatures.length > 0;
  }
  return report;
}

/** A package file as text (readPackage has proven it present and matching its digest). */
function packageFile(entries: Map<string, Buffer>, name: string, archive: string): string {
  const data = entries.get(name);
  if (!data) throw new ModelBuildError('PACKAGE_INVALID', `the package has no ${name}, which monitor needs`, { file: archive, hint: 'rebuild the package with this model-build' });
  return data.toString('utf8');
}

/** The columns the package's model reads, from preprocessor.json's steps. */
function featureColumns(text: string, archive: string): string[] {
  const fail = (why: string): never => {
    throw new ModelBuildError('PACKAGE_INVALID', `preprocessor.json ${why}`, { file: archive, hint: 'the package is damaged or was not written by model-build: rebuild it' });
  };
  let pre: Preprocessor;
  try {
    pre = JSON.parse(text) as Preprocessor;
  } catch {
    return fail('is not valid JSON');
  }
  if (typeof pre !== 'object' || pre === null || !Array.isArray(pre.steps)) return fail('has no list of steps (/steps)');
  return pre.steps.map((s, i) => (typeof s === 'object' && s !== null && typeof s.column === 'string' ? s.column : fail(`step ${i + 1} names no column (/steps/${i}/column)`)));
}

/** Profiles what the packaged model predicts for the new data (prediction drift). */
async function predictionProfile(archive: string, data: string, display: string): Promise<Profile> {
  const model = await loadPackagedModel(archive);
  const profiler = new Profiler();
  let batch: Array<Record<string, unknown>> = [];
  const flush = () => {
    for (const p of model.predict(batch)) profiler.update({ prediction: 'label' in p ? p.label : p.prediction });
    batch = [];
  };
  try {
    for await (const { record } of readRecords(data, { display })) {
      batch.push(record);
      if (batch.length >= 2048) flush();
    }
    flush();
  } finally {
    model.dispose();
  }
  return profiler.toJSON();
}
