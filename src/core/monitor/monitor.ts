import { readFileSync } from 'node:fs';
import type { MonitorConfig } from '../config/types.js';
import { ModelBuildError } from '../errors.js';
import type { Preprocessor } from '../features/preprocessor.js';
import { readRecords } from '../data/records.js';
import { loadPackagedModel, readPackage } from '../package/readPackage.js';
import { Profiler } from '../profile/profiler.js';
import { compareBytes } from '../util/paths.js';
import { profileFile } from '../profile/profileFile.js';
import type { Profile } from '../profile/profiler.js';
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
  let reference: Profile & { predictions?: Profile };
  let columns: string[] | undefined;
  let monitor = options.monitor;
  if (options.package) {
    const pkg = readPackage(options.package);
    reference = JSON.parse(pkg.entries.get('profile.json')!.toString('utf8')) as Profile & { predictions?: Profile };
    if (reference.format !== 2) {
      throw new ModelBuildError('PACKAGE_INVALID', 'the package holds a profile format this model-build cannot compare (rebuild the package)', { file: options.package });
    }
    const pre = JSON.parse(pkg.entries.get('preprocessor.json')!.toString('utf8')) as Preprocessor;
    // New data for a model has its features, not necessarily its label.
    columns = pre.steps.map((s) => s.column);
    monitor ??= pkg.metadata.config.resolved.monitor;
  } else {
    try {
      reference = JSON.parse(readFileSync(options.profile!, 'utf8')) as Profile;
    } catch (e) {
      throw new ModelBuildError('FILE_UNREADABLE', `cannot read the profile (${(e as NodeJS.ErrnoException).code ?? 'not JSON'})`, { file: options.profile });
    }
    if (reference?.format !== 2) {
      throw new ModelBuildError('DATA_INVALID', 'not a model-build profile (format 2)', { file: options.profile, hint: 'create one with `model-build profile DATA --out FILE`' });
    }
  }
  if (monitor?.features) columns = monitor.features;
  const current = await profileFile(options.data, { display: options.display ?? options.data });
  const thresholds = thresholdsFrom(monitor);
  const report = compareProfiles(reference, current, { thresholds, columns });
  if (options.package && reference.predictions && options.predictions !== false) {
    const outputs = await predictionProfile(options.package, options.data, options.display ?? options.data);
    const p = compareProfiles(reference.predictions, outputs, { thresholds, columns: ['prediction'] });
    report.features.push(...p.features);
    report.violations.push(...p.violations);
    report.driftedFeatures = [...new Set([...report.driftedFeatures, ...p.driftedFeatures])].sort(compareBytes);
    report.drift = report.driftedFeatures.length > 0;
  }
  return report;
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
