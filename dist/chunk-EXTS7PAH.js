import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);
import {
  didYouMean
} from "./chunk-4KALBLMG.js";
import {
  ModelBuildError
} from "./chunk-J3ZPWLJ2.js";

// src/core/train/metrics.ts
var EPS = 1e-7;
var clip = (p) => Math.min(1 - EPS, Math.max(EPS, p));
var safeDiv = (a, b) => b === 0 ? 0 : a / b;
function binaryMetrics(y, p) {
  let tp = 0, fp = 0, tn = 0, fn = 0, loss = 0;
  for (let i = 0; i < y.length; i++) {
    const predicted = p[i] >= 0.5 ? 1 : 0;
    if (y[i] === 1) {
      if (predicted) tp++;
      else fn++;
    } else if (predicted) fp++;
    else tn++;
    loss -= y[i] === 1 ? Math.log(clip(p[i])) : Math.log(1 - clip(p[i]));
  }
  const precision = safeDiv(tp, tp + fp);
  const recall = safeDiv(tp, tp + fn);
  return {
    accuracy: safeDiv(tp + tn, y.length),
    precision,
    recall,
    f1: safeDiv(2 * precision * recall, precision + recall),
    auc: rocAuc(y, p),
    logLoss: safeDiv(loss, y.length)
  };
}
function rocAuc(y, p) {
  const order = p.map((_, i) => i).sort((a, b) => p[a] - p[b]);
  const ranks = new Array(p.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && p[order[j + 1]] === p[order[i]]) j++;
    const avg = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]] = avg;
    i = j + 1;
  }
  let positives = 0, rankSum = 0;
  for (let i = 0; i < y.length; i++) {
    if (y[i] !== 1) continue;
    positives++;
    rankSum += ranks[i];
  }
  const negatives = y.length - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
}
function multiclassMetrics(y, probs, classCount) {
  const cm = Array.from({ length: classCount }, () => new Array(classCount).fill(0));
  let correct = 0, loss = 0;
  for (let i = 0; i < y.length; i++) {
    const row = probs[i];
    let best = 0;
    for (let c = 1; c < classCount; c++) if (row[c] > row[best]) best = c;
    cm[y[i]][best]++;
    if (best === y[i]) correct++;
    loss -= Math.log(clip(row[y[i]]));
  }
  let f1Sum = 0;
  for (let c = 0; c < classCount; c++) {
    const tp = cm[c][c];
    const actual = cm[c].reduce((a, b) => a + b, 0);
    const predicted = cm.reduce((a, r) => a + r[c], 0);
    const precision = safeDiv(tp, predicted);
    const recall = safeDiv(tp, actual);
    f1Sum += safeDiv(2 * precision * recall, precision + recall);
  }
  return { accuracy: safeDiv(correct, y.length), macroF1: f1Sum / classCount, logLoss: safeDiv(loss, y.length), confusionMatrix: cm };
}
function regressionMetrics(y, pred) {
  let se = 0, ae = 0, mean = 0;
  for (const v of y) mean += v;
  mean /= y.length || 1;
  let ss = 0;
  for (let i = 0; i < y.length; i++) {
    const d = pred[i] - y[i];
    se += d * d;
    ae += Math.abs(d);
    ss += (y[i] - mean) ** 2;
  }
  return { rmse: Math.sqrt(safeDiv(se, y.length)), mae: safeDiv(ae, y.length), r2: ss === 0 ? Number.NaN : 1 - se / ss };
}
var LOWER_IS_BETTER = /* @__PURE__ */ new Set(["loss", "logLoss", "rmse", "mae"]);

// src/core/config/rules.ts
var escapePointer = (s) => s.replace(/~/g, "~0").replace(/\//g, "~1");
function settingError(origin, pointer, message, hint, atKey = false) {
  return new ModelBuildError("CONFIG_INVALID", message, {
    file: origin?.file,
    pointer,
    ...origin?.locate?.(pointer, atKey) ?? {},
    hint
  });
}
var TASKS = ["binary", "multiclass", "regression"];
function metricNames(task) {
  const m = task === "binary" ? binaryMetrics([0, 1], [0.25, 0.75]) : task === "multiclass" ? multiclassMetrics([0, 1], [[0.75, 0.25], [0.25, 0.75]], 2) : regressionMetrics([0, 1], [0, 1]);
  return Object.keys(m).filter((k) => typeof m[k] === "number");
}
function checkConfigRules(config, origin) {
  for (const [column, spec] of Object.entries(config.features ?? {})) {
    const at = `/features/${escapePointer(column)}`;
    if (column === config.data.label && spec !== "drop") {
      throw settingError(origin, at, `features.${column}: "${column}" is the label (data.label); it cannot also be a feature`, "remove it from features: the label is never an input", true);
    }
    if (spec !== "drop" && config.data.exclude?.includes(column)) {
      throw settingError(origin, at, `features.${column} configures a column that data.exclude also lists`, `keep one: remove "${column}" from data.exclude, or remove features.${column}`, true);
    }
    if (spec !== "drop" && spec.type === "bucketized") {
      spec.boundaries.forEach((b, i) => {
        const prev = spec.boundaries[i - 1];
        if (i > 0 && prev !== void 0 && !(b > prev)) {
          throw settingError(
            origin,
            `${at}/boundaries/${i}`,
            `features.${column}.boundaries must be strictly increasing: ${b} follows ${prev}`,
            "list each cut point once, smallest first, e.g. [18, 40, 65]"
          );
        }
      });
    }
  }
  for (const [column, bounds] of Object.entries(config.data.cleaning?.clip ?? {})) {
    const [lo, hi] = bounds;
    if (lo !== null && hi !== null && lo > hi) {
      throw settingError(origin, `/data/cleaning/clip/${escapePointer(column)}`, `data.cleaning.clip.${column}: the lower bound ${lo} is above the upper bound ${hi}`, "write [lower, upper]; use null for no bound");
    }
  }
  checkTaskSettings(config, config.model?.task, origin);
}
function checkTaskSettings(config, task, origin) {
  const known = task ? metricNames(task) : [...new Set(TASKS.flatMap(metricNames))].sort();
  const which = task ? `a ${task} model` : "any task";
  const hintFor = (name) => {
    const guess = didYouMean(name, known);
    return `${guess ? `did you mean "${guess}"? ` : ""}metrics of ${which}: ${known.join(", ")}`;
  };
  for (const metric of Object.keys(config.gates ?? {})) {
    if (!known.includes(metric)) {
      throw settingError(origin, `/gates/${escapePointer(metric)}`, `gate "${metric}" names no metric of ${task ? "this task" : "any task"}`, hintFor(metric), true);
    }
  }
  const monitor = config.training?.earlyStopping?.monitor;
  if (monitor !== void 0 && monitor !== "val_loss") {
    const name = monitor.replace(/^val_/, "");
    if (!known.includes(name)) {
      throw settingError(origin, "/training/earlyStopping/monitor", `training.earlyStopping.monitor: "${monitor}" is not val_loss or a metric of ${which}`, hintFor(name));
    }
  }
}

export {
  binaryMetrics,
  multiclassMetrics,
  regressionMetrics,
  LOWER_IS_BETTER,
  settingError,
  metricNames,
  checkConfigRules,
  checkTaskSettings
};
