import type { MonitorConfig } from '../config/types.js';
import { ModelBuildError } from '../errors.js';
import type { Preprocessor } from '../features/preprocessor.js';
import { readRecords } from '../data/records.js';
import { loadPackagedModel, readPackage } from '../package/readPackage.js';
import { Profiler } from '../profile/profiler.js';
import { profileFile } from '../profile/profileFile.js';
import type { Profile } from '../profile/profiler.js';
import { parseProfile, readProfileFile, type ReferenceProfile } from '../profile/readProfile.js';
import { regularFile } from '../util/regularFile.js';
import { compareProfiles, thresholdsFrom, type MonitorReport } from './compareProfiles.js';
import { AccuracyEstimator, parseCalibration, type Calibration } from './calibration.js';
import { PerformanceCollector, readLabels, type PackageTruth } from './performance.js';

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
  /** Labels that arrive apart from the features (CSV, JSON Lines, JSON), joined on `join`. */
  labels?: string;
  labelsDisplay?: string;
  /** The key column both `data` and `labels` hold; matched as exact text. */
  join?: string;
}

/** Compares new data with a reference profile; drift is a result, not an error. */
export async function monitorData(options: MonitorOptions): Promise<MonitorReport> {
  if (Boolean(options.package) === Boolean(options.profile)) {
    throw new ModelBuildError('USAGE', 'monitor needs exactly one reference: --package PACKAGE or --profile FILE');
  }
  if (Boolean(options.labels) !== Boolean(options.join)) {
    throw new ModelBuildError('USAGE', options.labels ? '--labels needs --join COLUMN: the key column the data and the labels share' : '--join needs --labels FILE: the labels to join with the data');
  }
  if (options.labels && !options.package) throw new ModelBuildError('USAGE', '--labels needs --package: the metrics and gates come from the model package');
  const display = options.display ?? options.data;
  // The new data is checked before the reference is loaded: a device or pipe would never end.
  regularFile(options.data, { display, what: 'the file' });
  const labelsDisplay = options.labelsDisplay ?? options.labels;
  if (options.labels) regularFile(options.labels, { display: labelsDisplay, what: 'the labels file' });
  let reference: ReferenceProfile;
  let columns: string[] | undefined;
  let monitor = options.monitor;
  let truth: PackageTruth | undefined;
  let calibration: Calibration | undefined;
  if (options.package) {
    const pkg = readPackage(options.package);
    const m = pkg.metadata;
    truth = { task: m.task, label: m.label, classes: m.classes, metrics: m.metrics, gates: m.gates };
    const profileText = packageFile(pkg.entries, 'profile.json', options.package);
    reference = parseProfile(profileText, `${options.package} (profile.json)`);
    // New data for a model has its features, not necessarily its label.
    columns = featureColumns(packageFile(pkg.entries, 'preprocessor.json', options.package), options.package);
    monitor ??= pkg.metadata.config.resolved.monitor;
    // Packages built before model-build 0.2 have no calibration: no estimate, nothing else lost.
    calibration = parseCalibration(metricsOf(packageFile(pkg.entries, 'metrics.json', options.package), options.package).calibration, `${options.package} (metrics.json)`);
  } else {
    reference = readProfileFile(options.profile!);
  }
  if (monitor?.features) columns = monitor.features;
  const current = await profileFile(options.data, { display });
  const thresholds = thresholdsFrom(monitor);
  if (!(options.package && truth)) return compareProfiles(reference, current, { thresholds, columns });
  const labels = options.labels ? await readLabels(options.labels, labelsDisplay!, options.join!, truth.label) : undefined;
  const collector = new PerformanceCollector(truth, display, labels);
  const estimator = calibration && new AccuracyEstimator(calibration);
  const outputs = await modelPass(options.package, options.data, display, collector, estimator);
  // The predictions' checks are decided together with the features': one report-wide level.
  const predictions = reference.predictions && options.predictions !== false ? reference.predictions : undefined;
  const report = compareProfiles(reference, current, {
    thresholds,
    columns,
    also: predictions ? [{ reference: predictions, current: outputs, columns: ['prediction'] }] : [],
  });
  if (predictions) report.rows.predictionReference = predictions.rows;
  const performance = collector.finish();
  if (performance) report.performance = performance;
  const estimate = estimator?.finish();
  if (estimate) {
    const measured = performance?.metrics.find((m) => m.name === 'accuracy');
    const packaged = truth.metrics.accuracy;
    report.estimatedPerformance = {
      ...estimate,
      packaged: typeof packaged === 'number' ? packaged : null,
      measured: measured && performance!.rows.used > 0 ? { value: measured.value, rows: performance!.rows.used } : null,
    };
  }
  return report;
}

/** A package file as text (readPackage has proven it present and matching its digest). */
function packageFile(entries: Map<string, Buffer>, name: string, archive: string): string {
  const data = entries.get(name);
  if (!data) throw new ModelBuildError('PACKAGE_INVALID', `the package has no ${name}, which monitor needs`, { file: archive, hint: 'rebuild the package with this model-build' });
  return data.toString('utf8');
}

/** metrics.json as an object (readPackage has checked its digest, not its shape). */
function metricsOf(text: string, archive: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ModelBuildError('PACKAGE_INVALID', 'metrics.json is not a JSON object', { file: archive, hint: 'the package is damaged or was not written by model-build: rebuild it' });
  }
  return value as Record<string, unknown>;
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

/**
 * Runs the packaged model on the new data once: profiles its predictions (prediction drift)
 * and hands each row with its prediction to the performance collector (labels).
 */
async function modelPass(archive: string, data: string, display: string, collector: PerformanceCollector, estimator?: AccuracyEstimator): Promise<Profile> {
  const model = await loadPackagedModel(archive);
  const profiler = new Profiler();
  let batch: Array<{ record: Record<string, unknown>; line: number }> = [];
  const flush = () => {
    model.predict(batch.map((b) => b.record)).forEach((p, i) => {
      profiler.update({ prediction: 'label' in p ? p.label : p.prediction });
      if (estimator && 'probabilities' in p) estimator.add(Math.max(...Object.values(p.probabilities)));
      collector.add(batch[i]!.record, batch[i]!.line, p);
    });
    batch = [];
  };
  try {
    for await (const { record, line } of readRecords(data, { display })) {
      batch.push({ record, line });
      if (batch.length >= 2048) flush();
    }
    flush();
  } finally {
    model.dispose();
  }
  return profiler.toJSON();
}
