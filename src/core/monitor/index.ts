export { monitorData, type MonitorOptions } from './monitor.js';
export { compareProfiles, thresholdsFrom, MONITOR_DEFAULTS, type MonitorReport, type MonitorThresholds, type FeatureDrift, type Violation, type ViolationKind } from './compareProfiles.js';
export { monitorMarkdown, monitorHtml } from './report.js';
export { percentileBootstrap, BOOTSTRAP, type BootstrapResult } from './bootstrap.js';
export { MAX_LABELED_ROWS, type PerformanceReport, type MetricComparison, type PerformanceGate } from './performance.js';
