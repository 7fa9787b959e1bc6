export { checkWorkspace, type CheckOptions } from './checkWorkspace.js';
export type { CheckReport, CheckProblem, CheckStats, DataEntry, DataKind, DataStatus, ProblemCode } from './report.js';
export type { GitFacts, DirtyPath, DirtyState } from './git.js';
export { readGitFacts } from './git.js';
export { dvcDirHash, type DirListingEntry } from './dvcVerify.js';
export { readDvcFile, readDvcLock, type DvcEntry, type DvcSkipped } from './dvcPointers.js';
export { parseLfsPointer, type LfsPointer } from './lfsPointer.js';
export { pythonJsonDumps } from './pythonJson.js';
