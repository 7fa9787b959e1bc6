#!/usr/bin/env node
// Benchmark: how often `monitor` cries wolf, and how often it catches a real shift (issue #10).
// Same-distribution trials draw a reference and a batch independently from one distribution
// (with replacement from vega-datasets' penguins, seattle-weather and cars; fresh from seeded
// generators for synthetic columns) at reference × batch sizes 50 … 100k and count false
// alarms per feature type and per report (goal ≤ 5% at the default level). Shifted trials at
// batch 1000 (reference 1000 and 10k) move one feature at a time — numbers by +0.5σ, the largest
// category by +10 points — and count detections (goal ≥ 90%) and what else was flagged.
// Everything is seeded: the same seed and options print the same numbers, whatever the workers.
//
// Usage: node bench/monitor.mjs [--seed N] [--trials N] [--detection-trials N] [--quick]
//                               [--datasets a,b] [--workers N] [--json FILE]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import {
  DATASET_NAMES,
  FEATURE_TYPES,
  SHIFT,
  addCounts,
  cellKey,
  cellTrials,
  loadDatasets,
  maxAlarms,
  minDetections,
  sameDistributionTrials,
  shiftedTrials,
  trialsFor,
} from './monitor/trials.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PROJECT = path.resolve(HERE, '..');
const lib = (rel) => pathToFileURL(path.join(PROJECT, 'lib', rel)).href;

const GOAL = { falseAlarm: 0.05, detection: 0.9 };
/** A cell is marked as clearly off its goal when a monitor exactly at the goal would show its count < 1% of the time. */
const NOISE_RISK = 0.01;
const SIZES = [50, 200, 1000, 10_000, 100_000];
const SHIFT_REFERENCES = [1000, 10_000];
const SHIFT_BATCH = 1000;

async function work() {
  const { Profiler } = await import(lib('core/profile/index.js'));
  const { compareProfiles } = await import(lib('core/monitor/index.js'));
  const api = { Profiler, compareProfiles };
  const datasets = new Map(loadDatasets(PROJECT, workerData.datasets).map((d) => [d.name, d]));
  parentPort.on('message', (unit) => {
    const dataset = datasets.get(unit.dataset);
    const result = unit.kind === 'same' ? sameDistributionTrials(api, dataset, unit.options) : shiftedTrials(api, dataset, unit.options);
    parentPort.postMessage({ unit, result });
  });
}

const OPTIONS = {
  seed: { type: 'string', default: '20260610' },
  trials: { type: 'string' },
  'detection-trials': { type: 'string' },
  quick: { type: 'boolean', default: false },
  datasets: { type: 'string', default: DATASET_NAMES.join(',') },
  workers: { type: 'string', default: String(os.availableParallelism()) },
  json: { type: 'string' },
};

async function main() {
  let values;
  try {
    ({ values } = parseArgs({ options: OPTIONS }));
  } catch (error) {
    usage(`${error.message}; options: ${Object.keys(OPTIONS).map((o) => `--${o}`).join(' ')}`);
  }
  const int = (name, text, min) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < min) usage(`--${name} must be an integer ≥ ${min}, got ${JSON.stringify(text)}`);
    return n;
  };
  const seed = int('seed', values.seed, 0);
  const trials = int('trials', values.trials ?? (values.quick ? '100' : '400'), 1);
  const detectionTrials = int('detection-trials', values['detection-trials'] ?? (values.quick ? '100' : '200'), 1);
  const workers = int('workers', values.workers, 1);
  const sizes = values.quick ? SIZES.filter((s) => s <= 10_000) : SIZES;
  const names = values.datasets.split(',').filter(Boolean);
  for (const n of names) if (!DATASET_NAMES.includes(n)) usage(`unknown data set "${n}" (known: ${DATASET_NAMES.join(', ')})`);
  if (values.json) checkWritable(path.resolve(values.json));

  // The monitor's source changes under us: always measure the current one.
  compileLib();

  const datasets = loadDatasets(PROJECT, names);
  const started = performance.now();
  const { thresholds, same, shifted } = await runAll(datasets, { seed, trials, detectionTrials, sizes, workers });
  const results = summarize(datasets, { seed, trials, detectionTrials, sizes, thresholds, same, shifted });
  console.log(render(datasets, results));
  process.stderr.write(`bench/monitor: ${((performance.now() - started) / 1000).toFixed(1)} s on ${workers} worker(s)\n`);
  if (values.json) writeWhole(path.resolve(values.json), `${JSON.stringify(results, null, 2)}\n`);
}

/**
 * Recompiles lib/ from src/ (others edit src/ while this runs). tsc exits 2 when it found type
 * errors yet wrote every output — often someone's half-done work elsewhere — which is a warning
 * here; 1 means nothing was written. Its diagnostics go to stderr, never into the tables.
 */
