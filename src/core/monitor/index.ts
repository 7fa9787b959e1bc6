export { monitorData, type MonitorOptions } from './monitor.js';
export { compareProfiles, thresholdsFrom, MONITOR_DEFAULTS, type MonitorReport, type MonitorThresholds, type FeatureDrift, type Violation, type ViolationKind } from './compareProfiles.js';
export { monitorMarkdown, monitorHtml } from './report.js';