function compileLib() {
  const tsc = spawnSync(process.execPath, [path.join(PROJECT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: PROJECT, encoding: 'utf8' });
  const errors = (tsc.stdout.match(/error TS\d+/g) ?? []).length;
  if (tsc.status === 2) process.stderr.write(`bench/monitor: warning: lib/ compiled with ${errors} type error(s) in src/, first: ${tsc.stdout.split('\n')[0]}\n`);
  else if (tsc.status !== 0) usage(`compiling lib/ with tsc -p tsconfig.build.json failed:\n${tsc.stdout}${tsc.stderr}`);
}

function usage(message) {
  process.stderr.write(`bench/monitor: ${message}\n`);
  process.exit(2);
}

/** Fails before hours of work when the JSON output cannot be written. */
function checkWritable(file) {
  try {
    fs.accessSync(path.dirname(file), fs.constants.W_OK);
  } catch {
    usage(`--json ${file}: its folder does not exist or is not writable`);
  }
}

/** Temp name in the same folder, fsync, rename: a reader sees the old file or the new one. */
function writeWhole(file, text) {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  const fd = fs.openSync(temp, 'wx');
  try {
    fs.writeSync(fd, text);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, file);
}

/**
 * Units of work, costliest first so the pool stays busy: one trial each while it still holds a
 * 10k or 100k draw, chunks of 25 after that. Counts add up, so the order results come back in
 * does not change them.
 */
function plan(datasets, { seed, trials, detectionTrials, sizes }) {
  const units = [];
  const big = Math.max(0, ...sizes.filter((s) => s > 1000).map((s) => trialsFor(s, trials)));
  for (const d of datasets) {
    const same = { seed, referenceSizes: sizes, batchSizes: sizes, trials };
    for (let t = 0; t < big; t++) units.push({ kind: 'same', dataset: d.name, cost: 2, options: { ...same, from: t, to: t + 1 } });
    for (let t = big; t < trials; t += 25) units.push({ kind: 'same', dataset: d.name, cost: 0, options: { ...same, from: t, to: Math.min(trials, t + 25) } });
    const shift = { seed, referenceSizes: SHIFT_REFERENCES, batchSize: SHIFT_BATCH };
    for (let t = 0; t < detectionTrials; t += 25) units.push({ kind: 'shift', dataset: d.name, cost: 1, options: { ...shift, from: t, to: Math.min(detectionTrials, t + 25) } });
  }
  return units.sort((a, b) => b.cost - a.cost);
}

async function runAll(datasets, options) {
  const queue = plan(datasets, options);
  const same = {};
  const shifted = {};
  let thresholds;
  const pool = Array.from({ length: Math.min(options.workers, queue.length) }, () => new Worker(fileURLToPath(import.meta.url), { workerData: { datasets: datasets.map((d) => d.name) } }));
  await Promise.all(
    pool.map(
      (worker) =>
        new Promise((resolve, reject) => {
          const next = () => {
            const unit = queue.shift();
            if (unit) worker.postMessage(unit);
            else worker.terminate().then(resolve, reject);
          };
          worker.on('message', ({ unit, result }) => {
            thresholds ??= result.thresholds;
            if (unit.kind === 'same') addCounts((same[unit.dataset] ??= {}), result.cells);
            else addCounts((shifted[unit.dataset] ??= {}), result.shifted);
            next();
          });
          worker.on('error', reject);
          next();
        }),
    ),
  );
  return { thresholds, same, shifted };
}

const rate = (count, n) => (n > 0 ? count / n : null);

/** Every number the tables show, in a fixed order (this is what --json writes). */
function summarize(datasets, { seed, trials, detectionTrials, sizes, thresholds, same, shifted }) {
  const cells = [];
  for (const r of sizes) {
    for (const b of sizes) {
      const key = cellKey(r, b);
      const perDataset = {};
      const byType = Object.fromEntries(FEATURE_TYPES.map((t) => [t, { checks: 0, alarms: 0 }]));
      const reasonsByType = Object.fromEntries(FEATURE_TYPES.map((t) => [t, {}]));
      let n = 0;
      let alarms = 0;
      for (const d of datasets) {
        const c = same[d.name][key];
        n += c.trials;
        alarms += c.reportAlarms;
        const features = {};
        for (const f of d.features) {
          features[f.column] = { alarms: c.features[f.column], rate: rate(c.features[f.column], c.trials), reasons: sorted(c.reasons[f.column]) };
          byType[f.type].checks += c.trials;
          byType[f.type].alarms += c.features[f.column];
          addCounts(reasonsByType[f.type], c.reasons[f.column]);
        }
        perDataset[d.name] = { trials: c.trials, reportAlarms: c.reportAlarms, reportRate: rate(c.reportAlarms, c.trials), features };
      }
      cells.push({
        reference: r,
        batch: b,
        trialsPerDataset: cellTrials(r, b, trials),
        report: { trials: n, alarms, rate: rate(alarms, n), goalMissedBeyondNoise: alarms > maxAlarms(n, GOAL.falseAlarm, NOISE_RISK) },
        byType: Object.fromEntries(FEATURE_TYPES.map((t) => [t, { ...byType[t], rate: rate(byType[t].alarms, byType[t].checks), reasons: sorted(reasonsByType[t]) }])),
        datasets: perDataset,
      });
    }
  }
  const detection = [];
  for (const d of datasets) {
    for (const f of d.features) {
      const row = { dataset: d.name, feature: f.column, type: f.type, shift: f.type.startsWith('numeric') ? `+${SHIFT.sigmas}σ` : `+${SHIFT.sharePoints * 100} points on the largest category` };
      for (const r of SHIFT_REFERENCES) {
        const c = shifted[d.name][r][f.column];
        const others = Object.entries(c.others)
          .filter(([, k]) => k > 0)
          .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
          .map(([column, k]) => ({ column, flagged: k, rate: k / c.trials }));
        row[`reference${r}`] = {
          trials: c.trials,
          detected: c.detected,
          rate: c.detected / c.trials,
          reportFlagged: c.reportFlagged,
          reportRate: c.reportFlagged / c.trials,
          goalMissedBeyondNoise: c.detected < minDetections(c.trials, GOAL.detection, NOISE_RISK),
          reasons: sorted(c.reasons),
          othersFlagged: others,
        };
      }
      detection.push(row);
    }
  }
  const worst = cells.reduce((w, c) => (c.report.rate > w.report.rate ? c : w));
  const meeting = cells.filter((c) => c.report.rate <= GOAL.falseAlarm).length;
  const lowest = detection.flatMap((row) => SHIFT_REFERENCES.map((r) => ({ row, r, c: row[`reference${r}`] }))).reduce((w, x) => (x.c.rate < w.c.rate ? x : w));
  return {
    bench: 'monitor',
    seed,
    goal: { falseAlarmRate: GOAL.falseAlarm, detectionRate: GOAL.detection, noiseRisk: NOISE_RISK },
    rule: thresholds,
    trials: { base: trials, perSize: Object.fromEntries(sizes.map((s) => [s, trialsFor(s, trials)])), detection: detectionTrials },
    sizes,
    shift: { sigmas: SHIFT.sigmas, sharePoints: SHIFT.sharePoints, batch: SHIFT_BATCH, references: SHIFT_REFERENCES },
    datasets: datasets.map((d) => ({ name: d.name, source: d.source, rows: d.rows, features: d.features })),
    sameDistribution: cells,
    detection,
    summary: {
      worstReportFalseAlarm: { rate: worst.report.rate, reference: worst.reference, batch: worst.batch },
      cellsMeetingFalseAlarmGoal: meeting,
      cells: cells.length,
      lowestDetection: { rate: lowest.c.rate, dataset: lowest.row.dataset, feature: lowest.row.feature, reference: lowest.r },
    },
  };
}

/** Counts keyed by name, largest first (ties by name), so output never follows insertion order. */
function sorted(counts = {}) {
  return Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
}

const sizeName = (s) => (s >= 1000 && s % 1000 === 0 ? `${s / 1000}k` : String(s));
const pct = (x) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);

/** A reference × batch grid of rates; `mark` says whether a cell is off its goal, and how. */
function grid(title, sizes, value) {
  const lines = [`  ${title}`, `    reference \\ batch ${sizes.map((s) => sizeName(s).padStart(9)).join('')}`];
  for (const r of sizes) lines.push(`    ${sizeName(r).padEnd(18)} ${sizes.map((b) => value(r, b).padStart(9)).join('')}`);
  return lines;
}

function render(datasets, res) {
  const { sizes } = res;
  const cell = (r, b) => res.sameDistribution.find((c) => c.reference === r && c.batch === b);
  const mark = (rateValue, beyond) => `${pct(rateValue)}${rateValue === null || rateValue <= GOAL.falseAlarm ? ' ' : beyond ? '*' : '?'}`;
  const out = ['model-build monitor calibration benchmark', ''];
  out.push(`  seed ${res.seed}; trials per cell: min over its two sizes of ${sizes.map((s) => `${sizeName(s)} → ${res.trials.perSize[s]}`).join(', ')}; detection ${res.trials.detection} per feature and reference size`);
  out.push(`  rule (report.thresholds at the default level): ${JSON.stringify(res.rule)}`);
  out.push('  feature false alarm = the feature is in driftedFeatures (drift or a violation on it); report false alarm = report.drift');
  out.push(`  marks: * above the goal beyond noise (a monitor exactly at the goal shows such a count < ${NOISE_RISK * 100}% of the time), ? above the goal within noise`);
  out.push('         (per feature type the checks of one trial share its rows in real data, so there the mark is approximate)');
  out.push('', '  data sets (reference and batch drawn independently; real data with replacement):');
  for (const d of datasets) {
    out.push(`    ${d.name.padEnd(16)} ${d.source}${d.rows ? `, ${d.rows} labeled rows` : ''}`);
    out.push(`      ${d.features.map((f) => `${f.column} (${f.type}; ${f.note})`).join(', ')}`);
  }
  out.push('');
  out.push(...grid('REPORT false-alarm rate, all data sets (goal ≤ 5%)', sizes, (r, b) => { const c = cell(r, b).report; return mark(c.rate, c.goalMissedBeyondNoise); }));
  out.push('');
  out.push(...grid('trials per data set in each cell', sizes, (r, b) => String(cell(r, b).trialsPerDataset) + ' '));
  for (const d of datasets) {
    out.push('');
    out.push(
      ...grid(`report false-alarm rate, ${d.name}`, sizes, (r, b) => {
        const c = cell(r, b).datasets[d.name];
        return mark(c.reportRate, c.reportAlarms > maxAlarms(c.trials, GOAL.falseAlarm, NOISE_RISK));
      }),
    );
  }
  for (const type of FEATURE_TYPES) {
    if (!datasets.some((d) => d.features.some((f) => f.type === type))) continue;
    const members = datasets.flatMap((d) => d.features.filter((f) => f.type === type).map((f) => `${d.name}.${f.column}`));
    out.push('');
    out.push(
      ...grid(`FEATURE false-alarm rate, ${type} (${members.length}: ${members.join(', ')})`, sizes, (r, b) => {
        const c = cell(r, b).byType[type];
        return mark(c.rate, c.alarms > maxAlarms(c.checks, GOAL.falseAlarm, NOISE_RISK));
      }),
    );
    const reasons = {};
    for (const c of res.sameDistribution) addCounts(reasons, c.byType[type].reasons);
    const checks = res.sameDistribution.reduce((s, c) => s + c.byType[type].checks, 0);
    out.push(`    rules behind these alarms (share of all ${checks} checks): ${Object.entries(sorted(reasons)).map(([k, n]) => `${k} ${pct(n / checks)}`).join(', ') || 'none'}`);
  }
  for (const r of SHIFT_REFERENCES) {
    out.push('', `  DETECTION, reference ${sizeName(r)}, batch ${sizeName(SHIFT_BATCH)}: +${SHIFT.sigmas}σ on a numeric feature, +${SHIFT.sharePoints * 100} points on the largest category (goal ≥ 90%)`);
    out.push(`    ${'data set'.padEnd(16)} ${'shifted feature'.padEnd(20)} ${'type'.padEnd(19)} ${'feature'.padStart(8)} ${'report'.padStart(8)}   other features flagged`);
    for (const row of res.detection) {
      const c = row[`reference${r}`];
      const flag = c.rate >= GOAL.detection ? ' ' : c.goalMissedBeyondNoise ? '*' : '?';
      const others = c.othersFlagged.map((o) => `${o.column} ${pct(o.rate)}`).join(', ') || '—';
      out.push(`    ${row.dataset.padEnd(16)} ${row.feature.padEnd(20)} ${row.type.padEnd(19)} ${(pct(c.rate) + flag).padStart(8)} ${pct(c.reportRate).padStart(7)}    ${others}`);
    }
  }
  const s = res.summary;
  out.push('');
  out.push(
    `  worst report false-alarm rate   ${pct(s.worstReportFalseAlarm.rate)} at reference ${sizeName(s.worstReportFalseAlarm.reference)} × batch ${sizeName(s.worstReportFalseAlarm.batch)}   (goal ≤ 5%)  ${s.worstReportFalseAlarm.rate <= GOAL.falseAlarm ? 'PASS' : 'MISS'}`,
  );
  out.push(`  cells meeting the false-alarm goal   ${s.cellsMeetingFalseAlarmGoal} of ${s.cells}`);
  out.push(
    `  lowest detection rate           ${pct(s.lowestDetection.rate)} (${s.lowestDetection.dataset} ${s.lowestDetection.feature}, reference ${sizeName(s.lowestDetection.reference)})   (goal ≥ 90%)  ${s.lowestDetection.rate >= GOAL.detection ? 'PASS' : 'MISS'}`,
  );
  out.push(`BENCH monitor ${JSON.stringify({ seed: res.seed, rule: res.rule, summary: s })}`);
  return out.join('\n');
}

// Last, so every constant above is initialized; workers run this same file.
if (isMainThread) await main();
else await work();
